"""Clause ``cjk_mark_opens_line`` (called from ``transforms.cjk_layout.cjk_joins``).

Chinese and Japanese typesetting never opens a line with a mark that closes
what stands before it (the line-start rule of 禁则 / 禁則処理: "，", "。", "、",
"；", "：", "！", "？" and closing brackets). A wrapper that breaks before such a
mark, or a translator's line set so, leaves a line that continues the one above,
whatever the widths say: Debian's Social Contract in fortunes-zh ``chinese``
(wrapped at 56 columns) kept "…我们允许他人" / "，在没有我们的资金的参与下，…",
"…高质量的" / "、100%自由的软件，…" and "…可以在 Debian 下使用" / "。我们鼓励光盘制造商…",
because the lines holding Latin words measure short in the block. Such a pair,
both edges CJK and the lower line not indented deeper, is joined. Opening
quotes, dashes and "……" are not in the set: a novel's paragraph may open with
them ("……他说", "——").

Clause ``cjk_mark_after_full_stop`` (session 26 review): after a line that ends
its sentence ("。", "！", "？"), a line opening with a clause or sentence mark is
no wrap: no mark follows a full stop in running text, so the line is a note of
its own, the web's ellipsis "。。。" or "。。" opening a remark (a Chinese study note
on epoll: "内核去遍历这1000个。" / "。。。", "。。worker_processor 改成1 ，不然线程太多。" /
"。。nginx 主从配置，…"). A closing bracket or quote after a full stop ("……。" /
"」") still joins.

Clause ``cjk_title_bullet`` (session 26 review): a line opening with "》" or "〉"
joins only when the line above leaves a title open ("《" or "〈" after its last
closing one). Chinese notes type "》" for ">" as a bullet ("注意：" / "》生成时不能打开
已生成的文件，无法报错。" / "》保存中文时必须转码…"; "…相结合的疗休养线路。" / "》景点介绍" /
"》特色体验"), items the clause ran together; a book title is short and is wrapped
inside its own brackets.
"""

from __future__ import annotations

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search

# Clause cjk_mark_opens_line: the marks that never open a line (clause ends and
# closing brackets, full-width); a line opening with one continues the line above.
_CLOSES = np.asarray([ord(c) for c in "，。、；：！？）」』》〉】〕"], dtype=np.uint32)
# Clause cjk_mark_after_full_stop: a full stop ending the line above, and the
# marks that cannot follow one (a closing bracket or quote can).
_FULL_STOPS = np.asarray([ord(c) for c in "。！？"], dtype=np.uint32)
_CLAUSE_MARKS = np.asarray([ord(c) for c in "，。、；：！？"], dtype=np.uint32)
# Clause cjk_title_bullet: the title brackets, closing -> (opening, closing).
_TITLE_PAIRS = {ord("》"): (ord("《"), ord("》")), ord("〉"): (ord("〈"), ord("〉"))}
_TITLE_CLOSES = np.asarray(list(_TITLE_PAIRS), dtype=np.uint32)


def mark_opens_line(
    cp: np.ndarray, la: np.ndarray, fb: np.ndarray, cjk: np.ndarray, deeper: np.ndarray
) -> np.ndarray:
    """For each pair of lines, whether the lower line (its first character at
    ``fb``) opens with a mark that closes the text above (the upper line's last
    character at ``la``), both edges being CJK (``cjk``) and the lower line not
    indented deeper (``deeper``)."""
    after_stop = isin(cp[la], _FULL_STOPS) & isin(cp[fb], _CLAUSE_MARKS)
    out = cjk & ~deeper & isin(cp[fb], _CLOSES) & ~after_stop
    for k in np.flatnonzero(out & isin(cp[fb], _TITLE_CLOSES)).tolist():
        out[k] = _title_open(cp, int(la[k]), _TITLE_PAIRS[int(cp[fb[k]])])
    return out


def _title_open(cp: np.ndarray, end: int, pair: tuple[int, int]) -> bool:
    """Clause cjk_title_bullet: whether the line ending at ``end`` leaves a title
    open, its opening bracket after its last closing one (``pair``)."""
    opening, closing = pair
    k = end
    while k >= 0 and cp[k] != 10:
        if cp[k] == closing:
            return False
        if cp[k] == opening:
            return True
        k -= 1
    return False
