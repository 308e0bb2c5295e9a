"""Clause ``ragged_margin`` helpers of the unwrap stage (moved from ``transforms.unwrap``,
session 44, unchanged): a block's own right margin, whether a block reads as filled prose
(clause ``ragged_margin_verse_fill``) and lines ending on a number (clause
``ragged_margin_number_stop``)."""

from __future__ import annotations

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search

# Clause ragged_margin; not "." (clause ragged_margin_number_stop).
_INDEX_MARKS = np.asarray([ord(c) for c in ",;:)"], dtype=np.uint32)
_FILL_MIN, _FILL_SHARE = 4, 0.6  # clause ragged_margin_verse_fill


def block_margins(width, blank) -> np.ndarray:
    """The widest line of each block (lines between blank lines; block k follows the
    k-th blank line), for clause ``ragged_margin``."""
    line_block = np.cumsum(blank)
    starts = np.searchsorted(line_block, np.arange(int(line_block[-1]) + 1))
    return np.maximum.reduceat(width, starts)


def filled_blocks(block, nblocks, cont, filled) -> np.ndarray:
    """Clause ``ragged_margin_verse_fill``: whether each block reads as filled prose for
    clause ``ragged_margin``. In prose a line that a lower-case line continues reaches
    near the block's margin (``filled``, per pair); lower-case verse breaks anywhere
    (Milton's 1645 printing, "so little is our losse" / "so little is thy gaine" at 22 of
    48 columns). A block with at least ``_FILL_MIN`` lower-case continuations (``cont``)
    of which under ``_FILL_SHARE`` follow a filled line is not; smaller blocks (a
    Folio speech of five lines) give no evidence and pass."""
    conts = np.bincount(block, cont, nblocks)
    return (conts < _FILL_MIN) | (np.bincount(block, cont & filled, nblocks) >= _FILL_SHARE * conts)


def ends_number(cp, la) -> np.ndarray:
    """Whether each line (its last character at ``la``) ends on a digit, or a digit
    and one mark (an index entry's "i. 58;", "567,"). Clause ragged_margin_number_stop:
    not a full stop; a sentence ending on a year or a page is prose (Lord Sheffield's
    "...if we would go to you in 1791." / "It raised the whole Family", a run-on
    contents paragraph's "...predominance, 659." / "A mechanical theory ...")."""
    prev = cp[np.maximum(la - 1, 0)]
    digit = (cp[la] >= 48) & (cp[la] <= 57)
    return digit | (isin(cp[la], _INDEX_MARKS) & (prev >= 48) & (prev <= 57))
