"""Clause ``headless_contents`` (of rule ``contents_list``): a contents list with
no opener and no blank lines between its entries, found from evidence.

White-Jacket (Melville, Gutenberg) opens with 93 lines "I.  THE JACKET.",
"II.  HOMEWARD BOUND." ... "XCIII.  CABLE AND ANCHOR ALL CLEAR." under its
preface, no "CONTENTS" above them; each is no heading candidate (no blank line
around it), so no cluster shows the list and its long entries ("LI. ONE OF "THE
PEOPLE" HAS AN AUDIENCE WITH THE COMMODORE ...") were key sentences.

Evidence: a run of at least ``MIN_ENTRIES`` numbered lines ("IV. TITLE", "4.
Title"; an entry's second line may follow it, unnumbered) with no blank line
inside, whose numbers count on by one (``MIN_COUNTING`` of them), and whose titles
come again later, in the same order, as lines of their own (``MIN_NAMED`` of the
entries), spread over at least ``MIN_SPREAD`` times the run's own length: the
book's headings compressed in a small span.

Guards: a book whose chapters are short has text between its numbered lines (no
run) or no second naming of its titles; a numbered list inside the story ("1.
Eggs", "2. Flour") names nothing again; poems numbered in a sequence have their
verse between the numbers; an entry's second line is at most ``MAX_WRAPS`` lines
and ``hd.MAX_LINE`` characters (prose ends the run).

Cost: one test of the first character per line; the key index of the later lines
only for a run that qualifies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from transforms import headings as hd
from transforms.contents_numbers import key
from transforms.heading_numbers import roman_value

if TYPE_CHECKING:
    from transforms.contents import Lines

MIN_ENTRIES = 6
MIN_COUNTING = 0.8  # share of entries whose number is the one before plus one
MIN_NAMED = 0.6  # share of entries whose title comes again later, in order
MIN_SPREAD = 10  # the named titles span this many times the run's characters
MAX_WRAPS = 3  # an entry's further lines
_FIRST = frozenset("IVXLC0123456789")
_ENTRY = re.compile(r"([IVXLC]+|\d{1,3})\.[ \t\xa0]+(\S.*)")


def _entry(t: str) -> tuple[int, str] | None:
    if t[:1] not in _FIRST:
        return None
    m = _ENTRY.fullmatch(t)
    if m is None:
        return None
    num = m.group(1)
    value = int(num) if num.isdigit() else roman_value(num)
    return None if value is None else (value, m.group(2))


def _run(lines: Lines, i: int) -> tuple[int, list[tuple[int, str]]] | None:
    """The run of entries from line ``i``: (end line, [(value, title)])."""
    n, texts, blank = len(lines.texts), lines.texts, lines.blank
    entries: list[tuple[int, str]] = []
    wraps = 0
    while i < n and not blank[i]:
        e = _entry(texts[i])
        if e is not None:
            entries.append(e)
            wraps = 0
        else:
            wraps += 1
            if not entries or wraps > MAX_WRAPS or len(texts[i]) > hd.MAX_LINE:
                return None
            value, title = entries[-1]
            entries[-1] = (value, f"{title} {texts[i]}")
        i += 1
    return i, entries


def headless_regions(lines: Lines, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Line ranges [a, b) of heading-less contents lists (``a``: the blank line
    above the first entry), outside the ``taken`` regions."""
    texts, blank, n = lines.texts, lines.blank, len(lines.texts)
    found: list[tuple[int, int]] = []
    index: dict[str, list[int]] | None = None
    i = 1
    while i < n:
        if not (blank[i - 1] and texts[i][:1] in _FIRST and _entry(texts[i])):
            i += 1
            continue
        run = _run(lines, i)
        if run is None:
            i += 1
            continue
        end, entries = run
        if (
            len(entries) >= MIN_ENTRIES
            and sum(b[0] == a[0] + 1 for a, b in zip(entries, entries[1:], strict=False))
            >= MIN_COUNTING * (len(entries) - 1)
            and not any(a <= i < b for a, b in taken)
        ):
            if index is None:
                index = {}
                for j in range(n):
                    if not blank[j] and len(texts[j]) <= hd.MAX_LINE:
                        index.setdefault(key(texts[j]), []).append(j)
            if _named_later(lines, index, entries, i, end):
                found.append((i - 1, end))
        i = end
    return found


def _named_later(lines: Lines, index: dict[str, list[int]], entries, a: int, b: int) -> bool:
    """Whether ``MIN_NAMED`` of the entries' titles are lines after the run, in
    order, spread over ``MIN_SPREAD`` times the run's characters."""
    at, named, last = b, 0, b
    for _, title in entries:
        k = key(title)
        later = [j for j in index.get(k, ()) if j >= at] if k else []
        if later:
            named += 1
            at = last = later[0] + 1
    run_chars = lines.ends[b - 1] - lines.starts[a]
    spread = lines.starts[last - 1] - lines.ends[b - 1]
    return named >= MIN_NAMED * len(entries) and spread >= MIN_SPREAD * run_chars
