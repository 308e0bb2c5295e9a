"""Compiled loops of rule ``dcm_segments`` (numba): the segment scores of one
block and the dynamic programme over them, one block at a time, no array per
pair of occurrences (:mod:`transforms.dcm` holds the model and the wrappers).

Each block's table is built in the order the earlier numpy version summed it
(terms ascending, then text order; channels one after the other), so the scores
are the same numbers bit for bit (checked on every real block of the shared
books: docs/PERFORMANCE.md, "DCM in compiled loops"). Per block and
channel: the terms grouped with a counting pass over a scratch map ``slot``
(term id -> group; reset after the block), each frequent term's cumulative
counts read through ``table`` for every segment, each other term's pairs of
occurrences added to ``d[later unit, earlier unit]``; then one suffix sum along
the earlier unit and one prefix sum along the later unit give every segment's
pairs. Cost: O(pairs + frequent terms x units^2 + units^2) per block.
"""

from __future__ import annotations

import math

import numba
import numpy as np


def _jit(function):
    """``numba.njit`` with an on-disk cache (compiled once per machine, loaded in
    ~10 ms by later processes); without a writable cache directory, compiled in
    each process instead."""
    try:
        return numba.njit(cache=True, nogil=True)(function)
    except RuntimeError:  # numba: "cannot cache function ...: no locator available"
        return numba.njit(nogil=True)(function)


@_jit
def _group(ids, lo, hi, slot, uniq, start, member):
    """The occurrences ``ids[lo:hi]`` grouped by term: terms ascending, text
    order inside a group. Returns the number of terms ``V``; group ``g`` is
    ``member[start[g]:start[g + 1]]`` (indices from ``lo``). ``slot`` is -1 for
    every id on entry and on return."""
    nv = 0
    for t in range(lo, hi):
        if slot[ids[t]] < 0:
            slot[ids[t]] = nv
            uniq[nv] = ids[t]
            nv += 1
    terms = np.sort(uniq[:nv])
    start[: nv + 1] = 0
    for g in range(nv):
        slot[terms[g]] = g
    for t in range(lo, hi):
        start[slot[ids[t]] + 1] += 1
    for g in range(nv):
        start[g + 1] += start[g]
    fill = start[:nv].copy()
    for t in range(lo, hi):
        g = slot[ids[t]]
        member[fill[g]] = t - lo
        fill[g] += 1
    for g in range(nv):
        slot[terms[g]] = -1
    return nv


@_jit
def _channel(indptr, ids, n, alpha, weight, limit, delta, table, half, scores, d, rare, scratch):
    """One channel of one block (units ``indptr[0..n]`` over ``ids``) added in:
    frequent terms' sums and the normalizer into ``scores[b - 1, a]`` (the
    segment ``[a, b)``), pairs'
    deltas into ``d`` (zero on entry), pair-scored tokens per unit (times
    ``weight``) into ``rare``. ``delta``/``table`` come times ``weight``; ``half``
    is ``gammaln(i / 2)`` (empty: ``alpha`` is no multiple of 1/2)."""
    slot, uniq, start, member, unit, counts, cum = scratch
    lo, hi = indptr[0], indptr[n]
    for u in range(n):
        for t in range(indptr[u], indptr[u + 1]):
            unit[t - lo] = u
    nv = _group(ids, lo, hi, slot, uniq, start, member)
    counts[:n] = 0
    for g in range(nv):
        a0, a1 = start[g], start[g + 1]
        if a1 - a0 > limit:  # frequent: lgamma of its count in every segment, read
            cum[: n + 1] = 0
            for k in range(a0, a1):
                cum[unit[member[k]] + 1] += 1
            for u in range(n):
                cum[u + 1] += cum[u]
            for b in range(1, n + 1):
                cb = cum[b]
                for a in range(b):
                    scores[b - 1, a] += table[cb - cum[a]]
            continue
        for r in range(a1 - a0):
            later = unit[member[a0 + r]]
            counts[later] += 1
            for j in range(1, r + 1):
                d[later, unit[member[a0 + r - j]]] += delta[j]
    for u in range(n):
        rare[u] += weight * counts[u]
    # gammaln(V a) - gammaln(N + V a) of every segment, N its tokens.
    c = nv * alpha if nv > 0 else alpha
    total = hi - lo
    lg = np.empty(total + 1)
    if half.size:
        twice = int(2 * c)
        for k in range(total + 1):
            lg[k] = half[twice + 2 * k]
    else:
        for k in range(total + 1):
            lg[k] = math.lgamma(c + k)
    for b in range(1, n + 1):
        for a in range(b):
            scores[b - 1, a] += (lg[0] - lg[indptr[b] - indptr[a]]) * weight  # x * 1.0 is x


@_jit
def block_scores(
    indptr, ids, sindptr, sids, n, alpha, log_alpha, style_weight, limit,
    delta, sdelta, table, stable, half, scores, d, d2, rare, scratch,
):  # fmt: skip
    """``scores[b - 1, a]``: the score of units ``[a, b)`` of one block, ``0 <= a
    < b <= n`` (the other cells of the ``n x n`` corner are left as they are: no
    meaning; rows of one end, so the dynamic programme reads a row); with style tokens
    when ``style_weight > 0``."""
    scores[:n, :n] = 0.0
    d[:n, :n] = 0.0
    rare[:n] = 0.0
    _channel(indptr, ids, n, alpha, 1.0, limit, delta, table, half, scores, d, rare, scratch)
    if style_weight > 0:
        d2[:n, :n] = 0.0
        _channel(
            sindptr, sids, n, alpha, style_weight, limit, sdelta, stable, half,
            scores, d2, rare, scratch,
        )  # fmt: skip
        for u in range(n):
            for v in range(u + 1):
                d[u, v] += d2[u, v]
    # Pairs of [a, b): sum over units u in [a, b) of d[u, v] for v in [a, u].
    for u in range(n):
        run = 0.0
        for v in range(u, -1, -1):
            run += d[u, v]
            d[u, v] = run
    run = 0.0
    for u in range(n):
        run += rare[u]
        rare[u] = run  # pair-scored tokens of units [0, u]
    acc = np.zeros(n)
    for b in range(1, n + 1):
        for a in range(b):
            acc[a] += d[b - 1, a]
            scores[b - 1, a] += acc[a]
        for a in range(b):
            before = rare[a - 1] if a > 0 else 0.0
            scores[b - 1, a] += log_alpha * (rare[b - 1] - before)


@_jit
def best_cuts(scores, n, cost, best, back, cuts):
    """The segmentation of units ``[0, n)`` maximising the sum of its segments'
    ``scores[b - 1, a]`` minus ``cost`` each (the first best on ties, as
    ``np.argmax``); its boundaries into ``cuts``, ascending; returns their count."""
    best[0] = 0.0
    for b in range(1, n + 1):
        arg = 0
        top = best[0] + scores[b - 1, 0]
        for a in range(1, b):
            v = best[a] + scores[b - 1, a]
            if v > top:
                top, arg = v, a
        back[b] = arg
        best[b] = top - cost
    k, b = 0, n
    while b > 0:
        b = back[b]
        if b > 0:
            cuts[k] = b
            k += 1
    cuts[:k] = cuts[:k][::-1].copy()
    return k


@_jit
def segment_all(
    sizes, indptr, first, ids, sindptr, sfirst, sids, cost, alpha, log_alpha, style_weight,
    limit, delta, sdelta, table, stable, half, scores, d, d2, rare, scratch, best, back,
    cuts, counts,
):  # fmt: skip
    """Every block's boundaries (``block_scores`` then ``best_cuts``), one after
    another into ``cuts``, their number into ``counts``; block ``i``'s units are
    ``indptr[first[i]:first[i] + sizes[i] + 1]`` (the same for the style
    channel); blocks under 2 units have none."""
    k = 0
    for i in range(len(sizes)):
        n = sizes[i]
        if n < 2:
            continue
        block_scores(
            indptr[first[i] : first[i] + n + 1], ids, sindptr[sfirst[i] : sfirst[i] + n + 1],
            sids, n, alpha, log_alpha, style_weight, limit, delta, sdelta, table, stable,
            half, scores, d, d2, rare, scratch,
        )  # fmt: skip
        counts[i] = best_cuts(scores, n, cost, best, back, cuts[k:])
        k += counts[i]
