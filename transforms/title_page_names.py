"""Clause ``title_page_name_set_apart`` (session 57): a work's name set apart under its own
title page is the work's heading, and the title page opens it.

Milton's Poetical Works (rcdm-uga) gives Samson Agonistes a title page ("SAMSON" /
"AGONISTES," / "A" / "DRAMATIC POEM." / the author, a motto, the imprint), then, four blank
lines lower, "SAMSON AGONISTES" alone between four blank lines above and below, over the
play's prose preface. No rule read that line: a line in capitals is confirmed by layout only in
a book without numbered divisions (Paradise Lost's BOOK I .. XII are some), and the poem
rule wants verse under a title (a preface is prose). So the preface and argument lay in
Paradise Regain'd's "The Fourth Book." and the verse under the cast heading.

The name repeats the title page's first lines: those lines, joined, equal the name's letters
and digits ("SAMSON" + "AGONISTES," = "SAMSON AGONISTES"). The heading starts on the title
page's first line (as clause ``title_page_over_its_work`` sets a work's heading) and ranks as
a line in capitals at a chapter's rank (``CAPS_RANK``, kind "caps"); a heading must stand
before it (the book's own title page over its first work is left to the other rules).

Clause ``page_opens_named_work``: where another rule already read the name as a heading (a
book without numbered divisions confirms a line in capitals set apart by its layout), that
heading starts on the page instead (its title stays): the page is the work's, not the end of
the work before it. Clause ``title_page_over_its_work`` does this only for a page all in
capitals under at most a short motto; Samson's page has lines in mixed case ("The Author",
"Aristot. Poet. Cap. 6.", the imprint).

Guards (each adds or moves nothing):
- the name: at most ``_NAME_CHARS`` characters, in capitals, letters in it, at least
  ``_APART`` blank lines above and below;
- the page: its first line has at least ``_APART`` blank lines above it (or the text's start),
  it lies at most ``_LOOK`` lines above the name, no heading stands from its first line to the
  name, and 1 to ``_NAME_LINES`` of its first lines, each in capitals, join to the name;
- clause ``name_titled_already``: the heading before does not end with the name (Poor
  Relations' "II" over Cousin Pons' page is "II COUSIN PONS" already);
- clause ``by_page_left``: no line "BY" on the page (clause ``work_title_page``, with its own
  guards, decides such pages: tests/transforms/test_work_title_page39.py);
- the name's letters are at least ``_MIN_KEY`` ("ODE" over a page "ODE" is no evidence).
- clause ``name_keeps_numbers`` (review): the keys keep every number ("CHAPTER 1" is no page
  of "CHAPTER 2"; ``contents_numbers.key`` drops a trailing number as a page number).

Cost: a test per line of the text (length, case, the blank lines around it); the few lines
that pass look up at most ``_LOOK`` lines.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from transforms import headings as hd
from transforms.contents import Lines

_NAME_CHARS = 60
_APART = 3
_LOOK = 40
_NAME_LINES = 3
_MIN_KEY = 6


def _key(t: str) -> str:
    """Letters and digits, case-folded, every number kept (clause ``name_keeps_numbers``,
    review: ``contents_numbers.key`` drops a trailing number as a page number, so "CHAPTER 1"
    joined to "CHAPTER 2")."""
    return "".join(ch for ch in t.casefold() if ch.isalnum())


def _caps(t: str) -> bool:
    return 0 < len(t) <= _NAME_CHARS and t == t.upper() and any(map(str.isalpha, t))


def _apart(blank: list[bool], i: int, step: int) -> bool:
    """``_APART`` blank lines next to line ``i`` (up for step -1, down for +1), or the text's edge."""
    for d in range(1, _APART + 1):
        j = i + step * d
        if j < 0 or j >= len(blank):
            return step < 0
        if not blank[j]:
            return False
    return True


def _page_over(lines: Lines, i: int) -> int | None:
    """The first line of a title page above name line ``i`` that opens with the name."""
    texts, blank = lines.texts, lines.blank
    name = _key(texts[i])
    for p in range(i - 1, max(-1, i - _LOOK - 1), -1):
        if blank[p] or not _apart(blank, p, -1) or not _caps(texts[p]):
            continue
        joined = ""
        for q in range(p, min(i, p + _NAME_LINES)):
            if blank[q] or not _caps(texts[q]):
                break
            joined += _key(texts[q])
            if joined == name:
                return p
            if not name.startswith(joined):
                break
    return None


def title_page_names(lines: Lines, headings: list) -> list:
    """Clause ``title_page_name_set_apart`` (module docstring): ``headings``, the book's
    ``transforms.sections.Heading`` list in text order, with the works it finds added."""
    texts, blank = lines.texts, lines.blank
    if not headings:
        return headings
    at = [h.start for h in headings]
    moved: dict[int, int] = {}
    added = []
    for i, t in enumerate(texts):
        if not _caps(t) or len(_key(t)) < _MIN_KEY:
            continue
        if not (_apart(blank, i, -1) and _apart(blank, i, 1)):
            continue
        k = bisect.bisect_left(at, lines.starts[i])
        own = k < len(at) and at[k] <= lines.ends[i]
        p = _page_over(lines, i)
        if p is None or (k and at[k - 1] >= lines.starts[p]):
            continue  # no page, or a heading on its lines
        if k and _key(headings[k - 1].title).endswith(_key(t)):
            continue  # clause name_titled_already: "II" / page / name is "II COUSIN PONS"
        if any(texts[q].upper() == "BY" for q in range(p, i)):
            continue  # clause by_page_left: a "BY" page is rule work_title_page's, its guards
        if own:  # clause page_opens_named_work: the name's own heading starts on the page
            moved[k] = lines.starts[p]
        elif k:  # (none before: the book's own title page over its first work)
            title = " ".join(t.split())
            h = replace(headings[0], start=lines.starts[p], end=lines.ends[i], title=title)
            added.append(replace(h, kind="caps", rank=hd.CAPS_RANK))
    out = [replace(h, start=moved[k]) if k in moved else h for k, h in enumerate(headings)]
    return sorted(out + added, key=lambda h: h.start)
