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

Clause ``cjk_title_counted_item`` (session 29, review of wtG): a short line that opens
with a CJK number one above the number opening the text line over it and one below the
number opening the text line under it is an item of a counted list, not a title: 鲁迅's
而已集 (大衍发微) quotes a list of 48 names, "二十七刘清扬（直隶）国民党妇女部长。" /
"二十八潘廷干" / "二十九高鲁（福建）中央观象台长，…", and the items with no note after the
name ("二十八潘廷干", "四十四梁鼎") read as titles once rule ``cjk_title_lines`` reached the
book (clause ``dash_subtitle``). Only between two entries that could not be titles
themselves (a mark or a bracket in them): a contents list's numbered lines are left alone.

Cost: one regex per kept title line; three per candidate line opening with a number.
"""

from __future__ import annotations

import re
from collections import Counter

from transforms.heading_numbers import cjk_value

MIN_RUN = 3
_NUMBERED = re.compile(
    "(?P<prefix>[^〇一二三四五六七八九十百千]{1,4})(?P<n>[〇一二三四五六七八九十百千]{1,6})"
)

_LEADING_NUMBER = re.compile("[〇一二三四五六七八九十百千]{1,6}")


def _leading_value(text: str) -> int | None:
    m = _LEADING_NUMBER.match(text)
    return cjk_value(m.group()) if m else None


def counted_item(texts: list[str], i: int, title_like) -> bool:
    """Clause cjk_title_counted_item: line ``i`` opens with number n (and has more after
    it), the nearest text line above opens with n - 1 and the nearest below with n + 1,
    and neither of them could be a title (``title_like``): between two entries with
    their notes it is an entry; between two short numbered lines it is one of a run of
    titles or of a contents list, left to the rule as before (杨绛's 走到人生边上,
    hankinghu/literature-books b161: "七 人生实苦" / "八 人需要锻炼" / "九 修身之道")."""
    m = _LEADING_NUMBER.match(texts[i])
    value = cjk_value(m.group()) if m and m.end() < len(texts[i]) else None
    if value is None:
        return False
    above = next((t for t in reversed(texts[max(0, i - 3) : i]) if t), "")
    below = next((t for t in texts[i + 1 : i + 4] if t), "")
    if title_like(above) or title_like(below):
        return False
    return _leading_value(above) == value - 1 and _leading_value(below) == value + 1


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
