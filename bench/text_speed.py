"""Text stages (normalize + analyze_text) of two versions of the code, side by side.

    .venv/bin/python bench/text_speed.py --baseline /work/main --rounds 2

Each round runs the baseline's and this checkout's ``transforms`` (each in a fresh
process, imports warmed up before timing) over ``en_gutenberg`` and
``zh_classics``, alternating. It prints characters per second of *process CPU
time* for all text stages together (on a shared machine wall time mostly measures
the other jobs), the ratio ours / baseline, and per stage the characters per second of
``analyze_text``'s own timings (CPU seconds since issue 10's speed work; a
checkout from before reports wall seconds there) with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "..", "shared", "data")

WORKER = r"""
import glob, json, os, sys, time
sys.path.insert(0, sys.argv[1])
from transforms.normalize import normalize_text
from transforms.structure import analyze_text
analyze_text("Warm up: imports load here. 热身。")
out = {}
for name in ("en_gutenberg", "zh_classics"):
    timings, chars, cpu = {"normalize": 0.0}, 0, 0.0
    for path in sorted(glob.glob(os.path.join(sys.argv[2], name, "*.txt"))):
        raw = open(path, encoding="utf-8").read()
        c0 = time.process_time()
        text = normalize_text(raw)
        timings["normalize"] += time.process_time() - c0
        analyze_text(text, timings=timings)
        cpu += time.process_time() - c0
        chars += len(text)
    out[name] = {"chars": chars, "timings": timings, "cpu": cpu, "load": os.getloadavg()[0]}
print(json.dumps(out))
"""


def run(code_dir: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", WORKER, code_dir, DATA], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="checkout of the code to compare with")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    runs = {"baseline": [], "ours": []}
    for _ in range(args.rounds):
        runs["baseline"].append(run(os.path.abspath(args.baseline)))
        runs["ours"].append(run(REPO))
    for name in ("en_gutenberg", "zh_classics"):
        chars = runs["ours"][0][name]["chars"]
        stages = list(runs["ours"][0][name]["timings"])
        print(f"\n### {name} ({chars:,} characters of normalized text; characters/s)\n")
        print("| run | load | " + " | ".join(stages) + " | all (wall) | all (CPU time) |")
        print("|---|---|" + "---|" * (len(stages) + 2))
        totals = {}
        for label, results in runs.items():
            for i, r in enumerate(results):
                t = r[name]["timings"]
                total = r[name]["chars"] / sum(t.values())
                cpu = r[name]["chars"] / r[name]["cpu"]
                totals.setdefault(label, []).append(cpu)  # the summary line says CPU time
                cells = [f"{r[name]['chars'] / t[s]:,.0f}" if t.get(s) else "-" for s in stages]
                print(
                    f"| {label} {i + 1} | {r[name]['load']:.1f} | "
                    + " | ".join(cells)
                    + f" | {total:,.0f} | {cpu:,.0f} |"
                )
        best = {k: max(v) for k, v in totals.items()}
        print(
            f"\nCPU time, best of {args.rounds}: ours {best['ours']:,.0f} characters/s, "
            f"baseline {best['baseline']:,.0f}/s, ratio {best['ours'] / best['baseline']:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
