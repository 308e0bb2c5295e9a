"""A work's numbered parts under it, told by their titles (session 45).

Clause ``numbered_parts_under_their_work``: a collection of stories whose stories run
in parts titles each part after the first with the story's name and the part's number
after a dash: Henty's Tales from the Works of G. A. Henty has "THE MATE'S STORY." over
part I's text, then "THE MATE'S STORY.—II." ... "—V.", "THE EXPLOSION IN THE VAUGHAN
PIT." then "THE VAUGHAN PIT.—II." ... (the name may be shortened: a run of the title's
words). Every one of them was a confirmed line in capitals at a chapter's rank, so the
stories and their parts shared level 1. Here each such part takes the story's rank plus
one: every other line of the series goes to the rank just above (as clause
``listed_works_over_unlisted`` does, transforms.listed_works), the parts stay.

Guards (each keeps the confirmed headings as they were):
- nothing is confirmed above a chapter's rank (a book with parts, volumes or numbered
  chapters has its levels from them);
- a part's title is NAME, a dash (—, –, --, -) and a Roman numeral (a final stop
  allowed); NAME's words are a run of the words of the work's title, the nearest
  heading before it of the same rank that is no part, and the work's title is not one
  ("BOOK—I", "BOOK—II" are a series, no work and its parts);
- the parts after a work are numbered on from it, one by one: II, III ... (or I, II
  ...), the same NAME, no other heading of that rank between;
- two or more parts in the book.

Cost: one pass over the confirmed headings.
"""

from __future__ import annotations

import re

from transforms import headings as hd
from transforms.heading_numbers import roman_value

_PART = re.compile(r"^(?P<name>.*?\w)[.,]?\s*(?:—|–|--|-)\s*(?P<num>[IVXLC]+)\.?$")
_WORD = re.compile(r"[^\W_]+")
_MIN_PARTS = 2


def _words(title: str) -> list[str]:
    return _WORD.findall(title.replace("’", "'").replace("'", "").upper())


def _part(title: str) -> tuple[list[str], int] | None:
    """``(NAME's words, number)`` of a part's title, else None."""
    m = _PART.match(title.strip().strip("*_ "))
    if not m:
        return None
    value = roman_value(m.group("num"))
    words = _words(m.group("name"))
    return (words, value) if value and words else None


def _names(words: list[str], title: list[str]) -> bool:
    """``words`` are a run of ``title``'s words."""
    n = len(words)
    return any(title[i : i + n] == words for i in range(len(title) - n + 1))


def work_parts(confirmed: list[tuple[hd.Candidate, int]]) -> list[tuple[hd.Candidate, int]]:
    """Clause ``numbered_parts_under_their_work`` (module docstring)."""
    if any(r < hd.CAPS_RANK for _, r in confirmed):
        return confirmed
    series = [k for k, (_, r) in enumerate(confirmed) if r == hd.CAPS_RANK]
    parts: set[int] = set()
    work, name, number = None, None, 0  # the work the parts so far follow
    for k in series:
        title = confirmed[k][0].title
        part = _part(title)
        if part is None:
            work, name, number = _words(title), None, 0
            continue
        words, value = part
        if name is None:  # the work's first part named: II (part I is under the title) or I
            follows = work is not None and value in (1, 2) and _names(words, work)
        else:
            follows = value == number + 1 and words == name
        if follows:
            parts.add(k)
            name, number = words, value
        else:
            work, name, number = None, None, 0
    if len(parts) < _MIN_PARTS:
        return confirmed
    top = hd.CAPS_RANK - 1
    return [(c, top if k in series and k not in parts else r) for k, (c, r) in enumerate(confirmed)]
