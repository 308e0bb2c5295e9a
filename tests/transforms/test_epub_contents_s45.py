"""Session 45 (the Left of session 44's wtG): clause ``contents_page_by_links``
(transforms/epub_contents.py, read by transforms/epub.py).

An EPUB 2 book whose contents page is a spine file the package's guide does not name
(most converters' books: 7 of the 80 EPUBs of hankinghu/literature-books) kept the page in
the training text, a list of the chapter titles before the chapters. The page is now
left out when it links to 3+ files the book's NCX names and its link text is 60%+ of its
text, and its characters count as removed (``boilerplate_chars``). Guards: a short
chapter citing other chapters, a part's opening page that the NCX names, a book without
an NCX. Real text: Dickens' *A Tale of Two Cities* (book the first, chapters I-III) and
the Dumas *Memoirs* excerpt of tests/data.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from schemas import Document
from tests.transforms.test_epub import CH1, CH2, CONTAINER
from transforms.epub import read_epub
from transforms.epub_contents import contents_label, is_contents_page
from transforms.epub_toc import TocEntry
from transforms.html_text import html_to_text
from transforms.inputs import expand_inputs
from transforms.read import read_file

DATA = Path(__file__).parents[1] / "data"
DUMAS = (DATA / "en_gutenberg_dumas_memoirs_piece.txt").read_text(encoding="utf-8")[:1200]
CH3 = (
    "<html xmlns='http://www.w3.org/1999/xhtml'><head><title>A Tale of Two Cities</title>"
    "</head><body><h2>CHAPTER III.<br/>The Night Shadows</h2><p>A wonderful fact to reflect "
    "upon, that every human creature is constituted to be that profound secret and mystery "
    "to every other.</p>"
    + "".join(f"<p>{p}</p>" for p in DUMAS.split("\n\n") if p.strip())
    + "</body></html>"
)
CONTENTS = """<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Contents</title></head>
<body><h1>Contents</h1>
<p><a href="ch1.xhtml">CHAPTER I. The Period</a></p>
<p><a href="ch2.xhtml">CHAPTER II. The Mail</a></p>
<p><a href="ch3.xhtml#c3">CHAPTER III. The Night Shadows</a></p></body></html>"""
LABELS = {"ch1": "CHAPTER I. The Period", "ch2": "CHAPTER II. The Mail"}
LABELS["ch3"] = "CHAPTER III. The Night Shadows"


def _ncx(points: list[tuple[str, str]]) -> str:
    navs = "".join(
        f'<navPoint id="p{i}" playOrder="{i}"><navLabel><text>{label}</text></navLabel>'
        f'<content src="{src}"/></navPoint>'
        for i, (label, src) in enumerate(points, 1)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
        f'version="2005-1"><docTitle><text>A Tale of Two Cities</text></docTitle><navMap>{navs}'
        "</navMap></ncx>"
    )


def make_book(pages: dict[str, str], points=None, ncx: bool = True) -> bytes:
    """An EPUB 2 (no nav document, no guide): ``pages`` in spine order, an NCX naming
    the chapters (``points``: (label, src), default the three chapters)."""
    if points is None:
        points = [(LABELS[k], f"{k}.xhtml") for k in ("ch1", "ch2", "ch3")]
    items = "".join(
        f'<item id="{k}" href="{k}.xhtml" media-type="application/xhtml+xml"/>' for k in pages
    )
    if ncx:
        items += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
    spine = "".join(f'<itemref idref="{k}"/>' for k in pages)
    opf = (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="2.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>A Tale of Two Cities</dc:title></metadata><manifest>{items}</manifest>"
        f"<spine{' toc=' + chr(34) + 'ncx' + chr(34) if ncx else ''}>{spine}</spine></package>"
    )
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", CONTAINER)
        z.writestr("OEBPS/content.opf", opf)
        if ncx:
            z.writestr("OEBPS/toc.ncx", _ncx(points))
        for k, body in pages.items():
            z.writestr(f"OEBPS/{k}.xhtml", body)
    return sink.getvalue()


def _read(tmp_path: Path, data: bytes) -> Document:
    path = tmp_path / "tale.epub"
    path.write_bytes(data)
    (file,) = expand_inputs([str(path)])
    (doc,) = read_file(file)
    assert isinstance(doc, Document)
    return doc


BOOK = {"contents": CONTENTS, "ch1": CH1, "ch2": CH2, "ch3": CH3}


def test_the_books_contents_page_is_left_out_and_counted(tmp_path):
    doc = _read(tmp_path, make_book(BOOK))
    assert not doc.text.startswith("Contents"), "the contents page stayed in the text"
    assert doc.text.count("The Mail") == 1  # its heading only, not the contents' line
    assert doc.text.startswith("CHAPTER I. The Period\n")
    for phrase in ("It was the best of times", "the Dover road", "profound secret"):
        assert phrase in doc.text
    contents_text = html_to_text(CONTENTS)
    assert doc.boilerplate_chars == len(contents_text) > 0
    # Nothing else lost: the text is the chapters' own, as a book without the page.
    alone = _read(tmp_path, make_book({k: v for k, v in BOOK.items() if k != "contents"}))
    assert doc.text == alone.text and alone.boilerplate_chars == 0


def test_a_contents_page_the_ncx_names_as_contents_is_left_out(tmp_path):
    points = [("Contents", "contents.xhtml")] + [(LABELS[k], f"{k}.xhtml") for k in LABELS]
    book = read_epub(zipfile.ZipFile(io.BytesIO(make_book(BOOK, points))))
    assert "contents" not in book.text.split("\n")[0].lower()
    assert book.removed == len(html_to_text(CONTENTS))


def test_guard_a_short_chapter_citing_others_stays(tmp_path):
    note = (
        "<html xmlns='http://www.w3.org/1999/xhtml'><body><h2>A NOTE</h2><p>The three "
        "chapters of this first book, <a href='ch1.xhtml'>the period</a>, <a href='ch2.xhtml'>"
        "the mail</a> and <a href='ch3.xhtml'>the night shadows</a>, were written for the "
        "weekly numbers of All the Year Round, and each was set by the printer from the "
        "author's own sheets, corrected in his hand.</p></body></html>"
    )
    doc = _read(tmp_path, make_book({**BOOK, "note": note}))
    assert "were written for the weekly numbers of All the Year Round" in doc.text
    assert doc.boilerplate_chars == len(html_to_text(CONTENTS))  # only the contents page


def test_guard_a_part_page_the_ncx_names_stays(tmp_path):
    part = CONTENTS.replace("<h1>Contents</h1>", "<h1>Book the First: Recalled to Life</h1>")
    points = [("Book the First: Recalled to Life", "contents.xhtml")]
    points += [(LABELS[k], f"{k}.xhtml") for k in LABELS]
    doc = _read(tmp_path, make_book({**BOOK, "contents": part}, points))
    assert doc.text.startswith("Book the First: Recalled to Life")
    assert doc.boilerplate_chars == 0


def test_guard_a_book_without_its_own_contents_keeps_the_page(tmp_path):
    doc = _read(tmp_path, make_book(BOOK, ncx=False))
    assert doc.text.startswith("Contents")
    assert doc.boilerplate_chars == 0


@pytest.mark.parametrize(
    ("label", "named"),
    [("目 录", True), ("Table of Contents", True), ("CONTENTS", True), ("目錄", True),
     ("第一部", False), ("Book the First", False), ("Contents of the Dead Man's Pocket", False)],
)  # fmt: skip
def test_contents_label(label, named):
    assert contents_label(label) is named


def test_two_links_are_not_a_contents_page():
    entries = [TocEntry(1, LABELS[k], f"OEBPS/{k}.xhtml", "") for k in LABELS]
    two = CONTENTS.replace('<p><a href="ch3.xhtml#c3">CHAPTER III. The Night Shadows</a></p>', "")
    assert not is_contents_page(two, "OEBPS/contents.xhtml", entries, html_to_text)
    assert is_contents_page(CONTENTS, "OEBPS/contents.xhtml", entries, html_to_text)
    assert not is_contents_page(CONTENTS, "OEBPS/contents.xhtml", [], html_to_text)


def test_build_counts_the_page_in_the_manifest(tmp_path, tiny_tokenizer_path):
    """The manifest's boilerplate_chars holds the page's characters: a build of the book
    with the page removes exactly that many more than a build of it without the page."""
    from pipeline.build import run
    from pipeline.reading import documents

    removed = {}
    for name, pages in (
        ("with", BOOK),
        ("without", {k: v for k, v in BOOK.items() if k != "contents"}),
    ):
        inputs = tmp_path / name / "in"
        inputs.mkdir(parents=True)
        (inputs / "tale.epub").write_bytes(make_book(pages))
        out = tmp_path / name / "out"
        args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
        manifest = run([*args, "--windows", "64", "--validation-fraction", "0"]).to_dict()
        assert manifest["documents"]["written"] == 1
        removed[name] = manifest["documents"]["boilerplate_chars"]
        (row,) = documents(str(out)).select(["boilerplate_chars"]).to_pylist()
        assert row["boilerplate_chars"] == removed[name]
    assert removed["with"] - removed["without"] == len(html_to_text(CONTENTS))


def test_a_link_to_the_page_itself_is_not_a_target():
    """Review (session 45): a page the NCX names "Contents" with two chapter links and a
    link to its own top is not a contents page (two other files, not three)."""
    entries = [TocEntry(1, "Contents", "OEBPS/contents.xhtml", "")]
    entries += [TocEntry(1, LABELS[k], f"OEBPS/{k}.xhtml", "") for k in LABELS]
    two = CONTENTS.replace(
        '<p><a href="ch3.xhtml#c3">CHAPTER III. The Night Shadows</a></p>',
        '<p><a href="contents.xhtml#top">Back to the top of this page</a></p>',
    )
    assert not is_contents_page(two, "OEBPS/contents.xhtml", entries, html_to_text)
    assert is_contents_page(CONTENTS, "OEBPS/contents.xhtml", entries, html_to_text)


def test_guard_a_prose_chapter_named_contents_and_a_notes_page_stay(tmp_path):
    """Review (session 45): a chapter the NCX names "Contents" that is prose citing the
    three chapters, and an endnotes page whose note numbers link back to them, stay."""
    prose = (
        "<html xmlns='http://www.w3.org/1999/xhtml'><body><h2>Contents</h2><p>What this "
        "first book holds is told in <a href='ch1.xhtml'>the period</a>, <a href='ch2.xhtml'>"
        "the mail</a> and <a href='ch3.xhtml'>the night shadows</a>; the reader who begins "
        "there will find the rest in its place.</p></body></html>"
    )
    notes = (
        "<html xmlns='http://www.w3.org/1999/xhtml'><body><h2>Notes</h2>"
        "<p><a href='ch1.xhtml#r1'>1.</a> Tellson's Bank by Temple Bar.</p>"
        "<p><a href='ch2.xhtml#r2'>2.</a> The Dover road, in the November of 1775.</p>"
        "<p><a href='ch3.xhtml#r3'>3.</a> The guard of the Dover mail.</p></body></html>"
    )
    chapters = {k: BOOK[k] for k in ("ch1", "ch2", "ch3")}
    points = [("Contents", "contents.xhtml")] + [(LABELS[k], f"{k}.xhtml") for k in LABELS]
    doc = _read(tmp_path, make_book({"contents": prose, **chapters, "notes": notes}, points))
    assert "the reader who begins there will find the rest" in doc.text
    assert "The Dover road, in the November of 1775." in doc.text
    assert doc.boilerplate_chars == 0
