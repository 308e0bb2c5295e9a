"""Rule ``poem_part_run`` (session 47): a run of keyword parts inside one poem of a
book of poems ranks under that poem's title, so the part ladder closes where the poem
ends.

Clause ``part_run_closes_at_title``: the Blue Poetry Book's "THE RIME OF THE ANCIENT
MARINER" (a title in capitals, rank ``CAPS_RANK``) holds "PART I" .. "PART VII" (rule
keyword, rank ``PART_RANK``): ranked above the titles, the parts took the top level and
the poems after the Mariner ("THE HAUNTED PALACE", "THE BARD" ...: 37 sections) sat
under "PART VII". A run of two or more keyword headings at one rank, no other heading between them,
right under a title ranked below them, is that title's parts when the titles are a
series that goes on at that title's rank on both sides of the run: at least
``MIN_SERIES`` titles of its kind and rank before it, and the heading right after the
run one of them (the next poem). The run then takes the title's rank plus one (clause
``part_of_poem``'s rank for a poem's part, ``transforms.poem_title_parts``) and kind
"poem", a poem's part: off the ladder of kinds of division (clause ``poem_parts_off_ladder``
of ``sections_from_headings``), or every numbered part of the book would sit under the
parts' level (Milton's "The Hymn." at 1, its stanzas "I", "II" at 3).

Guards: the rank of the run is held by no heading outside it (a book's own parts, "PART
I" over chapters elsewhere, are its divisions); the title and the heading after the run
are titles ("caps" lines or poems' titles, rule ``poem_title_over_stanza``), never named
front or back matter ("PREFACE", "APPENDIX", kind "named"); a run that ends the book or
is followed by anything else (a chapter, a number, another part) is left as it is.
Clause ``bare_parts_from_first`` (session 54): the rank may be held elsewhere when the run is
a poem's bare parts counted from the first ("PART FIRST." / "PART SECOND.", "PART I" ..., no
title of their own): Scott's Minstrelsy vol. 2 has its own "PART SECOND. ROMANTIC BALLADS.",
and "THE DUEL OF WHARTON AND STUART. IN TWO PARTS." over "PART FIRST." / "PART SECOND." kept
its parts at the book's level: the ballads after it ("THE LAMENT OF THE BORDER WIDOW." ...)
sat under "PART SECOND.". A book's own parts carry a title or do not sit between two poems'
titles of a series.

Pure per-document; run before rule ``matter_levels`` (its first division is read with
the parts at their poem's level).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transforms.sections import Heading

_TITLE_KINDS = ("caps", "poem")
# Titles of the series before the one over the run: a book of poems, not one title.
MIN_SERIES = 3
_ORDINAL = r"(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|[IVXL]+|\d+)"
_BARE_PART = re.compile(rf"PART {_ORDINAL}\.?", re.IGNORECASE)
_FIRST_PART = re.compile(r"PART (?:FIRST|I|1|ONE)\.?", re.IGNORECASE)


def _bare_from_first(run: list[Heading]) -> bool:
    """Clause ``bare_parts_from_first`` (module doc)."""
    return _FIRST_PART.fullmatch(run[0].title) is not None and all(
        _BARE_PART.fullmatch(h.title) for h in run
    )


def _is_title(h: Heading, rank: int) -> bool:
    return h.kind in _TITLE_KINDS and h.rank == rank


def parts_under_their_poem(headings: list[Heading]) -> list[Heading]:
    """Clause ``part_run_closes_at_title`` (module doc) over ``headings`` (in order)."""
    keyword = [i for i, h in enumerate(headings) if h.kind == "keyword"]
    if len(keyword) < 2:
        return headings
    out = list(headings)
    n = len(headings)
    i = 0
    while i < n:
        h = headings[i]
        if h.kind != "keyword" or i == 0:
            i += 1
            continue
        j = i
        while j + 1 < n and headings[j + 1].kind == "keyword" and headings[j + 1].rank == h.rank:
            j += 1
        title = headings[i - 1]
        if j > i and j + 1 < n and title.kind in _TITLE_KINDS and title.rank > h.rank:
            rank = title.rank
            before = sum(1 for g in headings[: i - 1] if _is_title(g, rank))
            alone = all(g.rank != h.rank for g in headings[:i] + headings[j + 1 :])
            alone = alone or _bare_from_first(headings[i : j + 1])
            if before >= MIN_SERIES and _is_title(headings[j + 1], rank) and alone:
                for k in range(i, j + 1):  # kind "poem": a poem's part, off the ladder
                    out[k] = replace(headings[k], kind="poem", rank=rank + 1)
        i = j + 1
    return out
