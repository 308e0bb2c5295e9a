"""Clauses preceding_same_length and key_preceding_mix (bench/memory_prefix_sources.py).

Issue 10 point 5 asks whether the key-sentence prefix beats the plain text right before
the window at the same length, and whether a mix of the two beats both. These tests fix
what the two prefixes are, on real Chinese text tokenized by the pipeline with SmolLM2's
tokenizer (whose byte-level BPE splits some characters over two tokens).

Excerpt: ``tests/data/zh_shuihu_ch1_opening_wtF_s52.txt``, 3,982 bytes byte for byte from
``../shared/data/zh_classics/水浒传.txt`` (the opening of 第一回; public-domain work).
"""

from __future__ import annotations

import memory_prefix as mp
import pytest

from tests.bench.conftest import shuihu_rows


@pytest.fixture(scope="module")
def book():
    tokenizer, doc, config, rows, _ = shuihu_rows(384, 200)
    assert len(rows) >= 3  # the premise: windows with a key prefix
    make = mp.other_prefixes(doc, config, ["preceding-same", "key-preceding"])
    return tokenizer, doc, config, rows, make


def _text(tokenizer, ids):
    return tokenizer.decode([int(i) for i in ids])


def test_preceding_same_is_the_text_right_before_the_window_at_the_rows_length(book):
    tokenizer, doc, config, rows, make = book
    sep = tuple(config.memory_separator_ids)
    for row in rows:
        start, m = row["token_start"], row["memory_length"]
        prefix = make["preceding-same"](row)
        assert tuple(prefix[-len(sep) :]) == sep
        body = prefix[: -len(sep)]
        # as long as the row's prefix, less a split first character (at most 2 tokens)
        assert m - 2 <= len(prefix) <= m
        assert body.tolist() == doc.token_ids[start - len(body) : start].tolist()
        assert "\ufffd" not in _text(tokenizer, body)


def test_key_preceding_is_half_key_sentences_then_the_text_before_the_window(book):
    tokenizer, doc, config, rows, make = book
    sep = tuple(config.memory_separator_ids)
    mixed = 0
    for row in rows:
        start, m = row["token_start"], row["memory_length"]
        prefix = make["key-preceding"](row)
        assert m - 2 <= len(prefix) <= m
        assert tuple(prefix[-len(sep) :]) == sep
        ids = prefix[: -len(sep)].tolist()
        # the longest tail of `ids` that is the text right before the window
        tail = 0
        while tail < len(ids) and ids[len(ids) - tail - 1] == doc.token_ids[start - tail - 1]:
            tail += 1
        keys = ids[: len(ids) - tail]
        assert tail >= m - m // 2 - len(sep) - 2  # the text holds at least its half
        assert len(keys) <= m // 2
        if keys:
            mixed += 1
            assert tuple(keys[-len(sep) :]) == sep  # the key part ends with its separator
            # the key sentences are earlier text than the tail: not read twice
            text_start = start - tail
            key_text = _text(tokenizer, keys[: -len(sep)])
            assert key_text.replace("\n\n", "") and key_text not in _text(
                tokenizer, doc.token_ids[text_start:start]
            )
        assert "\ufffd" not in _text(tokenizer, prefix)
    assert mixed >= 1  # some rows do mix the two


def test_same_length_sources_share_the_rows_random_control():
    """No ``random-preceding-same``: the row's ``random`` (cut to the row's length) is
    theirs; the mix is compared with the plain text too; a skipped condition leaves its
    comparisons out."""
    windows = []
    for i in range(4):
        w = {"doc_id": "b", "token_start": i, "scored": 10}
        w["prefix_lengths"] = {
            "key-recent": 9,
            "random": 9,
            "preceding-same": 9,
            "key-preceding": 9,
        }
        for k, v in {
            "key-recent": 3.0,
            "random": 3.1,
            "preceding-same": 2.9,
            "key-preceding": 2.8,
        }.items():
            w |= {f"{k}_mean": v + i / 100, f"{k}_early": v, f"{k}_sum": 10 * v}
        windows.append(w)
    s = mp.summarize(windows, "key-recent", ["preceding-same", "key-preceding"])
    assert "random-preceding-same" not in s["loss"] and "none" not in s["loss"]
    gains = s["gains"]
    assert set(gains) == {
        "key-recent vs random",
        "preceding-same vs random",
        "key-preceding vs random",
        "key-recent vs preceding-same",
        "key-recent vs key-preceding",
        "key-preceding vs preceding-same",
    }
    assert gains["key-recent vs preceding-same"]["all"]["mean"] == pytest.approx(-0.1)
    assert gains["key-preceding vs preceding-same"]["all"]["mean"] == pytest.approx(0.1)
