"""Clauses teardown_joins_without_gil (session 50) and teardown_drops_every_reducer
(session 51) at a real two-rank ``longctx train`` (gloo, CPU, ranks as torchrun starts
them): when the recipe's DDP module is freed, none of the default group's
``pt_gloo_runloop`` threads is alive any more, both at the end of a run and after an
agreed refusal made after the DDP wrap (rank 1's metrics write fails: ``RankWrites``'s
``all_reduce``, then every rank stops with the line and ``end_process_group``).

Why that moment: the DDP module's C++ Reducer holds the group, and its pybind dealloc
keeps the GIL. If the module's release is the group's last, the main thread joins the
gloo threads holding the GIL while a gloo thread that has just finished a collective
waits for the GIL to free a Python tensor: session 49's CI hang (session 50's record has
the gdb stacks). The ranks import ``torch.distributed.nn`` before their group is made, as
a fork server's preload or a user's script may: imported later (by DDP's constructor),
its functions' ``group=group.WORLD`` defaults keep the group to the interpreter's exit
and the Reducer's release is never the last, so nothing would be tested.

One spawn of two processes; each rank runs the recipe twice (to its end, then the
refused run), each run over its own rendezvous store, so the start-up is paid once."""

from __future__ import annotations

import errno
import gc
import json
import multiprocessing
import os
import sys
import weakref

import pytest

from tests.training.rank_procs import (
    agent_env,
    agent_store,
    gloo_thread_ids,
    join_ranks,
    read_rank_runs,
)

HUNG_AFTER_S = 600  # a hang bound only (two recipe runs per rank; a deadlock never returns)
_NEXT_RUN = "=== next run ===\n"  # written to a rank's stderr between its two runs


def _rank(rank, env, runs, out):
    """One rank: for each run (argv, store port, whether rank 1's metrics write fails)
    the recipe run, with the default group's gloo threads recorded when the DDP module
    ``distributed.wrap`` made is freed and after the run. A gloo group starts its
    threads at its first collective: a barrier right after ``setup_distributed`` starts
    the default group's, the only group then (the verdict group's, made next, live
    until ``train`` returns: the recipe holds it)."""
    os.environ.update(env)
    sys.stdout = open(os.path.join(out, f"out{rank}.txt"), "w")  # noqa: SIM115
    sys.stderr = open(os.path.join(out, f"err{rank}.txt"), "w")  # noqa: SIM115
    import torch
    import torch.distributed.nn  # noqa: F401  before any group: see the module's docstring

    from training import distributed, recipe

    state: dict = {}
    real_setup, real_wrap, real_logs = recipe.setup_distributed, distributed.wrap, recipe.start_logs

    def setup():
        got = real_setup()
        torch.distributed.barrier()  # the default group connects: its threads start
        state["world"] = gloo_thread_ids()  # the only group yet
        return got

    def at_free():
        state["at_free"] = sorted(state["world"] & gloo_thread_ids())

    def wrap(*args, **kwargs):
        module = real_wrap(*args, **kwargs)
        state["ddp"] = type(module).__name__
        weakref.finalize(module, at_free)  # runs before the module's Reducer is released
        return module

    def full_disk(run, *args, **kwargs):
        path = os.path.join(run, "metrics.jsonl")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)

    recipe.setup_distributed, distributed.wrap = setup, wrap
    results = []
    for argv, port, fail in runs:
        state.clear()
        os.environ["MASTER_PORT"] = str(port)
        recipe.start_logs = full_disk if fail and rank == 1 else real_logs
        status = recipe.main(argv)
        gc.collect()  # the module, if a cycle still held it
        results.append(
            {
                "status": status,
                "ddp": state.get("ddp"),
                "world_threads": len(state.get("world", ())),
                "left_when_module_freed": state.get("at_free"),
                "left_after_run": sorted(state.get("world", set()) & gloo_thread_ids()),
                "initialized": torch.distributed.is_initialized(),
            }
        )
        sys.stderr.write(_NEXT_RUN)
        sys.stdout.flush()
        sys.stderr.flush()
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(results, f)


def _two_ranks(runs, out):
    """Per rank, per run: what :func:`_rank` recorded, and the run's stderr."""
    stores = [agent_store() for _ in runs]  # one per run, held here as torchrun's agent does
    planned = [(argv, s.port, fail) for (argv, fail), s in zip(runs, stores, strict=True)]
    os.makedirs(out, exist_ok=True)
    spawn = multiprocessing.get_context("spawn")
    procs = []
    for rank in (0, 1):
        env = agent_env(rank)
        p = spawn.Process(target=_rank, args=(rank, env, planned, out))
        p.start()
        procs.append(p)
    try:
        join_ranks(procs, HUNG_AFTER_S)
    finally:
        del stores
    return read_rank_runs(out, _NEXT_RUN)


def _error_lines(err: str) -> list[str]:
    return [x for x in err.splitlines() if x.startswith("longctx train: error: ")]


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads read from /proc")
def test_ddp_module_is_never_the_groups_last_holder(
    tiny_dataset, tiny_model, tiny_config, tmp_path
):
    def argv(run):
        return ["--data", tiny_dataset, "--model", tiny_model, "--config", tiny_config,
                "--output", str(tmp_path / run), "--max-steps", "1"]  # fmt: skip

    runs = [(argv("ends"), False), (argv("refused"), True)]
    (zero_end, zero_refused), (one_end, one_refused) = _two_ranks(runs, str(tmp_path / "out"))
    assert [zero_end["status"], one_end["status"]] == [0, 0], zero_end["err"][-2000:]
    # the refusal after the wrap: rank 1's full disk, the same line and status in both
    assert [zero_refused["status"], one_refused["status"]] == [2, 2], one_refused["err"][-2000:]
    line = _error_lines(one_refused["err"])
    assert len(line) == 1 and os.strerror(errno.ENOSPC) in line[0], one_refused["err"][-2000:]
    assert _error_lines(zero_refused["err"]) == line
    for got in (zero_end, one_end, zero_refused, one_refused):
        assert got["ddp"] == "DistributedDataParallel"  # the run got as far as the wrap
        assert got["world_threads"] > 0  # the default group's gloo threads, seen
        # the invariant: they were joined by the teardown (GIL released), none was
        # left for the DDP module's release to join (it was freed: not None)
        assert got["left_when_module_freed"] == [], got["err"][-2000:]
        assert got["left_after_run"] == []
        assert got["initialized"] is False
        # session 53 review: the recipe's own verdict group (held by train() to its
        # return, and by a refusal's frames) is no user's holder: no
        # teardown_says_threads_left warning on a normal run's end or an agreed refusal
        assert "gloo worker threads (pt_gloo_runloop)" not in got["err"], got["err"][-2000:]
