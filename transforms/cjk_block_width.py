"""Clause ``block_width`` of rule ``cjk_lines`` (``cjk_layout.cjk_joins``): a
CJK line cut mid-phrase that is full for the width of its own blank-line block
joins the next, in texts whose entries are each wrapped at their own width;
clause ``two_line_wraps`` (an entry wrapped once) and clause ``parallel_lines``
(two lines of the same short clauses keep their break)."""

import re

import numpy as np

from transforms.sorted_unique import zero_first  # clause one_dtype_concatenate

# A clause or sentence mark: a line holding none is a title or a name.
MARK = re.compile("[，。！？；、…,.!?;]")
# Clause block_width_list_items: the number that opens a list item or a
# heading ("1.   TROFF 特性", "一、安装方法", "（3）") is no mark of prose.
_ENUMERATOR = re.compile(
    r"\s*(?:[0-9０-９]{1,3}[.．、]|[一二三四五六七八九十]{1,3}、|[（(][0-9一二三四五六七八九十]{1,3}[）)])"
)


TWO_LINE_COLUMNS = 48
_ENDS_SENTENCE = re.compile(r"[。！？.!?][”」』\"'）)]*\s*$")


def _wide(c: np.ndarray) -> np.ndarray:
    """Characters a terminal or groff sets two columns wide (East Asian Wide and
    Fullwidth: Hangul Jamo, CJK marks and ideographs, Hangul, compatibility
    ideographs, vertical and fullwidth forms); quotes and dashes ("“", "─") one."""
    return (
        ((c >= 0x1100) & (c <= 0x115F))
        | ((c >= 0x2E80) & (c <= 0xA4CF))
        | ((c >= 0xAC00) & (c <= 0xD7A3))
        | ((c >= 0xF900) & (c <= 0xFAFF))
        | ((c >= 0xFE30) & (c <= 0xFE4F))
        | ((c >= 0xFF00) & (c <= 0xFF60))
        | ((c >= 0xFFE0) & (c <= 0xFFE6))
        | (c >= 0x20000)
    )


def _ideograph(c: np.ndarray) -> np.ndarray:
    return ((c >= 0x3400) & (c <= 0x9FFF)) | ((c >= 0xF900) & (c <= 0xFAFF))


def block_wraps(text, cp, lines, a, b, open_pairs, fill) -> np.ndarray:
    """Clause ``block_width``: a CJK line cut mid-phrase (an ideograph on both
    sides of the break, a mark earlier in the line: prose) that is full for the
    width of its own block (lines between blank lines, 3 or more), not the
    document's. A fortune file wraps each entry at its own width (fortunes-zh
    ``chinese``: 57-70 columns, the document's 116 set by long unwrapped lines),
    so "...这不仅仅是因为在公共渠道" / "寻求帮助更容易得到回复..." stayed cut."""
    line_start, _, first, last, blank = lines
    out = np.zeros(len(a), dtype=bool)
    tight = _ideograph(cp[last[a] - 1]) & _ideograph(cp[first[b]])
    cand = np.flatnonzero(open_pairs & tight)
    if not len(cand):
        return out
    block = np.cumsum(blank)
    # Display columns, without the indent: a CJK character two, ASCII one.
    cum = np.concatenate(([0], np.cumsum(1 + (cp >= 0x1100))))
    cols = np.where(blank, 0, cum[last] - cum[first])
    # Clause block_width_columns: a line's width is its display columns and its
    # indent. Counting every character two columns made a line holding Latin words
    # the block's widest ("不属于 Debian 系统尽管它们已被配置成可以在 Debian 下使用", 56
    # columns counted 70), so the block's full CJK lines ("…的许可证，以判断" /
    # "他们是否…", 56) read as short and stayed cut (fortunes-zh ``chinese``, the
    # Debian Social Contract's entry). Columns as a terminal sets them (``_wide``).
    # manpages-zh's 746 pages: 148 wraps more joined ("有两个主要的上" / "下文"), 11
    # joined before kept (see docs/QUALITY.md, session 25 wtG).
    wide = _wide(cp)
    ecum = np.concatenate(([0], np.cumsum(1 + wide)))
    width = np.where(blank, 0, ecum[last] - ecum[first] + (first - line_start))
    widest = np.zeros(int(block[-1]) + 1, dtype=np.int64)
    np.maximum.at(widest, block, width)
    count = np.bincount(block[~blank], minlength=len(widest))
    # Clause block_width_ragged: a wrapper never leaves a line short when the
    # next ideograph would have fitted; a block holding such a line (short,
    # an ideograph at its end and at the next line's start) is set line by
    # line, not wrapped at its own width: manpages-zh lilyfaq(7), one thought
    # a line without a final mark ("...很多思想很巧妙" / "也许仅仅是“历史”就足够了。").
    same = block[a] == block[b]
    col_widest = np.zeros(len(widest), dtype=np.int64)
    np.maximum.at(col_widest, block, cols)
    short = tight & same & (cols[a] + 2 <= fill * col_widest[block[a]])
    ragged = np.bincount(block[a[short]], minlength=len(widest)) >= 2
    k = a[cand]
    # Clause two_line_wraps: an entry of two lines, the first wide (at least
    # TWO_LINE_COLUMNS) and cut mid-phrase, the second shorter and ending a
    # sentence, is one sentence wrapped once (fortunes-zh ``chinese``: the Debian
    # Reference's list items, "+ 这里表示一个强，但不是绝对的依赖关系。大多数用户不会想要"
    # / "这个包，除非在这里列出的所有包都已经安装。"). Verse lines end on marks; two
    # equal lines are no wrap of one sentence (clause parallel_lines).
    ends = np.asarray([_ENDS_SENTENCE.search(text, int(first[j]), int(last[j])) is not None
                       for j in b[cand].tolist()], dtype=bool)  # fmt: skip
    two = (count[block[k]] == 2) & (cols[k] >= TWO_LINE_COLUMNS) & (cols[b[cand]] < cols[k]) & ends
    keep = (
        ((count[block[k]] >= 3) | two) & (width[k] >= fill * widest[block[k]]) & ~ragged[block[k]]
    )
    cand, two = cand[keep], two[keep]
    # The second line ends the sentence: the first needs no mark of its own to be prose.
    marked = [
        MARK.search(text, _item_start(text, int(first[i]), int(last[i])), int(last[i])) is not None
        for i in a[cand].tolist()
    ]
    out[cand[np.asarray(marked, dtype=bool) | two]] = True
    return out


def _item_start(text: str, start: int, end: int) -> int:
    """Clause ``block_width_list_items``: where a line's text starts after the
    number of a list item or heading ("1.   TROFF 特性" / "使用宏." in
    manpages-zh mdoc.samples(7): the contents list, not a wrapped sentence)."""
    m = _ENUMERATOR.match(text, start, end)
    return m.end() if m else start


# Clause parallel_lines: two lines of the same clauses, each of up to
# PARALLEL_CLAUSE characters (a couplet "床前明月光，疑是地上霜" / "举头望明月，低头思故乡",
# a list "苹果，香蕉，橘子" / "牛奶，面包，鸡蛋"), are set line by line: their
# break stays, when they make their block or a line next to them has the same
# clauses too (a stanza of 诗经, four clauses of four a line). Prose wrapped at a
# narrow width may cut two lines alike by chance ("去过中国，却译出了许多中国" /
# "古典诗文，他的朋友说他读书" at 13 characters), not three.
PARALLEL_CLAUSE = 9
_CLAUSE_MARKS = "，、；：。！？,;:!?"
_CLAUSE_SPLIT = re.compile(f"[{_CLAUSE_MARKS}]")
_CLOSED = re.compile(f"[{_CLAUSE_MARKS}][”」』》）)\"']*$")  # a line ending on a clause mark
_IS_CLAUSE_MARK = np.zeros(0x10000, dtype=bool)
_IS_CLAUSE_MARK[[ord(c) for c in _CLAUSE_MARKS]] = True


def _clause_lengths(text: str, first, last, i: int) -> list[int]:
    parts = _CLAUSE_SPLIT.split(text[int(first[i]) : int(last[i])])
    if parts and not parts[-1]:
        parts.pop()
    return [len(p) for p in parts]


def _short_clauses(mark, first, last, lines_of) -> np.ndarray:
    """Whether each line in ``lines_of`` (ascending) holds a mark and no run of
    more than PARALLEL_CLAUSE characters without one: one numpy pass, so the
    Python check of ``parallel_lines`` runs on these few lines only."""
    f, e = first[lines_of], last[lines_of]
    ok = e > f
    if not ok.any():
        return ok
    pos = np.arange(len(mark) + 1)
    # Clause one_dtype_concatenate: np.concatenate / zero_first for np.r_ (bool, int64).
    reset = np.where(np.concatenate((mark, [True])), pos, -1)
    reset[f[f > 0] - 1] = f[f > 0] - 1  # a run starts again at each line
    run = pos - np.maximum.accumulate(reset)
    bounds = np.stack([f, np.maximum(e, f + 1)], axis=1).ravel()
    longest = np.maximum.reduceat(run, bounds)[::2]
    marks = zero_first(np.cumsum(mark))
    return ok & (longest <= PARALLEL_CLAUSE + 1) & (marks[e] > marks[f])


def parallel_lines(text: str, cp, lines, a, b, pairs) -> list[int]:
    """The pairs among ``pairs`` (indices into ``a``/``b``) whose two lines are
    parallel (clause ``parallel_lines``)."""
    _, _, first, last, blank = lines
    pairs = np.asarray(pairs, dtype=np.int64)
    if not len(pairs):
        return []
    same_length = (last[a[pairs]] - first[a[pairs]]) == (last[b[pairs]] - first[b[pairs]])
    pairs = pairs[same_length]
    if not len(pairs):
        return []
    mark = _IS_CLAUSE_MARK[np.minimum(cp, 0xFFFF)]
    pairs = pairs[_short_clauses(mark, first, last, a[pairs])]
    # The marks of both lines at the same offsets: their count and offset sum agree.
    marks = np.flatnonzero(mark)
    sums = zero_first(np.cumsum(marks))

    def moments(i):
        lo, hi = np.searchsorted(marks, first[i]), np.searchsorted(marks, last[i])
        return hi - lo, sums[hi] - sums[lo] - (hi - lo) * first[i]

    (ca, sa), (cb, sb) = moments(a[pairs]), moments(b[pairs])
    pairs = pairs[(ca == cb) & (sa == sb)]
    n, out = len(blank), []
    for k in pairs.tolist():
        i, j = int(a[k]), int(b[k])
        x = _clause_lengths(text, first, last, i)
        if len(x) < 2 or max(x) > PARALLEL_CLAUSE or min(x) == 0:
            continue
        # Clause parallel_lines_cut_clause: a line of verse opens and closes with
        # whole clauses. Prose wrapped at a narrow width cuts clauses at the same
        # offsets of several lines by chance (水浒传 wrapped at 12 characters: its
        # roster "立，欧鹏，邓飞，吕方，郭" / "盛，樊瑞，鲍旭，项充，李", alike by the
        # names' period; "厅前，花荣见了，连忙跳离" / "交椅，接下厅来，亲自解了"):
        # a one-character clause at a line's edge is a cut clause's end or start,
        # and in a block of more lines both lines must end on a clause mark.
        closed = _CLOSED.search(text, int(first[i]), int(last[i])) and _CLOSED.search(
            text, int(first[j]), int(last[j])
        )
        if x[0] == 1 or (x[-1] == 1 and not closed):  # "…無止！」": "」" is no clause
            continue
        if _clause_lengths(text, first, last, j) != x:
            continue
        before = i > 0 and not blank[i - 1]
        after = j + 1 < n and not blank[j + 1]
        if (not before and not after) or closed and (
            before and _clause_lengths(text, first, last, i - 1) == x
            or after and _clause_lengths(text, first, last, j + 1) == x
        ):  # fmt: skip
            out.append(k)
    return out
