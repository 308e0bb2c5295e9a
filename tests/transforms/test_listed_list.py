"""Clause ``listed_list`` (``transforms.contents_runs``, session 23): a preface that
lists the chapters by number and title is no run of sections.

Real text: the chapter titles, contents entries and first sentences of "R Installation
and Administration" (R 4.2.2, Debian ``r-doc-pdf``, ``R-admin.pdf`` through ``pdftotext``,
each first sentence repeated to stand in for the chapter's pages). The preface line
"This manual is divided into four chapters:" and its list are a construction (the
session-22 review's case); none of the 46 PDF and text manuals we hold has one.
"""

from __future__ import annotations

from transforms.normalize import normalize_text
from transforms.sections import find_sections

LEADER = " ." * 20
CHAPTERS = [
    ("1 Obtaining R", "Sources, binaries and documentation for R can be obtained via CRAN."),
    (
        "2 Installing R under Unix-alikes",
        "R will configure and build under most common Unix and Unix-alike platforms.",
    ),
    (
        "3 Installing R under Windows",
        "The bin/windows directory of a CRAN site contains binaries for a base distribution.",
    ),
    (
        "4 Installing R under macOS",
        "The front page of a CRAN site has a link which takes you to a new page.",
    ),
]
TEXT = (
    "Table of Contents\n\n"
    + "".join(f"{title}{LEADER} {2 * k + 1}\n" for k, (title, _) in enumerate(CHAPTERS))
    + "\n\n\nPreface\n\nThis manual is divided into four chapters:\n\n"
    + "".join(f"{title}\n\n" for title, _ in CHAPTERS)
    + "Read them in order.\n\n"
    + "".join(f"{title}\n\n" + f"{first}\n\n" * 20 for title, first in CHAPTERS)
)


def test_listed_list_a_preface_listing_the_chapters_makes_no_sections():
    """Clause listed_list: the preface's four lines "1 Obtaining R" ... each named a
    contents entry (rule listed) and were four empty level-1 sections above the
    chapters, which came a level lower; now the chapters alone are sections, at one
    level, each with its text."""
    text = normalize_text(TEXT)
    sections = find_sections(text)[0]
    titled = [s for s in sections if s.title and s.title != "Preface"]
    assert [s.title for s in titled] == [title for title, _ in CHAPTERS]
    assert len({s.level for s in titled}) == 1
    for s, (_, first) in zip(titled, CHAPTERS, strict=True):
        assert first in text[s.start : s.end]
