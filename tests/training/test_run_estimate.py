"""Clause run_estimate_said (training.run_estimate, session 45): before step 1 the run
says its steps and the most tokens a step holds; after the first two steps of the run
and the first of each later stage, the time to the end measured on that step (step 1's
said as high: it carries the start-up; review 45). Before, a CPU run showed
"train: 0/2 [00:00<?]" and nothing else until the first step ended. The tiny model
trains in process; the recipe's clock is a stand-in, so the seconds are known."""

from __future__ import annotations

import json
import types

from tests.training.conftest import train_recipe
from training import recipe
from training.curriculum import StagePlan
from training.run_estimate import (
    estimate,
    estimate_line,
    format_seconds,
    plan_line,
    should_say,
)

PLAN = (
    "train: 5 steps to run (1..5): 3 steps at window 32 (8 rows x 32 = 256 tokens a step at "
    "most); 2 steps at window 64 (4 rows x 64 = 256 tokens a step at most); 1,280 tokens in "
    "all at most; the time to the end is said after step 1"
)
TAIL = "; validation passes and checkpoints add to it"


def _clock(monkeypatch, seconds_per_step: dict[int, float]):
    """recipe's time.perf_counter: step k (1-based) starts at 100 k and lasts
    ``seconds_per_step[k]`` (5 s when not named)."""
    ticks = []
    for k in range(1, 6):
        ticks += [100.0 * k, 100.0 * k + seconds_per_step.get(k, 5.0)]
    it = iter(ticks)
    monkeypatch.setattr(recipe, "time", types.SimpleNamespace(perf_counter=lambda: next(it)))


def test_the_lines_of_a_tiny_run(
    tmp_path, tiny_dataset, tiny_model, tiny_config, capsys, monkeypatch
):
    _clock(monkeypatch, {1: 12.0, 2: 4.0, 4: 30.0})
    assert train_recipe(tiny_dataset, tiny_model, tmp_path / "run", tiny_config) == 0
    lines = capsys.readouterr().out.splitlines()
    said = [line for line in lines if line.startswith("train: ")]
    with open(tmp_path / "run" / "metrics.jsonl", encoding="utf-8") as f:
        train = [r for r in map(json.loads, f) if r["kind"] == "train"]
    # the lines say each step's real tokens, as metrics.jsonl logs them: step 1 holds a
    # short row (244 of the plan's 256), the estimates scale by the plan's tokens
    t1, t2, t4 = (train[k]["tokens"] for k in (0, 1, 3))
    assert t1 == 244 and t2 <= 256 and t4 <= 256
    assert said == [
        PLAN,
        # step 1 carries the start-up: its estimate is high, no floor, said again
        f"train: step 1 took 12 s ({t1} tokens, {t1 / 12:.0f} tokens/s, start-up included); "
        "the 4 steps left take about 48 s at that speed (step 1's start-up makes it high, a "
        "longer window to come low: said again after step 2)" + TAIL,
        # 3 steps x 256 tokens at 4 s / 256 tokens; window 64 is still to come: a floor
        f"train: step 2 took 4.0 s ({t2} tokens, {t2 / 4:.0f} tokens/s); the 3 steps left "
        "take at least about 12 s at that speed (a longer window costs more a token: said "
        "again at its first step)" + TAIL,
        f"train: step 4 took 30 s ({t4} tokens, {t4 / 30:.0f} tokens/s); the 1 step left "
        "takes about 30 s at that speed" + TAIL,
    ]
    assert lines.index(PLAN) < lines.index(
        "stage 0: window 32, steps 1..3, 8 rows/step = 4 rows x 2 accumulation x 1 rank"
    )
    # the seconds the lines measure are the steps' own, as metrics.jsonl logs them
    assert [r["time_s"] for r in train] == [12.0, 16.0, 21.0, 51.0, 56.0]
    assert [r["window"] for r in train] == [32, 32, 32, 64, 64]


def test_a_shorter_run_and_a_resumed_one():
    plans = [StagePlan(0, 32, 3, 0, 8, 4, 2), StagePlan(1, 64, 2, 3, 4, 4, 1)]
    assert plan_line(plans, 0, 2) == (
        "train: 2 steps to run (1..2): 2 steps at window 32 (8 rows x 32 = 256 tokens a step "
        "at most); 512 tokens in all at most; the time to the end is said after step 1"
    )
    assert estimate_line(plans, 1, 2, 3.0, 256) == (
        "train: step 1 took 3.0 s (256 tokens, 85 tokens/s); the 1 step left takes about "
        "3.0 s at that speed" + TAIL
    )
    assert estimate_line(plans, 2, 2, 3.0, 256).endswith("; it was the last")
    # rows shorter than the window (a document's tail): the real tokens, not the plan's
    assert estimate_line(plans, 1, 3, 3.0, 150, start_up=True) == (
        "train: step 1 took 3.0 s (150 tokens, 50 tokens/s, start-up included); the 2 steps "
        "left take about 6.0 s at that speed (step 1's start-up makes it high: said again "
        "after step 2)" + TAIL
    )
    # which steps say it: a run's first two steps, each stage's first
    assert [should_say(k, 0, k in (1, 4)) for k in range(1, 6)] == [True, True, False, True, False]
    assert [should_say(k, 3, k == 4) for k in (4, 5)] == [True, True]
    # resumed after step 2: one step of window 32, then two of 64
    assert plan_line(plans, 2, 5).startswith(
        "train: 3 steps to run (3..5): 1 step at window 32 (8 rows x 32 = 256 tokens a step "
        "at most); 2 steps at window 64"
    )
    assert estimate(plans, 3, 5, 10.0) == (20.0, True)
    assert estimate(plans, 4, 5, 10.0) == (10.0, False)
    assert [format_seconds(s) for s in (4.25, 42, 185, 7620)] == [
        "4.2 s",
        "42 s",
        "3 min 05 s",
        "2 h 07 min",
    ]


def test_a_resumed_run_counts_from_its_first_step(
    tmp_path, tiny_dataset, tiny_model, tiny_config, capsys, monkeypatch
):
    """Stopped after step 2, resumed: the plan counts steps 3..5 only, and step 3 (the
    resumed process's first) carries the start-up (review 45: a plant flagging step 1
    only was caught by no test)."""
    run = tmp_path / "run"
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config, "--max-steps", "2") == 0
    capsys.readouterr()
    _clock(monkeypatch, {1: 20.0, 2: 6.0})  # resumed steps 3, 4, 5: 20 s, 6 s, 5 s
    assert train_recipe(tiny_dataset, tiny_model, run, tiny_config, "--resume") == 0
    said = [line for line in capsys.readouterr().out.splitlines() if line.startswith("train: ")]
    assert said[0] == (
        "train: 3 steps to run (3..5): 1 step at window 32 (8 rows x 32 = 256 tokens a step at "
        "most); 2 steps at window 64 (4 rows x 64 = 256 tokens a step at most); 768 tokens in "
        "all at most; the time to the end is said after step 3"
    )
    assert said[1].startswith("train: step 3 took 20 s (")
    assert said[1].endswith(
        "tokens/s, start-up included); the 2 steps left take about 40 s at that speed (step "
        "3's start-up makes it high, a longer window to come low: said again after step 4)" + TAIL
    )
    assert said[2].startswith("train: step 4 took 6.0 s (")
    assert said[2].endswith("the 1 step left takes about 6.0 s at that speed" + TAIL)
    assert len(said) == 3
