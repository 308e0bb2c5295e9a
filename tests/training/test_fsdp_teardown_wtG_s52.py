"""Clause teardown_joins_gloo_threads (session 52): at the end of an FSDP2 run of two
gloo ranks, ``end_distributed`` leaves no ``pt_gloo_runloop`` thread alive.

Why: ``destroy_process_group`` only unregisters a group; its gloo worker threads live
as long as the C++ object, and under FSDP2 torch's own Python objects keep it (the
device mesh, every FSDP state's mesh info, and ``torch.distributed.nn.functional``'s
``group=group.WORLD`` defaults, imported by FSDP after the group exists: for the
interpreter's whole life). A thread still freeing its last work's Python tensors when
the interpreter finalizes is ended by Python 3.11 with ``pthread_exit`` inside a
``noexcept`` destructor: "terminate called without an active exception", SIGABRT after
the rank's work (session 51's CI, ``test_fsdp_shards_every_weight_...``). Joined while
the interpreter is alive, there is no thread left to end.

The ``bare`` case is the unprotected end (the old test worker's bare
``destroy_process_group``): its threads outlive the destroy, which is what makes the
``product`` case's empty list mean something."""

from __future__ import annotations

import json
import multiprocessing
import os

import pytest
import torch
from torch import nn

from tests.training.rank_procs import gloo_thread_ids, join_ranks

HUNG_AFTER_S = 300  # a hang bound only


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(8, 8)

    def forward(self, x):
        return torch.relu(self.lin(x))


class Tiny(nn.Module):
    _no_split_modules = ["Block"]  # what distributed.decoder_layers shards, as in HF models

    def __init__(self):
        super().__init__()
        self.blocks = nn.Sequential(Block(), Block())

    def forward(self, x):
        return self.blocks(x).sum()


def _rank(rank: int, store: str, end: str, out: str) -> None:
    import torch.distributed as dist

    from training import distributed
    from training.config import DistributedSettings

    os.environ["OMP_NUM_THREADS"] = "1"
    dist.init_process_group("gloo", init_method=f"file://{store}", rank=rank, world_size=2)
    torch.manual_seed(0)
    module = distributed.wrap(Tiny(), DistributedSettings("fsdp"), 2, torch.device("cpu"))
    module(torch.randn(4, 8)).backward()
    weight = distributed.full_tensor(module.blocks[0].lin.weight)  # a DTensor all-gather
    import torch.distributed.nn.functional as dnn  # FSDP imported it after the group

    report = {
        "sharded": distributed.is_sharded(module),
        "full_shape": list(weight.shape),
        "threads_before": len(gloo_thread_ids()),
        "default_was_group": isinstance(dnn.all_reduce.__defaults__[-1], dist.ProcessGroup),
    }
    if end == "bare":
        dist.destroy_process_group()
    else:
        distributed.end_distributed(module)
    report["threads_after"] = len(gloo_thread_ids())
    report["default_after"] = repr(dnn.all_reduce.__defaults__[-1])
    report["initialized"] = dist.is_initialized()
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(report, f)


def _two_ranks(end: str, tmp_path) -> list[dict]:
    spawn = multiprocessing.get_context("spawn")
    procs = [
        spawn.Process(target=_rank, args=(rank, str(tmp_path / "store"), end, str(tmp_path)))
        for rank in (0, 1)
    ]
    for p in procs:
        p.start()
    join_ranks(procs, HUNG_AFTER_S)
    assert [p.exitcode for p in procs] == [0, 0]
    return [json.loads((tmp_path / f"rank{rank}.json").read_text()) for rank in (0, 1)]


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads read from /proc")
@pytest.mark.parametrize("end", ["bare", "product"])
def test_fsdp_end_joins_the_gloo_threads(end, tmp_path):
    for got in _two_ranks(end, tmp_path):
        assert got["sharded"] and got["full_shape"] == [8, 8]
        assert got["threads_before"] > 0  # the group's gloo threads, seen
        assert got["default_was_group"]  # the holder for the interpreter's life
        assert got["initialized"] is False
        if end == "bare":  # the exposure: the threads outlive the destroy
            assert got["threads_after"] == got["threads_before"]
        else:  # the invariant: joined by end_distributed, nothing left for the exit
            assert got["threads_after"] == 0
            assert got["default_after"] == "None"  # as when imported before any group


class _TorchHeld:
    """An object of a ``torch.distributed`` home, as the clause sees a mesh or FSDP state."""

    __module__ = "torch.distributed._wtG_s52_probe"


def _only_doomed(store: str, out: str) -> None:
    import torch.distributed as dist

    from training import distributed

    dist.init_process_group("gloo", init_method=f"file://{store}", rank=0, world_size=1)
    import torch.distributed.nn.functional as dnn  # after the group: its defaults hold it

    world, kept = dist.group.WORLD, dist.new_group([0])
    held = _TorchHeld()
    held.world, held.kept, held.by_name = world, kept, {"w": world, "k": kept}

    def users(group=world):  # a user's function: not torch's, never touched
        return group

    report = {
        "registered": sorted(
            id(g) in {id(world), id(kept)} for g in distributed.registered_groups()
        ),
        "none_doomed": distributed.drop_group_holders([]),
        "default_was_world": dnn.all_reduce.__defaults__[-1] is world,
        "dropped": distributed.drop_group_holders([world]),  # ``kept`` is not doomed here
    }
    report.update(
        world_after=repr(held.world),
        kept_after=held.kept is kept,
        by_name_after=sorted(held.by_name),
        default_after=repr(dnn.all_reduce.__defaults__[-1]),
        users_after=users() is world,
    )
    del held, users, world, kept
    distributed.end_distributed()
    with open(out, "w") as f:
        json.dump(report, f)


@pytest.mark.slow
def test_only_the_doomed_groups_holders_are_dropped(tmp_path):
    """teardown_joins_gloo_threads narrowed by the review: a group that is not in the
    destroyed list (a group still in use) keeps its holders, a user's function keeps its
    default, and an empty list changes nothing."""
    spawn = multiprocessing.get_context("spawn")
    out = tmp_path / "report.json"
    proc = spawn.Process(target=_only_doomed, args=(str(tmp_path / "store"), str(out)))
    proc.start()
    join_ranks([proc], HUNG_AFTER_S)
    assert proc.exitcode == 0
    got = json.loads(out.read_text())
    assert got["registered"] == [True, True]  # the default group and the sub-group
    assert got["none_doomed"] == 0
    assert got["default_was_world"]
    # the ten ``group=group.WORLD`` defaults, held.world, held.by_name (and, as this runs
    # before the destroy here, a registry of torch's own that the destroy clears)
    assert got["dropped"] >= 12
    assert got["world_after"] == "None" and got["default_after"] == "None"
    assert got["kept_after"] and got["by_name_after"] == ["k"]
    assert got["users_after"]
