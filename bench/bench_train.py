"""Trainer benchmarks: our recipe vs HF ``Trainer`` + peft, and loss memory at length.

    # throughput: ours vs HF Trainer + peft, same rows, arms interleaved over 2 rounds
    python bench/bench_train.py throughput --data data/shakespeare --window 512 --steps 10 \
        --arms ours,hf,ours-bounded --output bench/results/throughput_cpu_512.json
    # the same, both arms at once, one optimizer step at a time (ABBA), CPU-s paired
    python bench/bench_train.py throughput --lockstep --arms ours,hf --window 512 --steps 21 \
        --tokens-per-step 512 --micro-batch-tokens 512 --threads 1 --output bench/results/x.json
    # where one step's time goes, each side
    python bench/bench_train.py profile --data data/shakespeare --window 512 --steps 3
    # peak memory of one LoRA step at 4096 tokens: chunked loss vs plain HF loss
    python bench/bench_train.py memory --model defaults/smollm2-135m --length 4096 \
        --output bench/results/memory_cpu.json

**throughput** and **profile**: see ``bench/train_throughput.py`` (arms, rounds) and
``bench/train_steps.py`` (how a step is timed: the same optimizer hook on both sides;
warm-up step apart; CPU user/system seconds and page faults per step; profile
categories). Peak memory: CPU ``ru_maxrss`` of the process (peak RSS including the
model and Python), CUDA ``torch.cuda.max_memory_allocated``.

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
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench.train_throughput import ARMS, PARAMS, throughput  # noqa: E402


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
def profile(args) -> dict:
    """One profiled step (``--profile-step``) of each side, each in a fresh process."""
    sides = {}
    for arm in args.arms:
        params = {k: getattr(args, k) for k in PARAMS}
        sides[arm] = _child(["_arm", json.dumps({**params, "arm": arm}), str(args.profile_step)])
        sides[arm].pop("step_times")
    return {"benchmark": "train_step_profile", "profile_step": args.profile_step, **sides}


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
    if argv and argv[0] in ("_arm", "_arm_lockstep"):
        from bench.train_throughput import run_arm

        profile_step = int(argv[2]) if argv[0] == "_arm" else 0
        print(json.dumps(run_arm(json.loads(argv[1]), profile_step)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    t = sub.add_parser("throughput")
    t.add_argument(
        "--rounds", type=int, default=1, help="arms interleaved, reversed every round (use 2+)"
    )
    t.add_argument(
        "--arms",
        type=_csv({a: a for a in ARMS}),
        default=["ours", "hf"],
        help=f"comma-separated, from {sorted(ARMS)}",
    )
    t.add_argument(
        "--lockstep",
        action="store_true",
        help="two arms at once, one optimizer step at a time in ABBA order "
        "(bench/lockstep.py); --rounds is ignored",
    )
    pr = sub.add_parser("profile")
    pr.add_argument("--profile-step", type=int, default=2, help="1-based; 1 is the warm-up")
    pr.add_argument(
        "--arms", type=_csv({a: a for a in ARMS}), default=["ours", "hf"], help="sides to profile"
    )
    for p in (t, pr):
        p.add_argument("--data", default="data/shakespeare")
        p.add_argument("--window", type=int, default=512)
        p.add_argument("--steps", type=int, default=10)
        p.add_argument("--tokens-per-step", type=int, default=2048)
        p.add_argument("--micro-batch-tokens", type=int, default=1024)
        p.add_argument("--gradient-checkpointing", action="store_true")
        p.add_argument("--seed", type=int, default=0)
        p.add_argument(
            "--threads", type=int, default=os.cpu_count(), help="torch threads, both sides"
        )
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
    for p in (t, pr, m):
        p.add_argument("--model", default="defaults/smollm2-135m")
        p.add_argument("--output", help="write the JSON result here too")
    args = parser.parse_args(argv)
    if args.mode == "throughput" and args.lockstep:
        from bench.lockstep import lockstep_throughput

        params = {k: getattr(args, k) for k in PARAMS}
        result = lockstep_throughput(args, params, os.path.abspath(__file__), ROOT)
        result["machine"] = machine()
    elif args.mode == "throughput":
        result = throughput(args, lambda params: _child(["_arm", json.dumps(params), "0"]))
        result["machine"] = machine()
    else:
        result = profile(args) if args.mode == "profile" else memory(args)
    write_result(result, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
