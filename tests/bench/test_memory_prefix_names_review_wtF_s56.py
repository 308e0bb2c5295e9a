"""Review (session 56, second engineer) of clauses far_names_keys_then_preceding and
en_names_mid_sentence: the names query never reads the window; a term weighs log(S / df);
an English name is held by the sentences with that whole word only. The names query is the plain text before the window (the model's context),
never a scored token: every text the names index scores, and every text whose terms are
taken, ends where the window starts. Excerpts as in test_memory_prefix_names_wtF_s56.py
(水浒传 opening, tests/data/zh_shuihu_ch1_opening_wtF_s52.txt; general reference
zh_sanmao_beiying_kelisi.txt + zh_yuanhua_chapters_names.txt; Andersen, The Snow Queen,
tests/data/en_gutenberg_andersen_snow_queen_stories_s52.txt)."""

from __future__ import annotations

import os
import re

import memory_prefix as mp
import memory_prefix_names as mn
import numpy as np
import pytest

from tests.bench.conftest import shuihu_cuts
from tests.bench.test_memory_prefix_names_wtF_s56 import ANDERSEN, GENERAL, PAIR, SHUIHU
from tests.bench.test_memory_prefix_resume_wtF_s52 import _args, fake  # noqa: F401


@pytest.fixture(scope="module")
def books():
    return shuihu_cuts(PAIR, GENERAL)


def test_the_names_query_is_the_plain_text_never_the_window(books, monkeypatch):
    spans, queries = [], []
    scores, terms = mn.NamesIndex.scores, mn.BookTerms.query_terms

    def record_scores(self, query_start, query_end):
        spans.append((query_start, query_end))
        return scores(self, query_start, query_end)

    def record_terms(self, query):
        queries.append(query)
        return terms(self, query)

    monkeypatch.setattr(mn.NamesIndex, "scores", record_scores)
    monkeypatch.setattr(mn.BookTerms, "query_terms", record_terms)
    scored = window_terms_beyond = 0
    for _, doc, config, rows, make in books:
        offsets = np.asarray(doc.token_offsets).reshape(-1, 2)
        book = mn.BookTerms(doc.text, GENERAL)
        for row in rows:
            start, m = row["token_start"], row["memory_length"]
            window_char = int(offsets[start, 0])
            spans.clear(), queries.clear()
            make[PAIR[0]](row), make[PAIR[1]](row)  # the pair, as the bench scores it
            plain_start = int(offsets[start - (m - len(config.memory_separator_ids)), 0])
            # the scored span (when not cached from the same query) is the plain text's
            for s, e in spans:
                assert e <= window_char, (start, s, e, window_char)
                assert s >= int(offsets[start - m, 0])
            # the terms are taken from that span's text only
            assert queries == [doc.text[s:e] for s, e in spans]
            scored += bool(spans)
            # premise: the window holds terms its plain text lacks, so a leak would show
            window = doc.text[window_char : int(offsets[min(start + 128, len(offsets)) - 1, 1])]
            before = doc.text[plain_start:window_char]
            window_terms_beyond += bool(terms(book, window) - terms(book, before))
    assert scored >= 3
    assert window_terms_beyond >= 1


def test_the_general_reference_is_the_runs_other_books_never_the_book(fake, monkeypatch):  # noqa: F811
    # zh_book_terms against its own book would find (almost) nothing; against no book,
    # nothing at all: every zh window a silent tie. The bench passes the other books.
    seen = {}
    stub = lambda row: np.arange(2 * row["memory_length"], dtype=np.int64)  # noqa: E731

    def record(doc, config, also, general=()):
        seen[doc.doc_id] = sorted(os.path.basename(f) for f in general)
        return dict.fromkeys(also, stub)

    monkeypatch.setattr(mp, "other_prefixes", record)
    args = _args(None, n=4)
    args.also = PAIR
    mp.run_language("en", None, None, args)
    assert seen == {"a.txt": ["b.txt"], "b.txt": ["a.txt"]}


class _Index:  # the scorer reads only the sentence spans of the index
    def __init__(self, text, ends):
        self.spans = np.asarray([(m.start(), m.end()) for m in re.finditer(ends, text)])


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def test_a_term_weighs_the_log_of_sentences_over_the_sentences_holding_it():
    # one-term queries (a 2-character name is one gram): the weight alone, no gram count
    text = _read(SHUIHU)
    index = mn.NamesIndex(_Index(text, r"[^。！？\n]+"), text, mn.BookTerms(text, GENERAL))
    n = len(index.spans)
    weights = {}
    for name in ("高俅", "端王"):
        assert index.terms.query_terms(name) == {name}
        held = index.holding(name)
        scores = index.query_scores(name)
        assert scores[held] == pytest.approx(np.log(n / len(held)))
        assert np.count_nonzero(scores) == len(held)
        weights[name] = scores[held[0]]
    assert (len(index.holding("高俅")), len(index.holding("端王")), n) == (17, 5, 63)
    assert weights["端王"] > weights["高俅"]  # the rarer name weighs more


def test_an_english_name_is_held_by_its_whole_word_only():
    text = _read(ANDERSEN)
    index = mn.NamesIndex(_Index(text, r"[^.!?\n]+"), text, mn.BookTerms(text))
    china, chinamen = index.holding("China"), index.holding("Chinamen")
    assert len(china) and len(chinamen)
    for k in china:
        s, e = index.spans[k]
        assert re.search(r"\bChina\b", text[s:e]), text[s:e]
    assert set(chinamen.tolist()) - set(china.tolist())  # "Chinamen" alone is not "China"
