"""Clause ``block_width`` of rule ``cjk_lines`` (``cjk_layout.cjk_joins``): a
CJK line cut mid-phrase that is full for the width of its own blank-line block
joins the next, in texts whose entries are each wrapped at their own width."""

import re

import numpy as np

# A clause or sentence mark: a line holding none is a title or a name.
MARK = re.compile("[，。！？；、…,.!?;]")


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
    cand = np.flatnonzero(open_pairs)
    cand = cand[_ideograph(cp[last[a[cand]] - 1]) & _ideograph(cp[first[b[cand]]])]
    if not len(cand):
        return out
    block = np.cumsum(blank)
    width = np.where(blank, 0, 2 * (last - first) + (first - line_start))
    widest = np.zeros(int(block[-1]) + 1, dtype=np.int64)
    np.maximum.at(widest, block, width)
    count = np.bincount(block[~blank], minlength=len(widest))
    k = a[cand]
    cand = cand[(count[block[k]] >= 3) & (width[k] >= fill * widest[block[k]])]
    marked = [MARK.search(text, int(first[i]), int(last[i])) is not None for i in a[cand].tolist()]
    out[cand[np.asarray(marked, dtype=bool)]] = True
    return out
