"""Where a build may write, the swap that keeps a complete dataset at OUT whenever the
process is killed, and the cleanup of what killed builds leave beside OUT."""

from __future__ import annotations

import fcntl
import logging
import os
import signal
import uuid
from pathlib import Path

import pytest

from pipeline import output, output_removal  # rmtree: output_removal.removed_or_said
from pipeline.output import OutputError, check_output, clean_leftovers, replace_output
from schemas.output_names import BUILD_MARK, build_mark
from transforms.folder_marks import new_mark


def fake_dataset(path: Path, tag: str, complete: bool = True) -> Path:
    """A folder with the top-level layout of a dataset; ``train/tag.arrow`` (a name the build may write there) says which one."""
    (path / "train").mkdir(parents=True)
    (path / "train" / "data-00000-of-00001.arrow").write_bytes(os.urandom(4096))
    (path / "train" / "tag.arrow").write_text(tag)
    (path / "manifest.json").write_text('{"format": "longctx-dataset", "version": 1}')
    mark_as_built(path)
    if complete:
        (path / "_COMPLETE").write_text("")
    return path


def mark_as_built(path: Path) -> Path:
    """What ``output.create_staging`` writes first (clause ``staging_marked``)."""
    (path / BUILD_MARK).write_bytes(new_mark(build_mark, str(path)))
    return path


def tag_of(path: Path) -> str | None:
    if not (path / "_COMPLETE").exists():
        return None
    return (path / "train" / "tag.arrow").read_text()


# --------------------------------------------------------------------------- checks
def test_a_folder_that_is_no_dataset_is_refused_even_with_overwrite(tmp_path):
    out = tmp_path / "d"
    (out / "sub").mkdir(parents=True)
    (out / "precious.txt").write_text("x")
    for overwrite in (False, True):
        with pytest.raises(OutputError, match="is not a longctx dataset .*precious.txt"):
            check_output(str(out), overwrite, [])
    assert (out / "precious.txt").read_text() == "x"


def test_an_empty_folder_or_a_new_path_is_fine(tmp_path):
    (tmp_path / "empty").mkdir()
    check_output(str(tmp_path / "empty"), False, [])
    check_output(str(tmp_path / "new" / "deeper"), False, [])


def test_a_complete_dataset_needs_overwrite(tmp_path):
    out = fake_dataset(tmp_path / "ds", "old")
    with pytest.raises(OutputError, match="--overwrite"):
        check_output(str(out), False, [])
    check_output(str(out), True, [])
    incomplete = fake_dataset(tmp_path / "half", "old", complete=False)
    check_output(str(incomplete), False, [])  # ours, and not complete: replaceable


def test_a_dataset_holding_other_files_is_refused(tmp_path):
    out = fake_dataset(tmp_path / "ds", "old")
    (out / "notes.md").write_text("mine")
    with pytest.raises(OutputError, match="notes.md"):
        check_output(str(out), True, [])


@pytest.mark.parametrize(
    "where, says",
    [
        ("corpus", "holds the input"),  # the input folder itself
        (".", "holds the input"),  # an ancestor of the input
        ("corpus/sub/inner", "inside the input folder"),
        ("corpus/a.txt", "holds the input"),  # the input file itself
    ],
)
def test_an_output_that_is_or_holds_an_input_is_refused(tmp_path, where, says):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("text")
    with pytest.raises(OutputError, match=says):
        check_output(str(tmp_path / where), True, [str(corpus / "a.txt")], [str(corpus)])


def test_root_and_files_are_refused(tmp_path):
    with pytest.raises(OutputError, match="filesystem root"):
        check_output("/", True, [])
    (tmp_path / "f").write_text("x")
    with pytest.raises(OutputError, match="is a file"):
        check_output(str(tmp_path / "f"), True, [])


def test_a_staging_folder_that_cannot_be_created_is_one_clear_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="cannot create"):
        output.create_staging(str(tmp_path / "file" / "ds.tmp-0123abcd"))


# --------------------------------------------------------------------------- swap
def test_swap_replaces_the_dataset_and_leaves_nothing_beside_it(tmp_path):
    out = fake_dataset(tmp_path / "ds", "old")
    new = fake_dataset(tmp_path / "ds.tmp-0123abcd", "new")
    replace_output(str(new), str(out))
    assert tag_of(out) == "new" and sorted(os.listdir(tmp_path)) == ["ds"]


def test_swap_without_renameat2_falls_back_to_rename_aside(tmp_path, monkeypatch):
    def unsupported(a, b):
        raise OSError(22, "not supported here")

    monkeypatch.setattr(output, "exchange", unsupported)
    out = fake_dataset(tmp_path / "ds", "old")
    new = fake_dataset(tmp_path / "ds.tmp-0123abcd", "new")
    replace_output(str(new), str(out))
    assert tag_of(out) == "new" and sorted(os.listdir(tmp_path)) == ["ds"]


def _kill_self():
    os.kill(os.getpid(), signal.SIGKILL)


def _run_killed(patch) -> int:
    """Run ``patch()`` (which installs the kill point) then the swap in a forked child."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            patch()
            replace_output(os.environ["_SWAP_NEW"], os.environ["_SWAP_OUT"])
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return status


def _after_nth(original, n: int):
    calls = []

    def wrapper(*args, **kwargs):
        result = original(*args, **kwargs)
        calls.append(1)
        if len(calls) == n:
            _kill_self()
        return result

    return wrapper


def _partial_rmtree(path, *args, **kwargs):
    names = sorted(Path(path).rglob("*"))
    next(p for p in names if p.is_file()).unlink()  # half-deleted, then killed
    _kill_self()


EXCHANGE_POINTS = {
    "before-exchange": lambda: setattr(output, "exchange", lambda a, b: _kill_self()),
    "after-exchange": lambda: setattr(output, "exchange", _after_nth(output.exchange, 1)),
    "deleting-old": lambda: setattr(output_removal.shutil, "rmtree", _partial_rmtree),
}


def _no_exchange(a, b):
    raise OSError(38, "renameat2 unavailable")


FALLBACK_POINTS = {
    "after-aside": lambda: (
        setattr(output, "exchange", _no_exchange),
        setattr(output.os, "rename", _after_nth(os.rename, 1)),
    ),
    "after-new-in-place": lambda: (
        setattr(output, "exchange", _no_exchange),
        setattr(output.os, "rename", _after_nth(os.rename, 2)),
    ),
    "deleting-aside": lambda: (
        setattr(output, "exchange", _no_exchange),
        setattr(output_removal.shutil, "rmtree", _partial_rmtree),
    ),
}


@pytest.mark.parametrize("point", [*EXCHANGE_POINTS, *(f"fallback-{p}" for p in FALLBACK_POINTS)])
def test_a_kill_at_any_point_of_the_swap_leaves_a_complete_dataset(tmp_path, monkeypatch, point):
    out = fake_dataset(tmp_path / "ds", "old")
    new = fake_dataset(tmp_path / f"ds.tmp-{uuid.uuid4().hex[:8]}", "new")
    (tmp_path / "neighbour.txt").write_text("keep me")
    monkeypatch.setenv("_SWAP_NEW", str(new))
    monkeypatch.setenv("_SWAP_OUT", str(out))
    patch = EXCHANGE_POINTS.get(point) or FALLBACK_POINTS[point.removeprefix("fallback-")]
    status = _run_killed(patch)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    if point == "fallback-after-aside":
        # The only moment OUT is missing: both complete datasets are beside it.
        assert not out.exists()
        assert sorted(tag_of(p) for p in tmp_path.glob("ds.*-*")) == ["new", "old"]
    else:
        assert tag_of(out) in ("old", "new")
    before = tag_of(out)
    done = clean_leftovers(str(out))  # what the next build to OUT does first
    assert tag_of(out) in ("old", "new") and (before is None or tag_of(out) == before)
    assert sorted(os.listdir(tmp_path)) == ["ds", "neighbour.txt"], done
    assert (tmp_path / "neighbour.txt").read_text() == "keep me"


# --------------------------------------------------------------------------- leftovers
def test_stale_staging_is_removed_and_reported(tmp_path, caplog):
    out = fake_dataset(tmp_path / "ds", "current")
    stale = tmp_path / "ds.tmp-0123abcd"
    (stale / "_rows" / "train").mkdir(parents=True)
    (stale / "_rows" / "train" / "spill.arrow").write_bytes(b"\0" * (2 << 20))
    (stale / "train" / "_parts").mkdir(parents=True)
    mark_as_built(stale)
    other = tmp_path / "other.tmp-0123abcd"  # another output's staging: not ours to touch
    fake_dataset(other, "x")
    with caplog.at_level(logging.WARNING, logger="longctx.dataset"):
        done = clean_leftovers(str(out))
    assert not stale.exists() and other.exists() and tag_of(out) == "current"
    assert len(done) == 1 and "removed" in done[0] and "2.0 MB" in done[0]
    assert done[0] in caplog.text


def test_a_leftover_holding_other_files_is_reported_not_deleted(tmp_path):
    out = tmp_path / "ds"
    odd = tmp_path / "ds.tmp-0123abcd"
    odd.mkdir()
    (odd / "thesis.tex").write_text("mine")
    done = clean_leftovers(str(out))
    assert (odd / "thesis.tex").read_text() == "mine"
    assert "left" in done[0] and "thesis.tex" in done[0]


def test_the_staging_folder_of_a_running_build_is_left_alone(tmp_path):
    out = tmp_path / "ds"
    running = tmp_path / "ds.tmp-0123abcd"
    lock = output.create_staging(str(running))
    try:
        (running / "train").mkdir()
        assert clean_leftovers(str(out)) == [] and running.exists()
    finally:
        output.release(lock)
    assert clean_leftovers(str(out)) and not running.exists()


def test_an_old_dataset_is_restored_when_out_is_missing(tmp_path):
    out = tmp_path / "ds"
    fake_dataset(tmp_path / "ds.old-0123abcd", "old")
    fake_dataset(tmp_path / "ds.tmp-89abcdef", "new")
    done = clean_leftovers(str(out))
    assert tag_of(out) == "old" and sorted(os.listdir(tmp_path)) == ["ds"]
    assert any("restored" in d for d in done)


def test_lock_is_exclusive(tmp_path):
    staging = tmp_path / "x.tmp-0123abcd"
    fd = output.create_staging(str(staging))
    try:
        other = os.open(staging, os.O_RDONLY)
        with pytest.raises(BlockingIOError):
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.close(other)
    finally:
        output.release(fd)
