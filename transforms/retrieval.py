"""Retrieved memory: BM25 over a document's own earlier passages.

``longctx dataset --memory-source retrieved`` fills a window's memory prefix with
the passages of the same document, earlier than the window, that best match the
window's opening text, instead of its key sentences (``transforms.chunking``,
step 5). Per document:

1. **Terms with positions.** The analyzer of key sentences and topics
   (``transforms.topics``): lower-cased words minus English stopwords, character
   bigrams for runs of CJK characters. Each term keeps its character span.
2. **Index, once per document.** Passages are the document's sentences (default)
   or paragraphs; each term belongs to the passage holding its first character.
   ``bm25s`` (Lucene BM25, ``k1``, ``b``) indexes the passages once; every window
   length and every window of the document reuses it.
3. **Query per window.** The terms lying wholly inside the window's *context-only*
   opening tokens (from the window start, which snaps to a sentence or paragraph
   start, up to its first scored token): the opening sentences the previous window
   already scored. No token the loss scores in this window shapes its query.
4. **Selection.** Candidates are the passages that end at or before the window
   start (so nothing at or after it can enter the prefix), hold at least
   ``min_terms`` terms and score > 0; then the
   budget rule of the key-sentence prefix (:func:`select_by_score`): whole
   passages, those longer than the budget skipped, best-scored first while they
   fit, emitted in document order.

BM25's statistics (IDF, mean passage length) are those of the whole document, as
the key sentences' LexRank scores are: they weight the terms, while the prefix's
*content* comes only from before the window. Sentences rather than paragraphs by
default because a memory budget is a few hundred tokens: in the Gutenberg books
many paragraphs exceed 128 tokens and could never be chosen whole, and a sentence
is the smallest unit that still reads as text (bench/memory_prefix.py measures
both).

Cost: one regex pass and one bm25s index per document, then per window one sparse
score over the query's postings and a sort of the matching passages. Measured
under load (so read the ratio, not the seconds): the 1.6M-token 水浒传 at the four
default windows, 2.2 s for the index and ~20 s of chunking in all vs 1.2 s with
key-sentence memory; one 123k-token English book 0.6-0.8 s vs 0.1-0.2 s
(``bench/memory_prefix.py --chunk-cost``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

import schemas
from transforms.char_starts import end_before_blank
from transforms.memory_parts import join_parts, part_end
from transforms.topics import _CJK_RUN, _WORD, english_stopwords

UNITS = ("sentence", "paragraph")


def _bm25s():
    """bm25s, imported on first use (key-sentence builds never pay for it)."""
    import bm25s

    # bm25s sets its own logger to DEBUG on import, which would print a line per
    # document through any root handler (the dataset CLI installs one).
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


@dataclass(frozen=True)
class RetrievalConfig:
    """How retrieved memory is indexed.

    Attributes:
      unit: passage granularity, ``sentence`` or ``paragraph``.
      min_terms: a passage with fewer indexed terms is never retrieved. Speaker
        labels of plays ("Hel."), headings and interjections are sentences of one
        or two terms; BM25's length normalization ranks such a passage highest
        whenever its one term is in the query, yet it tells the model nothing.
      k1, b: BM25 term-frequency saturation and length normalization (bm25s's
        defaults).
    """

    unit: str = "sentence"
    min_terms: int = 3
    k1: float = 1.5
    b: float = 0.75

    def __post_init__(self):
        if self.unit not in UNITS:
            raise ValueError(f"retrieval unit {self.unit!r}: use one of {', '.join(UNITS)}")
        if self.min_terms < 1:
            raise ValueError(f"retrieval min_terms={self.min_terms}: use 1 or more")
        if self.k1 < 0 or not 0.0 <= self.b <= 1.0:
            raise ValueError(f"BM25 needs k1 >= 0 and 0 <= b <= 1, got k1={self.k1}, b={self.b}")


def term_spans(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[str, int]]:
    """Every indexed term of ``text`` with its character span.

    Returns:
      ``(ids, starts, ends, vocab)``: int32 term ids in text order (assigned in
      order of first occurrence, so deterministic), int64 character starts and ends,
      and the term -> id mapping. Stopwords are dropped; a CJK run of length > 1
      gives one bigram per character pair, a single CJK character is a unigram.
    """
    lower = text.lower()
    stop = set(english_stopwords())
    cjk = _CJK_RUN.search(text) is not None
    vocab: dict[str, int] = {}
    ids: list[int] = []
    starts: list[int] = []
    ends: list[int] = []

    def add(term: str, start: int, end: int) -> None:
        if term in stop:
            return
        j = vocab.get(term)
        if j is None:
            j = vocab[term] = len(vocab)
        ids.append(j)
        starts.append(start)
        ends.append(end)

    for match in _WORD.finditer(lower):
        word, s = match.group(), match.start()
        if cjk and len(word) > 1 and _CJK_RUN.match(word):
            for i in range(len(word) - 1):
                add(word[i : i + 2], s + i, s + i + 2)
        else:
            add(word, s, match.end())
    return (
        np.asarray(ids, dtype=np.int32),
        np.asarray(starts, dtype=np.int64),
        np.asarray(ends, dtype=np.int64),
        vocab,
    )


def passage_spans(structure: schemas.TextStructure, unit: str) -> np.ndarray:
    """Character spans ``(n, 2)`` of the passages: sentences or paragraphs."""
    spans = structure.sentences if unit == "sentence" else structure.paragraphs
    return np.asarray(spans, dtype=np.int64).reshape(-1, 2)


class PassageIndex:
    """BM25 over one document's passages; built once, queried per window."""

    def __init__(self, text: str, spans: np.ndarray, config: RetrievalConfig = RetrievalConfig()):
        self.spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
        ids, starts, ends, vocab = term_spans(text)
        # A term belongs to the passage holding its first character.
        passage = np.searchsorted(self.spans[:, 0], starts, side="right") - 1
        inside = (passage >= 0) & (starts < self.spans[np.maximum(passage, 0), 1])
        self._term_ids, self._term_starts, self._term_ends = ids, starts, ends
        self._indexed = np.zeros(len(vocab), dtype=bool)
        self._indexed[ids[inside]] = True
        bounds = np.searchsorted(passage[inside], np.arange(len(self.spans) + 1))
        kept = ids[inside].tolist()
        corpus = [kept[a:b] for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)]
        self.term_counts = np.diff(bounds)
        self.min_terms = config.min_terms
        self._bm25 = None
        if len(self.spans) and self._indexed.any():
            self._bm25 = _bm25s().BM25(k1=config.k1, b=config.b, method="lucene", backend="numpy")
            self._bm25.index((corpus, vocab), show_progress=False)

    def __len__(self) -> int:
        return len(self.spans)

    def query_terms(self, char_start: int, char_end: int) -> np.ndarray:
        """Ids of the indexed terms lying wholly inside ``[char_start, char_end)``."""
        i, j = np.searchsorted(self._term_starts, [char_start, char_end], side="left")
        keep = self._term_ends[i:j] <= char_end
        terms = self._term_ids[i:j][keep]
        return terms[self._indexed[terms]]

    def scores(self, char_start: int, char_end: int) -> np.ndarray:
        """BM25 score (float32) of every passage for the query text
        ``text[char_start:char_end]``; all zero when the query has no indexed term."""
        terms = self.query_terms(char_start, char_end)
        if self._bm25 is None or not len(terms):
            return np.zeros(len(self.spans), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(terms.tolist()), dtype=np.float32)


def select_by_score(
    starts: np.ndarray, ends: np.ndarray, scores: np.ndarray, before: int, budget: int
) -> np.ndarray:
    """The memory budget rule, for any scored spans (token space).

    Spans ending at or before ``before`` and no longer than ``budget`` are ranked by
    descending score (ties to the later span, closer to the window); the longest
    prefix of that ranking whose lengths sum to at most ``budget`` is kept.

    Returns:
      Indices of the chosen spans in document order (int64).
    """
    if budget <= 0 or not len(starts):
        return np.zeros(0, np.int64)
    lengths = ends - starts
    candidates = np.flatnonzero((ends <= before) & (lengths <= budget))
    if not len(candidates):
        return candidates
    order = candidates[np.lexsort((-candidates, -scores[candidates]))]
    fits = np.cumsum(lengths[order]) <= budget
    return np.sort(order[: int(np.argmin(fits)) if not fits.all() else len(order)])


class RetrievedMemory:
    """``(before, query_start, query_end, budget) -> prefix token ids`` for one
    document: the passages BM25 ranks highest for the window's opening tokens
    ``[query_start, query_end)``, among those ending at or before token ``before``,
    followed by ``separator``; empty when no passage shares a term with the query.

    ``token_starts`` / ``token_ends`` are the passages' token spans (the caller maps
    ``index.spans`` to tokens the way it maps every other unit).
    """

    def __init__(
        self,
        doc: schemas.TokenizedDocument,
        index: PassageIndex,
        token_starts: np.ndarray,
        token_ends: np.ndarray,
        separator: tuple[int, ...] = (),
    ):
        if not len(token_starts) == len(token_ends) == len(index):
            raise ValueError(f"{doc.doc_id}: {len(index)} passages, token spans do not match")
        self.index = index
        self._starts = np.asarray(token_starts, dtype=np.int64)
        self._ends = np.asarray(token_ends, dtype=np.int64)
        self._doc = doc
        self._separator = np.asarray(separator, dtype=np.int32)
        self._last = None  # (query character span, its scores): the last query's

    def select(self, before: int, query_start: int, query_end: int, budget: int) -> np.ndarray:
        """Passage indices (document order) of the prefix."""
        if query_end <= query_start or budget <= 0:
            return np.zeros(0, np.int64)
        offsets = self._doc.token_offsets
        query = (int(offsets[query_start, 0]), int(offsets[query_end - 1, 1]))
        if self._last is None or self._last[0] != query:  # the same query again: a row
            self._last = query, self.index.scores(*query)  # start moved (window_char_end_fill)
        scores = self._last[1]
        matched = np.flatnonzero((scores > 0) & (self.index.term_counts >= self.index.min_terms))
        chosen = select_by_score(
            self._starts[matched], self._ends[matched], scores[matched], before, budget
        )
        return matched[chosen]

    def __call__(self, before: int, query_start: int, query_end: int, budget: int) -> np.ndarray:
        chosen = self.select(before, query_start, query_end, budget)
        if not len(chosen):
            return np.zeros(0, np.int32)
        offsets, text, char_ends = self._doc.token_offsets, self._doc.text, self.index.spans[:, 1]
        starts = [int(self._starts[k]) for k in chosen]
        ends = [  # clause key_end_no_next_word
            part_end(offsets, text, s, int(self._ends[k]), int(char_ends[k]))
            for s, k in zip(starts, chosen, strict=True)
        ]
        ends[-1] = end_before_blank(self._doc, starts[-1], ends[-1])  # memory_prefix_one_break
        parts = join_parts(self._doc, starts, ends, self._separator, budget)
        return np.concatenate([parts, self._separator]).astype(np.int32)
