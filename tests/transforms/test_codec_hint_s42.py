"""Session 42 (the Left of session 41's wtC): clause ``low_quotes_elisions``
(transforms/cp1252_signs.py ``paired``): a CP1252 file under ``--encoding latin-1``
whose only out-of-place signs were elisions opening a word ("’m", "’n", "’S") or
German closing quotes („Wort“) stayed Latin-1, its quotes C1 controls the normalizer
drops; now the every-sign rule reads them. Clause ``declared_cp1252_letters_misplaced``:
an HTML page or an EPUB chapter read as CP1252 by its declared charset (windows-1252,
iso-8859-1) whose bytes are another codec's letters gets the warning text files get,
which says the fix is the declaration's (``--encoding`` does not change a declared
page). Clause ``codec_hint_said_once``: the warning goes with the document
(``Document.codec_hint``), not into a worker's log; the launcher prints it (the build
tests: tests/pipeline/test_latin1_cp1252_build.py).

Real text (Project Gutenberg, the rcdm-uga mirror, UTF-8 files; their CP1252, CP850
and Mac Roman bytes are made here, as an editor saves them): Irving's *Pennsylvania
Dutch Rip Van Winkle*; the German preface of Burnett's *Little Lord Fauntleroy*
(abridged, "Für den Schulgebrauch bearbeitet"), whose »guillemets« are set here as
German „low quotes“ (the mirror holds no book quoting so); Alcott's *Work*; Maude's
translation of Tolstoy's *The Power of Darkness*; Wells' *The Outline of History*
(its index)."""

from __future__ import annotations

import logging

import pytest

from schemas import Document
from tests.transforms.test_declared_codec import page
from tests.transforms.test_epub import CONTAINER, _opf, make_epub
from tests.transforms.test_named_latin1_cp1252 import ALCOTT
from tests.transforms.test_named_latin1_every_sign import POWER_OF_DARKNESS
from tests.transforms.test_utf8_piece_in_legacy import _read
from transforms.cp1252_signs import misplaced_hint
from transforms.declared_codec import named_codec

IRVING = (
    "_Vedd._ Sawg, du, Clausin, we\u2019d uf \u2019m waig warsht, husht ebbas fun unserm\n"
    "freind Rip Van Winkle g\u2019sana? Wo ebbas os we olter whiskey tzu hawa is\n"
    "bin ich goot derfore os ar sure is um der waig tzu si--olsfort im dorsht!\n\n"
    "_Knick._ Du besser gebsht aucht wass du sawgsht. Ennicher mon os \u2019m\n"
    "\u2019a goota glaws whiskey ous \u2019m waig gait is \u2019n norr. Sell is my plainy\n"
    "Deitshe mainung. Awer ich sawg der, mauch k\u00e6 fun fum Rip, for ich\n"
    "exshpect amohl ains fun denna dawg mich aw tzu shleesa on si fomelia, un\n"
    "ich nem satisfaction ous ennich ame os \u2019n insult.\n\n"
    "_Alice._ Coom, du fowlenser, odder \u2019s gebt \u2019n rumpus derhame waun mer so\n"
    "long bleiva. Wass w\u00e6rd de olt fraw sawga?\n"
)
BURNETT = (  # the mirror's »...« set as „...“
    "[Fu\u00dfnote 1: _Frances Hodgson Burnett_ wurde am 28. November 1849 zu\n"
    "Manchester geboren und kam schon sehr jung nach Amerika. Aus der Reihe\n"
    "der von ihr ver\u00f6ffentlichten Romane und Erz\u00e4hlungen verdienen neben\n"
    "\u201eLittle Lord Fauntleroy\u201c, zuerst erschienen in St. Nicholas Magazine\n"
    "(1886), besonders Erw\u00e4hnung: \u201eThat Lass o' Lowries\u201c, \u201eA Fair Barbarian\u201c,\n"
    "\u201eThrough One Administration\u201c, \u201eSara Crewe\u201c, \u201eEditha's Burglar\u201c, \u201eThe\n"
    "Pretty Sister of Jos\u00e9\u201c und die Novellensammlung \u201eVagabondia\u201c.\n"
    "Verschiedene derselben, auch \u201eLittle Lord\u201c, wurden dramatisiert und mit\n"
    "gro\u00dfem Erfolge in Deutschland, Amerika und England aufgef\u00fchrt.]\n"
)
BAUM = (  # *Queen Zixi of Ix*: an em dash ending a line after a word (no sign's place)
    "  The fairies\u2019 friend is said to be;\n"
    "  For they did mystic arts invoke\n"
    "  And weave for her a magic cloak\n"
    "  Which grants its wearer\u2014thus I\u2019m told\u2014\n"
    "  Gifts more precious far than gold.\n"
)
WELLS = (  # *The Outline of History*'s index: CP850's "ä" 0x84 opens "är" after "("
    "Arbela (\u00e4r b\u0113\u00b4 l_\u0103_), battle of, i, 384, 479, ii, 608\n"
    "Arch\u00e6opteryx (\u00e4r k\u0113 op\u00b4 t_\u0115_r iks), i, 45\n"
    "Arch\u00e6ozoic (\u00e4r k\u0113 \u014d z\u014d\u00b4 ik) period, i, 9. (_See also_ Azoic)\n"
    "Archimedes (\u00e4r ki m\u0113\u00b4 d\u0113z), i, 402, 476, 534\n"
    "Arians (\u00e4r\u00b4 i _\u0103_nz), i, 592, 601\n"
    "Arid\u00e6us (\u0103r i d\u0113\u00b4 _\u016d_s), i, 375, 394\n"
)
ANTICHRIST = (  # Nietzsche's *The Antichrist*: a no-break space in "Mark\xa0vi" (real)
    "Verily I say unto you, it shall be more tolerable for Sodom and Gomorrha\n"
    'in the day of judgment, than for that city" (Mark\u00a0vi, 11)--How\n'
    "_evangelical_!...\n\n"
    '"And whosoever shall offend one of _these_ little ones that believe in\n'
    "me, it is better for him that a millstone were hanged about his neck,\n"
    'and he were cast into the sea" (Mark\u00a0ix, 42).--How _evangelical_!...\n\n'
    '"And if thine eye offend thee, pluck it out: it is better for\n'
    "thee to enter into the kingdom of God with one eye, than having two eyes\n"
    "to be cast into hell fire; Where the worm dieth not, and the fire is not\n"
    'quenched." (Mark\u00a0ix, 47.[15])--It is not exactly the eye that is\n'
    "meant....\n"
)
AESCHYLUS = (  # Alcott's *Work*: "Æ" opening a word, CP850's 0x92 ("’" in CP1252)
    "\"'Success and glory are the children of hard work and God's favor,'\n"
    "according to \u00c6schylus, and you will find he was right. David got a\n"
    "heavy blow some years ago as I told you, I think; and he took it\n"
)


@pytest.mark.parametrize("name, text", [("irving", IRVING), ("burnett", BURNETT)])
def test_low_quotes_elisions(tmp_path, name, text):
    """Elisions ("’m", "’n", "’s", "’a" opening a word, in a file with "we’d") and
    German quotes („Little Lord“: "“" closing after a word, in a file with "„") in
    CP1252 under latin-1: read as CP1252, the text exactly the book's (base42: Latin-1,
    every such quote a C1 control)."""
    data = text.encode("cp1252")
    assert named_codec("iso8859-1", data) == "cp1252"
    got = _read(tmp_path / f"{name}.txt", data, "latin-1")
    assert isinstance(got, Document) and got.encoding == "cp1252"
    assert got.text == text and got.codec_hint == ""


def test_low_quotes_counted_in_the_half_rule():
    """German quotes count in session 40's half rule as English ones do: the German
    preface beside Baum's verse, whose "told—" at a line end is in no sign's place (the
    every-sign rule says no), is read as CP1252 (base42: 3 of 32 bytes shown, Latin-1)."""
    from transforms.declared_codec import shows_cp1252

    text = BURNETT + "\n" + BAUM
    data = text.encode("cp1252")
    assert shows_cp1252(data)
    assert named_codec("iso8859-1", data) == "cp1252"


def test_low_quotes_elisions_guards():
    """What must not change: the German preface in CP850 ("ä" 0x84 inside words:
    "Erw\\x84hnung") and in Mac Roman ("ä" 0x8a, CP1252's "Š", after a letter); "Æ"
    opening "Æschylus" in CP850 (0x92, an elision's shape, but no "’" between two
    letters in the file); Wells' pronunciations in CP850 ("(är": "ä" 0x84 opening a
    word, in a file with no "“"); the elisions without "we’d" / "g’sana" (no
    apostrophe in a word: the shape is not asked); "“" after a word in a file with no
    "„"."""
    for codec in ("cp850", "mac_roman"):
        data = BURNETT.encode(codec, errors="replace")
        assert named_codec("iso8859-1", data) == "iso8859-1", codec
    assert named_codec("iso8859-1", AESCHYLUS.encode("cp850")) == "iso8859-1"
    # "„"-shaped "ä" 0x84, 5 of 7 C1 bytes, but no "“" 0x93 in the file: not counted
    # in the half rule (the first version of the clause counted them: CP1252, "(„r")
    assert named_codec("iso8859-1", WELLS.encode("cp850", errors="replace")) == "iso8859-1"
    bare = IRVING.replace("we\u2019d", "we'd").replace("g\u2019sana", "g'sana")
    assert named_codec("iso8859-1", bare.encode("cp1252")) == "iso8859-1"
    closing = BURNETT.replace("\u201e", '"')
    assert named_codec("iso8859-1", closing.encode("cp1252")) == "iso8859-1"


@pytest.mark.parametrize(
    "byte, before, after, low_quotes, apostrophes, shown",
    [
        (0x93, ord("d"), ord(","), True, False, True),  # „Lord“,
        (0x93, ord("."), ord("\n"), True, False, True),  # „...“ after a stop
        (0x93, ord("d"), ord(","), False, False, False),  # no „ in the file
        (0x93, ord(" "), ord("W"), True, False, False),  # opening: session 40's shape
        (0x93, ord("d"), ord("e"), True, False, False),  # inside a word (CP850's "ô")
        (0x92, ord(" "), ord("m"), False, True, True),  # ’m
        (0x92, ord("\n"), ord("S"), False, True, True),  # ’S war
        (0x92, ord(" "), ord("m"), False, False, False),  # no we’d in the file
        (0x92, ord(" "), ord("4"), False, True, False),  # before a digit
    ],
)
def test_paired_shapes(byte, before, after, low_quotes, apostrophes, shown):
    from transforms.cp1252_signs import paired

    assert paired(byte, before, after, low_quotes, apostrophes) is shown


def _epub(chapter: bytes) -> bytes:
    return make_epub(
        extra={
            "META-INF/container.xml": CONTAINER,
            "OEBPS/content.opf": _opf('<itemref idref="ch1"/>'),
            "OEBPS/ch1.xhtml": chapter,
        }
    )


def _undeclared(text: str) -> str:
    return (
        page(text, "X")
        .replace('<?xml version="1.0" encoding="X"?>\n', "")
        .replace('<meta http-equiv="Content-Type" content="text/html;charset=X" />\n', "")
    )


@pytest.mark.parametrize("declared", ["windows-1252", "iso-8859-1"])
@pytest.mark.parametrize("encoding", ["auto", "latin-1"])
def test_declared_page_hint(tmp_path, caplog, declared, encoding):
    """Clause ``declared_cp1252_letters_misplaced``: The Power of Darkness as a Mac
    Roman page declaring windows-1252 (or iso-8859-1, read as CP1252): read as before
    (CP1252, "Ign‡titch"), and the document carries one line naming the page, the
    declaration, Mac Roman and the fix (the declaration's: under any --encoding, auto
    included); nothing is logged. The same page declaring macintosh, as the line says,
    reads "Ignátitch" with no line. As an EPUB's chapter: the same line, the chapter
    named. A CP1252 page (Alcott) declared so: no line."""
    data = page(POWER_OF_DARKNESS * 2, declared).encode("mac_roman")
    with caplog.at_level(logging.WARNING, logger="longctx.dataset"):
        got = _read(tmp_path / "power.html", data, encoding)
    assert [r for r in caplog.records if r.name == "longctx.dataset"] == []
    assert isinstance(got, Document) and got.encoding == "cp1252"
    assert "Ign\u2021titch" in got.text
    line = got.codec_hint
    assert line.startswith(
        f"{tmp_path / 'power.html'}: read as windows-1252 by its declared charset {declared}, "
        "but 6 of its bytes put a windows-1252 sign inside a word"
    )
    assert "'Ign\u2021titch.', as macintosh 'Ign\u00e1titch.'" in line
    assert line.endswith(
        "if the page is in macintosh, declare charset macintosh in it "
        "(a declared charset is read before --encoding)"
    )
    fixed = _read(tmp_path / "fixed.html", data.replace(declared.encode(), b"macintosh"), encoding)
    assert "Ign\u00e1titch" in fixed.text and fixed.codec_hint == ""
    book = _read(tmp_path / "power.epub", _epub(data), encoding)
    assert isinstance(book, Document) and book.encoding == "cp1252"
    assert book.codec_hint.startswith(
        f"{tmp_path / 'power.epub'}: chapter OEBPS/ch1.xhtml read as windows-1252 by its "
        f"declared charset {declared}, but 6 of its bytes"
    )
    assert book.codec_hint.endswith(
        "declare charset macintosh in it (a declared charset is read before --encoding)"
    )
    good = page(ALCOTT * 2, declared).encode("cp1252")
    assert _read(tmp_path / "kitty.html", good, encoding).codec_hint == ""
    assert _read(tmp_path / "kitty.epub", _epub(good), encoding).codec_hint == ""


def test_undeclared_page_hint(tmp_path):
    """A page declaring nothing, read as CP1252 under --encoding cp1252 (a text
    file's reading): the text file's line, the flag to rerun with; as an EPUB's
    chapter the same, the chapter named. Under auto such a page is rejected by auto's
    own guesser (no line to add)."""
    data = _undeclared(POWER_OF_DARKNESS * 2).encode("mac_roman")
    got = _read(tmp_path / "power.html", data, "cp1252")
    assert got.encoding == "cp1252"
    assert got.codec_hint.startswith(
        f"{tmp_path / 'power.html'}: read as windows-1252 under --encoding cp1252, but 6 of"
    )
    assert got.codec_hint.endswith("if the file is in macintosh, rerun with --encoding macintosh")
    book = _read(tmp_path / "power.epub", _epub(data), "cp1252")
    assert book.codec_hint.startswith(
        f"{tmp_path / 'power.epub'}: chapter OEBPS/ch1.xhtml read as windows-1252 under "
        "--encoding cp1252, but 6 of"
    )
    assert book.codec_hint.endswith("rerun with --encoding macintosh")


def test_hint_word_stops_at_markup():
    """The word the line shows stops at a tag ("<p>Ign‡titch</p>" shows
    'Ign‡titch'), as it stops at a space."""
    data = ("<p>Peter Ign\u00e1titch</p>\n" * 3).encode("mac_roman")
    hint = misplaced_hint(data, "", "windows-1252")
    assert "'Ign\u2021titch', as macintosh 'Ign\u00e1titch'" in hint.line


def test_hint_lines():
    """Clause ``codec_hint_said_once``: the launcher prints one line per file, the
    first ``HINT_LINES``, then how many more and where each is named."""
    from pipeline.progress import HINT_LINES, hint_lines

    hints = {f"in/{i:02}.txt": f"in/{i:02}.txt: read as windows-1252 ..." for i in range(25)}
    lines = hint_lines(hints)
    assert lines[:2] == [
        "  warning: in/00.txt: read as windows-1252 ...",
        "  warning: in/01.txt: read as windows-1252 ...",
    ]
    assert len(lines) == HINT_LINES + 1 == 21
    assert lines[-1] == (
        "  ... and 5 more files: the manifest's documents.codec_hint_files names each"
    )
    assert hint_lines({}) == []


@pytest.mark.parametrize("encoding", ["auto", "cp1252"])
def test_no_break_space_is_no_sign(tmp_path, encoding):
    """Review (session 42): a right windows-1252 page whose words are parted by
    no-break spaces (Nietzsche's "Mark\\xa0vi", three times) gets no line, under auto
    too (the branch told it to "declare charset cp437": CP437's "á" is 0xA0); nor
    does the text file under --encoding cp1252."""
    data = page(ANTICHRIST, "windows-1252").encode("cp1252")
    got = _read(tmp_path / "antichrist.html", data, encoding)
    assert isinstance(got, Document) and got.encoding == "cp1252"
    assert "Mark\u00a0ix" in got.text and got.codec_hint == ""
    text = _read(tmp_path / "antichrist.txt", ANTICHRIST.encode("cp1252"), "cp1252")
    assert text.encoding == "cp1252" and text.codec_hint == ""
