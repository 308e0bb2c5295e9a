"""LongCE's extra cost per training step: CE and LongCE side by side, in one process.

    python bench/bench_longce.py --data DATA --model defaults/smollm2-135m \
        --windows 2048,4096 --repeats 3 --output bench/results/longce_cpu.json

For each window, the same rows of the dataset's train bucket (``--rows``, one
micro-batch) go through the same LoRA model, alternately as a CE step
(:class:`training.modeling.CausalLMLoss`, forward + backward) and as a LongCE step
(:class:`training.longce.LongCELoss`: short-context forwards, then forward + backward),
``--repeats`` times each, with no optimizer step in between, so both see the same
weights. Reports the median seconds of each, the ratio LongCE / CE, the share of
LongCE's step spent in the short-context forwards, and the tokens forwarded for short
contexts per row token. ``K`` and ``d`` follow ``loss.short_context`` /
``short_stride`` semantics (0: the window / 8 and K / 4, as in a run whose longest
window it is).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--windows", default="2048,4096")
    parser.add_argument("--rows", type=int, default=1, help="rows per step (one micro-batch)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--short-context", type=int, default=0)
    parser.add_argument("--short-stride", type=int, default=0)
    parser.add_argument("--short-batch-tokens", type=int, default=4096)
    parser.add_argument("--output")
    args = parser.parse_args(argv)

    import torch

    from schemas.dataset import load_manifest
    from training.config import PeftSettings, RopeSettings
    from training.data import collate_rows, open_bucket
    from training.longce import LongCELoss
    from training.longppl import short_geometry
    from training.modeling import CausalLMLoss, autocast_for, load_model, wrap_peft
    from transforms.runtime import bound_heap_retention

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device.type == "cpu":
        bound_heap_retention()
    autocast = autocast_for("auto", device)  # bf16 on CUDA, float32 on CPU, as training
    model, _ = load_model(args.model, RopeSettings())
    model.config.use_cache = False
    model = wrap_peft(model, PeftSettings()).to(device).train()
    manifest = load_manifest(args.data)
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    results = []
    for window in [int(w) for w in args.windows.split(",")]:
        bucket = open_bucket(args.data, manifest, "train", window)
        batch = collate_rows(bucket.take(range(args.rows)), 0)
        batch = {k: batch[k].to(device) for k in ("input_ids", "labels", "position_ids")}
        k, d = short_geometry(window, args.short_context, args.short_stride)
        ce = CausalLMLoss(model, 1024)
        longce = LongCELoss(model, 1024, k, d, 5.0, args.short_batch_tokens)
        times = {"ce": [], "longce": []}
        short_s, short_tokens = [], 0
        for _ in range(args.repeats):
            for name, module in (("ce", ce), ("longce", longce)):
                sync()
                start = time.perf_counter()
                with autocast():
                    total, n = module(**batch)
                (total / n).backward()
                sync()
                times[name].append(time.perf_counter() - start)
                model.zero_grad(set_to_none=True)
            stats = longce.pop_stats()
            short_s.append(stats["short_s"])
            short_tokens = stats["short_tokens"]
        row_tokens = int((batch["position_ids"] >= 0).sum())
        ce_s, longce_s = statistics.median(times["ce"]), statistics.median(times["longce"])
        results.append(
            {
                "window": window,
                "rows": args.rows,
                "short_context": k,
                "short_stride": d,
                "ce_s": round(ce_s, 3),
                "longce_s": round(longce_s, 3),
                "ratio": round(longce_s / ce_s, 3),
                "short_share": round(statistics.median(short_s) / longce_s, 3),
                "short_tokens_per_token": round(short_tokens / row_tokens, 3),
                "all_s": {name: [round(t, 3) for t in ts] for name, ts in times.items()},
            }
        )
        print(json.dumps(results[-1]), flush=True)
    report = {
        "command": "python bench/bench_longce.py " + " ".join(argv or sys.argv[1:]),
        "machine": {
            "python": platform.python_version(),
            "torch": torch.__version__,
            "device": str(device),
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg(),
        },
        "results": results,
    }
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
