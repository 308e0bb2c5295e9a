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

Cost per block of ``B`` units: ``sum_w lgamma(n_w + a) - lgamma(a)`` is
``sum over occurrences of log(a + earlier occurrences of the word in the
segment)``, so each pair of occurrences of one term (the later one the j-th after
the earlier) adds ``log(a + j) - log(a + j - 1)`` to every segment holding both;
a 2-D prefix sum over the pairs' units gives all ``B^2 / 2`` segment scores at
once. Terms with more than ``_PAIR_LIMIT`` occurrences in a block are counted
directly (``B^2`` lgamma each), so the pairs stay O(occurrences x limit).
Blocks are cut from long sequences as for C99 (``c99.windows``).
"""

from __future__ import annotations

import functools

import numpy as np

from transforms.sorted_unique import stable_key_order

# A term with more occurrences than this in a block is scored from its counts.
_PAIR_LIMIT = 64
# Pairs of occurrences made at once (bounds the memory of a block of long units).
_PAIR_CHUNK = 1 << 20
# Blocks scored at once (each holds a few (width + 1)^2 float arrays).
_BATCH = 128


def segment_scores(
    indptr: np.ndarray,
    ids: np.ndarray,
    alpha: float,
    width: int,
    out: np.ndarray | None = None,
    style: tuple[np.ndarray, np.ndarray] | None = None,
    style_weight: float = 0.0,
) -> np.ndarray:
    """``L[a, b]``: DCM log likelihood of units ``[a, b)`` of one block (CSR
    ``indptr``/``ids``), for ``0 <= a < b <= n``; ``-inf`` elsewhere, padded to
    ``(width + 1, width + 1)`` (written into ``out`` when given).

    With ``style`` (the same units' style tokens as CSR, rule ``style_evidence``)
    and ``style_weight > 0``, plus ``style_weight`` times the style tokens' own
    DCM log likelihood (their own vocabulary, same ``alpha``). Both channels
    share one pass over the ``n x n`` cells."""
    indptr = np.asarray(indptr, dtype=np.int64)
    n = len(indptr) - 1
    if out is None:
        out = np.empty((width + 1, width + 1))
    out.fill(-np.inf)
    if n < 1:
        return out
    channels = [(indptr, np.asarray(ids, dtype=np.int64), 1.0)]
    if style is not None and style_weight > 0:
        channels.append(
            (
                np.asarray(style[0], dtype=np.int64),
                np.asarray(style[1], dtype=np.int64),
                style_weight,
            )
        )
    # d[u, n-1-v]: sum of delta over pairs whose later occurrence is in unit u and
    # the earlier in unit v (v <= u), columns reversed so that cumulative sums run
    # forward; a segment [a, b) holds the pairs with a <= v, u < b.
    d = np.zeros(n * n)
    rare = np.zeros(n)  # tokens scored by pairs, per unit (times their weight)
    scores = np.zeros((n, n))  # [a, b - 1]: everything but the pairs
    for c_indptr, c_ids, weight in channels:
        _add_channel(c_indptr, c_ids, alpha, weight, d, rare, scores)
    # e[u, a] = pairs of unit u from units >= a (at column n-1-a), then summed over
    # units u < b: cum[n - 1 - a, b - 1] = sum over u in [a, b) (zero for u < a).
    # Both sums run along rows (numpy's cumsum down columns is ~2x slower).
    cum = d.reshape(n, n)
    np.cumsum(cum, axis=1, out=cum)
    cum = np.ascontiguousarray(cum.T)
    np.cumsum(cum, axis=1, out=cum)
    scores += cum[::-1]  # t[a, b - 1]
    rare_end = np.cumsum(rare)
    scores += np.log(alpha) * (rare_end[None, :] - np.r_[0.0, rare_end[:-1]][:, None])
    scores[_below_diagonal(n)] = -np.inf
    out[:n, 1 : n + 1] = scores
    return out


def _add_channel(
    indptr: np.ndarray,
    ids: np.ndarray,
    alpha: float,
    weight: float,
    d: np.ndarray,
    rare: np.ndarray,
    scores: np.ndarray,
) -> None:
    """One channel's part of ``segment_scores``, times ``weight``: its pairs'
    deltas into ``d``, its pair-scored tokens per unit into ``rare``, its
    frequent terms' sums and its normalizer ``lgamma(V a) - lgamma(N + V a)``
    into ``scores``."""
    n = len(indptr) - 1
    unit = np.repeat(np.arange(n), np.diff(indptr))
    # Occurrences grouped by term (ascending id), text order inside a group.
    by_term, sorted_ids = stable_key_order(ids)
    first = np.ones(len(ids), dtype=bool)
    first[1:] = sorted_ids[1:] != sorted_ids[:-1]
    group_start = np.flatnonzero(first)
    vocab = max(len(group_start), 1)
    counts = np.diff(group_start, append=len(ids))
    group = np.cumsum(first) - 1  # the term's index (np.unique's inverse) in by_term order
    frequent_sorted = counts[group] > _PAIR_LIMIT
    # Pairs of occurrences of one (not frequent) term: the j-th earlier occurrence.
    # Made _PAIR_CHUNK at a time (a block of long units has millions).
    order = by_term[~frequent_sorted]
    rank = np.arange(len(ids)) - group_start[group]
    rank = rank[~frequent_sorted]
    delta_of = _pair_deltas(alpha, _PAIR_LIMIT)
    if weight != 1.0:
        delta_of = delta_of * weight
    ends = np.cumsum(rank)
    pair_unit = unit[order]  # each pair-scored occurrence's unit, in term order
    later_cell = pair_unit * n + (n - 1)
    lo = 0
    while lo < len(order):
        hi = max(int(np.searchsorted(ends, ends[lo] - rank[lo] + _PAIR_CHUNK, "right")), lo + 1)
        r = rank[lo:hi]
        later = np.repeat(np.arange(lo, hi), r)
        j = np.arange(len(later)) - np.repeat(np.cumsum(r) - r, r) + 1
        cell = later_cell[later] - pair_unit[later - j]
        d += np.bincount(cell, weights=delta_of[j], minlength=n * n)
        lo = hi
    rare += weight * np.bincount(pair_unit, minlength=n)
    # Frequent terms: their counts in every segment, a few terms at a time.
    if (counts > _PAIR_LIMIT).any():
        inverse = np.empty(len(ids), dtype=np.int64)
        inverse[by_term] = group
        add_frequent_terms(unit, inverse, counts, alpha, weight, scores)
    # N of [a, b) at [a, b - 1]; negative for the empty b <= a (a valid index from
    # the end of lg; those cells are set to -inf by the caller).
    tokens = indptr[None, 1:] - indptr[:-1, None]
    lg = lgamma_from(vocab * alpha, int(indptr[-1] - indptr[0]) + 1)
    norm = lg[0] - lg[tokens]
    if weight != 1.0:
        norm *= weight
    scores += norm


def add_frequent_terms(
    unit: np.ndarray,
    inverse: np.ndarray,
    counts: np.ndarray,
    alpha: float,
    weight: float,
    scores: np.ndarray,
) -> None:
    """Add ``weight * (lgamma(n_w + alpha) - lgamma(alpha))`` of every term with
    more than ``_PAIR_LIMIT`` occurrences to ``scores[a, b - 1]`` for every
    segment ``[a, b)`` of the ``n`` units (``scores`` is ``(n, n)``; cells with
    ``b <= a`` get values of no meaning: the caller sets them to -inf);
    ``unit``/``inverse``: each occurrence's unit and term, ``counts`` per term.
    One term at a time: a subtraction of its cumulative counts, a table read and
    an addition per cell."""
    from scipy.special import gammaln

    n = scores.shape[0]
    many = np.flatnonzero(counts > _PAIR_LIMIT)
    # gammaln(k + alpha) for every count k a segment can hold: read, not computed
    # per segment (the same arguments, so the same values); a negative count (an
    # empty b <= a) reads from the end, a cell the caller overwrites.
    table = lgamma_from(alpha, int(counts[many].max()) + 1) - gammaln(alpha)
    if weight != 1.0:
        table *= weight
    slot = np.full(len(counts), -1)
    slot[many] = np.arange(len(many))
    term_slot = slot[inverse]
    frequent = term_slot >= 0
    cum = np.zeros((len(many), n + 1), dtype=np.int64)
    cum[:, 1:] = (
        np.bincount(term_slot[frequent] * n + unit[frequent], minlength=len(many) * n)
        .reshape(len(many), n)
        .cumsum(axis=1)
    )
    for c in cum:
        scores += table[c[None, 1:] - c[:-1, None]]


# gammaln(i / 2) for i = 0, 1, ...: grown on demand (lgamma_from).
_HALF_LGAMMA = np.zeros(0)


def lgamma_from(c: float, count: int) -> np.ndarray:
    """``gammaln(np.arange(count) + c)``. When ``c`` is a multiple of 1/2 (``alpha``
    0.5, the default, times the vocabulary) every ``k + c`` is one exactly, and the
    values are read from one table of ``gammaln(i / 2)`` (the same arguments, so
    the same values) instead of being computed per block."""
    # Here, not at the top: the build's driver imports the stages' graph but never
    # segments (tests/pipeline/test_driver_imports.py).
    from scipy.special import gammaln

    global _HALF_LGAMMA
    twice = 2 * c
    if not (twice == int(twice) and 0 <= twice < 1 << 30):
        return gammaln(np.arange(count, dtype=np.float64) + c)
    stop = int(twice) + 2 * count
    table = _HALF_LGAMMA  # one table for this call (another thread may grow it)
    if stop > len(table):
        table = _HALF_LGAMMA = gammaln(np.arange(max(stop, 2 * len(table))) * 0.5)
    return table[int(twice) : stop : 2]


@functools.cache
def _pair_deltas(alpha: float, limit: int) -> np.ndarray:
    """``delta[j] = log(alpha + j) - log(alpha + j - 1)`` for ``j`` in ``1..limit``
    (``delta[0]`` unused)."""
    steps = np.arange(1, limit + 1)
    return np.r_[0.0, np.log(alpha + steps) - np.log(alpha + steps - 1)]


@functools.cache
def _below_diagonal(n: int) -> np.ndarray:
    """Mask of the ``(n, n)`` cells ``[a, b - 1]`` with ``b <= a`` (empty segments)."""
    return np.tri(n, n, -1, dtype=bool)


def best_segmentation(scores: np.ndarray, sizes: np.ndarray, cost: float) -> list[np.ndarray]:
    """Boundaries (units 1..n-1, ascending) of the segmentation of each block that
    maximises the sum of its segments' scores minus ``cost`` per segment;
    ``scores`` is ``(blocks, width + 1, width + 1)`` as from ``segment_scores``."""
    nb, w1 = scores.shape[0], scores.shape[1]
    best = np.full((nb, w1), -np.inf)
    best[:, 0] = 0.0
    back = np.zeros((nb, w1), dtype=np.int64)
    for b in range(1, w1):
        cand = best[:, :b] + scores[:, :b, b]
        back[:, b] = np.argmax(cand, axis=1)
        best[:, b] = cand[np.arange(nb), back[:, b]] - cost
    out = []
    for i, n in enumerate(np.asarray(sizes).tolist()):
        cuts, b = [], n
        while b > 0:
            b = int(back[i, b])
            if b > 0:
                cuts.append(b)
        out.append(np.asarray(cuts[::-1], dtype=np.int64))
    return out


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
    use_style = style is not None and style_weight > 0
    out = [np.zeros(0, dtype=np.int64) for _ in blocks]
    todo = [i for i, (indptr, _) in enumerate(blocks) if len(indptr) - 1 >= 2]
    # Blocks of similar size together (padding at most doubles a block's side).
    groups: dict[int, list[int]] = {}
    for i in todo:
        groups.setdefault(int(len(blocks[i][0]) - 2).bit_length(), []).append(i)
    for group in groups.values():
        width = max(len(blocks[i][0]) - 1 for i in group)
        for lo in range(0, len(group), _BATCH):
            part = group[lo : lo + _BATCH]
            scores = np.empty((len(part), width + 1, width + 1))
            for k, i in enumerate(part):
                segment_scores(
                    *blocks[i],
                    alpha,
                    width,
                    out=scores[k],
                    style=style[i] if use_style else None,
                    style_weight=style_weight,
                )
            sizes = np.asarray([len(blocks[i][0]) - 1 for i in part])
            for i, cuts in zip(part, best_segmentation(scores, sizes, cost), strict=True):
                out[i] = cuts
    return out
