"""Clause ``failed_write_skips_the_rest`` (session 39, ``training.run_agreed.RankWrites
.catch``): in a torchrun, once a rank's write failed (a full disk cutting step 2's
metrics line), its later writes before the step's settle are skipped. Before, step 2's
evaluation line was still appended after the cut line; a ``metrics.jsonl`` with a cut
line followed by more lines is refused at the next start ("already holds
metrics.jsonl"), though the failure's one line says the cut line is dropped when the
run starts again."""

from __future__ import annotations

import errno
import json
import os

import pytest
import torch

from schemas.errors import UserError
from training.run_agreed import RankWrites
from training.run_files import check_run_folder

TRAIN_2 = '{"kind": "train", "step": 2, "loss": 1.25, "lr": 0.001}\n'
EVAL_2 = '{"kind": "eval", "step": 2, "window": 64, "val_loss": 1.5}\n'


def _step_2(writes: RankWrites, metrics) -> None:
    """Step 2's two metrics writes as the recipe makes them; the disk fills halfway
    through the train line (a real full disk writes what fits)."""
    with writes.catch(metrics.name) as write:
        if write:
            metrics.write(TRAIN_2[:20])
            metrics.flush()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), metrics.name)
    with writes.catch(metrics.name) as write:
        if write:
            metrics.write(EVAL_2)
            metrics.flush()


def test_failed_write_skips_the_rest(tmp_path):
    """Rank 0 of 2: the evaluation line is not written after the cut train line, the
    error kept for the settle; the folder is one the same command starts over in."""
    run = tmp_path / "run"
    run.mkdir()
    (run / "config.yaml").write_text(f"curriculum: []\noutput: {run}\n")
    path = run / "metrics.jsonl"
    path.write_text('{"kind": "train", "step": 1, "loss": 1.5, "lr": 0.001}\n')
    writes = RankWrites(str(run), 2, torch.device("cpu"))
    with open(path, "a", encoding="utf-8") as metrics:
        _step_2(writes, metrics)
    assert isinstance(writes.error, OSError) and writes.error.errno == errno.ENOSPC
    lines = path.read_text().splitlines()
    assert [json.loads(x)["step"] for x in lines[:1]] == [1]
    assert lines[1:] == [TRAIN_2[:20]]  # the cut line is the last one
    check_run_folder(str(run), "data", "model", has_checkpoints=False)  # accepted
    with open(path, "a", encoding="utf-8") as metrics:  # what was written before
        metrics.write(EVAL_2)
    with pytest.raises(UserError, match="already holds metrics.jsonl"):
        check_run_folder(str(run), "data", "model", has_checkpoints=False)


def test_failed_write_skips_the_rest_one_process(tmp_path):
    """Guard: one process raises at the failed write itself (nothing after it runs),
    and a write that did not fail is made."""
    path = tmp_path / "metrics.jsonl"
    writes = RankWrites(str(tmp_path), 1, torch.device("cpu"))
    with open(path, "a", encoding="utf-8") as metrics:
        with writes.catch(metrics.name) as write:
            assert write is True
            metrics.write(EVAL_2)
        with pytest.raises(OSError):
            _step_2(writes, metrics)
    assert path.read_text() == EVAL_2 + TRAIN_2[:20]
