"""Clause ``contents_byline``: an anthology's contents that names each piece's
author on a line of its own, without a page number, under the piece's entry
(The Footpath Way, ed. Stevenson: "INTRODUCTION 1" / "H. Belloc" / "WALKING AN
ANTIDOTE TO CITY POISON 17" / "Sidney Smith" / ...). Those lines are no
entries of their own: the body's "H. BELLOC." that closes the introduction is
the piece's signature, not a section.

Guards: at least ``MIN_BYLINES`` page-less lines in the list, every one of them
right after a line with a page number and followed by one (one piece, one
author: a list of parts, "PART I" over its chapters, has page-less lines over
runs of entries, or opens with one); no digit in the
line (a part's number) and no heading candidate but a line in capitals ("CHAPTER II"
over its title's entry, "LECTURE II"); a key also listed with a page number stays an entry.
The body side (``closes_text``) is a guard too: the signature closes a piece's
text, one blank line at most under it."""

from __future__ import annotations

import re

from transforms.contents_numbers import key
from transforms.headings import PAGE_COLUMN_HEAD, line_candidates
from transforms.numbered_titles import ends_in_page_number

MIN_BYLINES = 3
# Clause contents_byline_wrapped (review s36): a page-less line that ends on a small word,
# a comma or a hyphen carries on into the entry under it ("HOW THE SQUIRE WENT DOWN TO THE"
# / "VILLAGE AT NIGHT 9"): a list of wrapped entries, not of authors.
_CARRIES_ON = re.compile(
    r"(?:[,\-–—]|\b(?:the|of|and|to|a|an|in|on|at|by|for|with|from|or))\W*$", re.I
)


def byline_keys(texts: list[str]) -> set[str]:
    """The keys of a list's byline lines (``texts``: its non-blank lines, in order; a
    "PAGE" column head over them is left out)."""
    texts = [t for t in texts if not PAGE_COLUMN_HEAD.fullmatch(t)]
    paged = [ends_in_page_number(t) for t in texts]
    if len(texts) < 2 * MIN_BYLINES + 1 or not paged[0]:
        return set()
    loose = [i for i, p in enumerate(paged) if not p]
    if len(loose) < MIN_BYLINES:
        return set()
    # One entry, one author: the page-less lines alternate with the entries (the last
    # line of the list may be the last piece's author).
    if any(b - a != 2 for a, b in zip(loose, loose[1:], strict=False)) or loose[0] != 1:
        return set()
    for i in loose:
        if any(ch.isdigit() for ch in texts[i]) or _CARRIES_ON.search(texts[i]):
            return set()
        # Nor a heading of its own ("CHAPTER II" over "THE MISSING CHINAMAN 9", "LECTURE II").
        if any(c.kind != "caps" for c in line_candidates(texts[i], 0, 0, len(texts[i]))):
            return set()
    kept = {key(texts[i]) for i, p in enumerate(paged) if p}
    return {k for i in loose if (k := key(texts[i])) and k not in kept}


def closes_text(blank: list[bool], line: int) -> bool:
    """Whether the line at ``line`` follows a line of text, one blank line at most between."""
    if line >= 1 and not blank[line - 1]:
        return True
    return line >= 2 and blank[line - 1] and not blank[line - 2]
