"""Shared by the tests that start two real ranks as processes."""

from __future__ import annotations

import json
import os


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


def gloo_thread_ids() -> set[int]:
    """The thread ids of this process's ``pt_gloo_runloop`` threads (a gloo group's
    workers, named by torch; read from ``/proc``)."""
    tids = set()
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/comm", encoding="utf-8") as f:
                if f.read().strip() == "pt_gloo_runloop":
                    tids.add(int(tid))
        except OSError:
            pass  # a thread that ended while listed
    return tids


def agent_env(rank: int) -> dict[str, str]:
    """The environment torchrun's agent gives rank ``rank`` of two on one node, with the
    agent's store (the test holds it, ``TORCHELASTIC_USE_AGENT_STORE``); the store's
    port is passed to the rank separately (one store per run)."""
    return {
        "RANK": str(rank),
        "WORLD_SIZE": "2",
        "LOCAL_RANK": str(rank),
        "GROUP_RANK": "0",
        "MASTER_ADDR": "127.0.0.1",
        "OMP_NUM_THREADS": "1",
        "TORCHELASTIC_RUN_ID": "test",  # clause launcher_gone: a killed test stops them
        "TORCHELASTIC_USE_AGENT_STORE": "True",
    }


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
