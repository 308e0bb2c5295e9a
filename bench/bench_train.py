"""Trainer benchmarks: our recipe vs HF ``Trainer`` + peft, and loss memory at length.

    # throughput: same model, same rows, same machine, each side in a fresh process
    python bench/bench_train.py throughput --data data/shakespeare --model defaults/smollm2-135m \
        --window 512 --steps 3 --output bench/results/throughput_cpu.json
    # peak memory of one LoRA step at 4096 tokens: chunked loss vs plain HF loss
    python bench/bench_train.py memory --model defaults/smollm2-135m --length 4096 \
        --output bench/results/memory_cpu.json

**throughput**: *ours* runs ``training.recipe`` for ``--steps`` steps of one stage at
``--window`` (packed rows, no padding beyond the micro-batch, chunked loss). The
*baseline* is the common setup: the same rows' text, each packed piece as its own
example right-padded to the window with an attention mask, fed to
``transformers.Trainer`` with the same peft LoRA, learning rate, batch geometry,
dtype and attention. Both report processed tokens (padding included), scored tokens,
wall time of the training loop (ours: sum of step times; Trainer: ``train_runtime``),
tokens/s, scored tokens/s, token efficiency (scored / processed) and peak memory
(CPU: ``ru_maxrss`` of the process, i.e. peak RSS including the model and Python;
CUDA: ``torch.cuda.max_memory_allocated``).

**memory**: one forward+backward of the LoRA model on ``--length`` random tokens, in a
fresh process per configuration: loss (``chunked`` vs HF ``plain``) x gradient
checkpointing (on/off) x heap policy (glibc's default vs the trainer's
``bound_heap_retention``). Reports peak RSS after loading and after the step, and the
live tensor peak of the step (``LiveTensorPeak``: allocator-independent).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def _device():
    import torch

    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def peak_mb() -> float:
    import torch

    if torch.cuda.is_available():
        return torch.cuda.max_memory_allocated() / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def machine() -> dict:
    import torch

    info = {"python": platform.python_version(), "torch": torch.__version__, "cpus": os.cpu_count()}
    if torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name()
    return info


def write_result(result: dict, output: str | None) -> None:
    """Print the JSON result, and write it to ``output`` when given."""
    text = json.dumps(result, indent=2)
    print(text)
    if output:
        os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
        with open(output, "w", encoding="utf-8") as f:
            f.write(text + "\n")


def _child(args: list[str]) -> dict:
    """Run this script's hidden subcommand in a fresh process; parse its JSON line."""
    proc = subprocess.run(
        [sys.executable, os.path.abspath(__file__), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{args[0]} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- memory
MEMORY_LOSSES = ("plain", "chunked")
HEAPS = ("glibc", "bounded")


class LiveTensorPeak:
    """Peak bytes of tensor storages created while active, and what held them.

    A ``TorchDispatchMode`` sees every aten op of forward, recompute and backward and
    counts each new output storage until it is freed (a weakref finalizer), so the
    peak is the allocator-independent live tensor memory of the step (parameters and
    tensors made before it excluded). ``top`` lists the biggest holders at the peak.
    """

    def __init__(self, existing: list):
        import torch
        from torch.utils._python_dispatch import TorchDispatchMode
        from torch.utils._pytree import tree_flatten

        tracker = self
        self.skip = {t.untyped_storage().data_ptr() for t in existing}
        self.live: dict[int, tuple[int, str, tuple]] = {}
        self.bytes = self.peak = 0
        self.top: list = []

        class Mode(TorchDispatchMode):
            def __torch_dispatch__(self, func, types, args=(), kwargs=None):
                out = func(*args, **(kwargs or {}))
                for t in tree_flatten(out)[0]:
                    if isinstance(t, torch.Tensor):
                        tracker._add(t, str(func))
                return out

        self.mode = Mode()

    def _add(self, tensor, op: str) -> None:
        import weakref

        storage = tensor.untyped_storage()
        key, size = storage.data_ptr(), storage.nbytes()
        if not size or key in self.skip or key in self.live:
            return
        self.live[key] = (size, op, tuple(tensor.shape))
        self.bytes += size
        weakref.finalize(storage, self._free, key)
        if self.bytes > self.peak:
            self.peak = self.bytes
            self.top = sorted(self.live.values(), reverse=True)[:6]

    def _free(self, key: int) -> None:
        self.bytes -= self.live.pop(key)[0]


def memory_one(
    loss: str, model_path: str, length: int, chunk: int, checkpointing: bool, heap: str
) -> dict:
    import torch

    from training.config import PeftSettings, RopeSettings
    from training.modeling import (
        CausalLMLoss,
        enable_activation_checkpointing,
        load_model,
        wrap_peft,
    )
    from transforms.runtime import bound_heap_retention

    device = _device()
    if heap == "bounded":
        bound_heap_retention()  # what training.recipe does on CPU
    model, _ = load_model(model_path, RopeSettings())
    model.config.use_cache = False
    if checkpointing:
        enable_activation_checkpointing(model)
    model = wrap_peft(model, PeftSettings()).to(device).train()
    module = CausalLMLoss(model, chunk if loss == "chunked" else 0)
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(1, model.config.vocab_size, (1, length), generator=g).to(device)
    positions = torch.arange(length, device=device).unsqueeze(0)
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats()
    before = peak_mb()
    tracker = LiveTensorPeak([*model.parameters(), *model.buffers(), ids, positions])
    t0 = time.perf_counter()
    autocast = (
        torch.autocast("cuda", dtype=torch.bfloat16)
        if device.type == "cuda"
        else torch.autocast("cpu", enabled=False)
    )
    with tracker.mode:
        with autocast:
            total, n = module(ids, ids, positions)
        (total / n).backward()
    return {
        "loss": loss,
        "gradient_checkpointing": checkpointing,
        "heap": heap,
        "length": length,
        "loss_value": float(total) / n,
        "peak_after_load_mb": round(before, 1),
        "peak_mb": round(peak_mb(), 1),
        "step_delta_mb": round(peak_mb() - before, 1),
        "live_tensor_peak_mb": round(tracker.peak / 2**20, 1),
        "live_tensors_at_peak": [
            f"{size / 2**20:.0f} MB {op} {list(shape)}" for size, op, shape in tracker.top
        ],
        "step_s": round(time.perf_counter() - t0, 2),
    }


def memory(args) -> dict:
    runs = []
    for heap in args.heap:
        for checkpointing in args.checkpointing:
            for loss in MEMORY_LOSSES:
                cfg = [loss, args.model, str(args.length), str(args.chunk), str(int(checkpointing))]
                runs.append(_child(["_memory_one", *cfg, heap]))
                print(json.dumps(runs[-1]), file=sys.stderr, flush=True)

    def reduction(key: str, heap: str, checkpointing: bool) -> float | None:
        by = {
            r["loss"]: r[key]
            for r in runs
            if r["heap"] == heap and r["gradient_checkpointing"] == checkpointing
        }
        return round(1 - by["chunked"] / by["plain"], 4) if len(by) == 2 else None

    return {
        "benchmark": "loss_memory",
        "model": args.model,
        "length": args.length,
        "chunk": args.chunk,
        "method": "CUDA max_memory_allocated"
        if _device().type == "cuda"
        else "peak RSS (ru_maxrss) of a fresh process per run; live tensor peak by "
        "dispatch-level accounting (LiveTensorPeak)",
        "runs": runs,
        "peak_reduction": {
            f"{heap}/checkpointing={'on' if c else 'off'}": reduction("peak_mb", heap, c)
            for heap in args.heap
            for c in args.checkpointing
        },
        "live_tensor_reduction": {
            f"checkpointing={'on' if c else 'off'}": reduction(
                "live_tensor_peak_mb", args.heap[0], c
            )
            for c in args.checkpointing
        },
        "machine": machine(),
    }


# ------------------------------------------------------------ throughput
def bench_rows(data: str, window: int, steps: int, rows_per_step: int, seed: int) -> list[dict]:
    """The rows our recipe reads in its first ``steps`` steps (single rank)."""
    from schemas.dataset import load_manifest
    from training.data import open_bucket, step_rows

    bucket = open_bucket(data, load_manifest(data), "train", window)
    order = [
        i for s in range(steps) for i in step_rows(len(bucket), seed, window, s, rows_per_step)
    ]
    return bucket.take(order)


def split_pieces(row: dict) -> list[dict]:
    """A packed row's pieces (position_ids restart at 0), each with its own labels."""
    starts = [i for i, p in enumerate(row["position_ids"]) if p == 0] + [len(row["input_ids"])]
    return [
        {"input_ids": row["input_ids"][a:b], "labels": row["labels"][a:b]}
        for a, b in zip(starts, starts[1:], strict=False)
        if b > a
    ]


def ours_one(data, model, window, steps, tokens_per_step, micro_tokens, seed, gc) -> dict:
    from training import recipe
    from training.plots import read_metrics

    out = tempfile.mkdtemp(prefix="bench-ours-")
    sets = [
        f"curriculum=[{{window: {window}, steps: {steps}}}]",
        f"tokens_per_step={tokens_per_step}",
        f"micro_batch_tokens={micro_tokens}",
        f"seed={seed}",
        "eval_rows=0",
        "progress=false",
        f"gradient_checkpointing={str(gc).lower()}",
        "optim.warmup_steps=0",
        "optim.schedule=constant",
    ]
    argv = ["--data", data, "--model", model, "--output", out]
    for s in sets:
        argv += ["--set", s]
    recipe.main(argv)
    train = [r for r in read_metrics(os.path.join(out, "metrics.jsonl")) if r["kind"] == "train"]
    return {
        "tokens": sum(r["tokens"] for r in train),  # no padding: rows fill the micro-batch
        "scored_tokens": sum(r["scored_tokens"] for r in train),
        "seconds": sum(r["tokens"] / r["tokens_per_s"] for r in train),
        "steps": len(train),
        "peak_memory_mb": max(r["peak_memory_mb"] for r in train),
    }


def baseline_one(data, model_path, window, steps, tokens_per_step, micro_tokens, seed, gc) -> dict:
    import torch
    from transformers import Trainer, TrainingArguments

    from training.config import PeftSettings, RopeSettings
    from training.curriculum import batch_geometry
    from training.modeling import load_model, wrap_peft

    rows_per_step, micro, accum = batch_geometry(window, tokens_per_step, micro_tokens)
    pieces = [
        p for row in bench_rows(data, window, steps, rows_per_step, seed) for p in split_pieces(row)
    ]
    examples = []
    for p in pieces:
        n, pad = len(p["input_ids"]), window - len(p["input_ids"])
        labels = list(p["labels"])
        labels[0] = -100
        examples.append(
            {
                "input_ids": torch.tensor(p["input_ids"] + [0] * pad),
                "attention_mask": torch.tensor([1] * n + [0] * pad),
                "labels": torch.tensor(labels + [-100] * pad),
            }
        )
    model, _ = load_model(model_path, RopeSettings())
    model.config.use_cache = False
    model = wrap_peft(model, PeftSettings())
    cuda = torch.cuda.is_available()
    args = TrainingArguments(
        output_dir=tempfile.mkdtemp(prefix="bench-hf-"),
        per_device_train_batch_size=micro,
        gradient_accumulation_steps=accum,
        num_train_epochs=1,
        learning_rate=5e-4,
        lr_scheduler_type="constant",
        max_grad_norm=1.0,
        logging_steps=10_000,
        save_strategy="no",
        report_to=[],
        bf16=cuda,
        gradient_checkpointing=gc,
        gradient_checkpointing_kwargs={"use_reentrant": False},
        dataloader_num_workers=0,
        disable_tqdm=True,
        seed=seed,
    )
    trainer = Trainer(model=model, args=args, train_dataset=examples)
    result = trainer.train()
    scored = sum(int((e["labels"][1:] != -100).sum()) for e in examples)
    return {
        "tokens": len(examples) * window,  # padded: every example is a full window
        "real_tokens": sum(len(p["input_ids"]) for p in pieces),
        "scored_tokens": scored,
        "seconds": float(result.metrics["train_runtime"]),
        "steps": int(result.global_step),
        "examples": len(examples),
        "peak_memory_mb": round(peak_mb(), 1),
    }


def _rates(r: dict) -> dict:
    r["tokens_per_s"] = round(r["tokens"] / r["seconds"], 2)
    r["scored_tokens_per_s"] = round(r["scored_tokens"] / r["seconds"], 2)
    r["token_efficiency"] = round(r["scored_tokens"] / r["tokens"], 4)
    return r


def throughput(args) -> dict:
    common = [
        args.data,
        args.model,
        str(args.window),
        str(args.steps),
        str(args.tokens_per_step),
        str(args.micro_batch_tokens),
        str(args.seed),
        str(int(args.gradient_checkpointing)),
    ]
    ours = _rates(_child(["_ours", *common]))
    base = _rates(_child(["_baseline", *common]))
    return {
        "benchmark": "train_throughput",
        "model": args.model,
        "data": args.data,
        "window": args.window,
        "steps": args.steps,
        "tokens_per_step": args.tokens_per_step,
        "micro_batch_tokens": args.micro_batch_tokens,
        "gradient_checkpointing": args.gradient_checkpointing,
        "ours": ours,
        "hf_trainer_padded": base,
        "scored_tokens_per_s_ratio": round(
            ours["scored_tokens_per_s"] / base["scored_tokens_per_s"], 3
        ),
        "peak_memory_method": "CUDA max_memory_allocated"
        if _device().type == "cuda"
        else "peak RSS (ru_maxrss), fresh process per side",
        "machine": machine(),
    }


def _csv(choices: dict):
    """argparse type: a comma-separated list of ``choices`` keys, mapped to values."""

    def parse(text: str) -> list:
        bad = [x for x in text.split(",") if x not in choices]
        if bad:
            raise argparse.ArgumentTypeError(f"{bad}: choose from {sorted(choices)}")
        return [choices[x] for x in text.split(",")]

    return parse


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_memory_one":
        loss, model, length, chunk, checkpointing, heap = argv[1:]
        result = memory_one(loss, model, int(length), int(chunk), bool(int(checkpointing)), heap)
        print(json.dumps(result))
        return 0
    if argv and argv[0] in ("_ours", "_baseline"):
        d, m, w, s, t, mt, seed, gc = argv[1:]
        fn = ours_one if argv[0] == "_ours" else baseline_one
        print(json.dumps(fn(d, m, int(w), int(s), int(t), int(mt), int(seed), bool(int(gc)))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--data", default="data/shakespeare")
    t.add_argument("--window", type=int, default=512)
    t.add_argument("--steps", type=int, default=3)
    t.add_argument("--tokens-per-step", type=int, default=2048)
    t.add_argument("--micro-batch-tokens", type=int, default=1024)
    t.add_argument("--gradient-checkpointing", action="store_true")
    t.add_argument("--seed", type=int, default=0)
    m = sub.add_parser("memory")
    m.add_argument("--length", type=int, default=4096)
    m.add_argument("--chunk", type=int, default=1024)
    m.add_argument(
        "--checkpointing",
        type=_csv({"on": True, "off": False}),
        default=[True, False],
        help="gradient checkpointing settings to run: on,off (default both)",
    )
    m.add_argument(
        "--heap",
        type=_csv({h: h for h in HEAPS}),
        default=list(HEAPS),
        help="glibc (the default allocator policy), bounded (the trainer's "
        "bound_heap_retention) or both (default)",
    )
    for p in (t, m):
        p.add_argument("--model", default="defaults/smollm2-135m")
        p.add_argument("--output", help="write the JSON result here too")
    args = parser.parse_args(argv)
    result = throughput(args) if args.mode == "throughput" else memory(args)
    write_result(result, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
