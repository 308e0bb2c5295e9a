"""Review of session 42's reader clauses (bugs planted in a copy and not caught by
test_codec_hint_s42.py): German „quotes“ opening before a nested quote or an
underscore ("„‘Pale", "„_Merci") in the every-sign rule (clause
``low_quotes_elisions``); an EPUB whose several chapters are Mac Roman declared as
windows-1252 says how many more (clause ``declared_cp1252_letters_misplaced``); the
word shown stops at the tag before it ("<p>Ign‡titch").

Real text (Project Gutenberg, the rcdm-uga mirror, UTF-8): Alcott's *Proverb Stories*
and *A Modern Mephistopheles*, their “quotes” set German-style here („...“: the mirror
holds no German book quoting so); Maude's translation of Tolstoy's *The Power of
Darkness* and Wells' *The Outline of History* (its index), saved in Mac Roman."""

from __future__ import annotations

from schemas import Document
from tests.transforms.test_codec_hint_s42 import WELLS, _epub
from tests.transforms.test_declared_codec import page
from tests.transforms.test_epub import CONTAINER, _opf, make_epub
from tests.transforms.test_named_latin1_every_sign import POWER_OF_DARKNESS
from tests.transforms.test_utf8_piece_in_legacy import _read
from transforms.cp1252_signs import every_sign_placed, misplaced_hint
from transforms.declared_codec import _as_mark, _in_utf8

ALCOTT_NESTED = (
    "\u201cPermit me, mademoiselle;\u201d at the same moment a handsome hand turned the\n"
    "latch, the flash of a diamond shone before her, and the door opened.\n\n"
    "\u201c_Merci, monsieur_,\u201d she murmured, turning as she went out; but Helen\n"
    "was close behind her, and no one else to be seen except the massive\n"
    "major in the rear.\n\n"
    "\u201c\u2018Pale, cold innocence.\u2019 It _is_ curious that it should charm me. A good\n"
    "sign, perhaps; for poets tell us that fallen angels sigh for the heaven\n"
    "they have lost, and try to rise again on the wings of spirits stronger\n"
    "and purer than themselves.\n"
)


def test_low_quote_opens_before_a_mark():
    """„ opens before "_" and "‘" ("„_Merci", "„‘Pale") as before a word: each sign of
    the German-quoted passage is in its place (every-sign rule), so the file reads as
    CP1252 under latin-1, its text exactly the book's."""
    german = ALCOTT_NESTED.replace("\u201c", "\u201e").replace("\u201d", "\u201c")
    data = german.encode("cp1252")
    assert every_sign_placed(data, _as_mark, _in_utf8)
    # "„" before a word still opens only where no word ends just before it
    assert not every_sign_placed(data.replace(b"\n\x84_", b"\nx\x84_"), _as_mark, _in_utf8)


def test_declared_chapters_counted(tmp_path):
    """Two chapters of a book, Mac Roman declared windows-1252: one line, the first
    chapter named, "(1 more chapter so)"."""
    first = page(POWER_OF_DARKNESS * 2, "windows-1252").encode("mac_roman")
    second = page(WELLS * 3, "windows-1252").encode("mac_roman", errors="replace")
    files = {
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": _opf('<itemref idref="ch1"/><itemref idref="ch2"/>'),
        "OEBPS/ch1.xhtml": first,
        "OEBPS/ch2.xhtml": second,
    }
    book = _read(tmp_path / "two.epub", make_epub(extra=files), "auto")
    assert isinstance(book, Document) and book.encoding == "cp1252"
    assert book.codec_hint.startswith(
        f"{tmp_path / 'two.epub'}: chapter OEBPS/ch1.xhtml read as windows-1252 by its declared"
    )
    assert book.codec_hint.endswith("read before --encoding) (1 more chapter so)")
    one = _read(tmp_path / "one.epub", _epub(first), "auto")
    assert one.codec_hint.endswith("(a declared charset is read before --encoding)")


def test_hint_word_starts_after_markup():
    """The word shown starts after the tag before it ("<p>Ign‡titch" shows
    'Ign‡titch')."""
    data = ("<p>Ign\u00e1titch</p>\n" * 3).encode("mac_roman")
    hint = misplaced_hint(data, "", "windows-1252")
    assert "'Ign\u2021titch', as macintosh 'Ign\u00e1titch'" in hint.line
