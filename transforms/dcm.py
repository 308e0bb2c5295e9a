"""Rule ``dcm_segments``: topic boundaries of a block of units by the most likely
segmentation under a Dirichlet-compound-multinomial (DCM) language model per
segment (Eisenstein & Barzilay 2008, "Bayesian unsupervised topic segmentation",
BayesSeg), found exactly by dynamic programming.

Each segment's terms are drawn from a word distribution of its own, itself drawn
from a symmetric Dirichlet(``alpha``) over the block's ``V`` distinct terms; the
distribution integrated out, a segment with counts ``n_w`` (``N`` in all) has log
likelihood

    log p = lgamma(V a) - lgamma(N + V a) + sum_w [lgamma(n_w + a) - lgamma(a)].

A segmentation scores the sum over its segments minus ``cost`` per segment (a
prior on the number of segments, in nats); the best one is found by dynamic
programming over the units (``best[b] = max_a best[a] + log p(a, b) - cost``).
Unlike C99 there is no threshold on a ranking: the count of segments comes from
the likelihood, which rewards a cut only where the words on either side follow
different distributions (a segment that repeats its own words scores high).

Cost per block of ``n`` units: ``sum_w lgamma(n_w + a) - lgamma(a)`` is
``sum over occurrences of log(a + earlier occurrences of the word in the
segment)``, so each pair of occurrences of one term (the later one the j-th after
the earlier) adds ``log(a + j) - log(a + j - 1)`` to every segment holding both;
a 2-D prefix sum over the pairs' units gives all ``n^2 / 2`` segment scores at
once. Terms with more than ``_PAIR_LIMIT`` occurrences in a block are counted
directly (``n^2 / 2`` table reads each), so the pairs stay O(occurrences x
limit). Blocks are cut from long sequences as for C99 (``c99.windows``). The
loops are compiled (``transforms.dcm_kernel``, numba): one block at a time, its
scores and dynamic programme in a few ``n x n`` arrays reused for every block,
no array per pair (the numpy version before it materialised 12.5M pairs on the
two Chinese novels and was ~4x slower; docs/PERFORMANCE.md).
"""

from __future__ import annotations

import functools
import threading

import numpy as np

# A term with more occurrences than this in a block is scored from its counts.
_PAIR_LIMIT = 64
# Ids up to this are grouped through a scratch map of this many entries; larger
# ones are first replaced by their ranks (the same order). The map is kept per
# thread: at 2^22 it holds at most 32 MB (a style channel's ids reach 2^21, a
# document's terms its vocabulary); 2^26 let one id below it hold 512 MB.
_DENSE_IDS = 1 << 22


def load_kernel() -> None:
    """Import numba and load the compiled loops (from numba's cache, or compiled
    there once: ~1.6 CPU-s, ~13 s the first time on a machine), e.g. in a fork
    server before its workers are forked, so that none of them pays it."""
    segment_blocks([(np.arange(3), np.arange(2))], 0.5, 1.0, [(np.arange(3), np.arange(2))], 0.3)


def segment_scores(
    indptr: np.ndarray,
    ids: np.ndarray,
    alpha: float,
    width: int,
    style: tuple[np.ndarray, np.ndarray] | None = None,
    style_weight: float = 0.0,
) -> np.ndarray:
    """``L[a, b]``: DCM log likelihood of units ``[a, b)`` of one block (CSR
    ``indptr``/``ids``), for ``0 <= a < b <= n``; ``-inf`` elsewhere, padded to
    ``(width + 1, width + 1)``.

    With ``style`` (the same units' style tokens as CSR, rule ``style_evidence``)
    and ``style_weight > 0``, plus ``style_weight`` times the style tokens' own
    DCM log likelihood (their own vocabulary, same ``alpha``). One block of
    ``batch_scores``."""
    return batch_scores(
        [(indptr, ids)], alpha, width, None if style is None else [style], style_weight
    )[0]


def batch_scores(
    blocks: list[tuple[np.ndarray, np.ndarray]],
    alpha: float,
    width: int,
    style: list[tuple[np.ndarray, np.ndarray]] | None = None,
    style_weight: float = 0.0,
) -> np.ndarray:
    """``segment_scores`` of every block, ``(blocks, width + 1, width + 1)``
    (each block's scores are its own: the same whatever is scored with it)."""
    nb, w = len(blocks), int(width)
    out = np.full((nb, w + 1, w + 1), -np.inf)
    if nb == 0 or w < 1:
        return out
    scorer = _Scorer(blocks, alpha, style, style_weight)
    for i in range(nb):
        n = scorer.score(i)
        if n:
            # scorer.scores[b - 1, a] is the segment [a, b); cells b <= a unset.
            upper = np.triu(np.ones((n, n), dtype=bool))
            out[i, :n, 1 : n + 1] = np.where(upper, scorer.scores[:n, :n].T, -np.inf)
    return out


class _Scorer:
    """The compiled scorer's inputs for a list of blocks: each channel's blocks
    as one flat CSR (``_Flat``), the lgamma tables they need, and scratch arrays
    sized for the largest block, reused for every block."""

    def __init__(self, blocks, alpha, style, style_weight):
        from scipy.special import gammaln

        from transforms import dcm_kernel

        self.kernel = dcm_kernel
        self.use_style = style is not None and style_weight > 0
        channels = [blocks, style] if self.use_style else [blocks]
        flat = [_Flat.of(c) for c in channels]
        if self.use_style and not np.array_equal(flat[1].sizes, flat[0].sizes):
            raise ValueError("dcm: style blocks must have the same units as the term blocks")
        if any(f.span and (f.span[0] < 0 or f.span[1] >= _DENSE_IDS) for f in flat):
            flat = [_Flat.of(c, share=False).ranked() for c in channels]
        self.terms = flat[0]
        self.style = flat[1] if self.use_style else _Flat.empty(len(blocks))
        self.sizes = self.terms.sizes
        w = max(int(self.sizes.max(initial=0)), 1)
        tokens = max(int(f.tokens.max(initial=0)) for f in flat)
        top = max((f.span[1] for f in flat if f.span), default=0)
        self.alpha, self.log_alpha = float(alpha), float(np.log(alpha))
        self.style_weight = float(style_weight) if self.use_style else 0.0
        delta = _pair_deltas(alpha, _PAIR_LIMIT)
        # gammaln(k + alpha) - gammaln(alpha) for every count k a block can hold.
        table = lgamma_from(alpha, tokens + 1) - gammaln(alpha)
        self.delta, self.table = delta, table
        self.style_delta, self.style_table = delta * self.style_weight, table * self.style_weight
        # gammaln(i / 2) up to 2 (V + N) alpha, V <= N: the normalizers' values read
        # from one table when alpha is a multiple of 1/2 (as lgamma_from).
        stop = int(2 * (self.alpha + 1) * tokens) + 4
        twice = 2 * self.alpha
        self.half = _half_lgamma(stop) if twice == int(twice) and stop < 1 << 30 else np.zeros(0)
        self.scores, self.d, self.d2 = np.empty((w, w)), np.empty((w, w)), np.empty((w, w))
        self.rare = np.empty(w)
        self.scratch = (
            _slot_map(top + 1),  # term id -> group (-1 between blocks)
            np.empty(tokens + 1, dtype=np.int64),  # distinct terms
            np.empty(tokens + 2, dtype=np.int64),  # group starts
            np.empty(tokens + 1, dtype=np.int64),  # occurrences by group
            np.empty(tokens + 1, dtype=np.int64),  # unit of each occurrence
            np.empty(w, dtype=np.int64),  # pair-scored occurrences per unit
            np.empty(w + 1, dtype=np.int64),  # a frequent term's cumulative counts
        )

    def _args(self):
        return (
            self.alpha, self.log_alpha, self.style_weight, _PAIR_LIMIT, self.delta,
            self.style_delta, self.table, self.style_table, self.half,
            self.scores, self.d, self.d2, self.rare, self.scratch,
        )  # fmt: skip

    def score(self, i: int) -> int:
        """Block ``i``'s scores into ``self.scores[b - 1, a]``; returns its units."""
        n = int(self.sizes[i])
        if n >= 1:
            t, s = self.terms, self.style
            self.kernel.block_scores(
                t.block(i), t.ids, s.block(i), s.ids, n, *self._args()
            )  # fmt: skip
        return n

    def segment(self, cost: float) -> list[np.ndarray]:
        """Every block's boundaries (blocks under 2 units: none)."""
        t, s, w = self.terms, self.style, len(self.rare)
        cuts = np.empty(int(self.sizes.sum()) + 1, dtype=np.int64)
        counts = np.zeros(len(self.sizes), dtype=np.int64)
        self.kernel.segment_all(
            self.sizes, t.indptr, t.first, t.ids, s.indptr, s.first, s.ids, float(cost),
            *self._args(), np.empty(w + 1), np.empty(w + 1, dtype=np.int64), cuts, counts,
        )  # fmt: skip
        return np.split(cuts, np.cumsum(counts))[:-1]


class _Flat:
    """One channel's blocks as one CSR: block ``i``'s ``sizes[i] + 1`` unit offsets
    (into ``ids``) at ``indptr[first[i]:]``; ``tokens``: each block's; ``span``: the
    smallest and largest id the blocks hold (None without ids). ``ids`` holds the blocks
    one after another, or (clause ``flat_ids_shared``) is the one array they are all
    slices of, read in place."""

    def __init__(self, ids, indptr, first, sizes, tokens, span=None):
        self.ids, self.indptr, self.first, self.sizes, self.tokens, self.span = (
            ids, indptr, first, sizes, tokens, span
        )  # fmt: skip

    @classmethod
    def of(cls, blocks, share: bool = True) -> _Flat:
        """The blocks ``(indptr, ids)`` as one CSR; with ``share`` their ids read in place
        when they are slices of one array (clause ``flat_ids_shared``)."""
        indptrs = [np.asarray(indptr, dtype=np.int64) for indptr, _ in blocks]
        # The compiled loops read without bounds checks: a bad CSR would read or
        # write outside its arrays (a crash, or wrong scores), so it is refused
        # (non-decreasing: below, on all blocks' offsets at once).
        if not all(
            ip.ndim == 1 and len(ip) and 0 <= ip[0] <= ip[-1] <= len(x)
            for ip, (_, x) in zip(indptrs, blocks, strict=True)
        ):
            raise ValueError(_BAD_CSR)
        ids = [
            np.asarray(x, dtype=np.int64)[ip[0] : ip[-1]]
            for ip, (_, x) in zip(indptrs, blocks, strict=True)
        ]
        sizes = np.asarray([len(ip) - 1 for ip in indptrs], dtype=np.int64)
        tokens = np.asarray([len(x) for x in ids], dtype=np.int64)
        first = np.cumsum(sizes + 1) - (sizes + 1)
        shared = _shared_ids(ids, tokens) if share else None
        if shared is None:
            starts = np.cumsum(tokens) - tokens
            flat_ids = np.concatenate([*ids, np.zeros(0, dtype=np.int64)])
            span = (int(flat_ids.min()), int(flat_ids.max())) if len(flat_ids) else None
        else:
            flat_ids, starts = shared
            held = [x for x in ids if len(x)]
            span = (
                (min(int(x.min()) for x in held), max(int(x.max()) for x in held)) if held else None
            )
        shift = np.repeat(starts - np.asarray([ip[0] for ip in indptrs], dtype=np.int64), sizes + 1)
        indptr = np.concatenate([*indptrs, np.zeros(0, dtype=np.int64)]) + shift
        steps = np.diff(indptr)
        steps[first[1:] - 1] = 0  # from one block to the next (shared: blocks may overlap)
        if (steps < 0).any():  # a block's offsets
            raise ValueError(_BAD_CSR)
        return cls(flat_ids, indptr, first, sizes, tokens, span)

    @classmethod
    def empty(cls, nb: int) -> _Flat:
        """``nb`` blocks of no units (the style channel when it is off)."""
        none = np.zeros(nb, dtype=np.int64)
        return cls(np.zeros(0, dtype=np.int64), np.zeros(1, dtype=np.int64), none, none, none)

    def block(self, i: int) -> np.ndarray:
        return self.indptr[self.first[i] : self.first[i] + self.sizes[i] + 1]

    def ranked(self) -> _Flat:
        """The same blocks with every id replaced by its rank among the ids (the
        same order, so the same groups in the same order); the blocks one after
        another (``of(..., share=False)``), so the ranks are among their ids only."""
        ranks = np.unique(self.ids, return_inverse=True)[1].reshape(-1).astype(np.int64)
        span = (0, int(ranks.max())) if len(ranks) else None
        return _Flat(ranks, self.indptr, self.first, self.sizes, self.tokens, span)


def _shared_ids(ids: list[np.ndarray], tokens: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Clause ``flat_ids_shared`` (session 48): when every block's ids are a contiguous
    slice of one contiguous int64 array (``topic_starts``' windows are slices of the
    document's terms, overlapping by a quarter block), the part of that array they
    cover, read in place, and each block's start in it; else None (the ids are copied one
    block after another, as before). The compiled loops read a block's ids only through
    its offsets, so they read the same numbers. At 20 M characters the two copies were
    ~1.3 times the document's terms and style tokens: hundreds of MB of the topics step's
    peak (docs/PERFORMANCE.md, "Session 48")."""
    if not ids:
        return None
    root = ids[0]
    while isinstance(root.base, np.ndarray):
        root = root.base
    if root.dtype != np.int64 or root.ndim != 1 or not root.flags.c_contiguous:
        return None
    at = root.__array_interface__["data"][0]
    starts = np.empty(len(ids), dtype=np.int64)
    for k, x in enumerate(ids):
        if len(x) > 1 and x.strides != (8,):
            return None
        offset, rest = divmod(x.__array_interface__["data"][0] - at, 8)
        if rest or offset < 0 or offset + len(x) > len(root):
            return None
        starts[k] = offset
    lo = int(starts.min())
    hi = int((starts + tokens).max())
    return root[lo:hi], starts - lo


_BAD_CSR = "dcm: each block's indptr must be 1-D, non-decreasing and within its ids"

_LOCAL = threading.local()


def _slot_map(size: int) -> np.ndarray:
    """This thread's scratch map of term ids (all -1: the kernel resets what it
    sets), at least ``size`` long; kept between calls (a style channel's ids
    reach 2^21: 17 MB, not to be filled per document)."""
    slot = getattr(_LOCAL, "slot", None)
    if slot is None or len(slot) < size:
        slot = _LOCAL.slot = np.full(max(size, 1 << 16), -1, dtype=np.int64)
    return slot


# gammaln(i / 2) for i = 0, 1, ...: grown on demand (lgamma_from).
_HALF_LGAMMA = np.zeros(0)


def lgamma_from(c: float, count: int) -> np.ndarray:
    """``gammaln(np.arange(count) + c)``. When ``c`` is a multiple of 1/2 (``alpha``
    0.5, the default, times the vocabulary) every ``k + c`` is one exactly, and the
    values are read from one table of ``gammaln(i / 2)`` (the same arguments, so
    the same values) instead of being computed per block."""
    twice = 2 * c
    if not (twice == int(twice) and 0 <= twice < 1 << 30):
        from scipy.special import gammaln

        return gammaln(np.arange(count, dtype=np.float64) + c)
    return _half_lgamma(int(twice) + 2 * count)[int(twice) : int(twice) + 2 * count : 2]


def _half_lgamma(stop: int) -> np.ndarray:
    """``gammaln(i / 2)`` for ``i`` in ``0..stop - 1`` at least: one table, grown
    by doubling (another thread may grow it meanwhile: each call keeps its own)."""
    # Here, not at the top: the build's driver imports the stages' graph but never
    # segments (tests/pipeline/test_driver_imports.py).
    from scipy.special import gammaln

    global _HALF_LGAMMA
    table = _HALF_LGAMMA
    if stop > len(table):
        table = _HALF_LGAMMA = gammaln(np.arange(max(stop, 2 * len(table))) * 0.5)
    return table


@functools.cache
def _pair_deltas(alpha: float, limit: int) -> np.ndarray:
    """``delta[j] = log(alpha + j) - log(alpha + j - 1)`` for ``j`` in ``1..limit``
    (``delta[0]`` unused)."""
    steps = np.arange(1, limit + 1)
    return np.r_[0.0, np.log(alpha + steps) - np.log(alpha + steps - 1)]


def best_segmentation(scores: np.ndarray, sizes: np.ndarray, cost: float) -> list[np.ndarray]:
    """Boundaries (units 1..n-1, ascending) of the segmentation of each block that
    maximises the sum of its segments' scores minus ``cost`` per segment;
    ``scores`` is ``(blocks, width + 1, width + 1)`` as from ``segment_scores``."""
    from transforms import dcm_kernel

    out = []
    for i, n in enumerate(np.asarray(sizes).tolist()):
        # The kernel reads [b - 1, a] for the segment [a, b).
        table = np.ascontiguousarray(scores[i, :n, 1 : n + 1].T)
        out.append(_cuts(dcm_kernel, table, n, cost))
    return out


def _cuts(kernel, table: np.ndarray, n: int, cost: float) -> np.ndarray:
    best, back = np.empty(n + 1), np.empty(n + 1, dtype=np.int64)
    cuts = np.empty(max(n, 1), dtype=np.int64)
    return cuts[: kernel.best_cuts(table, n, float(cost), best, back, cuts)].copy()


def segment_blocks(
    blocks: list[tuple[np.ndarray, np.ndarray]],
    alpha: float,
    cost: float,
    style: list[tuple[np.ndarray, np.ndarray]] | None = None,
    style_weight: float = 0.0,
) -> list[np.ndarray]:
    """Rule ``dcm_segments``: the boundaries of each block ``(indptr, ids)``.

    Rule ``style_evidence``: with ``style`` (the same blocks' style tokens,
    ``transforms.style_terms``) and ``style_weight > 0``, a segment scores its
    terms' log likelihood plus ``style_weight`` times its style tokens' (a second
    DCM, same ``alpha``); the weight below 1 tempers a channel whose tokens are
    frequent and far from independent."""
    if not any(len(indptr) - 1 >= 2 for indptr, _ in blocks):
        return [np.zeros(0, dtype=np.int64) for _ in blocks]
    return _Scorer(blocks, alpha, style, style_weight).segment(cost)
