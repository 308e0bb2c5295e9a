"""Sparse attention patterns: blockwise kernels vs the dense masked reference, the
exact condition under which s2 equals full attention, packed rows, and the model
switch (pattern in training, full attention in eval and after switching back)."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from training.attention import (
    document_segments,
    pattern_attention,
    pattern_mask,
    s2_attention,
    sliding_attention,
    use_attention_pattern,
    use_full_attention,
)
from training.config import AttentionSettings, RopeSettings
from training.modeling import load_model


def packed_positions(lengths: list[list[int]]) -> torch.Tensor:
    """``position_ids`` of rows packed from documents of the given lengths."""
    return torch.tensor([[p for n in row for p in range(n)] for row in lengths])


def reference(query, key, value, allowed, scale=None):
    """Eager attention with an explicit boolean mask ``[B, H, T, T]``."""
    groups = query.shape[1] // key.shape[1]
    key, value = key.repeat_interleave(groups, 1), value.repeat_interleave(groups, 1)
    scale = scale or 1 / math.sqrt(query.shape[-1])
    scores = (query @ key.transpose(-1, -2)) * scale
    scores = scores.masked_fill(~allowed, float("-inf"))
    return torch.softmax(scores, dim=-1) @ value


def qkv(batch, heads, kv_heads, length, dim=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    return (
        torch.randn(batch, heads, length, dim, generator=g),
        torch.randn(batch, kv_heads, length, dim, generator=g),
        torch.randn(batch, kv_heads, length, dim, generator=g),
    )


def run_pattern(settings_, query, key, value, position_ids):
    batch, _, length, _ = query.shape
    segment, first = document_segments(position_ids, batch, length)
    if settings_.pattern == "s2":
        return s2_attention(query, key, value, segment, settings_.group)
    return sliding_attention(
        query, key, value, segment, first, settings_.window, settings_.global_tokens
    )


CASES = [
    # (pattern settings, heads, kv heads, rows as document lengths)
    (AttentionSettings("s2", group=8), 4, 2, [[32], [32]]),  # aligned, GQA slices
    (AttentionSettings("s2", group=8), 9, 3, [[30]]),  # SmolLM2's 9/3 heads: gathered K/V
    (AttentionSettings("s2", group=6), 4, 4, [[5, 11, 7], [23]]),  # packed + ragged groups
    (AttentionSettings("s2", group=16), 2, 1, [[3, 3, 3, 3, 3, 3, 3, 4]]),
    (AttentionSettings("sliding", window=8, global_tokens=3), 4, 2, [[40]]),
    (AttentionSettings("sliding", window=8, global_tokens=3), 9, 3, [[12, 20, 9], [41]]),
    (AttentionSettings("sliding", window=5, global_tokens=0), 4, 2, [[17, 2, 14]]),
    (AttentionSettings("sliding", window=1, global_tokens=2), 2, 2, [[9, 9]]),
    (AttentionSettings("sliding", window=64, global_tokens=4), 2, 1, [[20, 13]]),
]


@pytest.mark.parametrize("settings_,heads,kv_heads,docs", CASES)
def test_blockwise_equals_dense_masked_reference(settings_, heads, kv_heads, docs):
    position_ids = packed_positions(docs)
    query, key, value = qkv(len(docs), heads, kv_heads, position_ids.shape[1])
    allowed = pattern_mask(settings_, position_ids, heads, position_ids.shape[1])
    got = run_pattern(settings_, query, key, value, position_ids)
    torch.testing.assert_close(got, reference(query, key, value, allowed), atol=1e-5, rtol=1e-5)


@settings(max_examples=40, deadline=None)
@given(
    docs=st.lists(st.integers(1, 30), min_size=1, max_size=5),
    pattern=st.sampled_from(["s2", "sliding"]),
    size=st.integers(1, 12),
    global_tokens=st.integers(0, 5),
    heads=st.sampled_from([(2, 1), (3, 3), (6, 2)]),
)
def test_any_packing_equals_the_reference(docs, pattern, size, global_tokens, heads):
    settings_ = AttentionSettings(pattern, group=2 * size, window=size, global_tokens=global_tokens)
    position_ids = packed_positions([docs])
    length = position_ids.shape[1]
    query, key, value = qkv(1, heads[0], heads[1], length, dim=4, seed=len(docs))
    allowed = pattern_mask(settings_, position_ids, heads[0], length)
    got = run_pattern(settings_, query, key, value, position_ids)
    torch.testing.assert_close(got, reference(query, key, value, allowed), atol=1e-5, rtol=1e-5)


def test_packed_documents_never_attend_to_each_other():
    """Changing one document of a packed row changes no other document's output."""
    settings_s2 = AttentionSettings("s2", group=8)
    settings_sw = AttentionSettings("sliding", window=6, global_tokens=2)
    position_ids = packed_positions([[10, 13, 9]])
    query, key, value = qkv(1, 4, 2, 32)
    other_k, other_v = key.clone(), value.clone()
    other_k[:, :, 10:23] += 3.0  # the middle document's keys and values
    other_v[:, :, 10:23] -= 2.0
    for s in (settings_s2, settings_sw):
        a = run_pattern(s, query, key, value, position_ids)
        b = run_pattern(s, query, other_k, other_v, position_ids)
        torch.testing.assert_close(a[:, :, :10], b[:, :, :10], atol=0, rtol=0)
        torch.testing.assert_close(a[:, :, 23:], b[:, :, 23:], atol=0, rtol=0)
        assert not torch.allclose(a[:, :, 10:23], b[:, :, 10:23])


def full_attention(query, key, value, position_ids):
    length = query.shape[2]
    return reference(
        query, key, value, pattern_mask(AttentionSettings(), position_ids, query.shape[1], length)
    )


def test_s2_equals_full_attention_exactly_where_the_groups_hold_the_whole_past():
    """Token q's output equals full attention's iff (q+s)//G == (d+s)//G for s in {0, G/2}
    (d: its document's first row index); a one-document row of T <= G/2 tokens entirely."""
    group, heads = 16, 4
    # one document of T <= G/2 tokens: every token, every head
    query, key, value = qkv(1, heads, 2, group // 2)
    position_ids = packed_positions([[group // 2]])
    torch.testing.assert_close(
        run_pattern(AttentionSettings("s2", group=group), query, key, value, position_ids),
        full_attention(query, key, value, position_ids),
        atol=1e-5,
        rtol=1e-5,
    )
    # a packed row of 40 tokens: the condition, token by token and head half by head half
    position_ids = packed_positions([[13, 20, 7]])
    length = position_ids.shape[1]
    query, key, value = qkv(1, heads, 2, length)
    got = run_pattern(AttentionSettings("s2", group=group), query, key, value, position_ids)
    want = full_attention(query, key, value, position_ids)
    _, first = document_segments(position_ids, 1, length)
    for head in range(heads):
        shift = group // 2 if head >= heads // 2 else 0
        for q in range(length):
            d = int(first[0, q])
            holds_past = (q + shift) // group == (d + shift) // group
            same = torch.allclose(got[0, head, q], want[0, head, q], atol=1e-5, rtol=1e-5)
            assert same == holds_past, (head, q, d)


def test_the_last_group_does_not_wrap_to_the_row_start():
    """Unlike LongLoRA's torch.roll variant, the last shifted group does not see the first."""
    group = 8
    position_ids = packed_positions([[24]])
    allowed = pattern_mask(AttentionSettings("s2", group=group), position_ids, 2, 24)
    shifted = allowed[0, 1]
    assert not shifted[23, :4].any()  # last token of the row, first half group
    assert shifted[23, 20:24].all() and not shifted[23, :20].any()
    assert shifted[11, 4:12].all() and not shifted[11, :4].any()


# --------------------------------------------------------------------------
# Through the model: the registry, training vs eval
# --------------------------------------------------------------------------
def per_head_additive(allowed: torch.Tensor) -> torch.Tensor:
    return torch.zeros(allowed.shape).masked_fill(~allowed, torch.finfo(torch.float32).min)


@pytest.mark.parametrize(
    "settings_",
    [
        AttentionSettings("s2", group=8),
        AttentionSettings("sliding", window=6, global_tokens=2),
    ],
)
def test_model_in_training_equals_eager_attention_with_the_same_mask(tiny_model, settings_):
    position_ids = packed_positions([[20, 12], [32]])
    ids = torch.randint(1, 300, position_ids.shape, generator=torch.Generator().manual_seed(1))
    ours, _ = load_model(tiny_model, RopeSettings(), "sdpa")
    name = use_attention_pattern(ours, settings_)
    assert ours.config._attn_implementation == name
    eager, _ = load_model(tiny_model, RopeSettings(), "eager")
    heads = ours.config.num_attention_heads
    mask = per_head_additive(pattern_mask(settings_, position_ids, heads, 32))
    ours.train()
    eager.eval()  # no dropout either way; eager just applies the explicit mask
    got = ours.model(input_ids=ids, position_ids=position_ids, use_cache=False).last_hidden_state
    with torch.no_grad():
        want = eager.model(
            input_ids=ids, position_ids=position_ids, attention_mask=mask, use_cache=False
        ).last_hidden_state
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-5)
    got.sum().backward()  # gradients flow through the blockwise kernels
    assert ours.model.layers[0].self_attn.q_proj.weight.grad.abs().sum() > 0


def test_eval_mode_and_switching_back_are_full_attention(tiny_model):
    position_ids = packed_positions([[20, 12]])
    ids = torch.randint(1, 300, position_ids.shape, generator=torch.Generator().manual_seed(2))
    plain, _ = load_model(tiny_model, RopeSettings(), "sdpa")
    ours, _ = load_model(tiny_model, RopeSettings(), "sdpa")
    use_attention_pattern(ours, AttentionSettings("s2", group=8))
    with torch.no_grad():
        want = plain.eval().model(input_ids=ids, position_ids=position_ids).last_hidden_state
        in_eval = ours.eval().model(input_ids=ids, position_ids=position_ids).last_hidden_state
        trained = ours.train().model(input_ids=ids, position_ids=position_ids).last_hidden_state
    assert torch.equal(in_eval, want)  # the same sdpa call with the same mask
    assert not torch.allclose(trained, want, atol=1e-4)  # while training, the pattern
    use_full_attention(ours)
    assert ours.config._attn_implementation == "sdpa"
    with torch.no_grad():
        again = ours.train().model(input_ids=ids, position_ids=position_ids).last_hidden_state
    assert torch.equal(again, want)


def test_a_kv_cache_in_training_is_refused():
    class Layer(torch.nn.Module):
        training = True

    query, key, value = qkv(1, 2, 2, 4)
    with pytest.raises(ValueError, match="without a KV cache"):
        pattern_attention(
            Layer(),
            query,
            torch.cat([key, key], 2),
            torch.cat([value, value], 2),
            None,
            settings=AttentionSettings("s2", group=4),
            replaced="sdpa",
        )


def test_settings_validate():
    with pytest.raises(ValueError, match="attention.pattern"):
        AttentionSettings("longformer")
    with pytest.raises(ValueError, match="even"):
        AttentionSettings("s2", group=7)
    with pytest.raises(ValueError, match="window"):
        AttentionSettings("sliding", window=0)


# --------------------------------------------------------------------------
# Through the recipe: --set keys, eval at full attention, merge
# --------------------------------------------------------------------------


def _train_losses(tiny_dataset, tiny_model, out, *sets):
    from training import recipe
    from training.plots import read_metrics

    argv = ["--data", tiny_dataset, "--model", tiny_model, "--output", str(out)]
    for s in ("progress=false", "eval_rows=4", "tokens_per_step=256", "micro_batch_tokens=128"):
        argv += ["--set", s]
    argv += ["--set", "curriculum=[{window: 64, steps: 3}]", "--set", "optim.lr=1.0e-2"]
    for s in sets:
        argv += ["--set", s]
    assert recipe.main(argv) == 0
    return read_metrics(str(out / "metrics.jsonl"))


@pytest.fixture(scope="module")
def full_first_loss(tiny_dataset, tiny_model, tmp_path_factory) -> float:
    full = _train_losses(tiny_dataset, tiny_model, tmp_path_factory.mktemp("full") / "run")
    return [r["loss"] for r in full if r["kind"] == "train"][0]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sets",
    [
        ("attention.pattern=s2", "attention.group=16"),
        ("attention.pattern=sliding", "attention.window=12", "attention.global_tokens=4"),
    ],
)
def test_recipe_trains_with_the_pattern_and_evaluates_at_full_attention(
    tiny_dataset, tiny_model, tmp_path, sets, full_first_loss
):
    import yaml
    from peft import PeftModel

    from schemas.dataset import load_manifest
    from training.data import open_bucket
    from training.modeling import CausalLMLoss
    from training.perplexity import validation_loss

    sparse = _train_losses(tiny_dataset, tiny_model, tmp_path / "sparse", *sets, "merge=true")
    saved = yaml.safe_load(open(tmp_path / "sparse" / "config.yaml"))["attention"]
    assert saved["pattern"] == sets[0].split("=")[1]
    # the pattern is in effect: the first step (same weights, same rows) has another loss
    assert [r["loss"] for r in sparse if r["kind"] == "train"][0] != full_first_loss
    # The recorded validation loss is the adapter's loss at plain full attention.
    recorded = [r["val_loss"] for r in sparse if r["kind"] == "eval"][-1]
    base, _ = load_model(tiny_model, RopeSettings(), "sdpa")
    tuned = PeftModel.from_pretrained(base, str(tmp_path / "sparse" / "adapter"))
    bucket = open_bucket(tiny_dataset, load_manifest(tiny_dataset), "validation", 64)
    loss = validation_loss(
        CausalLMLoss(tuned, 1024), bucket, 4, 2, 0, torch.device("cpu"), torch.no_grad
    )
    assert loss == pytest.approx(recorded, rel=1e-5)
    merged, _ = load_model(str(tmp_path / "sparse" / "merged"), RopeSettings(), "sdpa")
    merged_loss = validation_loss(
        CausalLMLoss(merged, 1024), bucket, 4, 2, 0, torch.device("cpu"), torch.no_grad
    )
    assert merged_loss == pytest.approx(recorded, rel=1e-4)
