"""Rule ``markup_levels`` of ``transforms.markup_headings``: the ranks of the headings
once markup headings are confirmed (clauses ``unmarked_under``, ``sibling_rank``,
``number_depth``; the rules are described in that module's doc). Moved from there
unchanged (session 43: the module was at the 500-line limit)."""

from __future__ import annotations

import re
from dataclasses import replace

DOTTED = re.compile(r"\W*((?:\d+|[A-Z])(?:\.\d+)+)[.:]?(?:\s|$)")  # clause number_depth
LEVEL_STEP = 1000  # rule markup_levels: rank = level * LEVEL_STEP + the text rules' rank


def _heading_class():
    from transforms.sections import Heading

    return Heading


def _relevel(lines, headings, level_of: dict[int, int], added) -> list:
    """Rule ``markup_levels``: rank = markup level * LEVEL_STEP + text rank; clause
    ``sibling_rank``: an added heading takes the text rank of its sibling
    (:func:`_sibling_rank`), so that in a Gutenberg EPUB with every heading in
    ``<h2>`` a missed "CHAPTER I." sits with "CHAPTER II.", not over the books; clause
    ``number_depth``: one part more in its dotted number than its sibling's ranks it
    one lower ("1.1." under "Chapter 1." in DocBook's EPUBs, both in ``<h1>``)."""
    Heading = _heading_class()
    pairs = sorted({(headings[h].rank, level) for h, level in level_of.items()})
    top = min([level for _, level in pairs] + [m.level for _, m in added])
    first = min((h.rank for h in headings), default=0)
    deepest = max([level for _, level in pairs] + [m.level for _, m in added])
    out = []
    for h, heading in enumerate(headings):
        level = level_of.get(h)
        if level is None:  # the markup level of the nearest confirmed rank at or above
            above = [pair for pair in pairs if pair[0] <= heading.rank]
            level = max(above)[1] if above else top
            if above and max(above)[0] < heading.rank:  # clause unmarked_under
                level = deepest + 1
        out.append(replace(heading, rank=level * LEVEL_STEP + heading.rank))
    for i, mark in added:
        rank = mark.level * LEVEL_STEP + _sibling_rank(
            headings, level_of, lines.starts[i], mark, first
        )
        end, title = lines.ends[i], lines.texts[i]
        if mark.lines > 1:  # clause toc_two_lines (transforms.epub_toc): the title joined
            nxt = next((j for j in range(i + 1, len(lines.blank)) if not lines.blank[j]), None)
            if nxt is not None:
                end, title = lines.ends[nxt], f"{title.strip()} {lines.texts[nxt].strip()}"
        out.append(Heading(lines.starts[i], end, title, "markup", rank))
    return sorted(out, key=lambda h: h.start)


def _sibling_rank(headings, level_of: dict[int, int], start: int, mark, first: int) -> int:
    """The text rank of the next found heading of the added one's markup level (its
    next sibling: "CHAPTER II." for a missed "CHAPTER I."), else of the last one
    before it, else the text's top rank ``first``."""
    same = sorted(h for h, level in level_of.items() if level == mark.level)
    after = [h for h in same if headings[h].start > start]
    if not same:
        return first
    sibling = headings[after[0] if after else same[-1]]
    # clause number_depth: "1.1." under "Chapter 2." though both are <h1>
    return sibling.rank + max(0, _depth(mark.title) - _depth(sibling.title))


def _depth(title: str) -> int:
    """Clause ``number_depth``: the parts of a heading's dotted section number ("4.13.1.
    Title" 3, "A.1. Title" 2, "2.1: Title" 2: session 19, a colon may close it), 1
    without one ("Chapter 2. Title", "BOOK I.")."""
    match = DOTTED.match(title)
    return match.group(1).count(".") + 1 if match else 1
