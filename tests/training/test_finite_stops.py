"""Training stops on non-finite numbers (clauses train_loss_finite, val_loss_finite,
grad_norm_finite; moved out of test_recipe.py, which had passed 500 lines). Clause
diverged_exit_status (session 32): each exits 4 (DIVERGED), not 2 (a user error), with a
line that says what to do."""

from __future__ import annotations

import os
import shutil

import pytest
import torch

from tests.training.conftest import train_recipe
from training.finite import DIVERGED
from training.plots import read_metrics

WHAT_TO_DO = (
    "stopped before saving its weights; earlier checkpoints are kept; lower optim.lr (or "
    "check the model weights) and train into a new --output (--resume keeps this run's "
    "settings and would repeat these steps)"
)


def test_a_nan_loss_stops_training_with_one_line(
    tmp_path, tiny_dataset, tiny_model, tiny_config, capsys
):
    """Clauses train_loss_finite and non_finite_outputs (training.finite): a model whose
    outputs are NaN (one weight set to NaN) trained every step on NaN, wrote bare NaN in
    metrics.jsonl and saved checkpoints and an adapter of NaN weights, exit 0."""
    import json

    from safetensors.torch import load_file, save_file

    broken = tmp_path / "nan-model"
    shutil.copytree(tiny_model, broken)
    weights = load_file(str(broken / "model.safetensors"))
    weights["model.norm.weight"][0] = float("nan")
    save_file(weights, str(broken / "model.safetensors"), metadata={"format": "pt"})
    run = tmp_path / "run"
    assert train_recipe(tiny_dataset, str(broken), run, tiny_config) == DIVERGED == 4
    line = (
        "longctx train: error: the training loss at step 1 is NaN (the model's outputs or "
        "gradients are not finite): " + WHAT_TO_DO
    )
    assert line in capsys.readouterr().err.splitlines()

    def refuse(name):
        raise ValueError(name)

    text = (run / "metrics.jsonl").read_text().splitlines()
    records = [json.loads(t, parse_constant=refuse) for t in text]  # bare NaN raised
    assert [(r["kind"], r["step"], r["loss"]) for r in records] == [("train", 1, None)]
    assert not (run / "adapter").exists()
    assert not list(run.glob("checkpoints/step-*"))  # main saved step-3 and step-5


def _untied_copy(tiny_model, out, change) -> str:
    """The tiny model with its own LM head (not tied to the embeddings), ``change``
    applied to its weights: a broken checkpoint of another kind."""
    from safetensors.torch import load_file, save_file
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model)
    model.config.tie_word_embeddings = False
    model.lm_head.weight = torch.nn.Parameter(model.lm_head.weight.detach().clone())
    model.save_pretrained(out)
    weights = load_file(os.path.join(out, "model.safetensors"))
    change(weights)
    save_file(weights, os.path.join(out, "model.safetensors"), metadata={"format": "pt"})
    return str(out)


def _strict_records(run) -> list[dict]:
    import json

    def refuse(name):
        raise ValueError(name)

    return [json.loads(t, parse_constant=refuse) for t in open(run / "metrics.jsonl")]


def test_a_nan_validation_loss_stops_training(tmp_path, tiny_model, tiny_config, capsys):
    """Clause val_loss_finite (training.finite): the model's embeddings of the tokens
    300-399 are NaN and only the validation rows hold them, so every training loss is
    finite and every validation loss NaN: the run wrote val_loss null 4 times, saved
    step-3, step-5 and the adapter, exit 0 (session 30, wtD3, Left)."""
    import numpy as np

    from tests.training.conftest import make_row, write_tiny_dataset

    rng, records, doc = np.random.default_rng(0), {"train": {}, "validation": {}}, 0
    for split, vocab, count in (("train", 300, 24), ("validation", 400, 6)):
        for window in (32, 64):
            records[split][window] = []
            for i in range(count):
                records[split][window].append(make_row(rng, window, doc, vocab, i % 3 == 2))
                doc += 1
    data = write_tiny_dataset(str(tmp_path / "data"), records=records)

    def nan_rows(weights):
        weights["model.embed_tokens.weight"][300:] = float("nan")

    model = _untied_copy(tiny_model, tmp_path / "model", nan_rows)
    run = tmp_path / "run"
    assert train_recipe(data, model, run, tiny_config) == DIVERGED
    line = (
        "longctx train: error: the validation loss at step 2 is NaN while the training "
        "loss is finite (the model's outputs on the validation rows are not finite; check "
        "the weights of every token id of the validation rows): " + WHAT_TO_DO
    )
    assert line in capsys.readouterr().err.splitlines()
    records = [(r["kind"], r["step"]) for r in _strict_records(run)]
    assert records == [("train", 1), ("train", 2), ("eval", 2)]
    assert not (run / "adapter").exists() and not list(run.glob("checkpoints/step-*"))


@pytest.mark.parametrize("clip", ["1.0", "0"])
def test_an_infinite_gradient_norm_stops_training(
    tmp_path, tiny_dataset, tiny_model, tiny_config, capsys, clip
):
    """Clause grad_norm_finite (training.finite): an LM head scaled by 1e30 gives finite
    losses (~1e30) whose gradients overflow; clipping scaled them by 1/inf = 0 every
    step (the adapter learned nothing, val_loss the same at every eval), without
    clipping the norm was not computed (grad_norm 0.0); exit 0 either way."""

    def huge_head(weights):
        weights["lm_head.weight"] *= 1e30

    model = _untied_copy(tiny_model, tmp_path / "model", huge_head)
    run = tmp_path / "run"
    assert (
        train_recipe(tiny_dataset, model, run, tiny_config, "--set", f"optim.max_grad_norm={clip}")
        == DIVERGED
    )
    err = capsys.readouterr().err.splitlines()
    assert [x for x in err if x.startswith("longctx train: error: ")] == [
        "longctx train: error: the gradient norm at step 1 is infinite while its loss is "
        "9.574e+29 (the gradients overflow: clipping would zero them, or make the weights "
        "NaN; the model's outputs may be far out of range): " + WHAT_TO_DO
    ]
    (record,) = _strict_records(run)
    assert (record["step"], record["grad_norm"], record["loss"] > 1e29) == (1, None, True)
    assert not (run / "adapter").exists() and not list(run.glob("checkpoints/step-*"))


def test_the_gradient_norm_is_logged_without_clipping(
    tmp_path, tiny_dataset, tiny_model, tiny_config
):
    """grad_norm_finite: with optim.max_grad_norm 0 the norm is measured (it was 0.0)
    and the gradients are not scaled: the same losses as a clip bound no step reaches."""
    runs = {}
    for clip in ("0", "1000"):
        run = tmp_path / clip
        args = ["--set", f"optim.max_grad_norm={clip}", "--max-steps", "2"]
        assert train_recipe(tiny_dataset, tiny_model, run, tiny_config, *args) == 0
        runs[clip] = [r for r in read_metrics(str(run / "metrics.jsonl")) if r["kind"] == "train"]
    key = [(r["loss"], r["grad_norm"]) for r in runs["1000"]]
    assert [(r["loss"], r["grad_norm"]) for r in runs["0"]] == key
    assert all(0 < norm < 1000 for _, norm in key)
