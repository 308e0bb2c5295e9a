"""Rule ``list_marker`` (session 18): a list item's marker at a line start ("1.",
"2)", "a.", "iv.", "IV.") belongs to the item's sentence.

Punkt reads "1." at a line start as a sentence of its own, a number then a period
then a capital ("1." | "Install the package."), and joins it to the line before
when that line has no end mark ("To build it: 1." | "Run configure."): 471
marker-only sentences in 258 Debian and site-packages documents (READMEs, the
libjpeg and X11 protocol manuals, licences), and the same in HTML and EPUB text,
where ``html_text``'s clause ``ordered_numbers`` writes "1. " before each
``<ol>`` item. Where Punkt put a start right after such a marker, the start moves
to the marker: the item is one sentence, marker first.

Clause ``list_sequence``: only a marker of a list, one whose neighbour value of the
same kind and punctuation ("2." for "1." or "3.", "b)" for "a)" or "c)", "iv." for
"iii." or "v."), or the same marker again (Markdown numbers every item "1."), also
opens a line within ``NEIGHBOUR_CHARS``: a number that ends a
hard-wrapped sentence at a line start ("...in the year\\n48. The next") is no
list, nor a lone chapter number. Numbers of one to three digits only (a year is
no item number). A marker mid-line ("...in 1848. 2. The next") is left to Punkt.

Clause ``unmarked_items`` (session 19): where an item ends on no mark Punkt puts
no start at all, and a list of short items was one sentence ("(1) Try to use a
range (2) Try to use ... (3) ..."); an item on the line right after the item
before it (value - 1) opens its own sentence (``_unmarked_item``).
Review of session 19: clause ``joined_items``: not after an item that ends on a
conjunction ("..., or\n2) It will contain": one sentence); clause
``any_starts``: also in a text where Punkt found no start at all (the clause
looked at markers only when Punkt had put a start somewhere in the text, so "1)
The directory ...\n2) The directory ..." split in a long page, not in a short one).
"""

from __future__ import annotations

import bisect
import re

import numpy as np

from transforms import sorted_unique
from transforms.heading_numbers import roman_value
from transforms.sorted_unique import isin  # clause isin_by_search

NEIGHBOUR_CHARS = 5000
# A marker at a line start (after indentation), then spaces and the item's text.
_MARKER = re.compile(
    r"^[ \t\xa0]*(?P<m>(?P<open>\(?)(?P<v>\d{1,3}|[A-Za-z]|[ivxlc]{2,6}|[IVXLC]{2,6})"
    r"(?P<close>[.)]))[ \t\xa0]+(?=\S)",
    re.MULTILINE,
)
# Clause unmarked_items (session 19): how an item's text opens.
_ITEM_OPENS = re.compile(r"[A-Z\d\"“‘(]")
# Clause joined_items (review of session 19) of unmarked_items: an item that ends
# on a conjunction runs on into the next, one sentence ("1) It will be in a
# separate directory tree ..., or\n2) It will contain ...", a licence's terms).
_JOINING_END = re.compile(r"(?<![^\W\d_])(?:and|or|nor|und|oder|et|ou|oppure)[ \t\xa0]*$")


def _keys(m: re.Match) -> list[tuple]:
    """The (kind, open, close, value) a marker may be read as: a letter is a letter
    and maybe a Roman numeral ("i.", "v.", "C.")."""
    v, shape = m.group("v"), (m.group("open"), m.group("close"))
    if v.isdigit():
        return [("digit", *shape, int(v))]
    keys = []
    if len(v) == 1:
        keys.append(("lower" if v.islower() else "upper", *shape, ord(v.lower())))
    r = roman_value(v)
    if r:
        keys.append(("roman" + ("l" if v.islower() else "u"), *shape, r))
    return keys


def list_marker_starts(text: str, starts: np.ndarray) -> np.ndarray:
    """Rule ``list_marker`` (module doc): Punkt's ``starts`` with each start right
    after a list marker at a line start moved to the marker, and a start added at
    an item after an item without an end mark (clause ``unmarked_items``)."""
    if "." not in text and ")" not in text:
        return starts  # no marker; clause any_starts (review): not "not len(starts)"
    markers = list(_MARKER.finditer(text))
    if len(markers) < 2:
        return starts
    at = set(starts.tolist())
    where: dict[tuple, list[int]] = {}
    for m in markers:
        for key in _keys(m):
            where.setdefault(key, []).append(m.start("m"))
    drop, add = [], []
    by_line = {m.start(): m for m in markers}
    for m in markers:
        p = m.start("m")
        if m.end() not in at:
            if p not in at and _unmarked_item(text, m, by_line):
                add.append(p)  # clause unmarked_items
            continue
        if any(_near(where, (*key[:3], key[3] + d), p) for key in _keys(m) for d in (-1, 0, 1)):
            drop.append(m.end())
            add.append(p)
    if not add:
        return starts
    kept = starts[~isin(starts, np.asarray(drop, dtype=np.int64))]
    return sorted_unique.union(kept, np.asarray(add, dtype=np.int64))


def _unmarked_item(text: str, m: re.Match, by_line: dict[int, re.Match]) -> bool:
    """Clause ``unmarked_items`` (session 19): Punkt puts no start at an item after
    an item without an end mark ("(1) Try to use a range\n(2) Try to use a block",
    sed FAQ; a protocol's contents "1. Overview\n2. Description"): an item opens
    a sentence when the line just before is the item before it (same kind and
    punctuation, value - 1), ending on no comma or semicolon (a legal list "(a)
    the goods;\n(b) the price" stays one sentence), and its text opens with a
    capital letter, a digit or a quote."""
    if not _ITEM_OPENS.match(text, m.end()) or m.start() < 2:
        return False
    before = text.rfind("\n", 0, m.start() - 1) + 1
    prev = by_line.get(before)
    if prev is None:
        return False
    end = prev.start() + len(text[prev.start() : m.start()].rstrip())  # the item before's end
    if text[end - 1] in ",;" or _JOINING_END.search(text, prev.start(), end):
        return False  # clause joined_items (review): "..., or\n2) It will contain"
    keys = {(*k[:3], k[3] - 1) for k in _keys(m)}
    return any(k in keys for k in _keys(prev))


def _near(where: dict[tuple, list[int]], key: tuple, p: int) -> bool:
    """Clause ``list_sequence``: a marker ``key`` opens a line within
    ``NEIGHBOUR_CHARS`` of ``p``."""
    found = where.get(key, [])
    i = bisect.bisect_left(found, p - NEIGHBOUR_CHARS)
    while i < len(found) and found[i] <= p + NEIGHBOUR_CHARS:
        if found[i] != p:
            return True
        i += 1
    return False
