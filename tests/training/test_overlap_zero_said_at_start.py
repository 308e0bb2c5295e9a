"""Clause overlap_zero_said_at_start (review 38, ``training.compatibility``): a dataset
built with overlap 0 (``--overlap 0`` before session 38, or the default ``window // 16``
under 16 tokens) scores each row's first token, which the trainer cannot train (nothing
precedes it in its row); the trainer says so at the start (before: nothing said)."""

from __future__ import annotations

import json
import os
import shutil

from tests.training.conftest import train_recipe
from training.compatibility import untrained_first_tokens


def test_overlap_zero_said_at_start(tmp_path, tiny_dataset, tiny_model, tiny_config, capsys):
    data = tmp_path / "data"
    shutil.copytree(tiny_dataset, data)
    path = os.path.join(data, "manifest.json")
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    manifest["config"]["overlaps"] = {"32": 0, "64": 2}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(manifest, f)
    assert (
        train_recipe(str(data), tiny_model, tmp_path / "run", tiny_config, "--max-steps", "1") == 0
    )
    out = capsys.readouterr().out
    rows = manifest["splits"]["train"]["32"]["rows"]
    assert (
        "note: the dataset was built with overlap 0 at window 32: each row's first scored "
        "token has no token before it in its row, so it is not trained (up to "
        f"{rows:,} of the manifest's scored tokens, one a row); rebuild the dataset with "
        "--overlap 1 or more (or the default) to train every scored token"
    ) in out


def test_overlap_zero_said_at_start_guard(tiny_dataset):
    """Guard: no line for a dataset whose trained windows all keep context (or whose
    manifest records no overlaps), nor for an overlap-0 window the run does not train."""
    from schemas.dataset import load_manifest

    manifest = load_manifest(tiny_dataset)
    assert untrained_first_tokens(manifest, [32, 64]) == ""
    manifest.config["overlaps"] = {"32": 1, "64": 0}
    assert untrained_first_tokens(manifest, [32]) == ""
    assert "at window 64:" in untrained_first_tokens(manifest, [32, 64])
