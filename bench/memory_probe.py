"""What holds memory during a build: per-process RSS over time and, in the driver,
the Python allocations alive at its peak (``tracemalloc``).

    .venv/bin/python bench/memory_probe.py [--books 10] [--copies 1] [--workers 2]
        [--top 12] [--no-trace]

Runs ``longctx dataset`` on ``--copies`` symlinked copies of ``--books`` books of
``../shared/data/en_gutenberg`` in a child process (the driver) with ``--workers``
Beam worker processes. The parent samples the resident set of the driver and of
each worker every 0.2 s and prints their peaks and when they happened (seconds
from the start). The driver traces its Python allocations (1 frame) and, each
time its traced memory reaches a new high, keeps the top ``--top`` source lines by
bytes alive; the ones at the highest point are printed. ``--no-trace`` skips
tracing (it slows the driver's allocations).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "bench"))

from bench_dataset import DEFAULT_TOKENIZER, _copy_corpus, _tree_rss_kb  # noqa: E402

DRIVER = textwrap.dedent("""
    import json, sys, threading, time, tracemalloc, logging
    logging.disable(logging.WARNING)
    corpus, out, tokenizer, workers, top, trace = sys.argv[1:7]
    peak = {"bytes": 0, "lines": []}
    done = threading.Event()

    def watch():
        while not done.wait(0.5):
            current, _ = tracemalloc.get_traced_memory()
            if current > peak["bytes"]:
                stats = tracemalloc.take_snapshot().statistics("lineno")[: int(top)]
                peak["bytes"] = current
                peak["at_s"] = round(time.perf_counter() - t0, 1)
                peak["lines"] = [(str(s.traceback), s.size, s.count) for s in stats]

    from pipeline.build import run
    if trace == "1":
        tracemalloc.start(1)
        threading.Thread(target=watch, daemon=True).start()
    t0 = time.perf_counter()
    run(["--input", corpus, "--output", out, "--tokenizer", tokenizer, "--overwrite",
         "--direct_running_mode=multi_processing", f"--direct_num_workers={workers}"])
    done.set()
    print(json.dumps({"wall_s": time.perf_counter() - t0, "peak": peak}))
""")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", default=os.path.join(REPO, "..", "shared", "data", "en_gutenberg")
    )
    parser.add_argument("--books", type=int, default=10)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--no-trace", action="store_true")
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    tmp = tempfile.mkdtemp(prefix="memory-probe-")
    try:
        corpus = _copy_corpus(args.corpus, os.path.join(tmp, "corpus"), args.copies, args.books)
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                DRIVER,
                corpus,
                os.path.join(tmp, "out"),
                DEFAULT_TOKENIZER,
                str(args.workers),
                str(args.top),
                "0" if args.no_trace else "1",
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        start, peaks, series = time.perf_counter(), {}, []
        while proc.poll() is None:
            now = round(time.perf_counter() - start, 1)
            tree = _tree_rss_kb(proc.pid)
            series.append((now, {str(p): kb // 1024 for p, kb in tree.items()}))
            for pid, kb in tree.items():
                role = "driver" if pid == proc.pid else f"worker {pid}"
                if kb > peaks.get(role, (0, 0))[0]:
                    peaks[role] = (kb, now)
            time.sleep(0.2)
        result = json.loads(proc.stdout.read().strip().splitlines()[-1])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(
        f"{args.books} books x{args.copies}, {args.workers} workers: wall {result['wall_s']:.1f} s, "
        f"load {os.getloadavg()[0]:.1f}"
    )
    for role, (kb, at) in sorted(peaks.items()):
        if kb > 50 << 10:  # skip short-lived helpers
            print(f"  {role:<14} peak RSS {kb / 1024:7.0f} MB at {at:6.1f} s")
    peak = result["peak"]
    if peak["lines"]:
        print(
            f"driver Python allocations at their highest ({peak['bytes'] / 2**20:.0f} MB traced, "
            f"{peak.get('at_s')} s):"
        )
        for line, size, count in peak["lines"]:
            print(f"  {size / 2**20:8.1f} MB {count:>9} blocks  {line}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"peaks": peaks, "series": series, "driver": peak}, f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
