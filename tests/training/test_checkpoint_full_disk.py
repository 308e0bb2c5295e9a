"""Clause ``full_disk_keeps_previous_checkpoint`` (pins ``failures_are_one_line`` and
``checkpoint_replaced_safely``, session 35 wtB2): the disk fills (``OSError``
ENOSPC, simulated) while ``save_checkpoint`` writes a step saved a second time (a
resumed run saving the step it resumed from) or a new step: the step's previous
checkpoint stays complete, verifies and loads, no staging or set-aside folder is
left, and the run's message is one line that says to free space and which checkpoint
``--resume`` uses."""

from __future__ import annotations

import errno
import os

import pytest
import torch

from schemas.errors import UserError
from tests.training.checkpoint_parts import flat_weights as _weights
from tests.training.checkpoint_parts import tiny_parts as _tiny
from training import checkpoint
from training.checkpoint import load_checkpoint, save_checkpoint
from training.run_files import failures_are_one_line

STEPS = ["step-00000002", "step-00000004"]


@pytest.mark.parametrize("step", [4, 6])
@pytest.mark.parametrize("where", ["rng-rank0.pt", "state.pt", "checksums"])
def test_full_disk_keeps_previous_checkpoint(tmp_path, monkeypatch, step, where):
    """The disk fills at each write of the save (half the file on disk): one line, and
    step 4's first copy is intact (the old code's second save removed it only after
    these writes, so this pins what must stay)."""
    run = str(tmp_path / "run")
    model, optimizer, scheduler = _tiny()
    save_checkpoint(run, 2, model, optimizer, scheduler, {"stage": 0})
    save_checkpoint(run, 4, model, optimizer, scheduler, {"stage": 0})
    old = _weights(model).clone()
    model(torch.randn(4, 8)).square().mean().backward()
    optimizer.step()

    def full(path):
        with open(path, "ab") as f:
            f.write(b"\x80\x02half")
        raise OSError(errno.ENOSPC, "No space left on device", path)

    real_save, real_sums = checkpoint.save_tensors, checkpoint.write_checksums

    def save_tensors(obj, path):
        if os.path.basename(path) == where:
            full(path)
        real_save(obj, path)

    def write_checksums(folder):
        if where == "checksums":
            full(os.path.join(folder, "checksums.json.part"))
        real_sums(folder)

    monkeypatch.setattr(checkpoint, "save_tensors", save_tensors)
    monkeypatch.setattr(checkpoint, "write_checksums", write_checksums)
    with pytest.raises(UserError) as refused, failures_are_one_line(run):
        save_checkpoint(run, step, model, optimizer, scheduler, {"stage": 0})
    line = str(refused.value)
    assert "\n" not in line and line.startswith(f"no space left on the disk of {run}")
    assert "(No space left on device)" in line and "free some space there" in line
    final = os.path.join(run, "checkpoints", "step-00000004")
    assert f"the last complete checkpoint {final} is intact" in line
    assert sorted(os.listdir(os.path.join(run, "checkpoints"))) == STEPS
    fresh = _tiny(seed=1)
    assert load_checkpoint(final, *fresh)["steps_done"] == 4
    assert torch.equal(_weights(fresh[0]), old)
