"""Names-only relevance for bench/memory_prefix.py's ``far-names-keys-preceding`` pair.

Clause far_names_keys_then_preceding: the far sentences are ranked by the proper names
and rare terms they share with the plain text before the window (the model's own
context), not by BM25 over every word: session 55 read 8 of 10 BM25-relevant keys that
matched only formulaic wording (不是耍处, 一个姓X名Y), not the people of the scene.

The query's terms (``query_terms``), from the plain text alone (never the window):

* clause en_names_mid_sentence: a capitalised word (``[A-Z][a-z]+``, 2+ letters) that
  does not open a sentence (the text before it, quotes and brackets skipped, does not
  end in ``.!?:;`` or a line break, and is not empty), and that the book writes in
  lower case at most a tenth as often as capitalised (Punkt's orthographic evidence,
  as transforms/abbreviation_case.py reads it: "Turan", "Buckingham" yes; "The",
  "But" at a sentence start no; "Heaven" written "heaven" too no);
* clause zh_book_terms: a 2- or 3-character CJK string of the query that occurs at
  least 3 times in the book and at least 10 times as often (per character, add-one on
  the reference's count) as in a GENERAL reference: the other books given
  (``general``, the bench: the other books of the run's language). A frequency rule,
  not a dictionary: "宋江", "林冲", "好汉" in 水浒传 against 红楼梦; "一个", "不是",
  "只见" are as common in both and never terms.

A sentence's score is the sum over the query terms it contains of log(S / df) (S the
book's sentences, df the sentences holding the term); the sentences scoring > 0 are
taken best first while they fit, as the retrieved source takes them
(``transforms.retrieval.select_by_score``: ending before ``before``, >= min_terms
indexed terms, document order, separator last).
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import re

import numpy as np

from transforms.chunk_memory import retrieved_memory
from transforms.retrieval import RetrievalConfig, RetrievedMemory

CAPITALISED = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\b")
OPENS = re.compile(r"(?:^|[.!?:;\n])[\s\"'“‘(\[_*]*$")
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
ZH_MIN_COUNT = 3  # repeated in the book
ZH_RATIO = 10.0  # times more frequent (per character) than in the general reference
EN_LOWER_SHARE = 0.1  # lower-case uses at most this share of the capitalised ones


def cjk_grams(text: str) -> collections.Counter:
    """Counts of every 2- and 3-character CJK string of ``text``."""
    counts = collections.Counter()
    for run in CJK_RUN.findall(text):
        for n in (2, 3):
            counts.update(run[i : i + n] for i in range(len(run) - n + 1))
    return counts


@functools.lru_cache(maxsize=16)
def _file_grams(path: str) -> tuple[collections.Counter, int]:
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    return cjk_grams(text), sum(len(r) for r in CJK_RUN.findall(text))


class BookTerms:
    """The rules that make a query's terms, with the book's own counts."""

    def __init__(self, text: str, general: tuple[str, ...] = ()):
        self.text = text
        self.cjk_chars = sum(len(r) for r in CJK_RUN.findall(text))
        self.zh = self.cjk_chars > len(text) // 10
        self.book_grams = cjk_grams(text) if self.zh else collections.Counter()
        self.general, self.general_chars = collections.Counter(), 0
        for path in general if self.zh else ():
            grams, chars = _file_grams(path)
            self.general.update(grams)
            self.general_chars += chars
        words = collections.Counter(re.findall(r"[A-Za-z]+", text)) if not self.zh else {}
        self.words = words

    def en_names(self, query: str) -> set[str]:
        # Clause en_names_mid_sentence.
        out = set()
        for m in CAPITALISED.finditer(query):
            word = m.group(1)
            if OPENS.search(query[: m.start()]):
                continue
            if self.words.get(word.lower(), 0) > EN_LOWER_SHARE * self.words.get(word, 0):
                continue
            out.add(word)
        return out

    def zh_terms(self, query: str) -> set[str]:
        # Clause zh_book_terms.
        if not self.general_chars:
            return set()
        out = set()
        for gram in cjk_grams(query):
            count = self.book_grams.get(gram, 0)
            if count < ZH_MIN_COUNT:
                continue
            rate = count / max(1, self.cjk_chars)
            general = (self.general.get(gram, 0) + 1) / self.general_chars
            if rate >= ZH_RATIO * general:
                out.add(gram)
        return out

    def query_terms(self, query: str) -> set[str]:
        return self.zh_terms(query) if self.zh else self.en_names(query)


class NamesIndex:
    """The retrieved source's sentence index with its BM25 ``scores`` replaced by the
    names scores (every other attribute, e.g. ``spans``, ``term_counts``, ``min_terms``,
    is the index's own), so ``RetrievedMemory.select`` chooses by names."""

    def __init__(self, index, text: str, terms: BookTerms):
        self.index, self.text, self.terms = index, text, terms
        self._spans = index.spans
        self._holding = {}  # term -> sentence indices holding it

    def __getattr__(self, name):
        return getattr(self.index, name)

    def __len__(self):
        return len(self.index)

    def holding(self, term: str) -> np.ndarray:
        if term not in self._holding:
            pattern = re.escape(term) if self.terms.zh else rf"\b{re.escape(term)}\b"
            at = np.asarray([m.start() for m in re.finditer(pattern, self.text)], np.int64)
            k = np.searchsorted(self._spans[:, 1], at, side="right")
            k = k[k < len(self._spans)]
            k = k[self._spans[k, 0] <= at[: len(k)]] if len(k) else k
            self._holding[term] = np.unique(k)
        return self._holding[term]

    def scores(self, query_start: int, query_end: int) -> np.ndarray:
        """The index's call: the names scores of the book's text in that span."""
        return self.query_scores(self.text[query_start:query_end])

    def query_scores(self, query: str) -> np.ndarray:
        """Per sentence: the sum of log(S / df) over the query's terms it holds."""
        scores = np.zeros(len(self._spans))
        for term in sorted(self.terms.query_terms(query)):
            held = self.holding(term)
            if len(held):
                scores[held] += np.log(len(self._spans) / len(held))
        return scores


def names_memory(doc, config, general: tuple[str, ...] = ()) -> RetrievedMemory:
    """The book's names-ranked sentence source (``general``: reference books, zh): the
    retrieved source (sentence unit) with its index scoring by names."""
    source = retrieved_memory(
        doc, dataclasses.replace(config, retrieval=RetrievalConfig(unit="sentence"))
    )
    source.index = NamesIndex(source.index, doc.text, BookTerms(doc.text, tuple(general)))
    return source
