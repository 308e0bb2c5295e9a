"""Cleaning (``transforms.clean.clean_text``) of two versions of the code, side by side.

    .venv/bin/python bench/clean_speed.py --baseline /tmp/base30

Each version runs in a fresh process over the normalized ``en_gutenberg`` and
``zh_classics`` books of ``../shared/data``; characters per second of process CPU time,
best of two rounds, and the ratio ours / baseline. ``bench/text_speed.py`` times the
stages after cleaning.
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
from transforms.clean import clean_text
from transforms.normalize import normalize_text
clean_text("Warm up: imports load here. 热身。")
out = {}
for name in ("en_gutenberg", "zh_classics"):
    paths = sorted(glob.glob(os.path.join(sys.argv[2], name, "*.txt")))
    texts = [normalize_text(open(p, encoding="utf-8").read()) for p in paths]
    best = None
    for _ in range(2):
        c0 = time.process_time()
        for text in texts:
            clean_text(text)
        spent = time.process_time() - c0
        best = spent if best is None else min(best, spent)
    out[name] = sum(map(len, texts)) / best
print(json.dumps(out))
"""


def _rates(root: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", WORKER, root, DATA], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="a checkout of the code to compare with")
    args = parser.parse_args()
    base, ours = _rates(args.baseline), _rates(REPO)
    for name in base:
        print(
            f"{name}: baseline {base[name]:,.0f} characters/s, ours {ours[name]:,.0f}/s, "
            f"ratio {ours[name] / base[name]:.2f}"
        )


if __name__ == "__main__":
    main()
