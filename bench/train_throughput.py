"""Throughput and one-step profile: our recipe vs HF ``Trainer`` + peft (``bench_train.py``).

*ours* runs ``training.recipe`` for ``steps`` steps of one stage at ``window`` (packed
rows, no padding beyond the micro-batch, chunked loss). *hf* is the common setup:
the same rows' text, each packed piece its own example right-padded to the window
with an attention mask, fed to ``transformers.Trainer`` with the same peft LoRA,
learning rate, batch geometry, dtype, attention and torch threads. *ours-bounded*
and *ours-glibc* are ours with the heap policy forced on / off
(``bound_heap_from_window`` 0 / never); *ours-plain* is ours with HF's loss over full
logits (``loss_chunk_tokens`` 0): ours vs ours-plain is the cost of the chunked loss
alone, on the device at hand (session 40). Each arm runs in a fresh process; arms are
interleaved over rounds (round 2 runs them in reverse order), so load from other
jobs on a shared machine falls on both sides; ratios are per round and overall.
"""

from __future__ import annotations

import os
import tempfile

ARMS = {
    "ours": [],
    "ours-bounded": ["bound_heap_from_window=0"],
    "ours-glibc": [f"bound_heap_from_window={1 << 30}"],
    "ours-plain": ["loss_chunk_tokens=0"],
    "hf": None,
}


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


def _threads(n: int) -> None:
    import torch

    torch.set_num_threads(n)


def _trace_data() -> None:
    """Label our recipe's data loading in a profile (HF's DataLoader labels itself)."""
    import torch

    from training import recipe

    collate = recipe.collate_rows

    def traced(*args, **kwargs):
        with torch.profiler.record_function("bench::data"):
            return collate(*args, **kwargs)

    recipe.collate_rows = traced


def _gate(p: dict):
    """The lockstep gate (``bench/lockstep.py``) when the coordinator passed one."""
    if not p.get("gate"):
        return None
    from bench.lockstep import Gate

    return Gate(*p["gate"])


def _gate_first_step(gate) -> None:
    """Our recipe's first step starts at its first ``collate_rows`` (model, buckets and
    optimizer made): wait there for the lockstep coordinator's first release."""
    from training import recipe

    collate = recipe.collate_rows

    def gated(*args, **kwargs):
        gate.first()
        return collate(*args, **kwargs)

    recipe.collate_rows = gated


def ours_one(p: dict, profile_step: int = 0) -> dict:
    from bench.train_steps import StepClock, StepProfiler
    from training import recipe
    from training.plots import read_metrics

    _threads(p["threads"])
    gate = _gate(p)
    if gate:
        _gate_first_step(gate)
    out = tempfile.mkdtemp(prefix="bench-ours-", dir=p.get("tmp"))
    sets = [
        f"curriculum=[{{window: {p['window']}, steps: {p['steps']}}}]",
        f"tokens_per_step={p['tokens_per_step']}",
        f"micro_batch_tokens={p['micro_batch_tokens']}",
        f"seed={p['seed']}",
        "eval_rows=0",
        "progress=false",
        f"gradient_checkpointing={str(p['gradient_checkpointing']).lower()}",
        "optim.warmup_steps=0",
        "optim.schedule=constant",
        *ARMS[p["arm"]],
    ]
    argv = ["--data", p["data"], "--model", p["model"], "--output", out]
    for s in sets:
        argv += ["--set", s]
    clock = StepClock()
    layer_runs = _layer_runs(p)
    profiler = None
    if profile_step:
        _trace_data()
        profiler = StepProfiler(profile_step, _vocab(p["model"]))
    recipe.main(argv)
    train = [r for r in read_metrics(os.path.join(out, "metrics.jsonl")) if r["kind"] == "train"]
    steps = clock.steps()
    # the first interval began at process start: use the recipe's own first-step time
    steps[0] = {**steps[0], "wall_s": round(train[0]["tokens"] / train[0]["tokens_per_s"], 4)}
    result = {
        "tokens": sum(r["tokens"] for r in train),  # no padding: rows fill the micro-batch
        "scored_tokens": sum(r["scored_tokens"] for r in train),
        "step_times": steps,
        "peak_memory_mb": max(r["peak_memory_mb"] for r in train),
        "layer_runs": layer_runs.result(),
    }
    if profiler:
        profiler.close()
        result["profile"] = profiler.table()
    return result


def _model_config(model: str) -> dict:
    import json

    with open(os.path.join(model, "config.json"), encoding="utf-8") as f:
        return json.load(f)


def _vocab(model: str) -> int:
    return int(_model_config(model)["vocab_size"])


def _layer_runs(p: dict):
    """Decoder-layer runs and attention masks of the first step (``LayerRuns``)."""
    from bench.train_steps import LayerRuns
    from training.curriculum import batch_geometry

    accumulation = batch_geometry(p["window"], p["tokens_per_step"], p["micro_batch_tokens"])[2]
    return LayerRuns(int(_model_config(p["model"])["num_hidden_layers"]), accumulation)


def baseline_one(p: dict, profile_step: int = 0) -> dict:
    import torch
    from transformers import Trainer, TrainerCallback, TrainingArguments

    from bench.bench_train import peak_mb
    from bench.train_steps import StepClock, StepProfiler
    from training.config import PeftSettings, RopeSettings
    from training.curriculum import batch_geometry
    from training.modeling import load_model, wrap_peft

    _threads(p["threads"])
    window = p["window"]
    rows_per_step, micro, accum = batch_geometry(
        window, p["tokens_per_step"], p["micro_batch_tokens"]
    )
    rows = bench_rows(p["data"], window, p["steps"], rows_per_step, p["seed"])
    pieces = [piece for row in rows for piece in split_pieces(row)]
    examples = []
    for piece in pieces:
        n, pad = len(piece["input_ids"]), window - len(piece["input_ids"])
        labels = list(piece["labels"])
        labels[0] = -100
        examples.append(
            {
                "input_ids": torch.tensor(piece["input_ids"] + [0] * pad),
                "attention_mask": torch.tensor([1] * n + [0] * pad),
                "labels": torch.tensor(labels + [-100] * pad),
            }
        )
    model, _ = load_model(p["model"], RopeSettings())
    model.config.use_cache = False
    model = wrap_peft(model, PeftSettings())
    cuda = torch.cuda.is_available()
    args = TrainingArguments(
        output_dir=tempfile.mkdtemp(prefix="bench-hf-", dir=p.get("tmp")),
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
        gradient_checkpointing=p["gradient_checkpointing"],
        gradient_checkpointing_kwargs={"use_reentrant": False},
        dataloader_num_workers=0,
        disable_tqdm=True,
        seed=p["seed"],
    )
    clock = StepClock()
    gate = _gate(p)

    class StartClock(TrainerCallback):
        def on_train_begin(self, *_, **__):
            if gate:  # loaded: wait for the lockstep coordinator's first release
                gate.first()
            clock.start()

    profiler = StepProfiler(profile_step, _vocab(p["model"])) if profile_step else None
    layer_runs = _layer_runs(p)
    trainer = Trainer(model=model, args=args, train_dataset=examples, callbacks=[StartClock()])
    result = trainer.train()
    out = {
        "tokens": len(examples) * window,  # padded: every example is a full window
        "real_tokens": sum(len(piece["input_ids"]) for piece in pieces),
        "scored_tokens": sum(int((e["labels"][1:] != -100).sum()) for e in examples),
        "step_times": clock.steps(),
        "trainer_steps": int(result.global_step),
        "examples": len(examples),
        "peak_memory_mb": round(peak_mb(), 1),
        "layer_runs": layer_runs.result(),
    }
    if profiler:
        profiler.close()
        out["profile"] = profiler.table()
    return out


def run_arm(params: dict, profile_step: int = 0) -> dict:
    """One arm in this process (the hidden child subcommand)."""
    from bench.train_steps import summarize

    fn = baseline_one if params["arm"] == "hf" else ours_one
    # the arm's output folder (adapter, metrics) lives only as long as the arm:
    # repeated bench and test runs left one folder per arm in /tmp
    with tempfile.TemporaryDirectory(prefix="bench-arm-") as tmp:
        result = fn({**params, "tmp": tmp}, profile_step)
    result["token_efficiency"] = round(result["scored_tokens"] / result["tokens"], 4)
    result.update(summarize(result["step_times"], result["scored_tokens"], result["tokens"]))
    return result


# The run settings every arm's child process receives (also bench_train's profile).
PARAMS = (
    "data",
    "model",
    "window",
    "steps",
    "tokens_per_step",
    "micro_batch_tokens",
    "seed",
    "gradient_checkpointing",
    "threads",
)


def throughput(args, child) -> dict:
    """Arms interleaved over ``args.rounds`` rounds; ``child(params)`` runs one in a
    fresh process and returns its result."""
    params = {k: getattr(args, k) for k in PARAMS}
    runs = []
    for r in range(args.rounds):
        for arm in args.arms if r % 2 == 0 else args.arms[::-1]:
            load = os.getloadavg()[0]
            result = child({**params, "arm": arm})
            runs.append({"round": r + 1, "arm": arm, "load_before": round(load, 2), **result})
            result.pop("step_times")
            print({"round": r + 1, "arm": arm, **result}, flush=True)

    def rate(arm: str, rnd: int | None, key: str) -> float:
        """Scored tokens/s of ``arm`` over the given round (or all): scored tokens per
        step x steps / time, each side's own steps."""
        sel = [x for x in runs if x["arm"] == arm and rnd in (None, x["round"])]
        tokens = sum(x["scored_tokens"] / x["steps"] * (x["steps"] - 1) for x in sel)
        if key == "all":
            return sum(x["scored_tokens"] for x in sel) / sum(
                sum(s["wall_s"] for s in x["step_times"]) for x in sel
            )
        if key == "cpu":  # CPU seconds (user + system) instead of wall: less load-bound
            cpu = sum(x["steady_user_s"] + x["steady_sys_s"] for x in sel) / len(sel)
            return tokens / (cpu * sum(x["steps"] - 1 for x in sel))
        return tokens / sum(x["steady_step_s"] * (x["steps"] - 1) for x in sel)

    ratios = {}
    for arm in args.arms:
        if arm == "hf" or "hf" not in args.arms:
            continue
        for key in ("steady", "cpu", "all"):
            ratios[f"{arm}/hf {key}"] = {
                "overall": round(rate(arm, None, key) / rate("hf", None, key), 3),
                **{
                    f"round {r + 1}": round(rate(arm, r + 1, key) / rate("hf", r + 1, key), 3)
                    for r in range(args.rounds)
                },
            }

    def side(arm: str) -> dict:
        """An arm over all rounds, in the single-run format ``bench/gpu_report.py``
        reads; rates are the steady ones (warm-up steps apart, in ``warmup_s``)."""
        sel = [x for x in runs if x["arm"] == arm]
        return {
            "tokens": sum(x["tokens"] for x in sel),
            "scored_tokens": sum(x["scored_tokens"] for x in sel),
            "seconds": sum(s["wall_s"] for x in sel for s in x["step_times"]),
            "warmup_s": [x["warmup_step_s"] for x in sel],
            "tokens_per_s": round(
                rate(arm, None, "steady")
                * sum(x["tokens"] for x in sel)
                / sum(x["scored_tokens"] for x in sel),
                2,
            ),
            "scored_tokens_per_s": round(rate(arm, None, "steady"), 2),
            "token_efficiency": sel[0]["token_efficiency"],
            "peak_memory_mb": max(x["peak_memory_mb"] for x in sel),
            "layer_runs": sel[0]["layer_runs"],
        }

    summary = {}
    if "ours" in args.arms and "hf" in args.arms:
        summary = {
            "ours": side("ours"),
            "hf_trainer_padded": side("hf"),
            "scored_tokens_per_s_ratio": ratios["ours/hf steady"]["overall"],
        }
    return {
        "benchmark": "train_throughput",
        **params,
        **summary,
        "rounds": args.rounds,
        "arms": args.arms,
        "scored_tokens_per_s_ratios": ratios,
        "note": "steady = wall time of steps 2..N (the first step is the warm-up, reported "
        "apart); cpu = the same steps' CPU seconds (user + system); all = every step's wall time",
        "runs": runs,
        "load_after": round(os.getloadavg()[0], 2),
    }
