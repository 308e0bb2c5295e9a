"""Reading shards: the manifest contract, the row order, the collator."""

from __future__ import annotations

import os
import shutil

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas.dataset import DatasetError, load_manifest
from schemas.records import IGNORE_INDEX
from training.data import collate_rows, micro_batches, open_bucket, step_rows


def test_bucket_reads_exactly_its_shard_rows(tiny_dataset):
    manifest = load_manifest(tiny_dataset)
    for window in (32, 64):
        bucket = open_bucket(tiny_dataset, manifest, "train", window)
        (shard,) = manifest.bucket_shards("train", window)
        with pa.OSFile(os.path.join(tiny_dataset, shard.path), "rb") as f:
            table = pa.ipc.open_stream(f).read_all()
        assert len(bucket) == shard.rows == table.num_rows
        rows = bucket.take(range(len(bucket)))
        assert [r["input_ids"] for r in rows] == table.column("input_ids").to_pylist()
        assert all(len(r["input_ids"]) <= window for r in rows)


def test_incomplete_dataset_is_refused(tiny_dataset, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(tiny_dataset, copy)
    os.remove(copy / "_COMPLETE")
    with pytest.raises(DatasetError, match="_COMPLETE"):
        load_manifest(str(copy))
    with pytest.raises(DatasetError, match="does not exist"):
        load_manifest(str(tmp_path / "nothing"))


def test_missing_window_names_the_available_ones(tiny_dataset):
    with pytest.raises(DatasetError, match=r"window 128.*\[32, 64\]"):
        open_bucket(tiny_dataset, load_manifest(tiny_dataset), "train", 128)


@given(
    num_rows=st.integers(1, 50),
    rows_per_step=st.integers(1, 16),
    world=st.integers(1, 4),
    step=st.integers(0, 30),
    seed=st.integers(0, 3),
)
def test_ranks_read_disjoint_rows_that_together_are_the_step(
    num_rows, rows_per_step, world, step, seed
):
    rows_per_step = -(-rows_per_step // world) * world
    parts = [step_rows(num_rows, seed, 64, step, rows_per_step, r, world) for r in range(world)]
    single = step_rows(num_rows, seed, 64, step, rows_per_step)
    assert sorted(i for p in parts for i in p) == sorted(single)
    assert all(len(p) == rows_per_step // world for p in parts)
    assert all(0 <= i < num_rows for i in single)
    if rows_per_step <= num_rows and (step * rows_per_step) % num_rows + rows_per_step <= num_rows:
        assert len(set(single)) == len(single)  # within one epoch, no row twice


def test_an_epoch_visits_every_row_once_and_is_reproducible():
    order = [i for s in range(10) for i in step_rows(40, 7, 32, s, 4)]
    assert sorted(order) == list(range(40))
    assert order == [i for s in range(10) for i in step_rows(40, 7, 32, s, 4)]
    assert order != [i for s in range(10) for i in step_rows(40, 8, 32, s, 4)]
    next_epoch = [i for s in range(10, 20) for i in step_rows(40, 7, 32, s, 4)]
    assert sorted(next_epoch) == list(range(40)) and next_epoch != order


def test_micro_batches_cover_rows_in_order():
    assert micro_batches([5, 1, 9, 2, 7], 2) == [[5, 1], [9, 2], [7]]


def test_collate_pads_right_and_masks_sequence_starts():
    rows = [
        {
            "input_ids": [5, 6, 7, 8, 9],
            "labels": [5, 6, -100, 8, 9],
            "position_ids": [0, 1, 2, 0, 1],
        },
        {"input_ids": [3, 4], "labels": [3, 4], "position_ids": [0, 1]},
    ]
    batch = collate_rows(rows, pad_id=2)
    assert batch["input_ids"].tolist() == [[5, 6, 7, 8, 9], [3, 4, 2, 2, 2]]
    assert batch["position_ids"].tolist() == [[0, 1, 2, 0, 1], [0, 1, 2, 3, 4]]
    # starts of pieces (and padding) are never scored; other labels pass through
    assert batch["labels"].tolist() == [[-100, 6, -100, -100, 9], [-100, 4, -100, -100, -100]]
    assert batch["lengths"].tolist() == [5, 2]
    assert "attention_mask" not in batch


@given(st.lists(st.lists(st.integers(1, 20), min_size=1, max_size=4), min_size=1, max_size=4))
def test_collate_invariants(pieces_per_row):
    rows = []
    for lengths in pieces_per_row:
        ids = [i % 97 + 1 for i in range(sum(lengths))]
        pos = [p for n in lengths for p in range(n)]
        rows.append({"input_ids": ids, "labels": list(ids), "position_ids": pos})
    batch = collate_rows(rows, pad_id=0)
    width = max(sum(lengths) for lengths in pieces_per_row)
    assert tuple(batch["input_ids"].shape) == (len(rows), width)
    for b, lengths in enumerate(pieces_per_row):
        scored = int((batch["labels"][b] != IGNORE_INDEX).sum())
        assert scored == sum(n - 1 for n in lengths)
        assert (batch["labels"][b, sum(lengths) :] == IGNORE_INDEX).all()
