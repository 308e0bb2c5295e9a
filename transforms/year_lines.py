"""Clause ``year_lines`` (session 35): a bare year on a line of its own ("1897.").

Rule ``numbering`` (``transforms.heading_confirmation``) confirms bare numbers that
count on by one. Years do not: a diary's year lines skip the years it has no entry
for (Chekhov's Note-Book: 1896, 1897., 1898., 1901., 1903.), and a book of poems
or essays dates each piece on a line under it (Hardy's Wessex Poems: 1865., 1866.,
1866., 1867.), so two pieces of consecutive years made a "series" of headings.
Among the numeral candidates of one series whose title is a four-digit number
(1000 .. 2099) and that sit below any line that is no year:

- when half of them or more sit right under a title in capitals (the previous
  candidate, at most three lines above), they date those titles ("ULSTER" / "1912"
  in Kipling's The Years Between, "EDITH OF ENGLAND" / "1100" in Morley's Visions
  of England): none is a heading (one year under a part's title, "ANTON CHEKHOV'S
  DIARY." / "1896", is not enough);
- when the years after the first go back (once in a short group, once in ten
  in a long one: Maude's 1862 then 1861 among 55 is a slip), they date pieces:
  none is a heading;
- when they never go back (three at least after the first; a year may repeat: two
  sections of a biography under "1837" in Maude's Life of Tolstoy), they head the
  text under them, gaps and all: each is a heading, when they hold three years
  at least (the same year four times, "1915" under each piece of The Book of the
  Homeless, heads nothing) and it stands after two blank lines, set apart as a
  section's start (a poem's date follows its last line after one: Hardy's Poems
  of the Past, "1867.", "1882.", "1896." under three poems, are not added).

Clause ``dated_title``: when the years date the titles above them, each capitals
title a year sits under is a heading of its own (with its subtitle: "SONGS ... FROM
'THE VILLAGE COQUETTES'" / "A COMIC OPERA" / "1836" in Dickens's Poems and Verses,
whose year lines alone carried the works before; a "named" line above stays its rule's).
Guard: the dated titles hold three distinct years at least (a father's leaflets
"FOR LOUISA." / "1840." three times inside a chapter of Alcott's Life, Letters, and
Journals are no works).

Guards: a series that counts past 999 ("999." then "1000." in Nietzsche's
numbered aphorisms) is numbering, not years: left as it was. Fewer than three
years in the group: left as it was. The first year of the group (a title page's
imprint year) is never added by this clause.
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"\d{4}\.?\Z")


def is_year(c) -> bool:
    """A numeral candidate that reads as a year ("1862.")."""
    return c.kind == "numeral" and 1000 <= c.value <= 2099 and bool(_YEAR.match(c.title))


def _set_apart(blank: list[bool], line: int) -> bool:
    """Two blank lines (or the document's start) above ``line``."""
    return line < 2 or (blank[line - 1] and blank[line - 2])


def _years(cands, idx) -> int:
    """How many distinct years the candidates ``idx`` hold."""
    return len({cands[i].value for i in idx})


def _title_over(cands, i: int) -> int:
    """The top of the capitals lines right above date ``i``'s previous candidate
    (a work's title over its subtitle: "SONGS ... FROM 'THE VILLAGE COQUETTES'" /
    "A COMIC OPERA" / "1836")."""
    j = i - 1
    while j and cands[j - 1].kind == "caps" and cands[j].line - cands[j - 1].line <= 2:
        j -= 1
    return j


def year_lines(
    cands, members: list[int], ok: set[int], blank: list[bool], titles: set[int] | None = None
) -> set[int]:
    """``ok`` (confirmed members of rule numbering) with clause ``year_lines``
    applied; ``members`` are the indices of the numbered candidates in order,
    ``blank`` the document's blank lines. Clause ``dated_title``: ``titles``
    gets the capitals titles that dated years sit under (headings of their own)."""
    groups: dict[str, list[int]] = {}
    counted_past: set[str] = set()
    for i in members:
        c = cands[i]
        if c.value == 999:
            counted_past.add(c.series)
        if is_year(c):
            groups.setdefault(c.series, []).append(i)
    if not groups:
        return ok
    ok = set(ok)
    for series, group in groups.items():
        if series in counted_past or len(group) < 4:
            continue
        dated = {
            i for i in group
            if i and cands[i - 1].kind in ("caps", "named") and cands[i].line - cands[i - 1].line <= 3
        }  # fmt: skip
        rest = group[1:]
        values = [cands[i].value for i in rest]
        backs = sum(b < a for a, b in zip(values, values[1:], strict=False))
        if 2 * len(dated) >= len(group) or backs >= max(1, len(values) // 10):
            ok -= set(group)
            if titles is not None and 2 * len(dated) >= len(group) and _years(cands, dated) >= 3:
                titles |= {_title_over(cands, i) for i in dated if cands[i - 1].kind == "caps"}
        elif len(set(values)) >= 3:
            ok |= {i for i in rest if _set_apart(blank, cands[i].line)}
    return ok
