"""What a dataset build costs: CPU-seconds per million tokens and peak memory per worker.

    .venv/bin/python bench/cost_model.py [--corpus ../shared/data/en_gutenberg] [--docs 2]
        [--config 4096 --config 1024,4096 ...] [--repeats 3] [--doc-scales 1,2,4]
        [--no-cpu] [--json out.json]

Every build runs in a fresh process tree laid out like a Dataflow job: the driver
(which here also does the runner's work: shuffles, bundle bookkeeping) and ONE Beam
SDK worker process (``--direct_running_mode=multi_processing --direct_num_workers=1``),
which runs every DoFn, as an SDK process on a Dataflow worker does. Every process of
the tree is sampled every 100 ms from ``/proc/PID/stat``: CPU-seconds are user+sys
(threads included, the last sample before the process ends), peak memory is the
largest resident set of each process.

1. **CPU per million tokens**, per window configuration, over the same documents
   (the ``--docs`` largest books of the corpus, one document per file), every stage on
   (read, normalize, clean, near-duplicate split, structure, key sentences, tokenize,
   windows, packing, shards, manifest). The tokens are the documents' tokens (the
   ``num_tokens`` of the documents output), the same numerator for every
   configuration. In the same run, two references: the start-up cost (the same
   build of one short document: imports, tokenizer load, pipeline construction,
   paid once per worker process) and the floor, ``tokenizers`` ``encode_batch``
   with offsets over the same texts in one process.
2. **Peak memory vs the largest document**: one document made of K books joined
   (K in ``--doc-scales``), default windows; the worker's and the driver's peak
   resident set, with a least-squares line in MB per million tokens of that document.

docs/PERFORMANCE.md ("What a build costs") turns these into vCPU-hours and dollars
per billion tokens for a stated Dataflow worker type and price.
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
PYTHON = sys.executable
DEFAULT_TOKENIZER = os.path.join(REPO, "defaults", "smollm2-135m", "tokenizer.json")
DEFAULT_CONFIGS = (
    "4096",
    "1024,4096",
    "512,1024,2048,4096",
    "512,1024,2048,4096 --memory-tokens 128 --memory-source retrieved",
)
ONE_WORKER = ["--direct_running_mode=multi_processing", "--direct_num_workers=1"]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def _proc_table() -> dict[int, tuple[int, float, int]]:
    """pid -> (parent pid, user+sys CPU-seconds, resident KiB) of every process."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # it ended between the listing and the read
        cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        table[int(entry)] = (int(fields[1]), cpu, int(fields[21]) * PAGE_KB)
    return table


def measure(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; its JSON result, plus CPU-seconds and peak
    resident memory of the driver (the process itself) and of its descendants."""
    log = tempfile.TemporaryFile(mode="w+")  # Beam's worker logs, shown on failure
    proc = subprocess.Popen(
        [PYTHON, "-c", code], cwd=REPO, stdout=subprocess.PIPE, stderr=log, text=True
    )
    cpu: dict[int, float] = {}
    peak: dict[int, int] = {}
    start = time.perf_counter()
    while proc.poll() is None:
        table = _proc_table()
        tree, stack = set(), [proc.pid]
        while stack:
            pid = stack.pop()
            tree.add(pid)
            stack += [child for child, (parent, _, _) in table.items() if parent == pid]
        for pid in tree & table.keys():
            _, seconds, rss = table[pid]
            cpu[pid] = max(cpu.get(pid, 0.0), seconds)
            peak[pid] = max(peak.get(pid, 0), rss)
        time.sleep(0.1)
    wall = time.perf_counter() - start
    out = proc.stdout.read()
    if proc.returncode != 0:
        log.seek(0)
        raise RuntimeError(f"step failed ({proc.returncode}):\n{code}\n{out}\n{log.read()[-5000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    children = [pid for pid in cpu if pid != proc.pid]
    result.update(
        wall_s=round(wall, 2),
        driver_cpu_s=round(cpu.get(proc.pid, 0.0), 2),
        worker_cpu_s=round(sum(cpu[p] for p in children), 2),
        driver_peak_mb=round(peak.get(proc.pid, 0) / 1024, 1),
        worker_peak_mb=round(max((peak[p] for p in children), default=0) / 1024, 1),
    )
    result["cpu_s"] = round(result["driver_cpu_s"] + result["worker_cpu_s"], 2)
    return result


def bench_build(inputs: str, out: str, tokenizer: str, config: str) -> dict:
    """One ``longctx dataset`` build of ``inputs`` with the extra flags ``config``."""
    windows, *extra = config.split()
    argv = ["--input", inputs, "--output", out, "--tokenizer", tokenizer, "--windows", windows]
    argv += extra + ONE_WORKER
    return measure(
        textwrap.dedent(f"""
        import glob, json, logging, os
        logging.disable(logging.WARNING)
        from pipeline.build import run
        from schemas.dataset import read_arrow
        m = run({argv!r})
        tokens = sum(
            sum(read_arrow(open(p, "rb").read()).column("num_tokens").to_pylist())
            for p in glob.glob({out!r} + "/documents/*.arrow")
        )
        rows = sum(b.tokens for s in m.splits.values() for b in s.values())
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk({out!r}) for f in fs)
        print(json.dumps({{"tokens": tokens, "row_tokens": rows, "output_bytes": size,
                          "documents": m.documents.written}}))
    """)
    )


def bench_floor(inputs: str, tokenizer: str) -> dict:
    """The tokenizer alone over the same texts (offsets on, as the builder asks)."""
    return measure(
        textwrap.dedent(f"""
        import glob, json
        from tokenizers import Tokenizer
        docs = [open(p, encoding="utf-8").read() for p in sorted(glob.glob({inputs!r} + "/*"))]
        tok = Tokenizer.from_file({tokenizer!r})
        enc = tok.encode_batch(docs, add_special_tokens=False)
        print(json.dumps({{"tokens": sum(len(e.ids) for e in enc)}}))
    """)
    )


def _books(corpus: str) -> list[str]:
    """The corpus' text files, largest first (ties by name, so runs agree)."""
    paths = [os.path.join(corpus, n) for n in os.listdir(corpus) if n.endswith(".txt")]
    return sorted(paths, key=lambda p: (-os.path.getsize(p), p))


def _write_docs(folder: str, texts: list[str]) -> str:
    os.makedirs(folder)
    for i, text in enumerate(texts):
        with open(os.path.join(folder, f"doc{i:03d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(text)
    return folder


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _line(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares intercept and slope."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )
    return my - slope * mx, slope


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _report_cpu(runs: dict[str, list[dict]], configs: list[str]) -> dict:
    """Per configuration: CPU-seconds per million document tokens (median over the
    rounds, and the range), gross and net of the start-up run's median."""
    start = {k: _median([r[k] for r in runs["startup"]]) for k in ("cpu_s", "worker_cpu_s")}
    floor = _median([r["cpu_s"] / r["tokens"] * 1e6 for r in runs["floor"]])
    print(
        f"start-up (one short document): {start['cpu_s']:.1f} CPU-s "
        f"(worker {start['worker_cpu_s']:.1f}), median of {len(runs['startup'])}"
    )
    print(f"floor (encode_batch, offsets): {floor:.2f} CPU-s per M tokens")
    print(
        f"{'windows and flags':<66} {'Mtok':>5} {'rows/tok':>8} {'CPU-s/Mtok (range)':>20} "
        f"{'net':>6} {'worker net':>10} {'x floor':>7} {'out MB/Mtok':>11}"
    )
    summary = {"startup": start, "floor_cpu_s_per_mtok": round(floor, 2), "configs": {}}
    for config in configs:
        rs = runs[config]
        mtok = rs[0]["tokens"] / 1e6
        gross = [r["cpu_s"] / mtok for r in rs]
        net = _median([(r["cpu_s"] - start["cpu_s"]) / mtok for r in rs])
        worker = _median([(r["worker_cpu_s"] - start["worker_cpu_s"]) / mtok for r in rs])
        out_mb = rs[0].get("output_bytes", 0) / 1e6 / mtok
        row = {
            "mtok": round(mtok, 3),
            "rows_per_token": round(rs[0]["row_tokens"] / rs[0]["tokens"], 2),
            "cpu_s_per_mtok": round(_median(gross), 2),
            "cpu_s_per_mtok_range": [round(min(gross), 2), round(max(gross), 2)],
            "net_cpu_s_per_mtok": round(net, 2),
            "net_worker_cpu_s_per_mtok": round(worker, 2),
            "output_mb_per_mtok": round(out_mb, 1),
            "worker_peak_mb": max(r["worker_peak_mb"] for r in rs),
        }
        summary["configs"][config] = row
        spread = f"{_median(gross):.1f} ({min(gross):.1f}-{max(gross):.1f})"
        print(
            f"{config:<66} {mtok:>5.2f} {row['rows_per_token']:>8.2f} {spread:>20} {net:>6.1f} "
            f"{worker:>10.1f} {_median(gross) / floor:>7.1f} {out_mb:>11.1f}"
        )
    return summary


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", default=os.path.join(REPO, "..", "shared", "data", "en_gutenberg")
    )
    parser.add_argument("--tokenizer", default=DEFAULT_TOKENIZER)
    parser.add_argument("--docs", type=int, default=2, help="books in the CPU runs")
    parser.add_argument(
        "--config",
        action="append",
        help="'WINDOWS [more longctx flags]', repeatable (default: 1, 2 and 4 windows, "
        "and 4 with a retrieved memory prefix)",
    )
    parser.add_argument(
        "--doc-scales", default="1,2,4", help="books per document in the memory runs ('' skips)"
    )
    parser.add_argument("--no-cpu", action="store_true", help="only the memory runs")
    parser.add_argument("--repeats", type=int, default=3, help="rounds of the CPU runs")
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    if not os.path.isdir(args.corpus):
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    books = _books(args.corpus)
    load = os.getloadavg()
    tmp = tempfile.mkdtemp(prefix="bench-cost-")
    results: dict = {"load_before": [round(x, 2) for x in load], "cores": os.cpu_count()}
    configs = [] if args.no_cpu else args.config or list(DEFAULT_CONFIGS)
    try:
        corpus = _write_docs(os.path.join(tmp, "cpu"), [_read(p) for p in books[: args.docs]])
        short = _write_docs(os.path.join(tmp, "short"), [_read(books[-1])[:20_000]])
        runs: dict[str, list[dict]] = {name: [] for name in ["startup", "floor", *configs]}
        for round_ in range(args.repeats if configs else 0):
            # Interleaved, the order turned each round: a load that drifts during the
            # run reaches every configuration alike.
            order = configs[round_ % len(configs) :] + configs[: round_ % len(configs)]
            runs["startup"].append(bench_build(short, f"{tmp}/s{round_}", args.tokenizer, "4096"))
            runs["floor"].append(bench_floor(corpus, args.tokenizer))
            for config in order:
                out = f"{tmp}/o{round_}-{configs.index(config)}"
                runs[config].append(bench_build(corpus, out, args.tokenizer, config))
        results["cpu_runs"] = runs
        results["memory"] = {}
        for k in [int(x) for x in args.doc_scales.split(",") if x]:
            text = "\n\n".join(_read(books[j % len(books)]) for j in range(k))
            folder = _write_docs(os.path.join(tmp, f"mem{k}"), [text])
            out = os.path.join(tmp, f"m{k}")
            results["memory"][k] = bench_build(folder, out, args.tokenizer, "512,1024,2048,4096")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    results["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(f"load {results['load_before']} -> {results['load_after']}, {os.cpu_count()} cores")
    if configs:
        results["cpu"] = _report_cpu(runs, configs)
    print(f"{'books/doc':>9} {'doc Mtok':>8} {'worker peak MB':>14} {'driver peak MB':>14}")
    mem = results["memory"]
    for k, r in mem.items():
        print(
            f"{k:>9} {r['tokens'] / 1e6:>8.2f} {r['worker_peak_mb']:>14.0f} {r['driver_peak_mb']:>14.0f}"
        )
    if len(mem) > 1:
        xs = [r["tokens"] / 1e6 for r in mem.values()]
        for role in ("worker", "driver"):
            base, slope = _line(xs, [r[f"{role}_peak_mb"] for r in mem.values()])
            results[f"{role}_peak_mb_line"] = {"intercept": round(base), "per_mtok": round(slope)}
            print(
                f"{role} peak = {base:.0f} MB + {slope:.0f} MB per million tokens of the document"
            )
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(results, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
