"""``training.model_fingerprint``: the same weights give the same fingerprint wherever
they lie; other weights of the same shapes, even one byte of one tensor, another one."""

from __future__ import annotations

import json
import mmap
import os
import random
import shutil

import pytest
import torch

from tests.training.conftest import TINY_POSITIONS, TINY_VOCAB
from training.model_fingerprint import WINDOW, model_fingerprint
from training.modeling import build_tiny_llama


@pytest.fixture(scope="module")
def llama(tmp_path_factory) -> str:
    return build_tiny_llama(
        str(tmp_path_factory.mktemp("fp") / "llama"), TINY_VOCAB, TINY_POSITIONS, seed=0
    )


def _resaved(llama: str, out: str, change=None) -> str:
    from transformers import LlamaForCausalLM

    model = LlamaForCausalLM.from_pretrained(llama, dtype=torch.float32)
    if change is not None:
        with torch.no_grad():
            change(model)
    model.save_pretrained(out)
    return out


def test_a_moved_copied_or_linked_model_keeps_its_fingerprint(llama, tmp_path):
    copy = shutil.copytree(llama, tmp_path / "copy")
    linked = tmp_path / "linked"
    linked.mkdir()
    for name in os.listdir(llama):  # as in the Hugging Face cache: links to blobs
        (linked / name).symlink_to(os.path.join(llama, name))
    again = _resaved(llama, str(tmp_path / "resaved"))  # the same weights written again
    expected = model_fingerprint(llama)
    assert len(expected) == 64
    assert {model_fingerprint(str(p)) for p in (copy, linked, again)} == {expected}


def test_other_weights_of_the_same_shapes_change_it(llama, tmp_path):
    """Another seed; a merged LoRA delta on one projection of one layer (what
    `longctx train --merge` writes); one norm vector: each is another model."""
    seed1 = build_tiny_llama(str(tmp_path / "seed1"), TINY_VOCAB, TINY_POSITIONS, seed=1)

    def merged(model):
        q = model.model.layers[1].self_attn.q_proj.weight
        q += 1e-3 * torch.randn(q.shape[0], 4) @ torch.randn(4, q.shape[1])

    def norm(model):
        model.model.layers[0].input_layernorm.weight[0] += 1.0

    models = [
        seed1,
        _resaved(llama, str(tmp_path / "merged"), merged),
        _resaved(llama, str(tmp_path / "norm"), norm),
    ]
    found = [model_fingerprint(llama)] + [model_fingerprint(m) for m in models]
    assert len(set(found)) == 4


def test_one_byte_flipped_anywhere_in_any_tensor_changes_it(llama, tmp_path):
    """Every byte counts: one byte flipped in each tensor at a random place (and
    between the 4 KiB samples at a tensor's start, middle and end that were all
    that was read before session 12), in the header, or the file's last byte is
    another model; flipped back, the same one."""
    path = os.path.join(llama, "model.safetensors")
    with open(path, "rb") as f:
        length = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(length))
    base = 8 + length
    data = bytearray(open(path, "rb").read())
    rng = random.Random(0)
    places = [3, 8 + length // 2, len(data) - 1]  # header length, header, last byte
    for key, entry in header.items():
        if key == "__metadata__":
            continue
        a, b = entry["data_offsets"]
        places.append(base + rng.randrange(a, b))
    a, b = header["model.embed_tokens.weight"]["data_offsets"]
    assert b - a > 4 * 4096  # 400 x 64 float32: 102,400 bytes
    places.append(base + a + 4096 + 7)  # after the old first sample, before the middle one
    expected = model_fingerprint(llama)
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in os.listdir(llama):
        if name != "model.safetensors":
            shutil.copy(os.path.join(llama, name), copy / name)
    target = copy / "model.safetensors"
    for place in places:
        data[place] ^= 0x01
        target.write_bytes(bytes(data))
        assert model_fingerprint(str(copy)) != expected, place
        data[place] ^= 0x01
    target.write_bytes(bytes(data))
    assert model_fingerprint(str(copy)) == expected


def test_a_file_longer_than_one_mapped_window_counts_every_byte(tmp_path, monkeypatch):
    """Files are read a window at a time: a flip in every window of a file of several
    windows (here windows of 64 KiB, the last one partial) changes the fingerprint."""
    import training.model_fingerprint as fp

    monkeypatch.setattr(fp, "WINDOW", 1 << 16)
    data = bytearray(random.Random(1).randbytes(5 * (1 << 16) + 123))
    weights = tmp_path / "model.gguf"
    weights.write_bytes(bytes(data))
    expected = fp.model_fingerprint(str(tmp_path))
    for place in (0, (1 << 16) - 1, 1 << 16, 3 * (1 << 16) + 5, len(data) - 1):
        data[place] ^= 0x80
        weights.write_bytes(bytes(data))
        assert fp.model_fingerprint(str(tmp_path)) != expected, place
        data[place] ^= 0x80
    weights.write_bytes(bytes(data))
    assert fp.model_fingerprint(str(tmp_path)) == expected
    assert WINDOW % mmap.ALLOCATIONGRANULARITY == 0  # mmap offsets must be multiples


def test_a_torch_save_file_counts_every_byte_of_every_tensor(tmp_path):
    """pytorch_model.bin (a zip archive) is hashed whole like any weight file: one
    element in the middle of a 4 MB tensor changes the fingerprint."""
    (tmp_path / "config.json").write_text("{}")
    weights = {"w": torch.arange(1_000_000.0), "b": torch.zeros(8)}
    torch.save(weights, tmp_path / "pytorch_model.bin")
    first = model_fingerprint(str(tmp_path))
    weights["w"][500_000] += 1
    torch.save(weights, tmp_path / "pytorch_model.bin")
    second = model_fingerprint(str(tmp_path))
    assert second != first
    (tmp_path / "notes.txt").write_text("not weights")  # not a weight file: not hashed
    (tmp_path / "config.json").write_text('{"edited": true}')
    assert model_fingerprint(str(tmp_path)) == second


def test_a_checkpoint_with_the_sampled_fingerprint_of_before_resumes_unchecked():
    """Checkpoints of before session 12 hold the sampled fingerprint under
    ``model_sha256``, which no longer compares with the whole-file one: they resume
    unchecked, as those written before any fingerprint; ``model_fingerprint`` is
    compared."""
    from schemas.errors import UserError
    from training.run_files import check_resume

    config = {"model": "m", "output": "run"}
    state = {"config": config, "data_sha256": "d", "model_sha256": "sampled"}
    check_resume("ckpt", state, config, "data", "d", "whole")
    check_resume("ckpt", {**state, "model_fingerprint": "whole"}, config, "data", "d", "whole")
    with pytest.raises(UserError, match="is not the one ckpt was trained on"):
        check_resume("ckpt", {**state, "model_fingerprint": "other"}, config, "data", "d", "whole")
