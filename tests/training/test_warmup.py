"""Clause warmup_within_the_run (session 32, training/config_checks.py): a warmup at or
above the run's optimizer steps trained without a word, the learning rate never reaching
``optim.lr``. The tiny config (tests/training/conftest.py) has 5 steps: 3 at window 32,
then 512 tokens at window 64 over 4 rows of 64 a step (2 steps)."""

from __future__ import annotations

import os

import pytest

from tests.training.conftest import train_recipe
from training.config import load_config
from training.plots import read_metrics

REFUSED = (
    "longctx train: error: optim.warmup_steps {w} is not below the run's 5 optimizer steps "
    "(3 at window 32 + 2 at window 64): the learning rate {ends}; set optim.warmup_steps "
    "below 5 (e.g. 1), or lengthen the curriculum (its steps or tokens)"
)


@pytest.mark.parametrize(
    "warmup, ends",
    [
        (9, "would end at 56% of optim.lr, never reaching it"),
        (5, "would reach optim.lr only at the last step, with no decay"),
    ],
)
def test_warmup_within_the_run_refused_through_train(
    tmp_path, tiny_dataset, tiny_model, tiny_config, capsys, warmup, ends
):
    """Clause warmup_within_the_run: ``longctx train`` with a warmup of 9 (or 5) on 5
    steps trained all 5 steps at lr 0.0011..0.0056 (or up to 0.01 only at step 5), exit 0.
    Now one line, exit 2, before the data or model is read, and no run folder left."""
    run = tmp_path / "run"
    code = train_recipe(
        tiny_dataset, tiny_model, run, tiny_config, "--set", f"optim.warmup_steps={warmup}"
    )
    assert code == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [REFUSED.format(w=warmup, ends=ends)]
    assert not run.exists()


def test_warmup_within_the_run_keeps_what_is_right(tiny_config, monkeypatch):
    """Guards of warmup_within_the_run: a warmup below the steps, a --max-steps inside
    the warmup (a run trained in parts: the schedule is the curriculum's), warmup 1 on a
    1-step run (no warmup at all) pass; the steps of a token budget are counted at
    torchrun's WORLD_SIZE (rows rounded up to the ranks: fewer steps)."""
    assert load_config(tiny_config, ["optim.warmup_steps=4"]).optim.warmup_steps == 4
    assert load_config(tiny_config, ["optim.warmup_steps=4"], max_steps=2).max_steps == 2
    one = load_config(tiny_config, ["optim.warmup_steps=1", "curriculum=[{window: 32, steps: 1}]"])
    assert one.optim.warmup_steps == 1
    budget = ["curriculum=[{window: 64, tokens: 1024}]", "optim.warmup_steps=3"]
    assert load_config(tiny_config, budget).optim.warmup_steps == 3  # 4 steps of 4 rows
    monkeypatch.setenv("WORLD_SIZE", "3")  # 6 rows a step: 3 steps
    with pytest.raises(ValueError) as error:
        load_config(tiny_config, budget)
    assert str(error.value) == (
        "optim.warmup_steps 3 is not below the run's 3 optimizer steps (3 at window 64 on "
        "3 ranks): the learning rate would reach optim.lr only at the last step, with no "
        "decay; set optim.warmup_steps below 3 (e.g. 1), or lengthen the curriculum (its "
        "steps or tokens)"
    )
    constant = [*budget, "optim.schedule=constant"]
    with pytest.raises(ValueError, match=r"only at the last step; set optim"):
        load_config(tiny_config, constant)


def test_warmup_within_the_run_resumes_a_run_started_with_it(
    tmp_path, tiny_dataset, tiny_model, tiny_config, capsys, monkeypatch
):
    """Guard of warmup_within_the_run (resume_keeps_no_effect_setting): a run started
    before the clause with warmup 9 (its checkpoint holds it, and --resume refuses a
    changed optim.warmup_steps) is resumed with it, saying so; without a checkpoint
    to go on from, --resume refuses it as a new run would be."""
    import training.config_checks as checks

    run = tmp_path / "run"
    warmup = ("--set", "optim.warmup_steps=9")
    with monkeypatch.context() as m:  # as before the clause
        m.setattr(checks, "check_warmup", lambda config: None)
        assert (
            train_recipe(tiny_dataset, tiny_model, run, tiny_config, *warmup, "--max-steps", "3")
            == 0
        )
    capsys.readouterr()
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config, *warmup, "--resume") == 0
    out = capsys.readouterr().out
    assert (
        f"--resume: kept, as {run}/checkpoints/step-00000003 was trained with it (refused "
        "now): optim.warmup_steps 9 is not below the run's 5 optimizer steps"
    ) in out
    lrs = [
        r["lr"] for r in read_metrics(os.path.join(run, "metrics.jsonl")) if r["kind"] == "train"
    ]
    assert lrs == pytest.approx([0.01 * k / 9 for k in range(1, 6)])
    fresh = tmp_path / "fresh"
    assert train_recipe(tiny_dataset, tiny_model, fresh, tiny_config, *warmup, "--resume") == 2
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("longctx train: error: optim.warmup_steps 9 is not below the run's 5")


def test_warmup_within_the_run_one_step_hint(tiny_config):
    """Clause warmup_within_the_run_one_step_hint (review): on a 1-step curriculum a
    warmup of 2 was refused with "the run's 1 optimizer steps ... set
    optim.warmup_steps below 1 (e.g. 1)", a hint its own example breaks (warmup 1
    always passes). It now names 1 optimizer step and says below 2."""
    one = ["curriculum=[{window: 32, steps: 1}]", "optim.warmup_steps=2"]
    with pytest.raises(ValueError) as error:
        load_config(tiny_config, one)
    assert str(error.value) == (
        "optim.warmup_steps 2 is not below the run's 1 optimizer step (1 at window 32): the "
        "learning rate would end at 50% of optim.lr, never reaching it; set "
        "optim.warmup_steps below 2 (e.g. 1), or lengthen the curriculum (its steps or tokens)"
    )
