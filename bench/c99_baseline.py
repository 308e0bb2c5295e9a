"""The C99 block segmenter as it was before the speed work (main at ef787a1),
kept as the baseline of ``bench/c99_speed.py`` and of the equivalence tests.

Only what changed is copied: the rank transform over the whole batch at once in
float64. ``cosine_matrices`` (``transforms.c99_ranks``) and ``divisive``
(``transforms.c99_divisive``) still do the same arithmetic on the same whole-batch
arrays as the old code did.
"""

from __future__ import annotations

import numpy as np

from transforms.c99 import C99Config, size_groups
from transforms.c99_divisive import boundary_count, divisive
from transforms.c99_ranks import cosine_matrices


def rank_matrices(sims: np.ndarray, sizes: np.ndarray, mask: int) -> np.ndarray:
    """The old rank transform: every block at once, float64 comparisons."""
    nb, width = sims.shape[0], sims.shape[1]
    if nb == 0 or width == 0:
        return np.zeros_like(sims)
    h = mask // 2
    idx = np.arange(width)
    valid = idx[None, :] < np.asarray(sizes)[:, None]  # (nb, B)
    cells = valid[:, :, None] & valid[:, None, :]
    padded = np.full((nb, width + 2 * h, width + 2 * h), np.inf)  # never lower
    padded[:, h : h + width, h : h + width] = np.where(cells, sims, np.inf)
    lower = np.zeros(sims.shape, dtype=np.int16)
    for di in range(mask):
        for dj in range(mask):
            if di != h or dj != h:
                lower += padded[:, di : di + width, dj : dj + width] < sims
    rows = np.minimum(idx, h)[None, :] + np.minimum(np.asarray(sizes)[:, None] - 1 - idx, h) + 1
    others = rows[:, :, None] * rows[:, None, :] - 1
    return np.where(cells, lower / np.maximum(others, 1), 0.0)


def segment_blocks(
    blocks: list[tuple[np.ndarray, np.ndarray]], config: C99Config
) -> list[np.ndarray]:
    """The old ``transforms.c99.segment_blocks``: dense similarities, ranks and
    prefix sums of all blocks of a size group at once."""
    out = [np.zeros(0, dtype=np.int64) for _ in blocks]
    for todo in size_groups(blocks, config.min_units):
        sizes = np.asarray([len(blocks[i][0]) - 1 for i in todo], dtype=np.int64)
        sims = cosine_matrices([blocks[i] for i in todo], int(sizes.max()))
        ranks = rank_matrices(sims, sizes, config.mask)
        splits, densities = divisive(ranks, sizes, config.min_units)
        for row, i in enumerate(todo):
            keep = boundary_count(densities[row], config.cutoff_std)
            out[i] = np.sort(splits[row, :keep])
    return out
