"""A fingerprint of a base model's weights, so ``--resume`` can tell another model
of the same shapes from the one a run started with (:func:`model_fingerprint`).

A LoRA adapter is a correction to one set of base weights: resumed on another model
(another seed, another fine-tune, a merged adapter), the optimizer goes on from a
state that belongs to other weights, and shapes alone cannot tell. A moved or copied
model is the same model and must still resume, so the fingerprint depends only on
the weight files' names (relative to the model folder), sizes and contents, never on
their folder, times or links.

What is hashed, per weight file (``*.safetensors``, ``*.bin``, ``*.pt``, ``*.pth``,
``*.gguf``, ``*.h5``, ``*.msgpack``, ``*.ckpt``), in name order: its name, its size
and an XXH3-128 digest of **every byte** of it (header, every tensor, any padding),
read through ``mmap`` a window of ``WINDOW`` bytes at a time; the fingerprint is the
sha256 of those. So a change to any byte of any weight file (one element of one
tensor, a merged adapter on one projection, a norm) is another model. XXH3 is no
cryptographic hash: it tells weights apart, it does not resist someone crafting a
collision, which is not what ``--resume`` guards against. (Until session 12 only
the header and 3 samples of 4 KiB per tensor were read: a change between two
samples was missed.)

Cost: one pass over the weight files at XXH3's speed (one core; the files are in
the page cache when the model was just loaded): SmolLM2-135M (542 MB) ~0.1 CPU-s;
a 7B model (13.5 GB) ~3 CPU-s from the page cache, else the disk's read time
(``bench/model_fingerprint_cost.py``, docs/PERFORMANCE.md). Weights under any other
name (a custom format) are not covered: two such models of the same shapes look the
same.
"""

from __future__ import annotations

import hashlib
import mmap
import os

import xxhash

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".gguf", ".h5", ".msgpack", ".ckpt")
WINDOW = 256 << 20  # bytes mapped at a time (a multiple of mmap.ALLOCATIONGRANULARITY)


def content_digest(f, size: int) -> bytes:
    """XXH3-128 of the ``size`` bytes of the open binary file ``f``."""
    digest = xxhash.xxh3_128()
    try:
        for offset in range(0, size, WINDOW):
            length = min(WINDOW, size - offset)
            with mmap.mmap(f.fileno(), length, offset=offset, access=mmap.ACCESS_READ) as m:
                digest.update(m)
    except (OSError, ValueError):  # a file system without mmap: plain reads
        digest.reset()
        f.seek(0)
        for block in iter(lambda: f.read(16 << 20), b""):
            digest.update(block)
    return digest.digest()


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
        with open(file, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            digest.update(f"{name}\0{size}\0".encode())
            digest.update(content_digest(f, size))
    return digest.hexdigest()
