"""Clauses ``named_latin1_is_cp1252`` and ``named_latin1_shows_cp1252``
(transforms/declared_codec.py, session 40; the Left of session 39): under ``--encoding
latin-1`` a text file's bytes 0x80-0x9f were kept as C1 control characters (which the
normalizer then drops: "Kitty\\x92s" -> "Kittys"), while an HTML page declaring
iso-8859-1 read them as CP1252 (clause ``declared_latin1_is_cp1252``). Now a file whose
0x80-0x9f bytes show CP1252 (its quotes and dashes 0x91-0x97 stand in its words) is
read as CP1252, its document's encoding "cp1252", as the page's is; a Latin-1 file
without such bytes reads as before. Clause ``epub_chapter_codecs`` (transforms/epub.py):
an EPUB whose chapters are in two legacy codecs said the first only.

Real text: Alcott's *Proverb Stories* and Wharton's *A Son at the Front* (Project
Gutenberg, the rcdm-uga mirror, whose files are all UTF-8: their CP1252 bytes are made
here, as a Windows editor saves them); Hugo's *Les Misérables* (tests/data); 豊島与志雄's
"球体派" (Aozora Bunko, Shift_JIS)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from schemas import Document
from tests.transforms.test_declared_codec import _epub, _html, page
from tests.transforms.test_epub import CONTAINER, _opf, make_epub
from tests.transforms.test_utf8_piece_in_legacy import _read
from transforms.epub import book_in

ALCOTT = (
    "\u201cWe can make it ourselves,\u201d continued Kitty, \u201cand trim it with the same.\n"
    "It\u2019s white with blue stripes and daisies in the stripes; the loveliest\n"
    "thing you ever saw, and can\u2019t be got here. So simple, yet distingu\u00e9, I\n"
    "know you\u2019ll like it. Next, my bonnet,\u201d\u2014here the solemnity of Kitty\u2019s\n"
    "face and manner was charming to behold. \u201cI shall make it out of one of\n"
    "my new illusion undersleeves. I\u2019ve never worn them; and the puffed part\n"
    "will be a plenty for a little fly-away bonnet of the latest style. I\u2019ve\n"
    "got blue ribbons to tie it with, and have only to look up some daisies\n"
    "for the inside. With my extra two dollars I shall buy my gloves, and pay\n"
    "my fares,\u2014and there I am, all complete.\u201d\n"
)
WHARTON = (
    "\u201cI disagree with you entirely,\u201d she retorted, her voice shrill with\n"
    "anxiety. \u201cI was frightfully upset when I sent you that telegram\n"
    "yesterday; but I\u2019ve been lunching to-day with the old Duc de\n"
    "Montlh\u00e9ry\u2014you know he fought in \u2019seventy\u2014and with L\u00e9vi-Michel of the\n"
    "\u2018Jour,\u2019 who had just seen some of the government people; and they both\n"
    "explained to me quite clearly\u2014\u2014\u201d\n"
)
TEXT = ALCOTT + "\n" + WHARTON
HUGO = (Path(__file__).parents[1] / "data" / "fr_hugo_miserables_myriel.txt").read_text(
    encoding="utf-8"
)
KYUTAIHA = (  # 豊島与志雄「球体派」, Aozora Bunko card 906 (Shift_JIS)
    "\u3000私は友人の画家と一緒に夜の街路を歩いていた。二人とも可なり酔っていた。"
    "どういう話の続きか覚えていないが、彼はしきりに球体派という言葉をくり返していた。\n"
    "「球体派は賛成だ。」と私は叫んだ。「なぜかなら……。」\n"
)


@pytest.mark.parametrize("typed", ["latin-1", "iso-8859-1", "latin1", "L1"])
def test_named_latin1_is_cp1252(tmp_path, typed):
    """Clause ``named_latin1_is_cp1252``: CP1252 bytes under --encoding latin-1 (any
    name Python gives ISO-8859-1) are read as CP1252: every quote and dash is there
    (was "\\x93We", "Kitty\\x92s"), and the document's encoding says "cp1252"."""
    data = TEXT.encode("cp1252")
    assert len(data) - len(data.translate(None, bytes(range(0x80, 0xA0)))) == 26
    got = _read(tmp_path / "kitty.txt", data, typed)
    assert isinstance(got, Document), got
    assert got.encoding == "cp1252"
    assert got.text == TEXT


def test_named_latin1_reads_as_the_page(tmp_path):
    """The text file under --encoding latin-1 and the page declaring iso-8859-1, the
    same CP1252 bytes: one reading (the same non-ASCII characters, one encoding)."""
    data = TEXT.encode("cp1252")
    text_file = _read(tmp_path / "kitty.txt", data, "latin-1")
    html = _html(tmp_path, page(TEXT, "iso-8859-1").encode("cp1252"))
    assert isinstance(html, Document) and isinstance(text_file, Document)
    assert text_file.encoding == html.encoding == "cp1252"

    def non_ascii(text: str) -> Counter:
        return Counter(c for c in text if not c.isascii())

    assert non_ascii(text_file.text) == non_ascii(html.text) == non_ascii(TEXT)


def test_named_latin1_epub_chapter():
    """An EPUB chapter with no declared charset is decided by --encoding as a text
    file is (clause chapter_auto): under latin-1 its CP1252 bytes are CP1252 too."""
    chapter = page(TEXT, "utf-8").replace(' encoding="utf-8"', "")
    chapter = chapter.replace(
        '<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />\n', ""
    )
    assert "charset" not in chapter and "encoding=" not in chapter
    book = _epub(chapter.encode("cp1252"), "latin-1")
    assert isinstance(book, Document), book
    assert book.encoding == "cp1252"
    assert "Next, my bonnet,\u201d\u2014here the solemnity of Kitty\u2019s" in book.text


def test_named_latin1_guards(tmp_path):
    """What must stay: a real Latin-1 file (Hugo, no byte 0x80-0x9f) reads as Latin-1,
    the text unchanged; Latin-1 text whose lines end in NEL (0x85: text converted from
    an IBM mainframe's EBCDIC) keeps its NELs (line breaks in the normalizer), where
    CP1252 would make them "…"; Hugo saved in DOS CP850 under a wrong --encoding
    latin-1 stays the Latin-1 reading (its "é" 0x82 is CP1252's "‚": 37 bytes, 2 of 56
    quotes or dashes in a word): no CP1252 shown."""
    plain = HUGO.replace("\u2019", "'")
    got = _read(tmp_path / "hugo.txt", plain.encode("latin-1"), "latin-1")
    assert isinstance(got, Document) and got.encoding == "iso8859-1" and got.text == plain
    nel = plain.encode("latin-1").replace(b"\n", b"\x85")
    got = _read(tmp_path / "hugo_nel.txt", nel, "latin-1")
    assert isinstance(got, Document) and got.encoding == "iso8859-1"
    assert got.text == plain.replace("\n", "\x85")
    dos = plain.encode("cp850")
    dos.decode("cp1252")  # every byte: not left to CP1252's undefined bytes
    got = _read(tmp_path / "hugo_dos.txt", dos, "latin-1")
    assert isinstance(got, Document) and got.encoding == "iso8859-1"
    assert got.text == dos.decode("latin-1")


def test_named_latin1_shows_cp1252_not_utf8():
    """Clause ``named_latin1_shows_cp1252``: a quote or dash byte that continues a UTF-8
    character is no CP1252 shown ("œ" is c5 93, "—" e2 80 94, "“" e2 80 9c); a CP1252
    "Kitty\\x92s" beside them is; other codecs are never asked."""
    from transforms.declared_codec import named_codec, shows_cp1252

    utf8 = "c\u0153ur, him\u2014and \u201cWe".encode()
    assert not shows_cp1252(utf8)
    assert shows_cp1252("Kitty\u2019s c\u0153ur".encode("cp1252"))
    assert not shows_cp1252("Kitty\u2019s caf\u00e9".encode("cp1252")[:0] + b"\x85\x85 x\x92s")
    assert named_codec("cp1252", TEXT.encode("cp1252")) == "cp1252"
    assert named_codec("iso8859-15", TEXT.encode("cp1252")) == "iso8859-15"


def _two_codecs(first: tuple[str, bytes], second: tuple[str, bytes]):
    files = {
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": _opf('<itemref idref="ch1"/><itemref idref="ch2"/>'),
        "OEBPS/ch1.xhtml": first[1],
        "OEBPS/ch2.xhtml": second[1],
    }
    return book_in(make_epub(extra=files), "two.epub", "two.epub", 10**6, "auto")


def test_epub_chapter_codecs():
    """Clause ``epub_chapter_codecs``: an EPUB with a CP1252 chapter and a Shift_JIS
    one said "windows-1252" (the first only; the manifest counted no Shift_JIS); now
    both, in reading order, by Python's names (clause declared_codec_python_name), each
    chapter's text read right. A codec twice is named once; UTF-8 chapters beside one
    codec leave that codec's name alone (as before)."""
    western = ("windows-1252", page(ALCOTT, "windows-1252").encode("cp1252"))
    japanese = ("shift_jis", page(KYUTAIHA, "Shift_JIS").encode("shift_jis"))
    book = _two_codecs(western, japanese)
    assert isinstance(book, Document), book
    assert book.encoding == "cp1252+shift_jis"
    assert "distingu\u00e9" in book.text and "球体派という言葉をくり返していた。" in book.text
    assert _two_codecs(japanese, western).encoding == "shift_jis+cp1252"
    assert _two_codecs(western, western).encoding == "cp1252"
    utf8 = ("utf-8", page(WHARTON, "utf-8").encode("utf-8"))
    assert _two_codecs(utf8, western).encoding == "cp1252"


# Review (session 40): each mark shape alone, in real text. CP1252 marks (Alcott,
# Wharton above; "in 1843–44 she" from the mirror's Alcott biography) are shown; a DOS
# or Mac codec's letters in the same byte range are not: CP850 "ô", "ö", "Æ", "ù"
# (0x93, 0x94, 0x92, 0x97), Mac Roman "ñ", "ï" (0x96, 0x95), in Grimm's "König", Hugo's
# "où", Dryden's "Æneas", Don Quixote's "señor", Wharton's "naïveté".
MARK_SHAPES = [
    ("\u201cWe can make it ourselves,", "cp1252", True),  # opening quote
    ("the\n\u2018Jour", "cp1252", True),
    ("all complete.\u201d\n", "cp1252", True),  # closing quote after a stop
    ("the solemnity of Kitty\u2019s\nface", "cp1252", True),  # apostrophe
    ("years afterwards that in 1843\u201344 she", "cp1252", True),  # en dash, digits
    ("the old Duc de\nMontlh\u00e9ry\u2014you know", "cp1252", True),  # em dash in words
    ("explained to me quite clearly\u2014\u2014\u201d", "cp1252", True),  # a run
    ("lebte ein K\u00f6nig, dessen", "cp850", False),  # ö 0x94 inside a word
    ("un r\u00f4le", "cp850", False),  # ô 0x93 inside a word
    ("to \u00c6neas, he was", "cp850", False),  # Æ 0x92 opening a word
    ("au moment o\u00f9 il \u00e9tait", "cp850", False),  # ù 0x97 before a space
    ("No, se\u00f1or, not for", "mac_roman", False),  # ñ 0x96 inside a word
    ("the charm and na\u00efvet\u00e9 of", "mac_roman", False),  # ï 0x95 (bullet in CP1252)
]


@pytest.mark.parametrize("text, codec, shown", MARK_SHAPES)
def test_named_latin1_mark_shapes(text, codec, shown):
    from transforms.declared_codec import shows_cp1252

    assert shows_cp1252(text.encode(codec)) is shown


def test_named_latin1_utf8_dash_is_no_mark():
    """A UTF-8 "–" between digits (e2 80 93: 0x93 before "4" looks like an opening
    quote) continues a UTF-8 character: no CP1252 shown (a Latin-1 file with a
    UTF-8 line pasted in stays Latin-1 for this)."""
    from transforms.declared_codec import shows_cp1252

    assert not shows_cp1252("years afterwards that in 1843\u201344 she".encode())
    assert not shows_cp1252("t\u00eate ".encode("latin-1") + "1843\u201344".encode())
