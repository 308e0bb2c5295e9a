"""Staging: the held-out documents must be held out (no copy of them in training)."""

from __future__ import annotations

import os

import gpu_stage
import numpy as np
import pytest

from training.perplexity import HeldOutDocument


def _doc(name: str, ids) -> HeldOutDocument:
    return HeldOutDocument(name, np.asarray(ids, dtype=np.int64))


def test_ngram_hashes_see_equal_windows_only():
    rng = np.random.default_rng(0)
    ids = rng.integers(0, 50_000, 200)
    hashes = gpu_stage.ngram_hashes(ids, n=13)
    assert len(hashes) == 188
    assert np.array_equal(gpu_stage.ngram_hashes(ids[50:], n=13), hashes[50:])
    changed = ids.copy()
    changed[100] += 1  # touches exactly the 13 windows that cover position 100
    assert (gpu_stage.ngram_hashes(changed, n=13) != hashes).sum() == 13
    assert len(gpu_stage.ngram_hashes(ids[:12], n=13)) == 0


def test_a_copy_in_training_is_caught_whatever_its_name():
    rng = np.random.default_rng(1)
    book = rng.integers(0, 50_000, 5_000)
    train = [_doc("edition-a", book), _doc("other", rng.integers(0, 50_000, 3_000))]
    edition_b = np.concatenate([book[:2_000], rng.integers(0, 50_000, 2_000)])  # half copied
    held = [_doc("edition-b", edition_b), _doc("fresh", rng.integers(0, 50_000, 4_000))]
    overlap = gpu_stage.overlap_with(held, train)
    assert overlap["edition-b"] == pytest.approx(1_988 / 3_988, abs=0.01)
    assert overlap["fresh"] == 0.0
    assert gpu_stage.overlap_with([_doc("short", [1, 2, 3])], train) == {"short": 0.0}


def test_settings_refuse_a_curriculum_the_dataset_cannot_feed():
    settings = gpu_stage.real_settings()
    with pytest.raises(ValueError, match="windows the dataset does not build"):
        gpu_stage.StageSettings(**{**settings.__dict__, "windows": (8192, 16384)})
    with pytest.raises(ValueError, match="max_overlap"):
        gpu_stage.StageSettings(**{**settings.__dict__, "max_overlap": 1.5})


def test_the_proof_trains_with_the_objective_it_is_staged_with():
    """``make gpu-stage`` trains with LongCE unless told ``GPU_LOSS=ce``; the objective
    travels in the run's ``--set`` list, which the probe and the trainer both read."""
    from training.config import load_config

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for settings, staged in (
        (gpu_stage.real_settings(), "longce"),
        (gpu_stage.real_settings("ce"), "ce"),
    ):
        train = settings.run["train"]
        config = load_config(os.path.join(root, train["config"]), train["set"])
        assert config.loss.type == staged


def test_parts_are_cut_to_fit_a_call_beside_the_working_tree():
    mib = 2**20
    assert gpu_stage.fitting_part_mb(15 * mib) == 47.0  # 64 - 2 margin - 15 tree
    assert gpu_stage.fitting_part_mb(15 * mib + 1) == 46.0  # never over
    assert gpu_stage.fitting_part_mb(int(0.8 * mib)) == 61.0
    with pytest.raises(SystemExit, match="move large tracked files out"):
        gpu_stage.fitting_part_mb(58 * mib)
