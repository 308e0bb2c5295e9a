"""CJK lines a writer set apart on purpose: never joined by the width rules.

The unwrap stage joins a CJK line that is full for its document (rules
``cjk_verse_lines``' width test, ``block_width``, ``latin_in_cjk``). On a short
text, a Chinese note or README of a few dozen lines, "full" is measured against
a handful of lines, so a long sentence line is full and ran into the line under
it, also when that line opens with a mark that no wrap leaves there. Measured on
124 real Markdown/text notes and READMEs (a node.js reading note, a WeChat
development diary, a LeetCode write-up, a Taiwanese guest-house notice, PyPI's
pypinyin and snownlp, ruanyf/weekly, CS-Notes, two GitHub note collections):
8 of 39 joins were such lines. Three clauses, each a veto on the line pair:

Clause ``cjk_stop_then_mark`` (extends ``cjk_mark_after_full_stop`` of
``transforms.cjk_line_start`` from "not forced" to "never joined"): a line that
opens with "，。、；：！？" under a line ending "。！？" is a remark of its own; no
mark follows a full stop in running text ("！" or "？" on both sides excepted:
"你说什么！" / "？…" is a cut "！？"). Real lines: "…都能够方便地访问网站。" /
"。。。。（略）" (a LangChain note), "linear-gradient()：线性渐变。" / "。。。" (a web
interview note), "…按照其提示進行操作。" / "：）" (the PackageManagerKi README).

Clause ``cjk_title_bullet_apart`` (extends ``cjk_title_bullet``): a line opening
with "》" or "〉" where the line above leaves no title open ("《"/"〈" after its
last closing one) is an item: Chinese notes type "》" for ">" as a bullet ("…也
不行。" / "》具备良好的测试" / "》具备良好的文档，README、API"; "…主要问题：" /
"》在搜索一些笔记…" / "》打开python，…"; "…就行了。" / "》代码").

Clause ``cjk_bullet_line``: a line opening with a bullet sign ("・●○◎■◆◇▪►▶★☆※")
followed by a CJK character or a digit is an item ("・18:00 後抵達請提前通知…" /
"・提早入住或延後退房須事先確認…"; Japanese READMEs list with "・" the same way).
A fold wrapper could cut before "・" inside a katakana compound ("コンピュータ" /
"・サイエンス"), but not before a bullet opening a clause after a full stop: the
clause asks the line above to end a clause or a sentence ("。！？：；，、" or a
closing bracket or quote), or to open with the same bullet (the item above).
"□" is not a bullet: GB-era texts put it for a glyph the code page lacks, at a
line's start too (水浒传: "…和人连马，" / "□下陷坑里去。", 6 such lines).
Clause ``cjk_bullet_line_latin`` (review, session 27): a bullet sign before a
Latin letter is an item too when the line above ends on a CJK clause mark or
closing bracket (w3m's doc-jp/HISTORY: "…VI_PREC_NUM を #defile してください。" /
"・Save 時に(-dump の場合にも) ~/ や ~user/ を展開する様にした。", 53 such items).
Clause ``cjk_bullet_line_middle_dot`` (review, session 27): under a line ending
on a closing bracket or quote, "・" is the middle dot that strings bracketed
names in running Japanese ("以下では、『運用上の優秀性』" / "・『信頼性』を意識して…",
a fold wrapper's cut), not a bullet, unless the line above is an item opening
with "・" or a bracketed label of its own ("【必須】" / "・日本語").

Clause ``cjk_markdown_heading``: a Markdown ATX heading ("#" to "######" and a
space) beside a line, either holding CJK, is a line of its own: a web interview
note's "#### html语义化标签" / "HTML为网页文档内容提供上下文结构和含义。…" was run
into its paragraph (rule ``latin_in_cjk``: an ideograph, the break, a Latin
letter). RST's enumerator "#." is no heading (no space after the "#").
"""

from __future__ import annotations

import numpy as np

from transforms.cjk_line_start import _title_open
from transforms.sorted_unique import isin  # clause isin_by_search

# Clause cjk_stop_then_mark: the full stops, and the marks that cannot follow one.
_FULL_STOPS = np.asarray([ord(c) for c in "。！？"], dtype=np.uint32)
_CLAUSE_MARKS = np.asarray([ord(c) for c in "，。、；：！？"], dtype=np.uint32)
_EXCLAIMS = np.asarray([ord(c) for c in "！？"], dtype=np.uint32)
# Clause cjk_title_bullet_apart: the title brackets, closing -> (opening, closing).
_TITLE_PAIRS = {ord("》"): (ord("《"), ord("》")), ord("〉"): (ord("〈"), ord("〉"))}
_TITLE_CLOSES = np.asarray(list(_TITLE_PAIRS), dtype=np.uint32)
# Clause cjk_bullet_line: bullet signs, and what may end the line above one.
_BULLETS = np.asarray([ord(c) for c in "・●○◎■◆◇▪►▶★☆※"], dtype=np.uint32)
_ITEM_ENDS = np.asarray([ord(c) for c in "。！？：；，、）」』》〉】〕”’:;)"], dtype=np.uint32)
# Clause cjk_bullet_line_middle_dot: closing brackets and quotes, closing -> opening.
_OPENERS = {ord(c): ord(o) for c, o in zip("）」』》〉】〕”’)", "（「『《〈【〔“‘(", strict=True)}
_MIDDLE_DOT = ord("・")
# Clause cjk_bullet_line_latin: the CJK marks of _ITEM_ENDS.
_CJK_ITEM_ENDS = np.asarray([ord(c) for c in "。！？：；，、）」』》〉】〕”’"], dtype=np.uint32)


def set_apart(cp: np.ndarray, first: np.ndarray, la: np.ndarray, fb: np.ndarray) -> np.ndarray:
    """For each pair of lines (the upper one's first character at ``first``, its
    last at ``la``; the lower one's first at ``fb``), whether the lower line is
    set apart on purpose and keeps its break (clauses above)."""
    top = len(cp) - 1
    start, end = cp[fb], cp[la]
    # Clause cjk_stop_then_mark: a clause mark opening a line after a full stop.
    out = isin(end, _FULL_STOPS) & isin(start, _CLAUSE_MARKS)
    # "！" or "？" on both sides is one "！？"/"？！"/"！！" a fold wrapper cut: left to the widths.
    out &= ~(isin(end, _EXCLAIMS) & isin(start, _EXCLAIMS))
    # Clause cjk_title_bullet_apart: "》" with no title left open above.
    for k in np.flatnonzero(isin(start, _TITLE_CLOSES)).tolist():
        out[k] = not _title_open(cp, int(la[k]), _TITLE_PAIRS[int(start[k])])
    # Clause cjk_bullet_line: a bullet sign before a CJK character or a digit,
    # under a line that ends a clause or opens with the same bullet.
    after = cp[np.minimum(fb + 1, top)]
    latin = ((after | 32) >= 97) & ((after | 32) <= 122) & isin(end, _CJK_ITEM_ENDS)
    item = isin(start, _BULLETS) & ((after >= 0x2E80) | ((after >= 48) & (after <= 57)) | latin)
    item &= isin(end, _ITEM_ENDS) | (cp[first] == start)
    # Clause cjk_bullet_line_middle_dot: "』" / "・『" strings names unless the line above is a label.
    for k in np.flatnonzero(item & (start == _MIDDLE_DOT) & (cp[first] != start)).tolist():
        if int(end[k]) in _OPENERS:
            item[k] = _label(cp, int(first[k]), int(la[k]))
    # Clause cjk_markdown_heading: an ATX heading on either side of the break.
    for k in np.flatnonzero((cp[first] == 35) | (start == 35)).tolist():
        upper = _atx(cp, int(first[k])) and _holds_cjk(cp, int(first[k]), int(la[k]))
        lower = _atx(cp, int(fb[k])) and _holds_cjk(cp, int(first[k]), _line_end(cp, int(fb[k])))
        out[k] |= upper or lower
    return out | item


def _atx(cp: np.ndarray, at: int) -> bool:
    """Clause cjk_markdown_heading: whether a line opening at ``at`` opens with
    one to six "#" and a space."""
    k = at
    while k < len(cp) and k - at < 7 and cp[k] == 35:
        k += 1
    return 1 <= k - at <= 6 and k < len(cp) and cp[k] == 32


def _label(cp: np.ndarray, lo: int, hi: int) -> bool:
    """Clause cjk_bullet_line_middle_dot: whether the line from ``lo`` to ``hi`` is
    one bracketed label ("【必須】"): it opens with the bracket its end closes, which
    closes nowhere else on it."""
    closing = int(cp[hi])
    return int(cp[lo]) == _OPENERS[closing] and not (cp[lo:hi] == closing).any()


def _line_end(cp: np.ndarray, at: int) -> int:
    """The last character of the line holding ``at`` (clause cjk_markdown_heading)."""
    breaks = np.flatnonzero(cp[at:] == 10)
    return at + int(breaks[0]) - 1 if len(breaks) else len(cp) - 1


def _holds_cjk(cp: np.ndarray, lo: int, hi: int) -> bool:
    return bool((cp[lo : hi + 1] >= 0x2E80).any())
