"""A run's earlier checkpoints and adapter are never destroyed by a later save (session
20, wtG; docs/QUALITY.md "Archives through pipes, damage inside archives, training
outputs"). Each test names its clause and fails without it."""

from __future__ import annotations

import errno
import os
from types import SimpleNamespace

import pytest
import torch

from training.adapter import save_adapter
from training.checkpoint import list_checkpoints, load_checkpoint, save_checkpoint
from training.checkpoint_files import newest_intact
from training.config import RopeSettings


def _tiny():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.Linear(8, 2))
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: 1.0)
    return model, optimizer, scheduler


def _step(model, optimizer, scheduler):
    loss = model(torch.randn(4, 8)).square().mean()
    loss.backward()
    optimizer.step()
    scheduler.step()
    optimizer.zero_grad()


def _flip_byte(path: str) -> None:
    data = bytearray(open(path, "rb").read())
    data[len(data) // 2] ^= 0x01
    open(path, "wb").write(bytes(data))


@pytest.mark.parametrize("keep", [1, 2])
def test_a_save_after_resuming_past_a_damaged_checkpoint_keeps_the_one_it_wrote(tmp_path, keep):
    """Clause ``prune_older_only`` (training/checkpoint.py): the newest checkpoint
    (step 300) is damaged, so ``--resume`` goes on from step 100 (newest_intact) and
    writes step 200. Pruning kept the ``keep`` newest *by name*, the damaged 300
    among them: with keep_checkpoints 1 it removed step 200 (just written) and step
    100, leaving only the damaged one, so the next resume had nothing; with 2 it
    removed step 100, leaving one intact checkpoint where the user asked for two."""
    run = str(tmp_path / "run")
    model, optimizer, scheduler = _tiny()
    for steps in (100, 300):
        _step(model, optimizer, scheduler)
        save_checkpoint(run, steps, model, optimizer, scheduler, {"stage": 0}, keep=3)
    _flip_byte(os.path.join(run, "checkpoints", "step-00000300", "state.pt"))
    warnings = []
    assert newest_intact(list_checkpoints(run), warn=warnings.append)[0] == 100
    assert "step-00000300" in warnings[0]

    _step(model, optimizer, scheduler)
    save_checkpoint(run, 200, model, optimizer, scheduler, {"stage": 0}, keep=keep)
    steps = [s for s, _ in list_checkpoints(run)]
    assert steps == ([200, 300] if keep == 1 else [100, 200, 300])
    found = newest_intact(list_checkpoints(run), warn=lambda _: None)
    assert found is not None and found[0] == 200
    fresh, fresh_optimizer, fresh_scheduler = _tiny()
    state = load_checkpoint(found[1], fresh, fresh_optimizer, fresh_scheduler)
    assert state["steps_done"] == 200
    assert all(
        torch.equal(a, b) for a, b in zip(model.parameters(), fresh.parameters(), strict=True)
    )


class _FullDisk:
    """A peft model whose ``save_pretrained`` writes half an adapter and then finds the
    disk full (what safetensors raises on ENOSPC is an OSError in the chain)."""

    peft_config = {"default": SimpleNamespace(base_model_name_or_path=None)}

    def save_pretrained(self, folder, **kwargs):
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "adapter_config.json"), "w") as f:
            f.write("{}")
        raise OSError(errno.ENOSPC, "No space left on device")


def test_an_adapter_left_aside_by_a_kill_is_put_back_not_removed(tmp_path):
    """Clause ``adapter_old_restored`` (training/adapter.py): ``save_adapter`` moves
    RUN/adapter to RUN/.adapter.old, then the new one into place; a kill between the
    two renames left the user's adapter only as .adapter.old, and the next save
    removed it as a leftover before writing (a full disk then left no adapter at all).
    Now it is put back first."""
    run = tmp_path / "run"
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    previous = run / ".adapter.old"
    previous.mkdir(parents=True)
    (previous / "adapter_config.json").write_text('{"r": 8}')
    (previous / "adapter_model.safetensors").write_bytes(b"trained weights")

    with pytest.raises(OSError):
        save_adapter(_FullDisk(), str(run), str(model_dir), RopeSettings())
    adapter = run / "adapter"
    assert (adapter / "adapter_model.safetensors").read_bytes() == b"trained weights"
    assert (adapter / "adapter_config.json").read_text() == '{"r": 8}'
    assert sorted(os.listdir(run)) == ["adapter"]


def test_a_full_disk_while_writing_the_scaled_base_keeps_the_previous_base(
    tiny_model, tmp_path, monkeypatch
):
    """Clause ``base_staged`` (training/adapter.py ``write_scaled_base``): a RoPE-scaled
    run's RUN/base (config.json with the scaling, the rest linked to the model) was
    removed and rebuilt in place; a full disk midway (here: at the first link) left
    only a config.json, and the adapter already in RUN/adapter (a finished run being
    resumed) no longer loaded. Now the previous RUN/base stays whole."""
    from training import adapter as adapter_module
    from training.adapter import write_scaled_base

    out = tmp_path / "run" / "base"
    write_scaled_base(tiny_model, RopeSettings(type="linear", factor=2.0), str(out))
    before = {n: os.path.realpath(out / n) for n in os.listdir(out)}
    config = (out / "config.json").read_text()
    assert "model.safetensors" in before

    def full_disk(source, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(adapter_module, "_link_or_copy", full_disk)
    with pytest.raises(OSError):
        write_scaled_base(tiny_model, RopeSettings(type="linear", factor=4.0), str(out))
    assert {n: os.path.realpath(out / n) for n in os.listdir(out)} == before
    assert (out / "config.json").read_text() == config
    assert sorted(os.listdir(out.parent)) == ["base"]
