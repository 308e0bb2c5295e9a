"""Where a build or an export writes: a symbolic link as ``--output``, user files
inside an old dataset's folders, leftovers of a killed build, Ctrl-C inside the
pipeline. Each used to end in a traceback, delete a user's file, or leave a folder
behind for good (adversarial review of session 10, docs/RELIABILITY.md)."""

from __future__ import annotations

import json
import os

import pytest

from pipeline import cli, output
from pipeline.build import run
from pipeline.verify import verify
from schemas.output_names import BUILD_MARK, build_mark
from tests.reliability.bad_inputs import prose
from tests.reliability.conftest import snapshot, staging_folders
from transforms.folder_marks import new_mark


def _args(inputs, out, tokenizer, *extra):
    return [
        "--input", str(inputs), "--output", str(out), "--tokenizer", tokenizer,
        "--windows", "16,32", *extra,
    ]  # fmt: skip


def _inputs(folder, n=2, seed=0):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"d{i}.txt").write_text(prose(seed + i, 12), encoding="utf-8")
    return folder


def _one_error_line(capsys, prog="longctx dataset") -> str:
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.startswith(f"{prog}: error:")]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


# ---------------------------------------------------------------- symbolic links
def test_a_symlinked_output_builds_into_its_target_and_keeps_the_link(
    tmp_path, tiny_tokenizer_path
):
    """The link itself was swapped for the new folder, its old target left as it
    was, and ``rmtree`` of the link ended the build in a traceback; every later
    build to it crashed on the link left as ``OUT.tmp-*``."""
    target, link = tmp_path / "disk" / "ds", tmp_path / "ds"
    target.parent.mkdir()
    os.symlink(target, link)  # dangling until the first build
    run(_args(_inputs(tmp_path / "a"), link, tiny_tokenizer_path))
    assert os.path.islink(link) and verify(str(target)) == []
    more = _inputs(tmp_path / "b", n=3, seed=5)
    before = snapshot(tmp_path, outside=(target,))
    manifest = run(_args(more, link, tiny_tokenizer_path, "--overwrite"))
    assert manifest.documents.written == 3 and manifest.config["output"] == str(link)
    assert os.readlink(link) == str(target) and verify(str(target)) == []
    assert json.loads((target / "manifest.json").read_text())["documents"]["written"] == 3
    assert snapshot(tmp_path, outside=(target,)) == before
    assert staging_folders(link) == [] and staging_folders(target) == []


def test_a_symlink_named_like_a_leftover_is_left_alone(tmp_path, tiny_tokenizer_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "train").mkdir()  # looks like a build's folder
    os.symlink(tmp_path / "mine", tmp_path / "ds.tmp-0123abcd")
    run(_args(_inputs(tmp_path / "a"), tmp_path / "ds", tiny_tokenizer_path))
    assert os.path.islink(tmp_path / "ds.tmp-0123abcd") and (tmp_path / "mine" / "train").is_dir()


# ---------------------------------------------------------------- user files inside OUT
@pytest.mark.parametrize(
    "extra",
    ["rejected/my_analysis.md", "train/eval_runs/r1.txt", "documents/notes.txt"],
)
def test_overwrite_refuses_a_dataset_holding_user_files_in_its_folders(
    tmp_path, tiny_tokenizer_path, capsys, extra
):
    """Only OUT's top level was checked: --overwrite deleted a file the user had put
    in OUT/rejected/ or OUT/train/."""
    out = tmp_path / "ds"
    run(_args(_inputs(tmp_path / "a"), out, tiny_tokenizer_path))
    (out / extra).parent.mkdir(parents=True, exist_ok=True)
    (out / extra).write_text("my work", encoding="utf-8")
    before = snapshot(tmp_path)
    code = cli.main(["dataset", *_args(tmp_path / "a", out, tiny_tokenizer_path, "--overwrite")])
    assert code == 2
    line = _one_error_line(capsys)
    assert extra in line and "the build did not write" in line
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_overwrite_after_export_replaces_the_dataset_and_its_export(
    tmp_path, tiny_tokenizer_path, capsys, caplog, fmt
):
    """``longctx export OUT`` writes ``OUT/parquet``; the next ``dataset --output OUT
    --overwrite`` was refused ("also holds parquet") until the user moved it. The
    export is of the old dataset and longctx wrote it (its export.json lists every
    file): it goes with the old dataset, and the build says so. The same for a
    ``--format jsonl`` export (``OUT/jsonl``)."""
    out = tmp_path / "ds"
    run(_args(_inputs(tmp_path / "a"), out, tiny_tokenizer_path))
    assert cli.main(["export", str(out), "--format", fmt]) == 0
    assert (out / fmt / "export.json").is_file()
    capsys.readouterr()
    more = _inputs(tmp_path / "b", n=3, seed=5)
    code = cli.main(["dataset", *_args(more, out, tiny_tokenizer_path)])
    assert code == 2 and "(and its export" in _one_error_line(capsys)
    before = snapshot(tmp_path, outside=(out,))
    code = cli.main(["dataset", *_args(more, out, tiny_tokenizer_path, "--overwrite")])
    err = capsys.readouterr().err
    assert code == 0 and "Traceback" not in err, err
    assert f"{out / fmt}, the export of the old dataset, is replaced" in caplog.text
    assert verify(str(out)) == [] and not (out / fmt).exists()
    assert json.loads((out / "manifest.json").read_text())["documents"]["written"] == 3
    assert snapshot(tmp_path, outside=(out,)) == before and staging_folders(out) == []
    assert cli.main(["export", str(out), "--format", fmt]) == 0  # the usual sequence goes on


@pytest.mark.parametrize(
    "mine", ["parquet/train/my_query.sql", "parquet/notes.txt", "parquet_mine/export.json"]
)
def test_overwrite_keeps_a_users_file_in_or_beside_an_export(
    tmp_path, tiny_tokenizer_path, capsys, mine
):
    """A file the export did not write, inside the export folder or in a folder that
    only looks like one (an export.json that is not a complete export's), is the
    user's: --overwrite is refused naming it and nothing changes."""
    out = tmp_path / "ds"
    run(_args(_inputs(tmp_path / "a"), out, tiny_tokenizer_path))
    assert cli.main(["export", str(out)]) == 0
    (out / mine).parent.mkdir(parents=True, exist_ok=True)
    (out / mine).write_text('{"files": []}', encoding="utf-8")
    capsys.readouterr()
    before = snapshot(tmp_path)
    code = cli.main(["dataset", *_args(tmp_path / "a", out, tiny_tokenizer_path, "--overwrite")])
    assert code == 2
    line = _one_error_line(capsys)
    shown = mine.split("/")[0] if mine.startswith("parquet_mine") else mine
    assert shown in line and "did not write" in line or "nor `longctx export`" in line, line
    assert snapshot(tmp_path) == before


def test_a_leftover_holding_an_old_datasets_export_is_cleaned_up(tmp_path, tiny_tokenizer_path):
    """A build killed between the swap and the deletion of the old dataset leaves it
    at ``OUT.tmp-*``, its export with it; that was "left alone: holds parquet"."""
    out = tmp_path / "ds"
    run(_args(_inputs(tmp_path / "a"), out, tiny_tokenizer_path))
    assert cli.main(["export", str(out)]) == 0
    staging = tmp_path / "ds.tmp-0123abcd"
    os.rename(out, staging)
    (done,) = output.clean_leftovers(str(out))
    assert done.startswith(f"removed {staging}") and not staging.exists()


def test_a_killed_builds_parked_texts_are_cleaned_up(tmp_path):
    """A build killed mid-run leaves ``_text/`` (pipeline.parking) in its staging
    folder; it was not a name the build writes, so every later build warned and
    left the folder for the user to delete."""
    out = tmp_path / "ds"
    staging = tmp_path / "ds.tmp-0123abcd"
    for sub in ("_text/read", "_counts", "_rows/train/w16", "train/_parts"):
        (staging / sub).mkdir(parents=True)
    (staging / "_text" / "read" / ("0" * 64 + ".txt")).write_text(prose(1), encoding="utf-8")
    (staging / "train" / "_parts" / "w0000016-s00000.arrow").write_bytes(b"\0" * 8)
    (staging / BUILD_MARK).write_bytes(
        new_mark(build_mark, str(staging))
    )  # create_staging's first file
    (done,) = output.clean_leftovers(str(out))
    assert done.startswith(f"removed {staging}") and not staging.exists()


# ---------------------------------------------------------------- Ctrl-C
def test_ctrl_c_inside_the_pipeline_is_one_line_and_exit_130(
    tmp_path, tiny_tokenizer_path, capsys, monkeypatch
):
    """Beam re-raises a KeyboardInterrupt from a stage as ``RuntimeError:
    KeyboardInterrupt [while running ...]``: Ctrl-C printed ~190 lines of traceback
    and exited 1. The staging folder is removed, as after a SIGTERM."""
    import pipeline.build

    def interrupted(doc):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.build, "normalize_document", interrupted)
    out = tmp_path / "ds"
    code = cli.main(["dataset", *_args(_inputs(tmp_path / "a"), out, tiny_tokenizer_path)])
    err = capsys.readouterr().err
    assert code == 130 and "Traceback" not in err, err
    assert err.strip().splitlines()[-1] == (
        f"longctx dataset: interrupted; the partial output was removed and {out} is as it was"
    )
    assert not out.exists()
    assert staging_folders(out) == []  # was left for the next build to remove (wtB7)


# ---------------------------------------------------------------- SIGTERM
@pytest.fixture
def sigterm_restored():
    import signal

    from pipeline.beam_worker import reset_after_a_stop

    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGTERM, before[0])
    signal.signal(signal.SIGINT, before[1])  # deferred after the first (second_signal)
    reset_after_a_stop()  # Beam's logs and thread errors, quiet since the SIGTERM


def test_sigterm_inside_the_pipeline_is_one_line_and_removes_the_staging_folder(
    tmp_path, tiny_tokenizer_path, capsys, monkeypatch, sigterm_restored
):
    """``kill PID`` (a scheduler stopping the job) mid-build ended the process with
    exit 143 and no word, the staging folder left until the next build. Now it is one
    line (exit 143), the staging folder is removed and the old dataset stays."""
    import signal

    import pipeline.build

    out = tmp_path / "ds"
    run(_args(_inputs(tmp_path / "a"), out, tiny_tokenizer_path))
    old = snapshot(out)
    real = pipeline.build.normalize_document

    def killed(doc):
        os.kill(os.getpid(), signal.SIGTERM)  # a real SIGTERM, to this process
        return real(doc)

    monkeypatch.setattr(pipeline.build, "normalize_document", killed)
    more = _inputs(tmp_path / "b", seed=3)
    code = cli.main(["dataset", *_args(more, out, tiny_tokenizer_path, "--overwrite")])
    err = capsys.readouterr().err
    assert code == 143 and "Traceback" not in err, err
    assert err.strip().splitlines()[-1] == (
        f"longctx dataset: terminated (SIGTERM); the partial output was removed and "
        f"{out} is as it was"
    )
    assert snapshot(out) == old and staging_folders(out) == []


# ---------------------------------------------------------------- a full disk
def test_a_full_disk_is_one_line_and_gives_the_space_back(
    tmp_path, tiny_tokenizer_path, capsys, monkeypatch
):
    """ENOSPC inside a stage was Beam's traceback (exit 1), and the partial output
    stayed on the full disk until the next build. (Measured for real on a 600 KB
    tmpfs, docs/RELIABILITY.md; simulated here where every write of the build's
    small files fails.)"""
    import errno

    from pipeline import storage

    out = tmp_path / "ds"
    run(_args(_inputs(tmp_path / "a"), out, tiny_tokenizer_path))
    old = snapshot(out)
    real = storage.write_bytes

    def full(path, data):
        if ".tmp-" in path:
            raise OSError(errno.ENOSPC, "No space left on device", path)
        return real(path, data)

    monkeypatch.setattr(storage, "write_bytes", full)
    more = _inputs(tmp_path / "b", seed=3)
    before = snapshot(tmp_path, outside=(out,))
    code = cli.main(["dataset", *_args(more, out, tiny_tokenizer_path, "--overwrite")])
    assert code == 2
    line = _one_error_line(capsys)
    assert "no space left on the disk of" in line and "partial output was removed" in line
    assert snapshot(out) == old and staging_folders(out) == []
    assert snapshot(tmp_path, outside=(out,)) == before


def _thread_errors(*messages: str, error=RuntimeError) -> list[str]:
    """What Beam's thread excepthook (as the driver sets it) passes on of thread
    errors with these messages."""
    import threading

    from pipeline.beam_worker import _drop_interrupted_workers

    seen = []
    hook = _drop_interrupted_workers(seen.append)
    for message in messages:
        hook(threading.ExceptHookArgs((error, error(message), None, None)))
    return [str(a.exc_value) for a in seen]


def test_ctrl_c_of_worker_processes_drops_their_tracebacks_and_what_follows(sigterm_restored):
    """With worker processes, Ctrl-C reaches them too and Beam's thread waiting on
    each printed "RuntimeError: Worker subprocess exited with return code -2" with
    its traceback, and (1 of 3 real tries) ~130 lines of broken gRPC streams after;
    a thread error before any worker was stopped still reaches the hook."""
    passed = _thread_errors(
        "Worker subprocess exited with return code 1",
        "Worker subprocess exited with return code -2",
        "grpc.RpcError",
    )
    assert passed == ["Worker subprocess exited with return code 1"]


def test_sigterm_of_the_process_group_drops_the_threads_errors_that_follow(sigterm_restored):
    """SIGTERM to the group (a scheduler) killed the workers, and Beam's threads
    printed ~240 lines (each worker's exit, broken gRPC streams) before the driver's
    "terminated" line; the driver's handler may run after them, so the first worker
    ended by SIGTERM quiets what follows."""
    import logging

    passed = _thread_errors("Worker subprocess exited with return code -15", "grpc.RpcError")
    assert passed == [] and not logging.getLogger("apache_beam").isEnabledFor(logging.CRITICAL)
