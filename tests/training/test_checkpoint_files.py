"""Checkpoints load safely and only when intact: checksums written last and verified
first, ``weights_only`` loads, and the newest intact checkpoint is used on resume."""

from __future__ import annotations

import json
import os
import pickle
import random
import shutil

import numpy as np
import pytest
import torch

from training.checkpoint import list_checkpoints, load_checkpoint, rng_state, set_rng_state
from training.checkpoint_files import (
    CHECKSUMS,
    CheckpointError,
    load_tensors,
    newest_intact,
    verify_checksums,
    write_checksums,
)


@pytest.fixture
def run_copy(run_dir, tmp_path):
    """A copy of the recipe tests' finished run (checkpoints after steps 3 and 5)."""
    copy = tmp_path / "run"
    shutil.copytree(run_dir, copy)
    return copy


def _newest(run) -> str:
    return list_checkpoints(str(run))[-1][1]


def _flip_byte(path: str) -> None:
    data = bytearray(open(path, "rb").read())
    data[len(data) // 2] ^= 0x01
    open(path, "wb").write(bytes(data))


def _truncate(path: str) -> None:
    data = open(path, "rb").read()
    open(path, "wb").write(data[: len(data) // 3])


class _RunsCode:
    """Unpickling this creates a file: what a crafted state.pt could do."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def _crafted(path: str) -> None:
    marker = os.path.join(os.path.dirname(path), "..", "..", "PWNED")
    with open(path, "wb") as f:
        pickle.dump({"steps_done": 5, "trainable": _RunsCode(marker)}, f)
    write_checksums(os.path.dirname(path))  # the checksums agree: only weights_only protects


TAMPER = {
    "flipped-byte-in-state": lambda ck: _flip_byte(os.path.join(ck, "state.pt")),
    "truncated-state": lambda ck: _truncate(os.path.join(ck, "state.pt")),
    "truncated-rng": lambda ck: _truncate(os.path.join(ck, "rng-rank0.pt")),
    "missing-state": lambda ck: os.remove(os.path.join(ck, "state.pt")),
    "missing-checksums": lambda ck: os.remove(os.path.join(ck, CHECKSUMS)),
    "garbled-checksums": lambda ck: open(os.path.join(ck, CHECKSUMS), "w").write("{not json"),
    "crafted-pickle": lambda ck: _crafted(os.path.join(ck, "state.pt")),
}


def test_a_fresh_checkpoint_verifies(run_copy):
    for _, path in list_checkpoints(str(run_copy)):
        verify_checksums(path)
        sums = json.load(open(os.path.join(path, CHECKSUMS)))["sha256"]
        assert set(sums) == {"state.pt", "rng-rank0.pt"}


@pytest.mark.parametrize("damage", TAMPER)
def test_a_damaged_checkpoint_is_refused_and_the_previous_one_used(run_copy, tiny_model, damage):
    newest = _newest(run_copy)
    TAMPER[damage](newest)
    warnings = []
    found = newest_intact(list_checkpoints(str(run_copy)), warn=warnings.append)
    if damage == "missing-state":  # not listed as a checkpoint at all any more
        assert found[0] == 3 and warnings == []
    elif damage != "crafted-pickle":  # its checksums agree; loading it is what fails
        assert found == (3, list_checkpoints(str(run_copy))[0][1])
        assert len(warnings) == 1 and newest in warnings[0]
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    model = PeftModel.from_pretrained(
        AutoModelForCausalLM.from_pretrained(tiny_model), os.path.join(run_copy, "adapter"),
        is_trainable=True,
    )  # fmt: skip
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: 1.0)
    with pytest.raises(CheckpointError, match=os.path.basename(newest)):
        load_checkpoint(newest, model, optimizer, scheduler)
    for n, p in model.named_parameters():  # nothing was restored from it
        assert torch.equal(p, before[n]), n
    assert not (run_copy / "PWNED").exists()


def test_a_crafted_pickle_is_never_executed(tmp_path):
    path = tmp_path / "state.pt"
    marker = tmp_path / "PWNED"
    with open(path, "wb") as f:
        pickle.dump({"x": _RunsCode(str(marker))}, f)
    with pytest.raises(CheckpointError, match="cannot be loaded safely"):
        load_tensors(str(path))
    assert not marker.exists()


def test_rng_state_round_trips_through_a_weights_only_load(tmp_path):
    np.random.seed(3)
    random.seed(3)
    torch.manual_seed(3)
    torch.save(rng_state(), tmp_path / "rng.pt")
    expected = (np.random.rand(3), random.random(), torch.rand(2))
    np.random.seed(0)
    random.seed(0)
    torch.manual_seed(0)
    set_rng_state(load_tensors(str(tmp_path / "rng.pt")))
    got = (np.random.rand(3), random.random(), torch.rand(2))
    assert np.array_equal(expected[0], got[0]) and expected[1] == got[1]
    assert torch.equal(expected[2], got[2])


def test_one_file_hasher(tmp_path, monkeypatch, tiny_tokenizer_path):
    """Clause one_file_hasher (session 39, ``checkpoint_files.file_sha256``): one file
    hasher, read in blocks, for the checkpoint checksums and LongCE's check of the
    dataset's tokenizer.json (before: ``longce.model_continuation_ids`` read the whole
    file into memory with its own ``hashlib`` call). Guard: the sums are the file's
    sha256 (a file over one block), and a changed tokenizer is still refused."""
    import hashlib
    from types import SimpleNamespace

    from training import checkpoint_files, longce

    data = bytes(range(256)) * ((3 << 20) // 256 + 7)  # three 1 MiB blocks and a part
    (tmp_path / "big.bin").write_bytes(data)
    assert checkpoint_files.file_sha256(str(tmp_path / "big.bin")) == (
        hashlib.sha256(data).hexdigest()
    )
    hashed = []

    def counted(path):
        hashed.append(os.path.basename(path))
        return checkpoint_files.file_sha256(path)

    monkeypatch.setattr(longce, "file_sha256", counted)  # the one longce calls
    recorded = checkpoint_files.file_sha256(tiny_tokenizer_path)
    model_dir = tmp_path / "weights-only"
    model_dir.mkdir()
    built = SimpleNamespace(path=tiny_tokenizer_path, sha256=recorded)
    table = longce.model_continuation_ids(str(model_dir), built)
    assert table is not None and hashed == ["tokenizer.json"]
    changed = SimpleNamespace(path=tiny_tokenizer_path, sha256="0" * 64)
    assert longce.model_continuation_ids(str(model_dir), changed) is None
