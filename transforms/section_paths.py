"""Title paths of flat sections: a section's parent is the nearest earlier section
of a smaller positive level (``schemas.Section`` levels, 1 = top, 0 = before any
heading). Moved out of ``transforms.sections`` (its heading rules fill 500 lines);
``transforms.sections`` re-exports both names."""

from __future__ import annotations

from schemas import Section


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


def path_levels(levels: list[int]) -> list[int]:
    """Rule ``dense_path_levels``: each positive level becomes its section's depth, its
    parent's (the nearest earlier section of a smaller positive level) plus one, 1
    without a parent; 0 stays 0. The dense ranks of a whole book leave a level empty on
    a path where a rank is unused ("PART I" 1 with its chapters at 3 while another part
    has books at 2; a compilation's work at 1 over its DEDICATION at 3): a reader of
    ``level`` then saw a child two levels under its parent. Parents, hence every
    ``section_path``, stay the same (a section between a parent and its child has a
    level at or under the child's, so it is the parent's descendant and as deep). One
    pass with a stack of the open levels."""
    out: list[int] = []
    stack: list[tuple[int, int]] = []  # (level in, depth out), levels in strictly increasing
    for level in levels:
        if level <= 0:
            out.append(level)
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        depth = stack[-1][1] + 1 if stack else 1
        stack.append((level, depth))
        out.append(depth)
    return out
