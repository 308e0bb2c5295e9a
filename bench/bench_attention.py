"""Sparse attention in training: full vs s2 vs sliding, side by side in one invocation.

    # peak memory and step time: LoRA steps of SmolLM2-135M per (length, pattern)
    python bench/bench_attention.py step --lengths 4096,8192 --group 1024 --window 1024 \
        --steps 3 --output bench/results/attention_step_cpu.json
    # quality: train with each pattern (same rows, steps, tokens), then validation loss
    # at full attention
    python bench/bench_attention.py quality --data data/gutenberg --window 2048 --steps 6 \
        --group 512 --sliding-window 512 --output bench/results/attention_quality_cpu.json

**step**: each (length, pattern) in a fresh process: SmolLM2-135M, LoRA (r=8, all
linear projections), gradient checkpointing (non-reentrant), the chunked loss (1024
rows per chunk), float32, bounded glibc heap (what ``training.recipe`` does on CPU),
``--steps`` forward+backward passes on the same random tokens (gradients zeroed
between them). Reports the process's peak RSS, the live tensor peak of the first
step (``bench_train.LiveTensorPeak``: allocator-independent), the first (warm-up)
step's wall time apart, and the mean wall time of the other steps; patterns run one
after the other, so load changes on a shared machine show up as noise in the times
(``uptime`` load is recorded).

**quality**: ``training.recipe`` once per pattern, in a fresh process each, on the same
dataset rows (same seed), steps and tokens per step; the recipe's validation loss at
the end (eval mode, i.e. full attention) on the same validation rows; plus the base
model's validation loss on those rows (no training) for reference.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, ROOT)
sys.path.insert(0, BENCH)

PATTERNS = ("full", "s2", "sliding")


def _child(args: list[str]) -> dict:
    proc = subprocess.run(
        [sys.executable, os.path.abspath(__file__), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{args[0]} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def settings_for(pattern: str, group: int, window: int, global_tokens: int):
    from training.config import AttentionSettings

    return AttentionSettings(pattern, group=group, window=window, global_tokens=global_tokens)


# -------------------------------------------------------------------- step
def step_one(
    model_path: str, length: int, pattern: str, group, window, global_tokens, steps: int, layers
) -> dict:
    import torch
    from bench_train import LiveTensorPeak, peak_mb

    from training.attention import use_attention_pattern
    from training.config import PeftSettings, RopeSettings
    from training.modeling import CausalLMLoss, load_model, wrap_peft
    from transforms.runtime import bound_heap_retention

    bound_heap_retention()
    model, _ = load_model(model_path, RopeSettings())
    all_layers = model.config.num_hidden_layers
    if 0 <= layers < all_layers:  # the first ``layers`` decoder layers, real weights
        model.model.layers = model.model.layers[:layers]
        model.config.num_hidden_layers = layers
        if getattr(model.config, "layer_types", None):
            model.config.layer_types = model.config.layer_types[:layers]
    model.config.use_cache = False
    model.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
    if model.config.num_hidden_layers:
        model = wrap_peft(model, PeftSettings()).train()
    else:  # nothing for LoRA; a trained final norm makes backward run through the head
        model.requires_grad_(False)
        model.model.norm.weight.requires_grad_(True)
        model.train()
    use_attention_pattern(model, settings_for(pattern, group, window, global_tokens))
    module = CausalLMLoss(model, 1024)
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(1, model.config.vocab_size, (1, length), generator=g)
    positions = torch.arange(length).unsqueeze(0)
    before = peak_mb()
    # Step 1 (warm-up: first-call allocations, kernel set-up) runs under the live
    # tensor tracker, whose per-op Python hook would slow the timed steps; steps 2..N
    # run bare and are the step time.
    tracker = LiveTensorPeak([*model.parameters(), *model.buffers(), ids, positions])
    load_before = load()
    seconds = []
    for index in range(steps):
        model.zero_grad(set_to_none=True)
        t0 = time.perf_counter()
        with tracker.mode if index == 0 else contextlib.nullcontext():
            total, n = module(ids, ids, positions)
            (total / n).backward()
        seconds.append(time.perf_counter() - t0)
    timed = seconds[1:] or seconds
    return {
        "pattern": pattern,
        "length": length,
        "layers": f"{model.config.num_hidden_layers} of {all_layers}",
        "hidden_size": model.config.hidden_size,
        "all_layers": all_layers,
        "loss_value": float(total) / n,
        "peak_after_load_mb": round(before, 1),
        "peak_mb": round(peak_mb(), 1),
        "live_tensor_peak_mb": round(tracker.peak / 2**20, 1),
        "warmup_step_s": round(seconds[0], 2),
        "step_s": round(sum(timed) / len(timed), 2),
        "steps_s": [round(x, 2) for x in timed],
        "load_before": load_before,
        "load_after": load(),
    }


def step(args) -> dict:
    runs = []
    for length in args.lengths:
        for pattern in args.patterns:
            cfg = [args.model, str(length), pattern, str(args.group), str(args.window)]
            cfg += [str(args.global_tokens), str(args.steps), str(args.layers)]
            runs.append(_child(["_step_one", *cfg]))
            print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
        if args.layers >= 0:  # what the layers do not cost: embedding, lm head, loss
            cfg = [args.model, str(length), "full", "2", "1", "0", str(args.steps), "0"]
            runs.append({**_child(["_step_one", *cfg]), "pattern": "no layers"})
            print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
    if args.layers >= 0:
        runs += extrapolated(runs)
    ratios = {}
    for length in args.lengths:
        for kind in ("measured", "extrapolated"):
            by = {
                r["pattern"]: r
                for r in runs
                if r["length"] == length and r.get("extrapolated", False) == (kind != "measured")
            }
            for pattern in by:
                if pattern not in ("full", "no layers") and "full" in by:
                    ratios[f"{pattern}/full@{length} ({kind})"] = {
                        key: round(by[pattern][key] / by["full"][key], 3)
                        for key in ("live_tensor_peak_mb", "step_s", "peak_mb")
                        if key in by[pattern]
                    }
    return {
        "benchmark": "attention_step",
        "model": args.model,
        "group": args.group,
        "window": args.window,
        "global_tokens": args.global_tokens,
        "setup": "LoRA r=8, gradient checkpointing, chunked loss 1024, float32, bounded heap",
        "steps": args.steps,
        "runs": runs,
        "ratios": ratios,
        "machine": _machine(),
    }


def extrapolated(runs: list[dict]) -> list[dict]:
    """The whole model's step from a run of its first ``K`` layers and one of none
    (embedding, LM head and loss only), per length and pattern: time
    ``t0 + L * (tK - t0) / K``; live tensor peak plus, per missing layer, the one
    hidden state that checkpointing keeps for it (``T x hidden`` float32); the
    pattern's own working set lies inside one layer's recompute and backward, so it
    is the same in absolute terms. Computed, not measured."""
    out = []
    for run in runs:
        kept, total = (int(x) for x in run["layers"].split(" of "))
        if run["pattern"] == "no layers" or kept in (0, total):
            continue
        none = next(r for r in runs if r["pattern"] == "no layers" and r["length"] == run["length"])
        per_layer = (run["step_s"] - none["step_s"]) / kept
        saved = (total - kept) * run["length"] * run["hidden_size"] * 4 / 2**20
        out.append(
            {
                "pattern": run["pattern"],
                "length": run["length"],
                "layers": f"{total} of {total}",
                "extrapolated": True,
                "step_s": round(none["step_s"] + total * per_layer, 2),
                "live_tensor_peak_mb": round(run["live_tensor_peak_mb"] + saved, 1),
            }
        )
    return out


# ----------------------------------------------------------------- quality
def quality_one(data, model, out, window, steps, tokens_per_step, pattern, group, sw, gt, rows):
    from training import recipe
    from training.plots import read_metrics

    sets = [
        f"curriculum=[{{window: {window}, steps: {steps}}}]",
        f"tokens_per_step={tokens_per_step}",
        f"micro_batch_tokens={window}",
        "gradient_checkpointing=true",
        "loss_chunk_tokens=1024",
        f"eval_rows={rows}",
        "optim.lr=5.0e-4",
        "optim.warmup_steps=1",
        "progress=false",
        "seed=0",
        f"attention.pattern={pattern}",
        f"attention.group={group}",
        f"attention.window={sw}",
        f"attention.global_tokens={gt}",
    ]
    argv = ["--data", data, "--model", model, "--output", out]
    for s in sets:
        argv += ["--set", s]
    recipe.main(argv)
    metrics = read_metrics(os.path.join(out, "metrics.jsonl"))
    train = [r for r in metrics if r["kind"] == "train"]
    return {
        "pattern": pattern,
        "train_losses": [r["loss"] for r in train],
        "val_loss_full_attention": [r for r in metrics if r["kind"] == "eval"][-1]["val_loss"],
        "train_seconds": round(sum(r["tokens"] / r["tokens_per_s"] for r in train), 1),
        "tokens": sum(r["tokens"] for r in train),
        "peak_memory_mb": max(r["peak_memory_mb"] for r in train),
    }


def base_loss(data, model_path, window, rows) -> dict:
    import torch

    from schemas.dataset import load_manifest
    from training.config import RopeSettings
    from training.data import open_bucket
    from training.modeling import CausalLMLoss, load_model
    from training.perplexity import validation_loss

    model, _ = load_model(model_path, RopeSettings())
    bucket = open_bucket(data, load_manifest(data), "validation", window)
    loss = validation_loss(
        CausalLMLoss(model, 1024), bucket, rows, 1, 0, torch.device("cpu"), torch.no_grad
    )
    return {"pattern": "none (base model)", "val_loss_full_attention": loss}


def quality(args) -> dict:
    out_root = tempfile.mkdtemp(prefix="bench-attention-")
    base = _child(["_base", args.data, args.model, str(args.window), str(args.eval_rows)])
    runs = []
    for pattern in args.patterns:
        cfg = [
            args.data,
            args.model,
            os.path.join(out_root, pattern),
            str(args.window),
            str(args.steps),
            str(args.tokens_per_step),
            pattern,
            str(args.group),
            str(args.sliding_window),
            str(args.global_tokens),
            str(args.eval_rows),
        ]
        runs.append(_child(["_quality_one", *cfg]))
        print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
    return {
        "benchmark": "attention_quality",
        "data": args.data,
        "model": args.model,
        "window": args.window,
        "steps": args.steps,
        "tokens_per_step": args.tokens_per_step,
        "group": args.group,
        "sliding_window": args.sliding_window,
        "global_tokens": args.global_tokens,
        "eval_rows": args.eval_rows,
        "base": base,
        "runs": runs,
        "machine": _machine(),
    }


def _machine() -> dict:
    from bench_train import machine

    return {**machine(), "load_at_end": load()}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_step_one":
        m, length, pattern, group, window, gt, steps, layers = argv[1:]
        numbers = (int(group), int(window), int(gt), int(steps), int(layers))
        result = step_one(m, int(length), pattern, *numbers)
        print(json.dumps(result))
        return 0
    if argv and argv[0] == "_quality_one":
        d, m, out, w, s, t, pattern, group, sw, gt, rows = argv[1:]
        result = quality_one(
            d, m, out, int(w), int(s), int(t), pattern, int(group), int(sw), int(gt), int(rows)
        )
        print(json.dumps(result))
        return 0
    if argv and argv[0] == "_base":
        d, m, w, rows = argv[1:]
        print(json.dumps(base_loss(d, m, int(w), int(rows))))
        return 0
    from bench_train import write_result

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    s = sub.add_parser("step")
    s.add_argument("--lengths", type=lambda t: [int(x) for x in t.split(",")], default=[4096, 8192])
    s.add_argument("--window", type=int, default=1024, help="sliding window")
    s.add_argument(
        "--steps", type=int, default=3, help="forward+backward steps; the first is warm-up"
    )
    s.add_argument(
        "--layers",
        type=int,
        default=-1,
        help="keep the first LAYERS decoder layers (-1: all); the rest is extrapolated",
    )
    q = sub.add_parser("quality")
    q.add_argument("--data", default="data/gutenberg")
    q.add_argument("--window", type=int, default=2048, help="training window (rows)")
    q.add_argument("--steps", type=int, default=6)
    q.add_argument("--tokens-per-step", type=int, default=4096)
    q.add_argument("--sliding-window", type=int, default=512)
    q.add_argument("--eval-rows", type=int, default=8)
    for p in (s, q):
        p.add_argument("--model", default="defaults/smollm2-135m")
        p.add_argument("--patterns", type=lambda t: t.split(","), default=list(PATTERNS))
        p.add_argument("--group", type=int, default=1024, help="s2 group")
        p.add_argument("--global-tokens", type=int, default=64)
        p.add_argument("--output", help="write the JSON result here too")
    args = parser.parse_args(argv)
    write_result(step(args) if args.mode == "step" else quality(args), args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
