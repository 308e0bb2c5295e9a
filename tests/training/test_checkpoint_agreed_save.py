"""Clause ``full_disk_agreed`` at the save itself (review 36): two gloo processes call
``save_checkpoint`` with ``save_sync`` on a tiny model, no trainer (seconds, where the
trainer's 2-rank test takes minutes), one phase failing in one rank: rank 0's disk
full while it writes ``state.pt`` (the last phase) or makes the staging folder (the
first), rank 1's code raising (its traceback kept, rank 0 one line), rank 1 killed
(SIGKILL) mid-save (rank 0 fails at once with gloo's error instead of waiting the
process group's 30 minutes). The step-3 checkpoint saved before stays the only one and
verifies."""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import signal
import socket
import time

import pytest

from tests.training.checkpoint_parts import tiny_parts
from tests.training.rank_procs import free_port, join_ranks, master_env

HUNG_AFTER_S = 120


def _save_rank(rank, port, run, fault, out):
    os.environ.update(master_env(rank, port))
    import torch

    from training import checkpoint
    from training.checkpoint_agreed import save_sync
    from training.torchrun import AgreedError

    torch.distributed.init_process_group("gloo")
    model, optimizer, scheduler = tiny_parts()
    args = (model, optimizer, scheduler, {"stage": 0}, rank, 2, save_sync(run, 2))
    checkpoint.save_checkpoint(run, 3, *args)
    real_save, real_makedirs = checkpoint.save_tensors, checkpoint.os.makedirs
    who, what = fault.split(":")

    def save_tensors(obj, path):
        if rank == int(who) and "step-00000005" in path:
            if what == "state" and path.endswith("state.pt"):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)
            if what == "bug" and "rng-rank" in path:
                raise TypeError("a bug of the code")
            if what == "kill" and "rng-rank" in path:
                os.kill(os.getpid(), signal.SIGKILL)
        real_save(obj, path)

    def makedirs(path, *a, **k):
        if rank == int(who) and what == "mkdir" and "step-00000005" in path:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)
        real_makedirs(path, *a, **k)

    real_trainable = checkpoint.trainable_state

    def trainable_state(model):  # clause rank0_gather_agreed: rank 0's own gather fails
        if rank == int(who) and what in ("oom", "eio", "enoent"):
            if what == "oom":
                raise MemoryError()
            if what == "enoent":  # clause save_bug_keeps_traceback: the code's own error
                raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), "/x/a.pt")
            raise OSError(errno.EIO, os.strerror(errno.EIO), "/dev/shm/torch_12")
        return real_trainable(model)

    checkpoint.save_tensors = save_tensors
    checkpoint.os.makedirs = makedirs
    checkpoint.trainable_state = trainable_state
    started = time.monotonic()
    try:
        checkpoint.save_checkpoint(run, 5, *args)
        result = {"raised": None}
    except AgreedError as error:
        result = {"raised": "AgreedError", "line": str(error), "status": error.exit_status}
    except Exception as error:  # noqa: BLE001 - what each rank stopped with is the point
        result = {"raised": type(error).__name__, "line": str(error)}
    result["seconds"] = time.monotonic() - started
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(result, f)


def _two_savers(tmp_path, fault):
    port = free_port()
    run = str(tmp_path / "run")
    spawn = multiprocessing.get_context("spawn")
    procs = [
        spawn.Process(target=_save_rank, args=(r, port, run, fault, str(tmp_path))) for r in (0, 1)
    ]
    for p in procs:
        p.start()
    join_ranks(procs, HUNG_AFTER_S)
    results = []
    for r in (0, 1):
        path = tmp_path / f"rank{r}.json"
        results.append(json.loads(path.read_text()) if path.exists() else None)
    return run, results


def _only_step3(run):
    from training.checkpoint_files import verify_checksums

    step3 = os.path.join(run, "checkpoints", "step-00000003")
    assert sorted(os.listdir(os.path.join(run, "checkpoints"))) == ["step-00000003"]
    verify_checksums(step3)
    assert sorted(os.listdir(step3)) == [
        "checksums.json",
        "rng-rank0.pt",
        "rng-rank1.pt",
        "state.pt",
    ]


@pytest.mark.slow
@pytest.mark.parametrize("what", ["state", "mkdir"])
def test_full_disk_agreed_rank0_phases(tmp_path, what):
    """Rank 0's disk fills in the first or the last phase: both ranks stop with the
    same full-disk line naming rank 0 (exit 2); step 3 is the only checkpoint."""
    run, results = _two_savers(tmp_path, f"0:{what}")
    assert [r["raised"] for r in results] == ["AgreedError", "AgreedError"], results
    assert results[0]["line"] == results[1]["line"]
    assert results[0]["status"] == 2
    line = results[0]["line"]
    assert line.startswith(f"no space left on the disk of {run} (rank 0 of 2, node 0, host ")
    assert "checkpoint" in line and "step-00000003 is intact" in line
    _only_step3(run)


@pytest.mark.slow
def test_full_disk_agreed_bug_keeps_traceback(tmp_path):
    """Rank 1's code raises: rank 1 keeps its own error (a traceback in the trainer),
    rank 0 stops with one line naming rank 1 (exit 1); step 3 is the only one."""
    run, results = _two_savers(tmp_path, "1:bug")
    assert (results[1]["raised"], results[1]["line"]) == ("TypeError", "a bug of the code")
    assert results[0]["raised"] == "AgreedError" and results[0]["status"] == 1
    assert results[0]["line"].startswith("rank 1 of 2, node 0, host ")
    assert (
        f"failed while writing the checkpoint {run}/checkpoints/step-00000005 (TypeError: "
        "a bug of the code; its traceback is in that rank's output); the last complete "
        f"checkpoint {run}/checkpoints/step-00000003 is intact" in results[0]["line"]
    )
    _only_step3(run)


@pytest.mark.slow
def test_full_disk_agreed_rank_killed_mid_save(tmp_path):
    """Rank 1 is killed (SIGKILL) while it writes its part: rank 0 does not wait in the
    save's gather for the process group's timeout (30 minutes on gloo): gloo's
    "Connection closed" ends it at once; its staging folder is removed, step 3 stays."""
    run, results = _two_savers(tmp_path, "1:kill")
    assert results[1] is None  # killed: wrote nothing
    assert results[0]["raised"] not in (None, "AgreedError"), results[0]
    assert results[0]["seconds"] < 60, results[0]
    _only_step3(run)


@pytest.mark.slow
def test_save_agreed_no_fault(tmp_path):
    """Guard: no fault: both ranks return, step 5 holds both ranks' RNG files and
    verifies, step 3 is kept (keep=2)."""
    from training.checkpoint_files import verify_checksums

    run, results = _two_savers(tmp_path, "1:none")
    assert [r["raised"] for r in results] == [None, None], results
    step5 = os.path.join(run, "checkpoints", "step-00000005")
    verify_checksums(step5)
    assert "rng-rank1.pt" in os.listdir(step5)
    assert sorted(os.listdir(os.path.join(run, "checkpoints"))) == [
        "step-00000003",
        "step-00000005",
    ]


@pytest.mark.slow
@pytest.mark.parametrize("what", ["oom", "eio"])
def test_rank0_gather_agreed(tmp_path, what):
    """Clause rank0_gather_agreed: rank 0 alone gathers an unsharded model's state for
    step 5 and runs out of memory (or an I/O error): both ranks stop with the same one
    line naming rank 0, the checkpoint, what to fix and the intact step 3, exit 2; step 3
    is the only checkpoint (before: the gather was outside the agreed phases, rank 0
    stopped alone and rank 1 failed in the last phase's gather with gloo's error)."""
    run, results = _two_savers(tmp_path, f"0:{what}")
    assert [r["raised"] for r in results] == ["AgreedError", "AgreedError"], results
    assert results[0]["line"] == results[1]["line"]
    assert results[0]["status"] == 2
    host = socket.gethostname()
    step3 = f"{run}/checkpoints/step-00000003"
    resume = (
        f"the last complete checkpoint {step3} is intact (its checksums verify): run the "
        "same command with --resume to go on from it"
    )
    where = f"rank 0 of 2, node 0, host {host}"
    final = f"the checkpoint {run}/checkpoints/step-00000005"
    if what == "oom":
        expected = (
            f"out of memory on {where} while writing {final} (MemoryError); nothing "
            "half-written was kept; free memory on that host (other processes there), or "
            f"run fewer ranks on it; {resume}"  # review 37: no "use fsdp" (it gathers too)
        )
    else:
        expected = (
            f"cannot write {final} on {where} (OSError: [Errno 5] Input/output error: "
            f"'/dev/shm/torch_12'); nothing half-written was kept; make {run} writable on "
            "that node (a read-only mount, permissions, a failing disk) or point --output "
            f"at a folder that is; {resume}"
        )
    assert results[0]["line"] == expected
    _only_step3(run)


@pytest.mark.parametrize("rank", [1, 0])
def test_rank0_gather_agreed_staging_not_shared(tmp_path, monkeypatch, rank):
    """Clause rank0_gather_agreed_staging_not_shared (review 37): a node-local --output
    (each node its own folder) meets its first save when rank 1 writes ``rng-rank1.pt``
    into the staging folder rank 0 made on its own node: the line says the folder is
    not shared (before: "cannot write ... make RUN writable on that node (a read-only
    mount, permissions, a failing disk)", the wrong fix). Guard: a missing file in rank
    0's own staging folder is no such line (session 38, clause save_bug_keeps_traceback:
    an error of the code, exit 1 with its traceback; before: the "cannot write" line)."""
    import torch

    from training.checkpoint_agreed import _failure

    monkeypatch.setattr(torch.distributed, "get_rank", lambda: rank)
    monkeypatch.setenv("GROUP_RANK", str(rank))
    run = str(tmp_path / "run")
    staging = f"{run}/checkpoints/.tmp-step-00000003"
    error = FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), f"{staging}/rng-rank1.pt")
    error.longctx_writing = f"the checkpoint {run}/checkpoints/step-00000003"
    line, status = _failure(run, error, 2)
    where = f"rank {rank} of 2, node {rank}, host {socket.gethostname()}"
    if rank == 0:
        assert status == 1
        assert line.startswith(f"{where} failed while writing the checkpoint ")
        assert "its traceback is in that rank's output" in line
        return
    assert status == 2
    assert line == (
        f"--output {run} is not one folder every node shares: {where} cannot see the folder "
        f"{staging} that rank 0 made for the checkpoint {run}/checkpoints/step-00000003 "
        "(node-local disks: each node sees its own folder; every rank writes its part of a "
        "checkpoint into rank 0's folder); point --output at a folder every node sees (a "
        "shared filesystem); no checkpoint was complete yet: the run starts over"
    )


@pytest.mark.slow
def test_save_bug_keeps_traceback(tmp_path):
    """Clause save_bug_keeps_traceback (session 38): rank 0's gather raises an OSError
    that is no disk's or permission's (a FileNotFoundError of the code's own): rank 0
    keeps its own error (its traceback, exit 1 in the trainer), rank 1 one line naming
    rank 0, exit 1; step 3 is the only checkpoint (before: every rank the "cannot write
    ... make RUN writable" line, exit 2, the traceback lost)."""
    run, results = _two_savers(tmp_path, "0:enoent")
    assert results[0]["raised"] == "FileNotFoundError", results
    assert results[0]["line"] == "[Errno 2] No such file or directory: '/x/a.pt'"
    assert (results[1]["raised"], results[1]["status"]) == ("AgreedError", 1)
    assert results[1]["line"] == (
        f"rank 0 of 2, node 0, host {socket.gethostname()} failed while writing the "
        f"checkpoint {run}/checkpoints/step-00000005 (FileNotFoundError: [Errno 2] No such "
        "file or directory: '/x/a.pt'; its traceback is in that rank's output); the last "
        f"complete checkpoint {run}/checkpoints/step-00000003 is intact (its checksums "
        "verify): run the same command with --resume to go on from it"
    )
    _only_step3(run)


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (errno.EACCES, 2),
        (errno.EPERM, 2),
        (errno.EROFS, 2),
        (errno.EIO, 2),
        (errno.ENOSPC, 2),
        (errno.EDQUOT, 2),
        (errno.EFBIG, 2),
        (errno.ENAMETOOLONG, 2),
        (errno.ESTALE, 2),
        (errno.ENOENT, 1),
        (errno.EINVAL, 1),
        (errno.EISDIR, 1),
        (None, 1),
    ],
)
def test_save_bug_keeps_traceback_errnos(tmp_path, monkeypatch, code, status):
    """Clause save_bug_keeps_traceback: a permission, read-only or I/O error (and a full
    disk or quota) is the user's one line, exit 2; any other OSError (a missing file
    outside a staging folder, a bad argument, errno None) is the code's: exit 1, the
    line that says its traceback is in that rank's output."""
    import torch

    from training.checkpoint_agreed import _failure

    monkeypatch.setattr(torch.distributed, "get_rank", lambda: 0)
    run = str(tmp_path / "run")
    error = OSError(code, os.strerror(code), f"{run}/a.pt") if code else OSError("no errno")
    error.longctx_writing = f"the checkpoint {run}/checkpoints/step-00000003"
    line, got = _failure(run, error, 2)
    assert got == status
    if code in (errno.ENOSPC, errno.EDQUOT):
        assert line.startswith(f"no space left on the disk of {run} (rank 0 of 2, ")
    elif status == 2:
        assert line.startswith(f"cannot write the checkpoint {run}/checkpoints/step-00000003")
        # clause save_bug_keeps_traceback_user_errnos: each its own fix, not "writable"
        fix = {errno.EFBIG: "FAT32", errno.ENAMETOOLONG: "a shorter path"}.get(code)
        assert fix is None or (fix in line and "writable" not in line), line
    else:
        assert "its traceback is in that rank's output" in line


def test_rank0_gather_agreed_staging_not_shared_resume_advice(tmp_path, monkeypatch):
    """Clause output_shared_agreed (session 38): with an intact checkpoint, the staging-
    not-shared line says to copy the run folder to the shared --output and --resume
    there, not "run the same command with --resume" (which the start now refuses).
    Planted in review 38: no test caught the old advice (the test above has no
    checkpoint, so its note is "the run starts over")."""
    import torch

    from training import run_files
    from training.checkpoint_agreed import _failure

    monkeypatch.setattr(torch.distributed, "get_rank", lambda: 1)
    monkeypatch.setenv("GROUP_RANK", "1")
    run = str(tmp_path / "run")
    step3 = f"{run}/checkpoints/step-00000003"
    monkeypatch.setattr(run_files, "list_checkpoints", lambda _run: [step3])
    monkeypatch.setattr(run_files, "newest_intact", lambda _found, warn: (3, step3))
    staging = f"{run}/checkpoints/.tmp-step-00000005"
    error = FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), f"{staging}/rng-rank1.pt")
    error.longctx_writing = f"the checkpoint {run}/checkpoints/step-00000005"
    line, status = _failure(run, error, 2)
    assert status == 2
    assert line.endswith(
        f"the last complete checkpoint {step3} is intact (its checksums verify): copy the "
        "folder there and run with --resume to go on from it"
    ), line
