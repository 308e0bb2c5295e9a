"""The trainer benchmark's measuring code on the tiny model: both sides timed per
optimizer step by the same hook, the warm-up apart, and a profiled step that splits
its wall time into the categories."""

from __future__ import annotations

import tempfile

import pytest
import torch

from bench.train_steps import CATEGORIES
from bench.train_throughput import run_arm


@pytest.mark.slow
@pytest.mark.parametrize("arm", ["ours", "hf"])
def test_each_side_is_timed_per_step_and_profiled(
    tiny_dataset, tiny_model, arm, tmp_path, monkeypatch
):
    params = {
        "data": tiny_dataset,
        "model": tiny_model,
        "window": 32,
        "steps": 3,
        "tokens_per_step": 64,
        "micro_batch_tokens": 32,
        "seed": 0,
        "gradient_checkpointing": False,
        "threads": 1,
        "arm": arm,
    }
    threads = torch.get_num_threads()
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    try:
        result = run_arm(params, profile_step=2)
    finally:
        torch.set_num_threads(threads)  # the bench sets it for its own process
    # the arm's output folder is removed with the arm (runs left one per arm in /tmp)
    assert list(temp.iterdir()) == []
    # HF trains every packed piece as its own padded example: more steps than ours
    expected_steps = 3 if arm == "ours" else result["trainer_steps"]
    assert len(result["step_times"]) == result["steps"] == expected_steps >= 3
    assert all(s["wall_s"] > 0 and s["user_s"] >= 0 for s in result["step_times"])
    steady = sum(s["wall_s"] for s in result["step_times"][1:]) / (expected_steps - 1)
    assert result["steady_step_s"] == pytest.approx(steady, abs=1e-3)
    assert result["scored_tokens"] > 0 and 0 < result["token_efficiency"] <= 1
    # no checkpointing: each of the 2 layers ran once per micro-batch of step 1
    runs = result["layer_runs"]
    assert runs["attention_calls"] == 2 * 2 and runs["per_layer_per_micro_batch"] == 1.0
    assert sum(runs["sdpa"].values()) == runs["attention_calls"]
    profile = result["profile"]
    assert set(profile) == {"step_s", *CATEGORIES}
    for part in ("forward", "backward", "lm head + loss", "optimizer"):
        assert profile[part] > 0, (arm, part, profile)
    # the parts are disjoint top-level events: they cannot exceed the step's wall time
    assert sum(profile[c] for c in CATEGORIES) == pytest.approx(profile["step_s"], abs=2e-3)


@pytest.mark.slow
@pytest.mark.parametrize("arm", ["ours", "hf"])
def test_each_side_really_recomputes_when_checkpointing(tiny_dataset, tiny_model, arm):
    """Session 40: HF Trainer's peak memory was 4.6x ours on the GPU; was its gradient
    checkpointing (asked through TrainingArguments, with peft) really done? It was, as
    ours: every layer runs twice per micro-batch (forward, recompute), both sides
    through SDPA with as many calls as layer runs."""
    params = {
        "data": tiny_dataset,
        "model": tiny_model,
        "window": 32,
        "steps": 2,
        "tokens_per_step": 64,
        "micro_batch_tokens": 32,
        "seed": 0,
        "gradient_checkpointing": True,
        "threads": 1,
        "arm": arm,
    }
    threads = torch.get_num_threads()
    try:
        runs = run_arm(params)["layer_runs"]
    finally:
        torch.set_num_threads(threads)
    assert runs["attention_calls"] == 2 * 2 * 2 and runs["per_layer_per_micro_batch"] == 2.0
    assert sum(runs["sdpa"].values()) == runs["attention_calls"]


def test_layer_runs_instruments_the_first_step_alone(tiny_model):
    """Integrator's question (session 40 review): ``LayerRuns`` patches a global module
    pre-hook and ``F.scaled_dot_product_attention`` while the bench's first (warm-up)
    step runs; the timed steps must run unpatched. After step 1 the global hooks and
    the SDPA function are torch's own again, later steps add no count, and
    ``result()`` leaves no optimizer hook behind."""
    from torch.nn.modules import module as nn_module
    from torch.optim import optimizer as optim_module
    from transformers import AutoModelForCausalLM

    from bench.train_steps import LayerRuns

    sdpa = torch.nn.functional.scaled_dot_product_attention
    pre_hooks = dict(nn_module._global_forward_pre_hooks)
    post_hooks = dict(optim_module._global_optimizer_post_hooks)
    model = AutoModelForCausalLM.from_pretrained(tiny_model, attn_implementation="sdpa")
    model.gradient_checkpointing_enable({"use_reentrant": False})
    model.train()
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-3)
    ids = torch.arange(1, 33).reshape(2, 16)
    # the second micro-batch right-padded (4 pad positions): SDPA gets a mask
    masks = [None, torch.tensor([[1] * 12 + [0] * 4])]
    runs = LayerRuns(layers=model.config.num_hidden_layers, micro_batches=2)
    assert torch.nn.functional.scaled_dot_product_attention is not sdpa  # step 1: patched
    counts = []
    for _step in range(3):
        for row, mask in zip(ids, masks, strict=True):  # two micro-batches of one row
            model(input_ids=row[None], attention_mask=mask, labels=row[None]).loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        counts.append(runs.calls)
        assert torch.nn.functional.scaled_dot_product_attention is sdpa
        assert dict(nn_module._global_forward_pre_hooks) == pre_hooks
    # 2 layers x 2 micro-batches x (forward + recompute), all in step 1
    assert counts == [8, 8, 8]
    result = runs.result()
    assert result["per_layer_per_micro_batch"] == 2.0
    assert result["sdpa"] == {"causal": 4, "mask": 4}
    assert dict(optim_module._global_optimizer_post_hooks) == post_hooks
