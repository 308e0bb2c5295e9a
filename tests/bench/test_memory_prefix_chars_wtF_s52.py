"""Clause random_prefix_whole_characters (bench/memory_prefix.py), on real Chinese text.

SmolLM2's byte-level BPE splits some Chinese characters over two tokens, and the
sentence spans mapped to tokens can end inside one. The random control cut at token
positions and decoded with U+FFFD (session 52 review: 18 of 40 Chinese random prefixes);
now it is whole characters of exactly the key prefix's length.

Excerpt: ``tests/data/zh_shuihu_ch1_opening_wtF_s52.txt``, 3,982 bytes byte for byte from
``../shared/data/zh_classics/水浒传.txt`` (the opening of 第一回; GitHub
Liangwe/word-frequency-count, public-domain work).
"""

from __future__ import annotations

import memory_prefix as mp
import numpy as np
import pytest

from tests.bench.conftest import shuihu_rows


@pytest.fixture(scope="module")
def book():
    tokenizer, doc, config, _, spans = shuihu_rows(512, 128)
    return tokenizer, doc, config.memory_separator_ids, spans


def _decode(tokenizer, ids):
    return tokenizer.decode([int(i) for i in ids])


def test_the_excerpt_splits_characters_over_tokens(book):
    """The premise: some sentence span ends inside a character (else the test proves nothing)."""
    _, doc, _, spans = book
    _, prev = mp.char_bounds(doc.token_offsets)
    assert np.sum(prev[spans[:, 1]] != spans[:, 1]) > 0


@pytest.mark.parametrize("length", [17, 40, 64, 97, 128])
def test_random_prefix_is_whole_characters_of_the_exact_length(book, length):
    tokenizer, doc, separator, spans = book
    before = len(doc.token_ids)
    text = doc.text
    for seed in range(20):
        prefix = mp.random_prefix(
            doc, spans, before, length, separator, np.random.default_rng(seed)
        )
        assert len(prefix) == length
        assert tuple(prefix[-len(separator) :]) == tuple(separator)
        decoded = _decode(tokenizer, prefix[: -len(separator)])
        assert "\ufffd" not in decoded, (seed, decoded)
        assert "\ufffd" not in text
        # every character of the prefix comes from the book
        assert set(decoded) <= set(text)


def test_the_token_cut_of_the_old_prefix_decoded_with_replacement_characters(book):
    """What the clause fixes: cutting at plain token positions gives U+FFFD here."""
    tokenizer, doc, separator, spans = book
    body = 64 - len(separator)
    broken = 0
    for i in range(len(spans)):
        ids = doc.token_ids[spans[i, 0] : spans[i, 1]]
        broken += "\ufffd" in _decode(tokenizer, ids[:body])
    assert broken > 0
