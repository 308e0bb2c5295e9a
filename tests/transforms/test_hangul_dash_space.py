"""Clause hangul_dash_space (transforms.line_marks): a wrap after a Korean dash
keeps the space the source put after it.

Excerpt: 염상섭, 삼대 (1931, public domain), GitHub statkclee/satKorean,
data-raw/염상섭_삼대_euc-kr.txt, 14 lines around "모르지만- 하하" and the speech
with "옹오하는- 부르주아의"
(tests/data/ko_samdae_dash.txt), hard-wrapped at 40 columns at spaces (Python
textwrap) as a user's file would be.
"""

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text

WRAPPED = (Path(__file__).parent.parent / "data" / "ko_samdae_dash.txt").read_text(encoding="utf-8")


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_dash_then_space_keeps_the_space_at_the_wrap():
    out = _clean(WRAPPED)
    assert "모르지만- 하하" in out
    assert "모르지만-하하" not in out


def test_document_writing_tight_dashes_joins_tight():
    # A text that writes its Hangul dashes without a space ("테러-폭력단-들이거든",
    # 삼대) joins tight, as before.
    text = WRAPPED + "\n기분적 테러-폭력단-들이거든 테러-폭력단 남매--가당치도\n"
    assert "모르지만-하하" in _clean(text)
