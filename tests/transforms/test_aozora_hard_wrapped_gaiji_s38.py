"""Clause aozora_hard_wrapped_raw_gaiji (``transforms.ja_hard_wrap.raw_wrap_joins``, session
38): a gaiji note ("※［＃「特のへん＋廴＋聿」、第3水準1-87-71］", one character on the page) is no
note for the join guards of clause aozora_hard_wrapped_raw. 芥川「蜘蛛の糸」names 犍陀多 with such
a note; wrapped at 30 columns counting the readings, every line holding him, or ending on the
"※" the wrap parted from its note, kept its break (session 37: 33 of 121 wraps left).

Data: tests/data/ja_aozora_kumonoito_ruby.txt (Aozora card 000879, 92: title, author and the
whole text from its first heading to the colophon, raw with 《》, ｜ and notes), wrapped here
as the session 36 tests wrap 羅生門 (a note or a reading counted whole, as the raw file holds it)."""

from pathlib import Path

from tests.transforms.test_aozora_hard_wrapped_s36 import _paragraphs, _wrap
from transforms.ja_hard_wrap import raw_wrap_joins

RAW = (Path(__file__).parent.parent / "data" / "ja_aozora_kumonoito_ruby.txt").read_text(
    encoding="utf-8"
)
_ENDS = tuple("。」』）！？…―")


def test_aozora_hard_wrapped_raw_gaiji_kumonoito():
    wrapped = _wrap(RAW, 30, count_readings=True)
    assert "この※\n［＃「特のへん＋廴＋聿」、第3水準1-87-71］陀多と云う" in wrapped
    assert raw_wrap_joins(wrapped)
    got = _paragraphs(wrapped)
    whole = _paragraphs(RAW)
    # Every paragraph comes back as one line: only the title, author and the three
    # headings end without a sentence mark, as in the unwrapped text.
    assert len(got) == len(whole)
    assert [t for t in got if not t.endswith(_ENDS)] == ["蜘蛛の糸", "芥川龍之介", "一", "二", "三"]
    assert not any("《" in t or "［＃" in t for t in got)
    # The note the wrap parted from its "※" is read whole (session 39, clause
    # aozora_hard_wrapped_raw_gaiji_join; session 38 left "※陀多" here).
    assert any(t.startswith("するとその地獄の底に、犍陀多と云う男が一人") for t in got)
    assert not any("※" in t for t in got)


def test_aozora_hard_wrapped_raw_gaiji_guard_unwrapped():
    """Guard: the text as Aozora sets it (a paragraph a line) gets no joins."""
    assert raw_wrap_joins(RAW) == []
