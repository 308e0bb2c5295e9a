"""``training.model_fingerprint``: the same weights give the same fingerprint wherever
they lie; other weights of the same shapes, even in a few tensors, another one."""

from __future__ import annotations

import json
import os
import shutil

import pytest
import torch

from tests.training.conftest import TINY_POSITIONS, TINY_VOCAB
from training.model_fingerprint import SAMPLE, model_fingerprint
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


def test_every_tensor_is_sampled_not_the_whole_file(llama, tmp_path):
    """A change between one tensor's samples (start, middle, end) is not seen: the
    price of reading ~12 KiB per tensor instead of the file."""
    path = os.path.join(llama, "model.safetensors")
    with open(path, "rb") as f:
        length = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(length))
    a, b = header["model.embed_tokens.weight"]["data_offsets"]
    assert b - a > 4 * SAMPLE  # 400 x 64 float32: 102,400 bytes
    copy = shutil.copytree(llama, tmp_path / "copy")
    data = bytearray((copy / "model.safetensors").read_bytes())
    data[8 + length + a + SAMPLE + 7] ^= 0xFF  # after the first sample, before the middle one
    (copy / "model.safetensors").write_bytes(bytes(data))
    assert model_fingerprint(str(copy)) == model_fingerprint(llama)
    data[8 + length + a + 7] ^= 0xFF  # inside the first sample
    (copy / "model.safetensors").write_bytes(bytes(data))
    assert model_fingerprint(str(copy)) != model_fingerprint(llama)


def test_a_torch_save_file_counts_every_byte_of_every_tensor(tmp_path):
    """pytorch_model.bin is a zip archive: its entries' CRC-32 cover the whole
    content, so one element in the middle of a 4 MB tensor changes the fingerprint."""
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
