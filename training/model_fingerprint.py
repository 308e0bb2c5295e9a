"""A cheap fingerprint of a base model's weights, so ``--resume`` can tell another
model of the same shapes from the one a run started with (:func:`model_fingerprint`).

A LoRA adapter is a correction to one set of base weights: resumed on another model
(another seed, another fine-tune, a merged adapter), the optimizer goes on from a
state that belongs to other weights, and shapes alone cannot tell. A moved or copied
model is the same model and must still resume, so the fingerprint depends only on
the weight files' names (relative to the model folder), sizes and contents, never on
their folder, times or links.

What is hashed (sha256), per weight file (``*.safetensors``, ``*.bin``, ``*.pt``,
``*.pth``, ``*.gguf``, ``*.h5``, ``*.msgpack``, ``*.ckpt``), in name order:

* a ``.safetensors`` file: its JSON header (every tensor's name, dtype, shape and
  offsets) and, for every tensor, up to 4 KiB at its start, middle and end. Every
  tensor is sampled, so a fine-tune or a merged adapter that changes only some
  tensors (``q_proj`` and ``v_proj``; a bias; a norm) still changes the fingerprint;
  a change confined to bytes between the samples of one tensor does not;
* a zip archive (``torch.save``'s ``pytorch_model.bin``): every entry's name, size
  and CRC-32 from the central directory, so every tensor's whole content counts and
  no data is read;
* any other weight file: its whole bytes up to 256 KiB, else 64 blocks of 4 KiB
  evenly spread over it (the last one ending at its end).

Cost: reads ``header + tensors * 12 KiB``, independent of the model's size: SmolLM2-135M
(542 MB) 2.8 MB in 0.01-0.04 CPU-s, a 7B Llama's layout (13.5 GB in 2 files, 291
tensors) 3.4 MB in 0.01-0.02 CPU-s (``bench/model_fingerprint_cost.py``).
Weights under any other name (a custom format) are not covered: two such models of
the same shapes look the same.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".gguf", ".h5", ".msgpack", ".ckpt")
SAMPLE = 4096  # bytes read at each sampled place
BLOCKS = 64  # sampled places of a weight file that is not safetensors


def _spread(start: int, end: int, places: int) -> list[tuple[int, int]]:
    """``(offset, length)`` of at most ``places`` blocks of ``SAMPLE`` bytes evenly
    spread over ``[start, end)`` (the last one ending at ``end``), or the whole span
    when it is no longer than they are."""
    size = end - start
    if size <= places * SAMPLE:
        return [(start, size)]
    step = (size - SAMPLE) // (places - 1)
    return [(start + k * step, SAMPLE) for k in range(places - 1)] + [(end - SAMPLE, SAMPLE)]


def _safetensors_spans(f, size: int) -> list[tuple[int, int]] | None:
    """The header and three samples per tensor; None when ``f`` is no safetensors file."""
    head = f.read(8)
    if len(head) < 8:
        return None
    length = int.from_bytes(head, "little")
    if 8 + length > size:
        return None
    try:
        header = json.loads(f.read(length))
        offsets = sorted(
            tuple(entry["data_offsets"]) for key, entry in header.items() if key != "__metadata__"
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    base = 8 + length
    spans = [(0, base)]
    for a, b in offsets:
        spans += _spread(base + int(a), base + int(b), 3)
    return spans


def model_fingerprint(path: str) -> str:
    """sha256 (hex) over the weight files of the model folder ``path`` (see the module
    docstring); the same for a moved or copied model."""
    digest = hashlib.sha256()
    names = sorted(
        name
        for name in os.listdir(path)
        if name.endswith(WEIGHT_SUFFIXES) and os.path.isfile(os.path.join(path, name))
    )
    for name in names:
        file = os.path.join(path, name)
        size = os.path.getsize(file)
        digest.update(f"{name}\0{size}\0".encode())
        with open(file, "rb") as f:
            spans = _safetensors_spans(f, size) if name.endswith(".safetensors") else None
            if spans is None and zipfile.is_zipfile(f):
                with zipfile.ZipFile(f) as archive:
                    for info in archive.infolist():
                        digest.update(f"{info.filename}\0{info.file_size}\0{info.CRC}\0".encode())
                continue
            for offset, length in spans or _spread(0, size, BLOCKS):
                f.seek(offset)
                digest.update(f.read(length))
    return digest.hexdigest()
