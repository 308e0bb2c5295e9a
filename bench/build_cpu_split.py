"""CPU seconds of one local build, split into the driver's imports, the driver's
run (graph, runner, ``finish``) and the worker processes; run it twice, on a corpus
and on one small file, to separate Beam's fixed cost from the per-document work.

    .venv/bin/python bench/build_cpu_split.py --input DIR [--code CHECKOUT] [--workers 2]

``--code``: the checkout whose modules build (its workers too: they start in that
folder), e.g. main from ``git archive``, for before/after pairs. CPU is
``getrusage`` of this process and of its reaped children (the workers), so one build
per process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _cpu(who) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def build_parser(description: str) -> argparse.ArgumentParser:
    """The flags of a one-build bench (also bench/build_timeline.py's)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--input", required=True)
    parser.add_argument("--code", default=REPO, help="checkout whose code builds")
    parser.add_argument(
        "--tokenizer", default=os.path.join(REPO, "defaults", "smollm2-135m", "tokenizer.json")
    )
    parser.add_argument("--workers", type=int, default=2)
    return parser


def main(argv=None) -> int:
    args = build_parser(__doc__.splitlines()[0]).parse_args(argv)
    code = os.path.abspath(args.code)
    sys.path.insert(0, code)
    os.chdir(code)  # the workers run `python -m pipeline.beam_worker` from here
    start = _cpu(resource.RUSAGE_SELF)
    import pipeline.build as build  # noqa: PLC0415 - the import is what is measured

    imported = _cpu(resource.RUSAGE_SELF)
    finish_cpu = []
    finish = build.finish

    def timed_finish(*a, **k):
        before = _cpu(resource.RUSAGE_SELF)
        result = finish(*a, **k)
        finish_cpu.append(_cpu(resource.RUSAGE_SELF) - before)
        return result

    build.finish = timed_finish
    wall = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cpu-split-") as tmp:
        build.run(
            ["--input", args.input, "--output", os.path.join(tmp, "out")]
            + ["--tokenizer", args.tokenizer, "--direct_running_mode=multi_processing"]
            + [f"--direct_num_workers={args.workers}"]
        )
    result = {
        "driver_import_cpu_s": round(imported - start, 2),
        "driver_run_cpu_s": round(_cpu(resource.RUSAGE_SELF) - imported, 2),
        "finish_cpu_s": round(sum(finish_cpu), 2),
        "workers_cpu_s": round(_cpu(resource.RUSAGE_CHILDREN), 2),
        "wall_s": round(time.perf_counter() - wall, 1),
        "load_1min": round(os.getloadavg()[0], 1),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
