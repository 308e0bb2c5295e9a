"""Clauses far_keys_then_preceding and preceding_double (bench/memory_prefix_sources.py).

Do key sentences add anything that a longer context would not? At the same cost (about
twice the row's prefix length M): ``far-keys-preceding`` is the M tokens right before the
window preceded by the key sentences that end before those M tokens (far keys), and
``preceding-double`` is the plain text right before the window, as long. Real Chinese text
tokenized by the pipeline with SmolLM2's tokenizer.

Excerpt: ``tests/data/zh_shuihu_ch1_opening_wtF_s52.txt``, 3,982 bytes byte for byte from
``../shared/data/zh_classics/水浒传.txt`` (the opening of 第一回; public-domain work).
"""

from __future__ import annotations

import re

import memory_prefix as mp
import numpy as np
import pytest

from tests.bench.conftest import check_same_cost_pair, shuihu_rows
from tests.bench.test_memory_prefix_resume_wtF_s52 import _args, fake  # noqa: F401

BOTH = ["far-keys-preceding", "preceding-double"]


@pytest.fixture(scope="module")
def book():
    tokenizer, doc, config, rows, _ = shuihu_rows(384, 200)
    assert len(rows) >= 3  # the premise: windows with a key prefix
    return tokenizer, doc, config, rows, mp.other_prefixes(doc, config, BOTH)


def _split(doc, start, m, sep, ids):
    """``(keys, t)``: the far-keys prefix (separator dropped) read as key sentences then
    the ``t`` tokens right before the window (t in m - sep - 2 .. m - sep)."""
    for t in range(m - len(sep), m - len(sep) - 3, -1):
        tail, keys = ids[len(ids) - t :], ids[: len(ids) - t]
        if tail == doc.token_ids[start - t : start].tolist() and (
            not keys or tuple(keys[-len(sep) :]) == sep
        ):
            return keys, t
    raise AssertionError(f"window @{start}: no text of the row's length right before it")


def test_far_keys_end_before_the_plain_text_and_both_prefixes_cost_the_same(book):
    tokenizer, doc, config, rows, make = book
    sep = tuple(config.memory_separator_ids)
    key_tokens = memory = 0
    for row in rows:
        start, m = row["token_start"], row["memory_length"]
        far, double = make["far-keys-preceding"](row), make["preceding-double"](row)
        check_same_cost_pair(tokenizer, doc, sep, start, far, double)
        keys, t = _split(doc, start, m, sep, far[: -len(sep)].tolist())
        assert len(keys) <= m
        key_tokens, memory = key_tokens + len(keys), memory + m
        if not keys:
            continue
        # far keys: every key sentence's text lies wholly before the plain text (so before
        # the window), and is not inside the plain text
        region = int(np.asarray(doc.token_offsets).reshape(-1, 2)[start - t, 0])
        text = tokenizer.decode([int(i) for i in keys[: -len(sep)]])
        plain = tokenizer.decode([int(i) for i in doc.token_ids[start - t : start]])
        # (the key parts join sentences that are apart in the text: check each sentence)
        for part in (p.strip() for p in re.split(r"[\n。！？“”]+", text) if len(p.strip()) >= 4):
            assert part in doc.text[:region], (start, part)
            assert part not in plain, (start, part)
    # the premise: the keys fill most of their M (the prefixes are about 2M)
    assert key_tokens >= 0.5 * memory


def test_the_two_are_compared_without_a_random_control():
    windows = []
    for i in range(4):
        w = {"doc_id": "b", "token_start": i, "scored": 10, "prefix_lengths": {}}
        for k, v in {"key-recent": 3.0, "far-keys-preceding": 2.9, "preceding-double": 2.8}.items():
            w["prefix_lengths"][k] = 9 if k == "key-recent" else 18
            w |= {f"{k}_mean": v + i / 100, f"{k}_early": v, f"{k}_sum": 10 * v}
        windows.append(w)
    s = mp.summarize(windows, "key-recent", BOTH)
    assert set(s["gains"]) == {
        "key-recent vs far-keys-preceding",
        "key-recent vs preceding-double",
        "far-keys-preceding vs preceding-double",
    }
    assert s["gains"]["far-keys-preceding vs preceding-double"]["all"]["mean"] == pytest.approx(
        -0.1
    )


def test_they_draw_no_random_prefix_so_the_runs_draws_are_unchanged(fake, monkeypatch):  # noqa: F811
    plain = mp.run_language("en", None, None, _args(None, n=4))
    stub = lambda row: np.arange(2 * row["memory_length"], dtype=np.int64)  # noqa: E731
    monkeypatch.setattr(
        mp, "other_prefixes", lambda doc, config, also, **kw: dict.fromkeys(also, stub)
    )
    args = _args(None, n=4)
    args.also = BOTH
    both = mp.run_language("en", None, None, args)
    for a, b in zip(plain["per_window"], both["per_window"], strict=True):
        assert (a["doc_id"], a["token_start"]) == (b["doc_id"], b["token_start"])
        assert b["random_mean"] == a["random_mean"]
        assert not any(k.startswith("random-") for k in b["prefix_lengths"])
