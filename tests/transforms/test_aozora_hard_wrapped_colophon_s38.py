"""Guard of clause aozora_hard_wrapped_raw (``transforms.ja_hard_wrap.raw_wrap_joins``,
session 37): no join above the colophon's "底本" line (session 37 review, Left R1: untested).

Data: tests/data/ja_aozora_gadolf_colophon.txt, 宮沢賢治「ガドルフの百合」(Aozora card 000081,
455), raw: title, author, the typist's note on the notation, its rule line, the first 16
paragraphs, the typist's notes ※１-※６, the closing rule line of 66 "-" and the colophon
(whole), set right under it (one of the 4 mirror texts with rubies and no blank line
above "底本"). Wrapped here counting the readings at 22 or 33 columns (66 = 3 x 22 = 2 x 33),
the rule line's last piece fills the column right above "底本"."""

from pathlib import Path

import pytest

from tests.transforms.test_aozora_hard_wrapped_s36 import _wrap
from transforms.clean import clean_text
from transforms.ja_hard_wrap import raw_wrap_joins

RAW = (Path(__file__).parent.parent / "data" / "ja_aozora_gadolf_colophon.txt").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize("width", [22, 33])
def test_aozora_hard_wrapped_raw_guard_colophon(width):
    """Guard ``底本``: the full rule line above the colophon is no wrapped line going on;
    joined, the colophon ran onto it ("----底本：「風の又三郎」…") and was not cut."""
    wrapped = _wrap(RAW, width, count_readings=True)
    at = wrapped.index("\n底本：")
    assert wrapped[at - width : at] == "-" * width
    joins = raw_wrap_joins(wrapped)
    assert joins and at not in joins
    text = clean_text(wrapped).text
    assert "底本：" not in text and "角川文庫" not in text and "浜野智" not in text
    assert "ガドルフ" in text
