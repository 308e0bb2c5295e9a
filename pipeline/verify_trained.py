"""Clause verify_says_untrained (session 39): what ``longctx inspect --verify`` says
the trainer really trains.

A scored label at a sequence start (a row's first token, or a packed piece's first,
where ``position_ids`` do not continue) has no token of its own before it in the row:
``training.data.collate_rows`` blanks it, as any causal trainer must. A sound dataset
scores no such token (a document's first token and each window's context are
unscored); a dataset built with overlap 0 (``--overlap 0`` before session 38, or the
default ``window // 16`` under 16 tokens before session 39) scores one a row, which the
manifest's ``scored_tokens`` and the exactly-once check count, but no trainer trains.
:class:`Untrained` counts them per split and window while ``pipeline.verify`` reads each
shard; :meth:`Untrained.note` is the one line ``--verify`` prints (empty when none).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pyarrow as pa

from pipeline.reading import list_parts
from schemas import IGNORE_INDEX


class Untrained:
    """Scored labels at a sequence start, and all scored labels, per (split, window)."""

    def __init__(self):
        self.counts: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0])

    def add(self, split: str, window: int, table: pa.Table) -> None:
        """Count one shard's rows (their columns already checked to be aligned)."""
        offsets, positions = list_parts(table, "position_ids")
        label_offsets, labels = list_parts(table, "labels")
        if not np.array_equal(label_offsets, offsets):
            return  # reported by the lengths check
        starts = np.ones(len(positions), bool)
        starts[1:] = positions[1:] != positions[:-1] + 1
        starts[offsets[:-1][np.diff(offsets) > 0]] = True  # every row's first token
        scored = labels != IGNORE_INDEX
        counts = self.counts[(split, window)]
        counts[0] += int((scored & starts).sum())
        counts[1] += int(scored.sum())

    def note(self) -> str:
        """One line: per split and window, how many of its scored tokens the trainer
        trains, and why the rest cannot be (empty when every scored token is trained)."""
        lost = {key: c for key, c in sorted(self.counts.items()) if c[0]}
        if not lost:
            return ""
        parts = [
            f"{scored - first:,} of the {scored:,}{' scored tokens' if i == 0 else ''} "
            f"at {split} window {window}"
            for i, ((split, window), (first, scored)) in enumerate(lost.items())
        ]
        total = sum(first for first, _ in lost.values())
        return (
            f"note: the trainer trains {', '.join(parts)}: the other {total:,} are each the "
            "first token of a row built with overlap 0, with no token before it in its row "
            "to predict it from, so no trainer can train them; rebuild the dataset with "
            "--overlap 1 or more (or the default) to train every scored token"
        )
