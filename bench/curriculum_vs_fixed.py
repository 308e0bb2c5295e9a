"""Length curriculum vs fixed final window, same token budget: time to a validation loss.

    # tiny CPU version (random-init 2-layer Llama, ~2-4 min on 2 cores)
    python bench/curriculum_vs_fixed.py --data data/shakespeare --windows 512,1024,2048 \
        --tokens 98304 --output bench/results/curriculum_cpu.json
    # real version on a GPU (SmolLM2-135M, longer windows, bigger budget)
    python bench/curriculum_vs_fixed.py --data DATA --model defaults/smollm2-135m \
        --windows 1024,2048,4096,8192 --tokens 20000000 --tokens-per-step 65536 \
        --micro-batch-tokens 16384 --eval-every 20 --eval-rows 64 --output result.json

Both runs go through ``training.recipe`` with the same seed, LR schedule, tokens per
step and token budget: the *curriculum* splits the budget equally over the windows
(shortest first), *fixed* spends it all at the last window. Validation loss is
measured on the last window's validation bucket every ``--eval-every`` steps; the
wall time of training (sum of step times, evaluation excluded) is read from
``metrics.jsonl``. The target is the higher of the two final validation losses (the
loss both runs reach); the result is the training time each needed to first reach
it, and their ratio (the Dataset Decomposition paper, Pouransari et al. 2024,
reports about 3x at 8k on large models).

Without ``--model``, a tiny random-init Llama (hidden 64, 2 layers, the dataset's
vocabulary, LoRA plus trained embeddings and norms) is built in a temporary folder:
small enough for CPU, but its cost is dominated by the vocabulary projection rather
than attention, so it understates what a curriculum saves on a real model.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def run(name: str, stages: list[dict], args, model: str, out_root: str, tiny: bool) -> list[dict]:
    from training.plots import read_metrics

    out = os.path.join(out_root, name)
    curriculum = (
        "[" + ", ".join(f"{{window: {s['window']}, tokens: {s['tokens']}}}" for s in stages) + "]"
    )
    sets = [
        f"curriculum={curriculum}",
        f"tokens_per_step={args.tokens_per_step}",
        f"micro_batch_tokens={args.micro_batch_tokens}",
        f"eval_every={args.eval_every}",
        f"eval_rows={args.eval_rows}",
        f"eval_window={stages[-1]['window']}",
        f"optim.lr={args.lr}",
        "optim.warmup_steps=2",
        "progress=false",
        "seed=0",
    ]
    if tiny:
        sets += [
            "peft.train_embeddings=true",
            "peft.train_norms=true",
            "peft.r=16",
            "peft.alpha=32",
        ]
    cmd = [
        sys.executable,
        "-m",
        "training.recipe",
        "--data",
        args.data,
        "--model",
        model,
        "--output",
        out,
    ]
    for s in sets:
        cmd += ["--set", s]
    proc = subprocess.run(
        cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{name} run failed:\n{proc.stderr[-3000:]}")
    return read_metrics(os.path.join(out, "metrics.jsonl"))


def time_to(evals: list[dict], target: float) -> float | None:
    for r in evals:
        if r["val_loss"] <= target + 1e-9:
            return r["time_s"]
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="data/shakespeare")
    parser.add_argument("--model", help="HF model folder (default: a tiny random-init Llama)")
    parser.add_argument(
        "--windows", default="512,1024,2048", help="curriculum windows; the last is the fixed one"
    )
    parser.add_argument("--tokens", type=int, default=98_304, help="token budget of each run")
    parser.add_argument("--tokens-per-step", type=int, default=4096)
    parser.add_argument("--micro-batch-tokens", type=int, default=4096)
    parser.add_argument("--eval-every", type=int, default=4)
    parser.add_argument("--eval-rows", type=int, default=8)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--output")
    args = parser.parse_args(argv)

    from bench_train import write_result

    from schemas.dataset import load_manifest
    from training.modeling import build_tiny_llama

    windows = [int(w) for w in args.windows.split(",")]
    manifest = load_manifest(args.data)
    out_root = tempfile.mkdtemp(prefix="curriculum-vs-fixed-")
    tiny = args.model is None
    model = args.model or build_tiny_llama(
        os.path.join(out_root, "tiny-llama"), int(manifest.tokenizer.vocab_size), max(windows)
    )
    share = args.tokens // len(windows)
    curriculum = [{"window": w, "tokens": share} for w in windows]
    fixed = [{"window": windows[-1], "tokens": share * len(windows)}]
    curves = {
        name: run(name, stages, args, model, out_root, tiny)
        for name, stages in (("curriculum", curriculum), ("fixed", fixed))
    }
    evals = {k: [r for r in v if r["kind"] == "eval"] for k, v in curves.items()}
    train = {k: [r for r in v if r["kind"] == "train"] for k, v in curves.items()}
    target = max(e[-1]["val_loss"] for e in evals.values())
    times = {k: time_to(e, target) for k, e in evals.items()}
    result = {
        "benchmark": "curriculum_vs_fixed",
        "model": args.model or "tiny random-init Llama (hidden 64, 2 layers)",
        "data": args.data,
        "windows": windows,
        "token_budget": args.tokens,
        "tokens_per_step": args.tokens_per_step,
        "target_val_loss": round(target, 4),
        "time_to_target_s": times,
        "speedup": round(times["fixed"] / times["curriculum"], 3) if all(times.values()) else None,
        "total_train_time_s": {k: v[-1]["time_s"] for k, v in train.items()},
        "final_val_loss": {k: round(e[-1]["val_loss"], 4) for k, e in evals.items()},
        "val_curve": {
            k: [(r["step"], r["time_s"], round(r["val_loss"], 4)) for r in e]
            for k, e in evals.items()
        },
        "runs": out_root,
    }
    write_result(result, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
