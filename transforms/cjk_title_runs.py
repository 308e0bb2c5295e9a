"""Clause ``cjk_title_inside_run`` of rule ``cjk_title_lines`` (``transforms.cjk_titles``):
a title line between two numbered titles that count on is a line of the chapter.

A book whose chapters are numbered with a word before the number ("その一" .. "その三十三",
谷崎潤一郎's 卍) has its chapter lines read as title lines, and any other short line that
stands alone over text with them: 卍 quotes a pledge the story names, its heading "誓約書"
set in big letters between "その十九" and "その二十", and it became a chapter of its own.
Where ``MIN_RUN`` or more title lines are one prefix and a CJK number ("その" + 十九), a
title line of another form that lies between two of them whose numbers count on (19, 20)
breaks no sequence the author made: it is no title. A book's named parts around a run
("序", "後記", before "その一" and after the last) and a title line before a number that
restarts or skips are left alone.

Cost: one regex per kept title line.
"""

from __future__ import annotations

import re
from collections import Counter

from transforms.heading_numbers import cjk_value

MIN_RUN = 3
_NUMBERED = re.compile(
    "(?P<prefix>[^〇一二三四五六七八九十百千]{1,4})(?P<n>[〇一二三四五六七八九十百千]{1,6})"
)


def drop_inside_runs(texts: list[str], kept: dict[int, int]) -> dict[int, int]:
    """``kept`` (title line -> rank) without the lines inside a counting run (see module doc)."""
    numbered: dict[int, tuple[str, int]] = {}
    for i in kept:
        m = _NUMBERED.fullmatch(texts[i])
        value = cjk_value(m.group("n")) if m else None
        if m and value is not None:
            numbered[i] = (m.group("prefix"), value)
    if not numbered:
        return kept
    prefix, count = Counter(p for p, _ in numbered.values()).most_common(1)[0]
    if count < MIN_RUN:
        return kept
    run = sorted(i for i, (p, _) in numbered.items() if p == prefix)
    drop = set()
    for a, b in zip(run, run[1:], strict=False):
        if numbered[b][1] == numbered[a][1] + 1:
            drop.update(i for i in kept if a < i < b and i not in numbered)
    return {i: r for i, r in kept.items() if i not in drop}
