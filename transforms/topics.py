"""Topic segments: TextTiling-style block comparison (Hearst 1997) at the unit
level, vectorized with numpy.

Terms are shared with key-sentence ranking (``unit_terms``): lower-cased words
minus the shipped English stopword list (``data/stopwords_en.txt``) for
space-delimited scripts, and character bigrams for runs of CJK characters. Topic
segmentation (C99) reads the same terms conflated by their Porter stem (rule
``porter_stems``, as in Choi's C99: "whale" and "whales" are one term;
:func:`unit_terms_and_stems`); key-sentence ranking keeps the words, which rank
better on BBC summaries (docs/QUALITY.md).

Hearst's TextTiling cuts the term stream into pseudo-sentences of ``w`` terms,
scores the gaps between them and snaps boundaries to paragraph breaks. Here the
candidate gaps are the units themselves (paragraphs of a section in the
pipeline, sentences in the Manifesto evaluation), which matters when topic
segments are only a few sentences long:

1. each unit is a row of hashed term counts (``dim`` buckets; collisions only add
   a little noise to the cosine);
2. for each gap, the cosine between the summed counts of the ``k`` units on each
   side, each block widened until it holds at least ``w`` terms (so runs of
   one-line paragraphs still give a stable score); block sums come from one
   cumulative sum, so all gaps cost O(n * dim);
3. scores smoothed (moving average), depth score = (left peak - score) +
   (right peak - score), peaks found by climbing while scores rise (vectorized
   with running max/min of the climb's stopping points);
4. boundaries at valleys (local minima) whose depth exceeds
   mean + ``cutoff_std`` * std of the valley depths, deepest first, none closer
   than ``min_segment_terms`` terms to another or to the section edge.

The gold count of segments is never used. Cost: O(terms + n * dim) plus a
sort of the valleys; about 10M characters/s of English text with the defaults
(docs/QUALITY.md), against about 13k characters/s for NLTK's implementation.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from dataclasses import dataclass
from importlib import resources

import numpy as np

from transforms import porter, sorted_unique
from transforms.char_classes import class_runs, code_points, distinct_runs, in_class

_WORD = re.compile(r"[^\W\d_]+")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@functools.cache
def english_stopwords() -> tuple[str, ...]:
    """The shipped English stopword list (NLTK's 179 words)."""
    text = resources.files("transforms").joinpath("data/stopwords_en.txt").read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xF900, 0xFAFF))
_NON_CJK_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


# Words recur across the documents a worker handles: stems are cached per process
# (64 Ki words, a few MB), not only per document.
@functools.lru_cache(maxsize=1 << 16)
def porter_stem(word: str) -> str:
    """Rule ``porter_stems``: the word's Porter stem (NLTK's extended Porter, as
    ``PorterStemmer().stem(word, to_lowercase=False)``; engine ``transforms.porter``,
    which does not import NLTK)."""
    return porter.stem(word)


def unit_terms(text: str, spans: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """Term ids of every span, as CSR.

    Terms: lower-cased words minus the stopwords; in text with CJK characters,
    every run of CJK characters gives its character bigrams (a run of one
    character, the character), never across a span's end.

    Returns:
      indptr: int64 (n + 1,); terms of span i are ``ids[indptr[i]:indptr[i + 1]]``.
      ids: int64 term ids in text order, stopwords removed; ids are assigned in
        order of first occurrence, so the result is deterministic.
      vocab_size: number of distinct ids.
    """
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    if _CJK_RUN.search(text) is not None and _sorted_disjoint(spans):
        return _cjk_unit_terms(text, spans)
    indptr, ids, words = _word_terms(text, spans)
    return indptr, ids, len(words)


def unit_terms_and_stems(
    text: str, spans: np.ndarray
) -> tuple[np.ndarray, np.ndarray, int, np.ndarray]:
    """:func:`unit_terms` plus ``stem_ids``: each term's id after rule
    ``porter_stems`` (words with one Porter stem share an id; ids in order of first
    occurrence). CJK terms are their own stems. Each distinct word is stemmed once."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    if _CJK_RUN.search(text) is not None and _sorted_disjoint(spans):
        indptr, ids, vocab_size = _cjk_unit_terms(text, spans)
        return indptr, ids, vocab_size, ids
    indptr, ids, words = _word_terms(text, spans)
    stems: dict[str, int] = {}
    stem_of = np.fromiter(
        (stems.setdefault(porter_stem(w), len(stems)) for w in words), np.int64, len(words)
    )
    return indptr, ids, len(words), stem_of[ids]


def _word_terms(text: str, spans: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """``unit_terms`` of space-delimited text, and the words in id order."""
    vocab: dict[str, int] = {w: -1 for w in english_stopwords()}
    words: list[str] = []
    lower = text.lower()
    pieces = _piece_words(lower, spans) if len(lower) == len(text) else None
    if pieces is None:
        return _word_terms_one_by_one(lower, spans, vocab, words)
    counts = np.zeros(len(spans) + 1, dtype=np.int64)
    parts = [np.zeros(0, np.int64)]
    for distinct, inverse, span_of in pieces:
        # Ids in order of first occurrence, as the word-by-word pass numbers them.
        new = [w for w in distinct if w not in vocab]
        vocab.update(zip(new, range(len(words), len(words) + len(new)), strict=True))
        words.extend(new)
        ids = np.fromiter(map(vocab.__getitem__, distinct), np.int64, len(distinct))[inverse]
        keep = ids >= 0
        counts[1:] += np.bincount(span_of[keep], minlength=len(spans))
        parts.append(ids[keep])
    return np.cumsum(counts), np.concatenate(parts), words


def _word_terms_one_by_one(
    lower: str, spans: np.ndarray, vocab: dict[str, int], words: list[str]
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """``_word_terms`` word by word: ``_WORD.findall`` span by span."""
    counts = np.zeros(len(spans) + 1, dtype=np.int64)
    # Term ids packed as they come (8 bytes each; a list of Python ints per span
    # took ~5x that: 0.2 GB for a 50 MB document).
    packed = array("q")
    for i, (s, e) in enumerate(spans.tolist()):
        before = len(packed)
        for w in _WORD.findall(lower, s, e):
            j = vocab.get(w)
            if j is None:
                j = vocab[w] = len(words)
                words.append(w)
            if j >= 0:
                packed.append(j)
        counts[i + 1] = len(packed) - before
    indptr = np.cumsum(counts)
    ids = np.frombuffer(packed, dtype=np.int64) if packed else np.zeros(0, np.int64)
    return indptr, ids, words


# Characters of text read at once by ``_piece_words`` (its arrays: ~40 bytes a character).
TERM_PIECE_CHARS = 1 << 20
_LETTER = r"[^\W\d_]"  # _WORD's runs are runs of this class


def _piece_words(lower: str, spans: np.ndarray):
    """The words of the spans, a piece of about ``TERM_PIECE_CHARS`` characters at
    a time (pieces start at span starts): per piece, ``(distinct words in order of
    first occurrence, each word's index among them, each word's span)``, the same
    words in the same order as ``_WORD.findall`` span by span.

    Words are the runs of ``_LETTER`` characters, found on the code points and
    grouped by ``char_classes.distinct_runs`` (exact); only the distinct words
    become strings. None (the caller goes word by word) when spans are not sorted
    and disjoint, when a word crosses a span's start or end (then a span's findall
    would cut it), or when a piece's runs could not be grouped."""
    if not len(spans):
        return []
    if not _sorted_disjoint(spans):
        return None
    starts, ends = spans[:, 0], spans[:, 1]
    cut = sorted_unique.unique(np.concatenate((starts, ends)))  # clause one_dtype_concatenate
    cut = cut[(cut > 0) & (cut < len(lower))].tolist()
    if cut:
        before = in_class(code_points("".join(lower[c - 1] for c in cut)), _LETTER)
        if (before & in_class(code_points("".join(lower[c] for c in cut)), _LETTER)).any():
            return None
    out = []
    a, stop = int(starts[0]), min(int(ends[-1]), len(lower))
    while a < stop:
        i = int(np.searchsorted(starts, a + TERM_PIECE_CHARS, "right")) - 1
        if int(starts[i]) <= a:  # a span longer than a piece: up to the next span start
            i = int(np.searchsorted(starts, a, "right"))
        b = int(starts[i]) if i < len(starts) else stop
        piece = lower[a:b]
        code = code_points(piece)
        run_start, run_end = class_runs(code, _LETTER)
        span_of = np.searchsorted(starts, run_start + a, "right") - 1
        inside = span_of >= 0
        inside[inside] = run_start[inside] + a < ends[span_of[inside]]
        run_start, run_end = run_start[inside], run_end[inside]
        grouped = distinct_runs(code, run_start, run_end)
        if grouped is None:
            return None
        first, inverse = grouped
        distinct = [
            piece[s:e]
            for s, e in zip(run_start[first].tolist(), run_end[first].tolist(), strict=True)
        ]
        out.append((distinct, inverse, span_of[inside]))
        a = b
    return out


def bigram_share(text: str, n_terms: int) -> float:
    """The share of ``n_terms`` terms of ``text`` (``unit_terms``) that are CJK
    character bigrams: adjacent pairs of CJK characters (span ends not counted
    out, so an estimate), 0 for text without CJK characters."""
    if n_terms <= 0 or _CJK_RUN.search(text) is None:
        return 0.0
    cjk = _cjk_mask(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32))
    return min(1.0, int(np.count_nonzero(cjk[1:] & cjk[:-1])) / n_terms)


def _cjk_mask(code: np.ndarray) -> np.ndarray:
    """Which code points are CJK characters (``_CJK_RANGES``)."""
    cjk = np.zeros(len(code), dtype=bool)
    for lo, hi in _CJK_RANGES:
        cjk |= (code >= lo) & (code <= hi)
    return cjk


def _sorted_disjoint(spans: np.ndarray) -> bool:
    return bool((spans[:, 1] >= spans[:, 0]).all() and (spans[1:, 0] >= spans[:-1, 1]).all())


def char_spans(spans: np.ndarray, n: int) -> np.ndarray:
    """The span of every one of ``n`` characters (-1 outside all spans), int32:
    the last span starting at or before it (``searchsorted(spans[:, 0],
    arange(n), "right") - 1``) when it ends after it, i.e. when more spans start
    than end at or before it. Spans must be sorted and disjoint; running sums in
    int32 (a document has fewer than 2^31 spans)."""
    edges = np.minimum(np.asarray(spans, dtype=np.int64).reshape(-1, 2), n)
    if len(edges) and edges.min() < 0:
        np.bincount(edges.reshape(-1))  # numpy's error for a negative offset, as before
    # Clause char_spans_int32 (session 48): the counts are made in int32 in place
    # (``np.add.at``), not as int64 counts of every character then cast: 2.5 times the
    # text's length in bytes less at the peak (160 MB at 20 M characters). The same numbers.
    opened = np.zeros(n + 1, dtype=np.int32)
    np.add.at(opened, edges[:, 0], 1)
    span_of = np.cumsum(opened[:n], dtype=np.int32)
    span_of -= 1
    np.subtract.at(opened, edges[:, 1], 1)
    span_of[np.cumsum(opened[:n], dtype=np.int32) <= 0] = -1
    return span_of


def _cjk_unit_terms(text: str, spans: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """``unit_terms`` for text with CJK characters, vectorized over code points
    (a Chinese novel has ~1 term per character: a Python loop over them cost
    60% of all text stages). Spans must be sorted and disjoint."""
    # Clause terms_memory (session 45): the per-character arrays are the code points
    # (uint32), the span of each character (int32) and masks (bool); the int64 copy of the
    # code points and the masks are gone before the keys are numbered (the terms step
    # held ~80 bytes a character at its peak: 393 MB traced on 4.75 M characters of novels).
    code32 = code_points(text)
    n = len(code32)
    cjk = _cjk_mask(code32)
    span_of = char_spans(spans, n)
    inside = span_of >= 0
    # Clause one_dtype_concatenate: np.concatenate of bool masks for np.r_.
    same_span_next = np.concatenate((span_of[1:] == span_of[:-1], [False])) & inside
    next_cjk = np.concatenate((cjk[1:], [False])) & same_span_next
    prev_cjk = np.concatenate(([False], cjk[:-1] & same_span_next[:-1]))
    del same_span_next
    cjk &= inside
    bigram = np.flatnonzero(cjk & next_cjk)
    cjk &= ~next_cjk
    cjk &= ~prev_cjk
    single = np.flatnonzero(cjk)
    del cjk, next_cjk, prev_cjk
    # CJK keys: a character's code point, a bigram's pair of code points (>= 2^16:
    # all of _CJK_RANGES is below 2^16; small keys sort faster, first_occurrence_ids).
    positions = [bigram, single]
    keys = [
        (code32[bigram].astype(np.int64) << 16) | code32[bigram + 1],
        code32[single].astype(np.int64),
    ]
    del bigram, single
    # Words of other scripts (a few in a Chinese book), keyed after all CJK keys.
    # One scan of the whole text; a word must lie inside one span (one cut by a
    # span's end, only possible at a hard cut of an overlong sentence, is dropped).
    stop = set(english_stopwords())
    words: dict[str, int] = {}
    word_pos, word_end, word_key = [], [], []
    # _NON_CJK_WORD.finditer's matches: the maximal runs of its one class, found on
    # the code points (offsets of the text itself: "İ".lower() is 2 characters).
    run_starts, run_ends = class_runs(code32, _NON_CJK_WORD.pattern[:-1])
    del code32
    for a, b in zip(run_starts.tolist(), run_ends.tolist(), strict=True):
        w = text[a:b].lower()
        if w not in stop:
            word_pos.append(a)
            word_end.append(b)
            word_key.append(words.setdefault(w, len(words)))
    word_pos = np.asarray(word_pos, dtype=np.int64)
    word_end = np.asarray(word_end, dtype=np.int64)
    keep = inside[word_pos] if len(word_pos) else np.zeros(0, dtype=bool)
    keep[keep] = word_end[keep] <= spans[span_of[word_pos[keep]], 1]
    positions.append(word_pos[keep])
    keys.append(np.asarray(word_key, dtype=np.int64)[keep] + (1 << 32))
    # In text order (positions are distinct): scattered onto the characters.
    at = np.zeros(n, dtype=bool)
    key_at = np.empty(n, dtype=np.int64)
    for p, k in zip(positions, keys, strict=True):
        at[p] = True
        key_at[p] = k
    del positions, keys
    pos = np.flatnonzero(at)
    del at
    key = key_at[pos]
    del key_at
    counts = (
        np.bincount(span_of[pos], minlength=len(spans))
        if len(pos)
        else np.zeros(len(spans), np.int64)
    )
    del span_of, pos, inside
    ids, vocab_size = sorted_unique.first_occurrence_ids(key)
    return sorted_unique.zero_first(np.cumsum(counts)).astype(np.int64), ids, vocab_size


@dataclass(frozen=True)
class TextTilingConfig:
    """Block-comparison parameters.

    Defaults are for books (units = paragraphs of a section). ``bench/eval_text.py``
    uses ``k=5, w=40, smoothing_width=1, cutoff_std=0.5, min_segment_terms=0`` over
    the sentences of the Manifesto set, chosen on its 2004/2008 files only.

    Attributes:
      w: at least this many terms in each block; a block of ``k`` short units
        (one-line dialogue paragraphs) grows unit by unit until it has them.
      k: units (paragraphs or sentences) per comparison block, each side of a gap.
      smoothing_width: moving-average half width over gap scores (0 = off).
      dim: hash buckets for term counts.
      cutoff_std: a valley is a boundary when its depth exceeds
        mean + cutoff_std * std of all valley depths (Hearst's HC cutoff is -0.5;
        larger keeps fewer, deeper boundaries).
      min_segment_terms: no boundary closer than this many terms to another or to
        the section edge.
    """

    w: int = 100
    k: int = 5
    smoothing_width: int = 1
    dim: int = 1024
    cutoff_std: float = 0.5
    min_segment_terms: int = 200

    def __post_init__(self):
        for name in ("w", "k", "dim"):
            if getattr(self, name) < 1:
                raise ValueError(f"TextTilingConfig.{name} must be >= 1, got {getattr(self, name)}")
        if self.smoothing_width < 0:
            raise ValueError("TextTilingConfig.smoothing_width must be >= 0 (0 turns it off)")
        if not -3.0 <= self.cutoff_std <= 3.0:
            raise ValueError(
                f"TextTilingConfig.cutoff_std={self.cutoff_std} must be in [-3, 3] "
                "(Hearst's cutoff is -0.5; 0.5 is the default)"
            )
        if self.min_segment_terms < 0:
            raise ValueError("TextTilingConfig.min_segment_terms must be >= 0")


def block_bounds(indptr: np.ndarray, config: TextTilingConfig) -> tuple[np.ndarray, np.ndarray]:
    """For each gap g = 1..n-1 (before unit g), the first unit of its left block
    and the end (exclusive) of its right block: ``k`` units each side, widened to
    hold at least ``w`` terms, clipped to the section."""
    n = len(indptr) - 1
    g = np.arange(1, n)
    pos = indptr[g]
    # Last unit starting at or before pos - w; first unit boundary at or after pos + w.
    lo = np.minimum(np.searchsorted(indptr, pos - config.w, side="right") - 1, g - config.k)
    hi = np.maximum(np.searchsorted(indptr, pos + config.w, side="left"), g + config.k)
    return lo.clip(0, None), hi.clip(None, n)


def gap_scores(indptr: np.ndarray, ids: np.ndarray, config: TextTilingConfig) -> np.ndarray:
    """Cosine between the term counts of the blocks left and right of each gap
    between units (n - 1 gaps; a block without terms scores 0)."""
    n = len(indptr) - 1
    if n < 2:
        return np.zeros(0)
    unit = np.repeat(np.arange(n), np.diff(indptr))
    flat = np.bincount(unit * config.dim + ids % config.dim, minlength=n * config.dim)
    counts = flat.reshape(n, config.dim).astype(np.float32)
    cum = np.zeros((n + 1, config.dim), dtype=np.float32)
    np.cumsum(counts, axis=0, out=cum[1:])
    lo, hi = block_bounds(indptr, config)
    g = np.arange(1, n)
    left = cum[g] - cum[lo]
    right = cum[hi] - cum[g]
    num = np.einsum("ij,ij->i", left, right)
    den = np.sqrt(np.einsum("ij,ij->i", left, left) * np.einsum("ij,ij->i", right, right))
    return np.divide(num, den, out=np.zeros_like(num), where=den > 0).astype(np.float64)


def smooth(scores: np.ndarray, width: int) -> np.ndarray:
    if width <= 0 or len(scores) < 3:
        return scores
    kernel = np.ones(2 * width + 1) / (2 * width + 1)
    padded = np.pad(scores, width, mode="edge")
    return np.convolve(padded, kernel, mode="valid")


def depth_scores(scores: np.ndarray) -> np.ndarray:
    """Hearst's depth: (left peak - score) + (right peak - score), each peak found
    by climbing while the score does not fall. Vectorized: the climb from i to
    the left ends at the nearest j <= i with scores[j - 1] < scores[j]."""
    n = len(scores)
    if n == 0:
        return np.zeros(0)
    idx = np.arange(n)
    left_stop = np.concatenate(([True], scores[:-1] < scores[1:]))  # plain_concatenate
    left = np.maximum.accumulate(np.where(left_stop, idx, 0))
    right_stop = np.concatenate((scores[1:] < scores[:-1], [True]))
    right = np.minimum.accumulate(np.where(right_stop, idx, n - 1)[::-1])[::-1]
    return scores[left] + scores[right] - 2 * scores


def deep_valleys(scores: np.ndarray, depth: np.ndarray, cutoff_std: float) -> np.ndarray:
    """Indexes of the valleys of ``scores`` (no higher than either neighbour, depth > 0)
    deeper than mean + ``cutoff_std`` x std of the document's own valley depths:
    TextTiling's cutoff (also used by the Manifesto benches)."""
    valley = np.concatenate(([True], scores[1:] <= scores[:-1])) & np.concatenate(
        (scores[:-1] <= scores[1:], [True])
    )  # clause plain_concatenate
    valley &= depth > 0
    if not valley.any():
        return np.zeros(0, dtype=np.int64)
    cutoff = depth[valley].mean() + cutoff_std * depth[valley].std()
    return np.flatnonzero(valley & (depth > cutoff))


def boundary_gaps(indptr: np.ndarray, ids: np.ndarray, config: TextTilingConfig) -> np.ndarray:
    """Units (1..n-1) that start a new topic, ascending (see module docstring)."""
    scores = smooth(gap_scores(indptr, ids, config), config.smoothing_width)
    if len(scores) < 3:
        return np.zeros(0, dtype=np.int64)
    depth = depth_scores(scores)
    candidates = deep_valleys(scores, depth, config.cutoff_std)
    # Deepest first; drop boundaries too close to an accepted one or to the edges.
    order = candidates[np.argsort(-depth[candidates], kind="stable")]
    min_gap = config.min_segment_terms
    total = int(indptr[-1])
    accepted_pos: list[int] = []
    accepted: list[int] = []
    for c in order.tolist():
        unit = c + 1
        pos = int(indptr[unit])
        if pos < min_gap or total - pos < min_gap:
            continue
        i = bisect.bisect_left(accepted_pos, pos)
        if i > 0 and pos - accepted_pos[i - 1] < min_gap:
            continue
        if i < len(accepted_pos) and accepted_pos[i] - pos < min_gap:
            continue
        accepted_pos.insert(i, pos)
        accepted.append(unit)
    return np.asarray(sorted(accepted), dtype=np.int64)


def texttiling(
    indptr: np.ndarray, ids: np.ndarray, config: TextTilingConfig = TextTilingConfig()
) -> np.ndarray:
    """Indices of the units (rows of the CSR ``indptr``/``ids``) that start a new
    topic, ascending, never 0."""
    return boundary_gaps(np.asarray(indptr, dtype=np.int64), ids, config)
