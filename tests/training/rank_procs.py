"""Shared by the tests that start two real ranks as processes."""

from __future__ import annotations

import json
import os
import socket

from training.distributed import gloo_threads as gloo_thread_ids  # noqa: F401  shared


def join_ranks(procs, timeout_s: float) -> None:
    """Wait for every rank's process; a rank still running after ``timeout_s`` is killed
    and the test fails naming it (a rank left waiting in a collective never returns)."""
    for p in procs:
        p.join(timeout_s)
    hung = [rank for rank, p in enumerate(procs) if p.is_alive()]
    for p in procs:
        if p.is_alive():
            p.kill()
            p.join()
    assert not hung, f"ranks {hung} hung"


def spawn_ranks(target, args, timeout_s: float) -> list[int]:
    """``target(rank, *args)`` in two spawned processes, joined (:func:`join_ranks`);
    their exit codes."""
    import multiprocessing

    spawn = multiprocessing.get_context("spawn")
    procs = [spawn.Process(target=target, args=(rank, *args)) for rank in (0, 1)]
    for p in procs:
        p.start()
    join_ranks(procs, timeout_s)
    return [p.exitcode for p in procs]


def agent_store():
    """Clause agent_store (session 41): the ranks' rendezvous store, held by the test
    as torchrun's agent holds it (``TORCHELASTIC_USE_AGENT_STORE``), on a port the OS
    gave it and kept bound. Before, rank 0 held it on a port a probe had found free and
    closed again: a rank 0 that refused and exited took the store with it while rank
    1 still needed it, and rank 1 retried to connect until killed (TCPStore "connection
    reset", session 40 under load); another test could also take the port between the
    probe and the bind. The store outlives both ranks. One store per run: a process
    group's keys are not reused after ``destroy_process_group``."""
    from torch.distributed import TCPStore

    return TCPStore("127.0.0.1", 0, world_size=2, is_master=True, wait_for_workers=False)


def agent_env(
    rank: int, port: int | None = None, local_rank: int | None = None, group_rank: int = 0
) -> dict[str, str]:
    """The environment torchrun's agent gives rank ``rank`` of two, with the agent's
    store (:func:`agent_store`, held by the test); ``LOCAL_RANK`` is ``rank`` (one node)
    unless ``local_rank`` is given, ``GROUP_RANK`` the rank's node. ``MASTER_PORT`` is the
    store's ``port`` when given (else the rank sets it, one store per run)."""
    env = {
        "RANK": str(rank),
        "WORLD_SIZE": "2",
        "LOCAL_RANK": str(rank if local_rank is None else local_rank),
        "GROUP_RANK": str(group_rank),
        "MASTER_ADDR": "127.0.0.1",
        "OMP_NUM_THREADS": "1",
        "TORCHELASTIC_RUN_ID": "test",  # clause launcher_gone: a killed test stops them
        "TORCHELASTIC_USE_AGENT_STORE": "True",
    }
    if port is not None:
        env["MASTER_PORT"] = str(port)
    return env


def read_rank_runs(out: str, next_run: str) -> list[list[dict]]:
    """Per rank, per run: what the rank wrote to ``out/rank{r}.json``, each run's dict
    given its part of ``out/err{r}.txt`` (runs parted by ``next_run``) as ``"err"``."""
    ranks = []
    for rank in (0, 1):
        with open(os.path.join(out, f"rank{rank}.json")) as f:
            results = json.load(f)
        with open(os.path.join(out, f"err{rank}.txt")) as f:
            errs = f.read().split(next_run)
        for result, err in zip(results, errs, strict=False):
            result["err"] = err
        ranks.append(results)
    return ranks


def free_port() -> str:
    """A port the OS found free on 127.0.0.1 (closed again: rank 0's store binds it),
    for the tests whose rank 0 holds the store itself (``init_process_group`` over
    ``env://``); :func:`agent_store` is the race-free way where a test plays torchrun's
    agent."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return str(s.getsockname()[1])


def master_env(rank: int, port: str) -> dict[str, str]:
    """``env://`` rendezvous of rank ``rank`` of two on this host, rank 0's store on
    ``port``."""
    return {"RANK": str(rank), "WORLD_SIZE": "2", "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": port}


def fsdp_stepped(rank: int, init_method: str):
    """Rank ``rank`` of two: a gloo group over ``init_method``, the product's FSDP2 module
    of the small test model (``distributed.wrap(..., "fsdp")``) and its AdamW after one
    step; ``(module, optimizer)``."""
    import torch
    import torch.distributed as dist

    from tests.training.test_fsdp_teardown_wtG_s52 import Tiny
    from training import distributed
    from training.config import DistributedSettings

    os.environ["OMP_NUM_THREADS"] = "1"
    dist.init_process_group("gloo", init_method=init_method, rank=rank, world_size=2)
    torch.manual_seed(0)
    module = distributed.wrap(Tiny(), DistributedSettings("fsdp"), 2, torch.device("cpu"))
    optimizer = torch.optim.AdamW(module.parameters())
    module(torch.randn(4, 8)).backward()
    optimizer.step()
    return module, optimizer
