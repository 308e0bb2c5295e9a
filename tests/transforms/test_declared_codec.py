"""Clauses ``declared_charset_utf8_bytes`` and ``declared_latin1_is_cp1252``
(transforms/declared_codec.py, session 39; the Left of sessions 37-38): a page (an HTML
file, an EPUB's chapter) whose declared charset its bytes prove wrong.

Real text: the opening of Dumas' *Captain Paul* (Project Gutenberg, the rcdm-uga
mirror; its curly quotes and apostrophes) and of Hugo's *Les Misérables* (tests/data),
in Project Gutenberg's XHTML shape (the XML declaration and the http-equiv <meta> both
name the charset)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from schemas import Document, Rejected
from tests.transforms.test_epub import CONTAINER, _opf, make_epub
from transforms.epub import book_in
from transforms.read import ReadConfig, expand_inputs, read_file

PAUL = (
    "The admirers of \u201cThe Pilot,\u201d one of the most magnificent of Cooper\u2019s\n"
    "novels, have evinced a general feeling of regret, in which we ourselves\n"
    "have deeply participated, that the book, once finished, we altogether\n"
    "lose sight of the mysterious being whom we had followed with such\n"
    "intense interest, through the narrows of the Devil\u2019s Grip, and the\n"
    "Cloisters of St, Ruth.\n\n"
    "For ourselves, we acknowledge that we have more than once been tempted,\n"
    "however indiscreet, to say the least of it, it might have been, to write\n"
    "to Cooper himself, and ask him for information regarding the early career\n"
    "and closing years of this adventurous seaman. It was quite possible the\n"
    "\u201cpoet historian,\u201d being far distant from the place where his hero was\n"
    "born, knew no more of him than what he has transmitted to us.\n"
)
HUGO = (Path(__file__).parents[1] / "data" / "fr_hugo_miserables_myriel.txt").read_text(
    encoding="utf-8"
)


def page(text: str, declared: str) -> str:
    body = "\n".join(
        f"<p>{html.escape(p, quote=False)}</p>" for p in text.split("\n\n") if p.strip()
    )
    return (
        f'<?xml version="1.0" encoding="{declared}"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html;charset={declared}" />\n'
        "<title>The Project Gutenberg eBook of Captain Paul, by Alexandre Dumas, Pere</title>\n"
        "</head>\n<body>\n<h1>CAPTAIN PAUL</h1>\n<h2>INTRODUCTION.</h2>\n"
        f"{body}\n</body>\n</html>\n"
    )


def _html(tmp_path, data: bytes, encoding: str = "auto"):
    path = tmp_path / "captain_paul.html"
    path.write_bytes(data)
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    return got


def _epub(chapter: bytes, encoding: str = "auto"):
    files = {
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": _opf('<itemref idref="ch1"/>'),
    }
    data = make_epub(extra={**files, "OEBPS/ch1.xhtml": chapter})
    return book_in(data, "paul.epub", "paul.epub", 10**6, encoding)


def _stray(data: bytes) -> bytes:
    """A CP1252 apostrophe pasted into the UTF-8 page ("Cooper\\x92s" for "Cooper’s"
    in the second paragraph): one byte that is not UTF-8."""
    return data.replace(b"to Cooper himself", b"to Cooper\x92s house")


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "ISO-8859-15"])
def test_declared_charset_utf8_bytes_html(tmp_path, declared):
    """A UTF-8 page with one stray byte under a single-byte charset was read in that
    codec: "Cooper’s" became "Cooperâ\\x80\\x99s" (ISO-8859-1) or "Cooperâ€™s"
    (windows-1252), every quote of the book, silently. Now the bytes decide: rejected as
    a UTF-8 file with a damaged byte is, the line saying the declaration was wrong."""
    data = _stray(page(PAUL, declared).encode("utf-8"))
    got = _html(tmp_path, data)
    assert isinstance(got, Rejected) and got.reason == "invalid_utf8", got
    at = data.index(b"\x92")
    assert got.error.startswith(f"bytes {at}-{at + 1} are not valid UTF-8 (invalid start byte); ")
    assert "it is UTF-8 with damaged bytes" in got.error
    first = data.index("\u201c".encode())
    assert got.error.endswith(
        f"; the page: it declares charset {declared.lower()}, but its bytes are UTF-8 text: "
        f"6 UTF-8 characters make up 95% of its non-ASCII bytes (the first at byte "
        f"{first:,}: '\u201cThe', which read as {declared.lower()} would be "
        f"{'“The'.encode().decode(declared.replace('ISO-8859-15', 'iso8859-15'))!r}), so the "
        "declaration was not used"
    )


def test_declared_charset_utf8_bytes_epub():
    """The same chapter in an EPUB: the book was read with "Cooperâ\\x80\\x99s"; now
    rejected broken_epub, the chapter named as UTF-8 text with a bad byte."""
    got = _epub(_stray(page(PAUL, "iso-8859-1").encode("utf-8")))
    assert isinstance(got, Rejected) and got.reason == "broken_epub", got
    assert got.error.startswith(
        "the EPUB's chapter OEBPS/ch1.xhtml is UTF-8 text with bad bytes (it declares "
        "charset iso-8859-1, but its bytes are UTF-8 text: 6 UTF-8 characters make up 95%"
    )
    assert "UTF-8 with damaged bytes" in got.error  # the text reader's hint for such bytes


def test_declared_charset_utf8_bytes_named_encoding(tmp_path):
    """Under --encoding latin-1 the page is a UTF-8 file under a wrong named codec:
    rejected by clause ``utf8_misnamed_codec``, the declaration named too."""
    got = _html(tmp_path, _stray(page(PAUL, "iso-8859-1").encode("utf-8")), "latin-1")
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding", got
    assert "is UTF-8 text, not iso-8859-1 as --encoding latin-1 says" in got.error
    assert "; the page: it declares charset iso-8859-1, but its bytes are UTF-8 text" in got.error


@pytest.mark.parametrize("declared", ["iso-8859-1", "ISO-8859-1", "us-ascii", "latin1"])
def test_declared_latin1_is_cp1252_html(tmp_path, declared):
    """CP1252 bytes (curly quotes 0x93 0x94 0x92) under charset=iso-8859-1: read as
    Latin-1 each quote was a C1 control ("Cooper\\x92s"), which the normalizer drops
    ("Coopers"). Read as CP1252, as browsers do (WHATWG); the document says cp1252."""
    got = _html(tmp_path, page(PAUL, declared).encode("cp1252"))
    assert isinstance(got, Document), got
    assert got.encoding == "cp1252"
    assert (
        "The admirers of \u201cThe Pilot,\u201d one of the most magnificent of Cooper\u2019s"
        in got.text
    )
    assert not any("\x80" <= c <= "\x9f" for c in got.text)


def test_declared_latin1_is_cp1252_epub():
    got = _epub(page(PAUL, "iso-8859-1").encode("cp1252"))
    assert isinstance(got, Document), got
    assert (
        "The admirers of \u201cThe Pilot,\u201d one of the most magnificent of Cooper\u2019s"
        in got.text
    )


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252"])
def test_declared_charset_guards(tmp_path, declared):
    """What must stay: a French CP1252 page (Hugo: é, è, ê, ’) declared so is read in
    the declared codec (its pairs are no UTF-8: no rejection); Latin-1 bytes with no
    0x80-0x9f under iso-8859-1 keep the codec (named "iso8859-1", Python's name, since
    session 40); bytes CP1252 leaves undefined (0x81) under iso-8859-1 are read as
    declared; a valid UTF-8 page under
    iso-8859-1 is UTF-8 (clause chapter_encoding)."""
    hugo = page(HUGO, declared)
    got = _html(tmp_path, hugo.encode("cp1252"))
    assert isinstance(got, Document), got
    assert got.encoding == "cp1252"  # session 40: Python's name (declared_codec_python_name)
    assert "C\u2019était un vieillard d\u2019environ soixante-quinze ans" in got.text
    assert _epub(hugo.encode("cp1252")).text.count("Myriel était évêque de Digne") == 1
    plain = page(HUGO.replace("\u2019", "'"), declared)
    got = _html(tmp_path, plain.encode("cp1252"))
    # Session 40 (clause declared_codec_python_name): Python's name of the declared codec
    assert isinstance(got, Document) and got.encoding == {"iso-8859-1": "iso8859-1"}.get(
        declared, "cp1252"
    )
    assert "M. Charles-François-Bienvenu Myriel était évêque de Digne" in got.text
    got = _html(tmp_path, plain.encode("utf-8"))
    assert isinstance(got, Document) and got.encoding == "utf-8"
    assert "Myriel était évêque de Digne" in got.text


def test_declared_latin1_undefined_in_cp1252(tmp_path):
    """A 0x81 byte (undefined in CP1252) beside the quotes: CP1252 cannot read the
    page, so it is read as declared (Latin-1), as before."""
    data = page(PAUL, "iso-8859-1").encode("cp1252").replace(b"St, Ruth", b"St\x81 Ruth")
    got = _html(tmp_path, data)
    assert isinstance(got, Document) and got.encoding == "iso8859-1", got  # Python's name


def test_declared_utf8_on_cp1252_bytes(tmp_path):
    """The other direction: CP1252 bytes under charset=utf-8 (no UTF-8: the
    declaration is proved wrong by the first curly quote). The bytes decide, as for an
    undeclared page: --encoding auto decides CP1252 for the page (the document says
    cp1252) and for the chapter; --encoding utf-8 rejects it, naming CP1252."""
    data = page(PAUL + "\n\n" + PAUL, "utf-8").encode("cp1252")
    got = _html(tmp_path, data)
    assert isinstance(got, Document) and got.encoding == "cp1252", got
    assert (
        "The admirers of \u201cThe Pilot,\u201d one of the most magnificent of Cooper\u2019s"
        in got.text
    )
    book = _epub(data)
    assert isinstance(book, Document), book
    assert "one of the most magnificent of Cooper\u2019s" in book.text
    strict = _epub(data, "utf-8")
    assert isinstance(strict, Rejected) and "windows-1252" in strict.error, strict


@pytest.mark.parametrize(
    ("declared", "codec", "expected"),
    [
        ("utf-8", "cp1252", "cp1252"),
        ("iso-8859-1", "cp1252", "cp1252"),
        ("windows-1252", "cp1252", "cp1252"),  # Python's name (session 40)
    ],
)
def test_epub_chapter_codec(declared, codec, expected):
    """Clause ``epub_chapter_codec``: an EPUB whose chapter was read in another codec
    than UTF-8 said "utf-8" as its Document.encoding (the manifest's count) whatever
    codec read it; now the chapter's codec: the one auto decided, CP1252 for an
    iso-8859-1 declaration over CP1252 bytes (clause declared_latin1_is_cp1252), the
    declared one. A UTF-8 book stays "utf-8"."""
    book = _epub(page(PAUL + "\n\n" + PAUL, declared).encode(codec))
    assert isinstance(book, Document), book
    assert book.encoding == expected
    assert _epub(page(PAUL, "iso-8859-1").encode("utf-8")).encoding == "utf-8"


# --- review (session 39): guards no test caught, and the sample's codec


def test_declared_charset_utf8_bytes_epub_named_encoding():
    """Under --encoding latin-1 (a codec that decodes every byte) the UTF-8 chapter
    with a stray byte under charset iso-8859-1 must stay rejected: the fallback decodes
    it, and only the evidence (``said``) keeps "Cooperâ\\x80\\x99s" out of the book."""
    got = _epub(_stray(page(PAUL, "iso-8859-1").encode("utf-8")), "latin-1")
    assert isinstance(got, Rejected) and got.reason == "broken_epub", got
    assert "is UTF-8 text with bad bytes (it declares charset iso-8859-1" in got.error


def test_epub_chapter_codec_utf16():
    """A UTF-16 chapter (byte order mark first) is read as UTF-16: the book says so."""
    book = _epub(page(PAUL, "UTF-16").encode("utf-16"))
    assert isinstance(book, Document), book
    assert book.encoding == "utf-16-le"
    assert "one of the most magnificent of Cooper\u2019s" in book.text


def test_declared_charset_utf8_bytes_label(tmp_path):
    """Clause ``declared_charset_utf8_bytes_label``: a UTF-8 page with a stray byte
    whose every byte CP1252 decodes, under charset iso-8859-1 (read as CP1252 by clause
    declared_latin1_is_cp1252): the sample is CP1252's reading and the line said it was
    iso-8859-1's ("read as iso-8859-1 would be 'â€œThe'"); it names cp1252 now."""
    text = PAUL.replace("\u201d", "\u2019")  # no "”": its 0x9d is undefined in CP1252
    data = _stray(page(text, "iso-8859-1").encode("utf-8"))
    data.decode("cp1252")
    got = _html(tmp_path, data)
    assert isinstance(got, Rejected) and got.reason == "invalid_utf8", got
    assert got.error.endswith(
        "; the page: it declares charset iso-8859-1, but its bytes are UTF-8 text: 6 UTF-8 "
        f"characters make up 95% of its non-ASCII bytes (the first at byte "
        f"{data.index(chr(0x201C).encode()):,}: '\u201cThe', which read as cp1252 would be "
        "'\u00e2\u20ac\u0153The'), so the declaration was not used"
    )


def test_utf8_misnamed_other_chars_not_c1():
    """Guard of clause ``utf8_misnamed_other_chars``: UTF-8 sequences of C1 controls
    ("\\xc2\\x97": CP1252 text garbled once already) are no UTF-8 evidence, neither way.
    A CP1252 text with three mojibake "Ã©" pieces pasted in, four such "Â\\x97" and a
    real "é" is no UTF-8 text: left out of the share, the C1 pairs made it one."""
    from transforms.utf8_misnamed import utf8_evidence

    data = (
        "Le caf\u00c3\u00a9 du coin, le th\u00c3\u00a9 et la r\u00c3\u00a9ponse. Ici \u00c2\x97 "
        "l\u00e0 \u00c2\x97 encore \u00c2\x97 et \u00c2\x97 fin.\n"
    ).encode("latin-1")
    assert utf8_evidence(data, "cp1252") is None


def test_declared_other_codec_is_not_cp1252(tmp_path):
    """Review (session 40): only a Latin-1/ASCII label turns into CP1252. Orzeszkowa's
    *Nad Niemnem* (Polish, tests/transforms/test_legacy_single_byte.py) on a page
    declaring windows-1250 holds 0x80-0x9f ("ś" 0x9c, "ź" 0x9f) that CP1252 decodes too
    ("œ", "Ÿ"): it is read as declared, recorded by Python's name."""
    from tests.transforms.test_legacy_single_byte import PL

    data = page(PL, "windows-1250").encode("cp1250")
    data.decode("cp1252")  # every byte: only the label keeps it CP1250
    got = _html(tmp_path, data)
    assert isinstance(got, Document) and got.encoding == "cp1250", got
    assert "prawie z miłością przyglądała się ona uzbieranej" in got.text
    book = _epub(data)
    assert isinstance(book, Document) and book.encoding == "cp1250", book
    assert "gwoździki, pachnące smółki" in book.text
