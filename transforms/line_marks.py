"""What a line opens with, for the unwrap stage's rules: a list marker (rule
``list_item``) or an unspaced dash (rule ``dash_start``)."""

from __future__ import annotations

import re

import numpy as np

_DASHES = np.asarray([ord(c) for c in "-—"], dtype=np.uint32)


def dash_starts(cp: np.ndarray, pos: np.ndarray) -> np.ndarray:
    """Whether an unspaced dash ("—A", "--the") opens the line at each ``pos``."""
    last = len(cp) - 1
    em = cp[pos] == 0x2014
    double = (cp[pos] == 45) & (cp[np.minimum(pos + 1, last)] == 45)
    after = cp[np.minimum(pos + np.where(double, 2, 1), last)]
    return (em | double) & (after > 32) & ~np.isin(after, _DASHES)


_LIST_MARKER = re.compile(r"(?:[-*+•]|\d{1,3}[.)])[ \t]")


def list_items(text: str, firsts: np.ndarray) -> np.ndarray:
    """Whether the line whose first non-space character is at each position opens
    a list item ("- ", "* ", "• ", "12. ", "3) ")."""
    return np.fromiter(
        (_LIST_MARKER.match(text, p) is not None for p in firsts.tolist()),
        dtype=bool,
        count=len(firsts),
    )
