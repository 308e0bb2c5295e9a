"""LongCE (Fang et al. 2024): windows inside packed pieces, the loss against the
reference algorithm, exactly CE when every weight is 1, and the recipe with
``loss.type: longce`` (logged weights and cost, exact resume)."""

from __future__ import annotations

import os

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.records import IGNORE_INDEX
from training import recipe
from training.config import LossSettings, load_config
from training.data import collate_rows
from training.longce import (
    LongCELoss,
    row_short_windows,
    step_record,
    training_objective,
    weighted_chunked_lm_loss,
)
from training.modeling import CausalLMLoss, chunked_lm_loss
from training.plots import read_metrics

from .conftest import TINY_VOCAB


# --------------------------------------------------------------------------
# Pure: the windows of a packed row
# --------------------------------------------------------------------------
@st.composite
def packed_rows(draw):
    pieces = draw(st.lists(st.integers(1, 40), min_size=1, max_size=4))
    positions = np.concatenate([np.arange(n) for n in pieces])
    scored = np.array(
        draw(st.lists(st.booleans(), min_size=len(positions), max_size=len(positions)))
    )
    labels = np.where(scored, 7, IGNORE_INDEX)
    labels[np.flatnonzero(positions == 0)] = IGNORE_INDEX  # collate_rows does this
    padding = draw(st.integers(0, 5))  # right padding continues the last piece's positions
    positions = np.r_[positions, positions[-1] + 1 + np.arange(padding)]
    labels = np.r_[labels, np.full(padding, IGNORE_INDEX)]
    return labels, positions, draw(st.integers(1, 10)), draw(st.integers(1, 10))


@settings(max_examples=300, deadline=None)
@given(packed_rows())
def test_row_windows_stay_in_their_piece_and_cover_exactly_the_scored_late_tokens(case):
    labels, positions, k, d = case
    piece_of = np.cumsum(np.r_[True, positions[1:] != positions[:-1] + 1])
    start_of = {p: int(np.flatnonzero(piece_of == p)[0]) for p in np.unique(piece_of)}
    covered = np.zeros(len(labels), dtype=int)
    for w in row_short_windows(labels, positions, k, d):
        assert len(set(piece_of[w.begin : w.end])) == 1, "a window crosses a piece boundary"
        assert w.score_from - w.begin == k and w.end - w.begin <= k + d
        scored = labels[w.score_from : w.end] != IGNORE_INDEX
        assert scored.any(), "a window without a scored token was planned"
        assert not (labels[w.end :] != IGNORE_INDEX).sum() == 0 or w.end <= len(labels)
        covered[w.score_from : w.end] += 1
    in_piece = np.arange(len(labels)) - np.array([start_of[p] for p in piece_of])
    needs = (labels != IGNORE_INDEX) & (in_piece >= k + d)
    assert (covered[needs] == 1).all()
    assert (covered <= 1).all()


# --------------------------------------------------------------------------
# The loss on a tiny model
# --------------------------------------------------------------------------
def _batch(seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    rows = []
    for lengths in [(40,), (17, 23), (9, 30)]:
        ids, pos = [], []
        for n in lengths:
            ids += torch.randint(1, TINY_VOCAB, (n,), generator=g).tolist()
            pos += list(range(n))
        labels = list(ids)
        labels[:5] = [IGNORE_INDEX] * 5  # context-only tokens (window overlap)
        labels[33:36] = [IGNORE_INDEX] * 3
        rows.append({"input_ids": ids, "labels": labels, "position_ids": pos})
    return collate_rows(rows, pad_id=0)


@pytest.fixture(scope="module")
def lora_model(tiny_model):
    from transformers import AutoModelForCausalLM

    from training.config import PeftSettings
    from training.modeling import wrap_peft

    torch.manual_seed(0)
    model = wrap_peft(AutoModelForCausalLM.from_pretrained(tiny_model), PeftSettings(r=4, alpha=8))
    with torch.no_grad():  # LoRA B starts at zero: make the adapter matter
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.05)
    return model.train()


def _grads(model, module, batch):
    model.zero_grad(set_to_none=True)
    total, n = module(batch["input_ids"], batch["labels"], batch["position_ids"])
    total.backward()
    grads = {k: p.grad.clone() for k, p in model.named_parameters() if p.grad is not None}
    return total.detach(), n, grads


@pytest.mark.parametrize("chunk", [7, 1024])
def test_all_weights_one_is_exactly_todays_loss(lora_model, chunk):
    """No token has a shorter context (K >= every piece): the loss and every gradient
    equal CausalLMLoss's bit for bit, and no short-context forward runs."""
    batch = _batch()
    ce_total, ce_n, ce_grads = _grads(lora_model, CausalLMLoss(lora_model, chunk), batch)
    longce = LongCELoss(lora_model, chunk, 64, 16, 5.0, 256)
    total, n, grads = _grads(lora_model, longce, batch)
    assert n == ce_n and torch.equal(total, ce_total)
    assert grads.keys() == ce_grads.keys() and all(
        torch.equal(grads[k], ce_grads[k]) for k in grads
    )
    stats = longce.pop_stats()
    assert stats["short_tokens"] == 0 and stats["weighted_tokens"] == 0
    assert stats["weight_sum"] == n and stats["ce_sum"] == pytest.approx(float(ce_total))


def test_weighted_loss_with_no_weighted_token_is_the_chunked_loss():
    torch.manual_seed(1)
    head = torch.nn.Linear(8, 11, bias=False)
    hidden = torch.randn(2, 6, 8, requires_grad=True)
    labels = torch.randint(0, 11, (2, 6))
    labels[0, 2] = IGNORE_INDEX
    expected, n = chunked_lm_loss(hidden, labels, head, chunk=3)
    got, m, _ = weighted_chunked_lm_loss(
        hidden, labels, torch.full((2, 6), 9.0), torch.zeros(2, 6, dtype=torch.bool), head, 3, 5.0
    )
    assert m == n and torch.equal(got, expected)


@torch.no_grad()
def _reference_weights(model, ids: torch.Tensor, k: int, d: int, gamma: float) -> torch.Tensor:
    """PKU-ML/LongPPL ``finetune.loss_weight`` on one packed piece (its loop as written:
    windows from 0, the last one cut at the end): weights of tokens 1..n-1."""
    ids = ids[None]
    n = ids.shape[-1]
    loss = F.cross_entropy(model(ids).logits[0, :-1].float(), ids[0, 1:], reduction="none")
    discrepancy = torch.ones(n)
    internal = d
    for start in range(0, n - k, d):
        if start + k + internal > n:
            internal = n - start - k
        short_ids = ids[:, start : start + k + internal]
        short_logits = model(short_ids).logits[0].float()
        short = F.cross_entropy(
            short_logits[k - 1 : k + internal - 1], short_ids[0, k : k + internal], reduction="none"
        )
        full = loss[start + k - 1 : start + k + internal - 1]
        discrepancy[start + k : start + k + internal] = torch.exp(short - full)
    return torch.clamp(discrepancy[1:], max=gamma), loss


def test_longce_matches_the_reference_algorithm_per_packed_piece(lora_model):
    """sum(weight * CE) over scored tokens, each packed piece weighted on its own as the
    reference weights a sequence; context-only tokens count nowhere."""
    batch = _batch(3)
    k, d, gamma = 6, 4, 1.02  # a low cap: a random model gains little from context
    module = LongCELoss(lora_model, 5, k, d, gamma, 100)
    lora_model.eval()  # the reference has no train/eval switch: compare without dropout
    total, n = module(batch["input_ids"], batch["labels"], batch["position_ids"])
    stats = module.pop_stats()
    expected, count, capped, weighted = 0.0, 0, 0, 0
    base = lora_model.get_base_model()
    for b in range(batch["input_ids"].shape[0]):
        pos = batch["position_ids"][b].numpy()
        starts = np.flatnonzero(np.r_[True, pos[1:] != pos[:-1] + 1]).tolist() + [len(pos)]
        for a, e in zip(starts[:-1], starts[1:], strict=True):
            ids, labels = batch["input_ids"][b, a:e], batch["labels"][b, a:e]
            weights, losses = _reference_weights(base, ids, k, d, gamma)
            scored = labels[1:] != IGNORE_INDEX
            expected += float((weights * losses)[scored].sum())
            count += int(scored.sum())
            late = scored & (torch.arange(1, e - a) >= k + d)
            weighted += int(late.sum())
            capped += int((weights[late] >= gamma).sum())
    lora_model.train()
    assert n == count
    assert float(total.detach()) == pytest.approx(expected, rel=1e-5)
    assert stats["weighted_tokens"] == weighted > 0 and 0 < stats["capped_tokens"] == capped
    assert stats["short_tokens"] > 0


def test_longce_gradient_is_the_weighted_ce_gradient_with_constant_weights(lora_model):
    """The weights carry no gradient (the paper computes them under no_grad): LongCE's
    gradient is that of sum(w * CE) over scored tokens with w held fixed, computed
    here naively from the full logits of the packed batch."""
    from training.longce import batch_short_losses

    batch = _batch(4)
    k, d, gamma = 6, 4, 1.02
    ids, labels, pos = batch["input_ids"], batch["labels"], batch["position_ids"]
    lora_model.eval()
    try:
        _, n, grads = _grads(lora_model, LongCELoss(lora_model, 5, k, d, gamma, 100), batch)
        short, weighted, _ = batch_short_losses(lora_model, ids, labels, pos, k, d, 100)
        lora_model.zero_grad(set_to_none=True)
        logits = lora_model(input_ids=ids, position_ids=pos, use_cache=False).logits.float()
        y = labels[:, 1:]
        scored = y != IGNORE_INDEX
        ce = F.cross_entropy(
            logits[:, :-1].reshape(-1, logits.shape[-1]),
            y.clamp(min=0).reshape(-1),
            reduction="none",
        ).view(y.shape)
        w = torch.where(
            weighted[:, 1:], torch.exp(short[:, 1:] - ce.detach()).clamp(max=gamma), 1.0
        )
        assert (w[~scored] == 1).all()  # batch_short_losses weights scored tokens only
        assert int(scored.sum()) == n and (w[scored] != 1).any()
        (w * ce)[scored].sum().backward()
    finally:
        lora_model.train()
    for name, p in lora_model.named_parameters():
        if p.grad is not None:
            torch.testing.assert_close(grads[name], p.grad, rtol=1e-4, atol=1e-6)
    assert grads.keys() == {k for k, p in lora_model.named_parameters() if p.grad is not None}


def test_weights_fall_only_on_scored_tokens(lora_model):
    """A context-only token (label -100) is never weighted, whatever its short loss,
    and the weighted loss ignores what ``short`` holds there."""
    from training.longce import batch_short_losses

    batch = _batch(5)
    ids, labels, pos = batch["input_ids"], batch["labels"], batch["position_ids"]
    short, weighted, _ = batch_short_losses(lora_model, ids, labels, pos, 6, 4, 100)
    assert weighted.any() and not (weighted & (labels == IGNORE_INDEX)).any()
    torch.manual_seed(2)
    head = torch.nn.Linear(16, TINY_VOCAB, bias=False)
    hidden = torch.randn(*ids.shape, 16)
    got, n, stats = weighted_chunked_lm_loss(hidden, labels, short, weighted, head, 7, 5.0)
    noisy = torch.where(labels == IGNORE_INDEX, torch.full_like(short, 1e3), short)
    again, m, stats2 = weighted_chunked_lm_loss(
        hidden, labels, noisy, weighted | (labels == IGNORE_INDEX), head, 7, 5.0
    )
    assert n == m == int((labels[:, 1:] != IGNORE_INDEX).sum())
    assert torch.equal(got, again) and torch.equal(stats, stats2)


def test_longce_needs_labels_equal_to_the_ids(lora_model):
    batch = _batch()
    batch["labels"][0, 10] = (batch["input_ids"][0, 10] + 1) % TINY_VOCAB
    with pytest.raises(ValueError, match="labels equal to input_ids"):
        LongCELoss(lora_model, 8, 6, 4, 5.0, 100)(
            **{k: batch[k] for k in ("input_ids", "labels", "position_ids")}
        )


def test_loss_settings_from_yaml_and_set():
    config = load_config(None, ["loss.type=longce", "loss.short_context=256", "loss.max_weight=3"])
    assert config.loss == LossSettings("longce", 256, 0, 3.0, 0)
    assert load_config(None).loss.type == "ce"
    with pytest.raises(ValueError, match="loss.type must be one of"):
        load_config(None, ["loss.type=focal"])
    with pytest.raises(ValueError, match="loss.max_weight must be > 0"):
        load_config(None, ["loss.max_weight=0"])
    with pytest.raises(ValueError, match="unknown keys"):
        load_config(None, ["loss.gamma=5"])
    with pytest.raises(ValueError, match="distributed.strategy=ddp only"):
        load_config(None, ["loss.type=longce", "distributed.strategy=fsdp"])
    # K and d: the paper's ratios of the longest window unless set.
    objective = training_objective(torch.nn.Linear(1, 1), load_config(None, ["loss.type=longce"]))
    assert (objective.short_context, objective.short_stride, objective.max_weight) == (128, 32, 5.0)
    assert step_record(CausalLMLoss(torch.nn.Linear(1, 1), 0), 10, 1, "cpu") == {}


# --------------------------------------------------------------------------
# The recipe
# --------------------------------------------------------------------------
TINY = """
curriculum:
  - {window: 32, steps: 3}
  - {window: 64, steps: 3}
tokens_per_step: 256
micro_batch_tokens: 128
peft: {r: 4, alpha: 8, dropout: 0.1}
optim: {lr: 1.0e-2, warmup_steps: 1}
eval_rows: 4
progress: false
"""


def _train(tmp_path, tiny_dataset, tiny_model, name, *extra):
    config = tmp_path / "tiny.yaml"
    config.write_text(TINY)
    out = tmp_path / name
    args = ["--data", tiny_dataset, "--model", tiny_model, "--config", str(config)]
    assert recipe.main([*args, "--output", str(out), *extra]) == 0
    return out, [r for r in read_metrics(os.path.join(out, "metrics.jsonl"))]


def _adapter(run) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    return load_file(os.path.join(run, "adapter", "adapter_model.safetensors"))


def test_recipe_longce_with_no_short_context_trains_exactly_like_ce(
    tiny_dataset, tiny_model, tmp_path, monkeypatch
):
    # A user's short_context >= the longest window is refused (clause
    # short_context_shorter_than_a_window); this identity check of the LongCE path
    # lifts the config checks to reach it.
    monkeypatch.setattr("training.config_checks.check_lengths_and_rope", lambda config: None)
    ce, ce_metrics = _train(tmp_path, tiny_dataset, tiny_model, "ce")
    same, metrics = _train(
        tmp_path, tiny_dataset, tiny_model, "same", "--set", "loss.type=longce",
        "--set", "loss.short_context=64",  # no token has more context than 64: weights 1
    )  # fmt: skip
    key = ("step", "loss", "scored_tokens", "grad_norm")
    ce_train = [{k: r[k] for k in key} for r in ce_metrics if r["kind"] == "train"]
    train = [r for r in metrics if r["kind"] == "train"]
    assert [{k: r[k] for k in key} for r in train] == ce_train
    assert all(r["mean_weight"] == 1.0 and r["short_tokens"] == 0 for r in train)
    evals = [(r["step"], r["val_loss"]) for r in metrics if r["kind"] == "eval"]
    assert evals == [(r["step"], r["val_loss"]) for r in ce_metrics if r["kind"] == "eval"]
    a, b = _adapter(ce), _adapter(same)
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_recipe_longce_logs_its_weights_and_cost_and_resumes_exactly(
    tiny_dataset, tiny_model, tmp_path
):
    longce = [
        "--set",
        "loss.type=longce",
        "--set",
        "loss.short_context=8",
        "--set",
        "loss.short_stride=4",
    ]
    full, metrics = _train(tmp_path, tiny_dataset, tiny_model, "full", *longce)
    train = [r for r in metrics if r["kind"] == "train"]
    assert len(train) == 6
    for r in train:
        assert 0 < r["weighted_tokens"] < r["scored_tokens"] and r["short_tokens"] > 0
        assert r["short_s"] >= 0 and r["mean_weight"] > 0 and r["ce_loss"] > 0
        assert r["loss"] != r["ce_loss"]  # the weights change the objective
    # Stopped after step 2 (a checkpoint), then resumed: the same adapter and numbers.
    part, _ = _train(tmp_path, tiny_dataset, tiny_model, "part", *longce, "--max-steps", "2")
    _, resumed = _train(tmp_path, tiny_dataset, tiny_model, "part", *longce, "--resume")
    drop = ("time_s", "tokens_per_s", "scored_tokens_per_s", "short_s", "peak_memory_mb")
    strip = lambda rs: [{k: v for k, v in r.items() if k not in drop} for r in rs]  # noqa: E731
    assert strip(resumed) == strip(metrics)
    a, b = _adapter(full), _adapter(part)
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_resume_keeps_no_effect_setting(tiny_dataset, tiny_model, tmp_path, monkeypatch, capsys):
    """Clause resume_keeps_no_effect_setting (training.config_checks): a run started before
    short_context_shorter_than_a_window (here: its checks lifted, as older code had none)
    with short_context 64 on windows of 64 could not be resumed (a changed value is refused
    too). It resumes now, with a line saying the setting was kept; --resume with nothing to
    go on from, or a new run, is still refused."""
    from schemas.errors import UserError

    same = ("--set", "loss.type=longce", "--set", "loss.short_context=64")
    with monkeypatch.context() as old_code:
        old_code.setattr("training.config_checks._no_effect", lambda message: None)
        run, _ = _train(tmp_path, tiny_dataset, tiny_model, "old", *same, "--max-steps", "2")
    capsys.readouterr()
    _, metrics = _train(tmp_path, tiny_dataset, tiny_model, "old", *same, "--resume")
    said = capsys.readouterr().out
    assert "--resume: kept, as " in said and "loss.short_context 64 is not shorter" in said
    assert [r["step"] for r in metrics if r["kind"] == "train"] == [1, 2, 3, 4, 5, 6]
    config = tmp_path / "tiny.yaml"
    args = ["--data", tiny_dataset, "--model", tiny_model, "--config", str(config), *same]
    changed = ("--set", "loss.short_context=32", "--resume")  # check_resume: not the same run
    with pytest.raises(UserError, match=r"another config: loss.short_context \(64 there, 32"):
        recipe.train([*args, "--output", str(run), *changed])
    with pytest.raises(UserError, match="^loss.short_context 64 is not shorter"):
        recipe.train([*args, "--output", str(tmp_path / "new"), "--resume"])
