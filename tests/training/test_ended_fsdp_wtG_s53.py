"""Clauses ended_fsdp_says_so and teardown_says_threads_left (training.distributed,
session 53), on a real run of two gloo ranks under FSDP2 (``distributed.wrap(...,
"fsdp")``):

* an FSDP module used after ``end_distributed`` (a notebook keeping it) says so in one
  line, :data:`training.distributed.ENDED_FSDP`: its forward, the backward of a loss
  computed before the end, and the gathers of its weights and optimizer state (before:
  ``AttributeError: 'NoneType' object has no attribute 'size'`` deep in FSDP, and torch's
  "Could not resolve the process group registered under the name 0");
* a user's own holder of the group (a function default ``group=dist.group.WORLD``, made
  after the group, and an object's attribute) keeps the gloo threads alive past the end:
  rank 1 plants both and gets one ``RuntimeWarning`` naming the threads and what to do;
  rank 0, which holds nothing, gets no warning and no thread is left."""

from __future__ import annotations

import json
import multiprocessing
import os

import pytest
import torch

from tests.training.rank_procs import gloo_thread_ids, join_ranks
from tests.training.test_fsdp_teardown_wtG_s52 import Tiny

HUNG_AFTER_S = 300  # a hang bound only


def _said(call) -> str:
    try:
        call()
    except Exception as error:  # noqa: BLE001 - what the user meets is the point
        return f"{type(error).__name__}: {error}"
    return "ok"


def _rank(rank: int, store: str, out: str) -> None:
    import warnings

    import torch.distributed as dist

    from training import distributed
    from training.config import DistributedSettings

    os.environ["OMP_NUM_THREADS"] = "1"
    dist.init_process_group("gloo", init_method=f"file://{store}", rank=rank, world_size=2)
    torch.manual_seed(0)
    module = distributed.wrap(Tiny(), DistributedSettings("fsdp"), 2, torch.device("cpu"))
    optimizer = torch.optim.AdamW(module.parameters())
    module(torch.randn(4, 8)).backward()
    optimizer.step()
    pending = module(torch.randn(4, 8))  # a loss whose backward comes after the end

    class Holder:  # the user's own object, not torch's: end_distributed leaves it
        pass

    holder = Holder()
    if rank == 1:  # the plant: a user's holders of the group, made after it

        def users_collective(t, group=dist.group.WORLD):
            return dist.all_reduce(t, group=group)

        holder.group = dist.group.WORLD
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        distributed.end_distributed(module)
    report = {
        "warnings": [f"{w.category.__name__}: {w.message}" for w in caught],
        "threads_after": len(gloo_thread_ids()),
        "forward": _said(lambda: module(torch.randn(4, 8))),
        "backward": _said(pending.backward),
        "full_tensor": _said(lambda: distributed.full_tensor(module.blocks[0].lin.weight)),
        "optimizer_state": _said(lambda: distributed.full_optimizer_state(optimizer)),
        "clip": _said(lambda: distributed.clip_grad_norm(list(module.parameters()), 1.0)),
    }
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(report, f)
    if rank == 1:  # the user's fix: the threads go with the last holder, before the exit
        del users_collective, holder.group
        import gc

        gc.collect()
        report["threads_after_fix"] = len(gloo_thread_ids())
        with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
            json.dump(report, f)


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads read from /proc")
def test_ended_fsdp_says_so_and_a_users_holder_is_named(tmp_path):
    from training.distributed import ENDED_FSDP

    spawn = multiprocessing.get_context("spawn")
    procs = [
        spawn.Process(target=_rank, args=(rank, str(tmp_path / "store"), str(tmp_path)))
        for rank in (0, 1)
    ]
    for p in procs:
        p.start()
    join_ranks(procs, HUNG_AFTER_S)
    assert [p.exitcode for p in procs] == [0, 0]
    got = [json.loads((tmp_path / f"rank{rank}.json").read_text()) for rank in (0, 1)]
    ended = f"RuntimeError: {ENDED_FSDP}"
    # session 54 (ended_group_keeps_probes): the group's own error is EndedGroupError, a
    # RuntimeError that getattr/hasattr probes read as an AttributeError
    via_group = f"EndedGroupError: {ENDED_FSDP}"
    for rank in (0, 1):  # ended_fsdp_says_so: every use of the ended module, one line
        for use in ("forward", "backward"):
            assert got[rank][use] == via_group, (rank, use, got[rank][use])
        for use in ("full_tensor", "optimizer_state", "clip"):
            assert got[rank][use] == ended, (rank, use, got[rank][use])
    assert got[0]["warnings"] == [] and got[0]["threads_after"] == 0
    # teardown_says_threads_left: the planted holders keep the threads, said once
    left = got[1]["threads_after"]
    assert left > 0
    assert len(got[1]["warnings"]) == 1
    warning = got[1]["warnings"][0]
    assert warning.startswith(f"RuntimeWarning: {left} gloo worker threads (pt_gloo_runloop)")
    assert "group=None" in warning and "\n" not in warning
    assert got[1]["threads_after_fix"] == 0  # the user's fix works: nothing for the exit
