"""Guards of clause ``aozora_hard_wrapped`` (``transforms.ja_hard_wrap``) that no test caught
(session 36 review, Left R1): each test fails with its guard dropped.

``tests/data/ja_aozora_image_notes.txt``: ケイト・グリーナウェイ「マリゴールド・ガーデン」
(Aozora 001686 card 54925): title, author and the first 29 of its picture notes
("［＃頁１（fig54925_02.png、横640×縦903）入る］"), one a line, all of one length."""

from pathlib import Path

from tests.transforms.test_aozora_hard_wrapped_s36 import RAW, _never_wrapped, _wrap
from transforms import ja_hard_wrap
from transforms.ja_hard_wrap import hard_wrapped
from transforms.normalize import normalize_text

DATA = Path(__file__).resolve().parents[1] / "data"


def test_aozora_hard_wrapped_guard_note_lines():
    """Guard (note lines): a picture list, one Aozora note a line, piles at 34 characters
    with every line "going on" and a "、" inside; lines holding a note are not measured, so
    the list is no wrap and keeps its lines (without the guard: read as wrapped)."""
    notes = normalize_text((DATA / "ja_aozora_image_notes.txt").read_text(encoding="utf-8"))
    assert not hard_wrapped(notes)
    assert _never_wrapped(notes)


def test_aozora_hard_wrapped_guard_min_column():
    """Guard MIN_COLUMN: lines piled under 20 characters (羅生門 set at 15 and at 12 columns,
    as short verse lines pile at 11-13) are not read as a wrap."""
    assert ja_hard_wrap.MIN_COLUMN == 20
    for width in (12, 15):
        assert not hard_wrapped(_wrap(RAW, width))
    assert hard_wrapped(_wrap(RAW, 20))


def test_aozora_hard_wrapped_guard_min_going_on():
    """Guard MIN_GOING_ON: 羅生門's title, author and first two paragraphs wrapped at 30
    columns hold 7 lines going on, all at the column: too few to tell a wrap from chance."""
    short = "\n".join(RAW.split("\n")[:5])
    wrapped = _wrap(short, 30)
    assert len(wrapped.split("\n")) == 10
    assert not hard_wrapped(wrapped)
    assert _never_wrapped(wrapped)


def test_aozora_hard_wrapped_guard_min_share():
    """Guard MIN_SHARE: 伊東静雄「わがひとに与ふる哀歌」 (Aozora 001197 card 45280: title, author,
    130 lines of the collection, ``tests/data/ja_aozora_ito_aika.txt``) holds a prose poem set
    at 20 columns among its verse: its lines going on pile at 20 (readings cut), but they are
    a small share of the collection's lines; it is no wrapped text and keeps every line."""
    poems = normalize_text((DATA / "ja_aozora_ito_aika.txt").read_text(encoding="utf-8"))
    assert not hard_wrapped(poems)
    assert _never_wrapped(poems)
