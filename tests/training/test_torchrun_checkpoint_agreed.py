"""Two gloo ranks on CPU (each launch fails as hung after HUNG_AFTER_S): clause
``full_disk_agreed`` (a full disk while one rank writes its part of a checkpoint stops
every rank with the same line) and clause ``resume_step_agreed`` (``--resume`` on a
node-local RUN whose nodes' newest intact checkpoints differ is refused in every rank).
``training/checkpoint_agreed.py`` has the why; the launch helpers are
tests/training/test_torchrun.py's."""

from __future__ import annotations

import errno
import os
import shutil
import socket

import pytest

from training.checkpoint import list_checkpoints
from training.checkpoint_files import verify_checksums

from .test_torchrun import _argv, _error_lines, _node, _rank, _two_ranks

HOST = socket.gethostname()


def _rank_whose_disk_fills(rank, env, cwd, argv, out):
    """:func:`_rank`; in rank 1, writing its RNG file for step 5 fails as a full disk
    does (ENOSPC)."""
    if rank == 1:
        from training import checkpoint

        real = checkpoint.save_tensors

        def full(obj, path):
            if "step-00000005" in path:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)
            real(obj, path)

        checkpoint.save_tensors = full
    _rank(rank, env, cwd, argv, out)


@pytest.mark.slow
def test_full_disk_agreed(tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Clause full_disk_agreed: one node, a shared RUN; rank 1's disk is full when it
    writes its part of step 5's checkpoint. Both ranks exit 2 with the same line naming
    rank 1, the run folder, what to free or where to move, and the intact step 3;
    step 3 still verifies, no step 5 nor staging folder is left (before: rank 1
    stopped alone and rank 0 failed in the save's next barrier with gloo's
    "Connection closed by peer" traceback)."""
    node = _node(tmp_path, "node0", tiny_dataset)
    run = tmp_path / "run"
    argv = _argv(tiny_model, tiny_config, run)
    results = _two_ranks(
        [str(node), str(node)], [0, 1], argv, str(tmp_path / "out"), target=_rank_whose_disk_fills
    )
    assert [r["status"] for r in results] == [2, 2], results[0]["err"][-2000:]
    lines = [_error_lines(r["err"]) for r in results]
    assert lines[0] == lines[1] and len(lines[0]) == 1
    step3 = os.path.join(run, "checkpoints", "step-00000003")
    assert lines[0][0] == (
        f"longctx train: error: no space left on the disk of {run} (rank 1 of 2, node 0, "
        f"host {HOST}) while writing the checkpoint {run}/checkpoints/step-00000005 (No "
        "space left on device); nothing half-written was kept; free some space there (or "
        "move the run folder to a disk with room and point --output at it); the last "
        f"complete checkpoint {step3} is intact (its checksums verify; a checkpoint takes "
        + lines[0][0].split("a checkpoint takes ")[1]
    )
    assert lines[0][0].endswith("MB): run the same command with --resume to go on from it")
    assert [p for _, p in list_checkpoints(str(run))] == [step3]
    verify_checksums(step3)
    assert sorted(os.listdir(run / "checkpoints")) == ["step-00000003"]
    assert all("Traceback" not in r["err"] for r in results)


def _as_two_ranks(run, tiny_config) -> None:
    """The finished one-process run made a two-rank one's (its checkpoints' curriculum
    geometry for world 2, rank 1's RNG file), re-signed: training it with two ranks
    here takes longer than the harness's hang bound on a loaded machine."""
    from training.checkpoint_files import load_tensors, save_tensors, write_checksums
    from training.config import load_config
    from training.curriculum import plan_stages

    config = load_config(tiny_config)
    plans = plan_stages(config.curriculum, config.tokens_per_step, config.micro_batch_tokens, 2)
    for folder in (run / "checkpoints").glob("step-*"):
        state = load_tensors(str(folder / "state.pt"))
        state["curriculum"] = [vars(p) for p in plans]
        save_tensors(state, str(folder / "state.pt"))
        shutil.copy(folder / "rng-rank0.pt", folder / "rng-rank1.pt")
        write_checksums(str(folder))


def _rank_reading_step5_damaged(rank, env, cwd, argv, out):
    """:func:`_rank`; in rank 1, step 5's checksums do not verify (as a disk or network
    filesystem returning other bytes to that node would), so its newest intact step is 3."""
    if rank == 1:
        from training import run_files
        from training.checkpoint_files import CheckpointError

        real = run_files.newest_intact

        def newest_intact(checkpoints, warn=print):
            for steps, path in reversed(checkpoints):
                if steps == 5:
                    warn(f"skipping a checkpoint that cannot be used: {CheckpointError(path)}")
                    continue
                return real([(steps, path)], warn)
            return None

        run_files.newest_intact = newest_intact
    _rank(rank, env, cwd, argv, out)


@pytest.mark.slow
def test_resume_step_agreed(run_dir, tiny_dataset, tiny_model, tiny_config, tmp_path):
    """Clause resume_step_agreed: ``--resume`` where the ranks' newest intact
    checkpoints differ: rank 1 reads step 5 as damaged, rank 0 as intact. Both ranks
    exit 2 with one line naming the step each node has and what to do; nothing in the
    folder changes (before: rank 0 went on from step 5, rank 1 from step 3). Session
    38, clause output_shared_agreed: the folder is one both ranks share (a node-local
    one is refused at the start), so the line no longer says "copy the checkpoint
    folder into every node's run folder" (such a run could not save)."""
    node = _node(tmp_path, "node0", tiny_dataset)
    run = tmp_path / "run"
    shutil.copytree(run_dir, run, ignore=shutil.ignore_patterns("adapter"))
    _as_two_ranks(run, tiny_config)
    before = {str(p): p.read_bytes() for p in run.rglob("*") if p.is_file()}
    argv = _argv(tiny_model, tiny_config, run, "--resume")
    results = _two_ranks(
        [str(node)] * 2, [0, 1], argv, str(tmp_path / "out"), target=_rank_reading_step5_damaged
    )
    line = (
        f"longctx train: error: --resume: the ranks read {run}/checkpoints differently: the "
        f"newest intact checkpoint is step 5 on node 0 (host {HOST}), step 3 on node 0 "
        f"(host {HOST}), so the ranks would go on from different steps (a disk or network "
        "filesystem that returns different bytes to different nodes, or another run "
        "writing into the folder); make sure no other run uses it, check that "
        "step-00000005's files read the same on every node, then run the same command again"
    )
    assert [r["status"] for r in results] == [2, 2], results[0]["err"][-2000:]
    assert [_error_lines(r["err"]) for r in results] == [[line], [line]]
    assert {str(p): p.read_bytes() for p in run.rglob("*") if p.is_file()} == before
