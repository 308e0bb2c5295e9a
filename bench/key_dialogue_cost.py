"""Rule bare_dialogue_line's CPU inside the text stages, two checkouts side by side.

    .venv/bin/python bench/key_dialogue_cost.py --baseline /tmp/base50 --rounds 2 [BOOK ...]

Each round runs the baseline's and this checkout's ``transforms`` (each in a fresh
process, imports warmed up) over the books (default: ../shared/data's 红楼梦 and 水浒传
and Moby-Dick), alternating. Per book: ``normalize_text`` + ``analyze_text`` (best of 2
in the process) with ``key_sentences.bare_dialogue_lines`` timed inside (process CPU
time: on a shared machine wall time mostly measures the other jobs); the rule's CPU
seconds, its share of the text stages, and ours / baseline (best over rounds).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "..", "shared", "data")
BOOKS = ["zh_classics/水浒传.txt", "zh_classics/红楼梦.txt", "en_gutenberg/pg2701.txt"]

WORKER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import transforms.key_sentences as ks
from transforms.normalize import normalize_text
from transforms.structure import analyze_text
spent = [0.0]
rule = ks.bare_dialogue_lines
def timed(*a, **k):
    c = time.process_time(); r = rule(*a, **k); spent[0] += time.process_time() - c; return r
ks.bare_dialogue_lines = timed
analyze_text("Warm up: imports load here. 热身。")
out = {}
for path in sys.argv[2:]:
    raw = open(path, encoding="utf-8").read()
    best = None
    for _ in range(2):
        spent[0] = 0.0
        c = time.process_time()
        analyze_text(normalize_text(raw))
        total = time.process_time() - c
        if best is None or spent[0] < best[1]:
            best = (total, spent[0])
    out[path] = best
print(json.dumps(out))
"""


def run(code: str, books: list[str]) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", WORKER, code, *books], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", required=True, help="checkout of the code to compare with")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("books", nargs="*", help="UTF-8 text files (default: three shared books)")
    args = parser.parse_args(argv)
    books = args.books or [os.path.join(DATA, b) for b in BOOKS]
    best: dict[str, dict] = {"baseline": {}, "ours": {}}
    for _ in range(args.rounds):
        for side, code in (("baseline", args.baseline), ("ours", REPO)):
            for path, (total, rule) in run(code, books).items():
                if path not in best[side] or rule < best[side][path][1]:
                    best[side][path] = (total, rule)
    print("| book | baseline rule CPU-s (share) | ours rule CPU-s (share) | ours / baseline |")
    print("|---|---:|---:|---:|")
    for path in books:
        (bt, br), (ot, orule) = best["baseline"][path], best["ours"][path]
        print(
            f"| {os.path.basename(path)} | {br:.3f} ({100 * br / bt:.1f}%) "
            f"| {orule:.3f} ({100 * orule / ot:.1f}%) | {orule / br if br else float('nan'):.2f} |"
        )
    print(f"load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
