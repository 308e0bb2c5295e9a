"""Title lines that repeat in a cycle: categories under each part (session 33).

Clause ``repeated_categories_in_parts``: a book may repeat the same category titles
under each of its parts. 内藤鳴雪's 鳴雪句集 (Aozora 000684 55833) sets its haiku under
"新年の部", "春之部", "夏之部" ... and, under each season, "時候", "人事", "天文", "地理",
"動物", "植物", "雑": 34 title lines, 12 distinct. The repeated-names test of rule
``cjk_title_lines`` (a play's speaker names: most lines are names seen before) refused
the whole book. The lines are titles where they make a cycle:

- the lines seen once (the parts) are ``MIN_PARTS`` or more, and every line before the
  first part is seen once too (the cycle starts at a part);
- between two parts (and after the last) no name repeats (a speaker speaks many times
  in a scene; a category stands once in a part);
- the repeated names keep one order in every part ("時候" always before "人事").

Guards: a play (names repeat inside a scene, in no fixed order) fails the second and
third tests; the lines must still make a book's titles by the rule's other tests.
"""

from __future__ import annotations

from collections import Counter

MIN_PARTS = 3


def cycle_parts(names: list[str]) -> frozenset[str]:
    """Clause ``repeated_categories_in_parts``: the parts' names when ``names`` (the
    candidate title lines in order) repeat as categories under parts, one order in
    every part; else nothing. The parts head groups of the categories."""
    count = Counter(names)
    once = frozenset(name for name, c in count.items() if c == 1)
    if len(once) < MIN_PARTS or names and names[0] not in once:
        return frozenset()
    parts: list[list[str]] = []
    for name in names:
        if count[name] == 1:
            parts.append([])
        elif name in parts[-1]:
            return frozenset()
        else:
            parts[-1].append(name)
    before: set[tuple[str, str]] = set()  # (x, y): x stood before y in a part
    for part in parts:
        for a, x in enumerate(part):
            for y in part[a + 1 :]:
                if (y, x) in before:
                    return frozenset()
                before.add((x, y))
    return once
