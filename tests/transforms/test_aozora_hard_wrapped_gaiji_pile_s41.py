"""Clause aozora_hard_wrapped_raw_gaiji_pile (``transforms.ja_hard_wrap._raw_lines``, session
41): a gaiji note ("※［＃「特のへん＋廴＋聿」、第3水準1-87-71］", one character on the page) is no
note for the wrap test's note guard either. 芥川「蜘蛛の糸」names 犍陀多 so on every page;
wrapped at 40 columns or more counting the readings, the lines holding him were not counted
as lines going on, too few were left (60 of 126 long lines, under ``MIN_SHARE``) and the
text kept every break: 107 lines out of cleaning for 20 paragraphs (session 38-40's Left).

Data: 芥川「蜘蛛の糸」(Aozora 000879 92) as the mirror holds it, less its colophon: title,
author, legend and text (the composition of ``test_aozora_legend_wrapped_s40``), wrapped with
session 36's test wrapper (a note or a reading counted whole, as the raw file holds it)."""

from pathlib import Path

import pytest

from tests.transforms.test_aozora_hard_wrapped_s36 import _paragraphs, _wrap
from tests.transforms.test_aozora_legend_wrapped_s40 import RAW
from transforms.ja_hard_wrap import _gaiji_kept, _pile, hard_wrapped, raw_wrap_joins
from transforms.normalize import normalize_text

DATA = Path(__file__).parent.parent / "data"

_ENDS = tuple("。」』）！？…―")


@pytest.mark.parametrize("width", [40, 45, 50])
def test_aozora_hard_wrapped_gaiji_pile_kumonoito(width):
    """Wrapped at 40-50 columns counting the readings: read as wrapped, joined at the raw
    column, every paragraph back as one line, no reading, note or "※" left."""
    wrapped = _wrap(RAW, width, count_readings=True)
    assert len(wrapped.split("\n")) > 110
    assert hard_wrapped(wrapped)
    assert len(raw_wrap_joins(wrapped)) > 70
    got = _paragraphs(wrapped)
    assert got == _paragraphs(RAW)
    assert len(got) == 20
    assert [t for t in got if not t.endswith(_ENDS)] == ["蜘蛛の糸", "芥川龍之介", "一", "二", "三"]
    assert any(t.startswith("するとその地獄の底に、犍陀多と云う男が一人") for t in got)
    assert not any("《" in t or "［＃" in t or "※" in t for t in got)


@pytest.mark.parametrize("width", [20, 30, 40])
def test_aozora_hard_wrapped_gaiji_pile_guard_seen_widths(width):
    """Guard: wrapped at the widths a reader sees (the readings and notes not counted), the
    wrap piles with them cut: no raw join, the unwrap stage joins it, as before."""
    wrapped = _wrap(RAW, width)
    assert hard_wrapped(wrapped)
    assert raw_wrap_joins(wrapped) == []
    assert _paragraphs(wrapped) == _paragraphs(RAW)


def test_aozora_hard_wrapped_gaiji_pile_guard_unwrapped():
    """Guard: the text as Aozora sets it (a paragraph a line), its gaiji lines read as prose
    lines now, is still no wrap: its lines end sentences or open with "　"."""
    assert not hard_wrapped(RAW)
    assert raw_wrap_joins(RAW) == []
    assert sum("※［＃" in t for t in RAW.split("\n")) >= 10


def test_aozora_hard_wrapped_gaiji_pile_guard_legend_example():
    """Guard: the gaiji measure is taken only where it piles more lines than the raw one. A
    short text's legend example line "（例）※［＃「藹」の「言」に代えて「月」…］", read as a line going
    on, takes the pile of 久生十蘭「墓地展望亭」's head (s39 data) wrapped at 20 columns under
    ``MIN_PILE``: measured so alone it lost its wrap (over the mirror, 5 of 4,800 wrapped heads,
    片山廣子「地山謙」among them); it is still joined at the raw column."""
    text = normalize_text(
        (DATA / "ja_aozora_katakana_word_bochi_s39.txt").read_text(encoding="utf-8")
    )
    wrapped = _wrap(text, 20, count_readings=True)
    assert "（例）※\n［＃「藹」の「言」に代えて「月」、第3水準1-91-26］" in wrapped
    assert _pile(_gaiji_kept(wrapped).split("\n")) is None
    assert hard_wrapped(wrapped)
    assert len(raw_wrap_joins(wrapped)) > 20
    assert _paragraphs(wrapped) == _paragraphs(text)


# 森本薫「華々しき一族」(Aozora 000827 3411): its first 40 speeches, one a line as Aozora sets a
# play, each opened by the speaker's name and "　".
SPEECHES = (DATA / "ja_aozora_hanabanashiki_speeches_s41.txt").read_text(encoding="utf-8")
_SPEECH = "須貝　なに？　はっきり聞こえなかった。"


def test_aozora_hard_wrapped_raw_speaker():
    """Clause aozora_hard_wrapped_raw_speaker: a play's speech whose last line fills the
    column is not run into the next speech. The speeches under 蜘蛛の糸 (so the text has a
    column to read), wrapped at 20 counting the readings: every speech comes back as its own
    line, whole ("…はっきり聞こえなかった。" / "未納　暑いなあ、今日は……。" were one line)."""
    text = RAW.rstrip("\n") + "\n\n" + SPEECHES
    wrapped = _wrap(text, 20, count_readings=True)
    assert "はっきり聞こえなかった。\n未納　暑いなあ" in wrapped
    got = _paragraphs(wrapped)
    speeches = _paragraphs(SPEECHES)
    assert len(speeches) == 40
    assert got[-len(speeches) :] == speeches
    assert _SPEECH in got and "未納　暑いなあ、今日は……。" in got
    # the story's paragraphs too (its last line, a dated note line, keeps a break at 20)
    assert got[:19] == _paragraphs(RAW)[:19]


def test_aozora_hard_wrapped_raw_speaker_guards():
    """Guards: only a line ending a sentence ends a speech so (a line cut mid-word over a
    speaker-like opening is joined), and a continuation line opening with words, a mark or
    the paragraph indent is no speaker's."""
    from transforms.ja_hard_wrap import _next_speech

    assert _next_speech(_SPEECH, "未納　暑いなあ、今日は……。")
    assert not _next_speech("須貝　なに？　はっきり聞こえな", "かった。　未納")
    assert not _next_speech(_SPEECH, "なに？　はっきり")
    assert not _next_speech(_SPEECH, "　暑いなあ")
    assert not _next_speech(_SPEECH, "「暑いなあ」と　言った")
