"""Clauses ``page_gap``, ``gap_not_in_contents``, ``gap_room`` and ``gap_page_lines``
(``transforms.page_gaps``, called from rule ``page_furniture``): the page heads and numbers
that the chains miss; R-admin's and R Internals' footnotes and pages (plain pdftotext).

Real text: "R FAQ" (R 4.2.2, Debian ``r-doc-pdf``, ``R-FAQ.pdf`` through ``pdftotext
-layout``, poppler 22.12): its running heads, page numbers and chapter headings, its
Legalese paragraph repeated to fill the pages (the pages' lengths follow the PDF's: a
page of ~46 lines, page 2 of 8, page 20 of 16, 21 of 17, 23 of 19, each ending mid-sentence
as most of its pages do; the lines are the FAQ's). "An Introduction to R" (plain ``pdftotext``): contents lines. "R Installation and
Administration" (``-layout``): a page's foot with its footnotes.
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.page_furniture import page_furniture
from transforms.page_gaps import gap_pages, heading_below, titles_once

LEGALESE = [
    "This document is free software; you can redistribute it and/or modify it under the",
    "terms of the GNU General Public License as published by the Free Software Foundation;",
    "either version 2, or (at your option) any later version.",
]
PAD = " " * 60
CHAPTERS = {
    1: "1 Introduction",
    3: "2 R Basics",
    12: "3 R and S",
    21: "4 R Web Interfaces",
    22: "5 R Add-On Packages",
    26: "6 R and Emacs",
    28: "7 R Miscellanea",
}
HEADS = {
    2: "Chapter 1: Introduction",
    **{n: "Chapter 2: R Basics" for n in range(4, 12)},
    **{n: "Chapter 3: R and S" for n in range(13, 20)},
    **{n: "Chapter 5: R Add-On Packages" for n in range(23, 26)},
    27: "Chapter 6: R and Emacs",
    **{n: "Chapter 7: R Miscellanea" for n in range(29, 36)},
}
SHORT = {2: 7, 20: 16, 21: 16, 23: 19}


def _faq_pages() -> str:
    """Pages 1-35 laid out as R-FAQ's -layout text: each page opens with its head and
    number, or its number alone (a chapter's first page, "20")."""
    out = []
    for n in range(1, 36):
        body = [LEGALESE[k % 3] for k in range(SHORT.get(n, 43))]
        if n in CHAPTERS:
            body = ["", CHAPTERS[n], *body]
        out += [f"{HEADS.get(n, '')}{PAD}{n}", "", "", "", *body]
    return "\n".join(out) + "\n"


def test_page_gap_the_heads_the_chains_miss_are_cut():
    text = normalize_text(_faq_pages())
    cut = {" ".join(text[e.start : e.end].split()) for e in page_furniture(text)}
    # Once ("Chapter 1 ... 2", "Chapter 6 ... 27"), on a page cut short ("... 23" 19 lines
    # after "... 22"), a short chapter's lone numbers ("20", "21").
    for line in ("Chapter 1: Introduction 2", "Chapter 6: R and Emacs 27", "20", "21"):
        assert line in cut
    assert {f"Chapter 5: R Add-On Packages {n}" for n in (23, 24, 25)} <= cut
    clean = clean_text(text).text
    assert "Chapter 5: R Add-On Packages" not in clean
    assert "Chapter 1: Introduction" not in clean
    assert not any(line.strip() in ("20", "21") for line in clean.split("\n"))
    # The chapters' headings stay, each a line of its own.
    assert set(CHAPTERS.values()) <= set(clean.split("\n"))


def test_page_gap_a_line_outside_the_heads_words_is_no_page_line():
    # Page 3 is missing between the page lines of 2 and 4; an R session's line ending in
    # "3" (R-FAQ 3.3.1, "Lexical scoping") sits where page 3's head would.
    lines = ["text"] * 200
    lines[60] = "      S> n <- 3"
    found = [(10, 2), (100, 4)]
    cands = {"S> n <-": [(60, 3)]}
    assert gap_pages(lines, cands, found, {"Chapter 2: R Basics"}, 45.0) == set()
    # The same line under a head's first word is one (the clause's other half).
    cands = {"Chapter 2: R Basics": [(60, 3)]}
    assert gap_pages(lines, cands, found, {"Chapter 2: R Basics"}, 45.0) == {60}


def test_gap_not_in_contents_a_chapters_number_in_the_list_stays():
    # R-intro (plain pdftotext): the list sets chapter 7's number alone between entries;
    # the chains had taken the list's "6" and "8" for page lines.
    lines = [""] * 40
    lines[10] = "6.3.5 Managing the search path . . . . . . . . . . . . . . . 32"
    lines[12] = "7"
    lines[14] = "Reading data from files . . . . . . . . . . . . . . . . . 33"
    lines[5], lines[30] = "6", "8"
    found = [(5, 6), (30, 8)]
    assert gap_pages(lines, {"": [(12, 7)]}, found, set(), 20.0) == set()
    # Without the entries around it, the lone number fills the gap.
    lines[10] = lines[14] = "either version 2, or (at your option) any later version."
    assert gap_pages(lines, {"": [(12, 7)]}, found, set(), 20.0) == {12}


def test_gap_room_footnote_marks_fill_no_gap():
    # R-admin -layout, the foot of page 3: footnotes "1" ... "3"; the chains took "1" and
    # "3" (4 lines apart) for page lines, so "2" would fill the "gap" between them.
    lines = [
        "       make check-devel",
        " 1",
        "   aka ‘Apple Silicon’, known to some as ‘arm64-apple-darwin’.",
        " 2",
        "   Most aspects will work with paths containing spaces, but external software used by R may not.",
        " 3",
        "   which use lib rather than lib64 for their primary 64-bit library directories: attempts are made to detect",
    ]
    assert gap_pages(lines, {"": [(3, 2)]}, [(1, 1), (5, 3)], set(), 48.0) == set()


def test_heading_line_below_a_page_line_over_a_chapter_heading_leaves_a_blank_line():
    # Each chapter's first page opens under a page whose last line ends mid-sentence
    # ("... modify it under the"); the page line between is at a heading all the same
    # (Gri's manual: "end if" / "35" / "8 Real-world examples"), not inside a sentence.
    text = normalize_text(_faq_pages())
    gaps = {
        text[e.end :].split("\n", 1)[0]: e.replacement
        for e in page_furniture(text)
        if e.start > 0 and text[e.end :].split("\n", 1)[0] in CHAPTERS.values()
    }
    assert gaps and set(gaps.values()) == {"\n\n"}


def test_heading_once_a_repeated_title_is_no_heading_below():
    # debmake-doc (pdftotext): the section's mark heads each of its pages
    # ("78" / "CHAPTER 7. TIPS" / "7.21. DEBUG", and again a page on); Gri's chapter
    # heading stands once.
    lines = ["7.21. DEBUG", "Tip", "7.21. DEBUG", "The script command records console outputs."]
    lines += ["8 Real-world examples", "end if"]
    once = titles_once(lines)
    assert not heading_below("7.21. DEBUG", once)
    assert heading_below("8 Real-world examples", once)
    assert not heading_below("end if", once)


def test_gap_page_lines_footnote_marks_over_their_notes_fill_no_gap():
    # R-admin (plain pdftotext), the foot of appendix B's last page: footnotes 7-9, each mark
    # alone over its note. The chains took "7" for a page line; with the next page numbers
    # missing (10 is the next found), "8" and "9" (4 and 2 lines on) were cut as pages 8, 9.
    lines = [
        "then select ‘Installer’ and ‘Open’ if you get a further warning message. This applies also",
        "to some ‘nightly builds’ from https://mac.R-project.org/.",
        "7",
        "",
        "but as a stub invoking an executable provided by the Command Line Tools and the latter is not in",
        "versions 11.5 and later of the Command Line Tools.",
        "8",
        "ls -l ‘xcrun -show-sdk-path‘ in a terminal will show you which SDK is selected.",
        "9",
        "See https://developer.apple.com/documentation/xcode/notarizing_macos_software_before_distribution.",
        "",
    ]
    lines += [
        "Appendix C: Platform notes",
        *["either version 2, or (at your option) any later version."] * 60,
    ]
    lines += ["10"]
    found = [(2, 7), (len(lines) - 1, 10)]
    assert gap_pages(lines, {"": [(6, 8), (8, 9)]}, found, set(), 48.0) == set()


def test_gap_page_lines_a_page_of_two_lines_is_one():
    # R Internals (plain pdftotext): the last page of chapter 10 holds two lines, its number
    # "73" 5 lines after "72", a blank line after it: a page line all the same.
    lines = [
        "72",
        "",
        "For matrix algebra on large matrices one almost certainly wants a machine with a lot of",
        "RAM (100s of gigabytes), many cores and a multi-threaded BLAS.",
        "",
        "73",
        "",
        "Function and variable index",
        *[".Call, .External"] * 60,
        "75",
    ]
    found = [(0, 72), (len(lines) - 1, 75)]
    assert gap_pages(lines, {"": [(5, 73)]}, found, set(), 47.0) == {5}
