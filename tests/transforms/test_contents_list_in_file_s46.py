"""Session 46 (the Left of session 45's wtG): clause ``contents_list_in_file``
(transforms/epub_contents.py ``without_lists``, ``link_share``; transforms/epub.py).

Measured over the 80 EPUBs of hankinghu/literature-books (/tmp/wtF46/epub_inner.py): a
contents list inside a spine file that holds text too. In two books the EPUB 2 guide's
``type="toc"`` reference names the book's FIRST file, where the list stands before the
title page and the prefaces (Gutenberg's converter: Kant's *Critique of Pure Reason*;
calibre: 高华's 红太阳是怎样升起的), and clause ``skip_toc_document`` left that file out
whole: the prefaces and the first chapter's opening were lost (55,251 and 62,605
characters). In one (学会提问) the list follows the afterword's text and reached the
training text. Now a guide toc file is left out only when its text is mostly links, and
a run of five or more linked titles reaching three or more of the book's toc files is
left out of a file read (its label too), counted as removed. Real text: Dickens' *A Tale
of Two Cities* (test_epub's chapters) and the Dumas *Memoirs* excerpt of tests/data.
"""

from __future__ import annotations

import io
import zipfile

from tests.transforms.test_epub import CH1, CH2
from tests.transforms.test_epub_contents_s45 import BOOK, CH3, CONTENTS, DUMAS, LABELS, make_book
from transforms.epub import read_epub
from transforms.epub_contents import without_lists
from transforms.html_text import html_to_text

PREFACE = "".join(f"<p>{p}</p>" for p in DUMAS.split("\n\n") if p.strip())
LIST = (
    '<h2 id="toc">Contents</h2><div class="toc">'
    '<a href="first.xhtml#preface">PREFACE</a><br/><br/>'
    '<a href="first.xhtml#note">A NOTE ON THE TEXT</a><br/>'
    '<a href="ch1.xhtml">CHAPTER I. The Period</a><br/>'
    '<a href="ch2.xhtml">CHAPTER II. The Mail</a><br/>'
    '<a href="ch3.xhtml#c3">CHAPTER III. The Night Shadows</a></div>'
)
# A list of the chapters alone (five links, three files), as 学会提问's and a part page's.
CHAPTERS = (
    '<h2 id="toc">Contents</h2><ul>'
    '<li><a href="ch1.xhtml">CHAPTER I. The Period</a></li>'
    '<li><a href="ch1.xhtml#times">The Best of Times</a></li>'
    '<li><a href="ch2.xhtml">CHAPTER II. The Mail</a></li>'
    '<li><a href="ch3.xhtml">CHAPTER III. The Night Shadows</a></li>'
    '<li><a href="ch3.xhtml#c3">A Wonderful Fact</a></li></ul>'
)
FIRST = (
    "<html xmlns='http://www.w3.org/1999/xhtml'><head><title>A Tale of Two Cities</title>"
    "</head><body><h1>A TALE OF TWO CITIES</h1><h3>By Charles Dickens</h3>"
    f"{LIST}<h2 id='preface'>PREFACE</h2>{PREFACE}"
    "<h2 id='note'>A NOTE ON THE TEXT</h2><p>The text is that of the first edition, "
    "corrected from the author's own sheets.</p></body></html>"
)


def _with_guide(data: bytes, toc: str) -> bytes:
    """``data`` (an EPUB of make_book) with a guide whose toc reference is ``toc``."""
    sink = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(sink, "w") as new:
        for info in old.infolist():
            body = old.read(info)
            if info.filename == "OEBPS/content.opf":
                guide = f'<guide><reference type="toc" title="Contents" href="{toc}"/></guide>'
                body = body.replace(b"</spine>", b"</spine>" + guide.encode())
            new.writestr(info, body)
    return sink.getvalue()


def _book(pages: dict[str, str], toc: str | None = None, points=None):
    data = make_book(pages, points)
    return read_epub(zipfile.ZipFile(io.BytesIO(_with_guide(data, toc) if toc else data)))


def test_a_first_file_named_as_the_toc_is_read_without_its_list():
    """base46: the whole first file was left out (title page, preface and note lost)."""
    book = _book({"first": FIRST, "ch1": CH1, "ch2": CH2, "ch3": CH3}, "first.xhtml#toc")
    assert book.text.startswith("A TALE OF TWO CITIES\n"), book.text[:80]
    assert "Madame du Barry" in book.text or DUMAS.split("\n\n")[0].strip()[:40] in book.text
    assert "corrected from the author's own sheets" in book.text
    assert "Contents" not in book.text
    assert book.text.count("The Mail") == 1  # the chapter's heading, not the list's line
    assert book.text.count("PREFACE") == 1
    assert book.removed > len("ContentsPREFACEA NOTE ON THE TEXTCHAPTER I. The Period")
    assert book.removed < len(html_to_text(LIST)) + 8  # the list, and blank lines


def test_a_list_after_a_files_text_is_left_out_and_counted():
    """学会提问's afterword: its text, then "Table Of Contents" and the linked titles."""
    after = CH3.replace("</body>", CHAPTERS.replace("Contents", "Table Of Contents") + "</body>")
    book = _book({"first": FIRST.replace(LIST, ""), "ch1": CH1, "ch2": CH2, "ch3": after})
    assert "Table Of Contents" not in book.text and book.text.count("The Mail") == 1
    assert "profound secret" in book.text
    whole = _book({"first": FIRST.replace(LIST, ""), "ch1": CH1, "ch2": CH2, "ch3": CH3})
    assert book.text == whole.text
    assert book.removed == len(html_to_text(after)) - len(html_to_text(CH3)) > 0
    assert book.removed >= len("".join(html_to_text(CHAPTERS).split()))


def test_guard_a_toc_file_that_is_a_page_of_links_is_still_left_out():
    book = _book({"contents": CONTENTS, "ch1": CH1, "ch2": CH2, "ch3": CH3}, "contents.xhtml")
    assert book.text.startswith("CHAPTER I. The Period\n") and "Contents" not in book.text


def test_guard_a_part_page_the_ncx_names_keeps_its_list():
    """A page of links the NCX names as a part (明朝那些事儿's "朱元璋篇") is a part, with its
    list, as session 45 kept it: the in-file rule asks only files mostly of text."""
    part = CHAPTERS.replace("Contents", "Book the First: Recalled to Life")
    page = f"<html xmlns='http://www.w3.org/1999/xhtml'><body>{part}</body></html>"
    assert without_lists(page, "OEBPS/part.xhtml", set()) == page  # no toc file: no run
    files = {f"OEBPS/{k}.xhtml" for k in ("ch1", "ch2", "ch3", "part")}
    assert without_lists(page, "OEBPS/part.xhtml", files) != page  # the run is found...
    points = [("Book the First: Recalled to Life", "part.xhtml")]
    points += [(LABELS[k], f"{k}.xhtml") for k in ("ch1", "ch2", "ch3")]
    book = _book({"part": page, "ch1": CH1, "ch2": CH2, "ch3": CH3}, points=points)
    assert "CHAPTER II. The Mail" in book.text.split("\n\n\n\n")[0]  # ...but kept


def test_guard_footnote_links_and_short_runs_stay():
    files = {"OEBPS/ch1.xhtml", "OEBPS/ch2.xhtml", "OEBPS/ch3.xhtml", "OEBPS/notes.xhtml"}
    notes = "".join(
        f"<p>It was the age of wisdom<a href='notes.xhtml#n{i}'>[{i}]</a>, and of foolishness.</p>"
        for i in range(8)
    )
    assert without_lists(notes, "OEBPS/ch1.xhtml", files) == notes
    four = "".join(f"<p><a href='{k}.xhtml'>{LABELS[k]}</a></p>" for k in LABELS)
    four += "<p><a href='notes.xhtml'>Notes</a></p>"
    assert without_lists(four, "OEBPS/x.xhtml", files) == four  # 4 links: no list
    assert html_to_text(without_lists(four + four, "OEBPS/x.xhtml", files)).strip() == ""


def test_guard_books_without_lists_read_as_before():
    book = _book(BOOK)
    assert book.text.startswith("CHAPTER I. The Period\n")
    assert book.removed == len(html_to_text(CONTENTS))  # session 45's page only


def test_guard_a_run_of_note_references_stays():
    """Review (session 46): five or more note references in a row ("[3][4][5][6][7]",
    tags only between them) are a run of links, but into one or two files: no contents
    list (MIN_TARGETS), even when the NCX names the notes file."""
    files = {"OEBPS/ch1.xhtml", "OEBPS/ch2.xhtml", "OEBPS/ch3.xhtml", "OEBPS/notes.xhtml"}
    refs = "".join(f"<sup><a href='notes.xhtml#n{i}'>[{i}]</a></sup>" for i in range(3, 9))
    chapter = CH1.replace("</p>", f"{refs}</p>", 1)
    assert without_lists(chapter, "OEBPS/ch1.xhtml", files) == chapter
    own = refs.replace("notes.xhtml#n5", "#r5").replace("notes.xhtml#n7", "#r7")
    chapter = CH1.replace("</p>", f"{own}</p>", 1)
    assert without_lists(chapter, "OEBPS/ch1.xhtml", files) == chapter


def test_guard_links_between_words_are_no_list():
    """Review (session 46): cross-references in a paragraph, five links to three
    chapters with words between them, stay (only tags and blanks join a run)."""
    files = {"OEBPS/ch1.xhtml", "OEBPS/ch2.xhtml", "OEBPS/ch3.xhtml"}
    prose = (
        "<p>It was the year of Our Lord one thousand seven hundred and seventy-five (see "
        "<a href='ch1.xhtml'>The Period</a>); the Dover mail toiled up Shooter's Hill "
        "(<a href='ch2.xhtml'>The Mail</a>, and again <a href='ch2.xhtml#hill'>the hill</a>), "
        "and every human creature is a profound secret (<a href='ch3.xhtml'>The Night "
        "Shadows</a>, <a href='ch3.xhtml#c3'>A Wonderful Fact</a>).</p>"
    )
    assert without_lists(prose, "OEBPS/ch1.xhtml", files) == prose
