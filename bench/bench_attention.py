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
from concurrent.futures import ThreadPoolExecutor

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
sys.path.insert(0, ROOT)
sys.path.insert(0, BENCH)

PATTERNS = ("full", "s2", "sliding")


def _child(args: list[str]) -> dict:
    # The child's stderr goes straight through: its per-step progress lines are what
    # shows how far a long run got (and what it measured) if it has to be stopped.
    proc = subprocess.run(
        [sys.executable, os.path.abspath(__file__), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{args[0]} failed (exit {proc.returncode}); its stderr is above")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def settings_for(pattern: str, group: int, window: int, global_tokens: int):
    from training.config import AttentionSettings

    return AttentionSettings(pattern, group=group, window=window, global_tokens=global_tokens)


# -------------------------------------------------------------------- step
NO_LAYERS = "no layers"


def step_length(args, length: int) -> dict:
    """All patterns at one length in this process, interleaved round by round."""
    import torch
    from bench_train import LiveTensorPeak, peak_mb

    from training.attention import use_attention_pattern, use_full_attention
    from training.config import PeftSettings, RopeSettings
    from training.modeling import CausalLMLoss, chunked_lm_loss, load_model, wrap_peft
    from transforms.runtime import bound_heap_retention

    bound_heap_retention()
    model, _ = load_model(args.model, RopeSettings())
    all_layers = model.config.num_hidden_layers
    kept = all_layers if args.layers < 0 else min(args.layers, all_layers)
    model.model.layers = model.model.layers[:kept]  # the first ones, real weights
    model.config.num_hidden_layers = kept
    if getattr(model.config, "layer_types", None):
        model.config.layer_types = model.config.layer_types[:kept]
    model.config.use_cache = False
    model.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
    lm = model
    model = wrap_peft(model, PeftSettings()).train()
    # A trained final norm (576 weights) gives the no-layer step a backward through
    # the LM head, as every other step has; it is part of every step alike.
    lm.model.norm.weight.requires_grad_(True)
    module = CausalLMLoss(model, 1024)
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(1, lm.config.vocab_size, (1, length), generator=g)
    positions = torch.arange(length).unsqueeze(0)
    tail_input = None
    if kept < all_layers:
        # The no-layer step times what every step has besides its decoder layers: the
        # final norm, the LM head and the chunked loss, forward and backward. It starts
        # from the hidden states the kept layers give these tokens (computed once, no
        # grad), not from the raw embeddings: norm(embedding) makes a degenerate softmax
        # (loss ~110 nats on SmolLM2) whose cross-entropy costs ~15x the CPU time of
        # real hidden states', so t0 came out larger than a 6-layer step.
        seen = []
        hook = lm.model.norm.register_forward_hook(lambda m, a, o: seen.append(a[0]))
        with torch.no_grad():
            lm.model(input_ids=ids, position_ids=positions, use_cache=False)
        hook.remove()
        tail_input = seen[0].detach()
    after_load = peak_mb()
    names = [*args.patterns, *([NO_LAYERS] if kept < all_layers else [])]
    runs = {n: {"wall_s": [], "cpu_s": [], "load": []} for n in names}

    def one_step(name: str, tracker=None):
        use_full_attention(model)
        if name not in ("full", NO_LAYERS):
            use_attention_pattern(
                model, settings_for(name, args.group, args.window, args.global_tokens)
            )
        model.zero_grad(set_to_none=True)
        wall, cpu = time.perf_counter(), time.process_time()
        with tracker.mode if tracker else contextlib.nullcontext():
            if name == NO_LAYERS:
                hidden = lm.model.norm(tail_input)
                total, n = chunked_lm_loss(hidden, ids, lm.get_output_embeddings(), 1024)
            else:
                total, n = module(ids, ids, positions)
            (total / n).backward()
        return time.perf_counter() - wall, time.process_time() - cpu, float(total.detach()) / n

    for name in names:  # warm-up round, under the live tensor tracker
        existing = [*model.parameters(), *model.buffers(), ids, positions]
        tracker = LiveTensorPeak([*existing, *([] if tail_input is None else [tail_input])])
        wall, cpu, loss = one_step(name, tracker)
        runs[name].update(
            live_tensor_peak_mb=round(tracker.peak / 2**20, 1),
            warmup_wall_s=round(wall, 2),
            warmup_cpu_s=round(cpu, 2),
            loss_value=loss,
        )
        _progress(length, name, "warm-up", wall, cpu, live_mb=round(tracker.peak / 2**20, 1))
    for _ in range(args.steps - 1):  # timed rounds: every pattern once per round
        for name in names:
            wall, cpu, _ = one_step(name)
            runs[name]["wall_s"].append(round(wall, 2))
            runs[name]["cpu_s"].append(round(cpu, 2))
            runs[name]["load"].append(load()[0])
            _progress(length, name, "timed", wall, cpu)
    out = []
    for name, run in runs.items():
        timed = run["wall_s"] or [run["warmup_wall_s"]]
        cpu = run["cpu_s"] or [run["warmup_cpu_s"]]
        out.append(
            {
                "pattern": name,
                "length": length,
                "layers": f"{0 if name == NO_LAYERS else kept} of {all_layers}",
                **run,
                "step_wall_s": round(sum(timed) / len(timed), 2),
                "step_cpu_s": round(sum(cpu) / len(cpu), 2),
            }
        )
    return {
        "length": length,
        "hidden_size": lm.config.hidden_size,
        "all_layers": all_layers,
        "kept_layers": kept,
        "peak_rss_after_load_mb": round(after_load, 1),
        "peak_rss_mb": round(peak_mb(), 1),
        "runs": out,
    }


def _progress(length: int, name: str, kind: str, wall: float, cpu: float, **extra) -> None:
    line = {"length": length, "pattern": name, "step": kind, "wall_s": round(wall, 2)}
    line.update(cpu_s=round(cpu, 2), load=load(), **extra)
    print(json.dumps(line), file=sys.stderr, flush=True)


def step(args) -> dict:
    results = []
    for length in args.lengths:
        results.append(_child(["_step_length", json.dumps({**vars(args), "length": length})]))
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    ratios = step_ratios(results)
    return {
        "benchmark": "attention_step",
        "model": args.model,
        "group": args.group,
        "window": args.window,
        "global_tokens": args.global_tokens,
        "setup": "LoRA r=8, gradient checkpointing, chunked loss 1024, float32, bounded heap",
        "steps": args.steps,
        "results": results,
        "ratios": ratios,
        "machine": _machine(),
    }


def step_ratios(results: list[dict]) -> dict:
    """Adds the whole-model rows to each length's result where layers were dropped, and
    returns pattern/full ratios per length, for the measured and extrapolated rows."""
    ratios = {}
    for result in results:
        if result["kept_layers"] < result["all_layers"]:
            result["runs"] += extrapolated(result)
        for kind in ("measured", "extrapolated"):
            by = {
                r["pattern"]: r
                for r in result["runs"]
                if r.get("extrapolated", False) == (kind == "extrapolated")
            }
            by = {p: r for p, r in by.items() if "skipped" not in r}
            for pattern in by:
                if pattern not in ("full", NO_LAYERS) and "full" in by:
                    ratios[f"{pattern}/full@{result['length']} ({kind})"] = {
                        key: round(by[pattern][key] / by["full"][key], 3)
                        for key in ("live_tensor_peak_mb", "step_wall_s", "step_cpu_s")
                    }
    return ratios


def extrapolated(result: dict) -> list[dict]:
    """The whole model's step from the run of its first ``K`` layers and the no-layer
    run (final norm, LM head and chunked loss on the kept layers' hidden states) at the
    same length: time
    ``t0 + L * (tK - t0) / K``; live tensor peak plus, per missing layer, the hidden
    state that checkpointing keeps for it (``T x hidden`` float32); the pattern's own
    working set lies inside one layer's recompute and backward, so it is the same in
    absolute terms. Computed, not measured."""
    kept, total = result["kept_layers"], result["all_layers"]
    none = next(r for r in result["runs"] if r["pattern"] == NO_LAYERS)
    saved = (total - kept) * result["length"] * result["hidden_size"] * 4 / 2**20
    out = []
    for run in result["runs"]:
        if run["pattern"] == NO_LAYERS:
            continue
        if any(run[key] <= none[key] for key in ("step_wall_s", "step_cpu_s")):
            # Layers that cost nothing or less than nothing: the no-layer step did not
            # time the rest of the step (what happened with raw embeddings), so there is
            # nothing to scale; say so instead of printing a number.
            out.append(
                {
                    "pattern": run["pattern"],
                    "layers": f"{total} of {total}",
                    "extrapolated": True,
                    "skipped": "no-layer step not cheaper than the layered one",
                }
            )
            continue
        row = {"pattern": run["pattern"], "layers": f"{total} of {total}", "extrapolated": True}
        for key in ("step_wall_s", "step_cpu_s"):
            row[key] = round(none[key] + total * (run[key] - none[key]) / kept, 2)
        row["live_tensor_peak_mb"] = round(run["live_tensor_peak_mb"] + saved, 1)
        out.append(row)
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
    print(f"runs in {out_root}", file=sys.stderr, flush=True)
    calls = [["_base", args.data, args.model, str(args.window), str(args.eval_rows)]]
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
        calls.append(["_quality_one", *cfg])
    # Each call is a fresh process on the same rows and seed, so running them at once
    # changes no loss; it only makes their train_seconds share the CPUs.
    with ThreadPoolExecutor(args.jobs) as pool:
        base, *runs = pool.map(_child, calls)
    print(json.dumps(runs), file=sys.stderr, flush=True)
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
        "jobs": args.jobs,
        "base": base,
        "runs": runs,
        "machine": _machine(),
    }


def _machine() -> dict:
    from bench_train import machine

    return {**machine(), "load_at_end": load()}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_step_length":
        options = json.loads(argv[1])
        print(json.dumps(step_length(argparse.Namespace(**options), options["length"])))
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
        help="keep the first LAYERS decoder layers (-1: all); the whole model is extrapolated",
    )
    q = sub.add_parser("quality")
    q.add_argument("--data", default="data/gutenberg")
    q.add_argument("--window", type=int, default=2048, help="training window (rows)")
    q.add_argument("--steps", type=int, default=6)
    q.add_argument("--tokens-per-step", type=int, default=4096)
    q.add_argument("--sliding-window", type=int, default=512)
    q.add_argument("--eval-rows", type=int, default=8)
    q.add_argument(
        "--jobs", type=int, default=1, help="processes at once (base and patterns); losses alike"
    )
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
