"""Rule ``dcm_segments`` (the default topic segmenter) of another checkout and of
this one, side by side in one process on the shared books; checks that both give
the same structure.

    .venv/bin/python bench/dcm_speed.py --baseline-code /tmp/base [--rounds 3]

``--baseline-code``: a checkout (e.g. ``git -C . archive 7d5c7ed | tar -x -C
/tmp/base``) whose ``transforms/dcm.py`` is loaded as the baseline. Each book is
prepared as the build does (normalize, boilerplate, unwrap; not timed, the same
code for both). Then, per round, ``analyze_text`` runs over the corpus once with
the baseline's ``segment_blocks`` and once with this checkout's, alternating.
Times are process CPU seconds: the DCM block segmentation alone, ``analyze_text``
(every structure stage), and all text stages (the preparation's CPU time,
measured once, added). Prints the best round of each, the ratios, and whether
every document's structure came out identical.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from bench.c99_speed import DATA, prepare, same  # noqa: E402
from transforms import dcm  # noqa: E402
from transforms.structure import analyze_text  # noqa: E402

OURS = dcm.segment_blocks


def baseline_module(code: str):
    path = os.path.join(code, "transforms", "dcm.py")
    spec = importlib.util.spec_from_file_location("baseline_dcm", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(texts: list[str], segment_blocks) -> tuple[float, float, list]:
    """CPU seconds of the DCM block segmentation and of analyze_text; structures."""
    spent = [0.0]

    def timed(*args, **kwargs):
        c0 = time.process_time()
        out = segment_blocks(*args, **kwargs)
        spent[0] += time.process_time() - c0
        return out

    dcm.segment_blocks = timed
    try:
        c0 = time.process_time()
        structures = [analyze_text(t) for t in texts]
        return spent[0], time.process_time() - c0, structures
    finally:
        dcm.segment_blocks = OURS


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline-code", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", nargs="*", default=["en_gutenberg", "zh_classics"])
    args = parser.parse_args(argv)
    if not os.path.isdir(DATA):
        print(f"real data not found at {DATA} (see ../shared/data/README.md)", file=sys.stderr)
        return 2
    baseline = baseline_module(os.path.abspath(args.baseline_code)).segment_blocks
    analyze_text("Warm up: imports load here. 热身。" * 40)  # topics run: scipy loads here
    print(
        "| corpus | characters | load | DCM before (CPU s) | DCM after | DCM ratio | "
        "structure before | after | all text stages before (characters/s) | after | ratio | identical |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for corpus in args.corpus:
        texts, chars, prep = prepare(corpus)
        best = {"before": (np.inf, np.inf), "after": (np.inf, np.inf)}
        identical = True
        for _ in range(args.rounds):
            b_dcm, b_all, b_st = run(texts, baseline)
            a_dcm, a_all, a_st = run(texts, OURS)
            best["before"] = min(best["before"], (b_dcm, b_all), key=lambda t: t[1])
            best["after"] = min(best["after"], (a_dcm, a_all), key=lambda t: t[1])
            identical &= all(same(x, y) for x, y in zip(b_st, a_st, strict=True))
        (b_dcm, b_all), (a_dcm, a_all) = best["before"], best["after"]
        rate_b, rate_a = chars / (prep + b_all), chars / (prep + a_all)
        print(
            f"| {corpus} | {chars:,} | {os.getloadavg()[0]:.1f} | {b_dcm:.2f} | {a_dcm:.2f} | "
            f"{b_dcm / a_dcm:.2f}x | {b_all:.2f} | {a_all:.2f} | {rate_b:,.0f} | {rate_a:,.0f} | "
            f"{rate_a / rate_b:.2f}x | {'yes' if identical else 'NO'} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
