"""Stage directions (``direction_sentences``) of two versions of the code over plays, side by side.

    .venv/bin/python bench/direction_speed.py --baseline /tmp/base48 --rounds 3
    .venv/bin/python bench/direction_speed.py --baseline /tmp/base48 --files 'DIR/*.txt'

The texts (default: the Shakespeare texts of defaults/, 78, of which 72 pass ``is_play``)
are cleaned and split into sentences once by this checkout; then each round runs the
baseline's and this checkout's ``direction_sentences`` (each in a fresh process, every
sentence a candidate: the worst case, the pipeline hands it only the key candidates) and
prints process CPU seconds, the directions found and the ratio ours / baseline (best of the
rounds). Texts that are no play do not reach the clauses (``is_play`` returns first), so the
text stages of prose books (``bench/text_speed.py``) do not measure them.
"""

from __future__ import annotations

import argparse
import glob
import os
import pickle
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

WORKER = r"""
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
import numpy as np
from transforms.stage_directions import direction_sentences
items = pickle.load(open(sys.argv[2], "rb"))
start = time.process_time()
found = sum(len(direction_sentences(t, s, np.arange(len(s)), play=True)) for t, s in items)
print(time.process_time() - start, found)
"""


def _prepare(pattern: str, out: str) -> int:
    sys.path.insert(0, REPO)
    from transforms.clean import clean_text
    from transforms.normalize import normalize_text
    from transforms.sentences import sentence_spans
    from transforms.stage_directions import is_play

    items = []
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8", errors="replace") as f:
            cleaned = clean_text(normalize_text(f.read()))
        if cleaned and cleaned.text.strip() and is_play(cleaned.text):
            items.append((cleaned.text, sentence_spans(cleaned.text)))
    with open(out, "wb") as f:
        pickle.dump(items, f)
    return len(items)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, help="the other checkout's root")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--files", default=os.path.join(REPO, "defaults", "shakespeare", "texts", "*.txt")
    )
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "plays.pkl")
        print(f"plays: {_prepare(args.files, data)}")
        best = {"baseline": float("inf"), "ours": float("inf")}
        for r in range(args.rounds):
            for name, code in (("baseline", args.baseline), ("ours", REPO)):
                out = subprocess.run(
                    [sys.executable, "-c", WORKER, code, data],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()
                cpu, found = float(out[0]), int(out[1])
                best[name] = min(best[name], cpu)
                print(f"round {r + 1} {name}: {cpu:.2f} s CPU, {found} directions")
        print(f"ours / baseline (best CPU): {best['ours'] / best['baseline']:.2f}")
        print(f"load average: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
