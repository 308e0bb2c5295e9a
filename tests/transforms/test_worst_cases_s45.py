"""Session 45 (branch wtB): worst cases, fifth pass.

Clause ``unclosed_opener_once`` (transforms/unclosed_openers.py): an Aozora note opener
"［＃" with no "］" after it on its line (``aozora._NOTE``) and a reading's "《" with no
"》" after it on its line (``ja_hard_wrap._READINGS``) were each read to the line's end by
the search and failed there: a line of n of them cost n^2/2 character steps (8,000: 0.12 s
and 0.09 s of cleaning, x4 per doubling). Such an opener can start no match: its first
character is given a stand-in before the search, and put back after a ``sub``.

The measure is a shape, not a time: no text handed to the two patterns holds an opener
that has no closer after it on its line (each such opener is what the search re-read).
"""

from __future__ import annotations

import re

import pytest

from transforms import aozora, ja_hard_wrap
from transforms.aozora import RULES, aozora_edits
from transforms.ja_hard_wrap import hard_wrapped, raw_wrap_joins

# 薄田太郎「広島という名の由来」(Aozora Bunko 58957): the legend, a heading and its note, a
# reading, a note on a date.
HIROSHIMA = (
    "広島という名の由来\n薄田太郎\n\n"
    "-------------------------------------------------------\n"
    "【テキスト中に現れる記号について】\n\n《》：ルビ\n（例）床几《しょうぎ》\n\n"
    "［＃］：入力者注　主に外字の説明や、傍点の位置の指定\n（例）［＃１字下げ］\n"
    "-------------------------------------------------------\n\n"
    "［＃１字下げ］綱引きと川通りもち［＃「綱引きと川通りもち」は中見出し］\n"
    "\u3000築城の際、佐東郡毛木村出身の佐々木太郎右衛門も、土木工事の腕を買われて輝元に"
    "召し出され、普請奉行二宮太郎右衛門を助けることになった。\n"
    "\u3000観応元年（一三五〇年）［＃「（一三五〇年）」は１段階小さな文字］、石見国佐波善四郎を"
    "討つために発した毛利備中守師親が江の川を渡っているとき、床几《しょうぎ》に腰かけた。\n"
)
# Where a run of unclosed openers goes: in the paragraph's line, after its last closer.
AT = HIROSHIMA.index("床几《しょうぎ》に") + len("床几《しょうぎ》に")


def _with_run(unit: str, n: int) -> str:
    return HIROSHIMA[:AT] + unit * n + HIROSHIMA[AT:]


def _unclosed(text: str, opener: str, closer: str) -> int:
    """Openers with no closer after them on their line."""
    count = 0
    for line in text.split("\n"):
        tail = line.rsplit(closer, 1)[-1] if closer in line else line
        count += tail.count(opener)
    return count


class _Handed:
    """A pattern that keeps every text it is asked to search."""

    def __init__(self, pattern: re.Pattern):
        self._pattern = pattern
        self.texts: list[str] = []

    def finditer(self, text, *args):
        self.texts.append(text)
        return self._pattern.finditer(text, *args)

    def sub(self, repl, text, *args):
        self.texts.append(text)
        return self._pattern.sub(repl, text, *args)

    def __getattr__(self, name):
        return getattr(self._pattern, name)


def _shifted(edits, at: int, by: int):
    return [
        (e.start + by * (e.start >= at), e.end + by * (e.end > at), e.replacement, e.rule)
        for e in edits
    ]


@pytest.mark.parametrize("unit", ["［＃", "※［＃", "《", "《［＃", "［＃《"])
@pytest.mark.parametrize("n", [1, 2, 300])
def test_an_unclosed_run_changes_no_edit(unit, n):
    """Guard: the run's openers open nothing; every edit of the book is where it was."""
    plain = aozora_edits(HIROSHIMA, set(RULES))
    assert {"aozora_legend", "aozora_markup"} <= {e.rule for e in plain}
    assert any(e.replacement == "" and HIROSHIMA[e.start : e.end] == "《しょうぎ》" for e in plain)
    edits = aozora_edits(_with_run(unit, n), set(RULES))
    assert [(e.start, e.end, e.replacement, e.rule) for e in edits] == _shifted(
        plain, AT, len(unit) * n
    )


def test_the_notes_beside_a_run_are_the_same():
    """Guard: the notes found with 300 unclosed "［＃" (and "／＼" marks among them) on a
    line are the book's notes, at their places, with the same groups; a closed line of
    them stays one note."""
    for run in ("［＃" * 300, "［＃／＼" * 300, "※［＃a／″＼" * 300):
        text = _with_run(run, 1) + "\n" + run + "［＃閉じ］\n"
        found = aozora._NOTE.finditer(aozora.shut(text, "［＃", "］")[0])
        assert [(m.span(), m.groups()) for m in found] == [
            (m.span(), m.groups()) for m in aozora._NOTE.finditer(text)
        ]
        # on the closed line the first opener's note runs to the "］": one note
        assert [m.group(2) for m in aozora._NOTE.finditer(text)][-1].endswith("閉じ")


def test_readings_cut_the_same_beside_a_run():
    """Guard: with unclosed "《" on a line (inside a note, before a "｜", beside closed
    readings) the readings and notes cut are the book's."""
    for run in ("《" * 300, "［＃《］《" * 100, "《｜" * 200, "《a》《" * 100):
        text = _with_run(run, 1) + run + "\n" + run
        cut = ja_hard_wrap.sub_shut(ja_hard_wrap._READINGS, "", text, "《", "》")
        assert cut == ja_hard_wrap._READINGS.sub("", text)
        assert "しょうぎ" not in cut and "中見出し" not in cut


@pytest.mark.parametrize("unit", ["［＃", "※［＃"])
def test_no_note_search_reads_an_unclosed_run(unit, monkeypatch):
    """The note pattern is handed no "［＃" it cannot close (base45: 3,000, once per call)."""
    handed = _Handed(aozora._NOTE)
    monkeypatch.setattr(aozora, "_NOTE", handed)
    text = _with_run(unit, 3000)
    aozora_edits(text, set(RULES))
    assert handed.texts and all(len(t) == len(text) for t in handed.texts[:1])
    assert [_unclosed(t, "［＃", "］") for t in handed.texts] == [0] * len(handed.texts)


def test_no_reading_search_reads_an_unclosed_run(monkeypatch):
    """The readings pattern is handed no "《" it cannot close (base45: 3,000 per call)."""
    handed = _Handed(ja_hard_wrap._READINGS)
    monkeypatch.setattr(ja_hard_wrap, "_READINGS", handed)
    text = _with_run("《", 3000)
    assert not hard_wrapped(text) and raw_wrap_joins(text) == []
    assert len(handed.texts) == 1 and len(handed.texts[0]) == len(text)
    assert _unclosed(handed.texts[0], "《", "》") == 0
