"""Clause stage_line_says_run_range (training.curriculum.describe_stage, review of
session 55's walk-through, finding F5): the session-55 walk's `--max-steps 1` run of
the curriculum `[{window: 256, steps: 2}, {window: 512, steps: 2}]` (tokens_per_step
512, micro_batch_tokens 512) printed

    train: 1 step to run (1..1): 1 step at window 256 (...)
    stage 0: window 256, steps 1..2, 2 rows/step = 2 rows x 1 accumulation x 1 rank

which reads as if the run would take 2 steps. The stage line keeps the stage's steps
and says which of them this run takes when that is fewer."""

from __future__ import annotations

import re

from training.config import StageConfig
from training.curriculum import describe_stage, plan_stages, total_steps
from training.run_estimate import plan_line

WALK = [StageConfig(window=256, steps=2), StageConfig(window=512, steps=2)]


def _plans():
    return plan_stages(WALK, 512, 512, 1)


def _run_steps(plans, start, last_step):
    """The steps each stage line says this run takes (1-based), in order."""
    out = []
    for plan in plans:
        if plan.first_step + plan.steps <= start or plan.first_step >= last_step:
            continue  # the run never enters this stage: no line
        line = describe_stage(plan, 1, start, last_step)
        m = re.search(r"\(this run: (\d+)\.\.(\d+)\)", line) or re.search(
            r"steps (\d+)\.\.(\d+),", line
        )
        lo, hi = map(int, m.groups())
        out += range(lo, hi + 1)
    return out


def test_max_steps_run_says_its_part_of_the_stage():
    plans = _plans()
    line = describe_stage(plans[0], 1, 0, 1)
    assert line == (
        "stage 0: window 256, steps 1..2 (this run: 1..1), "
        "2 rows/step = 2 rows x 1 accumulation x 1 rank"
    )


def test_resume_inside_a_stage_and_whole_stages():
    plans = _plans()
    assert "steps 1..2 (this run: 2..2), " in describe_stage(plans[0], 1, 1, 4)
    # a stage the run takes whole keeps the old line, word for word
    assert describe_stage(plans[1], 1, 1, 4) == describe_stage(plans[1], 1)
    assert "this run" not in describe_stage(plans[0], 1, 0, 4)
    assert describe_stage(plans[0], 1).startswith("stage 0: window 256, steps 1..2, ")


def test_stage_lines_agree_with_the_plan_line():
    """Invariant: for every stop and resume point, the steps the stage lines say
    this run takes are exactly the plan line's `(a..b)`, each once."""
    plans = _plans()
    total = total_steps(plans)
    for start in range(total):
        for last_step in range(start + 1, total + 1):
            a, b = map(
                int,
                re.search(
                    r"to run \((\d+)\.\.(\d+)\)", plan_line(plans, start, last_step)
                ).groups(),
            )
            assert _run_steps(plans, start, last_step) == list(range(a, b + 1)), (start, last_step)
