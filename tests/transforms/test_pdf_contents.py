"""Contents lists of manuals converted from PDF (session 22): clause ``title_number``
of ``transforms.contents``.

Real text: debmake-doc 1.17 (Debian ``debmake-doc``), "Guide for Debian Maintainers",
``debmake-doc.en.pdf`` through ``pdftotext -layout`` (poppler 22.12): lines of its
contents (the leader dots shortened) and of chapter 7's sections 7.14-7.17 with
their first lines; the construction puts one blank line under each body heading
(the -layout text sets the paragraph right under it, which no rule reads as a
heading yet).
"""

from __future__ import annotations

import pytest

from transforms import contents as ct
from transforms.normalize import normalize_text
from transforms.sections import find_sections

LEADER = " ." * 20
CONTENTS = [
    f"    7.13 3.0 source format{LEADER}     75",
    f"    7.14 CDBS{LEADER}      75",
    f"    7.15 Build under UTF-8{LEADER}       76",
    f"    7.16 UTF-8 conversion{LEADER}      76",
    f"    7.17 Upload orig.tar.gz{LEADER}      76",
]
BODY = [
    (
        "7.14      CDBS",
        "The Common Debian Build System (CDBS) is a wrapper system over the debhelper "
        "package. The CDBS is based\non the Makefile inclusion mechanism and configured "
        "by the DEB_* configuration variables set in the debian/rules\nfile.",
    ),
    (
        "7.15      Build under UTF-8",
        "The default locale of the build environment is C.\n   Some programs such as the "
        "read function of Python3 change their behavior depending on the locale.\n   "
        "Adding the following code to the debian/rules file ensures building the program "
        "under the C.UTF-8 locale.",
    ),
    (
        "7.16      UTF-8 conversion",
        "If upstream documents are encoded in old encoding schemes, converting them to "
        "UTF-8 is a good idea.",
    ),
    (
        "7.17      Upload orig.tar.gz",
        "When you first upload the package to the archive, you need to include the "
        "original orig.tar.gz source, too.\n    If the Debian revision number of the "
        "package is either 1 or 0, this is the default. Otherwise, you must provide",
    ),
]
TEXT = (
    "Contents\n\n"
    + "\n".join(CONTENTS)
    + "\n\n\n\n"
    + "".join(f"{head}\n\n{para}\n\n\n" for head, para in BODY)
)


def test_title_number_a_title_ending_in_a_number_keeps_its_section():
    """Clause title_number: "7.15 Build under UTF-8" is a section under its entry
    "7.15 Build under UTF-8 . . . 76"; before, the entry's key kept "8" (only the
    page number "76" was taken off) and the body heading's lost it ("8" read as a
    page number), so the section was lost and its text went to 7.14 CDBS."""
    text = normalize_text(TEXT)
    sections, _ = find_sections(text)
    titles = [s.title for s in sections if s.title]
    assert titles == [
        "7.14 CDBS",
        "7.15 Build under UTF-8",
        "7.16 UTF-8 conversion",
        "7.17 Upload orig.tar.gz",
    ]
    at = {s.title: s for s in sections}
    utf8 = at["7.15 Build under UTF-8"]
    assert text[utf8.start : utf8.end].count("C.UTF-8 locale") == 1
    assert "C.UTF-8 locale" not in text[at["7.14 CDBS"].start : at["7.14 CDBS"].end]


def test_title_number_keys_only_an_entry_ending_in_two_numbers():
    """The entry answers for its title's key with its own number as the body gives
    it; an entry ending in one number after a word ("CDBS . . . 75") gets no
    second key."""
    found = ct.Contents()
    for line in CONTENTS:
        found.add(line.strip(), 4)
    assert found.listed("7.15 Build under UTF-8") == ct.key(CONTENTS[2])
    assert ct.key("7.15 Build under UTF-8", numbering=True) in found.full
    assert found.listed("7.14 CDBS") == ct.key(CONTENTS[1])
    assert found.listed("7.14 CDB") is None
    assert ct.own_number_keys("7.16 UTF-8 conversion . . . 76") is None


# Clause own_number_first (review): titles that differ only in their closing number,
# as the "What's New" chapters of Python's documentation (its PDF contents: "What's
# New In Python 3.12 . . . 3"; the first line of each chapter as the docs give it).
WHATS_NEW = [("3.12", "3.11", 3), ("3.11", "3.10", 40), ("3.10", "3.9", 81)]


def test_own_number_first_titles_differing_in_their_number_keep_their_sections():
    """Clause own_number_first: each "What's New In Python 3.1x" is a section; before,
    title_number keyed all three bodies as "whatsnewinpython3", which answered for the
    first entry only, so 3.11 and 3.10 were lost and their text went to 3.12."""
    contents = "".join(f"What's New In Python {v}{LEADER} {p}\n" for v, _, p in WHATS_NEW)
    body = "".join(
        f"What's New In Python {v}\n\nThis article explains the new features in Python "
        f"{v}, compared to {old}.\nFor full details, see the changelog.\n\n\n"
        for v, old, _ in WHATS_NEW
    )
    text = normalize_text(f"Contents\n\n{contents}\n\n\n{body}")
    sections, _ = find_sections(text)
    assert [s.title for s in sections if s.title] == [
        f"What's New In Python {v}" for v, _, _ in WHATS_NEW
    ]
    for s in sections[1:]:
        assert text[s.start : s.end].count("This article explains") == 1
    # A title that is numbering only keys as "" with the number put back: no match
    # with an entry that keys as "" (a page number "7" on a line of its own, R-intro).
    found = ct.Contents()
    for entry in ("Preface", "7", "Introduction and preliminaries"):
        found.add(entry, 0)
    assert found.listed("CHAPTER 12") is None


# "An Introduction to R" (R 4.2.2, Debian ``r-doc-pdf``: R-intro.pdf through
# ``pdftotext`` without -layout): its contents as converted (the leaders shortened;
# the page numbers of entries it wrapped went to lines of their own) and the opening
# lines of chapters 1 and 2 (the page number "8" above the second, as converted).
R_INTRO = "\n".join(
    [
        "Team.",
        "",
        "i",
        "",
        "Table of Contents",
        f"Preface{LEADER} 1",
        "1",
        "",
        f"Introduction and preliminaries{LEADER} 2",
        f"1.1 The R environment{LEADER}",
        f"1.2 Related software and documentation{LEADER} 2",
        f"1.3 R and statistics{LEADER}",
        "",
        "2",
        "",
        "Simple manipulations; numbers and vectors . . 8",
        "2.1",
        "2.2",
        "",
        "",
        "",
        "1 Introduction and preliminaries",
        "1.1 The R environment",
        "R is an integrated suite of software facilities for data manipulation, calculation"
        " and graphical",
        "display. Among other things it has",
        "",
        "8",
        "",
        "2 Simple manipulations; numbers and vectors",
        "2.1 Vectors and assignment",
        "R operates on named data structures. The simplest such structure is the numeric vector,",
        "which is a single entity consisting of an ordered collection of numbers.",
        "",
    ]
)


def test_opener_over_entries_the_lists_chapter_numbers_are_no_sections():
    """Clause opener_over_entries (transforms.contents_openers): "Table of Contents"
    right over "Preface . . . 1" opens the list, so its lone chapter numbers "1" and
    "2" are list lines; before, they were sections titled "1" and "2"."""
    text = normalize_text(R_INTRO)
    sections, _ = find_sections(text)
    titles = [s.title for s in sections]
    assert "1" not in titles and "2" not in titles
    assert all(not t.strip().isdigit() for t in titles)
    lines = ct.scan_lines(text)
    assert lines.texts.index("Table of Contents") in ct.text_openers(lines.texts)


@pytest.mark.parametrize(
    "below",
    [
        # over prose (the R FAQ's "2.10 What is the R Journal?" paragraph, first line)
        "The R Journal is the refereed journal of the R Project for Statistical Computing.",
        "",  # a blank line: the heading candidate "Table of Contents" opens the list
    ],
)
def test_opener_over_entries_only_over_an_entry(below):
    texts = ["Table of Contents", below, "1.1 The R environment"]
    assert ct.text_openers(texts) == set()


# Clause number_off: the chapter and section titles of debmake-doc (its contents, as
# above) with the first lines of their text (debmake-doc.en.pdf through pdftotext
# -layout). The construction: a contents list that names them by title only (as a
# converted HTML or Markdown contents of links does) and body headings numbered as
# DocBook's text output sets them ("2.1. People around Debian").
DEBMAKE_TITLES = [
    (
        "1.",
        "Overview",
        "The Debian packaging of the package-1.0.tar.gz, containing a simple C "
        "source following the GNU Coding Standards and FHS, can be done with the debmake "
        "command as follows.",
    ),
    (
        "2.",
        "Prerequisites",
        "Here are the prerequisites which you need to understand before "
        "you to get involved with Debian.",
    ),
    (
        "2.1.",
        "People around Debian",
        "There are several types of people interacting around "
        "Debian with different roles:\n\n    • upstream author: the person who made the "
        "original program.",
    ),
    (
        "2.2.",
        "How to contribute",
        "Please refer to the following to learn how to contribute "
        "to Debian:\n\n    • How can you help Debian? (official)",
    ),
    (
        "3.",
        "Tool Setups",
        "The build-essential package must be installed in the build "
        "environment.\n    The devscripts package should be installed in the maintainer "
        "environment.",
    ),
    (
        "3.1.",
        "Email address",
        "Various Debian maintenance tools recognize your email address "
        "and name to use by the shell environment variables\n$DEBEMAIL and $DEBFULLNAME.",
    ),
]


def _manual(rows, contents: str) -> str:
    """A contents list (``contents``, titles only) over the body: each row's number and
    title, then its paragraph."""
    body = "".join(f"{n} {t}\n\n{para}\n\n\n" for n, t, para in rows)
    return f"Contents\n\n{contents}\n\n\n\n{body}"


def _titles_only_manual(rows=DEBMAKE_TITLES) -> str:
    """The list indents the sections under their chapters."""
    return _manual(rows, "\n".join(("" if n.count(".") == 1 else "    ") + t for n, t, _ in rows))


def test_number_off_sections_named_by_title_only_are_found():
    """Clause number_off: the list names "People around Debian", the body "2.1. People
    around Debian": the section is found, a level under its chapter. Before, every
    "N.N." section was lost (its key kept "21"), its text went to the chapter."""
    text = normalize_text(_titles_only_manual())
    sections, _ = find_sections(text)
    got = [(s.level, s.title) for s in sections if s.title]
    assert got == [
        (1, "1. Overview"),
        (1, "2. Prerequisites"),
        (2, "2.1. People around Debian"),
        (2, "2.2. How to contribute"),
        (1, "3. Tool Setups"),
        (2, "3.1. Email address"),
    ]
    assert ct.number_off("2.1. People around Debian") == "peoplearounddebian"
    assert ct.number_off("People around Debian") is None


def test_number_off_not_for_an_entry_with_a_number_of_its_own():
    """An entry that has its number ("2.1 People around Debian") names only that
    number: a body "3.1. People around Debian" is no heading by this clause."""
    found = ct.Contents()
    found.add("2.1 People around Debian", 4)
    assert found.listed("3.1. People around Debian") is None
    bare = ct.Contents()
    bare.add("People around Debian", 4)
    assert bare.listed("3.1. People around Debian") == "peoplearounddebian"


def test_number_off_two_listed_chapters_are_found():
    """Clause number_off (listed_numbered): with two chapters only ("1. Overview",
    "2. Prerequisites", too few for their count), a list naming their titles confirms
    them; before, both were lost and only the "N.N." sections stood."""
    two = [row for row in DEBMAKE_TITLES if not row[0].startswith("3")]
    text = normalize_text(_manual(two, "\n".join(t for _, t, _ in two)))
    sections, _ = find_sections(text)
    assert [(s.level, s.title) for s in sections if s.title] == [
        (1, "1. Overview"),
        (1, "2. Prerequisites"),
        (2, "2.1. People around Debian"),
        (2, "2.2. How to contribute"),
    ]


def test_number_off_items_a_numbered_list_naming_chapters_is_no_section():
    """Clause number_off_items (review): the Overview lists the next chapters as steps
    ("1. Prerequisites" / "2. Tool Setups", a construction on debmake-doc's titles, as
    a README's quick start lists its sections). Without the clause number_off made the
    steps level-1 sections, took the list's one use of "Prerequisites" from its chapter
    and pushed the real chapters to level 2, "1. Overview" to level 4."""
    rows = list(DEBMAKE_TITLES)
    n, title, para = rows[0]
    steps = "This guide takes you through:\n\n1. Prerequisites\n\n2. Tool Setups\n\nIn that order."
    rows[0] = (n, title, f"{para}\n\n{steps}")
    text = normalize_text(_titles_only_manual(rows))
    sections, _ = find_sections(text)
    assert [(s.level, s.title) for s in sections if s.title] == [
        (1, "1. Overview"),
        (1, "2. Prerequisites"),
        (2, "2.1. People around Debian"),
        (2, "2.2. How to contribute"),
        (1, "3. Tool Setups"),
        (2, "3.1. Email address"),
    ]
    overview = next(s for s in sections if s.title == "1. Overview")
    assert steps in text[overview.start : overview.end]
    bare = {"prerequisites", "toolsetups"}
    assert ct.item_run(["1. Prerequisites", "", "2. Tool Setups"], 0, bare)
    assert not ct.item_run(["2. Prerequisites", "", "Here are the prerequisites"], 0, bare)


def test_named_neighbour_a_chapter_ending_in_steps_keeps_the_next_chapter():
    """Clause named_neighbour (of number_off_items): Prerequisites ends in a list of
    steps ("1. A working Debian system" / "2. Some patience", a construction on
    debmake-doc's chapters); "3. Tool Setups" right under the last step is the next
    chapter, its neighbour being a step the list does not name. Without the clause
    it was read as a list item and lost."""
    rows = [r for r in DEBMAKE_TITLES if r[0].count(".") == 1]
    n, title, para = rows[1]
    rows[1] = (n, title, f"{para}\n\nYou need:\n\n1. A working Debian system\n\n2. Some patience")
    text = normalize_text(_manual(rows, "\n".join(t for _, t, _ in rows)))
    sections, _ = find_sections(text)
    assert [(s.level, s.title) for s in sections if s.title] == [
        (1, "1. Overview"),
        (1, "2. Prerequisites"),
        (1, "3. Tool Setups"),
    ]
    assert "2. Some patience" in text[sections[-2].start : sections[-2].end]
