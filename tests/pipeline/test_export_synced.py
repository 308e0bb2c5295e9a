"""``longctx export`` writes its folder whole before the rename (session 41, review of
wtB): every file and folder fsynced first (clause synced_before_swap, the build's
``storage.sync_tree``: a power loss after the rename cannot bring back a
complete-looking export over unwritten files), and a full disk at the export's manifest
or ``_COMPLETE`` is the full disk's one line with nothing left (clause
export_written_whole; before: a traceback, the staging folder left beside DEST). The
dataset is built from real text (tests/tempest.py)."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil

import pytest

from pipeline import cli, output, storage
from schemas.dataset import COMPLETE_MARKER
from schemas.output_names import EXPORT_MANIFEST
from tests.tempest import copy_tempest


@pytest.fixture(scope="module")
def tempest(tmp_path_factory, tempest_built):
    return copy_tempest(tempest_built, tmp_path_factory.mktemp("tempest"))[0]


@pytest.fixture
def copy(tempest, tmp_path):
    target = tmp_path / "ds"
    shutil.copytree(tempest, target)
    return target


def _hashes(folder) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_export_synced_before_the_swap(copy, tmp_path, monkeypatch, fmt):
    synced, swapped = [], []
    real_fsync, real_replace = os.fsync, output.replace_output

    def fsync(fd):
        synced.append(os.path.realpath(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def replace_output(staging, dest, *args, **kwargs):
        swapped.append((os.path.realpath(staging), list(synced)))
        return real_replace(staging, dest, *args, **kwargs)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(output, "replace_output", replace_output)
    dest = tmp_path / "export"
    assert cli.main(["export", str(copy), "--format", fmt, "--output", str(dest)]) == 0
    ((staging, before),) = swapped
    files = [os.path.relpath(os.path.join(d, n), dest) for d, _, ns in os.walk(dest) for n in ns]
    folders = [os.path.relpath(d, dest) for d, _, _ in os.walk(dest)]
    assert {EXPORT_MANIFEST, COMPLETE_MARKER} <= set(files) and len(files) > 3
    done = {os.path.relpath(p, staging) for p in before if p.startswith(staging)}
    assert set(files) <= done, sorted(set(files) - done)
    assert set(folders) <= done, sorted(set(folders) - done)


@pytest.mark.parametrize("last", [EXPORT_MANIFEST, COMPLETE_MARKER])
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EFBIG])
def test_a_full_disk_at_the_exports_last_files_is_one_line(
    copy, tmp_path, monkeypatch, capsys, last, code
):
    dest = tmp_path / "export"
    assert cli.main(["export", str(copy), "--output", str(dest)]) == 0
    old, dataset = _hashes(dest), _hashes(copy)
    capsys.readouterr()
    real = storage.write_bytes

    def full(path, data):
        if os.path.basename(path) == last and ".tmp-" in path:
            raise OSError(code, os.strerror(code), path)
        return real(path, data)

    monkeypatch.setattr(storage, "write_bytes", full)
    assert cli.main(["export", str(copy), "--output", str(dest), "--overwrite"]) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    kept = f"; the partial output was removed and {dest} is as it was: "
    if code == errno.ENOSPC:
        assert lines[0] == (
            f"longctx export: error: no space left on the disk of {tmp_path} while writing "
            f"the export (No space left on device){kept}free some space there, or choose an "
            "--output on a disk with more room"
        )
    else:  # a file size limit or FAT32 (clause file_size_limit)
        assert lines[0].startswith(f"longctx export: error: a file in {tmp_path} "), lines[0]
        assert f"while writing the export (File too large){kept}" in lines[0]
    assert sorted(os.listdir(tmp_path)) == ["ds", "export"]  # no DEST.tmp-* left
    assert _hashes(dest) == old and _hashes(copy) == dataset


def test_sync_tree_leaves_a_remote_path_alone(monkeypatch):
    """An object store writes an object whole: no ``os.open`` of a gs:// path."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"os call on a remote path: {args}")

    monkeypatch.setattr(os, "open", refuse)
    monkeypatch.setattr(os, "walk", refuse)
    storage.sync_tree("gs://bucket/ds.tmp-1a2b")
    storage.sync_tree("s3://bucket/export.tmp-1a2b")
