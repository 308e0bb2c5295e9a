"""Clauses teardown_drops_every_reducer and ended_ddp_says_so (training.distributed, session
51 and its review), one process: a caller's DDP module that ``end_distributed`` was not
given (a notebook's variable, or a refusal's traceback frame) loses the group's holders all
the same, and calling it afterwards is a clear error, not DDP's ``AttributeError`` on a
missing ``logger``. The group is a one-rank gloo group in a spawned process (this test
process keeps no group)."""

from __future__ import annotations

import json
import multiprocessing
import os

import pytest

from tests.training.rank_procs import join_ranks

HUNG_AFTER_S = 240  # a hang bound only; the process takes seconds


def _one_rank(out: str) -> None:
    import torch
    from torch import nn

    from training.distributed import ENDED_DDP, end_distributed

    store = torch.distributed.HashStore()
    torch.distributed.init_process_group("gloo", store=store, rank=0, world_size=1)
    ddp = nn.parallel.DistributedDataParallel(nn.Linear(4, 4))
    ddp(torch.ones(2, 4)).sum().backward()  # usable before the end
    holders = [n for n in ("logger", "reducer", "process_group") if n in ddp.__dict__]
    end_distributed()  # the module not named: found by the scan
    result = {
        "holders_before": holders,
        "holders_after": [n for n in ("logger", "reducer", "process_group") if n in ddp.__dict__],
        "initialized": torch.distributed.is_initialized(),
        "hooks": len(ddp._forward_pre_hooks),
        "errors": [],
    }
    for grad in (True, False):
        try:
            with torch.set_grad_enabled(grad):
                ddp(torch.ones(2, 4))
            result["errors"].append(None)
        except RuntimeError as error:
            result["errors"].append(str(error) == ENDED_DDP)
    store = torch.distributed.HashStore()  # a second group, a second module
    torch.distributed.init_process_group("gloo", store=store, rank=0, world_size=1)
    second = nn.parallel.DistributedDataParallel(nn.Linear(4, 4))
    end_distributed(second)  # passed and found again by the scan: one hook
    result["hooks_passed"] = len(second._forward_pre_hooks)
    result["hooks_first"] = len(ddp._forward_pre_hooks)  # an ended module: left as it is
    with open(os.path.join(out, "rank0.json"), "w", encoding="utf-8") as f:
        json.dump(result, f)


@pytest.mark.slow
def test_a_ddp_module_not_passed_is_ended_and_says_so(tmp_path):
    proc = multiprocessing.get_context("spawn").Process(target=_one_rank, args=(str(tmp_path),))
    proc.start()
    join_ranks([proc], HUNG_AFTER_S)
    assert proc.exitcode == 0
    got = json.loads((tmp_path / "rank0.json").read_text(encoding="utf-8"))
    assert got["holders_before"] == ["logger", "reducer", "process_group"]
    assert got["holders_after"] == []  # teardown_drops_every_reducer: the scan found it
    assert got["initialized"] is False
    assert got["hooks"] == 1
    assert got["errors"] == [True, True]  # ended_ddp_says_so: with and without grad
    assert [got["hooks_passed"], got["hooks_first"]] == [1, 1]
