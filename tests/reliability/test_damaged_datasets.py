"""A dataset damaged after it was built (a shard deleted or cut short), an export
onto a link or onto an earlier export holding the user's files, a resume with
another LoRA rank: one line that says what to do, nothing left behind, nothing of
the user's deleted. Each used to end in a pyarrow or torch traceback, and the
export left its ``DEST.tmp-*`` folder for good (adversarial review of session 10,
docs/RELIABILITY.md)."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from pipeline import cli
from tests.reliability.conftest import snapshot
from tests.training.conftest import (
    TINY,
    TINY_POSITIONS,
    TINY_VOCAB,
    write_tiny_dataset,
)
from training.modeling import build_tiny_llama


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    config = root / "tiny.yaml"
    config.write_text(TINY, encoding="utf-8")
    return {
        "data": write_tiny_dataset(str(root / "data")),
        "model": build_tiny_llama(str(root / "model"), TINY_VOCAB, TINY_POSITIONS),
        "config": str(config),
    }


def _damaged(tiny, tmp_path, how: str):
    data = tmp_path / "data"
    shutil.copytree(tiny["data"], data)
    shard = json.loads((data / "manifest.json").read_text())["shards"][0]["path"]
    if how == "missing":
        os.remove(data / shard)
    else:
        body = (data / shard).read_bytes()
        (data / shard).write_bytes(body[: len(body) // 2])
    return data, shard


def _line(capsys, prog: str) -> str:
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.startswith(f"{prog}: error:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("how", ["missing", "truncated"])
def test_export_of_a_damaged_dataset_is_one_line_and_leaves_nothing(tiny, tmp_path, capsys, how):
    data, shard = _damaged(tiny, tmp_path, how)
    before = snapshot(tmp_path)
    assert cli.main(["export", str(data), "--output", str(tmp_path / "pq")]) == 2
    line = _line(capsys, "longctx export")
    assert shard in line and "--verify" in line
    assert snapshot(tmp_path) == before  # no pq/, no pq.tmp-*


@pytest.mark.parametrize("how", ["missing", "truncated"])
def test_training_on_a_damaged_dataset_is_one_line(tiny, tmp_path, capsys, how):
    data, shard = _damaged(tiny, tmp_path, how)
    args = ["train", "--data", str(data), "--model", tiny["model"], "--config", tiny["config"]]
    assert cli.main([*args, "--output", str(tmp_path / "run")]) == 2
    line = _line(capsys, "longctx train")
    assert shard in line and "--verify" in line


def test_export_onto_a_symlink_writes_into_its_target(tiny, tmp_path):
    target = tmp_path / "disk" / "pq"
    target.parent.mkdir()
    os.symlink(target, tmp_path / "pq")
    for extra in ([], ["--overwrite"]):
        assert cli.main(["export", tiny["data"], "--output", str(tmp_path / "pq"), *extra]) == 0
    assert os.path.islink(tmp_path / "pq") and (target / "export.json").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["disk", "pq"]


def test_export_overwrite_keeps_a_users_file_inside_the_old_export(tiny, tmp_path, capsys):
    dest = tmp_path / "pq"
    assert cli.main(["export", tiny["data"], "--output", str(dest)]) == 0
    (dest / "train" / "my_query.sql").write_text("SELECT 1", encoding="utf-8")
    before = snapshot(tmp_path)
    assert cli.main(["export", tiny["data"], "--output", str(dest), "--overwrite"]) == 2
    line = _line(capsys, "longctx export")
    assert "train/my_query.sql" in line and "did not write" in line
    assert snapshot(tmp_path) == before


def test_resume_with_another_lora_rank_is_one_line(tiny, tmp_path, capsys):
    """The checkpoint's LoRA tensors have the shape of the rank it was trained with;
    resuming with another rank failed in ``copy_`` with a size-mismatch traceback."""
    run = tmp_path / "run"
    args = ["train", "--data", tiny["data"], "--model", tiny["model"], "--config", tiny["config"]]
    assert cli.main([*args, "--output", str(run), "--max-steps", "3"]) == 0
    before = snapshot(run)
    capsys.readouterr()
    assert cli.main([*args, "--output", str(run), "--resume", "--set", "peft.r=8"]) == 2
    line = _line(capsys, "longctx train")
    assert "shape" in line and "peft" in line and "config.yaml" in line
    assert snapshot(run) == before
