"""A fresh clone as the README sets it up. Clause ignore_linked_folders (.gitignore):
`defaults/`, `data/`, `runs/` and `.venv/` are ignored when they are links too. The
patterns were `/defaults/` etc., which match folders only: in a fresh clone of main
with `defaults` linked to an existing copy (`ln -s /work/main/defaults defaults`, as
this session's README check did, rather than fetching it again), `git status` listed
`?? defaults`, and a `git add -A` would have committed the link."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_ignore_linked_folders(tmp_path):
    clone, elsewhere = tmp_path / "clone", tmp_path / "elsewhere"
    clone.mkdir()
    elsewhere.mkdir()
    shutil.copy(os.path.join(ROOT, ".gitignore"), clone / ".gitignore")
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(tmp_path)}
    subprocess.run(["git", "init", "-q"], cwd=clone, check=True, env=env)
    for name in ("defaults", "data", "runs", ".venv"):
        (elsewhere / name).mkdir()
        os.symlink(elsewhere / name, clone / name)
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=clone, capture_output=True, text=True, env=env
    )
    assert status.returncode == 0, status.stderr
    assert status.stdout == "?? .gitignore\n"
