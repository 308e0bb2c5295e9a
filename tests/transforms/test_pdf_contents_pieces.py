"""R's FAQ through ``pdftotext -layout`` (session 24, second wave): the contents list's
lines that unwrapping or the page cut leave joined. Clauses ``entry_line_above``
(``transforms.page_furniture``), ``number_no_period`` (``transforms.contents``),
``entries_on_one_line`` (``transforms.contents_pieces``), ``rest_over_subsection``
(``transforms.wrapped_titles``).

Real text: "R FAQ" (R 4.2.2, Debian ``r-doc-pdf``, ``R-FAQ.pdf`` through ``pdftotext
-layout``, poppler 22.12): contents lines (leader dots shortened) as normalization and
unwrapping leave them, the body's headings with their first lines; its Legalese
paragraph repeated to fill the pages around page breaks (the pages are made up, the lines
are the FAQ's). The sub-section "7.32.1" under 7.32's wrapped title is made up (the FAQ's
7.32 has none; the shape is that of any numbered manual whose section opens with its first
sub-section).
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.contents import scan_lines
from transforms.contents_numbers import key
from transforms.contents_pieces import entry_pieces
from transforms.normalize import normalize_text
from transforms.page_furniture import page_furniture
from transforms.sections import find_sections
from transforms.textedit import apply_edits
from transforms.wrapped_titles import title_rest

DOTS = " . . . . . . . . . . . . . . ."
CONTENTS = (
    "Table of Contents\n\n"
    f"1 Introduction{DOTS} 1\n"
    f" 1.1 Legalese{DOTS} 1\n"
    f" 1.2 Obtaining this document{DOTS} 1\n\n"
    f"5 R Add-On Packages{DOTS} 21\n"
    f" 5.1 Which add-on packages exist for R?{DOTS} 21 5.1.1 Add-on packages in R.{DOTS} 21 ii\n"
    "\n"
    f" 5.1.2 Add-on packages from CRAN{DOTS} 21\n\n"
    f"7 R Miscellanea{DOTS} 26\n"
    f" 7.30 I installed a package but the functions are not there.{DOTS} 37\n"
    f" 7.31 Why doesn’t R think these numbers are equal?{DOTS} 37 iii\n"
    "\n"
    f" 7.32 How can I capture or ignore errors in a long simulation?{DOTS} 38\n\n"
    f"10 Acknowledgments{DOTS} 48\n"
)
LEGALESE = (
    "This document is free software; you can redistribute it and/or modify it under the\n"
    "terms of the GNU General Public License as published by the Free Software Foundation;\n"
    "either version 2, or (at your option) any later version.\n"
)


def _sections(text: str) -> list[str]:
    return [s.title for s in find_sections(clean_text(normalize_text(text)).text)[0]]


def test_entries_on_one_line_pieces():
    a, b = entry_pieces(
        f"5.1 Which add-on packages exist for R?{DOTS} 21 5.1.1 Add-on packages in R.{DOTS} 21 ii"
    )
    assert (key(a, numbering=True), key(b, numbering=True)) == (
        "51whichaddonpackagesexistforr",
        "511addonpackagesinr",
    )
    assert entry_pieces(f"7.31 Why doesn’t R think these numbers are equal?{DOTS} 37 iii") == [
        f"7.31 Why doesn’t R think these numbers are equal?{DOTS} 37"
    ]
    # An entry with its page number alone, or a title holding numbers, stays whole.
    one = f"2.5.1 How can R be installed (Unix-like){DOTS} 3"
    assert entry_pieces(one) == [one]
    assert entry_pieces("Chapter 1: Introduction 2") == ["Chapter 1: Introduction 2"]


def test_entries_on_one_line_the_body_headings_are_found():
    text = (
        CONTENTS
        + "\n\n1 Introduction\n\n"
        + "This document contains answers to some of the most frequently asked questions about R.\n"
        + "\n1.1 Legalese\n" + LEGALESE * 3
        + "\n1.2 Obtaining this document\n" + LEGALESE * 2
        + "\n5 R Add-On Packages\n\n5.1 Which add-on packages exist for R?\n"
        + "5.1.1 Add-on packages in R\n"
        + "The R distribution comes with the following packages:\n" + LEGALESE * 2
        + "\n5.1.2 Add-on packages from CRAN\n" + LEGALESE * 2
        + "\n7 R Miscellanea\n\n"
        + "7.30 I installed a package but the functions are not there\n"
        + "To actually use the package, it needs to be loaded using library().\n" + LEGALESE
        + "\n7.31 Why doesn’t R think these numbers are equal?\n"
        + "The only numbers that can be represented exactly in R’s numeric type are integers "
        + "and\nfractions whose denominator is a power of 2.\n" + LEGALESE
        + "\n7.32 How can I capture or ignore errors in a long simulation?\n" + LEGALESE
        + "\n10 Acknowledgments\n" + LEGALESE
    )  # fmt: skip
    titles = _sections(text)
    for title in (
        "5.1 Which add-on packages exist for R?",
        "5.1.1 Add-on packages in R",
        "7.31 Why doesn’t R think these numbers are equal?",
    ):
        assert title in titles, (title, titles)


def test_entry_line_above_the_list_keeps_its_end_apart_from_the_body():
    pages = [LEGALESE * 4 + "This document is free software; you can redistribute it\n"] * 6
    body = "".join(
        f"{page}\n {n}\n\nand/or modify it under the terms of the License.\n"
        for n, page in enumerate(pages, start=2)
    )
    text = (
        CONTENTS
        + " 1\n\n\n\n1 Introduction\n\n"
        + "This document contains answers to some of the most frequently asked questions about R.\n"
        + "\n\n1.1 Legalese\n"
        + body
    )
    cut, _ = apply_edits(text, page_furniture(text))
    assert f"Acknowledgments{DOTS} 48\n\n1 Introduction\n" in cut
    assert "\n 3\n" not in cut  # the body's page numbers still go


def test_number_no_period_opens_the_body_after_the_list():
    text = (
        CONTENTS
        + "\n1 Introduction\n\n"
        + "This document contains answers to some of the most frequently asked questions about R.\n"
        + "\n\n1.1 Legalese\n"
        + LEGALESE * 3
        + "\n1.2 Obtaining this document\n"
        + "The latest version of this document is always available from\n"
        + "https://CRAN.R-project.org/doc/FAQ/R-FAQ.html.\n" * 3
    )
    titles = _sections(text)
    assert "1 Introduction" in titles
    assert "1.1 Legalese" in titles


def test_rest_over_subsection_a_wrapped_title_over_its_first_subsection():
    text = (
        "7.32 How can I capture or ignore errors in a long\n"
        "simulation?\n"
        "7.32.1 Using try()\n"
        'Use try(), which returns an object of class "try-error" instead of an error.\n'
    )
    lines = scan_lines(text)
    assert title_rest(lines, 0, "How can I capture or ignore errors in a long") == 1
    # A sibling's number under the rest is no sub-section: the two lines are no title.
    sibling = text.replace("7.32.1 Using try()", "7.33 Why are powers of negative numbers wrong?")
    lines = scan_lines(sibling)
    assert title_rest(lines, 0, "How can I capture or ignore errors in a long") is None


def test_glued_title_three_lines_a_title_over_three_lines_named_by_its_entry():
    entry = (
        "7.36 Why are there unwanted borders, lines or grid-like artifacts when viewing a plot "
        "saved to a PS or PDF file?"
    )
    text = (
        "Table of Contents\n\n"
        f"7 R Miscellanea{DOTS} 26\n"
        f" 7.35 Why are p-values not displayed when using lmer()?{DOTS} 39\n"
        f" {entry}{DOTS} 39\n"
        f" 7.37 Why does backslash behave strangely inside strings?{DOTS} 39\n\n\n"
        "7 R Miscellanea\n\n"
        "7.35 Why are p-values not displayed when using lmer()?\n"
        "Doug Bates has kindly provided an extensive response in a post to the r-help list.\n"
        + LEGALESE
        + "\n7.36 Why are there unwanted borders, lines or grid-like\n"
        "artifacts when viewing a plot saved to a PS or PDF\n"
        "file?\n"
        "This can occur when using functions such as polygon(), filled.contour(), image() or\n"
        + LEGALESE
        + "\n7.37 Why does backslash behave strangely inside strings?\n"
        "This question most often comes up in relation to file names.\n" + LEGALESE
    )
    titles = _sections(text)
    assert entry in titles, titles
    assert "7.37 Why does backslash behave strangely inside strings?" in titles


def test_entry_line_goes_on_a_sentence_line_ending_on_dots_and_a_number():
    # R Internals (R 4.2.2, r-doc-pdf, section 6.1): a sentence's line ends on "32...255",
    # the form of a contents entry; set at a page's foot, the sentence goes on after the
    # page's number: one newline stays (unwrap joins the halves), no paragraph break.
    above = (
        "The interpretation of ‘c’ depends on the locale. In a single-byte locale values 32...255\n"
    )
    below = "indicate the corresponding character in the locale (if present).\n"
    pages = []
    for n in range(2, 9):
        last = above if n == 5 else "This document is free software; you can redistribute it\n"
        nxt = below if n == 5 else "and/or modify it under the terms of the License.\n"
        pages.append(f"{LEGALESE * 4}{last}\n {n}\n\n{nxt}")
    text = "".join(pages)
    cut, _ = apply_edits(text, page_furniture(text))
    assert "\n 5\n" not in cut  # the page numbers go
    assert "values 32...255\nindicate the corresponding" in cut
