"""Clause ``title_over_its_chapter`` of ``transforms.sections``: a title line set
right above a numbered chapter heading that carries the same title is the
book's (or the first story's) title printed once more over the chapter, not a
section of its own.

Jack London's A Son of the Sun prints "A SON OF THE SUN" and four blank lines
over "Chapter One--A SON OF THE SUN"; Burnett's Louisiana "LOUISIANA." over
"CHAPTER I." / "LOUISIANA.". The contents lists the title once and both lines
matched it, so the repeat became an empty level-1 section beside the chapter.

Guards: only a "caps" or "listed" heading (an unnumbered title line); the next
heading is a "keyword" heading ("CHAPTER I.", "Chapter One", "BOOK I") whose
title ends with the same key, and what is left of its key (the keyword and its
number, nothing else: Voltaire's entry "CONSTANTINE." over "SECTION I." / "The Age
of Constantine." stays) is at most ``MAX_NUMBERING`` characters; only blank space between the
two (a title with its own text under it, an epigraph, a byline, stays).

Cost: one comparison per heading.
"""

from __future__ import annotations

import re

from transforms.contents_numbers import key
from transforms.heading_numbers import ENGLISH_ORDINALS, NUMBER_WORDS

MAX_NUMBERING = 16  # "chapterthirtyseven", "bookxxiv" less; a long lead-in is a title
_WORDS = "|".join(
    sorted((w.replace("-", "") for w in {*NUMBER_WORDS, *ENGLISH_ORDINALS}), key=len, reverse=True)
)
# The lead the title leaves: a keyword and its number, nothing else ("chapterone",
# "chapteri", "book12"); "sectionitheageof" (Voltaire's "SECTION I." / "The Age of
# Constantine." under the entry "CONSTANTINE.") carries words of its own title.
_NUMBERING = re.compile(rf"[a-z]+(?:[ivxlc]+|\d+|{_WORDS})")


def drop_title_over_chapter(text: str, headings: list) -> list:
    """``headings`` (in order, each with ``start``, ``end``, ``title``, ``kind``)
    without the title lines that only repeat the next chapter's title."""
    out = []
    for i, h in enumerate(headings):
        nxt = headings[i + 1] if i + 1 < len(headings) else None
        if nxt is not None and _repeats(text, h, nxt):
            continue
        out.append(h)
    return out


def _repeats(text: str, h, nxt) -> bool:
    if h.kind not in ("caps", "listed") or nxt.kind != "keyword":
        return False
    if text[h.end : nxt.start].strip():
        return False
    own = key(h.title, numbering=True)
    full = key(nxt.title, numbering=True)
    if not own or not full.endswith(own) or full == own:
        return False
    lead = full[: -len(own)]
    return len(lead) <= MAX_NUMBERING and _NUMBERING.fullmatch(lead) is not None
