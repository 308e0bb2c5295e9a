"""Segment recurrence's order: which row each slot of a step reads (pure).

The rows of a bucket form *chains*: the windows of one long document (rows holding one
piece, by ``chunk_index``), or a packed row alone. Each epoch the chains are shuffled
(seeded by ``(seed, window, epoch)``), concatenated and cut into ``S`` equal *streams*,
``S`` = rows per step over all ranks (Transformer-XL's batching). At step ``t`` of a
stage, slot ``s`` reads row ``t`` of its stream; the slot lives on rank ``s mod W`` (as
:func:`training.data.step_rows` deals rows) and in the same micro-batch position there at
every step, so its memory never moves. The order is a pure function of
``(seed, window, step)``, so a resumed run reads the same rows. The ``< S`` rows an
epoch's cut leaves over are skipped in that epoch. The memory itself is
:mod:`training.recurrence`.
"""

from __future__ import annotations

import os
from collections import defaultdict

import numpy as np

from schemas.dataset import DatasetError, Manifest
from schemas.wording import counted


def read_row_info(data_dir: str, manifest: Manifest, window: int) -> dict[str, np.ndarray]:
    """Per row of the train bucket (in :func:`training.data.open_bucket`'s order):
    ``doc`` (document index, -1 for a row of several pieces), ``chunk`` (index among
    its document's windows) and ``token_start`` (first document token)."""
    import datasets
    import pyarrow.compute as pc

    shards = [s for s in manifest.bucket_shards("train", window) if s.rows]
    columns = ["doc_id", "chunk_index", "token_start", "memory_length", "pieces"]
    tables = [
        datasets.Dataset.from_file(os.path.join(data_dir, s.path)).select_columns(columns)
        for s in shards
    ]
    doc_ids = [d for t in tables for d in t["doc_id"]]
    pieces = np.concatenate(
        [pc.list_value_length(t.data.table["pieces"]).to_numpy() for t in tables]
    )
    prefix = np.concatenate([np.asarray(t["memory_length"]) for t in tables])
    if prefix.any():
        raise DatasetError(
            f"{data_dir!r} was built with a memory prefix (--memory-tokens): it would sit "
            "between the recurrent memory and the window. recurrence.memory_tokens needs a "
            "dataset built without one"
        )
    index = {d: i for i, d in enumerate(sorted(set(doc_ids)))}
    return {
        "doc": np.where(pieces == 1, [index[d] for d in doc_ids], -1).astype(np.int64),
        "chunk": np.concatenate([np.asarray(t["chunk_index"]) for t in tables]).astype(np.int64),
        "token_start": np.concatenate([np.asarray(t["token_start"]) for t in tables]).astype(
            np.int64
        ),
    }


def window_chains(doc: np.ndarray, chunk: np.ndarray) -> list[list[int]]:
    """Rows in chains: each document's one-piece rows by ``chunk``, each other row
    alone; chains in the order of their first row."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    chains = []
    for row, d in enumerate(doc.tolist()):
        if d < 0:
            chains.append([row])
        else:
            if d not in by_doc:
                chains.append(by_doc[d])
            by_doc[d].append(row)
    for rows in by_doc.values():
        rows.sort(key=lambda r: chunk[r])
    return chains


class StreamOrder:
    """Which row each slot reads at each step of one stage (see the module docstring)."""

    def __init__(self, info: dict[str, np.ndarray], seed: int, window: int, slots: int):
        self.info, self.seed, self.window, self.slots = info, seed, window, slots
        self.chains = window_chains(info["doc"], info["chunk"])
        rows = len(info["doc"])
        self.stream_length = rows // slots
        if not self.stream_length:
            raise DatasetError(
                f"window {window}: {counted(rows, 'train row')} for {counted(slots, 'row')} per "
                "step; recurrence "
                "keeps one stream per row of a step, so it needs at least as many rows"
            )
        self._epochs: dict[int, np.ndarray] = {}

    def _epoch(self, epoch: int) -> np.ndarray:
        if epoch not in self._epochs:
            rng = np.random.default_rng([self.seed, self.window, epoch, 1])
            order = rng.permutation(len(self.chains))
            if len(self._epochs) > 1:  # a step and the next one span at most two epochs
                self._epochs.pop(min(self._epochs))
            self._epochs[epoch] = np.concatenate([self.chains[c] for c in order])
        return self._epochs[epoch]

    def row(self, slot: int, step: int) -> int:
        epoch, index = divmod(step, self.stream_length)
        return int(self._epoch(epoch)[slot * self.stream_length + index])

    def rows(self, step: int, rank: int = 0, world: int = 1) -> list[int]:
        """Rows of this rank's slots ``rank, rank + world, ...`` at ``step``."""
        return [self.row(slot, step) for slot in range(rank, self.slots, world)]

    def carried(self, row: int, next_row: int, memory_tokens: int) -> tuple[int, int]:
        """Row offsets ``[lo, hi)`` of ``row`` that ``next_row`` takes as memory:
        ``(0, 0)`` unless it is the next window of the same document."""
        doc, chunk, start = self.info["doc"], self.info["chunk"], self.info["token_start"]
        if doc[row] < 0 or doc[row] != doc[next_row] or chunk[next_row] != chunk[row] + 1:
            return 0, 0
        hi = int(start[next_row] - start[row])
        return max(0, hi - memory_tokens), hi
