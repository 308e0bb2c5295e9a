"""``unterminated_or_repeated`` alone, a baseline checkout's and this one's, side by side.

    .venv/bin/python bench/sentence_rules_speed.py --baseline /tmp/base --reps 7

The sentences of the shared books (``en_gutenberg``, ``zh_classics``), as
``bench/eval_text.py``'s ``speed_of`` prepares them (normalize, boilerplate,
unwrap, ``analyze_text``), all of them candidates. Both functions run in this
process, alternating, after one untimed call each (tables built per process);
it prints the CPU seconds of each pass over a corpus, best and median paired
ratios, the load, and checks that both give the same masks.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import os
import statistics
import sys
import time

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "..", "shared", "data")
sys.path.insert(0, REPO)

from transforms.boilerplate import strip_boilerplate  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402
from transforms.structure import analyze_text  # noqa: E402
from transforms.unwrap import unwrap_text  # noqa: E402


def function_of(checkout: str):
    """``unterminated_or_repeated`` of the checkout's ``transforms`` (wherever it lives)."""
    for module in ("sentence_rules", "key_sentences"):
        path = os.path.join(checkout, "transforms", f"{module}.py")
        if not os.path.exists(path):
            continue
        source = open(path, encoding="utf-8").read()
        if "def unterminated_or_repeated" in source:
            spec = importlib.util.spec_from_file_location(f"bench_{module}_{id(path)}", path)
            loaded = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(loaded)
            return loaded.unterminated_or_repeated
    raise SystemExit(f"no unterminated_or_repeated under {checkout}/transforms")


def cases_of(name: str) -> list:
    cases = []
    for path in sorted(glob.glob(os.path.join(DATA, name, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = normalize_text(f.read())
        text = unwrap_text(strip_boilerplate(text)[0])[0]
        spans = np.asarray(analyze_text(text).sentences, dtype=np.int64).reshape(-1, 2)
        cases.append((text, spans, np.arange(len(spans))))
    return cases


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="checkout of the code to compare with")
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args(argv)
    functions = {"baseline": function_of(os.path.abspath(args.baseline)), "ours": function_of(REPO)}
    for name in ("zh_classics", "en_gutenberg"):
        cases = cases_of(name)
        for f in functions.values():
            f("Warm up. 热身。", np.array([[0, 8], [9, 12]]), np.arange(2))
        for case in cases:
            a, b = (f(*case) for f in functions.values())
            if not (np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])):
                raise SystemExit(f"{name}: the masks differ")
        times: dict[str, list[float]] = {k: [] for k in functions}
        for _ in range(args.reps):
            for label, f in functions.items():
                c0 = time.process_time()
                for case in cases:
                    f(*case)
                times[label].append(time.process_time() - c0)
        base, ours = times["baseline"], times["ours"]
        paired = statistics.median(b / o for b, o in zip(base, ours, strict=True))
        sentences = sum(len(c[1]) for c in cases)
        print(
            f"{name}: {sentences:,} sentences, masks identical; CPU s baseline "
            f"{' '.join(f'{t:.3f}' for t in base)}, ours {' '.join(f'{t:.3f}' for t in ours)}; "
            f"best {min(base) / min(ours):.2f}x, median paired {paired:.2f}x; "
            f"load {os.getloadavg()[0]:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
