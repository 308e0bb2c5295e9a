"""Dataset-builder throughput and memory, side by side on one corpus and machine.

    .venv/bin/python bench/bench_dataset.py [--corpus ../shared/data/en_gutenberg]
        [--books 0] [--copies 1] [--workers 2] [--memory-scale 0]
        [--baseline-code DIR] [--json out.json]

Three ways over the same documents (one document = one text file), each in a
fresh subprocess so peak memory is its own:

1. floor: ``tokenizers.Tokenizer.encode_batch`` with offsets over all documents
   (tokenization is the unavoidable cost);
2. the usual way: HF ``datasets`` ``map(tokenize, batched=True, num_proc=N)`` then
   ``group_texts`` into 1024-token blocks, as in transformers' ``run_clm.py``;
3. ``longctx dataset`` with every stage on (normalize, sentences, sections, topic
   segments, key sentences, tokenize, windows 512/1024/2048/4096, packing,
   Arrow shards, manifest), multi-processing DirectRunner with N workers.

Throughput is document tokens per second of wall time (the same numerator for
all three), timed inside each process after its imports and, for the first two,
after reading the documents; "process wall s" is the whole process, imports
included. Peak memory is the largest resident set of the process tree, sampled
every 50 ms, also per process (the driver, the largest worker); CPU seconds are
user+sys of the whole tree, imports included (longctx's tokens are counted from its
documents shards with pyarrow: importing ``datasets`` only to count them would add
~1 CPU-s to its column). ``--memory-scale K`` also builds K copies of the corpus
with longctx and reports peak RSS against the 1-copy build. ``--baseline-code DIR``
also runs ``longctx dataset`` from another checkout of the code (e.g. ``git archive``
of main extracted to /tmp), in the same invocation, for before/after ratios.
``--books N`` keeps every k-th book, N in all (short runs on a shared machine).
The load average (1 min) is recorded before each run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = sys.executable
DEFAULT_TOKENIZER = os.path.join(REPO, "defaults", "smollm2-135m", "tokenizer.json")


def _tree_rss_kb(pid: int) -> dict[int, int]:
    """Resident memory of ``pid`` and each of its descendants, in KiB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * (os.sysconf("SC_PAGE_SIZE") // 1024)
    tree, stack = {}, [pid]
    while stack:
        p = stack.pop()
        tree[p] = rss.get(p, 0)
        stack.extend(children.get(p, []))
    return tree


def measure(code: str, cwd: str = REPO) -> dict:
    """Run ``code`` in a fresh interpreter; return its JSON result, wall time, CPU
    seconds of the process tree, peak RSS (tree, driver, largest worker) and load."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(
        [PYTHON, "-c", code],
        cwd=cwd,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TOKENIZERS_PARALLELISM": "true"},
    )
    peak = driver = worker = 0
    start = time.perf_counter()
    while proc.poll() is None:
        tree = _tree_rss_kb(proc.pid)
        peak = max(peak, sum(tree.values()))
        driver = max(driver, tree.get(proc.pid, 0))
        worker = max([worker] + [kb for p, kb in tree.items() if p != proc.pid])
        time.sleep(0.05)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = proc.stdout.read()
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark step failed ({proc.returncode}):\n{code}\n{out}")
    result = json.loads(out.strip().splitlines()[-1])
    result["process_wall_s"] = round(wall, 2)
    result["cpu_s"] = round(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, 1)
    result["peak_rss_mb"] = round(peak / 1024, 1)
    result["driver_peak_rss_mb"] = round(driver / 1024, 1)
    result["worker_peak_rss_mb"] = round(worker / 1024, 1)
    result["load_1min"] = round(load, 2)
    return result


def _load_docs_code(corpus: str) -> str:
    return textwrap.dedent(f"""
        import glob, json, time
        paths = sorted(glob.glob({os.path.join(corpus, "*.txt")!r}))
        docs = [open(p, encoding='utf-8').read() for p in paths]
    """)


def bench_raw(corpus: str, tokenizer: str) -> dict:
    return measure(
        _load_docs_code(corpus)
        + textwrap.dedent(f"""
        from tokenizers import Tokenizer
        tok = Tokenizer.from_file({tokenizer!r})
        t0 = time.perf_counter()
        enc = tok.encode_batch(docs, add_special_tokens=False)
        n = sum(len(e.ids) for e in enc)
        offsets = sum(len(e.offsets) for e in enc)
        wall = time.perf_counter() - t0
        print(json.dumps({{"tokens": n, "chars": sum(map(len, docs)), "wall_s": wall}}))
    """)
    )


def bench_datasets(corpus: str, tokenizer: str, workers: int, block: int = 1024) -> dict:
    return measure(
        _load_docs_code(corpus)
        + textwrap.dedent(f"""
        import datasets
        from itertools import chain
        from transformers import PreTrainedTokenizerFast
        datasets.disable_progress_bars()
        tok = PreTrainedTokenizerFast(tokenizer_file={tokenizer!r})
        t0 = time.perf_counter()
        ds = datasets.Dataset.from_dict({{"text": docs}})
        def tokenize(batch):
            return tok(batch["text"])
        def group_texts(examples):  # transformers/examples/pytorch/language-modeling/run_clm.py
            concatenated = {{k: list(chain(*examples[k])) for k in examples.keys()}}
            total = len(concatenated["input_ids"])
            total = (total // {block}) * {block}
            result = {{k: [t[i : i + {block}] for i in range(0, total, {block})]
                      for k, t in concatenated.items()}}
            result["labels"] = result["input_ids"].copy()
            return result
        tokenized = ds.map(tokenize, batched=True, num_proc={workers}, remove_columns=["text"])
        n = sum(len(x) for x in tokenized["input_ids"])
        grouped = tokenized.map(group_texts, batched=True, num_proc={workers})
        wall = time.perf_counter() - t0
        print(json.dumps({{"tokens": n, "rows": grouped.num_rows,
                          "scored_tokens": grouped.num_rows * {block}, "wall_s": wall}}))
    """)
    )


def bench_longctx(corpus: str, tokenizer: str, workers: int, out: str, code: str = REPO) -> dict:
    """``longctx dataset`` with the code of checkout ``code`` (this one by default)."""
    beam = (
        f'["--direct_running_mode=multi_processing", "--direct_num_workers={workers}"]'
        if workers > 1
        else "[]"
    )
    return measure(
        textwrap.dedent(f"""
        import json, sys, time, logging
        sys.path.insert(0, {code!r})
        logging.disable(logging.WARNING)
        from pipeline.build import run
        t0 = time.perf_counter()
        m = run(["--input", {corpus!r}, "--output", {out!r}, "--tokenizer", {tokenizer!r},
                 "--overwrite"] + {beam}).to_dict()
        wall = time.perf_counter() - t0
        # Counted with pyarrow: importing datasets only to count (~1 CPU-s) would be
        # billed to longctx's CPU seconds.
        import glob
        import pyarrow as pa
        n = 0
        for path in glob.glob({out!r} + "/documents/*.arrow"):
            with pa.ipc.open_stream(path) as reader:
                n += sum(int(b.column("num_tokens").to_numpy().sum()) for b in reader)
        scored = sum(b["scored_tokens"] for s in m["splits"].values() for b in s.values())
        rows = sum(b["rows"] for s in m["splits"].values() for b in s.values())
        print(json.dumps({{"tokens": n, "rows": rows, "scored_tokens": scored, "wall_s": wall,
                          "documents": m["documents"]}}))
    """),
        cwd=code,
    )


def corpus_files(src: str, books: int = 0) -> list[str]:
    """The .txt names of ``src``; with ``books`` > 0, every k-th of them, ``books`` in all."""
    names = sorted(n for n in os.listdir(src) if n.endswith(".txt"))
    if books:
        names = names[:: max(1, len(names) // books)][:books]
    return names


def _copy_corpus(src: str, dst: str, copies: int, books: int = 0) -> str:
    os.makedirs(dst, exist_ok=True)
    for c in range(copies):
        for name in corpus_files(src, books):
            os.symlink(os.path.abspath(os.path.join(src, name)), os.path.join(dst, f"c{c}_{name}"))
    return dst


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", default=os.path.join(REPO, "..", "shared", "data", "en_gutenberg")
    )
    parser.add_argument("--tokenizer", default=DEFAULT_TOKENIZER)
    parser.add_argument(
        "--copies", type=int, default=1, help="corpus copies for the throughput runs"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--memory-scale",
        type=int,
        default=0,
        help="also build this many copies with longctx and compare peak RSS",
    )
    parser.add_argument("--books", type=int, default=0, help="every k-th book, N in all (0: all)")
    parser.add_argument(
        "--baseline-code",
        default=None,
        help="also run longctx from this checkout of the code (before/after in one run)",
    )
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    if not os.path.isdir(args.corpus):
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    tmp = tempfile.mkdtemp(prefix="bench-dataset-")
    try:
        corpus = _copy_corpus(args.corpus, os.path.join(tmp, "corpus"), args.copies, args.books)
        results = {
            "raw_encode_batch": bench_raw(corpus, args.tokenizer),
            "datasets_map_group_texts": bench_datasets(corpus, args.tokenizer, args.workers),
        }
        if args.baseline_code:
            results["longctx_dataset_baseline_code"] = bench_longctx(
                corpus,
                args.tokenizer,
                args.workers,
                os.path.join(tmp, "out_base"),
                os.path.abspath(args.baseline_code),
            )
        results["longctx_dataset"] = bench_longctx(
            corpus, args.tokenizer, args.workers, os.path.join(tmp, "out")
        )
        if args.memory_scale > 1:
            big = _copy_corpus(
                args.corpus,
                os.path.join(tmp, "corpus_big"),
                args.copies * args.memory_scale,
                args.books,
            )
            results[f"longctx_dataset_x{args.memory_scale}"] = bench_longctx(
                big, args.tokenizer, args.workers, os.path.join(tmp, "out_big")
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for r in results.values():
        r["tokens_per_s"] = round(r["tokens"] / r["wall_s"])
    raw = results["raw_encode_batch"]["tokens_per_s"]
    base = results["datasets_map_group_texts"]["tokens_per_s"]
    print(
        f"corpus: {args.corpus} ({args.books or 'all'} books) x{args.copies}, {results['raw_encode_batch']['tokens']:,} tokens, "
        f"{args.workers} workers, {os.cpu_count()} cores"
    )
    print(
        "| method | wall s | tokens/s | vs raw | vs datasets | process wall s | CPU s "
        "| peak RSS MB | driver MB | largest worker MB | load |\n|---|" + "---:|" * 10
    )
    for name, r in results.items():
        print(
            f"| {name} | {r['wall_s']:.1f} | {r['tokens_per_s']:,} | {r['tokens_per_s'] / raw:.2f} "
            f"| {r['tokens_per_s'] / base:.2f} | {r['process_wall_s']:.1f} "
            f"| {r['cpu_s']:.1f} | {r['peak_rss_mb']:,.0f} "
            f"| {r['driver_peak_rss_mb']:,.0f} | {r['worker_peak_rss_mb']:,.0f} "
            f"| {r['load_1min']:.1f} |"
        )
    if args.memory_scale > 1:
        big = results[f"longctx_dataset_x{args.memory_scale}"]["peak_rss_mb"]
        small = results["longctx_dataset"]["peak_rss_mb"]
        print(f"peak RSS x{args.memory_scale} corpus / x1 corpus: {big / small:.2f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
