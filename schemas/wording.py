"""Counts in the messages and reports a user reads.

Clause count_agrees: a count and its noun agree, "1 held-out document of 1",
"1 file", "2 files" (the evaluation report said "1 held-out documents of 1", the
build "building out from 1 files (1 shards per bucket)")."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None, *, thousands: bool = False) -> str:
    """``n`` and ``noun``, singular for exactly one, else ``plural`` (``noun + "s"``):
    ``counted(1, "held-out document")`` is "1 held-out document"."""
    number = f"{n:,}" if thousands else f"{n}"
    return f"{number} {noun if n == 1 else plural or noun + 's'}"
