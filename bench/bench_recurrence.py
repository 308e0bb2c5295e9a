"""Segment recurrence: perplexity at long context after the same training budget,
with and without ``recurrence.memory_tokens``, side by side in one invocation.

    python bench/bench_recurrence.py --data data/gutenberg --window 1024 --memory 1024 \
        --sink 4 --eval-sinks 0,1,4 --steps 24 --tokens-per-step 2048 --eval-docs 4 \
        --doc-tokens 8192 --output bench/results/recurrence_cpu.json

Training: ``training.recipe`` twice in fresh processes, the same seed, steps, tokens
per step, window and LR schedule (SmolLM2-135M, LoRA r=8, gradient checkpointing,
chunked loss); one run with ``recurrence.memory_tokens=0`` (rows drawn at random, as
always), one with ``--memory`` and ``--sink`` (documents' windows in order, with
memory and the document's first ``--sink`` tokens).

Evaluation, on the first ``--doc-tokens`` tokens of ``--eval-docs`` held-out documents
(the dataset's validation split; every configuration scores exactly the same
tokens), for the base model and both adapters:

* ``segments``: consecutive windows of ``--window`` tokens, no memory: context
  ``0 .. window-1`` (what a model trained on windows sees);
* ``recurrent_sS`` for each ``S`` of ``--eval-sinks``: the same windows, each with
  the keys and values of the previous window's last ``--memory`` tokens
  (``training.recurrence.recurrent_losses``) and of the document's first ``S``
  tokens: context up to ``window + memory`` (+ S), attention cost of that many keys;
* ``full@L``: sliding-window perplexity at ``L = window + memory`` with stride
  ``window`` (``training.perplexity``): every token sees ``memory .. L-1`` tokens with
  full attention, the reference the memory approximates;
* ``full@doc``: each document in one forward (when ``--doc-tokens`` fits the
  model's positions): every token sees all before it.

Each configuration also reports ``by_window``: the mean loss of the tokens scored in
window ``k`` (over the documents), where the memory's effect shows window by window.
"""

from __future__ import annotations

import argparse
import json
import math
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


def _child(args: list[str]) -> dict:
    # stderr goes straight through: the recipe's step lines show how far a run got.
    proc = subprocess.run(
        [sys.executable, os.path.abspath(__file__), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{args[0]} failed (exit {proc.returncode}); its stderr is above")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def train_one(data, model, out, window, memory, sink, steps, tokens_per_step) -> dict:
    from training import recipe
    from training.plots import read_metrics

    sets = [
        f"curriculum=[{{window: {window}, steps: {steps}}}]",
        f"tokens_per_step={tokens_per_step}",
        f"micro_batch_tokens={window}",
        "gradient_checkpointing=true",
        "loss_chunk_tokens=1024",
        "eval_rows=0",
        "optim.lr=5.0e-4",
        "optim.warmup_steps=2",
        "progress=false",
        "seed=0",
        f"recurrence.memory_tokens={memory}",
        f"recurrence.sink_tokens={sink}",
    ]
    argv = ["--data", data, "--model", model, "--output", out]
    for s in sets:
        argv += ["--set", s]
    recipe.main(argv)
    train = [r for r in read_metrics(os.path.join(out, "metrics.jsonl")) if r["kind"] == "train"]
    return {
        "memory_tokens": memory,
        "sink_tokens": sink if memory else 0,
        "steps": len(train),
        "tokens": sum(r["tokens"] for r in train),
        "scored_tokens": sum(r["scored_tokens"] for r in train),
        "train_seconds": round(sum(r["tokens"] / r["tokens_per_s"] for r in train), 1),
        "first_loss": train[0]["loss"],
        "last_losses": [r["loss"] for r in train[-4:]],
        "adapter": os.path.join(out, "adapter"),
    }


def _summary(losses, t0: float, by_window: list[float] | None = None) -> dict:
    import numpy as np

    mean = float(np.mean(losses))
    out = {"loss": mean, "perplexity": math.exp(mean), "tokens_scored": len(losses)}
    if by_window is not None:
        out["by_window"] = by_window
    return {**out, "seconds": round(time.perf_counter() - t0, 1)}


def with_model_char_starts(docs: list, model_path: str) -> list:
    """``docs`` (``HeldOutDocument``) with their character starts from the model
    folder's tokenizer.json, as ``longctx eval`` sets them (rule ``eval_char_start``:
    the full-attention references' windows never begin inside a CJK character);
    unchanged when the folder has none."""
    path = os.path.join(model_path, "tokenizer.json")
    if not os.path.isfile(path):
        return docs
    from tokenizers import Tokenizer

    from training.perplexity import with_char_starts

    return with_char_starts(docs, Tokenizer.from_file(path))


def evaluate_one(
    data, model_path, adapter, window, memory, sinks, docs, doc_tokens, full=True
) -> dict:
    import numpy as np
    import torch

    from training.config import RopeSettings
    from training.modeling import load_model
    from training.perplexity import (
        TokenLosses,
        dataset_documents,
        perplexity_at_length,
        select_documents,
        truncate,
    )
    from training.recurrence import recurrent_losses, use_memory_attention

    device = torch.device("cpu")
    model, _ = load_model(model_path, RopeSettings())
    if adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter)
    model.eval()
    use_memory_attention(model)  # without memory it hands over to sdpa unchanged
    held_out = with_model_char_starts(dataset_documents(data), model_path)
    held_out = truncate(select_documents(held_out, doc_tokens, docs), doc_tokens)
    result = {"adapter": adapter or None, "documents": [d.doc_id for d in held_out]}
    runs = [("segments", 0, 0)] + [(f"recurrent_s{s}", memory, s) for s in sinks]
    for name, mem, sink in runs:
        t0 = time.perf_counter()
        per_doc = [
            recurrent_losses(model, d.token_ids, window, mem, device, sink_tokens=sink)
            for d in held_out
        ]
        # loss i predicts token i + 1, scored in window i // window
        by_window = [
            float(np.mean(np.concatenate([x[k : k + window] for x in per_doc if len(x) > k])))
            for k in range(0, max(len(x) for x in per_doc), window)
        ]
        result[name] = _summary(np.concatenate(per_doc), t0, by_window)
    lengths = [window + memory] if full else []
    if full and doc_tokens <= model.config.max_position_embeddings:
        lengths.append(doc_tokens)
    for length, name in zip(lengths, [f"full@{window + memory}", "full@doc"], strict=False):
        t0 = time.perf_counter()
        full = perplexity_at_length(TokenLosses(model, device), held_out, length, window)
        result[name] = {
            "length": length,
            "loss": full["loss"],
            "perplexity": full["perplexity"],
            "tokens_scored": full["tokens_scored"],
            "seconds": round(time.perf_counter() - t0, 1),
        }
    return result


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "_train":
        d, m, out, w, mem, sink, s, t = argv[1:]
        print(json.dumps(train_one(d, m, out, int(w), int(mem), int(sink), int(s), int(t))))
        return 0
    if argv and argv[0] == "_eval":
        # an optional last argument "nofull" leaves out the full-attention references
        d, m, adapter, w, mem, sinks, docs, n = argv[1:9]
        sinks = [int(x) for x in sinks.split(",")]
        full = argv[9:] != ["nofull"]
        result = evaluate_one(d, m, adapter, int(w), int(mem), sinks, int(docs), int(n), full)
        print(json.dumps(result))
        return 0
    from bench_train import machine, write_result

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="data/gutenberg")
    parser.add_argument("--model", default="defaults/smollm2-135m")
    parser.add_argument("--window", type=int, default=1024)
    parser.add_argument("--memory", type=int, default=1024)
    parser.add_argument("--sink", type=int, default=4, help="sink_tokens of the recurrent run")
    parser.add_argument(
        "--eval-sinks", default="0,4", help="sink_tokens values evaluated, comma-separated"
    )
    parser.add_argument("--steps", type=int, default=24)
    parser.add_argument("--tokens-per-step", type=int, default=2048)
    parser.add_argument("--eval-docs", type=int, default=4)
    parser.add_argument("--doc-tokens", type=int, default=8192)
    parser.add_argument(
        "--skip-base", action="store_true", help="evaluate the two adapters only (not the base)"
    )
    parser.add_argument(
        "--jobs", type=int, default=1, help="processes at once (trainings, then evaluations)"
    )
    parser.add_argument("--output", help="write the JSON result here too")
    args = parser.parse_args(argv)

    out_root = tempfile.mkdtemp(prefix="bench-recurrence-")
    load = [round(x, 2) for x in os.getloadavg()]
    common = [args.data, args.model]
    print(f"runs in {out_root}", file=sys.stderr, flush=True)
    trains = []
    for memory in (0, args.memory):
        out = os.path.join(out_root, f"m{memory}")
        sink = str(args.sink if memory else 0)
        geometry = [str(args.window), str(memory), sink, str(args.steps), str(args.tokens_per_step)]
        trains.append(["_train", *common, out, *geometry])
    # Fresh processes with fixed seeds: running them at once changes no loss, only
    # makes their train seconds share the CPUs.
    with ThreadPoolExecutor(args.jobs) as pool:
        runs = list(pool.map(_child, trains))
        print(json.dumps(runs), file=sys.stderr, flush=True)
        cfg = [str(args.window), str(args.memory), args.eval_sinks]
        cfg += [str(args.eval_docs), str(args.doc_tokens)]
        adapters = [*([] if args.skip_base else [""]), *(r["adapter"] for r in runs)]
        evals = list(pool.map(_child, [["_eval", *common, a, *cfg] for a in adapters]))
        print(json.dumps(evals), file=sys.stderr, flush=True)
    result = {
        "benchmark": "recurrence",
        "data": args.data,
        "model": args.model,
        "window": args.window,
        "memory_tokens": args.memory,
        "sink_tokens": args.sink,
        "eval_sinks": args.eval_sinks,
        "jobs": args.jobs,
        "budget": {"steps": args.steps, "tokens_per_step": args.tokens_per_step},
        "training": runs,
        "evaluation": evals,
        "load_at_start": load,
        "load_at_end": [round(x, 2) for x in os.getloadavg()],
        "machine": machine(),
    }
    write_result(result, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
