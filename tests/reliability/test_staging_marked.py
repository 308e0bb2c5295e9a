"""Clause ``staging_marked`` (transforms/own_outputs.py ``built_here``, pipeline/output.py
``create_staging`` and ``clean_leftovers``) and ``staging_marked_removed_last``
(pipeline/output_removal.py ``_evidence_last``).

A user's folder named like a killed build's staging folder (``ds.tmp-0123abcd``) that
holds only their copy of a build's ``rejected/rejected.jsonl`` (and a ``manifest.json``
note) was taken for a staging folder by names alone: skipped as input (a pattern reaching
only it was an error) and **deleted** by the next build to ``ds``. A build now writes
``_BUILD`` first into its staging folder, and only a folder holding it (or a complete
dataset's manifest and ``_COMPLETE``) is a build's. Real text: the embedded Shakespeare
poems (defaults/shakespeare, Gutenberg) as the rejected records' ``text``."""

from __future__ import annotations

import errno
import json
import os

import pytest

from pipeline import output, output_removal
from pipeline.output import OutputError, clean_leftovers
from schemas.output_names import BUILD_MARK, build_mark
from tests.conftest import REPO_ROOT
from transforms.folder_marks import new_mark
from transforms.read import expand_inputs

TEXTS = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")
POEM = "phoenix_and_the_turtle_gut.txt"


def _users_rejected_copy(folder):
    """``folder/rejected/rejected.jsonl`` and a ``manifest.json``: a user's copy of what
    an earlier build rejected, kept to look at (names a build writes, none of its marks)."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    with open(os.path.join(TEXTS, POEM), encoding="utf-8") as handle:
        stanza = handle.read()[-600:]
    (folder / "rejected").mkdir(parents=True)
    record = {"id": POEM, "stage": "clean", "reason": "too_short", "text": stanza}
    (folder / "rejected" / "rejected.jsonl").write_text(json.dumps(record) + "\n")
    (folder / "manifest.json").write_text('{"note": "what the May build rejected"}')
    return folder


def test_staging_marked_unmarked_skipped_not_read(tmp_path):
    """Narrowing ``staging_marked_unmarked_skipped`` (review): the input listing skips
    a folder by shape, mark or not (skipping is said and undone by naming a file);
    only a deletion needs the mark. A file named itself is read."""
    mine = _users_rejected_copy(tmp_path / "ds.tmp-0123abcd")
    with pytest.raises(Exception, match="reaches only 2 files of the longctx staging folder"):
        expand_inputs([str(mine)])
    named = str(mine / "rejected" / "rejected.jsonl")
    assert [f.path for f in expand_inputs([named])] == [named]


def test_staging_marked_unmarked_skipped_old_killed_build(tmp_path):
    """A build of a version before the mark (main c5c5afc), killed with kill -9 while
    parking its texts, left ``lib/ds.tmp-b069917d/_text/read/<md5>.txt`` (copies of
    the plays it read) and no ``_BUILD``: ``--input lib`` read them (3 in, not 1: two
    plays trained twice). They are skipped again, and kept (no mark: not deleted)."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    with open(os.path.join(TEXTS, POEM), encoding="utf-8") as handle:
        poem = handle.read()
    lib = tmp_path / "lib"
    parked = lib / "ds.tmp-b069917d" / "_text" / "read"
    parked.mkdir(parents=True)
    (parked / "c1f0edb09eb7f65b04bfa16f202d2958.txt").write_text(poem[:4000])
    (parked / "96c23c38a0e173bf9324b71ed93a20aa.txt").write_text(poem[4000:])
    (lib / "ds.tmp-b069917d" / "_beam").mkdir()
    (lib / POEM).write_text(poem)
    assert [os.path.basename(f.path) for f in expand_inputs([str(lib)])] == [POEM]
    (done,) = clean_leftovers(str(lib / "ds"))
    assert "no _BUILD written in it" in done and len(os.listdir(parked)) == 2


def test_staging_marked_a_users_folder_is_not_deleted(tmp_path):
    """Before: "removed .../ds.tmp-0123abcd (0.0 MB), left by a build that did not
    finish", the user's records gone."""
    mine = _users_rejected_copy(tmp_path / "ds.tmp-0123abcd")
    before = (mine / "rejected" / "rejected.jsonl").read_bytes()
    (done,) = clean_leftovers(str(tmp_path / "ds"))
    assert (mine / "rejected" / "rejected.jsonl").read_bytes() == before
    assert done.startswith(f"left {mine} alone") and "no _BUILD written in it" in done


def test_staging_marked_a_marked_folder_is_a_builds(tmp_path):
    """Recall: the same files in a folder ``create_staging`` made (its ``_BUILD``) are
    a killed build's: skipped as input, removed by the next build."""
    staging = tmp_path / "ds.tmp-0123abcd"
    output.release(output.create_staging(str(staging)))
    assert (staging / BUILD_MARK).read_bytes() == new_mark(build_mark, str(staging))
    _users_rejected_copy(staging)
    (staging / "manifest.json").unlink()  # a killed build has none yet
    with pytest.raises(Exception, match="reaches only 1 file of the longctx staging folder"):
        expand_inputs([str(staging)])
    (done,) = clean_leftovers(str(tmp_path / "ds"))
    assert done.startswith(f"removed {staging}") and not staging.exists()


def test_staging_marked_a_mark_of_other_bytes_is_no_mark(tmp_path):
    mine = _users_rejected_copy(tmp_path / "ds.tmp-0123abcd")
    (mine / BUILD_MARK).write_text("build notes: see rejected/\n")
    (done,) = clean_leftovers(str(tmp_path / "ds"))
    assert done.startswith(f"left {mine} alone") and mine.exists()


def test_staging_marked_removed_last(tmp_path, monkeypatch):
    """A removal cut half way must leave the evidence: the marks go after every other
    file (shutil.rmtree's order is the directory's, so a kill could leave unmarked
    shards and rejected records, read as a user's)."""
    staging = tmp_path / "ds.tmp-0123abcd"
    output.release(output.create_staging(str(staging)))
    _users_rejected_copy(staging)
    (staging / "manifest.json").write_text('{"format": "longctx-dataset"}')
    (staging / "_COMPLETE").write_text("")
    (staging / "train").mkdir()
    for i in range(3):
        (staging / "train" / f"data-0000{i}-of-00003.arrow").write_bytes(b"\0" * 64)
    (staging / "dataset_dict.json").write_text("{}")
    removed = []
    real = os.unlink

    def spy(path, *args, **kwargs):
        removed.append(os.path.basename(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", spy)
    assert output_removal.removed_or_said(str(staging))
    assert not staging.exists() and len(removed) == 8
    assert removed[-3:] == ["_COMPLETE", "manifest.json", BUILD_MARK]


def test_staging_marked_no_space_for_the_mark(tmp_path, monkeypatch):
    """A disk too full for the mark's 21 bytes: the full-disk line, no folder left."""

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    staging = tmp_path / "ds.tmp-0123abcd"
    with pytest.raises(OutputError, match="no space left on the disk of"):
        output.create_staging(str(staging))
    assert os.listdir(tmp_path) == []


def _complete_dataset(folder):
    """What a finished build leaves (its mark written by create_staging in this folder)."""
    output.release(output.create_staging(str(folder)))
    with open(os.path.join(TEXTS, POEM), encoding="utf-8") as handle:
        record = {"id": POEM, "stage": "clean", "reason": "too_short", "text": handle.read()[:600]}
    (folder / "rejected").mkdir()
    (folder / "rejected" / "rejected.jsonl").write_text(json.dumps(record) + "\n")
    (folder / "manifest.json").write_text('{"format": "longctx-dataset", "version": 1}')
    (folder / "_COMPLETE").write_text("")
    return folder


def test_staging_marked_this_folder_a_backup_copy_is_kept(tmp_path):
    """Narrowing ``staging_marked_this_folder`` (review): a user's dated backup
    ``cp -r ds ds.old-20261204`` (a date is 8 hex digits) was "removed ... (1.3 MB), left
    by a build that did not finish" by the next build to ``ds`` (the review's real run:
    2 Shakespeare plays); with ``ds`` gone it was renamed into ``ds`` and overwritten."""
    import shutil

    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    ds = _complete_dataset(tmp_path / "ds")
    backup = tmp_path / "ds.old-20261204"
    shutil.copytree(ds, backup)
    (done,) = clean_leftovers(str(ds))
    assert done.startswith(f"left {backup} alone") and (backup / "_COMPLETE").exists()
    shutil.rmtree(ds)
    (done,) = clean_leftovers(str(ds))
    assert done.startswith(f"left {backup} alone") and not ds.exists()


def test_staging_marked_this_folder_a_swapped_dataset_is_a_builds(tmp_path):
    """Recall: the swap renames (the inode and so the mark hold): a build killed after
    setting the old dataset aside gets it renamed back, or removed when OUT is there."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    aside = tmp_path / "ds.old-0123abcd"
    os.rename(_complete_dataset(tmp_path / "ds.tmp-89abcdef"), aside)
    (done,) = clean_leftovers(str(tmp_path / "ds"))
    assert done.startswith("restored the previous dataset") and (tmp_path / "ds").is_dir()
    os.rename(_complete_dataset(tmp_path / "ds.tmp-76543210"), aside)
    (done,) = clean_leftovers(str(tmp_path / "ds"))
    assert done.startswith(f"removed {aside}") and not aside.exists()
