"""Clause ``mark_names_folder_birth`` and narrowing ``mark_unverifiable_left``
(transforms/folder_marks.py): a user's copy of a killed build's (export's) staging
folder, restored with ``cp -a`` right after the original's removal, got the freed inode
on ext4 (5 of 5 tries, /tmp/wtG31b/repro-main.txt) and was deleted by the next build
("removed .../ds.tmp-0123abcd (0.0 MB), left by a build that did not finish")."""

from __future__ import annotations

import os
import subprocess

import pytest

from pipeline import export_staging, output
from schemas.output_names import BUILD_MARK, BUILD_MARK_BYTES, EXPORT_MARK, build_mark, export_mark


def _restored(staging: str, mark: str, tmp_path) -> bytes:
    """``cp -a`` the folder aside, ``rm -r`` it, ``cp -a`` it back: the user's records.
    Where the filesystem gave the copy another inode, its mark is made to name the new
    one, as ext4's reuse does."""
    save = str(tmp_path / "save")
    subprocess.run(["cp", "-a", staging, save], check=True)
    inode = os.stat(staging).st_ino
    subprocess.run(["rm", "-r", staging], check=True)
    subprocess.run(["cp", "-a", save, staging], check=True)
    path = os.path.join(staging, mark)
    with open(path, "rb") as handle:
        content = handle.read()
    new = str(os.stat(staging).st_ino).encode()
    content = content.replace(f"folder inode {inode}\n".encode(), b"folder inode " + new + b"\n")
    with open(path, "wb") as handle:
        handle.write(content)
    return content


def test_mark_names_folder_birth_a_restored_build_copy_is_kept(tmp_path):
    staging = str(tmp_path / "ds.tmp-0123abcd")
    output.release(output.create_staging(staging))
    os.makedirs(os.path.join(staging, "rejected"))
    with open(os.path.join(staging, "rejected", "rejected.jsonl"), "w") as handle:
        handle.write('{"id": 1}\n')
    _restored(staging, BUILD_MARK, tmp_path)
    (said,) = output.clean_leftovers(str(tmp_path / "ds"))
    assert said.startswith(f"left {staging} alone")
    assert os.listdir(os.path.join(staging, "rejected")) == ["rejected.jsonl"]


def test_mark_names_folder_birth_a_restored_export_copy_is_kept(tmp_path):
    staging, fd = export_staging.create(str(tmp_path / "parquet"))
    export_staging.release(fd)
    os.makedirs(os.path.join(staging, "train"))
    with open(os.path.join(staging, "train", "w512-00000-of-00001.parquet"), "wb") as handle:
        handle.write(b"PAR1 the user's shard")
    _restored(staging, EXPORT_MARK, tmp_path)
    (said,) = export_staging.clean_leftovers(str(tmp_path / "parquet"))
    assert said.startswith(f"left {staging} alone")
    assert os.listdir(os.path.join(staging, "train")) == ["w512-00000-of-00001.parquet"]


def test_mark_names_folder_birth_a_killed_build_is_still_removed(tmp_path):
    """Recall: the folder create_staging made, never copied, is removed."""
    staging = str(tmp_path / "ds.tmp-0123abcd")
    output.release(output.create_staging(staging))
    (said,) = output.clean_leftovers(str(tmp_path / "ds"))
    assert said.startswith(f"removed {staging}") and not os.path.exists(staging)


def test_mark_unverifiable_left_an_old_mark_is_kept_and_said(tmp_path):
    """A mark of session 30/31 (the inode only) proves nothing now: left, said why."""
    staging = tmp_path / "ds.tmp-0123abcd"
    staging.mkdir()
    (staging / BUILD_MARK).write_bytes(build_mark(staging.stat().st_ino))
    (said,) = output.clean_leftovers(str(tmp_path / "ds"))
    assert staging.exists() and "of a longctx of session 30/31" in said
    assert "before session 30" not in said  # mark_unverifiable_left_said_whose (review)
    export = tmp_path / "parquet.tmp-0123abcd"
    export.mkdir()
    (export / EXPORT_MARK).write_bytes(export_mark(export.stat().st_ino))
    (export / "train").mkdir()
    (export / "train" / "w512-00000-of-00001.parquet").write_bytes(b"PAR1")
    (said,) = export_staging.clean_leftovers(str(tmp_path / "parquet"))
    assert export.exists() and "of a longctx of session 30/31" in said


def test_mark_unverifiable_left_no_birth_time_is_kept(tmp_path, monkeypatch):
    """A filesystem that does not tell birth times (NFS, FUSE): never deleted."""
    from transforms import folder_marks

    monkeypatch.setattr(folder_marks, "birth_ns", lambda path: None)
    staging = str(tmp_path / "ds.tmp-0123abcd")
    output.release(output.create_staging(staging))
    (said,) = output.clean_leftovers(str(tmp_path / "ds"))
    assert os.path.exists(staging) and "cannot be checked here" in said
    assert "before session 30" not in said  # mark_unverifiable_left_said_whose (review)


def test_mark_names_folder_birth_native_order_reads_the_kernels_btime(tmp_path):
    """Narrowing ``mark_names_folder_birth_native_order`` (review): ``birth_ns`` is the
    birth time ``stat --format=%w`` shows (GNU coreutils, its own statx), to the ns, not
    the access time beside it in ``struct statx``; procfs tells none (``%W`` 0): None."""
    from transforms import folder_marks

    folder = tmp_path / "ds.tmp-0123abcd"
    folder.mkdir()
    os.utime(folder, (1_000_000_000, 1_000_000_000))  # atime, mtime: 2001
    shown = subprocess.run(
        ["stat", "--format=%W %w", str(folder)], capture_output=True, text=True, check=True
    ).stdout.split()
    if shown[0] == "0":
        pytest.skip("this filesystem tells no birth time: nothing to compare")
    nsec = shown[2].split(".")[1]
    assert int(shown[0]) * 10**9 + int(nsec) == folder_marks.birth_ns(str(folder))
    assert folder_marks.birth_ns("/proc/self") is None
    assert folder_marks.birth_ns(str(folder) + "\0") is None


def test_mark_unverifiable_left_birth_unreadable_now(tmp_path, monkeypatch):
    """A mark written with a birth time in a folder whose birth time cannot be read now
    (the disk moved to an older kernel, a FUSE mount of it): left, and said so, not
    "written in another folder (a copy)"."""
    from transforms import folder_marks

    staging = str(tmp_path / "ds.tmp-0123abcd")
    output.release(output.create_staging(staging))
    assert b"folder born unknown" not in open(os.path.join(staging, BUILD_MARK), "rb").read()
    monkeypatch.setattr(folder_marks, "birth_ns", lambda path: None)
    (said,) = output.clean_leftovers(str(tmp_path / "ds"))
    assert os.path.exists(staging) and "cannot be checked here" in said
    assert "before session 30" not in said  # mark_unverifiable_left_said_whose (review)


def test_mark_unverifiable_left_unknown_mark_readable_now(tmp_path):
    """A mark written ``folder born unknown`` (no birth time then) proves nothing even
    where the birth time can be read now: left, said as unverifiable."""
    from transforms import folder_marks

    staging = tmp_path / "ds.tmp-0123abcd"
    staging.mkdir()
    (staging / BUILD_MARK).write_bytes(build_mark(staging.stat().st_ino, "unknown"))
    assert folder_marks.mark_state(str(staging), BUILD_MARK, BUILD_MARK_BYTES) == "unverifiable"
    (said,) = output.clean_leftovers(str(tmp_path / "ds"))
    assert staging.exists() and "cannot be checked here" in said


def test_mark_names_folder_birth_no_spawn_finds_statx_without_a_child(monkeypatch):
    """Narrowing ``mark_names_folder_birth_no_spawn`` (review): the import ran
    ``/sbin/ldconfig -p`` (``ctypes.util.find_library``) in every build and Beam worker;
    the C library is found without a child process, and still has ``statx`` here."""
    import ctypes.util
    import importlib
    import platform

    from transforms import folder_marks

    def no_child(*args, **kwargs):
        raise AssertionError("a child process at import")

    monkeypatch.setattr(ctypes.util, "find_library", no_child)
    monkeypatch.setattr(subprocess, "Popen", no_child)
    importlib.reload(folder_marks)
    lib, version = platform.libc_ver()
    if lib == "glibc" and tuple(int(n) for n in version.split(".")[:2]) >= (2, 28):
        assert folder_marks._LIBC is not None and folder_marks.birth_ns("/proc/self") is None
