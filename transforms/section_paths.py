"""Levels and title paths of flat sections: a section's parent is the nearest earlier
section of a smaller positive level (``schemas.Section`` levels, 1 = top, 0 = before any
heading). Moved out of ``transforms.sections`` (its heading rules fill 500 lines);
``transforms.sections`` re-exports ``section_path``, ``section_paths`` and
``sections_from_headings`` (the sections of the headings it finds, their levels by
rule ``dense_path_levels``: :func:`path_levels`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from schemas import Section
from transforms.cjk_shown_title import shown_title
from transforms.heading_candidate import NAMED_RANK

if TYPE_CHECKING:
    from transforms.sections import Heading

_NOTED = ("aozora", "md")  # clause noted_levels_kept: heading kinds whose rank the text marks


def section_path(sections: list[Section], index: int) -> list[str]:
    """Titles from the top level down to ``sections[index]`` (empty titles skipped).

    The parent of a section is the nearest earlier section with a smaller
    positive level.
    """
    current = sections[index]
    path = [current.title] if current.title else []
    level = current.level
    for j in range(index - 1, -1, -1):
        if level <= 1:
            break
        s = sections[j]
        if 0 < s.level < level:
            if s.title:
                path.append(s.title)
            level = s.level
    return path[::-1]


def section_paths(sections: list[Section]) -> list[list[str]]:
    """``section_path(sections, i)`` for every ``i``, in one pass: the path of a
    section is its parent's path plus its own title, the parent being the nearest
    earlier section of a smaller positive level (found with a stack of the open
    levels), none for a level <= 1. The walk back of ``section_path`` for each
    section was quadratic in a document with many sections and no top level."""
    paths: list[list[str]] = []
    stack: list[int] = []  # sections of positive level, strictly increasing levels
    for i, s in enumerate(sections):
        own = [s.title] if s.title else []
        if s.level <= 0:
            paths.append(own)
            continue
        while stack and sections[stack[-1]].level >= s.level:
            stack.pop()
        paths.append([*paths[stack[-1]], *own] if stack and s.level > 1 else own)
        stack.append(i)
    return paths


def path_levels(levels: list[int], ladder: frozenset[int] = frozenset()) -> list[int]:
    """Rule ``dense_path_levels``: the dense ranks of a whole book (``levels``, 1 = top,
    0 before any heading) leave a level empty on a path where a rank is unused there (a
    compilation's first work at 1 over its DEDICATION at 3, the parts at 2 being the
    second work's): a reader of ``level`` saw a child two levels under its parent. Each
    rank's level becomes the lowest that keeps, over the whole book, every child under
    its parent's level plus one and every section the same parent (so every
    ``section_path``): one level per rank still (clause ``one_level_per_rank``: a series
    that sits under titles in one place and right under its book in another keeps one
    level, as the input numbers it: Nietzsche's "1." .. "63." under "A PRELUDE IN RHYME"
    at 3, and under "BOOK FIRST" at 3 too).

    Constraints, from one pass with a stack of the open levels: a section's level is
    above its parent's (``under``); a section closed by a later one of a higher rank stays
    at that one's level or under it (``floor``: else it would become the later one's
    parent). Ranks are solved in order, each from smaller ones: a longest path in the
    order of the ranks, O(sections + ranks^2). A level in ``ladder`` also sits under every
    smaller one there (clause ``low_ranks_in_order`` of :func:`sections_from_headings`)."""
    under: dict[int, set[int]] = {}
    floor: dict[int, set[int]] = {}
    stack: list[int] = []  # open levels, strictly increasing
    for level in levels:
        if level <= 0:
            continue
        while stack and stack[-1] >= level:
            closed = stack.pop()
            if closed > level:
                floor.setdefault(closed, set()).add(level)
        if stack:
            under.setdefault(level, set()).add(stack[-1])
        stack.append(level)
    depth: dict[int, int] = {}
    for level in sorted({v for v in levels if v > 0}):
        below = [depth[p] + 1 for p in under.get(level, ())]
        if level in ladder:
            below += [depth[r] + 1 for r in ladder if r < level and r in depth]
        depth[level] = max([1, *below, *(depth[x] for x in floor.get(level, ()))])
    return [depth[v] if v > 0 else v for v in levels]


def sections_from_headings(text: str, headings: list[Heading]) -> list[Section]:
    """Flat leaf sections covering ``text``; level = dense rank made a depth (rule
    ``dense_path_levels``), 0 before any heading."""
    first_content = len(text) - len(text.lstrip())
    dense = {rank: i + 1 for i, rank in enumerate(sorted({h.rank for h in headings}))}
    sections: list[Section] = []
    if not headings or headings[0].start > first_content:
        sections.append(Section(0, 0, "", 0))
    for h in headings:
        # Clause note_mark_off_title (transforms.cjk_titles): "孔乙己⑴" shows as "孔乙己".
        sections.append(Section(h.start, 0, shown_title(h.title), dense[h.rank]))
    # Clause low_ranks_in_order: the ranks under a chapter's (sections, scenes, titled and
    # bare numbers) keep their order among themselves wherever one is found: the Folio's
    # speech numbers ("1 This Caesar was a Tyrant") under an act with no scene line stay
    # under the scene level of the other acts. Clause noted_levels_kept: so do the levels a
    # text marks itself (HTML and EPUB ranks of 1000 and up; a Markdown "#" line's, kind
    # "md", ranks 1-6; an Aozora note's 大 / 中 / 小, ranks 1-3): a "小見出し" right under a
    # "大見出し" stays at 3, a "####" right under a "##" at 4.
    # Clause poem_parts_off_ladder (session 46): a poem's part ("MORAL." under Wharton's
    # "A BALLAD.", kind "poem") ranks one under its poem, a rank the nesting gives, not
    # a kind of division: on the ladder it sat over the numbered poems of the book's
    # start, which read level 3 under no parent.
    # Clause caps_titles_off_ladder (session 56): a title in capitals ranked below
    # NAMED_RANK (kind "caps": a story's name set one rank under the stories of another
    # part) is a named title, not a kind of division under a chapter: on the ladder it sat
    # over the bare numbers of another part, and Lang's Tales of King Arthur read PART II's
    # chapters "I." .. "XI." at 3 under PART II at 1 (PART III's and IV's stories rank 22,
    # PART I's 20), a level skipped.
    ladder = frozenset(
        dense[h.rank]
        for h in headings
        if (h.rank > NAMED_RANK and h.kind not in ("poem", "caps")) or h.kind in _NOTED
    )
    levels = path_levels([s.level for s in sections], ladder)
    out = []
    for i, s in enumerate(sections):
        start = 0 if i == 0 else s.start
        end = sections[i + 1].start if i + 1 < len(sections) else len(text)
        out.append(Section(start, end, s.title, levels[i]))
    return out
