"""Where a local multi-process build's wall time goes: its serial start, the
workers' span and its serial end, from the CPU of every process of the tree
sampled every 0.25 s.

    .venv/bin/python bench/build_timeline.py --input ../shared/data/en_gutenberg
        [--code CHECKOUT] [--workers 2] [--rows]

``--code``: the checkout whose ``python -m pipeline`` builds (e.g. ``git archive``
of an older commit), for before/after pairs in one run. The build is the command
line a user runs (``python -m pipeline``, imports included). The first process the
driver starts is the workers' fork server (its own CPU is ``server_cpu_s``); every
other one is a worker or its client. Reported: ``start_s`` (until a worker uses
CPU), ``workers_s`` (from then until the last sample with a busy worker),
``end_s`` (the rest: the driver's ``finish``), the CPU seconds of the driver and of
the rest of the tree, and the load average before the run. ``--rows`` also prints
the samples (percent of one core per process).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "bench"))

from build_cpu_split import build_parser  # noqa: E402
from cost_model import _proc_table  # noqa: E402


def _tree_cpu(root: int) -> dict[int, float]:
    """CPU seconds (user + sys) of ``root`` and its descendants, by pid."""
    table = _proc_table()
    children: dict[int, list[int]] = {}
    for pid, (parent, _, _) in table.items():
        children.setdefault(parent, []).append(pid)
    tree, stack = {}, [root]
    while stack:
        pid = stack.pop()
        if pid in table:
            tree[pid] = table[pid][1]
        stack.extend(children.get(pid, []))
    return tree


def timeline(code: str, inputs: str, tokenizer: str, workers: int, period: float = 0.25):
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="timeline-") as tmp:
        command = [sys.executable, "-m", "pipeline", "--input", inputs]
        command += ["--output", os.path.join(tmp, "out"), "--tokenizer", tokenizer]
        command += ["--direct_running_mode=multi_processing", f"--direct_num_workers={workers}"]
        start = time.perf_counter()
        proc = subprocess.Popen(
            command, cwd=code, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        samples, last = [], {}
        while proc.poll() is None:
            time.sleep(period)
            now = _tree_cpu(proc.pid)
            samples.append(
                (time.perf_counter() - start, {p: c - last.get(p, 0.0) for p, c in now.items()})
            )
            last.update(now)
        wall = time.perf_counter() - start
        if proc.returncode:
            raise SystemExit(f"the build failed ({proc.returncode}): {' '.join(command)}")
    seen = [p for _, d in samples for p in d if p != proc.pid]
    server = seen[0] if seen else None  # the first process the driver starts
    others = (proc.pid, server)
    busy = [t for t, d in samples if any(c > 0.02 for p, c in d.items() if p not in others)]
    first, final = (busy[0] - period, busy[-1]) if busy else (wall, wall)
    driver = sum(d.get(proc.pid, 0.0) for _, d in samples)
    rest = sum(c for _, d in samples for p, c in d.items() if p != proc.pid)
    return (
        {
            "wall_s": round(wall, 2),
            "start_s": round(first, 2),
            "workers_s": round(final - first, 2),
            "end_s": round(wall - final, 2),
            "driver_cpu_s": round(driver, 2),
            "server_cpu_s": round(sum(d.get(server, 0.0) for _, d in samples), 2),
            "workers_and_server_cpu_s": round(rest, 2),
            "load_1min": round(load, 2),
        },
        samples,
        proc.pid,
    )


def main(argv=None) -> int:
    parser = build_parser(__doc__.splitlines()[0])
    parser.add_argument("--rows", action="store_true", help="print every sample")
    args = parser.parse_args(argv)
    result, samples, driver = timeline(
        os.path.abspath(args.code), os.path.abspath(args.input), args.tokenizer, args.workers
    )
    if args.rows:
        for t, delta in samples:
            cells = " ".join(
                f"{'driver' if p == driver else p}:{100 * c / 0.25:3.0f}"
                for p, c in sorted(delta.items())
            )
            print(f"{t:6.2f} {cells}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
