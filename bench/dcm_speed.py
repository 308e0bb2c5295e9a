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

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from bench.c99_speed import parse_args, side_by_side  # noqa: E402
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
    args = parse_args(parser, argv)
    if args is None:
        return 2
    baseline = baseline_module(os.path.abspath(args.baseline_code)).segment_blocks
    analyze_text("Warm up: imports load here. 热身。" * 40)  # topics run: scipy loads here
    side_by_side(
        "DCM", args.corpus, args.rounds, lambda t: run(t, baseline), lambda t: run(t, OURS)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
