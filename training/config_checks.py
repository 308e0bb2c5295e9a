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
a memory of 100000 on windows of 64): now one line naming the memory. (An explicit
``loss.short_context`` >= the longest window makes every LongCE weight 1, plain CE;
it stays allowed: ``tests/training/test_longce.py`` uses it as the identity check.)
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
    rope = config.rope  # clause rope_scale_needs_type
    if rope.type == "none" and (rope.factor is not None or rope.target_length is not None):
        raise ValueError(
            f"rope.factor / rope.target_length is set but rope.type is 'none' (no "
            f"scaling): add --set rope.type=linear (or {', '.join(ROPE_TYPES[2:])})"
        )
    if rope.target_length is not None and rope.target_length <= 0:
        raise ValueError(f"rope.target_length must be > 0, got {rope.target_length}")
