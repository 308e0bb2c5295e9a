"""Clauses ended_load_says_so, derived_mesh_says_so and ended_mesh_names_its_owner
(training.teardown / training.distributed, session 55) on a real run of two gloo ranks:
an FSDP2 module (``distributed.wrap(..., "fsdp")``, AdamW, one step) and, beside it, a
``DTensor`` on a mesh the user made for tensor parallelism (``init_device_mesh`` with a
dimension name, no FSDP), then ``end_distributed``:

* ``load_optimizer_state`` into the ended FSDP module says :data:`ENDED_FSDP` (session
  54: it loaded without a word, no collective is needed for it);
* the tensor-parallel ``DTensor`` says :data:`ENDED_MESH`, not "this FSDP module";
* after a NEW ``init_process_group`` a mesh torch derives from the ended one
  (``DeviceMesh._concatenate``, which copies the names into a plain list) resolves no
  group: before, its name "0" was the NEW default group's and a ``DTensor`` on it gathered
  over the new group without a word (probe on torch 2.13); ``distributed.full_tensor``
  says :data:`ENDED_MESH`."""

from __future__ import annotations

import json
import os

import pytest
import torch

from tests.training.rank_procs import fsdp_stepped, spawn_ranks
from tests.training.test_ended_fsdp_wtG_s53 import _said

HUNG_AFTER_S = 300  # a hang bound only


def _rank(rank: int, out: str) -> None:
    import torch.distributed as dist
    from torch.distributed.device_mesh import DeviceMesh, init_device_mesh
    from torch.distributed.tensor import DTensor, Shard, distribute_tensor

    from training import distributed

    module, optimizer = fsdp_stepped(rank, f"file://{out}/store1")
    state = distributed.full_optimizer_state(optimizer)
    tp_mesh = init_device_mesh("cpu", (2,), mesh_dim_names=("tp",))
    tp = distribute_tensor(torch.arange(8.0).reshape(4, 2), tp_mesh, [Shard(0)])
    report = {"tp_before": _said(tp.full_tensor)}
    report["end"] = _said(lambda: distributed.end_distributed(module))
    report["load"] = _said(lambda: distributed.load_optimizer_state(optimizer, state))
    report["fsdp_full"] = _said(module.blocks[0].lin.weight.full_tensor)
    report["tp_full"] = _said(tp.full_tensor)
    report["tp_gather"] = _said(lambda: distributed.full_tensor(tp))
    dist.init_process_group("gloo", init_method=f"file://{out}/store2", rank=rank, world_size=2)
    report["new_group_name"] = dist.group.WORLD.group_name
    derived = DeviceMesh._concatenate([tp_mesh])
    report["derived_names_plain"] = type(derived._dim_group_names) is list
    on_derived = DTensor.from_local(tp.to_local(), derived, [Shard(0)])
    report["derived_group"] = _said(derived.get_group)
    report["derived_full"] = _said(on_derived.full_tensor)
    report["derived_gather"] = _said(lambda: distributed.full_tensor(on_derived))
    report["end2"] = _said(distributed.end_distributed)
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(report, f)


@pytest.mark.slow
def test_a_load_a_tp_mesh_and_a_derived_mesh_say_so(tmp_path):
    from training.distributed import ENDED_FSDP, ENDED_MESH
    from training.teardown import ENDED_NAME

    assert spawn_ranks(_rank, (str(tmp_path),), HUNG_AFTER_S) == [0, 0]
    for rank in (0, 1):
        got = json.loads((tmp_path / f"rank{rank}.json").read_text())
        assert got["tp_before"] == "ok" and got["end"] == "ok" and got["end2"] == "ok", got
        # ended_load_says_so
        assert got["load"] == f"RuntimeError: {ENDED_FSDP}", (rank, got["load"])
        # ended_mesh_names_its_owner: FSDP's mesh says FSDP, the user's TP mesh does not
        assert got["fsdp_full"] == f"RuntimeError: {ENDED_FSDP}", (rank, got["fsdp_full"])
        for use in ("tp_full", "tp_gather"):
            assert got[use] == f"RuntimeError: {ENDED_MESH}", (rank, use, got[use])
        assert "FSDP" not in ENDED_MESH
        # derived_mesh_says_so: torch copies the names into a plain list, "0" is live again
        assert got["new_group_name"] == "0" and got["derived_names_plain"] is True
        unresolved = f"the name 0{ENDED_NAME}"
        for use in ("derived_group", "derived_full"):
            assert got[use].startswith("RuntimeError: ") and got[use].endswith(unresolved), (
                rank,
                use,
                got[use],
            )
        assert got["derived_gather"] == f"RuntimeError: {ENDED_MESH}", got["derived_gather"]
