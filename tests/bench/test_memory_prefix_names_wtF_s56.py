"""Clauses far_names_keys_then_preceding, zh_book_terms, en_names_mid_sentence
(bench/memory_prefix_names.py, bench/memory_prefix_sources.py).

``far-names-keys-preceding``: the M plain tokens right before the window, preceded by the
earlier sentences ranked by the names / rare terms they share with THAT text (never the
window's), against ``preceding-double-names``, the plain text as long.

Excerpts (byte for byte, public-domain or quoted as the other tests quote them):
``tests/data/zh_shuihu_ch1_opening_wtF_s52.txt`` (水浒传, ../shared/data/zh_classics);
the general reference: ``tests/data/zh_sanmao_beiying_kelisi.txt`` and
``tests/data/zh_yuanhua_chapters_names.txt`` (modern Chinese, their sources named in their
own tests); ``tests/data/en_gutenberg_andersen_snow_queen_stories_s52.txt`` (Andersen, The
Snow Queen, Project Gutenberg).
"""

from __future__ import annotations

import os
import re

import memory_prefix_names as mn
import numpy as np
import pytest

from tests.bench.conftest import SHUIHU, check_same_cost_pair, shuihu_cuts
from tests.bench.test_memory_prefix_far_keys_wtF_s53 import _split
from transforms.chunk_memory import retrieved_memory

DATA = os.path.dirname(SHUIHU)
GENERAL = tuple(
    os.path.join(DATA, f) for f in ("zh_sanmao_beiying_kelisi.txt", "zh_yuanhua_chapters_names.txt")
)
ANDERSEN = os.path.join(DATA, "en_gutenberg_andersen_snow_queen_stories_s52.txt")
PAIR = ["far-names-keys-preceding", "preceding-double-names"]


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def test_zh_terms_are_the_books_names_not_common_words():
    text = _read(SHUIHU)
    terms = mn.BookTerms(text, GENERAL).query_terms(text)
    # the people and titles of the excerpt (高俅, 端王, 苏学士, 柳大郎, 太尉)
    assert {"高俅", "端王", "苏学士", "柳大郎", "太尉", "东京"} <= terms
    # "一个" is in the book 4 times, but as common in the general reference (47)
    assert "一个" not in terms
    book = mn.cjk_grams(text)
    assert all(book[t] >= mn.ZH_MIN_COUNT and 2 <= len(t) <= 3 for t in terms)
    # no reference, no "rare": the rule then finds nothing rather than every repeat
    assert mn.BookTerms(text).query_terms(text) == set()


def test_en_names_are_mid_sentence_capitals_the_book_does_not_write_lower():
    text = _read(ANDERSEN)
    book = mn.BookTerms(text)
    assert not book.zh
    names = book.query_terms(text)
    assert {"Gerda", "Kay"} <= names
    assert "Now" not in names  # "Now we are about to begin": a sentence start only
    words = book.words
    # "Emperor" stands capitalised mid-sentence once, and "emperor" once: not a name here
    assert words["Emperor"] == words["emperor"] == 1
    assert "Emperor" not in names
    for name in names:
        assert words.get(name.lower(), 0) <= mn.EN_LOWER_SHARE * words[name], name
    # a sentence-opening capital alone is no name; the same word mid-sentence is
    assert book.query_terms("The roses bloomed. Gerda wept.") == set()
    assert book.query_terms("and little Gerda wept") == {"Gerda"}
    assert book.query_terms('"Kay!" she cried.') == set()  # opens a quoted sentence


@pytest.fixture(scope="module")
def books():
    return shuihu_cuts(PAIR, GENERAL)


def test_names_keys_share_a_term_with_the_plain_text_before_them(books):
    with_keys = differ_from_bm25 = 0
    seen = set()
    for tokenizer, doc, config, rows, make in books:
        sep = tuple(config.memory_separator_ids)
        source = mn.names_memory(doc, config, GENERAL)
        bm25 = retrieved_memory(doc, config)
        offsets = np.asarray(doc.token_offsets).reshape(-1, 2)
        for row in rows:
            start, m = row["token_start"], row["memory_length"]
            far, double = make[PAIR[0]](row), make[PAIR[1]](row)
            check_same_cost_pair(tokenizer, doc, sep, start, far, double)
            _, t = _split(doc, start, m, sep, far[: -len(sep)].tolist())
            keys = far[: len(far) - len(sep) - t]
            before = start - t
            assert keys.tolist() == source(before, before, start, m).tolist()
            if not len(keys):
                continue
            with_keys += 1
            seen.add(tuple(keys.tolist()))
            plain = doc.text[int(offsets[before, 0]) : int(offsets[start - 1, 1])]
            terms = source.index.terms.query_terms(plain)
            chosen = source.select(before, before, start, m)
            for k in chosen:  # every chosen sentence: before the plain text, sharing a term
                s, e = source.index.spans[k]
                assert e <= offsets[before, 0]
                assert any(term in doc.text[s:e] for term in terms), doc.text[s:e]
            differ_from_bm25 += keys.tolist() != bm25(before, before, start, m).tolist()
    assert with_keys >= 3
    assert len(seen) >= 3  # the keys follow the window, not one fixed set
    assert differ_from_bm25 >= 1  # not BM25's choice under another name


def test_term_scores_weight_rare_terms_higher():
    text = _read(SHUIHU)

    spans = np.asarray([(m.start(), m.end()) for m in re.finditer(r"[^。！？\n]+", text)])

    class Index:  # the scorer reads only the sentence spans of the index
        pass

    index = Index()
    index.spans = spans
    memory = mn.NamesIndex(index, text, mn.BookTerms(text, GENERAL))
    gao, su = memory.holding("高俅"), memory.holding("苏学士")
    assert len(gao) > len(su) >= 1
    scores = memory.query_scores("高俅去见苏学士")
    only_su = [k for k in su.tolist() if k not in set(gao.tolist())]
    only_gao = [k for k in gao.tolist() if k not in set(su.tolist())]
    assert only_su and only_gao
    # the rarer name (fewer sentences hold it) weighs more; a sentence with neither: 0
    assert min(scores[only_su]) > max(scores[only_gao]) > 0
    neither = np.setdiff1d(np.arange(len(memory._spans)), np.union1d(gao, su))
    assert len(neither) and not scores[neither].any()
    assert not memory.query_scores("一个").any()  # a common word is no term
