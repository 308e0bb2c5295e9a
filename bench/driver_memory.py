"""What holds the build driver's memory, and how it grows with the corpus.

    .venv/bin/python bench/driver_memory.py [--books 3] [--copies 1,5] [--workers 2]
        [--frames 6] [--top 15] [--json out.json]

For each ``--copies`` K, builds K symlinked copies of ``--books`` books of
``../shared/data/en_gutenberg`` with ``longctx dataset`` (``pipeline.build.run``)
in a fresh child process, the driver, instrumented from outside the pipeline (its
functions wrapped, no pipeline code changed):

* RSS of the driver sampled every 0.1 s, labelled by stage: ``setup`` (flags,
  tokenizer, output checks), ``beam`` (the Beam run: the local runner routes every
  bundle through the driver and holds each shuffle's data there), ``finish``
  (naming shards, manifest), ``plot`` (the length plot); the peak of each stage,
  with glibc's heap at that moment (``mallinfo2``: in use, free but kept, mmapped);
* at three checkpoints (the Beam run's traced high, the end of the Beam run, the
  end of ``finish``): RSS, Python allocations alive (``tracemalloc``, grouped by
  ``--frames``-deep traceback), pyarrow's allocated bytes and its pool's maximum,
  ``gc`` object counts by type, glibc's heap, and RSS after ``malloc_trim(0)``
  (what the heap kept free, given back). ``--frames 0``: no tracing, true RSS.

Then, for the last two K, the difference by traceback (what grew with the corpus)
and of the stage peaks. Tracing slows the driver's allocations (~1.5-2x its CPU);
the workers are not traced.
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
sys.path.insert(0, REPO)

from bench_dataset import DEFAULT_TOKENIZER, _copy_corpus  # noqa: E402

from pipeline.reading import arrow_files, column_values  # noqa: E402
from schemas.dataset import DOCUMENTS  # noqa: E402

DRIVER = textwrap.dedent("""
    import collections, gc, json, logging, os, sys, threading, time, traceback, tracemalloc
    logging.disable(logging.WARNING)
    import ctypes
    corpus, out, tokenizer, workers, frames, top = sys.argv[1:7]
    frames, top = int(frames), int(top)
    libc = ctypes.CDLL(None)

    class Mallinfo2(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
            "uordblks", "fordblks", "keepcost")]

    libc.mallinfo2.restype = Mallinfo2

    def heap():
        # glibc's view, all arenas: bytes in use, free but kept, in mmapped chunks.
        m = libc.mallinfo2()
        return {"heap_in_use_mb": round(m.uordblks / 2**20, 1),
                "heap_free_kept_mb": round(m.fordblks / 2**20, 1),
                "mmapped_mb": round(m.hblkhd / 2**20, 1),
                "threads": len(os.listdir("/proc/self/task"))}
    page = os.sysconf("SC_PAGE_SIZE")
    t0 = time.perf_counter()
    state = {"stage": "setup"}
    peaks = collections.defaultdict(float)
    peak_heap = {}
    series = []
    checkpoints = {}
    done = threading.Event()
    here = os.getcwd()

    def rss_mb():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * page / 2**20

    def short_name(name):
        for cut in (here + "/", "site-packages/"):
            if cut in name:
                name = name.split(cut, 1)[1]
        return name

    def short(tb):
        return " <- ".join(f"{short_name(fr.filename)}:{fr.lineno}" for fr in tb)

    def checkpoint(name, snapshot=None):
        import pyarrow as pa
        if snapshot is None and tracemalloc.is_tracing():
            snapshot = tracemalloc.take_snapshot()
        stats = snapshot.statistics("traceback") if snapshot else []
        types = collections.Counter(type(o).__name__ for o in gc.get_objects())
        pool = pa.default_memory_pool()
        checkpoints[name] = {
            "at_s": round(time.perf_counter() - t0, 1),
            "rss_mb": round(rss_mb(), 1),
            "traced_mb": round(sum(s.size for s in stats) / 2**20, 1),
            "arrow_allocated_mb": round(pa.total_allocated_bytes() / 2**20, 1),
            "arrow_pool": pool.backend_name,
            "arrow_pool_max_mb": round(pool.max_memory() / 2**20, 1),
            "gc_types": types.most_common(top),
            "tracebacks": [(short(s.traceback), s.size, s.count) for s in stats[: top * 4]],
            "tracemalloc_own_mb": round(tracemalloc.get_tracemalloc_memory() / 2**20, 1),
            **heap(),
        }
        if name != "beam_traced_high":
            # What the heap keeps free, given back: RSS after is what is really in use.
            libc.malloc_trim(0)
            checkpoints[name]["rss_after_trim_mb"] = round(rss_mb(), 1)

    high = {"bytes": 0, "snapshot": None}

    def stacks():
        # What the driver's busy threads run at this moment (idle waits left out).
        me, found = threading.get_ident(), []
        for ident, frame in sys._current_frames().items():
            tb = traceback.extract_stack(frame)[-5:]
            if ident == me or tb[-1].name in ("wait", "_wait_once", "select", "get", "sleep"):
                continue
            found.append(" <- ".join(f"{short_name(f.filename)}:{f.lineno} {f.name}" for f in reversed(tb)))
        return found

    def sample():
        while not done.wait(0.1):
            now = rss_mb()
            if now > peaks[state["stage"]]:
                peaks[state["stage"]] = now
                peak_heap[state["stage"]] = heap() | {"stacks": stacks()}
            mmapped = libc.mallinfo2().hblkhd / 2**20
            series.append(
                (round(time.perf_counter() - t0, 1), state["stage"], round(now, 1), round(mmapped, 1))
            )
            current, _ = tracemalloc.get_traced_memory()
            # A snapshot at each new traced high of the Beam run (>= 4 MB above the last).
            if state["stage"] == "beam" and current > high["bytes"] + (4 << 20):
                high["bytes"] = current
                high["snapshot"] = tracemalloc.take_snapshot()
                high["at_s"] = round(time.perf_counter() - t0, 1)

    import pipeline.build as build
    make_pipeline, remove_parked, finish = build._make_pipeline, build.remove_parked, build.finish

    def _make_pipeline(*a, **k):
        state["stage"] = "beam"
        return make_pipeline(*a, **k)

    def _remove_parked(*a, **k):
        # Called right after the Beam run returns.
        if high["snapshot"] is not None:
            checkpoint("beam_traced_high", high["snapshot"])
            checkpoints["beam_traced_high"]["at_s"] = high["at_s"]
            high["snapshot"] = None
        gc.collect()
        checkpoint("end_of_beam")
        state["stage"] = "finish"
        return remove_parked(*a, **k)

    def _finish(*a, **k):
        result = finish(*a, **k)
        state["stage"] = "after"
        gc.collect()
        checkpoint("end_of_finish")
        return result

    build._make_pipeline, build.remove_parked, build.finish = _make_pipeline, _remove_parked, _finish
    import pipeline.finish as finishing
    write_plot = finishing._write_length_plot

    def _write_length_plot(*a, **k):
        state["stage"] = "plot"
        return write_plot(*a, **k)

    finishing._write_length_plot = _write_length_plot
    if frames:
        tracemalloc.start(frames)
    threading.Thread(target=sample, daemon=True).start()
    build.run(["--input", corpus, "--output", out, "--tokenizer", tokenizer, "--overwrite",
               "--direct_running_mode=multi_processing", f"--direct_num_workers={workers}"])
    done.set()
    cpu = os.times()
    print(json.dumps({
        "wall_s": round(time.perf_counter() - t0, 1),
        "driver_cpu_s": round(cpu.user + cpu.system, 1),
        "stage_peak_mb": {k: round(v, 1) for k, v in peaks.items()},
        "stage_peak_heap": peak_heap,
        "checkpoints": checkpoints,
        "series": series,
    }))
""")


def run_driver(args, copies: int) -> dict:
    tmp = tempfile.mkdtemp(prefix="driver-memory-")
    try:
        corpus = _copy_corpus(args.corpus, os.path.join(tmp, "corpus"), copies, args.books)
        start = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                "-c",
                DRIVER,
                corpus,
                os.path.join(tmp, "out"),
                args.tokenizer,
                str(args.workers),
                str(args.frames),
                str(args.top),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        if proc.returncode:
            sys.stderr.write(proc.stderr[-4000:])
            raise SystemExit(f"build x{copies} failed (exit {proc.returncode})")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        with open(os.path.join(tmp, "out", "manifest.json")) as f:
            manifest = json.load(f)
        docs = arrow_files(os.path.join(tmp, "out", DOCUMENTS))
        tokens = int(sum(column_values(p, "num_tokens").sum() for p in docs))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result["copies"] = copies
    result["tokens"] = tokens
    result["documents"] = manifest["documents"]["written"]
    result["elapsed_s"] = round(time.perf_counter() - start, 1)
    result["load_1min"] = round(os.getloadavg()[0], 1)
    return result


def report(r: dict, top: int) -> None:
    print(
        f"\n== x{r['copies']}: {r['documents']} documents, {r['tokens']:,} tokens, wall "
        f"{r['wall_s']} s, driver CPU {r['driver_cpu_s']} s, load {r['load_1min']}"
    )
    for stage, peak in r["stage_peak_mb"].items():
        h = r["stage_peak_heap"].get(stage, {})
        print(
            f"  {stage:<7} peak RSS {peak:6.0f} MB: glibc heap in use {h.get('heap_in_use_mb')} MB, "
            f"free kept {h.get('heap_free_kept_mb')} MB, mmapped {h.get('mmapped_mb')} MB, "
            f"{h.get('threads')} threads"
        )
        for stack in h.get("stacks", [])[:6]:
            print(f"      busy: {stack[:300]}")
    for name, c in r["checkpoints"].items():
        print(
            f"  [{name} at {c['at_s']} s] RSS {c['rss_mb']:.0f} MB, traced {c['traced_mb']:.1f} MB, "
            f"arrow allocated {c['arrow_allocated_mb']} MB (pool {c['arrow_pool']}, "
            f"max {c['arrow_pool_max_mb']} MB), tracemalloc's own {c['tracemalloc_own_mb']} MB"
        )
        print(
            f"    glibc heap in use {c['heap_in_use_mb']} MB, free kept {c['heap_free_kept_mb']} MB, "
            f"mmapped {c['mmapped_mb']} MB, {c['threads']} threads; RSS after malloc_trim "
            f"{c.get('rss_after_trim_mb', '-')} MB"
        )
        for tb, size, count in c["tracebacks"][:top]:
            print(f"    {size / 2**20:8.2f} MB {count:>8}  {tb[:220]}")
        print("    gc: " + ", ".join(f"{t} {n}" for t, n in c["gc_types"][:top]))


def diff(small: dict, large: dict, top: int) -> None:
    scale = (large["tokens"] - small["tokens"]) / 1e6
    print(
        f"\n== growth x{small['copies']} -> x{large['copies']} "
        f"(+{scale:.2f}M tokens, +{large['documents'] - small['documents']} documents)"
    )
    for stage, peak in large["stage_peak_mb"].items():
        if stage not in small["stage_peak_mb"]:
            continue  # too short to be sampled in the smaller run
        before = small["stage_peak_mb"][stage]
        print(
            f"  {stage:<8} peak RSS {before:6.0f} -> {peak:6.0f} MB "
            f"({(peak - before) / scale:+.1f} MB per M tokens)"
        )
    for name in large["checkpoints"]:
        if name not in small["checkpoints"]:
            continue
        a, b = small["checkpoints"][name], large["checkpoints"][name]
        print(
            f"  [{name}] heap in use {a['heap_in_use_mb']} -> {b['heap_in_use_mb']} MB, free kept "
            f"{a['heap_free_kept_mb']} -> {b['heap_free_kept_mb']} MB, RSS after trim "
            f"{a.get('rss_after_trim_mb')} -> {b.get('rss_after_trim_mb')} MB"
        )
        print(
            f"  [{name}] RSS {a['rss_mb']:.0f} -> {b['rss_mb']:.0f} MB, traced "
            f"{a['traced_mb']:.1f} -> {b['traced_mb']:.1f} MB, untraced "
            f"{a['rss_mb'] - a['traced_mb']:.0f} -> {b['rss_mb'] - b['traced_mb']:.0f} MB"
        )
        before = {tb: size for tb, size, _ in a["tracebacks"]}
        after = {tb: size for tb, size, _ in b["tracebacks"]}
        grown = sorted(
            ((after.get(tb, 0) - before.get(tb, 0), tb) for tb in set(before) | set(after)),
            reverse=True,
        )
        for delta, tb in grown[:top]:
            if delta > 256 << 10:
                print(f"    {delta / 2**20:+8.2f} MB  {tb[:220]}")
        types_a = dict(a["gc_types"])
        print(
            "    gc objects: "
            + ", ".join(f"{t} {types_a.get(t, 0)}->{n}" for t, n in b["gc_types"][:8])
        )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", default=os.path.join(REPO, "..", "shared", "data", "en_gutenberg")
    )
    parser.add_argument("--books", type=int, default=3)
    parser.add_argument("--copies", default="1,5")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--tokenizer", default=DEFAULT_TOKENIZER)
    parser.add_argument(
        "--frames", type=int, default=6, help="traceback depth; 0: no tracing (true RSS)"
    )
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    if not os.path.isdir(args.corpus):
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    results = []
    for copies in [int(c) for c in args.copies.split(",")]:
        results.append(run_driver(args, copies))
        report(results[-1], args.top)
        if args.json:
            with open(args.json, "w") as f:
                json.dump(results, f)
    if len(results) >= 2:
        diff(results[-2], results[-1], args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
