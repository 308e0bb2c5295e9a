"""Clauses ``export_staging_marked`` (pipeline/export_staging.py, transforms/own_outputs.py
``export_left_here``, pipeline/output_checks.py ``_exports_in``) and
``leftover_unmarked_said_how`` (pipeline/output.py ``unmarked_leftover_line``,
pipeline/output_checks.py ``_refuse_unmarked_export``), session 31.

Seen for real (/tmp/wtC31/h, three Shakespeare plays, ``kill -9`` of ``longctx export``
after its first shard): ``ds/parquet.tmp-b8d4b4c7`` stayed for ever; the next export left
it; ``longctx dataset --overwrite`` to ``ds`` was refused with "holds parquet.tmp-b8d4b4c7,
which neither the build nor `longctx export` wrote". The texts: tests/tempest.py (The
Tempest and Sonnet 18, Gutenberg), built by the pipeline."""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import uuid

import pytest

from pipeline import cli, export
from pipeline.output import OutputError, check_output, clean_leftovers
from schemas.output_names import BUILD_MARK, EXPORT_MARK
from tests.conftest import REPO_ROOT
from tests.tempest import copy_tempest

_KILLED = """
import os, signal, sys
import pipeline.export as ex
import pipeline.export_shards as shards
real = shards._copy_shard
def once(*a, **k):
    rows = real(*a, **k)
    os.kill(os.getpid(), signal.SIGKILL)  # kill -9 after the first shard was written
shards._copy_shard = once
sys.exit(ex.main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def tempest(tmp_path_factory, tempest_built):
    return copy_tempest(tempest_built, tmp_path_factory.mktemp("tempest"))[0]


@pytest.fixture
def ds(tempest, tmp_path):
    target = tmp_path / "ds"
    shutil.copytree(tempest, target)
    return target


def _killed_export(ds) -> str:
    """A real ``longctx export ds`` killed with SIGKILL after its first shard; the
    staging folder it left."""
    env = dict(os.environ, PYTHONPATH=REPO_ROOT)
    done = subprocess.run(
        [sys.executable, "-c", _KILLED, str(ds)], env=env, capture_output=True, cwd=REPO_ROOT
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    (left,) = [n for n in os.listdir(ds) if n.startswith("parquet.tmp-")]
    return str(ds / left)


def test_export_staging_marked_the_next_export_removes_a_killed_ones(ds, caplog):
    left = _killed_export(ds)
    assert os.path.isfile(os.path.join(left, EXPORT_MARK))
    assert cli.main(["export", str(ds), "--overwrite"]) == 0
    assert not os.path.lexists(left)
    assert f"removed {left}, left by an export to" in caplog.text
    assert sorted(n for n in os.listdir(ds) if n.startswith("parquet")) == ["parquet"]


def test_export_staging_marked_a_rebuild_takes_it_with_the_old_dataset(ds):
    """``check_output`` (what ``longctx dataset --overwrite`` runs first) accepts it:
    the swap removes it with the old dataset, as the export it was becoming."""
    _killed_export(ds)
    check_output(str(ds), True, [])  # was: "which neither the build nor ... wrote"


def test_export_staging_marked_a_users_folder_or_a_copy_is_kept(ds, caplog):
    """Precision: a user's ``parquet.tmp-0123abcd`` holding a copy of an export shard, and
    a ``cp -r`` of a killed export's staging folder (its mark names another inode), are
    never removed: left, said with the command that would."""
    left = _killed_export(ds)
    copy = str(ds / "parquet.tmp-0123abcd")
    shutil.copytree(left, copy)
    shutil.rmtree(left)
    mine = ds / "parquet.tmp-4567cdef" / "train"
    mine.mkdir(parents=True)
    (mine / "w64-00000-of-00001.parquet").write_bytes(b"my own copy")
    before = {p: open(p, "rb").read() for p in _files(ds / "parquet.tmp-4567cdef") + _files(copy)}
    assert cli.main(["export", str(ds)]) == 0
    err = caplog.text
    assert {p: open(p, "rb").read() for p in before} == before
    assert f"`rm -r -- {shlex.quote(copy)}`" in err
    with pytest.raises(OutputError, match="that did not finish"):  # said, not removed
        check_output(str(ds), True, [])


def test_export_staging_marked_never_into_an_existing_folder(ds, monkeypatch):
    """The staging name is drawn again when a folder of it exists: a failed export
    removed its staging folder whole, a user's folder of the same name with it."""
    mine = ds / "parquet.tmp-0123abcd"
    mine.mkdir()
    (mine / "notes.txt").write_text("Full fathom five thy father lies\n")
    draws, real = [uuid.UUID(int=0x0123ABCD << 96), uuid.UUID(int=0x89ABCDEF << 96)], uuid.uuid4
    monkeypatch.setattr(uuid, "uuid4", lambda: draws.pop(0) if draws else real())

    def stopped(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "_copy_shards", stopped)
    with pytest.raises(KeyboardInterrupt):
        export.export_dataset(str(ds), fmt="parquet")
    assert (mine / "notes.txt").read_text() == "Full fathom five thy father lies\n"
    assert not os.path.lexists(ds / "parquet.tmp-89abcdef") and draws == []


def test_leftover_unmarked_said_how_a_build_of_an_older_version(tmp_path):
    """A killed build of a longctx before the mark: the line names what it holds, the
    command that removes it, and the rename that keeps it; after that rename the next
    build says nothing of it (was: "delete it yourself if it is not needed")."""
    left = tmp_path / "ds.tmp-e6ac8b63"
    (left / "_text" / "read").mkdir(parents=True)
    (left / "_text" / "read" / "557f5e05acbc920b76cbbc4f7e824b1c.txt").write_text(
        "Let the bird of loudest lay,\nOn the sole Arabian tree,\n"  # the Phoenix and the Turtle
    )
    (line,) = clean_leftovers(str(tmp_path / "ds"))
    assert "holds only the parts a build writes" in line and f"no {BUILD_MARK}" in line
    assert f"`rm -r -- {shlex.quote(str(left))}`" in line
    kept = tmp_path / "ds.kept-e6ac8b63"
    assert f"`mv -T {shlex.quote(str(left))} {shlex.quote(str(kept))}`" in line
    os.rename(left, kept)
    assert clean_leftovers(str(tmp_path / "ds")) == []
    assert len(os.listdir(kept / "_text" / "read")) == 1


def test_leftover_unmarked_said_how_a_backup_copy(ds):
    """``cp -r ds ds.old-20261204``: said as a complete dataset, with both commands."""
    backup = ds.parent / "ds.old-20261204"
    shutil.copytree(ds, backup)
    (line,) = clean_leftovers(str(ds))
    assert "holds a complete longctx dataset" in line
    assert f"`rm -r -- {shlex.quote(str(backup))}`" in line and "ds.kept-20261204" in line


def test_leftover_unmarked_said_how_an_export_of_an_older_version(ds):
    """A killed export of a longctx before the mark inside ``ds``: the refusal said
    "which neither the build nor `longctx export` wrote"; it now says what it is."""
    left = _killed_export(ds)
    os.unlink(os.path.join(left, EXPORT_MARK))
    with pytest.raises(OutputError) as refused:
        check_output(str(ds), True, [])
    said = str(refused.value)
    assert "staging folder of a `longctx export` that did not finish" in said
    assert f"`rm -r -- {shlex.quote(left)}`" in said


def _files(folder) -> list[str]:
    return sorted(os.path.join(r, n) for r, _, ns in os.walk(folder) for n in ns)


def test_export_staging_marked_a_running_exports_is_kept(ds, caplog):
    """Review (session 31): an export running now holds its staging folder's lock; a
    second export to the same DEST, and a rebuild of ``ds``, must not take it for a
    killed one's (with the lock check off, the second export removed it: real run,
    three exports at once and a rebuild during a paused export, /tmp/rvC31/h). The
    rebuild says an export is running (was: "a longctx before session 31 did not mark
    it", with `rm -r` of it). Once the lock is released, the next export removes it."""
    from pipeline import export_staging

    staging, lock = export_staging.create(str(ds / "parquet"))
    os.mkdir(os.path.join(staging, "train"))  # its first shard, written meanwhile
    arrow = sorted(n for n in os.listdir(ds / "train") if n.endswith(".arrow"))[0]
    shutil.copyfile(
        ds / "train" / arrow, os.path.join(staging, "train", "w64-00000-of-00001.parquet")
    )
    try:
        assert export_staging.clean_leftovers(str(ds / "parquet")) == []
        assert os.path.isfile(os.path.join(staging, EXPORT_MARK))
        with pytest.raises(OutputError, match="is being exported: parquet.tmp-"):
            check_output(str(ds), True, [])
    finally:
        export_staging.release(lock)
    (line,) = export_staging.clean_leftovers(str(ds / "parquet"))
    assert line.startswith(f"removed {staging}, left by an export")
    assert not os.path.lexists(staging)


def test_export_mark_said_as_found_a_copy_of_another_folders_mark(ds):
    """Clause ``export_mark_said_as_found``: a copy holding another folder's ``_EXPORT``
    was said to be "a longctx before session 31 did not mark it"."""
    left = _killed_export(ds)
    copy = str(ds / "parquet.tmp-0123abcd")
    subprocess.run(["cp", "-a", left, copy], check=True)
    shutil.rmtree(left)
    with pytest.raises(OutputError) as refused:
        check_output(str(ds), True, [])
    said = str(refused.value)
    assert "before session 31" not in said and "written in another folder" in said
