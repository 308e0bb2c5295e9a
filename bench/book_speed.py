"""Per book: normalize + clean + the text stages of two versions of the code, side by side.

    .venv/bin/python bench/book_speed.py --baseline /tmp/base49 --rounds 2 BOOK...

Each round runs the baseline's and this checkout's ``transforms`` in turn (each in a fresh
process, imports and a first pass warmed up before timing) over every book given (a path;
read as the pipeline reads it: ``read_records.decode(..., encoding="auto")``), then over
``--small`` documents: each book's first ``--small-chars`` characters after its
normalization, cut at a line end (the fixed cost of a short document). It prints, per book,
the characters per second of process CPU time for normalize + ``clean_text`` +
``analyze_text`` of the cleaned text (best of ``--passes`` passes a process, best
process of the rounds), the ratio ours / baseline and the 1-minute load when each process
ended. Without books, the two books of ``../shared/data/zh_classics``.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "..", "shared", "data")

WORKER = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
from transforms.read_records import decode
from transforms.normalize import normalize_text
from transforms.clean import clean_text
from transforms.structure import analyze_text
args = json.loads(sys.argv[2])
analyze_text(clean_text("Warm up: imports load here. 热身。").text)

def once(raw):
    c0 = time.process_time()
    cleaned = clean_text(normalize_text(raw))
    analyze_text(cleaned.text, markup=cleaned.markup_headings, fortune_entries=cleaned.fortune_entries)
    return time.process_time() - c0

out = {}
for path in args["books"]:
    raw = decode(open(path, "rb").read(), path, path, encoding="auto")
    raw = raw[0] if isinstance(raw, tuple) else raw
    once(raw)
    out[path] = {"chars": len(normalize_text(raw)), "cpu": min(once(raw) for _ in range(args["passes"]))}
    if args["small_chars"]:
        text = normalize_text(raw)[: args["small_chars"]]
        small = text[: text.rfind("\n") + 1] or text
        once(small)
        out[path]["small_ms"] = 1000 * min(once(small) for _ in range(args["small_reps"]))
out["load"] = os.getloadavg()[0]
print(json.dumps(out))
"""


def run(code_dir: str, args: dict) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", WORKER, code_dir, json.dumps(args)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="checkout of the code to compare with")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--small-chars", type=int, default=2000)
    parser.add_argument("--small-reps", type=int, default=20)
    parser.add_argument("books", nargs="*")
    ns = parser.parse_args(argv)
    books = [os.path.abspath(b) for b in ns.books] or sorted(
        glob.glob(os.path.join(DATA, "zh_classics", "*.txt"))
    )
    args = {"books": books, "passes": ns.passes, "small_chars": ns.small_chars,
            "small_reps": ns.small_reps}  # fmt: skip
    runs = {"baseline": [], "ours": []}
    for _ in range(ns.rounds):
        runs["baseline"].append(run(ns.baseline, args))
        runs["ours"].append(run(REPO, args))
    print("loads (baseline, ours per round):",
          [(b["load"], o["load"]) for b, o in zip(runs["baseline"], runs["ours"], strict=True)])  # fmt: skip
    for path in books:
        chars = runs["ours"][0][path]["chars"]
        rate = {k: [chars / r[path]["cpu"] / 1e6 for r in v] for k, v in runs.items()}
        best = {k: max(v) for k, v in rate.items()}
        print(f"{os.path.basename(path)}: {chars:,} characters; M chars/s baseline "
              f"{' / '.join(f'{x:.3f}' for x in rate['baseline'])}, ours "
              f"{' / '.join(f'{x:.3f}' for x in rate['ours'])}; best {best['baseline']:.3f} -> "
              f"{best['ours']:.3f} ({best['ours'] / best['baseline']:.2f})")  # fmt: skip
        if ns.small_chars:
            ms = {k: min(r[path]["small_ms"] for r in v) for k, v in runs.items()}
            print(f"  first {ns.small_chars:,} characters: ms a document {ms['baseline']:.2f} -> "
                  f"{ms['ours']:.2f} (speed {ms['baseline'] / ms['ours']:.2f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
