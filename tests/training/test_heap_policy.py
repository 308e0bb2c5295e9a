"""The trainer bounds glibc's heap only from the first stage whose window reaches
``bound_heap_from_window``: short steps keep the default heap (no page-fault tax)."""

from __future__ import annotations

import os

import pytest

from training import recipe
from training.config import TrainConfig
from training.plots import read_metrics

TWO_STAGES = [
    "--set",
    "curriculum=[{window: 32, steps: 2}, {window: 64, steps: 1}]",
    "--set",
    "tokens_per_step=128",
    "--set",
    "micro_batch_tokens=128",
    "--set",
    "eval_rows=0",
    "--set",
    "progress=false",
]


@pytest.mark.parametrize(
    "threshold, steps_done_at_each_call",
    [(64, [2]), (32, [0, 2]), (65, [])],
)
def test_heap_bound_from_the_first_long_stage(
    tiny_dataset, tiny_model, tmp_path, monkeypatch, threshold, steps_done_at_each_call
):
    out = tmp_path / "run"
    calls = []

    def record(*_):
        path = os.path.join(out, "metrics.jsonl")
        calls.append(len(read_metrics(path)) if os.path.exists(path) else 0)
        return True

    monkeypatch.setattr(recipe, "bound_heap_retention", record)
    argv = ["--data", tiny_dataset, "--model", tiny_model, "--output", str(out), *TWO_STAGES]
    assert recipe.main([*argv, "--set", f"bound_heap_from_window={threshold}"]) == 0
    # called when a stage starts (after the steps before it), once per such stage
    assert calls == steps_done_at_each_call


def test_negative_threshold_is_refused():
    with pytest.raises(ValueError, match="bound_heap_from_window"):
        TrainConfig(bound_heap_from_window=-1)
