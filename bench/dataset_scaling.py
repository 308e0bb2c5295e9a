"""Dataset builder scaling: tokens/s and peak memory at 1x, 5x, 10x, 50x the corpus.

    .venv/bin/python bench/dataset_scaling.py [--scales 1,5,10,50] [--books 10]
        [--workers 2] [--max-minutes 20] [--png docs/img/dataset_scaling.png] [--json out.json]

Each scale K builds K symlinked copies of the corpus (``--books`` books of
``../shared/data/en_gutenberg``, every k-th; 0 = all 30) with ``longctx dataset``
in a fresh process (``bench_dataset.bench_longctx``: the same measurement, peak
RSS of the process tree sampled every 50 ms, also the driver's and the largest
worker's). Before each scale the wall time is projected from the previous one
(seconds per token, linear); a scale projected over ``--max-minutes`` is not run
and the table says so, with the projection. Writes a markdown table to stdout and
the figure to ``--png``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "bench"))

from bench_dataset import DEFAULT_TOKENIZER, _copy_corpus, bench_longctx  # noqa: E402


def plot(rows: list[dict], path: str, title: str) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    done = [r for r in rows if "tokens" in r]
    fig = Figure(figsize=(10, 4))
    FigureCanvasAgg(fig)
    left, right = fig.subplots(1, 2)
    tokens = [r["tokens"] / 1e6 for r in done]
    left.plot(tokens, [r["tokens_per_s"] / 1e3 for r in done], "o-", label="per wall second")
    left.plot(tokens, [r["tokens"] / r["cpu_s"] / 1e3 for r in done], "s--", label="per CPU second")
    left.legend()
    for r, x in zip(done, tokens, strict=True):
        left.annotate(
            f"{r['scale']}x",
            (x, r["tokens_per_s"] / 1e3),
            textcoords="offset points",
            xytext=(4, 4),
        )
    left.set_xscale("log")
    left.set_xlabel("corpus (M tokens)")
    left.set_ylabel("thousand tokens / s")
    left.set_ylim(bottom=0)
    left.set_title("throughput")
    for key, label in (
        ("peak_rss_mb", "process tree"),
        ("driver_peak_rss_mb", "driver"),
        ("worker_peak_rss_mb", "largest worker"),
    ):
        right.plot(tokens, [r[key] for r in done], "o-", label=label)
    right.set_xscale("log")
    right.set_xlabel("corpus (M tokens)")
    right.set_ylabel("peak RSS (MB)")
    right.set_ylim(bottom=0)
    right.legend()
    right.set_title("peak memory")
    fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", default=os.path.join(REPO, "..", "shared", "data", "en_gutenberg")
    )
    parser.add_argument("--scales", default="1,5,10,50")
    parser.add_argument("--books", type=int, default=10, help="every k-th book, N in all (0: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--tokenizer", default=DEFAULT_TOKENIZER)
    parser.add_argument("--max-minutes", type=float, default=20.0)
    parser.add_argument("--png", default=None)
    parser.add_argument("--json", default=None)
    parser.add_argument(
        "--combine",
        nargs="+",
        default=None,
        help="no build: table and figure from the --json files of earlier runs",
    )
    args = parser.parse_args(argv)
    if not os.path.isdir(args.corpus):
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    scales = [] if args.combine else [int(s) for s in args.scales.split(",")]
    rows: list[dict] = []
    for path in args.combine or []:
        with open(path) as f:
            rows.extend(json.load(f))
    rows.sort(key=lambda r: r["scale"])
    seconds_per_token = None
    tokens_per_copy = None
    for scale in scales:
        if seconds_per_token is not None:
            projected = seconds_per_token * tokens_per_copy * scale / 60
            if projected > args.max_minutes:
                rows.append({"scale": scale, "skipped": f"projected {projected:.0f} min"})
                continue
        tmp = tempfile.mkdtemp(prefix="bench-scaling-")
        try:
            corpus = _copy_corpus(args.corpus, os.path.join(tmp, "corpus"), scale, args.books)
            r = bench_longctx(corpus, args.tokenizer, args.workers, os.path.join(tmp, "out"))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        r["scale"] = scale
        r["tokens_per_s"] = round(r["tokens"] / r["wall_s"])
        rows.append(r)
        seconds_per_token = r["wall_s"] / r["tokens"]
        tokens_per_copy = r["tokens"] / scale
        print(json.dumps(r), flush=True)
    base = next(r for r in rows if "tokens" in r)
    print(
        f"\ncorpus: {args.corpus} ({args.books or 'all'} books), {args.workers} workers, "
        f"{os.cpu_count()} cores"
    )
    print(
        "| scale | tokens | wall s | tokens/s | CPU s | tokens/CPU-s | peak RSS MB | vs 1x "
        "| driver MB | largest worker MB | load |\n|---|" + "---:|" * 10
    )
    for r in rows:
        if "skipped" in r:
            print(f"| {r['scale']}x | not run: {r['skipped']} |" + " |" * 9)
            continue
        print(
            f"| {r['scale']}x | {r['tokens']:,} | {r['wall_s']:.0f} | {r['tokens_per_s']:,} "
            f"| {r['cpu_s']:.0f} | {r['tokens'] / r['cpu_s']:,.0f} | {r['peak_rss_mb']:,.0f} "
            f"| {r['peak_rss_mb'] / base['peak_rss_mb']:.2f} | {r['driver_peak_rss_mb']:,.0f} "
            f"| {r['worker_peak_rss_mb']:,.0f} | {r['load_1min']:.1f} |"
        )
    if args.png:
        plot(
            rows,
            args.png,
            f"longctx dataset, {args.books or 30} Gutenberg books x scale, "
            f"{args.workers} workers, 2 shared cores",
        )
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
