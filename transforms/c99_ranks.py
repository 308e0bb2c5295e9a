"""C99's steps 1 and 2 (:mod:`transforms.c99`): the similarity of units and the
rank transform, for a batch of blocks at once.

Similarity: cosine of the units' term-count vectors (``S = X X^T``, ``X`` sparse,
rows L2-normalized). Rank transform: each ``S[i, j]`` becomes the fraction of its
neighbours in a ``mask x mask`` window (clipped at the edges) with a lower
similarity, computed a cache-sized chunk of blocks at a time over 2-byte order
codes of the similarities (the same result as comparing the floats).
"""

from __future__ import annotations

import numpy as np

# About 1 MB of float64 per array: a chunk's rank transform stays in the L2 cache.
_RANK_CHUNK_CELLS = 1 << 16


def cosine_entries(
    blocks: list[tuple[np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The non-zero cosine similarities of the units' term counts in every block,
    as ``(block, row, col, value)``, ordered by block (then row); a unit without
    terms is similar to nothing (itself included).

    One sparse product for all blocks: a term gets a separate column in every
    block (the position of one of its occurrences there: no sort, unlike
    numbering the (block, term) pairs), so ``X X^T`` is block diagonal. A term
    repeated in a unit stays as repeated entries, which the product sums; the
    squared norms are its diagonal. Counts are integers, so every dot product
    is exact whatever the order of its terms.
    """
    # Here, not at the top: the build's driver imports this module with the stages'
    # graph but never runs C99; scipy.sparse is ~0.05 CPU-s it need not pay.
    from scipy import sparse

    nb = len(blocks)
    sizes = np.asarray([len(indptr) - 1 for indptr, _ in blocks], dtype=np.int64)
    row_offset = np.r_[0, np.cumsum(sizes)]
    terms = np.concatenate([np.asarray(ids, dtype=np.int64) for _, ids in blocks])
    indptr = np.r_[0, np.cumsum(np.concatenate([np.diff(indptr) for indptr, _ in blocks]))]
    scratch = np.empty(int(terms.max(initial=0)) + 1, dtype=np.int64)
    cols = np.empty(len(terms), dtype=np.int64)
    start = 0
    for _, ids in blocks:
        end = start + len(ids)
        scratch[ids] = np.arange(start, end)
        cols[start:end] = scratch[ids]
        start = end
    x = sparse.csr_matrix(
        (np.ones(len(terms)), cols, indptr), shape=(int(row_offset[-1]), len(terms))
    )
    s = (x @ x.T).tocoo()  # from CSR: row-major order
    squares = np.zeros(x.shape[0])
    diagonal = s.row == s.col
    squares[s.row[diagonal]] = s.data[diagonal]
    norms = np.sqrt(squares)
    inv = np.divide(1.0, norms, out=np.zeros(len(norms)), where=norms > 0)
    block = np.repeat(np.arange(nb), sizes)[s.row]
    offset = row_offset[block]
    return block, s.row - offset, s.col - offset, s.data * inv[s.row] * inv[s.col]


def cosine_matrices(blocks: list[tuple[np.ndarray, np.ndarray]], width: int) -> np.ndarray:
    """``cosine_entries`` as dense matrices ``(len(blocks), width, width)``, block
    ``i`` in its top-left corner, zeros elsewhere."""
    block, row, col, value = cosine_entries(blocks)
    out = np.zeros((len(blocks), width, width))
    out[block, row, col] = value
    return out


def rank_matrices(sims: np.ndarray, sizes: np.ndarray, mask: int) -> np.ndarray:
    """Choi's rank transform of a batch of similarity matrices ``(nb, B, B)``, each
    valid in its top-left ``sizes[i] x sizes[i]`` corner: the fraction of the
    other valid cells in the ``mask x mask`` window around each cell that hold a
    lower value (0 outside the valid corner)."""
    nb, width = sims.shape[0], sims.shape[1]
    out = np.zeros(sims.shape)
    if nb == 0 or width == 0:
        return out
    sizes = np.asarray(sizes, dtype=np.int64)
    ranker = _ChunkRanks(width, mask)
    idx = np.arange(width)
    for c0 in range(0, nb, ranker.step):
        size = sizes[c0 : c0 + ranker.step]
        valid = idx[None, :] < size[:, None]
        b, i, j = np.nonzero(valid[:, :, None] & valid[:, None, :])
        out[c0 : c0 + len(size)] = ranker(size, b, i, j, sims[c0 + b, i, j])
    return out


class _ChunkRanks:
    """The rank transform of up to ``step`` blocks at a time.

    The ``mask^2 - 1`` comparisons per cell stream over the matrices, so they run
    a few blocks at a time (``_RANK_CHUNK_CELLS``, a cache's worth: over a whole
    book at once, a Chinese novel's ~300 blocks of 128 x 128 took 40 MB per
    array and every comparison went to main memory), and they compare small
    integers with the order and ties of the similarities instead of the float64
    similarities (2-byte codes: 3x faster comparisons, same result). Measured on
    zh_classics in docs/PERFORMANCE.md.
    """

    def __init__(self, width: int, mask: int):
        self.width, self.mask, h = width, mask, mask // 2
        self.step = max(1, _RANK_CHUNK_CELLS // (width * width))
        # At most mask^2 - 1 lower neighbours: uint8 for Choi's 11 x 11.
        self.lower = np.empty((self.step, width, width), dtype=np.min_scalar_type(mask * mask - 1))
        self.less = np.empty((self.step, width, width), dtype=bool)
        idx = np.arange(width)
        self.near_start = np.minimum(idx, h) + 1

    def __call__(
        self, sizes: np.ndarray, block: np.ndarray, row: np.ndarray, col: np.ndarray, value
    ) -> np.ndarray:
        """Ranks ``(len(sizes), width, width)`` of blocks whose valid cells are 0
        except the ``(block, row, col)`` cells, which hold ``value``."""
        m, width, mask, h = len(sizes), self.width, self.mask, self.mask // 2
        idx = np.arange(width)
        valid = idx[None, :] < sizes[:, None]  # (m, B)
        cells = valid[:, :, None] & valid[:, None, :]
        # Order codes: 0.0 and every value by rank (ties share a code), and one
        # code above all for the padding and the cells past a block's size.
        distinct, code = np.unique(np.r_[0.0, value], return_inverse=True)
        code = code.reshape(-1)
        never_lower = len(distinct)
        pad = np.full(
            (m, width + 2 * h, width + 2 * h), never_lower, np.min_scalar_type(never_lower)
        )
        center = pad[:, h : h + width, h : h + width]
        center[cells] = code[0]
        center[block, row, col] = code[1:]
        sims = center.copy()
        low, lt = self.lower[:m], self.less[:m]
        low.fill(0)
        lt_counts = lt.view(np.uint8)  # adding it as uint8 skips a cast per step
        for di in range(mask):
            for dj in range(mask):
                if di != h or dj != h:
                    np.less(pad[:, di : di + width, dj : dj + width], sims, out=lt)
                    np.add(low, lt_counts, out=low)
        # Valid neighbours per row position: the window clipped to [0, size).
        rows = self.near_start[None, :] + np.minimum(sizes[:, None] - 1 - idx, h)
        others = rows[:, :, None] * rows[:, None, :] - 1
        return np.where(cells, low / np.maximum(others, 1), 0.0)


def _rank_prefix_sums(
    blocks: list[tuple[np.ndarray, np.ndarray]],
    todo: list[int],
    sizes: np.ndarray,
    mask: int,
    width: int | None = None,
) -> np.ndarray:
    """The 2-D prefix sums of the rank matrices of ``blocks[todo]`` (``divisive``'s
    ``p``), a cache-sized chunk of blocks at a time: similarities, ranks and
    their prefix sums never exist for all blocks at once."""
    nb, width = len(todo), int(sizes.max()) if width is None else width
    block, row, col, value = cosine_entries([blocks[i] for i in todo])
    ranker = _ChunkRanks(width, mask)
    p = np.zeros((nb, width + 1, width + 1))
    for c0 in range(0, nb, ranker.step):
        m = min(ranker.step, nb - c0)
        lo, hi = np.searchsorted(block, [c0, c0 + m])
        ranks = ranker(sizes[c0 : c0 + m], block[lo:hi] - c0, row[lo:hi], col[lo:hi], value[lo:hi])
        p[c0 : c0 + m, 1:, 1:] = ranks.cumsum(1).cumsum(2)
    return p
