"""What a training run says before its first step and once that step has run (clause
``run_estimate_said``, session 45).

A new user's ``longctx train`` on CPU showed ``train: 0/2 [00:00<?]`` and nothing else
until its first step ended, minutes later; tqdm's estimate is the mean of the steps so
far, blind to a later stage's longer window. Now the run says, before step 1, how many
steps it will take and the most tokens each stage's steps hold (:func:`plan_line`: rows
x window; a row shorter than the window, a document's tail, holds fewer), and after the
first step of the run, its second step and the first step of each later stage, the time
to the end measured on that step (:func:`estimate_line`): its seconds per token of the
plan times the plan's tokens of the steps left. The first step of a run carries its
start-up (allocation, kernel selection, compilation; review 45: on the Quick start's CPU
walk 3 min 54 s against 3 min 28 s for step 2, at twice the window), so its estimate is
said as high and said again after the second step. A later stage with a longer window
costs more a token (attention grows with the window), so an estimate made after the
start-up, before it, is a floor and says "at least"; each stage's first step says it
again, measured at that window. Validation passes and checkpoints are not counted (the
line says so).
"""

from __future__ import annotations

from schemas.wording import counted


def _steps_left(plans, start: int, last_step: int) -> list[tuple[object, int]]:
    """``(plan, steps of it in [start, last_step))`` for each stage that has some."""
    out = []
    for plan in plans:
        lo, hi = max(plan.first_step, start), min(plan.first_step + plan.steps, last_step)
        if hi > lo:
            out.append((plan, hi - lo))
    return out


def plan_line(plans, start: int, last_step: int) -> str:
    """Before the first step: the steps to run and the most tokens each stage's steps
    hold (rows x window over all ranks: a short row holds fewer)."""
    left = _steps_left(plans, start, last_step)
    stages = "; ".join(
        f"{counted(n, 'step')} at window {p.window} ({counted(p.rows_per_step, 'row')} x "
        f"{p.window} = {p.tokens_per_step:,} tokens a step at most)"
        for p, n in left
    )
    total = sum(p.tokens_per_step * n for p, n in left)
    return (
        f"train: {counted(last_step - start, 'step')} to run ({start + 1}..{last_step}): "
        f"{stages}; {total:,} tokens in all at most; the time to the end is said after step {start + 1}"
    )


def format_seconds(seconds: float) -> str:
    """``42 s``, ``3 min 05 s``, ``2 h 07 min``."""
    s = round(seconds)
    if s < 60:
        return f"{seconds:.1f} s" if seconds < 10 else f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"


def _plan_of(plans, step: int):
    """The stage of 0-based step ``step``."""
    return next(p for p in plans if p.first_step <= step < p.first_step + p.steps)


def estimate(plans, steps_done: int, last_step: int, seconds: float) -> tuple[float, bool]:
    """``(seconds, floor)``: the time of the steps after ``steps_done`` up to
    ``last_step`` at the speed a token of step ``steps_done`` (1-based, ``seconds``
    long) took; ``floor`` when one of them has a longer window than that step's."""
    measured = _plan_of(plans, steps_done - 1)
    left = _steps_left(plans, steps_done, last_step)
    total = sum(p.tokens_per_step * n for p, n in left)
    floor = any(p.window > measured.window for p, _ in left)
    return seconds * total / measured.tokens_per_step, floor


def should_say(steps_done: int, start: int, first_of_stage: bool) -> bool:
    """Whether step ``steps_done`` (1-based) of a run that started after ``start``
    says the estimate: the run's first two steps and each stage's first step."""
    return first_of_stage or steps_done == start + 2


def estimate_line(
    plans, steps_done: int, last_step: int, seconds: float, tokens: int, start_up: bool = False
) -> str:
    """After step ``steps_done`` (1-based, ``seconds`` long, ``tokens`` real tokens over
    all ranks, as metrics.jsonl logs them): the time to the end measured on it.
    ``start_up``: the run's first step, whose seconds include its start-up."""
    head = (
        f"train: step {steps_done} took {format_seconds(seconds)} "
        f"({tokens:,} tokens, {tokens / max(seconds, 1e-9):,.0f} tokens/s"
        + (", start-up included" * start_up)
        + ")"
    )
    if steps_done >= last_step:
        return head + "; it was the last"
    left, floor = estimate(plans, steps_done, last_step, seconds)
    n = last_step - steps_done
    if start_up:
        why = f"step {steps_done}'s start-up makes it high" + (
            ", a longer window to come low" * floor
        )
        hedge = f" ({why}: said again after step {steps_done + 1})"
    else:
        hedge = " (a longer window costs more a token: said again at its first step)" * floor
    return (
        f"{head}; the {counted(n, 'step')} left {'take' if n > 1 else 'takes'} "
        f"{'at least ' * (floor and not start_up)}about {format_seconds(left)} at that speed"
        + hedge
        + "; validation passes and checkpoints add to it"
    )
