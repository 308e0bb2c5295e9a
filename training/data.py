"""Reading the dataset builder's shards for training: manifest, buckets, order, batches.

Layout: ``schemas.dataset`` (written by ``pipeline``). Training reads
``DATA/manifest.json`` through ``schemas.dataset.load_manifest``, which refuses a
dataset without ``_COMPLETE``, and the Arrow shards of ``DATA/{train,validation}/``
(``schemas.CHUNK_SCHEMA``, one window each) that the manifest lists.

A curriculum stage opens only its bucket's shards (memory-mapped by ``pyarrow``, so a
bucket costs address space, not RAM, and training needs no ``datasets``). The row
order is a pure function of
``(seed, window, epoch)``: step ``s`` of a stage takes the rows at positions
``[s * rows_per_step, (s + 1) * rows_per_step)`` of the endless, per-epoch
reshuffled order, and rank ``r`` of ``W`` takes every ``W``-th of them, so ranks read
disjoint rows and a resumed run recomputes exactly the rows it would have read.

Rows are not padded on disk. :func:`collate_rows` right-pads a micro-batch to its
longest row with labels ``-100`` and passes no ``attention_mask``: transformers then
derives a block-diagonal causal mask from the restarting ``position_ids``
(``masking_utils.find_packed_sequence_indices``, only with ``use_cache=False``; with
flash-attention, varlen kernels), so packed pieces never attend to each other; right
padding comes last, so causality keeps it out of every real token.

Clause shard_bytes_match_manifest (session 29): every shard a bucket opens is hashed
and compared with its ``sha256`` in the manifest before a row is read; a shard whose
bytes changed after the build (64 bytes zeroed or one byte flipped inside the rows) is
refused with one line naming it. Before, only a shard that Arrow could not parse was
refused: a damaged one whose framing survived trained on other token ids, exit 0.

Clause shard_check_stamped (session 29, review): that check read every byte of every
shard at every start *and* every ``--resume`` (~130 MB/s measured: a 100 GB dataset,
minutes per resume). :class:`ShardChecks` remembers each shard it hashed in
``RUN/shard_checks.json`` (written by ``training.recipe`` once the run has started),
keyed on the shard's real path, with its size, ``st_mtime_ns``, ``st_ctime_ns``, inode
and the manifest's sha256; a resume (or a restart in a killed run's folder) rehashes
only a shard whose stamp differs: rewritten, replaced, touched back (``touch -d``
changes ``ctime``), moved, or a rebuilt manifest. A new run hashes everything once.
Not caught without a rehash: bytes changed under an unchanged inode with ``mtime`` and
``ctime`` both kept (bit rot on disk); ``longctx inspect OUT --verify`` reads them all.
:class:`PackedRowCollator` is the same for Hugging Face ``Trainer``
(``data_collator=``). Stock collators break packed rows: see the README.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa
import torch

from schemas.dataset import DatasetError, Manifest, unreadable_shard
from schemas.records import IGNORE_INDEX

TRAIN_COLUMNS = ["input_ids", "labels", "position_ids"]


@dataclass
class Bucket:
    """The rows of one (split, window), memory-mapped."""

    split: str
    window: int
    rows: pa.Table  # TRAIN_COLUMNS

    def __len__(self) -> int:
        return self.rows.num_rows

    def take(self, indices) -> list[dict]:
        return self.rows.take(pa.array(list(map(int, indices)), pa.int64())).to_pylist()


def read_shard(path: str, columns: list[str] | None = None) -> pa.Table:
    """One Arrow IPC stream shard, memory-mapped (zero-copy: pages load on access)."""
    try:
        table = pa.ipc.open_stream(pa.memory_map(path, "r")).read_all()
    except (OSError, pa.ArrowInvalid) as error:
        raise unreadable_shard(path, error) from None
    return table.select(columns) if columns else table


def check_shard_bytes(path: str, expected: str) -> None:
    """Raise ``DatasetError`` unless the file at ``path`` has the sha256 ``expected``
    (clause shard_bytes_match_manifest; a manifest without it is not checked)."""
    if not expected:
        return
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        raise unreadable_shard(path, error) from None
    if digest.hexdigest() != expected:
        raise DatasetError(
            f"{path} is not the shard the build wrote (its sha256 differs from the one in "
            "manifest.json: damaged or replaced since); `longctx inspect OUT --verify` "
            "checks the whole dataset; rebuild it with `longctx dataset`"
        )


class ShardChecks:
    """Clause shard_check_stamped: the shards hashed in an earlier start of this run
    (``previous``: real path -> stamp, from ``RUN/shard_checks.json``) are not hashed
    again while their stamp is unchanged; ``now`` holds the stamps of every shard
    checked (or found unchanged) in this start, for the next one."""

    def __init__(self, previous: dict | None = None):
        self.previous = previous if isinstance(previous, dict) else {}
        self.now: dict[str, list] = {}
        self.hashed_bytes = 0

    def check(self, path: str, expected: str) -> None:
        if not expected:
            return
        try:
            st = os.stat(path)  # before the read: a change during it changes the stamp
        except OSError as error:
            raise unreadable_shard(path, error) from None
        stamp = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, expected]
        key = os.path.realpath(path)
        if self.previous.get(key) != stamp:
            check_shard_bytes(path, expected)
            self.hashed_bytes += st.st_size
        self.now[key] = stamp


def open_bucket(
    data_dir: str,
    manifest: Manifest,
    split: str,
    window: int,
    stages=None,
    checks: ShardChecks | None = None,
    verify: bool = True,
) -> Bucket:
    """The rows of ``split`` at ``window``, each shard's bytes checked first unless
    ``verify`` is False (clause shard_check_once_per_node: a rank whose node's
    checker hashes them, ``training.torchrun``)."""
    shards = [s for s in manifest.bucket_shards(split, window) if s.rows]
    if not shards and not manifest.windows_with_rows(split):
        raise DatasetError(_no_rows_at_all(data_dir, manifest, split))
    if not shards:
        have = manifest.windows_with_rows(split)
        raise DatasetError(
            f"{data_dir!r} has no {split} rows of window {window}; its {split} windows are "
            f"{have}. Rebuild with `longctx dataset --windows` including it, or change the "
            "curriculum" + (_curriculum_hint(stages, have) if stages else "")
        )
    for s in shards if verify else ():
        if checks is None:
            check_shard_bytes(os.path.join(data_dir, s.path), s.sha256)
        else:
            checks.check(os.path.join(data_dir, s.path), s.sha256)
    parts = [read_shard(os.path.join(data_dir, s.path), TRAIN_COLUMNS) for s in shards]
    return Bucket(split, window, pa.concat_tables(parts))


# Clause curriculum_windows_hint: "change the curriculum" did not say how; a user who
# built small windows (`make dataset WINDOWS=256,512`, as the README's sizes invite) got
# it from the first `make train` (the default curriculum is 512 then 1024). The error
# now ends with the curriculum that trains on the windows the dataset has, as the
# `--set` to pass: each stage keeps its steps and takes one of the dataset's windows,
# the last stages the largest ones (fewer windows than stages: the first stages share
# the smallest, and stages of one window are one stage).
def _curriculum_hint(stages, have: list[int]) -> str:
    n, parts = len(stages), []
    for i, stage in enumerate(stages):
        window = have[max(0, len(have) - n + i)]
        if parts and parts[-1][0] == window:
            parts[-1][1] += stage.steps
        else:
            parts.append([window, stage.steps])
    text = ", ".join(f"{{window: {w}, steps: {k}}}" for w, k in parts)
    # clause curriculum_hint_keeps_args (session 43): pasted as printed, the make line
    # replaced the user's other TRAIN_ARGS (`--max-steps 2` lost); it now says to keep them
    return (
        f": --set 'curriculum=[{text}]' (make train TRAIN_ARGS=\"--set 'curriculum=[{text}]'\","
        " after any other TRAIN_ARGS you passed)"
    )


# Clause no_split_rows_said: a split with no rows at any window is not a windows
# problem, so "Rebuild with `longctx dataset --windows` including it" was wrong advice.
# No train rows: a dataset built before rule at_least_one_train (session 22) put a
# one-book corpus whose id hashed under --validation-fraction all in validation, and
# `make dataset` reuses it as built from the same input; rebuilding (--overwrite) now
# trains on it. No validation rows: one document (it trains), or --validation-fraction 0.
def _no_rows_at_all(data_dir: str, manifest: Manifest, split: str) -> str:
    counts = manifest.documents.by_split
    held = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "none"
    if split == "train":
        return (
            f"{data_dir!r} has no train rows at all (documents by split: {held}): rebuild "
            "it with `longctx dataset ... --overwrite` (`make dataset DATASET_ARGS=--overwrite`"
            "; a build since rule at_least_one_train puts one document in train when every "
            "one hashes under --validation-fraction), or give it more documents"
        )
    return (
        f"{data_dir!r} has no {split} rows at all (documents by split: {held}; one "
        "document, or --validation-fraction 0, leaves none): `longctx eval --text FILES` "
        "measures held-out text"
    )


@lru_cache(maxsize=8)
def _epoch_order(num_rows: int, seed: int, window: int, epoch: int) -> np.ndarray:
    return np.random.default_rng([seed, window, epoch]).permutation(num_rows)


def step_rows(
    num_rows: int,
    seed: int,
    window: int,
    step_in_stage: int,
    rows_per_step: int,
    rank: int = 0,
    world_size: int = 1,
) -> list[int]:
    """Row indices rank ``rank`` reads at step ``step_in_stage`` of a stage (pure).

    Positions wrap into later epochs, each reshuffled; a rank takes positions
    ``rank, rank + W, ...`` of the step's slice, so ranks are disjoint within a step
    (and across steps while the bucket has at least ``rows_per_step`` rows).
    """
    if num_rows <= 0:
        raise DatasetError(f"window {window} bucket is empty")
    first = step_in_stage * rows_per_step
    out = []
    for position in range(first + rank, first + rows_per_step, world_size):
        epoch, index = divmod(position, num_rows)
        out.append(int(_epoch_order(num_rows, seed, window, epoch)[index]))
    return out


def micro_batches(rows: list[int], micro_batch_size: int) -> list[list[int]]:
    return [rows[i : i + micro_batch_size] for i in range(0, len(rows), micro_batch_size)]


def collate_rows(rows: list[dict], pad_id: int = 0) -> dict[str, torch.Tensor]:
    """Right-pad rows to the longest one; returns ``input_ids``, ``labels``,
    ``position_ids`` (int64, ``[batch, length]``) and ``lengths`` (``[batch]``, real
    tokens per row). No ``attention_mask`` on purpose (see the module docstring).

    A label at a sequence start (``position_ids[i] != position_ids[i - 1] + 1``, or
    ``i == 0``) is set to -100: no token of its own piece precedes it, and the model
    shift would otherwise score it from the previous piece's last token.
    """
    length = max(len(r["input_ids"]) for r in rows)
    ids = np.full((len(rows), length), pad_id, dtype=np.int64)
    labels = np.full((len(rows), length), IGNORE_INDEX, dtype=np.int64)
    # Padding continues the last piece's positions: it comes last, so causality keeps
    # it out of real tokens, and an unpacked batch keeps SDPA's fast is_causal path.
    positions = np.tile(np.arange(length, dtype=np.int64), (len(rows), 1))
    for b, row in enumerate(rows):
        n = len(row["input_ids"])
        if not len(row["labels"]) == len(row["position_ids"]) == n:
            raise DatasetError("row has input_ids, labels, position_ids of different lengths")
        ids[b, :n] = row["input_ids"]
        labels[b, :n] = row["labels"]
        positions[b, :n] = row["position_ids"]
        positions[b, n:] = positions[b, n - 1] + 1 + np.arange(length - n)
    starts = np.ones_like(positions, dtype=bool)
    starts[:, 1:] = positions[:, 1:] != positions[:, :-1] + 1
    labels[starts] = IGNORE_INDEX
    return {
        "input_ids": torch.from_numpy(ids),
        "labels": torch.from_numpy(labels),
        "position_ids": torch.from_numpy(positions),
        "lengths": torch.tensor([len(r["input_ids"]) for r in rows], dtype=torch.int64),
    }


@dataclass(frozen=True)
class PackedRowCollator:
    """``data_collator`` for Hugging Face ``Trainer``: longctx rows as they are stored.

    :func:`collate_rows` without ``lengths``: the stored ``labels`` (context-only
    tokens stay -100, each token is scored once) and ``position_ids`` (restarting at
    every packed document) are kept, rows are right-padded to the longest one with
    labels -100 and positions continuing the last piece, and no ``attention_mask`` is
    returned, so transformers keeps detecting packed rows and gives each document its
    own block of the causal mask (with ``use_cache`` off, as ``Trainer`` sets it).
    ``pad_token_id`` only fills padding, which no real token sees and no label scores.
    """

    pad_token_id: int = 0

    def __call__(self, features: list[dict]) -> dict[str, torch.Tensor]:
        batch = collate_rows(features, self.pad_token_id)
        return {name: batch[name] for name in TRAIN_COLUMNS}


def pad_token_id(manifest: Manifest, model_config) -> int:
    """The id :func:`collate_rows` pads with: the dataset tokenizer's EOS, else the
    model's pad or EOS id (the first of a list), else 0."""
    for value in (
        manifest.tokenizer.eos_id,
        getattr(model_config, "pad_token_id", None),
        getattr(model_config, "eos_token_id", None),
    ):
        if isinstance(value, list):
            value = value[0] if value else None
        if value is not None:
            return int(value)
    return 0
