"""Clauses far_score_keys_then_preceding and preceding_without_separator
(bench/memory_prefix_sources.py).

``far-score-keys-preceding`` is ``far-keys-preceding`` with the far key sentences chosen by
score (the ``key`` rule) instead of the closest ones, against ``preceding-double-score``, the
plain text as long; ``preceding-same-nosep`` is the plain text of the row's length with no
paragraph break before the window. Real Chinese text tokenized by the pipeline with
SmolLM2's tokenizer.

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
from transforms.chunk_memory import key_memory

SCORE = ["far-score-keys-preceding", "preceding-double-score"]
ALL = [*SCORE, "far-keys-preceding", "preceding-same", "preceding-same-nosep"]


@pytest.fixture(scope="module")
def books():
    """Two cuts of the excerpt (window, memory): (384, 200) and (256, 128)."""
    return shuihu_cuts(ALL)


def test_score_keys_are_the_key_rules_choice_before_the_plain_text(books):
    differ = boundary = 0
    for book in books:
        d, b = _check_score_keys(*book)
        differ, boundary = differ + d, boundary + b
    # the premises: choosing by score is not choosing the closest on this text, and on
    # some window the score rule would pick a sentence inside the plain text if asked for
    # the sentences before the window
    assert differ >= 1
    assert boundary >= 1


def _check_score_keys(tokenizer, doc, config, rows, make):
    sep = tuple(config.memory_separator_ids)
    by_score = key_memory(doc, dataclasses.replace(config, memory_source="key"))
    differ = boundary = 0
    for row in rows:
        start, m = row["token_start"], row["memory_length"]
        far, double = make["far-score-keys-preceding"](row), make["preceding-double-score"](row)
        check_same_cost_pair(tokenizer, doc, sep, start, far, double)
        _, t = _split(doc, start, m, sep, far[: -len(sep)].tolist())
        keys = far[: len(far) - len(sep) - t]
        # exactly the score rule's sentences in budget m before the plain text
        assert keys.tolist() == by_score(start - t, m).tolist()
        boundary += keys.tolist() != by_score(start, m).tolist()
        assert len(keys) <= m
        differ += keys.tolist() != make["far-keys-preceding"](row)[: len(keys)].tolist()
        region = int(np.asarray(doc.token_offsets).reshape(-1, 2)[start - t, 0])
        text = tokenizer.decode([int(i) for i in keys[: -len(sep)]])
        for part in (p.strip() for p in re.split(r"[\n。！？“”]+", text) if len(p.strip()) >= 4):
            assert part in doc.text[:region], (start, part)
    return differ, boundary


def test_the_plain_text_without_separator_runs_on_into_the_window(books):
    tokenizer, doc, config, rows, make = books[0]
    sep = tuple(config.memory_separator_ids)
    for row in rows:
        start, m = row["token_start"], row["memory_length"]
        nosep, same = make["preceding-same-nosep"](row), make["preceding-same"](row)
        # the same text as preceding-same, the separator dropped
        assert nosep.tolist() == same[: -len(sep)].tolist()
        assert tuple(nosep[-len(sep) :]) != sep
        # prefix + window read as the book's own tokens, with no break between them
        window = row["input_ids"][m:].tolist()
        run = nosep.tolist() + window
        assert run == doc.token_ids[start - len(nosep) : start + len(window)].tolist()
        assert "\ufffd" not in tokenizer.decode([int(i) for i in nosep])


def test_the_new_pairs_are_compared_without_a_random_control():
    windows = []
    for i in range(4):
        w = {"doc_id": "b", "token_start": i, "scored": 10, "prefix_lengths": {}}
        losses = {
            "key-recent": 3.0,
            "far-score-keys-preceding": 2.9,
            "preceding-double-score": 2.8,
            "preceding-same-nosep": 2.85,
        }
        for k, v in losses.items():
            w["prefix_lengths"][k] = 9
            w |= {f"{k}_mean": v + i / 100, f"{k}_early": v, f"{k}_sum": 10 * v}
        windows.append(w)
    s = mp.summarize(windows, "key-recent", [*SCORE, "preceding-same-nosep"])
    gains = s["gains"]
    assert gains["far-score-keys-preceding vs preceding-double-score"]["all"]["mean"] == (
        pytest.approx(-0.1)
    )
    assert not any("random" in k for k in gains)
