"""Topic segmentation by C99 (Choi 2000, "Advances in domain independent linear
text segmentation"), in bounded blocks so the cost stays linear in the text.

The shipped default (``C99Config.method="dcm"``) keeps C99's units and windows but
cuts each window by rule ``dcm_segments`` (:mod:`transforms.dcm`, a Bayesian
likelihood; Choi-style benchmark in docs/QUALITY.md); ``method="c99"`` runs the
steps below.

For a sequence of ``n`` units (paragraphs or sentences; terms from
``topics.unit_terms``):

1. **Similarity**: cosine of the units' term-count vectors, ``S = X X^T`` with
   ``X`` sparse and rows L2-normalized (one sparse product).
2. **Rank transform**: each ``S[i, j]`` becomes the fraction of its neighbours in
   a ``mask x mask`` window (clipped at the edges) with a lower similarity. Raw
   cosines of short units are tiny and noisy, and their scale drifts along a
   text; ranks only say "more similar than what is around", which is what a
   topic boundary changes. Vectorized: one comparison of ``S`` with each shifted
   copy of itself, ``mask^2 - 1`` array operations.
3. **Divisive clustering**: with segments ``B_k`` of inside sum ``s_k`` (the sum
   of ranks over the square ``B_k x B_k``) and area ``a_k = |B_k|^2``, the inside
   density is ``D = sum s_k / sum a_k``. Starting from one segment, each step
   splits the segment, at its best point, that gives the largest ``D``
   (Choi's greedy); inside sums come from a 2-D prefix sum in O(1). No segment
   gets fewer than ``min_units`` units.
4. **How many**: the gain of each step ``dD(m) = D(m) - D(m-1)``, smoothed with
   the kernel (1, 2, 1) / 4; the steps up to the last one whose gain exceeds
   ``mean + cutoff_std * std`` of all gains are kept (Choi's threshold,
   ``c = 1.2``). The gold count of segments is never used.

Bounded cost: a sequence longer than ``block`` units is cut into windows of
``block`` units that overlap by half; each window is segmented alone and keeps
the boundaries of its middle half (the first and last windows also keep their
outer quarter), so every position is judged with at least a quarter block of
context on both sides where the text has it. Per unit the work is
O(block * mask^2) for the ranks and O(block) per divisive step: linear in the
document. The rank transform, the dominant cost, runs a cache-sized chunk of
blocks at a time over 2-byte order codes of the similarities (same result as
comparing the floats). Measured rates are in docs/QUALITY.md (topic
segmentation) and docs/PERFORMANCE.md (``bench/c99_speed.py``).

Steps 1-2 are in :mod:`transforms.c99_ranks`, steps 3-4 in :mod:`transforms.c99_divisive`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from transforms import dcm, sorted_unique
from transforms.c99_divisive import _divisive, boundary_count
from transforms.c99_ranks import _rank_prefix_sums
from transforms.sorted_unique import isin  # clause isin_by_search


@dataclass(frozen=True)
class C99Config:
    """C99 parameters (Choi 2000 defaults where he gives them).

    Attributes:
      mask: width of the rank-transform window (odd; Choi: 11).
      cutoff_std: ``c`` of the threshold ``mean + c * std`` on the density gains
        (Choi: 1.2); larger keeps fewer boundaries.
      min_units: no topic segment shorter than this many units.
      block: units per window; longer sequences are segmented in windows that
        overlap by half, so the cost stays linear.
      max_paragraph_terms: units are the paragraphs of a section when its median
        paragraph has at most this many terms and it has at least
        ``min_paragraphs`` of them; else its sentences (running text without
        paragraph breaks, or a few long paragraphs).
      min_paragraphs: see ``max_paragraph_terms``.
      few_paragraph_units: rule ``few_paragraph_units``: a section of 2 to
        ``min_paragraphs - 1`` paragraphs none of which holds more than
        ``max_paragraph_terms`` terms (x ``1 + bigram_share``, rule
        ``cjk_bigram_evidence``) has its paragraphs as units too (a short text:
        its topic boundaries are written paragraph starts, no paragraph is cut
        into pieces of a sentence or two).
      long_paragraph_sentences: rule ``long_paragraph_sentences``: in a section
        of 2 to ``min_paragraphs - 1`` paragraphs, those over the limit have their
        sentences as units and the others stay whole (False: one paragraph over
        the limit makes all the section's units sentences).
      only_long_paragraphs_split: rule ``only_long_paragraphs_split``: the same in
        a section of ``min_paragraphs`` or more with a median over the limit.
      one_paragraph_whole: rule ``one_paragraph_whole``: a section of one paragraph
        within the limit, in a document of 2+ paragraphs, is not cut.
      cjk_paragraph_limit: rule ``cjk_paragraph_limit``: the median test of a
        section of ``min_paragraphs`` or more paragraphs uses the same limit x
        ``1 + bigram_share`` (no cliff between 7 and 8 Chinese paragraphs).
      min_unit_terms: consecutive paragraphs (sentences) are merged until a unit
        holds at least this many terms, so one-line dialogue gives units with
        enough words to compare. None (the default): 5 for ``"c99"`` (its
        similarities need words), 1 for ``"dcm"`` (a likelihood needs no
        minimum; merged units straddle boundaries: docs/QUALITY.md, rule
        ``style_evidence``).
      method: how each block of units is segmented: ``"dcm"`` (rule
        ``dcm_segments``, :mod:`transforms.dcm`: the most likely segmentation
        under a Dirichlet-compound-multinomial model per segment) or ``"c99"``
        (steps 1-4 above). Units, windows and ``min_units`` are shared.
      dcm_alpha: the Dirichlet prior of ``"dcm"`` (smaller: segments must repeat
        their own words more to be kept together).
      dcm_cost: log prior cost of a segment for ``"dcm"``, in nats (larger keeps
        fewer boundaries).
      style_weight: rule ``style_evidence`` for ``"dcm"``: the weight of the
        style tokens' likelihood (punctuation, stopwords, CJK characters;
        :mod:`transforms.style_terms`) beside the terms'; 0 turns it off.
    """

    mask: int = 11
    cutoff_std: float = 1.2
    min_units: int = 1
    block: int = 128
    max_paragraph_terms: int = 200
    min_paragraphs: int = 8
    few_paragraph_units: bool = True
    cjk_paragraph_limit: bool = True
    long_paragraph_sentences: bool = True
    only_long_paragraphs_split: bool = True
    one_paragraph_whole: bool = True
    min_unit_terms: int | None = None
    method: str = "dcm"
    dcm_alpha: float = 0.5
    dcm_cost: float = 2.5
    style_weight: float = 0.3

    def __post_init__(self):
        if self.method not in ("dcm", "c99"):
            raise ValueError(f"C99Config.method={self.method!r} must be 'dcm' or 'c99'")
        if self.min_unit_terms is None:
            object.__setattr__(self, "min_unit_terms", 1 if self.method == "dcm" else 5)
        if not self.dcm_alpha > 0 or self.dcm_cost < 0 or not 0 <= self.style_weight <= 10:
            raise ValueError(
                f"C99Config.dcm_alpha={self.dcm_alpha} must be > 0, dcm_cost="
                f"{self.dcm_cost} >= 0 and style_weight={self.style_weight} in [0, 10]"
            )
        if self.mask < 3 or self.mask % 2 == 0:
            raise ValueError(f"C99Config.mask={self.mask} must be an odd number >= 3 (Choi: 11)")
        if not -3.0 <= self.cutoff_std <= 3.0:
            raise ValueError(
                f"C99Config.cutoff_std={self.cutoff_std} must be in [-3, 3] (Choi: 1.2)"
            )
        if self.min_units < 1:
            raise ValueError(f"C99Config.min_units={self.min_units} must be >= 1")
        if self.max_paragraph_terms < 0 or self.min_unit_terms < 0:
            raise ValueError(
                "C99Config.max_paragraph_terms and min_unit_terms must be >= 0, got "
                f"{self.max_paragraph_terms} and {self.min_unit_terms}"
            )
        if self.block < 4 * self.min_units or self.block < 8:
            raise ValueError(
                f"C99Config.block={self.block} must be >= 8 and >= 4 * min_units "
                f"({4 * self.min_units})"
            )


# Blocks segmented together (bounds the batch's (blocks, width + 1, width + 1) sums).
MAX_BATCH_BLOCKS = 128


def size_groups(blocks: list[tuple[np.ndarray, np.ndarray]], min_units: int) -> list[list[int]]:
    """Indices of the blocks long enough to split (``2 * min_units`` units), grouped by
    the power-of-two range of their size."""
    groups: dict[int, list[int]] = {}
    for i, (indptr, _) in enumerate(blocks):
        n = len(indptr) - 1
        if n >= 2 * min_units:
            groups.setdefault(int(n - 1).bit_length(), []).append(i)
    return list(groups.values())


def segment_blocks(
    blocks: list[tuple[np.ndarray, np.ndarray]],
    config: C99Config,
    max_batch_blocks: int = MAX_BATCH_BLOCKS,
    cost_scale: float = 1.0,
    style: list[tuple[np.ndarray, np.ndarray]] | None = None,
) -> list[np.ndarray]:
    """C99 boundaries (unit indices 1..n-1, ascending) of each block ``(indptr,
    ids)``. Blocks of similar size (sizes in the same power-of-two range) are
    processed together, padded to the largest: the Python loop runs over
    divisive steps, not blocks, and padding at most doubles a block's side.
    (Measured: one group per multiple of 16 units was 15% slower on the
    Gutenberg books, one group for all blocks 40% slower.) A group is segmented
    ``max_batch_blocks`` blocks at a time, at the group's width."""
    if config.method == "dcm":
        return dcm.segment_blocks(
            blocks, config.dcm_alpha, config.dcm_cost * cost_scale, style, config.style_weight
        )
    out = [np.zeros(0, dtype=np.int64) for _ in blocks]
    for group in size_groups(blocks, config.min_units):
        width = max(len(blocks[i][0]) - 1 for i in group)
        # At most max_batch_blocks at once: each holds a (width + 1)^2 float prefix
        # sum (133 KB at 128 units), and a 50 MB document has thousands. Every block
        # is computed on its own rows, at the group's width, so the result is the same.
        for lo in range(0, len(group), max_batch_blocks):
            todo = group[lo : lo + max_batch_blocks]
            sizes = np.asarray([len(blocks[i][0]) - 1 for i in todo], dtype=np.int64)
            splits, densities = _divisive(
                _rank_prefix_sums(blocks, todo, sizes, config.mask, width),
                sizes,
                config.min_units,
            )
            for row, i in enumerate(todo):
                keep = boundary_count(densities[row], config.cutoff_std)
                out[i] = np.sort(splits[row, :keep])
    return out


def windows(n: int, block: int, overlap: int | None = None) -> list[tuple[int, int, int, int]]:
    """Windows ``(start, end, keep_from, keep_to)`` over ``n`` units: ``block``
    long, consecutive ones overlapping by ``overlap`` units (default: half a
    block); each keeps the boundaries from the middle of its overlap with the
    previous window to the middle of its overlap with the next (the first and
    last also their outer edge), so the kept ranges tile ``[0, n)``."""
    if n <= block:
        return [(0, n, 0, n)]
    overlap = block // 2 if overlap is None else overlap
    if not 0 < overlap < block:
        raise ValueError(f"overlap={overlap} must be in (0, {block})")
    half = overlap // 2
    starts = list(range(0, n - block, block - overlap)) + [n - block]
    out = []
    for i, s in enumerate(starts):
        lo = 0 if i == 0 else out[-1][3]
        hi = n if i == len(starts) - 1 else min(s + block - half, starts[i + 1] + half)
        out.append((s, s + block, lo, max(hi, lo)))
    return out


def _overlap(config: C99Config) -> int:
    """Units shared by consecutive windows: half a block for C99 (its ranks and
    threshold are unsure near a window's edge); a quarter for ``"dcm"``, whose
    likelihood needs less context on each side (rule ``dcm_windows``: the same
    segment counts on the books, 25% fewer blocks; docs/QUALITY.md)."""
    return config.block // 4 if config.method == "dcm" else config.block // 2


def c99(indptr: np.ndarray, ids: np.ndarray, config: C99Config = C99Config()) -> np.ndarray:
    """Indices of the units (rows of the CSR ``indptr``/``ids``) that start a new
    topic, ascending, never 0."""
    return segment_sequences([(np.asarray(indptr), np.asarray(ids))], config)[0]


def segment_sequences(
    sequences: list[tuple[np.ndarray, np.ndarray]],
    config: C99Config,
    cost_scale: float = 1.0,
    style: list[tuple[np.ndarray, np.ndarray]] | None = None,
) -> list[np.ndarray]:
    """``c99`` of several unit sequences at once (each cut into windows of
    ``config.block`` units, all windows segmented together); ``cost_scale``
    multiplies ``config.dcm_cost`` (see ``topic_starts``); ``style``: the same
    units' style tokens as CSR per sequence (rule ``style_evidence``), or None."""
    blocks, owners, style_blocks = [], [], []
    for q, (indptr, ids) in enumerate(sequences):
        indptr = np.asarray(indptr, dtype=np.int64)
        for s, e, lo, hi in windows(len(indptr) - 1, config.block, _overlap(config)):
            blocks.append(_window(indptr, ids, s, e))
            owners.append((q, s, lo, hi))
            if style is not None:
                style_blocks.append(_window(*style[q], s, e))
    found: list[list[int]] = [[] for _ in sequences]
    local_cuts = segment_blocks(
        blocks, config, cost_scale=cost_scale, style=None if style is None else style_blocks
    )
    for (q, s, lo, hi), local in zip(owners, local_cuts, strict=True):
        found[q].extend(int(b) + s for b in local if lo <= b + s < hi)
    out = []
    for q, (indptr, _) in enumerate(sequences):
        n, kept = len(indptr) - 1, []
        for b in sorted(found[q]):
            if (not kept or b - kept[-1] >= config.min_units) and n - b >= config.min_units:
                kept.append(b)
        out.append(np.asarray(kept, dtype=np.int64))
    return out


def _window(indptr: np.ndarray, ids: np.ndarray, s: int, e: int) -> tuple[np.ndarray, np.ndarray]:
    """Units ``[s, e)`` of the CSR ``(indptr, ids)`` as a CSR of their own."""
    indptr = np.asarray(indptr, dtype=np.int64)
    return indptr[s : e + 1] - indptr[s], ids[indptr[s] : indptr[e]]


def _merged_units(
    indptr: np.ndarray, ids: np.ndarray, units: np.ndarray, end: int
) -> tuple[np.ndarray, np.ndarray]:
    """Rows ``units[k]`` up to ``units[k + 1]`` (the last up to ``end``) of the
    CSR ``(indptr, ids)`` merged, as a CSR of their own."""
    edges = indptr[np.concatenate((units, [end]))]  # clause one_dtype_concatenate
    return edges - edges[0], ids[edges[0] : edges[-1]]


def merge_short(sizes: np.ndarray, min_terms: int) -> np.ndarray:
    """Indices of the pieces that start a unit: consecutive pieces are merged
    until the unit holds ``min_terms`` terms (a short tail joins the last unit)."""
    starts, acc = [], min_terms  # the first piece always starts a unit
    for i, size in enumerate(np.asarray(sizes).tolist()):
        if acc >= min_terms:
            starts.append(i)
            acc = 0
        acc += size
    if len(starts) > 1 and acc < min_terms:
        starts.pop()
    return np.asarray(starts, dtype=np.int64)


def topic_starts(
    text_length: int,
    sec_starts: np.ndarray,
    para_starts: np.ndarray,
    sent_starts: np.ndarray,
    sent_indptr: np.ndarray,
    ids: np.ndarray,
    skip: np.ndarray,
    config: C99Config = C99Config(),
    bigram_share: float = 0.0,
    style: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """Sorted character starts of the topic segments of a document: every
    section start, plus the C99 boundaries inside each section.

    Units of a section are its paragraphs, or its sentences when its median
    paragraph holds more than ``max_paragraph_terms`` terms or it has fewer than
    ``min_paragraphs`` paragraphs (running text) unless rule
    ``few_paragraph_units`` applies, merged until each holds ``min_unit_terms``
    terms. Paragraphs starting at ``skip`` (heading lines) are left out: a
    chapter's opening differs from its body only because it opens it. Boundaries are sentence starts; they are paragraph
    starts whenever the units are paragraphs.

    Args:
      sent_indptr, ids: terms of every sentence as CSR (``topics.unit_terms``).
      bigram_share: the share of the terms that are overlapping CJK character
        bigrams (``topics.bigram_share``). Rule ``cjk_bigram_evidence``: each
        character enters two bigrams, so bigram counts hold each character's
        evidence twice; ``"dcm"``'s segment cost is multiplied by
        ``1 + bigram_share`` (x2 for Chinese text), which is the same as counting
        each character once.
      style: style tokens of every sentence as CSR ``(indptr, keys)``
        (``style_terms.style_terms``; rule ``style_evidence``), or None.
    """
    chosen = [np.asarray(sec_starts, dtype=np.int64)]
    sequences, unit_starts, style_sequences = [], [], []
    bounds = np.concatenate((chosen[0], [text_length]))  # clause one_dtype_concatenate
    para_starts = np.asarray(para_starts, dtype=np.int64)
    para_starts = para_starts[~isin(para_starts, skip)]  # heading lines are no units
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=False):
        i, j = np.searchsorted(para_starts, [a, b])
        pars = para_starts[i:j]
        if not len(pars):
            continue
        first = np.searchsorted(sent_starts, pars)
        end = int(np.searchsorted(sent_starts, b))
        if end - first[0] < 2 * config.min_units:
            continue
        par_terms = np.diff(sent_indptr[np.concatenate((first, [end]))])
        # Rule few_paragraph_units: a short section of short written paragraphs (a
        # news article, a short chapter) is cut at its paragraph starts only; as
        # sentences, DCM cut it at nearly every sentence (docs/QUALITY.md, s. 21).
        limit = config.max_paragraph_terms * (1.0 + bigram_share)
        # Rule one_paragraph_whole: a one-paragraph section within the limit is whole
        # when the document has paragraphs (one paragraph in all: running text).
        fewest = 1 if config.one_paragraph_whole and len(para_starts) > 1 else 2
        short = config.few_paragraph_units and fewest <= len(pars) < config.min_paragraphs
        long_pars = par_terms > limit
        # Rule cjk_paragraph_limit: the median test of a section of min_paragraphs
        # or more paragraphs is scaled for CJK bigrams as the rule above is (rule
        # cjk_bigram_evidence); else 7 Chinese paragraphs of ~300 characters were
        # kept whole and 8 of them had nearly every paragraph cut.
        many_limit = limit if config.cjk_paragraph_limit else config.max_paragraph_terms
        sents = np.arange(first[0], end)
        if (short and not long_pars.any()) or (
            len(pars) >= config.min_paragraphs and np.median(par_terms) <= many_limit
        ):
            pieces = first
        elif config.long_paragraph_sentences and (
            short or (config.only_long_paragraphs_split and len(pars) >= config.min_paragraphs)
        ):
            # Rule long_paragraph_sentences: in a short section a paragraph over the
            # limit has its sentences as units and the others stay whole, so one
            # long paragraph no longer sends every paragraph back to sentence units.
            # Rule only_long_paragraphs_split: the same in a section of min_paragraphs
            # or more whose median paragraph is over the limit.
            if not short:
                long_pars = par_terms > many_limit
            owner = np.searchsorted(first, sents, side="right") - 1
            pieces = sents[isin(sents, first) | long_pars[owner]]
        else:
            pieces = sents
        if len(pieces) < 2:
            continue  # one unit: no boundary inside the section
        sizes = np.diff(sent_indptr[np.concatenate((pieces, [end]))])
        units = pieces[merge_short(sizes, config.min_unit_terms)]
        sequences.append(_merged_units(sent_indptr, ids, units, end))
        unit_starts.append(units)
        if style is not None:
            style_sequences.append(_merged_units(*style, units, end))
    found_all = segment_sequences(
        sequences, config, 1.0 + bigram_share, style_sequences if style is not None else None
    )
    for units, found in zip(unit_starts, found_all, strict=True):
        chosen.append(sent_starts[units[found]])
    return sorted_unique.unique(np.concatenate(chosen))
