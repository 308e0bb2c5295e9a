"""Clause ``contents_part_after_gap`` (session 55): a contents list in numbered parts whose
part groups stand two blank lines apart.

Rule ``contents_list`` ends a list at a gap of two blank lines, and session 49's
``contents_group_after_gap`` takes a group after it only when the group is short (at most
``MAX_GROUP_LINES`` lines) and opens at the list's smallest indentation. A list set out by
parts, "Part I: The Enigmas of Innocent Smith" and its chapters, two blank lines, "Part II:
The Explanations of Innocent Smith" and its chapters (Chesterton's Manalive), or "VOLUME I:
DEPARTMENTAL DITTIES AND OTHER VERSES" and its 20 poems, two blank lines, "VOLUME II: BALLADS
AND BARRACK-ROOM BALLADS" and its 29 (Kipling's Departmental Ditties and Barrack Room
Ballads), stopped after its first part: the second part's line stood as a heading over the
whole first part of the book (session 54's Manalive, session 55's Kipling).

After the gap the list goes on over a group that

- opens with the same division word as the list's first line (Part, Book, Volume) and the
  number after the last such line of the list (``part_next_number``: "Part II" after "Part
  I");
- has no blank line inside but one under its first line, no line longer than a heading line (``hd.MAX_LINE``), at most
  ``MAX_PART_LINES`` lines, and a gap of two blank lines (or the text's end) after it;
- names a division of the body: a short line after it opens with the same word and number
  ("Part II", "VOLUME II BALLADS AND BARRACK-ROOM BALLADS").

A body's own part heading after a list is none of these: the body does not repeat it further
on.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from transforms import headings as hd
from transforms.heading_numbers import number_value

if TYPE_CHECKING:
    from transforms.contents import Lines

MAX_PART_LINES = 60
_PART = re.compile(r"(part|book|volume|vol\.)\s+([ivxlcdm]+|\d+|[a-z]+)\b", re.IGNORECASE)


def _part(text: str) -> tuple[str, int] | None:
    m = _PART.match(text)
    if not m:
        return None
    value = number_value(m[2])
    return (m[1].casefold(), value) if value is not None else None


def part_group(lines: Lines, start: int, end: int, j: int) -> int | None:
    """Clause ``contents_part_after_gap`` (module docstring): the last line of the part group
    at line ``j`` after the gap of the list [``start``, ``end``), else None."""
    texts, blank = lines.texts, lines.blank
    n = len(texts)
    if j >= n or blank[j]:
        return None
    first = next((x for x in range(start + 1, end) if not blank[x]), None)
    head = _part(texts[first]) if first is not None else None
    got = _part(texts[j])
    if head is None or got is None or got[0] != head[0]:
        return None
    listed = [p for p in (_part(texts[x]) for x in range(first, end)) if p and p[0] == head[0]]
    if got[1] != listed[-1][1] + 1:  # clause part_next_number
        return None
    k = j + 1
    if k + 1 < n and blank[k] and not blank[k + 1]:
        k += 1  # one blank line under the part's line ("VOLUME II: ..." / blank / its poems)
    while k < n and not blank[k]:
        k += 1
    if k - j > MAX_PART_LINES or any(len(texts[x]) > hd.MAX_LINE for x in range(j, k)):
        return None
    if k + 1 < n and not blank[k + 1]:
        return None
    for x in range(k, n):
        if texts[x] and len(texts[x]) <= hd.MAX_LINE and _part(texts[x]) == got:
            return k - 1
    return None
