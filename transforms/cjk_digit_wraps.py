"""Clause ``digit_at_cjk_wrap`` of the unwrap stage (session 54, called from
``transforms.cjk_layout.cjk_joins``): a wrap of Chinese text next to an ASCII number.

A pair of lines is a CJK pair (joined when the upper line is full) only when both
edges of the break are CJK; rule ``latin_in_cjk`` reads a Latin letter at a break,
but nothing read an ASCII digit. So a wrapper that counts characters and broke a
line before or after a number left the break in place: 阿庇安's 罗马史 (wrapped at 33
characters) kept "…这可能就是公元" / "116 年图拉真皇帝在埃…" and "…写过公元前" / "390 年到苏拉时
代" as two paragraphs.

What the clause proves: line ``a`` is as full as the CJK lines that join
(``cjk_fill`` of the document's CJK wrap width, every character counted full-width,
as ``cjk_joins`` measures), the break has an ASCII digit on one side and a Han
character on the other (on ``a``'s side a Han character, "，" or "、": a line that
stops inside a clause), and ``b`` starts no deeper. Then the wrapper ran out of
width inside a phrase ("公元" + "116 年"); the pair joins without a space, as CJK
pairs do. Guard ``number_in_prose``: the number's other side is a Han character too
(one space allowed: "116 年", "如果说18"), so an index's cells ("…\t716:2" / "畬\t1822:1",
康熙字典索引) and a numbered item's mark ("1.在有意写…", "2、", "3）") keep their breaks;
so do the lines the later rules of ``find_wraps`` keep (headings, set-apart lines,
numbered runs). A short line
("商务印书馆编辑部" / "1983 年5 月", a heading "序言" / "1.在…") is not full and keeps its
break as before.
"""

from __future__ import annotations

import re

import numpy as np

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# clause wide_comma_thousands (session 55): "，" before three digits is a thousands
# separator inside the number ("部下2，000" / "人，进攻…", 罗马史), as "," is
_NUMBER = "[0-9]+(?:[.,][0-9]+|，[0-9]{3})*"
_NUMBER_AFTER = re.compile(f"{_NUMBER} ?[{_HAN}]")
_NUMBER_BEFORE = re.compile(f"[{_HAN}] ?{_NUMBER}$")
# clause digit_wrap_spaced_book: how the document writes a number after / before Han
_HAN_NUMBER = (re.compile(f"[{_HAN}] [0-9]"), re.compile(f"[{_HAN}][0-9]"))
_NUMBER_HAN = (re.compile(f"[0-9] [{_HAN}]"), re.compile(f"[0-9][{_HAN}]"))
_SPACED_MIN = 10  # spaced places a vote needs (a stray "在 3" decides nothing)


def _ascii_digit(c: np.ndarray) -> np.ndarray:
    return (c >= 48) & (c <= 57)


def _han(c: np.ndarray) -> np.ndarray:
    return ((c >= 0x4E00) & (c <= 0x9FFF)) | ((c >= 0x3400) & (c <= 0x4DBF))


def digit_wraps(text: str, cp: np.ndarray, lines, a, b, full: np.ndarray, deeper) -> np.ndarray:
    """Clause ``digit_at_cjk_wrap``: for each pair ``a`` / ``b`` (``lines`` as
    ``unwrap`` builds them), whether it is a wrap beside an ASCII number. ``full``:
    whether ``a`` is as full as the CJK lines that join; ``deeper``: whether ``b`` is
    indented deeper than ``a``."""
    _, _, first, last, _ = lines
    la, fb = last[a] - 1, first[b]
    before, after = cp[la], cp[np.minimum(fb, len(cp) - 1)]
    open_a = _han(before) | (before == 0xFF0C) | (before == 0x3001)  # "，" "、"
    out = full & ~deeper & (fb < len(cp))
    out &= (open_a & _ascii_digit(after)) | (_ascii_digit(before) & _han(after))
    for k in np.flatnonzero(out).tolist():
        # guard number_in_prose: the number's far side is Han too, one space allowed
        # ("公元" / "116 年", "如果说18" / "世纪"): not a table's cells ("…\t716:2" /
        # "畭\t1822:2", 康熙字典索引), nor a numbered item's mark ("1.在…", "2、", "3）")
        f, e = int(fb[k]), int(la[k])
        if not (_NUMBER_AFTER.match(text, f) or _NUMBER_BEFORE.search(text, max(e - 40, 0), e + 1)):
            out[k] = False
    return out


def _spaces_numbers(text: str, forms) -> bool:
    spaced, tight = (len(form.findall(text)) for form in forms)
    return spaced >= _SPACED_MIN and spaced > 2 * tight


def spaced_digit_joins(text: str, cp: np.ndarray, la, fb, joined) -> np.ndarray:
    """Clause ``digit_wrap_spaced_book`` (review of session 54): of the pairs ``joined``
    (indices of CJK joins; ``la`` / ``fb``: each pair's last and first characters),
    those with a Han character and an ASCII number at the break, which join with a
    space because the document spaces its numbers on that side: 邓小平时代 writes "在 1980
    年" (7,464 "Han digit" with a space, 13 without) and its wrapper dropped the space at
    the break ("…后来又在" / "1980 年代" joined tight made "在1980 年代"); 罗马史 writes "公元95
    年" (after a number 1,126 spaced, 3 tight; before it 0 spaced). A document that does
    not space them more than twice as often as not (and at least ten times) joins tight
    as ``digit_at_cjk_wrap`` does."""
    out = np.zeros(len(joined), dtype=bool)
    if not len(joined):
        return out
    before, after = cp[la[joined]], cp[np.minimum(fb[joined], len(cp) - 1)]
    number_after = _han(before) & _ascii_digit(after)  # "…在" / "1980 年"
    number_before = _ascii_digit(before) & _han(after)  # "…1980" / "年"
    if number_after.any() and _spaces_numbers(text, _HAN_NUMBER):
        out |= number_after
    if number_before.any() and _spaces_numbers(text, _NUMBER_HAN):
        out |= number_before
    return out
