"""Clause far_relevant_keys_then_preceding (bench/memory_prefix_sources.py).

``far-relevant-keys-preceding``: the M plain tokens right before the window, preceded by
the earlier sentences BM25 ranks highest for THAT text (the model's own context; the
window's tokens never enter the query), against ``preceding-double-relevant``, the plain
text as long. Real Chinese text tokenized by the pipeline with SmolLM2's tokenizer.

Excerpt: ``tests/data/zh_shuihu_ch1_opening_wtF_s52.txt``, 3,982 bytes byte for byte from
``../shared/data/zh_classics/水浒传.txt`` (the opening of 第一回; public-domain work).
"""

from __future__ import annotations

import dataclasses
import re

import memory_prefix as mp
import numpy as np
import pytest

from tests.bench.conftest import check_same_cost_pair, shuihu_cuts
from tests.bench.test_memory_prefix_far_keys_wtF_s53 import _split
from transforms.chunk_memory import key_memory, retrieved_memory
from transforms.retrieval import RetrievalConfig

PAIR = ["far-relevant-keys-preceding", "preceding-double-relevant"]
CJK_BIGRAM = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


@pytest.fixture(scope="module")
def books():
    """Two cuts of the excerpt (window, memory): (384, 200) and (256, 128)."""
    return shuihu_cuts(PAIR)


def _keys(tokenizer, doc, config, row, make):
    sep = tuple(config.memory_separator_ids)
    start, m = row["token_start"], row["memory_length"]
    far, double = make[PAIR[0]](row), make[PAIR[1]](row)
    check_same_cost_pair(tokenizer, doc, sep, start, far, double)
    _, t = _split(doc, start, m, sep, far[: -len(sep)].tolist())
    return far[: len(far) - len(sep) - t], t


def test_relevant_keys_are_bm25s_choice_for_the_plain_text_before_it(books):
    with_keys = distinct = window_query_differs = 0
    for tokenizer, doc, config, rows, make in books:
        source = retrieved_memory(
            doc, dataclasses.replace(config, retrieval=RetrievalConfig(unit="sentence"))
        )
        seen = set()
        for row in rows:
            start, m = row["token_start"], row["memory_length"]
            keys, t = _keys(tokenizer, doc, config, row, make)
            before = start - t
            # exactly BM25's sentences for the query = the plain text [before, start),
            # among those ending before it, in budget m
            assert keys.tolist() == source(before, before, start, m).tolist()
            assert len(keys) <= m
            if not len(keys):
                continue
            with_keys += 1
            seen.add(tuple(keys.tolist()))
            # a query from the window's own tokens (the leak the rule avoids) picks
            # other sentences on some window
            window_query = source(before, start, start + t, m)
            window_query_differs += keys.tolist() != window_query.tolist()
            region = int(np.asarray(doc.token_offsets).reshape(-1, 2)[before, 0])
            plain = tokenizer.decode([int(i) for i in doc.token_ids[before:start]])
            text = tokenizer.decode([int(i) for i in keys[: -len(config.memory_separator_ids)]])
            parts = [p.strip() for p in re.split(r"[\n。！？“”]+", text) if len(p.strip()) >= 4]
            for part in parts:  # every key sentence lies wholly before the plain text
                assert part in doc.text[:region], (start, part)
            # relevance, read independently of the index: the keys share a CJK
            # character pair with the plain text they were chosen for
            assert set(CJK_BIGRAM.findall(text)) & set(CJK_BIGRAM.findall(plain)), start
        distinct += len(seen)
    assert with_keys >= 3
    # the premises: the choice follows the window (not one fixed sentence per book,
    # as the `key` rule's far keys nearly are) and is not the window-query choice
    assert distinct >= 3
    assert window_query_differs >= 1


def test_relevant_keys_differ_from_the_score_rule(books):
    tokenizer, doc, config, rows, make = books[1]
    by_score = key_memory(doc, dataclasses.replace(config, memory_source="key"))
    differ = 0
    for row in rows:
        keys, t = _keys(tokenizer, doc, config, row, make)
        differ += keys.tolist() != by_score(row["token_start"] - t, row["memory_length"]).tolist()
    assert differ >= 1


def test_the_relevant_pair_is_compared_without_a_random_control():
    windows = []
    for i in range(4):
        w = {"doc_id": "b", "token_start": i, "scored": 10, "prefix_lengths": {}}
        losses = {"key-recent": 3.0, PAIR[0]: 2.95, PAIR[1]: 2.9}
        for k, v in losses.items():
            w["prefix_lengths"][k] = 9
            w |= {f"{k}_mean": v + i / 100, f"{k}_early": v, f"{k}_sum": 10 * v}
        windows.append(w)
    gains = mp.summarize(windows, "key-recent", PAIR)["gains"]
    assert gains[f"{PAIR[0]} vs {PAIR[1]}"]["all"]["mean"] == pytest.approx(-0.05)
    assert not any("random" in k for k in gains)


def test_no_window_character_reaches_the_query_or_the_keys(books, monkeypatch):
    """Review (session 55, second engineer): clause far_relevant_keys_then_preceding's
    "never the window", read at the index itself: every BM25 query the pair makes ends
    at or before the window's first character (no window token, not even a character
    split over the boundary), and every chosen sentence (its indexed character span,
    the text BM25 scored, not only its tokens) ends before that character and its
    tokens before the plain text. A query that takes even the window's first token is
    caught here; the equality test above compares with the same call and can miss it."""
    from transforms.retrieval import RetrievedMemory

    calls = []
    select = RetrievedMemory.select

    def spy(self, before, query_start, query_end, budget):
        chosen = select(self, before, query_start, query_end, budget)
        calls.append((self, before, query_start, query_end, chosen))
        return chosen

    monkeypatch.setattr(RetrievedMemory, "select", spy)
    checked = 0
    for _, doc, _, rows, make in books:
        offsets = np.asarray(doc.token_offsets).reshape(-1, 2)
        for row in rows:
            start = row["token_start"]
            first = int(offsets[start, 0])  # the window's first character
            calls.clear()
            for name in PAIR:
                make[name](row)
            assert calls, start  # the pair asked the index
            for source, before, query_start, query_end, chosen in calls:
                assert before <= query_start < query_end <= start
                assert int(offsets[query_end - 1, 1]) <= first, (start, query_end)
                assert (source._ends[chosen] <= before).all()
                assert (source.index.spans[chosen, 1] <= first).all()
                checked += len(chosen) > 0
    assert checked >= 3
