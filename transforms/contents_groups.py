"""Clause ``contents_group_after_gap`` (session 49): a contents list whose groups stand two
blank lines apart.

Rule ``contents_list`` ends a list at a gap of two blank lines. Scott's Dryden sets a
volume's contents as one group per play, two blank lines apart (vol. 4: "Almanzor and
Almahide, or the Conquest of Granada ..." with its essays indented under it, then
"Marriage-a-la-Mode, a Comedy" / "Epistle Dedicatory to the Earl of Rochester", then "The
Assignation, or Love in a Nunnery, a Comedy" / ...): the list stopped after the first
play, so the later plays' titles were named by no list and stood as no headings (their acts
fell under the first play's title, session 48's review). After the gap the list goes on over
a group that

- is no entry the list already named (guard ``group_not_listed_before``, review: the line
  after the gap is then the body's heading of that entry, Hardy's "LYRICS AND REVERIES" in
  Satires of Circumstance, whose contents opens "LYRICS AND REVERIES—"; Stevenson's "AN
  INLAND VOYAGE", a work the Swanston vol. 1 contents names only there, is a group);
- has at most ``MAX_GROUP_LINES`` lines, no blank line inside, none longer than a heading
  line (``hd.MAX_LINE``), and a gap of two blank lines after it (or the text's end);
- opens at the list's smallest indentation with every other line indented more (an entry
  and the entries under it: the list's own shape);
- names a line of the body: its first line's title (clause ``listed_reader_title``: up to its
  first mark, as a reader reads it) is a short line further on ("MARRIAGE A-LA-MODE:").

A title page, a dedication or the text after a list is none of these (a title page sets its
lines a blank line apart, centred; prose lines are long; a dedication's lines are no title
the body repeats).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from transforms import headings as hd
from transforms.contents_part_groups import part_group
from transforms.reader_titles import MIN_READER_CHARS, entry_title, reader_form

if TYPE_CHECKING:
    from transforms.contents import Lines

MAX_GROUP_LINES = 8
# a list line's page number ("“A MAN WAS DRAWING NEAR TO ME”      38"), as contents_numbers.key
# reads it: the body's heading of that entry has none
_PAGE_NUMBER = re.compile(r"[\s.]*\d+$")
_GAP_LINES = 4  # blank lines read past to the next group


def groups_after_gap(lines: Lines, start: int, end: int) -> int:
    """Clause ``contents_group_after_gap`` (module docstring): the end of the list whose
    region is [``start``, ``end``) once the groups after its gap are taken."""
    texts, blank, indent = lines.texts, lines.blank, lines.indent
    n = len(texts)
    if end >= n or end - start < 3 or not (blank[end - 1] and blank[end - 2]):
        return end
    base = min((indent[i] for i in range(start + 1, end) if not blank[i]), default=-1)
    shape = _first_group(lines, start, end)  # clause contents_group_spaced
    while True:
        j = end
        while j < n and blank[j] and j - end < _GAP_LINES:
            j += 1
        k = j
        while k < n and not blank[k]:
            k += 1
        spaced = _spaced_group(lines, shape, start, end, j)  # clause contents_group_spaced
        spaced = spaced or part_group(lines, start, end, j)  # clause contents_part_after_gap
        if spaced:
            end = min(spaced + 2, n)
            continue
        if (
            j >= n
            or blank[j]
            or _listed_before(lines, start, end, j)  # guard group_not_listed_before (review)
            or k - j > MAX_GROUP_LINES
            or indent[j] != base
            or any(indent[x] <= base for x in range(j + 1, k))
            or any(len(texts[x]) > hd.MAX_LINE for x in range(j, k))
            or not (k >= n or (k + 1 < n and blank[k + 1]))
            or not _named_later(lines, j, k)
        ):
            return end
        end = min(k + 2, n)


def _first_group(lines: Lines, start: int, end: int) -> list[tuple[bool, bool, int]] | None:
    """Clause ``contents_group_spaced``: the shape of the list's one group before its gap, one
    (blank, page number, indentation) per line from its entry to its last line; None unless
    only blank lines and a "PAGE" column head stand above the entry, the entry alone ends in
    a page number and a blank line stands inside the group."""
    texts, blank = lines.texts, lines.blank
    first = start + 1
    while first < end and (blank[first] or hd.PAGE_COLUMN_HEAD.fullmatch(texts[first])):
        first += 1
    last = end - 3  # the list's last line, above its gap of two blank lines
    if first >= last or last - first >= MAX_GROUP_LINES or blank[last]:
        return None
    shape = [
        (blank[x], not blank[x] and hd.ends_in_page_number(texts[x]), lines.indent[x])
        for x in range(first, last + 1)
    ]
    if not shape[0][1] or any(p for _, p, _ in shape[1:]) or not any(b for b, _, _ in shape):
        return None
    return shape


def _spaced_group(lines: Lines, shape, start: int, end: int, j: int) -> int | None:
    """Clause ``contents_group_spaced`` (session 54): after the gap a group shaped as the list's
    first group (``_first_group``: its entry with a page number, a blank line, a page-less line
    under it, as "A FIGHTING MERMAID. By KIRK MUNROE 1" / "Illustrated by FRED. T. JANE." in
    Yule Logs, Longmans' Christmas Annual for 1898) goes on with the list, if its entry's
    title is a short line of the body and no entry the list named already, and a gap of two
    blank lines (or the text's end) follows it. Returns the group's last line, else None.
    Yule Logs sets its 11 stories two blank lines apart: the list stopped after the first, and
    9 of the 10 other stories' titles stood as no headings."""
    n = len(lines.texts)
    if shape is None or j + len(shape) > n:
        return None
    for x, want in enumerate(shape):
        t = lines.texts[j + x]
        got = (lines.blank[j + x], bool(t) and hd.ends_in_page_number(t), lines.indent[j + x])
        if got != want or len(t) > hd.MAX_LINE:
            return None
    last = j + len(shape) - 1
    if last + 2 < n and not (lines.blank[last + 1] and lines.blank[last + 2]):
        return None
    if _listed_before(lines, start, end, j) or not _named_later(lines, j, last + 1):
        return None
    return last


def _listed_before(lines: Lines, start: int, end: int, j: int) -> bool:
    """Guard ``group_not_listed_before``: the title of line ``j`` is one of the list's
    entries in [``start``, ``end``), with or without the entry's page number (Hardy's Late
    Lyrics: "“A MAN WAS DRAWING NEAR TO ME”   38" names the poem after the gap)."""
    title = reader_form(entry_title(lines.texts[j]))
    return bool(title) and any(
        title in (reader_form(entry_title(t)), reader_form(entry_title(_PAGE_NUMBER.sub("", t))))
        for t in (lines.texts[x] for x in range(start, end) if not lines.blank[x])
    )


def _named_later(lines: Lines, j: int, k: int) -> bool:
    """The title of line ``j`` (the group's entry) is a short line after line ``k``."""
    title = reader_form(entry_title(lines.texts[j]))
    if len(title) < MIN_READER_CHARS:
        return False
    first = title.split()[0]
    for x in range(k, len(lines.texts)):
        t = lines.texts[x]
        if t and len(t) <= hd.MAX_LINE and first in t.casefold() and reader_form(t) == title:
            return True
    return False
