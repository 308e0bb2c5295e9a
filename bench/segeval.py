"""Topic segmentation metrics shared by the bench scripts (no project imports, so
a script can evaluate another checkout's code with them)."""

from __future__ import annotations

import numpy as np


def pk_windowdiff(
    gold: np.ndarray, pred: np.ndarray, n: int, min_k: int = 2
) -> tuple[float, float]:
    """Pk and WindowDiff over n units; boundaries are unit indices starting a segment.

    The window ``k`` is half the mean gold segment length, rounded, and at least
    ``min_k``: 2, this project's metric since its first version; 1 gives the
    window of Beeferman et al. as nltk's ``pk`` computes it by default (where
    segments are about 2 units long, k = 1 and Pk is the share of unit gaps
    classified wrong)."""
    g = np.zeros(n, dtype=np.int64)
    p = np.zeros(n, dtype=np.int64)
    g[gold] = 1
    p[pred] = 1
    seg_count = len(gold) + 1
    k = max(min_k, int(round(n / seg_count / 2)))
    cg, cp = np.cumsum(g), np.cumsum(p)
    i = np.arange(n - k)
    bg = cg[i + k] - cg[i]  # boundaries in (i, i + k]
    bp = cp[i + k] - cp[i]
    pk = float(np.mean((bg > 0) != (bp > 0)))
    wd = float(np.mean(bg != bp))
    return pk, wd


def nearest_units(starts: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Index of the unit start nearest to each character offset (unique, > 0)."""
    n = len(starts)
    if n < 2:
        return np.zeros(0, dtype=np.int64)
    nearest = np.clip(np.searchsorted(starts, offsets), 1, n - 1)
    left_closer = offsets - starts[nearest - 1] < starts[nearest] - offsets
    units = np.unique(np.where(left_closer, nearest - 1, nearest))
    return units[units > 0]
