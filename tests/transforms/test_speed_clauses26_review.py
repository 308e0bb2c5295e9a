"""Review of the session-26 speed clauses (branch wtF): cases the first tests let through.

Each test fails when the clause's code is changed in the way named in it (a mark left out
of ``_LOWER_NUMERAL``, ``glued_headings`` calling a digits-only pre-test, ``drop_lists``
dropping the page-number conjunct of its long-line sums).

Real text: "An Introduction to R" (R 4.2.2, Debian ``r-doc-pdf``, ``R-intro.pdf`` through
``pdftotext -layout``): its appendix B "Invoking R" with sections B.1 and B.2 and their
contents entries (leader dots shortened), as ``tests/transforms/test_glued_headings.py``
quotes chapter 1; lower-case Roman item and page numbers ("ii)", "iv.", "— xii —") as
front matter and legal texts set them.
"""

from __future__ import annotations

import pytest

import transforms.headings as hd
from tests.transforms.test_speed_clauses26 import _sums_before
from transforms import contents as ct
from transforms.normalize import normalize_text
from transforms.sections import find_sections

# What _NUMERAL_LINE reads after a lower-case numeral: every one of its closing marks.
NUMERAL_LINES = [
    f"{n}{post}"
    for n in ("ii", "iv", "xii", "mdc")
    for post in (".", ")", "]", ">", "»", ":", " —", " -", " –", " ~", " *", " =", ". —")
]


@pytest.mark.parametrize("line", NUMERAL_LINES)
def test_lower_first_reject_every_numeral_mark(line, monkeypatch):
    # Clause lower_first_reject: "iv —" and "ii)" are numerals; with a mark missing from
    # _LOWER_NUMERAL the clause rejected them (two lower-case letters reach the bar).
    new = hd.line_candidates(line, 0, 0, len(line))
    assert [c.kind for c in new] == ["numeral"]
    monkeypatch.setattr(hd, "LOWER_PREFIX", False)
    assert new == hd.line_candidates(line, 0, 0, len(line))


LEADER = " ." * 20
R_APPENDIX = (
    "Table of Contents\n\n"
    f"1      Introduction and preliminaries{LEADER} 2\n"
    f"    1.1 The R environment{LEADER} 2\n\n"
    f"Appendix B Invoking R{LEADER} 82\n"
    f"    B.1 Invoking R from the command line{LEADER} 82\n"
    f"    B.2 Invoking R under Windows{LEADER} 87\n\n\n\n"
    "1 Introduction and preliminaries\n\n"
    "1.1 The R environment\n"
    "R is an integrated suite of software facilities for data manipulation, calculation "
    "and graphical\ndisplay. Among other things it has\n\n"
    "Appendix B Invoking R\n\n"
    "B.1 Invoking R from the command line\n"
    "When working at a command line on UNIX or Windows, the command ‘R’ can be used both "
    "for\nstarting the main R program in the form\n\n"
    "B.2 Invoking R under Windows\n"
    "There are two ways to run R under Windows. Within a terminal window (e.g. cmd.exe "
    "or a more\ncapable shell), the methods described in the previous section may be "
    "used.\n"
)


def test_number_first_char_glued_appendix_sections():
    # Clause number_first_char in glued_headings: "B.1 Invoking R from the command line"
    # (its paragraph right under it) opens with a capital A-Z and must reach _NUMBERED;
    # a digits-only pre-test lost the appendix's sections.
    titles = [s.title for s in find_sections(normalize_text(R_APPENDIX))[0]]
    assert "B.1 Invoking R from the command line" in titles
    assert "B.2 Invoking R under Windows" in titles


def test_text_sums_lists_page_number_lines():
    # Clause text_sums_lists: a long line ending in a page number (the contents entries
    # with no "Table of Contents" over them: no list region) is real text, not long text.
    text = normalize_text(R_APPENDIX.removeprefix("Table of Contents\n\n"))
    lines = ct.scan_lines(text)
    cands = [
        c
        for i, t in enumerate(lines.texts)
        for c in hd.line_candidates(t, lines.starts[i], i, lines.ends[i])
    ]
    _, found = ct.drop_lists(lines, cands)
    before = _sums_before(lines, cands, found.in_list)
    assert (found.text.chars, found.text.lines, found.text.long) == (
        before.chars,
        before.lines,
        before.long,
    )
    ends = [i for i, t in enumerate(lines.texts) if len(t) >= 70 and hd.ends_in_page_number(t)]
    assert ends and any(found.text.lines[i + 1] > found.text.lines[i] for i in ends)
    assert all(found.text.long[i + 1] == found.text.long[i] for i in ends)
