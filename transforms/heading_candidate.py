"""A heading candidate (``Candidate``) and the ranks of its kinds.

``transforms.headings`` and the modules it draws on (``keyword_headings``,
``setext_headings``) make candidates; ``transforms.sections`` confirms them.
Rank: lower = higher in the book (volumes 8, parts 9-10, chapters 20, sections
25-30, titled numbers 38, bare numbers 40). Moved from ``transforms.headings``
in session 26, unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_LINE = 150  # longer lines are paragraphs, never headings ...
MAX_KEYWORD_LINE = 1000  # ... except a keyword heading with a long title or place
CJK_RANK = {"卷": 10, "部": 10, "篇": 10, "集": 10, "回": 20, "章": 20, "节": 30, "節": 30,
            "편": 10, "장": 20, "절": 30, "관": 35, "幕": 10, "场": 30, "場": 30, "話": 20, "话": 20}  # fmt: skip
PART_RANK = 10  # a part, book or volume ("PART II", "BOOK 2", "第二篇") ranks so or above
NAMED_RANK = CAPS_RANK = 20
NUMBERED_RANK, NUMERAL_RANK = 38, 40


@dataclass(frozen=True)
class Candidate:
    """A line (or the second heading of a line) that could be a heading."""

    start: int  # offset of the heading's first character
    end: int  # end of the line (before its newline)
    line: int  # index of the line in the text
    kind: str
    rank: int
    title: str  # the heading text, whitespace collapsed
    series: str = ""  # candidates that should number 1, 2, 3 ... share it
    value: int | None = None
    rest: str = ""  # what follows the number ("" = the heading has no title)
    second: bool = False  # the second heading of a line


def squash(text: str) -> str:
    return " ".join(text.split())
