"""Clause ``zh_numbered_item_lines`` (session 37, branch wtF; called from
``transforms.cjk_layout.cjk_joins``): a line opening with a list number and the next line
opening with the next number of the same kind are two items of a list, never one line
wrapped: "七、警惕余世存式的知识精英主导一个国家的精神品质" / "八、大目标、现代化与“文艺腔”" (中国不高兴's
contents), "（1）…" / "（2）…" (伊藤正德's 联合舰队的覆灭). Kinds: "一、", "（一）", "（1）", "1." / "1、"
/ "1．". Over the five Chinese mirrors (4,474 CJK files) 40 CJK joins put a line opening with a
list mark under another line; the clause keeps the break where the line above opens with
the number before it. Session 38: kind "四：" (a numeral and a colon: 盛雪's contents
"四：惊天大案…" / "五：李纪周案…", 2 joins undone in the mirrors). Session 39, clause
``zh_digit_numerals``: numerals written digit by digit ("一〇、", "三三、" / "三四、": 高卢战记's
sections, numbered as years are written, "一九四九") count too (1 join undone in the mirrors).

Guards ``numbered_item_consecutive`` (the numbers follow each other: a wrap landing before
"三、李四" under a line opening "一、" is read through, as is "张" / "三、李四" under any other
line) and ``numbered_item_same_kind`` ("一、" over "（二）" are a heading and its part's
item, not two items: the unwrap stage decides as before). Guard ``numbered_item_run_on``
(session 38): where the upper item line is joined to the line above it and is as wide as
it, the two are lines of one hard-wrapped paragraph whose wraps happened to land right
before two numbers in a row (the session-37 review's built samples: 8 of 1,800 natural and
393 of 864 rigged ones made worse; none in the mirrors), so the pair joins as before.

Cost: the pairs the stage would join whose two lines both open with a digit, a Chinese
numeral or a bracket (one vectorised test), then one match each.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search

_NUMERALS = "一二三四五六七八九十"
_ZEROS = "〇○零"
_ITEM = re.compile(
    r"(?:([一二三四五六七八九十〇○零]{1,3})、|[（(]([一二三四五六七八九十〇○零]{1,3})[）)]"
    r"|[（(](\d{1,3})[）)]|(\d{1,3})[.、．](?!\d)|([一二三四五六七八九十〇○零]{1,3})[：:])"
)
_STARTS = np.array([ord(c) for c in _NUMERALS + "（(0123456789"])


def _chinese_number(s: str) -> int | None:
    """一 .. 九十九 (or 一〇 .. 九九九 digit by digit) as a number, else None."""
    if not s:
        return None
    # Clause zh_digit_numerals (session 39): numerals written digit by digit, "一〇", "三三",
    # "三四" (10, 33, 34: 高卢战记's sections, as years are written "一九四九")
    if len(s) > 1 and "十" not in s:
        if s[0] in _ZEROS:
            return None
        digits = [0 if c in _ZEROS else _NUMERALS.index(c) + 1 for c in s]
        return int("".join(map(str, digits)))
    if "十" not in s:
        return _NUMERALS.index(s) + 1 if s in _NUMERALS else None
    tens, _, ones = s.partition("十")
    if any(c in _ZEROS for c in s):
        return None
    t = 1 if not tens else (_NUMERALS.index(tens) + 1 if len(tens) == 1 and tens != "十" else None)
    o = 0 if not ones else (_NUMERALS.index(ones) + 1 if len(ones) == 1 and ones != "十" else None)
    return None if t is None or o is None else 10 * t + o


def _item(text: str, start: int) -> tuple[int, int] | None:
    """(kind, number) of the list mark opening the line at ``start``."""
    m = _ITEM.match(text, start)
    if m is None:
        return None
    for kind, group in enumerate(m.groups()):
        if group:
            number = int(group) if kind in (2, 3) else _chinese_number(group)
            return None if number is None else (kind, number)
    return None


def numbered_item_pairs(text, cp, lines, a, b, joined) -> np.ndarray:
    """Indices of ``joined`` (pairs the stage would join) that are two numbered items."""
    line_start, _, first, last, _ = lines
    if not joined.size:
        return joined
    both = isin(cp[first[a[joined]]], _STARTS) & isin(cp[first[b[joined]]], _STARTS)
    keep = []
    for k in joined[both].tolist():
        upper = _item(text, int(first[a[k]]))
        lower = _item(text, int(first[b[k]])) if upper else None
        # guards numbered_item_same_kind, numbered_item_consecutive
        if lower and lower[0] == upper[0] and lower[1] == upper[1] + 1:
            keep.append(k)
    return np.array(
        [k for k in keep if not _runs_on(k, a, line_start, last, joined, keep)], dtype=np.int64
    )


def _runs_on(k, a, line_start, last, joined, keep) -> bool:
    """Guard ``numbered_item_run_on`` (session 38): the upper item line of pair ``k`` is
    joined to the line above it, as wide as it (within a character): both are lines of one
    wrapped paragraph whose wraps landed before two numbers in a row."""
    if k == 0 or a[k - 1] != a[k] - 1 or k - 1 in keep or not isin(k - 1, joined):
        return False
    upper, above = int(a[k]), int(a[k]) - 1
    return abs(int(last[upper] - line_start[upper]) - int(last[above] - line_start[above])) <= 1
