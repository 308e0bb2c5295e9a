"""Checks across a run's settings, added in session 30 (docs/quality/session-30-wtF2.md);
called at the end of ``TrainConfig.__post_init__``.

Clause rope_scale_needs_type (session 30): ``--set rope.factor=4`` (or
``rope.target_length``) without ``rope.type`` trained with no scaling at all (type
``none``) and said nothing; ``rope.target_length`` <= 0 scaled by 1. One line each.
Checked on the user's config only (:class:`TrainConfig`), so an older run's
``config.yaml`` that ``longctx eval`` reads for its RoPE still loads.

Clause longer_than_every_window (session 30): ``recurrence.memory_tokens`` above the
longest curriculum window (at most the window before is carried) was refused with a
RoPE hint for ``window + memory_tokens`` positions (``rope.target_length=100064`` for
a memory of 100000 on windows of 64): now one line naming the memory.

Clause sink_within_a_window (session 31): with memory, ``recurrence.sink_tokens`` above
the longest window trained exactly as a sink of that window (a sink is taken from its
document's first window, ``min(sink, window)`` tokens) but every step and checkpoint
carried the rest as zeros: 5000 on windows of 32 gave the same 4 losses as 32, with
checkpoints of 15.28 MB instead of 0.72 and 1.7x the time. One line now. (0: no sink,
allowed; without memory the sink is unused and not checked.)

Clause short_context_shorter_than_a_window (session 31): ``loss.type=longce`` with an
explicit ``loss.short_context`` >= the longest window weighs every token 1 (no token has
more context than the short one): plain CE under LongCE's name, no word
(``mean_weight`` 1.0, ``short_tokens`` 0). One line now.

Clause sparse_pattern_is_sparse (session 31): ``attention.pattern=sliding`` with
``attention.window`` >= the longest window, or ``s2`` with ``attention.group`` >= twice
it (a row of at most ``G/2`` tokens is exactly full attention, :mod:`training.attention`),
trained full attention under a sparse pattern's name (the same losses as ``full``). One
line now.

Clause sparse_pattern_is_sparse_global_tokens (session 31 review): ``sliding`` is full
attention as soon as ``attention.window + attention.global_tokens`` reaches the longest
window (a token sees the ``W - 1`` before it and its document's first ``N``), not only
when the window alone does: window 63 (or 16) with the default 64 global tokens on
windows of 64 gave exactly full attention's mask and was accepted. One line too.

Clause seed_and_betas_in_range (session 31): ``seed`` outside ``[0, 2**32 - 1]`` was
numpy's ``ValueError: Seed must be between 0 and 2**32 - 1`` traceback after the data
was opened; ``optim.betas`` outside ``[0, 1)`` AdamW's ``Invalid beta parameter``
traceback after the model load. One line each, before anything is read.

Clause resume_keeps_no_effect_setting (session 31 integrator, wtB review's Left 1): the
three clauses above that refuse a setting with no effect (sink, short context, sparse
pattern) stopped a run started before them from being resumed: ``--resume`` re-reads the
config, and a changed value is refused by ``check_resume``, so the run had to start
over. With ``--resume`` such a setting is kept (:func:`load_for_run`); the recipe says so
once it has a checkpoint to go on from (whose config ``check_resume`` compares: the value
must be the checkpoint's), and refuses it as before when there is none.

Clause warmup_within_the_run (session 32): ``optim.warmup_steps`` at or above the run's
optimizer steps trained without a word: the learning rate rose the whole run and never
reached ``optim.lr`` (warmup 20 on 8 steps ended at 40% of it), or reached it only at the
last step (no decay of the cosine schedule at all). The steps are the curriculum's (a
stage's ``steps``, or its ``tokens`` over the rows of a step at torchrun's
``WORLD_SIZE``): the schedule runs over the whole curriculum, so ``--max-steps`` (a run
trained in parts, resumed with a larger one) does not count. One line with both numbers;
warmup 0 and 1 are the same (no warmup: step 1 at the full rate) and always allowed. A
run started before this check with such a warmup is resumed with it (the clause above).
"""

from __future__ import annotations

import contextvars
import os

from schemas.errors import UserError, user_input
from schemas.wording import counted
from training.config import ROPE_TYPES


class NoEffectSetting(ValueError):
    """A setting that trains exactly as another one would (module doc)."""


_KEPT: contextvars.ContextVar[list | None] = contextvars.ContextVar("kept", default=None)


def _no_effect(message: str) -> None:
    kept = _KEPT.get()
    if kept is None:
        raise NoEffectSetting(message)
    kept.append(message)


def load_for_run(load, resume: bool):
    """``(config, kept)``: ``load()`` as the user's input; with ``resume`` a setting
    with no effect is kept and its line returned in ``kept`` (clause
    resume_keeps_no_effect_setting)."""
    try:
        with user_input():
            return load(), []
    except UserError as error:
        if not (resume and isinstance(error.__cause__, NoEffectSetting)):
            raise
    kept: list[str] = []
    token = _KEPT.set(kept)
    try:
        with user_input():
            return load(), kept
    finally:
        _KEPT.reset(token)


def check_lengths_and_rope(config) -> None:
    """``ValueError`` (one line, what to set) for settings that trained wrongly in silence."""
    longest = max(config.windows)  # clause longer_than_every_window
    if config.recurrence.memory_tokens > longest:
        raise ValueError(
            f"recurrence.memory_tokens {config.recurrence.memory_tokens} is longer than the "
            f"longest curriculum window {longest} (at most the window before is carried): "
            f"set it <= {longest}"
        )
    sink = config.recurrence.sink_tokens  # clause sink_within_a_window
    if config.recurrence.memory_tokens and sink > longest:
        _no_effect(
            f"recurrence.sink_tokens {sink} is longer than the longest curriculum window "
            f"{longest} (a sink is at most its document's first window; the rest would be "
            f"zeros carried in every step and checkpoint): set it <= {longest} (0: no sink)"
        )
    short = config.loss.short_context  # clause short_context_shorter_than_a_window
    if config.loss.type == "longce" and short >= longest:
        _no_effect(
            f"loss.short_context {short} is not shorter than the longest curriculum window "
            f"{longest}: LongCE would weigh every token 1 (plain CE); set it below {longest} "
            "(0: window / 8), or loss.type=ce"
        )
    rope = config.rope  # clause rope_scale_needs_type
    if rope.type == "none" and (rope.factor is not None or rope.target_length is not None):
        raise ValueError(
            f"rope.factor / rope.target_length is set but rope.type is 'none' (no "
            f"scaling): add --set rope.type=linear (or {', '.join(ROPE_TYPES[2:])})"
        )
    if rope.target_length is not None and rope.target_length <= 0:
        raise ValueError(f"rope.target_length must be > 0, got {rope.target_length}")


def check_values(config) -> None:
    """``ValueError`` (one line) for values that were a traceback or full attention
    under a sparse pattern's name (clauses seed_and_betas_in_range,
    sparse_pattern_is_sparse)."""
    if not 0 <= config.seed < 2**32:
        raise ValueError(f"seed must be in [0, 2**32 - 1] (numpy's range), got {config.seed}")
    if not all(0.0 <= b < 1.0 for b in config.optim.betas):
        raise ValueError(
            f"optim.betas must each be in [0, 1) (AdamW; usual: [0.9, 0.999]), got "
            f"{list(config.optim.betas)}"
        )
    longest, attention = max(config.windows), config.attention
    if attention.pattern == "sliding" and attention.window >= longest:
        _no_effect(
            f"attention.window {attention.window} is not shorter than the longest "
            f"curriculum window {longest}: every token would see all those before it "
            f"(full attention); set it below {longest}, or attention.pattern=full"
        )
    reach = attention.window + attention.global_tokens  # sparse_pattern_is_sparse_global_tokens
    if attention.pattern == "sliding" and reach >= longest:
        _no_effect(
            f"attention.window {attention.window} + attention.global_tokens "
            f"{attention.global_tokens} reach the longest curriculum window {longest}: every "
            "token would see all those before it (the window, or its document's first "
            f"tokens: full attention); set their sum below {longest}, or attention.pattern=full"
        )
    if attention.pattern == "s2" and attention.group >= 2 * longest:
        _no_effect(
            f"attention.group {attention.group} is at least twice the longest curriculum "
            f"window {longest}: every window fits in half a group (full attention); set it "
            f"below {2 * longest} (LongLoRA: window / 4), or attention.pattern=full"
        )


def check_warmup(config) -> None:
    """Clause warmup_within_the_run (module doc)."""
    from training.curriculum import plan_stages, total_steps

    warmup = config.optim.warmup_steps
    if warmup <= 1:
        return
    world = max(1, int(os.environ.get("WORLD_SIZE", "1") or 1))
    plans = plan_stages(config.curriculum, config.tokens_per_step, config.micro_batch_tokens, world)
    steps = total_steps(plans)
    if warmup < steps:
        return
    stages = " + ".join(f"{p.steps} at window {p.window}" for p in plans)
    ranks = f" on {world} ranks" if world > 1 else ""
    ends = (
        f"would end at {steps / warmup:.0%} of optim.lr, never reaching it"
        if warmup > steps
        else "would reach optim.lr only at the last step"
        + (", with no decay" if config.optim.schedule == "cosine" else "")
    )
    # clause warmup_within_the_run_one_step_hint (review): on a 1-step run the line said
    # "below 1 (e.g. 1)" and "1 optimizer steps"; warmup 1 always passes, so below 2 there
    _no_effect(
        f"optim.warmup_steps {warmup} is not below the run's "
        f"{counted(steps, 'optimizer step')} ({stages}{ranks}): the learning rate {ends}; set "
        f"optim.warmup_steps below {max(2, steps)} (e.g. {max(1, steps // 10)}), or "
        "lengthen the curriculum (its steps or tokens)"
    )


def check_paths_named(config) -> None:
    """The dataset, the base model and the run folder are named (the recipe's first check,
    moved from ``training.recipe`` unchanged in session 43)."""
    missing = [
        f"--{name} {what}"
        for name, what in (("data", "DIR"), ("model", "PATH"), ("output", "RUN"))
        if not getattr(config, name)
    ]
    if missing:
        raise UserError(
            f"missing {', '.join(missing)}: name the dataset, the base model and the run "
            "folder (flags, or data:/model:/output: in --config); `make train` passes the "
            "defaults"
        )
