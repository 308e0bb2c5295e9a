"""C99's steps 3 and 4 (:mod:`transforms.c99`): divisive clustering of the rank
matrices of a batch of blocks at once, and how many of its cuts to keep.

Divisive clustering: with segments ``B_k`` of inside sum ``s_k`` (ranks summed over
``B_k x B_k``) and area ``a_k = |B_k|^2``, each step makes the cut that gives the
block the highest inside density ``D = sum s_k / sum a_k`` (Choi's greedy; inside
sums from a 2-D prefix sum in O(1)). How many: the steps up to the last one whose
smoothed density gain exceeds ``mean + cutoff_std * std`` of all gains.
"""

from __future__ import annotations

import numpy as np


def divisive(ranks: np.ndarray, sizes: np.ndarray, min_units: int) -> tuple[np.ndarray, np.ndarray]:
    """Choi's divisive clustering of a batch of rank matrices, all blocks at once:
    each step makes, in every block, the cut (over all positions of all its
    segments) that gives the block the highest inside density.

    Returns:
      ``(splits, densities)``: ``splits[i, t]`` is the unit where block ``i`` cut at
      step ``t`` (-1 once it has nothing left to cut); ``densities[i, 0]`` is the
      density before any cut and ``densities[i, t + 1]`` after step ``t`` (NaN
      after the last cut).
    """
    nb, width = ranks.shape[0], ranks.shape[1]
    p = np.zeros((nb, width + 1, width + 1))
    p[:, 1:, 1:] = ranks.cumsum(1).cumsum(2)
    return _divisive(p, sizes, min_units)


def _divisive(p: np.ndarray, sizes: np.ndarray, min_units: int) -> tuple[np.ndarray, np.ndarray]:
    """``divisive`` from the 2-D prefix sums ``p`` of the rank matrices."""
    nb, width = p.shape[0], p.shape[1] - 1
    sizes = np.asarray(sizes, dtype=np.int64)

    def inside(r, a, b):  # sum over the square [a, b) x [a, b) (ranks are symmetric)
        return p[r, b, b] - 2 * p[r, a, b] + p[r, a, a]

    steps = max(width - 1, 0)
    k = np.broadcast_to(np.arange(1, steps + 1), (nb, steps))
    seg_a = np.zeros(k.shape, dtype=np.int64)  # the segment [a, b) holding each cut k
    seg_b = np.broadcast_to(sizes[:, None], k.shape).copy()
    # What cutting at k adds to the block's inside sum and area (changes only when
    # k's segment is cut, so it is updated there only: O(segment) per step).
    gain = np.zeros(k.shape)
    shrink = np.zeros(k.shape)
    open_ = (k - seg_a >= min_units) & (seg_b - k >= min_units)

    def update(rr, cc):
        kk, aa, bb = k[rr, cc], seg_a[rr, cc], seg_b[rr, cc]
        gain[rr, cc] = inside(rr, aa, kk) + inside(rr, kk, bb) - inside(rr, aa, bb)
        shrink[rr, cc] = (kk - aa) ** 2 + (bb - kk) ** 2 - (bb - aa) ** 2
        open_[rr, cc] &= (kk - aa >= min_units) & (bb - kk >= min_units)

    update(*np.nonzero(open_))
    rows = np.arange(nb)
    total = inside(rows, np.zeros(nb, np.int64), sizes)
    area = (sizes**2).astype(np.float64)
    splits = np.full((nb, steps), -1, dtype=np.int64)
    densities = np.full((nb, steps + 1), np.nan)
    densities[:, 0] = np.divide(total, area, out=np.zeros(nb), where=area > 0)
    for t in range(steps):
        active = open_.any(axis=1)
        if not active.any():
            break
        with np.errstate(divide="ignore", invalid="ignore"):
            d = (total[:, None] + gain) / (area[:, None] + shrink)
        j = np.argmax(np.where(open_, d, -np.inf), axis=1)
        a, b, c = seg_a[rows, j], seg_b[rows, j], k[rows, j]
        total = np.where(active, total + gain[rows, j], total)
        area = np.where(active, area + shrink[rows, j], area)
        densities[active, t + 1] = total[active] / area[active]
        splits[active, t] = c[active]
        open_[rows[active], j[active]] = False
        # Cuts k in (a, c) now lie in [a, c), those in (c, b) in [c, b): index
        # them directly (column k - 1), without scanning the whole array.
        r = rows[active]
        lo, hi, at = a[active], b[active], c[active]
        rr, kk = _ranges(r, lo + 1, hi)
        cut_at = np.repeat(at, hi - lo - 1)
        before, after = kk < cut_at, kk > cut_at
        seg_b[rr[before], kk[before] - 1] = cut_at[before]
        seg_a[rr[after], kk[after] - 1] = cut_at[after]
        keep = kk != cut_at
        rr, cc = rr[keep], kk[keep] - 1
        still = open_[rr, cc]
        update(rr[still], cc[still])
    return splits, densities


def _ranges(
    rows: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(row, value) for every value of ``range(starts[i], ends[i])`` of every row."""
    lengths = np.maximum(ends - starts, 0)
    offsets = np.repeat(np.cumsum(lengths) - lengths, lengths)
    values = np.arange(int(lengths.sum())) - offsets + np.repeat(starts, lengths)
    return np.repeat(rows, lengths), values


def boundary_count(densities: np.ndarray, cutoff_std: float) -> int:
    """Cuts to keep: up to the last step whose smoothed density gain exceeds
    ``mean + cutoff_std * std`` of the gains (NaN densities ignored)."""
    densities = np.asarray(densities)
    gains = np.diff(densities[~np.isnan(densities)])
    if len(gains) == 0:
        return 0
    if len(gains) >= 3:
        padded = np.pad(gains, 1, mode="edge")
        gains = (padded[:-2] + 2 * padded[1:-1] + padded[2:]) / 4
    cutoff = gains.mean() + cutoff_std * gains.std()
    above = np.flatnonzero(gains > cutoff)
    return int(above[-1]) + 1 if len(above) else 0
