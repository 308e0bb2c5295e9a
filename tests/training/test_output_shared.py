"""Clause ``output_shared_agreed`` (session 38, ``training.run_agreed.output_shared``)
at the check itself: two gloo processes, no trainer (seconds; the two-rank
``longctx train`` launches are in test_torchrun_run_agreed.py). Each rank gets its
own ``--output`` path (node-local disks) or the same one (a shared folder)."""

from __future__ import annotations

import json
import multiprocessing
import os
import socket

import pytest

from tests.training.rank_procs import free_port, join_ranks, master_env

HUNG_AFTER_S = 120


def _check_rank(rank, port, run, out):
    os.environ.update(master_env(rank, port))
    os.environ["GROUP_RANK"] = str(rank)
    import torch

    from schemas.errors import UserError
    from training.run_agreed import output_shared

    torch.distributed.init_process_group("gloo")
    try:
        output_shared(run, rank, 2, None)
        result = {"raised": None}
    except UserError as error:
        result = {"raised": str(error)}
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(result, f)


def _two_checks(tmp_path, runs):
    port = free_port()
    spawn = multiprocessing.get_context("spawn")
    procs = [
        spawn.Process(target=_check_rank, args=(r, port, str(runs[r]), str(tmp_path)))
        for r in (0, 1)
    ]
    for p in procs:
        p.start()
    join_ranks(procs, HUNG_AFTER_S)
    return [json.loads((tmp_path / f"rank{r}.json").read_text())["raised"] for r in (0, 1)]


@pytest.mark.parametrize("exists", [True, False])
def test_output_shared_agreed_node_local(tmp_path, exists):
    """Each rank its own folder: both raise the same line naming both folders; the
    token (and, for a new folder, the folders rank 0 made) is gone."""
    runs = [tmp_path / f"node{r}" / "out" / "run" for r in (0, 1)]
    if exists:
        runs[0].mkdir(parents=True)
    (tmp_path / "node1").mkdir()
    raised = _two_checks(tmp_path, runs)
    host = socket.gethostname()
    line = (
        f" is not one folder every node shares: the file rank 0 wrote into it on node 0 "
        f"(host {host}, {runs[0]}) is not there on node 1 (host {host}, {runs[1]}) "
        "(node-local disks: each node sees its own folder); every rank writes its part of "
        "each checkpoint into that one folder, so point --output at a folder on a filesystem "
        "every node mounts (to go on from a run kept on one node's disk, copy its folder "
        "there and run with --resume)"
    )  # each rank names its own spelling of --output (in a launch: the same one)
    assert raised == [f"--output {runs[r]}{line}" for r in (0, 1)]
    assert os.listdir(runs[0]) == [] if exists else not (tmp_path / "node0").exists()
    assert os.listdir(tmp_path / "node1") == []


@pytest.mark.parametrize("exists", [True, False])
def test_output_shared_agreed_shared(tmp_path, exists):
    """Guard: one folder both ranks see (made or not): no refusal, nothing left."""
    run = tmp_path / "runs" / "run"
    if exists:
        run.mkdir(parents=True)
        (run / "metrics.jsonl").write_text("")
    assert _two_checks(tmp_path, [run, run]) == [None, None]
    assert os.listdir(run) == ["metrics.jsonl"] if exists else not (tmp_path / "runs").exists()


def test_output_shared_agreed_unwritable(tmp_path):
    """Guard: rank 0 cannot write there (``--output`` is a file): not checked, no
    refusal here (the run's own checks say it later); the file is untouched."""
    run = tmp_path / "run"
    run.write_text("mine\n")
    assert _two_checks(tmp_path, [run, tmp_path / "elsewhere"]) == [None, None]
    assert run.read_text() == "mine\n"


def test_output_shared_agreed_leftover_token(tmp_path):
    """Clause output_shared_agreed_leftover_token (review 38): a token a killed start left
    in --output (rank 0 killed between writing and removing it) does not refuse the rerun
    as "already holds ... choose a new or empty folder"; another hidden file still does."""
    from schemas.errors import UserError
    from training.run_files import SHARED_TOKEN, check_run_folder

    run = tmp_path / "run"
    run.mkdir()
    (run / f"{SHARED_TOKEN}0123456789abcdef").write_text("")
    check_run_folder(str(run), str(tmp_path / "data"), str(tmp_path / "model"), False)
    (run / ".other").write_text("")
    with pytest.raises(UserError, match=r"already holds \.other and no checkpoint"):
        check_run_folder(str(run), str(tmp_path / "data"), str(tmp_path / "model"), False)
