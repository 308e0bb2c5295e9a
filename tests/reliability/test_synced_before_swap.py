"""Clause synced_before_swap (``pipeline.storage.sync_tree``, session 41): a build's
every file and folder is fsynced before the staging folder is renamed into OUT, so a
power loss after the rename cannot bring back a complete-looking OUT (``_COMPLETE``,
a manifest naming its shards) over shards still only in the page cache. Before, nothing
of the dataset was fsynced (the trainer's checkpoints and run files were)."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from pipeline import build, output
from pipeline.build import run
from pipeline.verify import verify
from tests.reliability.bad_inputs import prose
from tests.reliability.conftest import build_small, snapshot


def test_every_file_synced_before_the_swap(tmp_path, tiny_tokenizer_path, monkeypatch):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(3):
        (inputs / f"book{i}.txt").write_text(prose(i, 12), encoding="utf-8")
    out = tmp_path / "ds"
    synced, swapped = [], []
    real_fsync, real_replace = os.fsync, output.replace_output

    def fsync(fd):
        synced.append(os.path.realpath(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def replace_output(staging, out, *args, **kwargs):
        swapped.append((staging, list(synced)))
        real_replace(staging, out, *args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(output, "replace_output", replace_output)
    assert build.output is output
    build_small(inputs, out, tiny_tokenizer_path)
    ((staging, before),) = swapped
    staging = os.path.realpath(staging)
    files = [os.path.relpath(os.path.join(d, n), out) for d, _, ns in os.walk(out) for n in ns]
    folders = [os.path.relpath(d, out) for d, _, _ in os.walk(out)]
    assert {"manifest.json", "_COMPLETE"} <= set(files) and len(files) > 8
    done = {os.path.relpath(p, staging) for p in before if p.startswith(staging)}
    assert set(files) <= done, sorted(set(files) - done)
    assert set(folders) <= done, sorted(set(folders) - done)


def _fsync_failing(code, folders_only):
    real = os.fsync

    def fsync(fd):
        if not folders_only or stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(code, os.strerror(code))
        real(fd)

    return fsync


def test_a_filesystem_that_cannot_sync_a_folder_still_builds(
    tmp_path, tiny_tokenizer_path, monkeypatch
):
    """Clause sync_unsupported_skipped (session 41 review): a mount whose folders refuse
    ``fsync`` (EINVAL: some FUSE, network and Windows mounts) failed the finished build
    with a traceback and OUT not replaced; it builds, the files still synced. An EIO is
    a failed write: the build stops and the earlier OUT is kept."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "book0.txt").write_text(prose(0, 12), encoding="utf-8")
    out = tmp_path / "ds"
    monkeypatch.setattr(os, "fsync", _fsync_failing(errno.EINVAL, folders_only=True))
    manifest, _, docs = build_small(inputs, out, tiny_tokenizer_path)
    assert manifest.documents.documents_in == 1 and len(docs) == 1 and verify(str(out)) == []
    old = snapshot(out)
    (inputs / "book1.txt").write_text(prose(1, 12), encoding="utf-8")
    monkeypatch.setattr(os, "fsync", _fsync_failing(errno.EIO, folders_only=False))
    with pytest.raises(OSError, match="Input/output error"):
        run(["--input", str(inputs), "--output", str(out), "--tokenizer",
             tiny_tokenizer_path, "--windows", "16,32", "--overwrite"])  # fmt: skip
    assert snapshot(out) == old
