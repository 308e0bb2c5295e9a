"""Length curriculum: which stage a step is in, the batch geometry, the LR schedule.

All pure functions of integers, so resume and the tests can recompute them.

Tokens per optimizer step are kept about constant across stages: a stage of window
``w`` takes ``rows = max(1, tokens_per_step // w)`` rows per step (rounded up to a
multiple of the world size so every rank gets the same number), each rank splits its
rows into micro-batches of ``max(1, micro_batch_tokens // w)`` rows, and gradients
accumulate over them. A stage with a token budget lasts
``ceil(tokens / (rows * w))`` steps. The learning rate runs across the whole run
(linear warmup, then cosine to ``min_lr_ratio * lr`` or constant), not per stage.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

from schemas.wording import counted
from training.config import StageConfig


@dataclass(frozen=True)
class StagePlan:
    """A stage resolved against the batch geometry."""

    index: int
    window: int
    steps: int
    first_step: int  # global index of the stage's first optimizer step
    rows_per_step: int  # across all ranks
    micro_batch_size: int  # rows per micro-batch on one rank
    grad_accum: int  # micro-batches per step on one rank

    @property
    def tokens_per_step(self) -> int:
        return self.rows_per_step * self.window


def batch_geometry(
    window: int, tokens_per_step: int, micro_batch_tokens: int, world_size: int = 1
) -> tuple[int, int, int]:
    """``(rows_per_step, micro_batch_size, grad_accum)`` for one window.

    ``rows_per_step`` is a multiple of ``world_size``; each rank processes
    ``rows_per_step // world_size = micro_batch_size * grad_accum`` rows, except that
    the last micro-batch may be smaller when the rank's rows don't divide evenly.
    """
    if min(window, tokens_per_step, micro_batch_tokens, world_size) <= 0:
        raise ValueError("window, tokens_per_step, micro_batch_tokens, world_size must be > 0")
    rows = max(1, tokens_per_step // window)
    rows = math.ceil(rows / world_size) * world_size
    per_rank = rows // world_size
    micro = min(per_rank, max(1, micro_batch_tokens // window))
    return rows, micro, math.ceil(per_rank / micro)


def plan_stages(
    stages: Sequence[StageConfig],
    tokens_per_step: int,
    micro_batch_tokens: int,
    world_size: int = 1,
) -> list[StagePlan]:
    plans, first = [], 0
    for index, stage in enumerate(stages):
        rows, micro, accum = batch_geometry(
            stage.window, tokens_per_step, micro_batch_tokens, world_size
        )
        steps = stage.steps or math.ceil(stage.tokens / (rows * stage.window))
        plans.append(StagePlan(index, stage.window, steps, first, rows, micro, accum))
        first += steps
    return plans


def total_steps(plans: Sequence[StagePlan]) -> int:
    return plans[-1].first_step + plans[-1].steps if plans else 0


def stage_for_step(step: int, plans: Sequence[StagePlan]) -> tuple[StagePlan, int]:
    """The stage that global optimizer step ``step`` (0-based) belongs to, and the
    step's index inside it. O(log stages).

    Raises:
        ValueError: ``step`` is negative or past the end of the curriculum.
    """
    if step < 0 or step >= total_steps(plans):
        raise ValueError(f"step {step} is outside the curriculum (0..{total_steps(plans) - 1})")
    starts = [p.first_step for p in plans]
    # Stages with 0 steps share a start with the next; bisect_right picks the last one.
    plan = plans[bisect.bisect_right(starts, step) - 1]
    return plan, step - plan.first_step


def describe_stage(
    plan: StagePlan, world: int, start: int | None = None, last_step: int | None = None
) -> str:
    """The line a run prints when it enters ``plan``. Clause stage_line_counts_like_metrics:
    its steps are numbered as ``metrics.jsonl``, the progress bar and ``step-N``
    checkpoints number them, from 1 (it said "steps 0..2", then logged steps 1..3).

    Clause stage_line_says_run_range (review 55): a run of 0-based steps
    ``[start, last_step)`` that covers only part of the stage (``--max-steps``, or a
    resume inside it) also says which of its steps this run takes; a ``--max-steps 1``
    run said "1 step to run (1..1)" and then "stage 0: window 256, steps 1..2"."""
    first, last = plan.first_step + 1, plan.first_step + plan.steps
    steps = f"steps {first}..{last}"
    if start is not None and last_step is not None:
        lo, hi = max(first, start + 1), min(last, last_step)
        if (lo, hi) != (first, last) and lo <= hi:
            steps += f" (this run: {lo}..{hi})"
    return (
        f"stage {plan.index}: window {plan.window}, {steps}, "
        f"{counted(plan.rows_per_step, 'row')}/step = {counted(plan.micro_batch_size, 'row')} "
        f"x {plan.grad_accum} accumulation x {counted(world, 'rank')}"
    )


def lr_factor(
    step: int, total: int, warmup_steps: int, schedule: str, min_lr_ratio: float
) -> float:
    """Multiplier of the peak learning rate for optimizer step ``step`` (0-based).

    Linear warmup over ``warmup_steps`` (step 0 gets ``1 / warmup_steps``), then
    ``constant`` (1.0) or ``cosine`` from 1.0 down to ``min_lr_ratio``, reached at
    step ``total`` (just after the last one, so no step is wasted at LR 0).
    """
    if step < warmup_steps:
        return (step + 1) / warmup_steps
    if schedule == "constant":
        return 1.0
    if schedule != "cosine":
        raise ValueError(f"unknown schedule {schedule!r}")
    decay_steps = max(1, total - warmup_steps)
    progress = min(1.0, (step - warmup_steps) / decay_steps)
    return min_lr_ratio + (1.0 - min_lr_ratio) * 0.5 * (1.0 + math.cos(math.pi * progress))
