"""Long-context evaluation: sliding-window perplexity, loss by position, passkey prompts
(tiny in-process models; nothing is downloaded). `longctx eval` end to end: test_eval_cli.py."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from tokenizers import Tokenizer
from transformers import AutoModelForCausalLM

from training.passkey import (
    cache_argument,
    greedy_continuation,
)
from training.perplexity import (
    HeldOutDocument,
    HeldOutError,
    TokenLosses,
    dataset_documents,
    loss_by_position,
    perplexity_at_length,
    position_edges,
    position_spans,
    score_document,
    select_documents,
    sliding_windows,
    text_documents,
    window_losses,
)

from .conftest import TINY_VOCAB


# --------------------------------------------------------------------------
# Sliding windows (pure)
# --------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(0, 400),
    length=st.integers(2, 64),
    stride_fraction=st.floats(0.01, 0.99),
)
def test_every_token_after_the_first_is_scored_exactly_once(n, length, stride_fraction):
    stride = min(max(1, int(length * stride_fraction)), length - 1)
    windows = sliding_windows(n, length, stride)
    scored = np.zeros(n, dtype=int)
    for k, w in enumerate(windows):
        assert 0 <= w.begin < w.score_from <= w.end <= n  # context: at least one token
        assert w.end - w.begin == min(length, n)  # every window is full length
        scored[w.score_from : w.end] += 1
        context = np.arange(w.score_from, w.end) - w.begin
        if k:  # after the first window, at least length - stride tokens of context
            assert context.min() >= length - stride
    assert scored[:1].sum() == 0 and (scored[1:] == 1).all()
    assert windows == [] if n < 2 else windows[0].begin == 0 and windows[-1].end == n


def test_window_arguments_are_checked():
    with pytest.raises(ValueError, match="stride"):
        sliding_windows(100, 16, 16)
    with pytest.raises(ValueError, match="stride"):
        sliding_windows(100, 16, 0)
    with pytest.raises(ValueError, match="at least 2"):
        sliding_windows(100, 1, 1)


def test_position_spans_spread_a_budget_over_documents():
    docs = [
        HeldOutDocument(f"d{i}", np.zeros(n, dtype=np.int64)) for i, n in enumerate((100, 45, 9))
    ]
    every = position_spans(docs, 10)
    assert [(d.doc_id, b) for d, b in every] == [("d0", b) for b in range(0, 100, 10)] + [
        ("d1", b) for b in range(0, 40, 10)
    ]
    budget = position_spans(docs, 10, max_spans=5)
    # d0 gets 3 of its 10 spans (first, middle, last), d1 2 of 4, d2 is too short.
    assert [(d.doc_id, b) for d, b in budget] == [
        ("d0", 0),
        ("d0", 40),
        ("d0", 90),
        ("d1", 0),
        ("d1", 30),
    ]
    assert position_edges(1024) == [1, 64, 128, 256, 512, 1024]


# --------------------------------------------------------------------------
# Model side: tiny random Llama
# --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def model(tiny_model):
    return AutoModelForCausalLM.from_pretrained(tiny_model, dtype=torch.float32).eval()


@pytest.fixture(scope="module")
def doc():
    rng = np.random.default_rng(3)
    return HeldOutDocument("doc", rng.integers(1, TINY_VOCAB, size=61).astype(np.int64))


@torch.no_grad()
def _brute_force_loss(model, ids: np.ndarray, begin: int, t: int) -> float:
    """Loss of token ``t`` from a forward over exactly ``ids[begin:t]``."""
    logits = model(input_ids=torch.as_tensor(ids[begin:t])[None]).logits[0, -1]
    return float(F.cross_entropy(logits[None].double(), torch.tensor([int(ids[t])])))


def test_window_losses_match_a_forward_per_token(model, doc):
    losses = window_losses(model, doc.token_ids[5:30], "cpu", chunk=7)  # chunked LM head
    reference = [_brute_force_loss(model, doc.token_ids, 5, t) for t in range(6, 30)]
    np.testing.assert_allclose(losses, reference, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("length,stride", [(16, 6), (16, 15), (20, 1), (64, 32)])
def test_sliding_window_perplexity_equals_a_brute_force_reference(model, doc, length, stride):
    n = len(doc.token_ids)
    cache = TokenLosses(model, "cpu")
    token_losses, contexts = score_document(cache, doc, length, stride)
    assert len(token_losses) == n - 1  # tokens 1..n-1, once each
    # Reference, written from the definition: token t is scored in the first window
    # whose end passes t; that window begins max(0, end - length).
    reference, reference_contexts = [], []
    for t in range(1, n):
        k = 0
        while min(length + k * stride, n) <= t:
            k += 1
        begin = max(0, min(length + k * stride, n) - length)
        reference.append(_brute_force_loss(model, doc.token_ids, begin, t))
        reference_contexts.append(t - begin)
    np.testing.assert_allclose(token_losses, reference, rtol=1e-5, atol=1e-5)
    assert contexts.tolist() == reference_contexts
    result = perplexity_at_length(cache, [doc], length, stride)
    assert result["tokens_scored"] == n - 1
    assert result["perplexity"] == pytest.approx(np.exp(np.mean(reference)), rel=1e-6)


def test_sliding_window_matches_hf_label_masking(model, doc):
    """The HF recipe: each window forwarded with labels -100 on already-scored tokens;
    the model's own mean loss times the scored count, summed, over all scored tokens."""
    length, stride = 24, 10
    total, count = 0.0, 0
    for w in sliding_windows(len(doc.token_ids), length, stride):
        ids = torch.as_tensor(doc.token_ids[w.begin : w.end])[None]
        labels = ids.clone()
        labels[:, : w.score_from - w.begin] = -100
        scored = w.end - w.score_from
        with torch.no_grad():
            total += float(model(input_ids=ids, labels=labels).loss) * scored
        count += scored
    ours = perplexity_at_length(TokenLosses(model, "cpu"), [doc], length, stride)
    assert ours["tokens_scored"] == count
    assert ours["loss"] == pytest.approx(total / count, rel=1e-5)


def test_loss_by_position_buckets_each_span_token_by_its_context(model, doc):
    cache = TokenLosses(model, "cpu")
    edges = [1, 4, 8, 16]
    result = loss_by_position(cache, [doc], 16, edges)
    spans = [window_losses(model, doc.token_ids[b : b + 16], "cpu") for b in (0, 16, 32)]
    assert result["spans"] == 3  # 61 tokens: three whole spans of 16
    stacked = np.stack(spans)  # [span, context - 1]
    for bucket, (lo, hi) in zip(
        result["buckets"], zip(edges, edges[1:], strict=False), strict=True
    ):
        assert bucket["tokens"] == 3 * (hi - lo)
        assert bucket["loss"] == pytest.approx(stacked[:, lo - 1 : hi - 1].mean(), rel=1e-9)


def test_shared_spans_are_computed_once(model, doc):
    forwards = []
    cache = TokenLosses(model, "cpu", on_forward=forwards.append)
    short = HeldOutDocument(doc.doc_id, doc.token_ids[:32])
    perplexity_at_length(cache, [short], 32, 16)  # one window [0, 32)
    loss_by_position(cache, [doc], 32)  # 61 tokens: one span, [0, 32), already computed
    assert forwards == [32]


# --------------------------------------------------------------------------
# Held-out documents
# --------------------------------------------------------------------------
def test_dataset_documents_rebuild_the_validation_text(tmp_path, tiny_tokenizer_path):
    """Documents rebuilt from a real build's rows equal the raw files tokenized afresh."""
    from pipeline.build import run
    from tests.pipeline.test_end_to_end import _chinese_book, _english_book

    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(6):
        (inputs / f"book{i}.txt").write_text(_english_book(i, 8), encoding="utf-8")
    (inputs / "zh.txt").write_text(_chinese_book(1) * 4, encoding="utf-8")
    out = tmp_path / "out"
    run(
        [
            "--input",
            str(inputs),
            "--output",
            str(out),
            "--tokenizer",
            tiny_tokenizer_path,
            "--windows",
            "32,64",
            "--validation-fraction",
            "0.6",
        ]
    )
    rebuilt = dataset_documents(str(out))
    fresh = {
        d.doc_id: d for d in text_documents([str(inputs)], Tokenizer.from_file(tiny_tokenizer_path))
    }
    assert len(rebuilt) >= 2
    for d in rebuilt:
        assert d.token_ids.tolist() == fresh[d.doc_id].token_ids.tolist(), d.doc_id
    assert len(fresh) == 7 and len(rebuilt) < 7  # only the validation split


def test_select_documents_needs_long_enough_documents():
    docs = [HeldOutDocument(f"d{i}", np.arange(n)) for i, n in enumerate((10, 50, 70, 40))]
    assert [d.doc_id for d in select_documents(docs, 40, 2)] == ["d1", "d2"]
    with pytest.raises(HeldOutError, match="longest has 70"):
        select_documents(docs, 100, 2)


def test_greedy_continuation_equals_generate(model, doc):
    ids = doc.token_ids[:40].tolist()
    ours = greedy_continuation(model, ids, 6, "cpu", __import__("contextlib").nullcontext)
    x = torch.tensor([ids])
    with torch.no_grad():
        out = model.generate(
            input_ids=x,
            attention_mask=torch.ones_like(x),
            max_new_tokens=6,
            do_sample=False,
            pad_token_id=0,
            eos_token_id=None,
        )
    assert ours == out[0, 40:].tolist()


@pytest.mark.parametrize("name", ["cache", "past_key_values"])
def test_cache_argument_follows_the_name_the_output_uses(name):
    # transformers 5.17 (the GPU machine's) returns past_key_values, 5.24 returns cache.
    kv = object()
    assert cache_argument({"logits": None, name: kv}) == {name: kv}
    with pytest.raises(ValueError, match="no KV cache"):
        cache_argument({"logits": None, name: None})


def test_passkey_logits_finite_minus_inf_is_a_ruled_out_token(model, doc):
    """Clause passkey_logits_finite_minus_inf: the tiny model's real next-token logits
    with some vocabulary rows set to -inf (masked tokens) are still an answer; NaN, +inf
    or every row -inf are not."""
    from training.passkey import logits_answerable

    with torch.no_grad():
        logits = model(input_ids=torch.tensor([doc.token_ids[:16].tolist()])).logits[:, -1]
    assert logits_answerable(logits)
    masked = logits.clone()
    masked[:, -5:] = float("-inf")
    assert logits_answerable(masked)
    for bad in (float("nan"), float("inf")):
        broken = logits.clone()
        broken[:, 3] = bad
        assert not logits_answerable(broken)
    assert not logits_answerable(torch.full_like(logits, float("-inf")))
