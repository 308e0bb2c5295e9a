"""Clause ``page_break_evidence`` (``transforms.page_breaks``, called from rule
``page_furniture``): pdftotext's form feeds, removed by ``normalize``, carried as the
lines that open a page (``Document.page_breaks``); a lone number inside a page that
already has its own number at its edge, or whose number does not count the pages as
its neighbours' do, is not cut.

Real text: aphorism 2 of Nietzsche's *Human, All Too Human* (Project Gutenberg #38145,
``test_page_paragraphs.APHORISM``) stands for each aphorism, numbered "1", "2", ... on
lines of their own, laid out as pdftotext pages of 40 lines with the page's number
alone at its foot and a form feed opening the next page (as the session-26 check laid
the book out: 15 of the 16 aphorism numbers main cut stood far from every break).
"""

from __future__ import annotations

import dataclasses

from schemas import Document
from tests.transforms.test_page_paragraphs import APHORISM
from transforms.boilerplate import remove_boilerplate
from transforms.normalize import normalize_document, normalize_text
from transforms.page_breaks import cut_lines, edge_distances, off_page_numbers, page_break_lines
from transforms.page_furniture import page_furniture

PAGE = 40


def _book(length: int = 42, lead: int = 20, feeds: bool = True):
    """(raw text, folio lines, aphorism-number lines): 30 aphorisms of ``length`` lines
    after ``lead`` lines of text, as pages with a foot folio and form feeds."""
    body = [(line, False) for line in APHORISM[:lead]]
    for k in range(1, 31):
        body += [("", False), (str(k), True), ("", False)]
        body += [(line, False) for line in (APHORISM * 3)[: length - 4] + APHORISM[-1:]]
    out: list[str] = []
    folios, numbers = set(), set()
    for p, start in enumerate(range(0, len(body), PAGE)):
        for n, (line, number) in enumerate(body[start : start + PAGE]):
            if number:
                numbers.add(len(out))
            out.append("\f" + line if feeds and n == 0 and out else line)
        folios.add(len(out) + 1)
        out += ["", str(p + 1), ""]
    return "\n".join(out) + "\n", folios, numbers


def test_page_break_evidence_aphorism_numbers_inside_pages_stay():
    raw, folios, numbers = _book()
    text = normalize_text(raw)
    assert "\f" not in text and len(text.split("\n")) == len(raw.split("\n"))
    breaks = page_break_lines(raw, text)
    assert len(breaks) == len(folios) - 1  # a form feed opens every page but the first
    lines = text.split("\n")
    dist = edge_distances(lines, breaks)
    before = cut_lines(text, page_furniture(text))
    after = cut_lines(text, page_furniture(text, breaks))
    far = {i for i in numbers if dist[i] > 2}
    assert far & before  # without the breaks: aphorism numbers inside pages cut
    assert not far & after  # with them: none inside a page
    assert folios <= before and folios <= after  # every page number still cut
    assert after <= before  # the breaks only keep lines


def test_page_break_evidence_no_feeds_or_chapter_feeds_change_nothing():
    raw, _, numbers = _book(feeds=False)
    text = normalize_text(raw)
    assert page_break_lines(raw, text) == ()
    # Form feeds that part chapters, not pages (a text file's sections): the page
    # count they give does not fit the page numbers, so the rule is as it was.
    lines = raw.split("\n")
    chapters = {i for i in numbers if lines[i] in {"1", "11", "21"}}
    raw = "\n".join("\f" + line if i in chapters else line for i, line in enumerate(lines))
    breaks = page_break_lines(raw, text)
    assert len(breaks) == 3
    assert page_furniture(text, breaks) == page_furniture(text)


def test_page_break_evidence_normalize_carries_breaks_to_boilerplate():
    raw, folios, numbers = _book()
    doc = normalize_document(Document("pg38145-pages", "pg38145.txt", raw.replace("\n", "\r\n")))
    assert doc.text == normalize_text(raw)  # the text and its offsets as without the clause
    assert doc.page_breaks == page_break_lines(raw, doc.text)
    kept = remove_boilerplate(doc).text.split("\n")
    lost = remove_boilerplate(dataclasses.replace(doc, page_breaks=())).text.split("\n")
    assert len(kept) > len(lost)  # the aphorism numbers inside pages kept through the stage
    # A form feed inside a line is a line break to normalize: the page opens after it.
    assert page_break_lines("a\fb\n\fc\n\fd\n\fe", "a\nb\nc\nd\ne") == (1, 2, 3, 4)


def test_page_break_evidence_blank_pages():
    # pdftotext writes a blank page (a book's blank verso) as a form feed alone:
    # "\f\f" opens the next page, which normalize makes two lines. The breaks were all
    # lost for such a text; the blank page counts in the page count the folios follow.
    raw, folios, numbers = _book()
    lines = raw.split("\n")
    opened = [i for i, line in enumerate(lines) if line.startswith("\f")]
    blank = opened[3]
    for i in sorted(folios):
        if i > blank:
            lines[i] = str(int(lines[i]) + 1)  # the folios after the blank page
    lines[blank] = "\f" + lines[blank]
    raw = "\n".join(lines)
    text = normalize_text(raw)
    assert len(text.split("\n")) == len(lines) + 1
    breaks = page_break_lines(raw, text)
    assert len(breaks) == len(opened) + 1  # the blank page's and every other
    shifted = {i + (i > blank) for i in numbers}
    before = cut_lines(text, page_furniture(text))
    after = cut_lines(text, page_furniture(text, breaks))
    dist = edge_distances(text.split("\n"), breaks)
    far = {i for i in shifted if dist[i] > 2}
    assert far & before and not far & after
    assert {i + (i > blank) for i in folios} <= after  # every page number still cut


def test_page_break_evidence_a_footnote_number_off_the_page_count():
    # R Extensions (pdftotext): a footnote's number on a line of its own over its note,
    # on a page whose folio pdftotext did not write (a chapter's first page): number 2
    # on the 6th page, where the folios around count page 6 as 6.
    note = [
        "2",
        "This seems to be commonly used for a file in markdown format.",
        "Be aware that most users of R will not know that, nor know how to",
    ]
    prose = "The sources of an R package consist of a subdirectory containing the files"
    lines, cut, breaks, mark = [], set(), [], -1
    for page in range(1, 12):
        if page > 1:
            breaks.append(len(lines))
        body = [prose] * 12
        if page == 6:
            body[4:4] = note
            mark = len(lines) + 4
            cut.add(mark)  # the rule without the breaks took it as page 6's number
        lines += body
        if page != 6:
            cut.add(len(lines))
            lines.append(str(page))
    assert off_page_numbers(lines, tuple(breaks), cut) == {mark}
