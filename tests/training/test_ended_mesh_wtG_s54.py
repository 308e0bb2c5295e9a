"""Clauses ended_group_keeps_probes and ended_mesh_says_so (training.teardown, session
54), and teardown_says_threads_left under ``-W error``, on a real run of two gloo ranks
under FSDP2 (``distributed.wrap(..., "fsdp")``, AdamW, one step), then
``end_distributed``:

* the group an FSDP object held (now :data:`ENDED_GROUP`) keeps ``getattr``/``hasattr``
  semantics: a probe with a default gets the default, ``hasattr`` is False (session 53:
  ``RuntimeError``), while a real use (``.size()``) still says :data:`ENDED_FSDP`;
* a ``DTensor`` of the ended module used directly (``full_tensor``, ``redistribute``,
  its mesh's ``get_group``) says :data:`ENDED_FSDP` (before: "Could not resolve the
  process group registered under the name 0"); local work (an add, the optimizer step,
  a deep copy of the state dict: no collective) still works; ``load_optimizer_state``
  says :data:`ENDED_FSDP` too (clause ended_load_says_so, session 55; before: loaded);
* after a NEW ``init_process_group`` the old module's ``DTensor`` says so too (before:
  its gather ran over the new group, named "0" again, without a word), while a module
  wrapped on the new group gathers its real weights;
* ``end_distributed`` with nothing held raises nothing under ``warnings`` "error" (the
  ``-W error`` question), at both ends, and leaves no gloo thread."""

from __future__ import annotations

import json
import os

import pytest
import torch

from tests.training.rank_procs import spawn_ranks
from tests.training.test_ended_fsdp_wtG_s53 import _said
from tests.training.test_fsdp_teardown_wtG_s52 import Tiny

HUNG_AFTER_S = 300  # a hang bound only


def _rank(rank: int, out: str) -> None:
    import copy
    import warnings

    import torch.distributed as dist
    from torch.distributed.tensor import Replicate

    from training import distributed
    from training.config import DistributedSettings

    os.environ["OMP_NUM_THREADS"] = "1"
    fsdp = DistributedSettings("fsdp")
    dist.init_process_group("gloo", init_method=f"file://{out}/store1", rank=rank, world_size=2)
    torch.manual_seed(0)
    module = distributed.wrap(Tiny(), fsdp, 2, torch.device("cpu"))
    optimizer = torch.optim.AdamW(module.parameters())
    module(torch.randn(4, 8)).backward()
    optimizer.step()
    state = distributed.full_optimizer_state(optimizer)
    weight = module.blocks[0].lin.weight
    held = module.blocks[0]._get_fsdp_state()._fsdp_param_group.mesh_info
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # -W error: nothing held, nothing raised
        report = {"end": _said(lambda: distributed.end_distributed(module))}
    group = held.shard_process_group
    report |= {
        "is_ended_group": group is distributed.ENDED_GROUP,
        "getattr_default": _said(lambda: getattr(group, "bound_device_id", "DEFAULT")),
        "barrier": _said(lambda: dist.barrier(group=group)),  # torch's own getattr probe
        "default_got": repr(getattr(group, "bound_device_id", "DEFAULT")),
        "hasattr": hasattr(group, "size"),
        "size": _said(lambda: group.size()),
        "full_tensor": _said(weight.full_tensor),
        "redistribute": _said(lambda: weight.redistribute(weight.device_mesh, [Replicate()])),
        "get_group": _said(weight.device_mesh.get_group),
        "local_add": _said(lambda: (weight + 1).to_local()),
        "deepcopy": _said(lambda: copy.deepcopy(module.state_dict())),
        "load_optimizer_state": _said(lambda: distributed.load_optimizer_state(optimizer, state)),
        "step": _said(optimizer.step),
    }
    dist.init_process_group("gloo", init_method=f"file://{out}/store2", rank=rank, world_size=2)
    report["new_group_name"] = dist.group.WORLD.group_name
    report["old_full_tensor"] = _said(weight.full_tensor)
    report["old_gather"] = _said(lambda: distributed.full_tensor(weight))
    report["old_clip"] = _said(lambda: distributed.clip_grad_norm(list(module.parameters()), 1.0))
    torch.manual_seed(1)
    fresh = Tiny()
    expected = fresh.blocks[0].lin.weight.detach().clone()
    renewed = distributed.wrap(fresh, fsdp, 2, torch.device("cpu"))
    report["new_forward"] = _said(lambda: renewed(torch.randn(4, 8)).backward())
    gathered = distributed.full_tensor(renewed.blocks[0].lin.weight.detach())
    report["new_gather_equal"] = bool(torch.equal(gathered, expected))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report["end2"] = _said(distributed.end_distributed)
    report["threads_after"] = len(distributed.gloo_threads())
    with open(os.path.join(out, f"rank{rank}.json"), "w") as f:
        json.dump(report, f)


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads read from /proc")
def test_an_ended_mesh_says_so_and_probes_keep_their_meaning(tmp_path):
    from training.distributed import ENDED_FSDP

    assert spawn_ranks(_rank, (str(tmp_path),), HUNG_AFTER_S) == [0, 0]
    for rank in (0, 1):
        got = json.loads((tmp_path / f"rank{rank}.json").read_text())
        ended = f"RuntimeError: {ENDED_FSDP}"
        assert got["end"] == "ok" and got["end2"] == "ok", got  # no warning raised
        assert got["threads_after"] == 0
        # ended_group_keeps_probes: a probe gets its default, a real use the one line
        assert got["is_ended_group"] is True
        assert got["getattr_default"] == "ok" and got["default_got"] == "'DEFAULT'"
        assert got["hasattr"] is False
        assert got["size"] == f"EndedGroupError: {ENDED_FSDP}"
        # torch's barrier probes getattr(group, "bound_device_id", None), then uses it
        assert got["barrier"] == f"EndedGroupError: {ENDED_FSDP}"
        # ended_mesh_says_so: the DTensor's own collectives, before and after a new group
        for use in ("full_tensor", "redistribute", "get_group", "old_full_tensor"):
            assert got[use] == ended, (rank, use, got[use])
        for use in ("old_gather", "old_clip"):
            assert got[use] == ended, (rank, use, got[use])
        assert got["new_group_name"] == "0"  # the name the old mesh's group had
        # local work of the ended module is left as it was
        for use in ("local_add", "deepcopy", "step"):
            assert got[use] == "ok", (rank, use, got[use])
        # clause ended_load_says_so (session 55): a load into the ended module says so
        assert got["load_optimizer_state"] == ended, (rank, got["load_optimizer_state"])
        # a module wrapped on the new group is not taken for the ended one
        assert got["new_forward"] == "ok"
        assert got["new_gather_equal"] is True
