"""Clauses one_read_per_step and pinned_batch_copies (``training/step_io.py``): a
training step reads the device once, and what it logs is what it logged before."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch.optim.optimizer import register_optimizer_step_post_hook

from tests.training.conftest import make_row, train_recipe
from training import recipe
from training.data import collate_rows
from training.plots import read_metrics
from training.step_io import batch_counts, read_step, to_device

# Every way Python code turns a tensor into a number (each one a device read on a GPU).
READS = ("item", "tolist", "__int__", "__float__", "__index__")

STEADY = """
curriculum:
  - {window: 32, steps: 4}
tokens_per_step: 128
micro_batch_tokens: 64
eval_rows: 0
progress: false
"""


@pytest.fixture
def reads_per_step(monkeypatch):
    """Tensor-to-number reads between consecutive optimizer steps, in a list that
    fills as training runs (one entry per step after the first)."""
    counts = {"reads": 0}
    steps: list[int] = []

    def counted(name):
        original = getattr(torch.Tensor, name)

        def read(self, *args, **kwargs):
            counts["reads"] += 1
            return original(self, *args, **kwargs)

        return read

    for name in READS:
        monkeypatch.setattr(torch.Tensor, name, counted(name))
    marks: list[int] = []

    def on_step(*_):
        marks.append(counts["reads"])
        if len(marks) > 1:
            steps.append(marks[-1] - marks[-2])

    handle = register_optimizer_step_post_hook(on_step)
    yield steps
    handle.remove()


@pytest.mark.slow
def test_a_step_reads_the_device_once(tiny_dataset, tiny_model, tmp_path, reads_per_step):
    """Base code: six reads per step (``int()`` of four host tensors, ``float()`` of
    the gradient norm and of the loss sum); now the loss and the norm come back in one."""
    config = tmp_path / "steady.yaml"
    config.write_text(STEADY)
    assert train_recipe(tiny_dataset, tiny_model, tmp_path / "run", str(config)) == 0
    # the interval from one optimizer step to the next holds one whole step's reads
    assert reads_per_step == [1, 1, 1]


@pytest.mark.slow
def test_logged_values_are_the_reads_of_old(tiny_dataset, tiny_model, tmp_path, monkeypatch):
    """Each step's logged loss and gradient norm equal ``float()`` of the device values
    (what the base code logged), read once that step's optimizer step is queued (not
    before: on a GPU the host would wait for backward with nothing queued), and the
    logged token counts equal the tensor sums."""
    seen, optimizer_steps, read_after = [], [], []

    def checked(loss_sum, grad_norm):
        read_after.append(len(optimizer_steps))  # the step's own optimizer step queued first
        got = read_step(loss_sum, grad_norm)
        seen.append((float(loss_sum), float(grad_norm)))
        assert got == seen[-1]  # exactly: float64 and float32 widen without rounding
        return got

    monkeypatch.setattr(recipe, "read_step", checked)
    config = tmp_path / "steady.yaml"
    config.write_text(STEADY)
    run = tmp_path / "run"
    handle = register_optimizer_step_post_hook(lambda *_: optimizer_steps.append(1))
    try:
        assert train_recipe(tiny_dataset, tiny_model, run, str(config)) == 0
    finally:
        handle.remove()
    assert read_after == [1, 2, 3, 4]
    train = [r for r in read_metrics(str(run / "metrics.jsonl")) if r["kind"] == "train"]
    assert len(train) == len(seen) == 4
    for record, (loss_sum, grad_norm) in zip(train, seen, strict=True):
        assert record["loss"] == round(loss_sum / record["scored_tokens"], 6)
        assert record["grad_norm"] == round(grad_norm, 6)
        assert 0 < record["scored_tokens"] < record["tokens"] <= 4 * 32


def test_batch_counts_equal_the_tensor_sums():
    """Packed rows, a row short of the window (padding), labels -100 mid-row."""
    rng = np.random.default_rng(3)
    rows = [make_row(rng, 32, d, 400, packed=d % 2 == 0) for d in range(6)]
    rows[1] = {k: v[:20] for k, v in rows[1].items() if k in ("input_ids", "labels")} | {
        "position_ids": list(range(20))
    }
    batches = [collate_rows(rows[i : i + 2]) for i in range(0, 6, 2)]
    scored = sum(int((b["labels"][:, 1:] != -100).sum()) for b in batches)
    tokens = sum(int(b["lengths"].sum()) for b in batches)
    assert batch_counts(batches) == (scored, tokens)
    assert tokens == 5 * 32 + 20 - sum(32 - len(r["input_ids"]) for r in rows if r is not rows[1])


def test_read_step_converts_like_float():
    loss = torch.tensor(1234.56789012345678, dtype=torch.float64)
    norm = torch.tensor(0.1, dtype=torch.float32)  # not a float64 number: widened exactly
    assert read_step(loss, norm) == (float(loss), float(norm))
    assert read_step(loss, norm)[1] != 0.1


def test_to_device_on_the_cpu_moves_only_the_model_inputs():
    rng = np.random.default_rng(0)
    batch = collate_rows([make_row(rng, 16, 0, 50, packed=True)])
    moved = to_device(batch, ("input_ids", "labels"), torch.device("cpu"))
    assert set(moved) == {"input_ids", "labels"}
    assert all(torch.equal(moved[k], batch[k]) for k in moved)


def test_to_device_on_cuda_pins_each_input_then_copies_it_non_blocking(monkeypatch):
    """Clause pinned_batch_copies with CUDA mocked at its two boundaries (this CI has no
    GPU): each model input is copied into page-locked memory first (a fresh buffer per
    tensor, never the collated batch's own) and that pinned copy is sent with
    ``non_blocking=True``; the collated batch is left as it was. Not testable here: the
    overlap itself, and torch's host allocator keeping the freed pinned buffer until
    its copy has run (it records an event on the copy's stream)."""
    rng = np.random.default_rng(1)
    batch = collate_rows([make_row(rng, 16, d, 50, packed=d == 0) for d in range(2)])
    before = {k: v.clone() for k, v in batch.items()}
    pinned, sent = set(), []

    def pin_memory(self):
        copy = self.clone()
        pinned.add(copy.data_ptr())
        return copy

    def to(self, device, non_blocking=False):
        assert torch.device(device).type == "cuda"
        sent.append((self.data_ptr() in pinned, non_blocking))
        return self.clone()  # stands for the device copy

    monkeypatch.setattr(torch.Tensor, "pin_memory", pin_memory)
    monkeypatch.setattr(torch.Tensor, "to", to)
    moved = to_device(batch, ("input_ids", "labels", "position_ids"), torch.device("cuda", 0))
    monkeypatch.undo()
    assert sent == [(True, True)] * 3
    assert set(moved) == {"input_ids", "labels", "position_ids"}
    assert all(torch.equal(moved[k], batch[k]) for k in moved)
    assert all(torch.equal(before[k], batch[k]) for k in batch)


STOPS = """
curriculum:
  - {window: 32, steps: 5}
tokens_per_step: 128
micro_batch_tokens: 64
eval_rows: 0
checkpoint_every: 2
progress: false
"""


@pytest.mark.slow
@pytest.mark.parametrize("what", ["loss", "grad_norm"])
def test_a_step_that_diverges_stops_the_run_at_that_step(
    tiny_dataset, tiny_model, tmp_path, capsys, what
):
    """The divergence checks (clauses train_loss_finite, grad_norm_finite) see each step's
    own loss and norm: made NaN (a LoRA weight) or infinite (its gradient) from step 3
    on, the run stops at step 3 with base40's line, the steps before it logged finite."""
    poisoned = {"steps": 0}

    def poison(optimizer, *_):
        poisoned["steps"] += 1
        if poisoned["steps"] != 2:
            return
        weight = next(p for g in optimizer.param_groups for p in g["params"] if p.requires_grad)
        if what == "loss":
            with torch.no_grad():
                weight.fill_(float("nan"))
        else:
            weight.register_hook(lambda g: torch.full_like(g, float("inf")))

    config = tmp_path / "stops.yaml"
    config.write_text(STOPS)
    run = tmp_path / "run"
    handle = register_optimizer_step_post_hook(poison)
    try:
        assert train_recipe(tiny_dataset, tiny_model, run, str(config)) == 4
    finally:
        handle.remove()
    err = capsys.readouterr().err.splitlines()
    train = [r for r in read_metrics(str(run / "metrics.jsonl")) if r["kind"] == "train"]
    assert [r["step"] for r in train] == [1, 2, 3]
    assert all(r["loss"] is not None and r["grad_norm"] is not None for r in train[:2])
    if what == "loss":
        expected = "the training loss at step 3 is NaN (the model's outputs or gradients"
        assert train[2]["loss"] is None
    else:
        expected = "the gradient norm at step 3 is infinite while its loss is "
        assert train[2]["loss"] is not None and train[2]["grad_norm"] is None
    errors = [line for line in err if line.startswith("longctx train: error:")]
    assert len(errors) == 1 and errors[0].startswith("longctx train: error: " + expected)
    assert not (run / "adapter").exists()
    assert [p.name for p in run.glob("checkpoints/step-*")] == ["step-00000002"]
