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
"""

from __future__ import annotations

from training.config import ROPE_TYPES


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
        raise ValueError(
            f"recurrence.sink_tokens {sink} is longer than the longest curriculum window "
            f"{longest} (a sink is at most its document's first window; the rest would be "
            f"zeros carried in every step and checkpoint): set it <= {longest} (0: no sink)"
        )
    short = config.loss.short_context  # clause short_context_shorter_than_a_window
    if config.loss.type == "longce" and short >= longest:
        raise ValueError(
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
