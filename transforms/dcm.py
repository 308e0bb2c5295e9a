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
Blocks are cut from long sequences as for C99 (``c99.windows``). Blocks of
similar size are scored together (``batch_scores``: one numpy call per step for
a batch, not per block; a book's sections give thousands of small blocks), a
batch's arrays kept cache-sized, each block's scores bit for bit those it has
alone.
"""

from __future__ import annotations

import functools

import numpy as np

from transforms.sorted_unique import stable_key_order

# A term with more occurrences than this in a block is scored from its counts.
_PAIR_LIMIT = 64
# Pairs of occurrences made at once (bounds the memory of a block of long units).
_PAIR_CHUNK = 1 << 20
# Blocks scored at once: at most _BATCH, and at most _BATCH_CELLS cells in all
# (each block holds a few (width + 1)^2 arrays; a batch's arrays should stay in
# the CPU's cache).
_BATCH = 128
_BATCH_CELLS = 1 << 17
# ... and at most _BATCH_TOKENS tokens in all (a block alone may have more): a
# batch's token arrays, a dozen int64 per token, stay as small as one block's
# (128 blocks of a few units of 30,000 tokens held 1.3 GB at once).
_BATCH_TOKENS = 1 << 17


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
    """``segment_scores`` of every block (``(blocks, width + 1, width + 1)``),
    computed together: each step is one numpy call over all the blocks' tokens
    and cells, not one per block (a book's sections give thousands of blocks of a
    few dozen units, where the calls cost more than the arithmetic). Every cell
    is the sum of the same terms in the same order as for its block alone, so
    the scores do not depend on which blocks are batched together
    (tests/transforms/test_dcm.py)."""
    nb, w = len(blocks), int(width)
    out = np.full((nb, w + 1, w + 1), -np.inf)
    if nb == 0 or w < 1:
        return out
    sizes = np.asarray([len(indptr) - 1 for indptr, _ in blocks], dtype=np.int64)
    # d[blk, u, w-1-v]: sum of delta over pairs whose later occurrence is in unit u
    # and the earlier in unit v (v <= u), columns reversed so that cumulative sums
    # run forward; a segment [a, b) holds the pairs with a <= v, u < b.
    d = np.zeros(nb * w * w)
    rare = np.zeros(nb * w)  # tokens scored by pairs, per unit (times their weight)
    scores = np.zeros((nb, w, w))  # [blk, a, b - 1]: everything but the pairs
    channels = [(blocks, 1.0)]
    if style is not None and style_weight > 0:
        channels.append((style, style_weight))
    for chan, weight in channels:
        _add_channel(_Tokens.of(chan, sizes, w), alpha, weight, d, rare, scores)
    # e[u, a] = pairs of unit u from units >= a (at column w-1-a), then summed over
    # units u < b: cum[w - 1 - a, b - 1] = sum over u in [a, b) (zero for u < a).
    # Both sums run along rows (numpy's cumsum down columns is ~2x slower).
    cum = d.reshape(nb, w, w)
    np.cumsum(cum, axis=2, out=cum)
    cum = np.ascontiguousarray(cum.transpose(0, 2, 1))
    np.cumsum(cum, axis=2, out=cum)
    scores += cum[:, ::-1]  # t[a, b - 1]
    rare_end = np.cumsum(rare.reshape(nb, w), axis=1)
    rare_start = np.zeros_like(rare_end)
    rare_start[:, 1:] = rare_end[:, :-1]
    scores += np.log(alpha) * (rare_end[:, None, :] - rare_start[:, :, None])
    last = np.arange(w)  # [a, b - 1] is a segment when a <= b - 1 < n
    valid = (last[:, None] <= last[None, :])[None] & (last[None, None, :] < sizes[:, None, None])
    out[:, :w, 1:] = np.where(valid, scores, -np.inf)
    return out


class _Tokens:
    """One channel's tokens of a batch of blocks, concatenated: each token's
    block, unit (in its block) and id; each block's CSR offsets from 0, padded
    to ``width + 1`` with its last (``(blocks, width + 1)``)."""

    def __init__(self, block, unit, ids, offsets):
        self.block, self.unit, self.ids, self.offsets = block, unit, ids, offsets

    @classmethod
    def of(cls, chan: list[tuple[np.ndarray, np.ndarray]], sizes: np.ndarray, width: int):
        nb = len(chan)
        indptrs = [np.asarray(indptr, dtype=np.int64) for indptr, _ in chan]
        lengths = np.asarray([ip[-1] - ip[0] for ip in indptrs], dtype=np.int64)
        ids = np.concatenate(
            [np.asarray(x, dtype=np.int64) for _, x in chan] + [np.zeros(0, np.int64)]
        )
        flat = np.concatenate(indptrs)
        per_block = sizes + 1
        row = np.repeat(np.arange(nb), per_block)
        col = np.arange(len(flat)) - np.repeat(np.cumsum(per_block) - per_block, per_block)
        offsets = np.zeros((nb, width + 1), dtype=np.int64)
        offsets[row, col] = flat - np.repeat(flat[np.cumsum(per_block) - per_block], per_block)
        np.maximum.accumulate(offsets, axis=1, out=offsets)
        per_unit = np.diff(offsets, axis=1)  # tokens of each unit (0 past a block's end)
        block = np.repeat(np.arange(nb), lengths)
        unit = np.repeat(np.tile(np.arange(width), nb), per_unit.ravel())
        return cls(block, unit, ids, offsets)


def _add_channel(
    tok: _Tokens, alpha: float, weight: float, d: np.ndarray, rare: np.ndarray, scores: np.ndarray
) -> None:
    """One channel's part of ``batch_scores``, times ``weight``: its pairs'
    deltas into ``d``, its pair-scored tokens per unit into ``rare``, its
    frequent terms' sums and its normalizer ``lgamma(V a) - lgamma(N + V a)``
    into ``scores`` (``V``, ``N``: the block's distinct terms and tokens)."""
    nb, w = scores.shape[0], scores.shape[1]
    ids, unit, block = tok.ids, tok.unit, tok.block
    # Occurrences grouped by (block, term) (ascending), text order inside a group.
    if len(ids):
        low = int(ids.min())
        span = int(ids.max()) - low + 1
        if nb * span >= 1 << 63:  # ids far apart: their ranks (same order) fit
            ids = np.unique(ids, return_inverse=True)[1].reshape(-1)
            low, span = 0, int(ids.max()) + 1
        key = block * span + (ids - low)
    else:
        key = ids
    by_key, sorted_key = stable_key_order(key)
    first = np.ones(len(ids), dtype=bool)
    first[1:] = sorted_key[1:] != sorted_key[:-1]
    group_start = np.flatnonzero(first)
    counts = np.diff(group_start, append=len(ids))
    group = np.cumsum(first) - 1  # the (block, term) group in by_key order
    group_block = block[by_key[group_start]]
    vocab = np.maximum(np.bincount(group_block, minlength=nb), 1)
    frequent_sorted = counts[group] > _PAIR_LIMIT
    # Pairs of occurrences of one (not frequent) term: the j-th earlier occurrence.
    order = by_key[~frequent_sorted]
    rank = np.arange(len(ids)) - group_start[group]
    rank = rank[~frequent_sorted]
    delta_of = _pair_deltas(alpha, _PAIR_LIMIT)
    if weight != 1.0:
        delta_of = delta_of * weight
    pair_unit = unit[order]  # each pair-scored occurrence's unit, in (block, term) order
    pair_block = block[order]
    later_cell = pair_block * (w * w) + pair_unit * w + (w - 1)
    for lo, hi in _pair_chunks(rank, pair_block, nb):
        r = rank[lo:hi]
        later = np.repeat(np.arange(lo, hi), r)
        j = np.arange(len(later)) - np.repeat(np.cumsum(r) - r, r) + 1
        cell = later_cell[later] - pair_unit[later - j]
        d += np.bincount(cell, weights=delta_of[j], minlength=nb * w * w)
    rare += weight * np.bincount(pair_block * w + pair_unit, minlength=nb * w)
    if (counts > _PAIR_LIMIT).any():
        inverse = np.empty(len(ids), dtype=np.int64)
        inverse[by_key] = group
        add_frequent_terms(unit, inverse, counts, group_block, alpha, weight, scores)
    # N of [a, b) at [a, b - 1]; negative for the empty b <= a (those cells are
    # set to -inf by the caller).
    tokens = tok.offsets[:, None, 1:] - tok.offsets[:, :-1, None]
    norm = _lgamma_norm(vocab * alpha, tokens)
    if weight != 1.0:
        norm *= weight
    scores += norm


def _pair_chunks(rank: np.ndarray, pair_block: np.ndarray, nb: int):
    """``(lo, hi)`` ranges of the pair-scored occurrences whose pairs are made at
    once: at most ``_PAIR_CHUNK`` pairs (or one occurrence), cut at block ends
    unless one block alone has more, where it is cut as if alone; so each block's
    pairs are summed in the same chunks whatever is batched with it."""
    ends = np.cumsum(rank)
    block_end = np.searchsorted(pair_block, np.arange(1, nb + 1))
    lo = 0
    while lo < len(rank):
        hi = max(int(np.searchsorted(ends, ends[lo] - rank[lo] + _PAIR_CHUNK, "right")), lo + 1)
        own_end = int(block_end[pair_block[lo]])
        if hi >= own_end:  # whole blocks: the last block end within reach
            hi = int(block_end[np.searchsorted(block_end, hi, "right") - 1])
        yield lo, hi
        lo = hi


def add_frequent_terms(
    unit: np.ndarray,
    inverse: np.ndarray,
    counts: np.ndarray,
    group_block: np.ndarray,
    alpha: float,
    weight: float,
    scores: np.ndarray,
) -> None:
    """Add ``weight * (lgamma(n_w + alpha) - lgamma(alpha))`` of every (block,
    term) group with more than ``_PAIR_LIMIT`` occurrences to ``scores[blk, a, b
    - 1]`` for every segment ``[a, b)`` of its block (``scores`` is ``(blocks,
    w, w)``; cells with ``b <= a`` get values of no meaning: the caller sets them
    to -inf); ``unit``/``inverse``: each occurrence's unit and group, ``counts``
    and ``group_block`` per group (sorted by block). The k-th frequent term of
    every block at once: a subtraction of its cumulative counts, a table read
    and an addition per cell."""
    from scipy.special import gammaln

    w = scores.shape[1]
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
    cum = np.zeros((len(many), w + 1), dtype=np.int64)
    cum[:, 1:] = (
        np.bincount(term_slot[frequent] * w + unit[frequent], minlength=len(many) * w)
        .reshape(len(many), w)
        .cumsum(axis=1)
    )
    owner = group_block[many]
    kth = np.arange(len(many)) - np.searchsorted(owner, owner)
    for k in range(int(kth.max()) + 1):
        pick = np.flatnonzero(kth == k)  # at most one per block, ascending
        c = cum[pick]
        lo, hi = int(owner[pick[0]]), int(owner[pick[-1]]) + 1
        # Consecutive blocks: a slice, added in place (not a gathered copy).
        into = slice(lo, hi) if hi - lo == len(pick) else owner[pick]
        scores[into] += table[c[:, None, 1:] - c[:, :-1, None]]


def _lgamma_norm(c: np.ndarray, tokens: np.ndarray) -> np.ndarray:
    """``gammaln(c) - gammaln(tokens + c)`` per block (``c``: ``(blocks,)``,
    ``tokens``: ``(blocks, w, w)``), the values of ``lgamma_from(c, ...)`` (the
    same arguments, so the same values), read from one row per block, as long as
    the block's own largest count (rows of different lengths, one after another:
    a block of a few long units beside many short ones costs its own length);
    negative ``tokens`` (at most a block's own count below zero) give values of
    no meaning."""
    nb = len(c)
    lengths = tokens.reshape(nb, -1).max(axis=1).clip(min=0) + 1
    base = np.r_[0, np.cumsum(lengths)[:-1]]
    rows = np.concatenate([lgamma_from(float(c[b]), int(lengths[b])) for b in range(nb)])
    return rows[base][:, None, None] - rows[tokens + base[:, None, None]]


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
    # Blocks of similar size together (padding at most doubles a block's side;
    # measured: a quarter of an octave per group, padding at most a quarter, was
    # no faster on the Gutenberg books: more, smaller batches).
    groups: dict[int, list[int]] = {}
    for i in todo:
        groups.setdefault(int(len(blocks[i][0]) - 2).bit_length(), []).append(i)
    for group in groups.values():
        width = max(len(blocks[i][0]) - 1 for i in group)
        # Scored a few blocks at a time (their arrays fit in the cache), the
        # dynamic programme run over _BATCH at once (a Python loop over units).
        step = min(_BATCH, max(_BATCH_CELLS // (width + 1) ** 2, 1))
        for lo in range(0, len(group), _BATCH):
            part = group[lo : lo + _BATCH]
            scores = np.empty((len(part), width + 1, width + 1))
            k = 0
            for few in _batches(part, blocks, style if use_style else None, step):
                scores[k : k + len(few)] = batch_scores(
                    [blocks[i] for i in few],
                    alpha,
                    width,
                    [style[i] for i in few] if use_style else None,
                    style_weight,
                )
                k += len(few)
            sizes = np.asarray([len(blocks[i][0]) - 1 for i in part])
            for i, cuts in zip(part, best_segmentation(scores, sizes, cost), strict=True):
                out[i] = cuts
    return out


def _batches(part: list[int], blocks: list, style: list | None, step: int):
    """Consecutive runs of the blocks ``part``: at most ``step`` blocks and
    ``_BATCH_TOKENS`` tokens (style tokens included; a block alone may have
    more). Scores do not depend on the batch (``batch_scores``)."""
    few: list[int] = []
    tokens = 0
    for i in part:
        own = len(blocks[i][1]) + (len(style[i][1]) if style is not None else 0)
        if few and (len(few) == step or tokens + own > _BATCH_TOKENS):
            yield few
            few, tokens = [], 0
        few.append(i)
        tokens += own
    if few:
        yield few
