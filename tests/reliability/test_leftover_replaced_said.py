"""Clause leftover_replaced_said (``pipeline.output_staging.removed_line``, session 43):
the next build's line for the dataset an ``--overwrite`` replaced and kept beside OUT.

After a disk error at the swap (``NotDurable``: "the one it replaced is kept at
OUT.tmp-X", or ``OUT.old-X`` without renameat2's exchange) the next build to OUT removes
that kept dataset. Its line said "removed OUT.tmp-X (0.1 MB), left by a build that did
not finish": no build had failed to finish, the folder was the previous dataset. Now it
says so. Real builds of real text (tests/tempest.py: The Tempest, Sonnet 18); guards: a
killed build's parts and a finished dataset never put in place keep lines of their own."""

from __future__ import annotations

import errno
import logging
import os
import shutil

import pytest

from pipeline.build import run
from pipeline.durable import NotDurable
from pipeline.output_staging import removed_line
from pipeline.verify import verify
from tests.tempest import build_tempest, copy_tempest


def _rebuild(out, tokenizer: str) -> None:
    inputs = out.parent / "in"
    run(["--input", str(inputs), "--output", str(out), "--tokenizer", tokenizer,
         "--windows", "64,256", "--overwrite"])  # fmt: skip


def _kept_after_disk_error(tmp_path, tokenizer, monkeypatch, exchange: bool) -> str:
    """Build, then rebuild with an EIO from the fsync of OUT's folder; returns the
    folder the replaced dataset is kept at, as the error line names it."""
    from pipeline import output

    out, _ = build_tempest(tmp_path, tokenizer)
    real = os.fsync

    def fsync(fd):
        if os.path.realpath(f"/proc/self/fd/{fd}") == str(tmp_path):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real(fd)

    def no_exchange(src, dst):
        raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))

    with monkeypatch.context() as patched:
        patched.setattr(os, "fsync", fsync)
        if not exchange:
            patched.setattr(output, "exchange", no_exchange)
        with pytest.raises(NotDurable) as caught:
            _rebuild(out, tokenizer)
    return str(caught.value).rsplit(" is kept at ", 1)[-1]


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "renamed_aside"])
def test_the_kept_replaced_dataset_is_named_so_when_removed(
    tmp_path, tiny_tokenizer_path, monkeypatch, caplog, exchange
):
    kept = _kept_after_disk_error(tmp_path, tiny_tokenizer_path, monkeypatch, exchange)
    out = tmp_path / "ds"
    if exchange and os.path.basename(kept).startswith("ds.old-"):
        pytest.skip("no renameat2 exchange on this filesystem: the fallback ran")
    assert verify(kept) == [] and verify(str(out)) == []
    size = sum(os.path.getsize(os.path.join(r, n)) for r, _, ns in os.walk(kept) for n in ns)
    caplog.set_level(logging.WARNING, logger="longctx.dataset")
    _rebuild(out, tiny_tokenizer_path)  # the disk is well again
    said = [r.getMessage() for r in caplog.records if r.getMessage().startswith("removed ")]
    assert said == [
        f"removed {kept} ({size / 2**20:.1f} MB), the previous dataset of {out}, kept beside "
        "it by the build that replaced it (that build was cut short, or its disk failed to "
        "record the swap)"
    ]
    assert not os.path.exists(kept) and sorted(os.listdir(tmp_path)) == ["ds", "in"]
    assert verify(str(out)) == []


def test_a_finished_dataset_never_put_in_place_is_named_so(tmp_path, tempest_built):
    """Guard: a complete dataset finished after OUT (a build cut short between its
    ``_COMPLETE`` and the swap) is not called the replaced one."""
    out, _ = copy_tempest(tempest_built, tmp_path)
    newer = tmp_path / "ds.tmp-0123abcd"
    shutil.copytree(out, newer)
    os.utime(newer / "_COMPLETE", ns=(1, os.stat(out / "_COMPLETE").st_mtime_ns + 10**9))
    assert removed_line(str(newer), str(out), 0.25) == (
        f"removed {newer} (0.2 MB), a complete dataset a build finished but did not put in "
        "place (it was cut short)"
    )


@pytest.mark.parametrize("gone", ["_COMPLETE", "manifest.json"])
def test_a_killed_builds_parts_keep_their_line(tmp_path, tempest_built, gone):
    """Guard: a staging folder without ``_COMPLETE`` or without a manifest is a build
    that did not finish, as before (also when OUT is complete and older)."""
    out, _ = copy_tempest(tempest_built, tmp_path)
    parts = tmp_path / "ds.tmp-0123abcd"
    shutil.copytree(out, parts)
    os.remove(parts / gone)
    assert removed_line(str(parts), str(out), 1.0) == (
        f"removed {parts} (1.0 MB), left by a build that did not finish"
    )
    assert removed_line(str(parts), str(tmp_path / "absent"), 1.0).endswith(
        "left by a build that did not finish"
    )


def test_a_finished_dataset_with_no_out_is_never_put_in_place(tmp_path, tempest_built):
    """Review (session 43), guard: a first build (no ``--overwrite``) cut between its
    ``_COMPLETE`` and the rename leaves a complete ``OUT.tmp-X`` and no ``OUT``: the
    line says it was never put in place (no comparison with an ``OUT`` there is not)."""
    out, _ = copy_tempest(tempest_built, tmp_path)
    staged = tmp_path / "ds.tmp-0123abcd"
    shutil.copytree(out, staged)
    shutil.rmtree(out)
    assert removed_line(str(staged), str(out), 0.25) == (
        f"removed {staged} (0.2 MB), a complete dataset a build finished but did not put in "
        "place (it was cut short)"
    )


def test_a_replaced_dataset_finished_in_the_same_tick_is_named_so(tmp_path, tempest_built):
    """Review (session 43), guard: on a filesystem with coarse times (FAT's 2 s, some
    network mounts) a quick rebuild can finish in the same tick as the dataset it
    replaced; equal ``_COMPLETE`` times are read as the replaced dataset (only the
    wording is at stake: the folder is removed either way, as before)."""
    out, _ = copy_tempest(tempest_built, tmp_path)
    kept = tmp_path / "ds.old-0123abcd"
    shutil.copytree(out, kept)
    at = os.stat(out / "_COMPLETE").st_mtime_ns
    os.utime(kept / "_COMPLETE", ns=(at, at))
    assert removed_line(str(kept), str(out), 0.25).startswith(f"removed {kept} (0.2 MB), the ")
    assert "the previous dataset of" in removed_line(str(kept), str(out), 0.25)
