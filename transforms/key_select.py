"""Picking key sentences from their LexRank scores by section quota
(``transforms.key_sentences``; moved here in session 33 with clause
``group_counts_its_sentences``).

k is split over the sections in proportion to their sizes (``quotas``; when k covers
every section with a candidate each gets one, clause ``section_keeps_one_key``, session
41) and each section
takes its best-scored candidates, skipping a ``near_repeat`` of one taken before. A
candidate may be a group of sentences (clause ``split_quote_candidate``,
``transforms.key_quotes``: a short quotation cut into 2-4 sentences, picked whole): with
``weights`` (sentences per candidate) a group counts its sentences against the quota and
k, so a document never gets more than k key sentences (``StructureConfig.key_top_k``:
"at most this many"); a group that no longer fits its section's quota is passed over
for the next candidate that does.
"""

from __future__ import annotations

import numpy as np

from transforms.near_repeat import PickedGrams, char_grams


def quotas(section_sizes: np.ndarray, k: int) -> np.ndarray:
    """Split k over sections in proportion to their sizes (largest remainder;
    ties to the earlier section), never more than a section holds; then clause
    ``section_keeps_one_key`` (session 41): when k covers every section with a candidate
    (size > 0), each gets at least one slot. A section the split left at 0 takes one from
    the section that holds 2+ and is most over its exact share (``sizes * k / total``;
    ties to the later section), in section order. When k is smaller than the number of
    sections with candidates, the proportional split stands: the smallest shares get none.
    A chapter of long speeches whose sentences are no candidates (``transforms.latin_speech``)
    otherwise ceded all its share: Candide XXVIII, 6 candidates of 44 sentences."""
    sizes = np.asarray(section_sizes, dtype=np.int64)
    total = int(sizes.sum())
    k = min(k, total)
    if k == 0 or total == 0:
        return np.zeros(len(sizes), dtype=np.int64)
    exact = sizes * k / total
    base = np.floor(exact).astype(np.int64)
    rest = k - int(base.sum())
    order = np.lexsort((np.arange(len(sizes)), -(exact - base)))
    base[order[:rest]] += 1
    base = np.minimum(base, sizes)
    want = np.flatnonzero((sizes > 0) & (base == 0))
    if not len(want) or int((sizes > 0).sum()) > k:
        return base
    # Clause section_keeps_one_key: the len(want) slots are taken one at a time from the
    # section with 2+ most over its exact share (ties to the later), its excess falling
    # by 1 each time: the same as the len(want) largest of over[d] - j, j < base[d] - 1.
    cap = np.where(base >= 2, base - 1, 0)
    donor = np.repeat(np.arange(len(base)), cap)
    j = np.arange(len(donor)) - np.repeat(np.cumsum(cap) - cap, cap)
    order = np.lexsort((j, -donor, -((base - exact)[donor] - j)))
    base -= np.bincount(donor[order[: len(want)]], minlength=len(base))
    base[want] = 1
    return base


def _pick_greedy(
    scores: np.ndarray,
    section_of: np.ndarray,
    sections: np.ndarray,
    quota: np.ndarray,
    sentence_text,
    weights: np.ndarray | None = None,
) -> np.ndarray:
    """Greedy in (score desc, position) order: a candidate is taken while its
    section's quota lasts (a group: while all its ``weights`` sentences fit) unless it
    is a ``near_repeat`` of one taken before (not checked without ``sentence_text``).
    With no near repeats and no groups this is exactly the top of each section by quota."""
    # Python lists, not numpy scalars: the walk can pass most of the candidates (a section
    # that clause section_keeps_one_key gave one slot may hold only low-ranked ones), and a
    # list lookup costs a fraction of an array one (session 42: the zh slowdown of the floor).
    left = quota.tolist()
    slot = np.searchsorted(sections, section_of).tolist()
    need = sum(left)
    cost = [1] * len(scores) if weights is None else np.asarray(weights).tolist()
    picked = PickedGrams()
    chosen = []
    for i in np.lexsort((np.arange(len(scores)), -scores)).tolist():
        if need == 0:
            break
        w = cost[i]
        if left[slot[i]] < w:  # clause group_counts_its_sentences
            continue
        if sentence_text is not None:
            grams = char_grams(sentence_text(i))
            if picked.near_repeat(grams):
                continue
            picked.add(grams)
        chosen.append(i)
        left[slot[i]] -= w
        need -= w
    return np.sort(np.asarray(chosen, dtype=np.int64))


def select_key_sentences(
    scores: np.ndarray,
    section_of: np.ndarray,
    k: int,
    sentence_text=None,
    weights: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Top candidates per section by quota; (indices ascending int32, scores float32).
    ``sentence_text(i)``: the text of candidate i, for the ``near_repeat`` rule
    (not applied without it). ``weights``: sentences per candidate (clause
    ``group_counts_its_sentences``): the quotas and k count sentences, not candidates."""
    n = len(scores)
    if n == 0 or k <= 0:
        return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
    if weights is not None:
        weights = np.asarray(weights, dtype=np.int64)
        if (weights == 1).all():
            weights = None
    sections, first, sizes = np.unique(section_of, return_index=True, return_counts=True)
    if weights is not None:  # a section holds as many sentences as its candidates have
        sizes = np.bincount(np.searchsorted(sections, section_of), weights, len(sections))
    quota = quotas(sizes.astype(np.int64), k)
    if sentence_text is not None or weights is not None:
        chosen = _pick_greedy(scores, section_of, sections, quota, sentence_text, weights)
        return chosen.astype(np.int32), (scores[chosen] * n).astype(np.float32)
    # Rank inside each section: sort by (section, -score, index).
    order = np.lexsort((np.arange(n), -scores, section_of))
    rank_in_section = np.empty(n, dtype=np.int64)
    section_pos = np.searchsorted(sections, section_of[order])
    starts = np.cumsum(np.r_[0, sizes[:-1]])
    rank_in_section[order] = np.arange(n) - starts[section_pos]
    chosen = np.flatnonzero(rank_in_section < quota[np.searchsorted(sections, section_of)])
    return chosen.astype(np.int32), (scores[chosen] * n).astype(np.float32)
