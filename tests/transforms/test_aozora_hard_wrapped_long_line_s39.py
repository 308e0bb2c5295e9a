"""The line-length guard of clause aozora_hard_wrapped_raw (``raw_wrap_joins``: a line past
the raw column, ``len(t) <= column + 1``, is no line of the wrap) and its session-39 exception,
clause aozora_hard_wrapped_raw_long_token (a gaiji note or reading longer than the column
fills a line alone and goes on), and clause aozora_hard_wrapped_raw_gaiji_join (a gaiji note
the wrap parted from its "※" is read whole, session 38's "※陀多").

Data (Aozora mirror, raw, wrapped here as the session-36 tests wrap 羅生門, counting readings):
- tests/data/ja_aozora_grimm_title_page_s39.txt: グリム「死神の名づけ親」金田鬼一訳 (001091
  60030): title page, legend and the first eight paragraphs; the body is wrapped, the title
  page left as Aozora sets it (its author line, 39 characters, runs past the column).
- tests/data/ja_aozora_caracosan_long_gaiji_s39.txt: 久生十蘭「キャラコさん　蘆と木笛」(001224
  47488): title lines and section 二, whose 揷 is a 36-character gaiji note.
- tests/data/ja_aozora_kumonoito_ruby.txt (session 38): 芥川「蜘蛛の糸」."""

from pathlib import Path

import pytest

from tests.transforms.test_aozora_hard_wrapped_s36 import _paragraphs, _wrap
from transforms.ja_hard_wrap import raw_wrap_joins
from transforms.normalize import normalize_text

DATA = Path(__file__).parent.parent / "data"


def _raw(name: str) -> str:
    return normalize_text((DATA / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("width", [25, 30])
def test_aozora_hard_wrapped_raw_guard_line_past_column(width):
    """Guard ``len(t) <= column + 1``: the title page's author line, longer than the
    column (not wrapped), ends without a sentence mark over the translator's line; without
    the guard they ran together ("…Wilhelm Grimm金田鬼一訳")."""
    raw = _raw("ja_aozora_grimm_title_page_s39.txt")
    cut = raw.index("\n", raw.rindex("-----")) + 1
    text = raw[:cut] + _wrap(raw[cut:], width, count_readings=True)
    assert raw_wrap_joins(text)
    got = _paragraphs(text)
    assert got[:3] == [
        "死神の名づけ親（第一話）",
        "ヤーコップ、ウィルヘルム・グリム\u3000Jacob u. Wilhelm Grimm",
        "金田鬼一訳",
    ]
    assert got == _paragraphs(raw)  # every wrapped paragraph back whole


@pytest.mark.parametrize("width", [25, 30, 35])
def test_aozora_hard_wrapped_raw_long_token_gaiji(width):
    """Clause aozora_hard_wrapped_raw_long_token: the gaiji note of 揷 is longer than the
    column and filled a line alone; its break stayed, with its reading under it raw:
    "野の花を襟に揷" / "《さ》したりして帰ってくる"."""
    raw = _raw("ja_aozora_caracosan_long_gaiji_s39.txt")
    got = _paragraphs(_wrap(raw, width, count_readings=True))
    assert got == _paragraphs(raw)
    assert any("野の花を襟に揷したりして帰ってくる。" in t for t in got)
    assert not any("《" in t for t in got)


def test_aozora_hard_wrapped_raw_gaiji_join_kumonoito():
    """Clause aozora_hard_wrapped_raw_gaiji_join: "この※" / "［＃「特のへん＋廴＋聿」、第3水準
    1-87-71］陀多と云う": the note and its "※" read as one, 犍 (session 38: "※陀多")."""
    raw = _raw("ja_aozora_kumonoito_ruby.txt")
    wrapped = _wrap(raw, 30, count_readings=True)
    assert "この※\n［＃「特のへん＋廴＋聿」、第3水準1-87-71］陀多と云う" in wrapped
    got = _paragraphs(wrapped)
    assert got == _paragraphs(raw)
    assert sum(t.count("犍陀多") for t in got) == sum(t.count("犍陀多") for t in _paragraphs(raw))
