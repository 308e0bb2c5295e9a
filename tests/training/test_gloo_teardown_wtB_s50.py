"""Clause teardown_joins_without_gil (training.distributed.end_distributed), two real gloo ranks.

Session 49's CI hang: a rank's main thread joined a ``pt_gloo_runloop`` thread inside
``~ProcessGroupGloo`` while holding the GIL, and that thread waited for the GIL to free a
finished all_reduce's Python tensor. The last reference to the group was the DDP module's
C++ Reducer, whose pybind dealloc keeps the GIL. Here rank 0 ends its group while its
all_reduce is still running on a gloo thread (rank 1 joins the collective later), with a
DDP module alive and ``torch.distributed.nn`` imported before the group was made (as a
fork server's preload does; imported later, its functions' defaults keep the group to the
interpreter's exit). With ``destroy_process_group()`` followed by dropping the module,
rank 0 hung there every time (/tmp/wtB50/gloo_det.py, session 50's record).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time

import pytest

from tests.training.rank_procs import free_port, gloo_thread_ids, join_ranks, master_env

HUNG_AFTER_S = 240  # a hang bound only; the ranks take seconds


def _gloo_threads() -> int | None:
    """How many ``pt_gloo_runloop`` threads this process has (None without /proc)."""
    return len(gloo_thread_ids()) if os.path.isdir("/proc/self/task") else None


def _rank(rank: int, port: str, out: str) -> None:
    os.environ.update(master_env(rank, port))
    import torch
    import torch.distributed.nn  # noqa: F401  before the group: nothing else keeps it
    from torch import nn

    from training.distributed import end_distributed

    torch.distributed.init_process_group("gloo")
    ddp = nn.parallel.DistributedDataParallel(nn.Linear(4, 4))
    ddp(torch.ones(2, 4)).sum().backward()  # the Reducer has all-reduced a bucket
    threads_before = _gloo_threads()
    t = torch.ones(4)
    if rank == 1:
        time.sleep(2)  # rank 0 is inside end_distributed with its all_reduce running
        work = torch.distributed.all_reduce(t, async_op=True)
        end_distributed(ddp, [work])
        completed = work.is_completed()
    else:
        work = torch.distributed.all_reduce(t, async_op=True)
        del work  # only the gloo thread holds it now
        end_distributed(ddp)
        completed = None
    result = {
        "initialized": torch.distributed.is_initialized(),
        "threads_before": threads_before,
        "threads_after": _gloo_threads(),
        "reducer_left": any(k in ddp.__dict__ for k in ("reducer", "logger", "process_group")),
        "work_completed": completed,
        "sum": t.tolist(),
    }
    with open(os.path.join(out, f"rank{rank}.json"), "w", encoding="utf-8") as f:
        json.dump(result, f)


def test_end_distributed_with_a_running_all_reduce_and_ddp(tmp_path):
    port = free_port()
    spawn = multiprocessing.get_context("spawn")
    procs = [spawn.Process(target=_rank, args=(r, port, str(tmp_path))) for r in (0, 1)]
    for p in procs:
        p.start()
    join_ranks(procs, HUNG_AFTER_S)  # before the clause: rank 0 never returned
    assert [p.exitcode for p in procs] == [0, 0]
    for rank in (0, 1):
        got = json.loads((tmp_path / f"rank{rank}.json").read_text(encoding="utf-8"))
        assert got["initialized"] is False  # the default group is gone
        assert got["sum"] == [2.0, 2.0, 2.0, 2.0]  # the running all_reduce finished
        if got["threads_before"] is not None:
            # the invariant: joined inside end_distributed (GIL released), not when the
            # DDP module goes (review: without drop_reducer the ranks may still exit 0
            # when the all_reduce ends before the module is freed; this catches it)
            assert got["threads_before"] > 0
            assert got["threads_after"] == 0
        assert got["reducer_left"] is False  # DDP's C++ holders of the group dropped
    assert json.loads((tmp_path / "rank1.json").read_text(encoding="utf-8"))["work_completed"]


def test_end_distributed_without_a_group_is_a_no_op():
    import torch

    from training.distributed import end_distributed

    if torch.distributed.is_available() and torch.distributed.is_initialized():
        pytest.skip("a process group is already initialized in this process")
    end_distributed()  # one process: nothing to destroy, nothing raised
    assert not (torch.distributed.is_available() and torch.distributed.is_initialized())
