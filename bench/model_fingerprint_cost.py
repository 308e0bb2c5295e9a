"""What ``training.model_fingerprint`` costs: CPU and wall seconds to hash every byte
of a real model folder and of a 7B Llama's safetensors layout, and what a plain
sha256 pass over the same files would cost.

    .venv/bin/python bench/model_fingerprint_cost.py [--model defaults/smollm2-135m]
        [--scratch /tmp/fp7b] [--repeats 3] [--no-7b]

The 7B case is Llama-2-7B's 291 tensors (bfloat16, 32 layers, vocabulary 32,000) in
two safetensors files of its real sizes (13.5 GB), written as sparse files: holes
read as zero pages without a disk, so it measures the CPU cost of one pass (as for
a model that loading has just brought into the page cache), not a cold disk (there
add the disk's read time of 13.5 GB).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from training.model_fingerprint import model_fingerprint  # noqa: E402


def _llama7b_tensors() -> list[tuple[str, list[int]]]:
    hidden, inter, vocab, layers = 4096, 11008, 32000, 32
    out = [("model.embed_tokens.weight", [vocab, hidden])]
    for i in range(layers):
        p = f"model.layers.{i}."
        out += [(p + f"self_attn.{n}_proj.weight", [hidden, hidden]) for n in "qkvo"]
        out += [(p + f"mlp.{n}_proj.weight", [inter, hidden]) for n in ("gate", "up")]
        out += [(p + "mlp.down_proj.weight", [hidden, inter])]
        out += [
            (p + "input_layernorm.weight", [hidden]),
            (p + "post_attention_layernorm.weight", [hidden]),
        ]
    return out + [("model.norm.weight", [hidden]), ("lm_head.weight", [vocab, hidden])]


def write_sparse_7b(folder: str) -> int:
    os.makedirs(folder, exist_ok=True)
    tensors = _llama7b_tensors()
    half = len(tensors) // 2
    total = 0
    for k, part in enumerate((tensors[:half], tensors[half:])):
        header, offset = {"__metadata__": {"format": "pt"}}, 0
        for name, shape in part:
            size = 2 * int.__mul__(*shape) if len(shape) == 2 else 2 * shape[0]
            header[name] = {
                "dtype": "BF16",
                "shape": shape,
                "data_offsets": [offset, offset + size],
            }
            offset += size
        raw = json.dumps(header).encode()
        path = os.path.join(folder, f"model-0000{k + 1}-of-00002.safetensors")
        with open(path, "wb") as f:
            f.write(struct.pack("<Q", len(raw)) + raw)
            f.truncate(8 + len(raw) + offset)
        total += 8 + len(raw) + offset
    return total


def _sha256_pass(folder: str) -> float:
    """CPU seconds of one streaming sha256 pass over the folder's weight files."""
    from training.model_fingerprint import WEIGHT_SUFFIXES

    start = time.process_time()
    for name in sorted(os.listdir(folder)):
        if name.endswith(WEIGHT_SUFFIXES):
            digest = hashlib.sha256()
            with open(os.path.join(folder, name), "rb") as f:
                for block in iter(lambda f=f: f.read(16 << 20), b""):
                    digest.update(block)
    return time.process_time() - start


def measure(folder: str, repeats: int) -> dict:
    cpu, wall = [], []
    for _ in range(repeats):
        start, clock = time.process_time(), time.perf_counter()
        digest = model_fingerprint(folder)
        cpu.append(time.process_time() - start)
        wall.append(time.perf_counter() - clock)
    size = sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder))
    return {
        "folder": folder,
        "bytes_in_folder": size,
        "cpu_s": [round(c, 3) for c in cpu],
        "wall_s": [round(w, 3) for w in wall],
        "sha256_pass_cpu_s": round(_sha256_pass(folder), 3),
        "fingerprint": digest[:16],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="defaults/smollm2-135m")
    parser.add_argument("--scratch", default="/tmp/fp7b")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-7b", action="store_true", help="only the --model folder")
    args = parser.parse_args()
    results = []
    if os.path.isdir(args.model):
        results.append(measure(args.model, args.repeats))
    if not args.no_7b:
        write_sparse_7b(args.scratch)
        results.append(measure(args.scratch, args.repeats))
    for r in results:
        print(json.dumps(r))


if __name__ == "__main__":
    main()
