"""Where a build's CPU time goes: every per-document stage of ``longctx dataset``,
timed one after the other in one process on the same documents.

    .venv/bin/python bench/stage_costs.py [--corpus ../shared/data/en_gutenberg]
        [--books 6] [--profile 25] [--json out.json]

The stages are the pure functions the Beam wrappers call, in pipeline order:
normalize, prose check, boilerplate, unwrap, near-duplicate signature, structure
(``analyze_text``, with its own per-step timings), tokenize (``encode_batch`` over
the batch, as the Beam step does), chunking at every window with the documents
record, and the Arrow serialization of rows and records that crosses the shuffle.
What this leaves out is Beam itself (pickling between stages, the shuffles, worker
start-up) and the shard writing: compare the sum with the build's CPU time.

Times are process CPU seconds (on a shared machine wall time mostly measures the
other jobs). ``--profile N`` also prints cProfile's top N functions by cumulative
time over the whole run.
"""

from __future__ import annotations

import argparse
import cProfile
import glob
import json
import os
import pstats
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from schemas import Document  # noqa: E402
from schemas.dataset import (  # noqa: E402
    CHUNK_ARROW_SCHEMA,
    STREAM_BATCH_ROWS,
    rows_to_table,
    table_to_stream_bytes,
)
from transforms.boilerplate import remove_boilerplate  # noqa: E402
from transforms.chunking import ChunkConfig  # noqa: E402
from transforms.chunking_beam import chunk_all_windows  # noqa: E402
from transforms.near_duplicates import NearDuplicateConfig, signature  # noqa: E402
from transforms.normalize import normalize_document  # noqa: E402
from transforms.prose import check_prose  # noqa: E402
from transforms.structure import StructuredDocument, analyze_text  # noqa: E402
from transforms.tokenize import eos_token_id, load_tokenizer, tokenize_documents  # noqa: E402
from transforms.unwrap import unwrap_document  # noqa: E402

DEFAULT_TOKENIZER = os.path.join(REPO, "defaults", "smollm2-135m", "tokenizer.json")


class Costs:
    """CPU seconds per stage name, accumulated with ``with costs("name"):``."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self._name = ""

    def __call__(self, name: str):
        self._name = name
        return self

    def __enter__(self):
        self._t0 = time.process_time()

    def __exit__(self, *exc):
        self.seconds[self._name] = self.seconds.get(self._name, 0.0) + (
            time.process_time() - self._t0
        )
        return False


def run_stages(paths: list[str], tokenizer_path: str) -> tuple[dict, dict, int, int]:
    """Run every stage over ``paths``; returns (stage seconds, analyze_text's own
    step seconds, characters after cleaning, tokens)."""
    tokenizer = load_tokenizer(tokenizer_path)
    chunk = ChunkConfig(eos_id=eos_token_id(tokenizer))
    near = NearDuplicateConfig()
    costs, steps = Costs(), {}
    docs = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            doc = Document(os.path.basename(path), path, f.read(), split="train")
        with costs("normalize"):
            doc = normalize_document(doc)
        with costs("prose check"):
            doc = check_prose(doc)
        with costs("boilerplate"):
            doc = remove_boilerplate(doc)
        with costs("unwrap"):
            doc = unwrap_document(doc)
        with costs("near-duplicate signature"):
            signature(doc.text, near)
        with costs("structure (analyze_text)"):
            structured = StructuredDocument(
                doc.doc_id,
                doc.source,
                doc.split,
                doc.text,
                analyze_text(doc.text, timings=steps),
                doc.boilerplate_chars,
            )
        docs.append(structured)
    with costs("tokenize (encode_batch + arrays)"):
        tokenized = tokenize_documents(docs, tokenizer)
    chars = sum(len(d.text) for d in docs)
    tokens = sum(int(d.token_ids.size) for d in tokenized)
    for doc in tokenized:
        with costs("chunk (4 window plans + record)"):
            per_window, record = chunk_all_windows(doc, chunk)
        with costs("rows + arrow serialization"):
            for plan, _ in per_window.values():
                for rows in plan.batches(STREAM_BATCH_ROWS) if plan is not None else ():
                    table_to_stream_bytes(rows_to_table(rows, CHUNK_ARROW_SCHEMA))
            table_to_stream_bytes(record)
    return costs.seconds, steps, chars, tokens


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", default=os.path.join(REPO, "..", "shared", "data", "en_gutenberg")
    )
    parser.add_argument("--books", type=int, default=6, help="every k-th book, this many")
    parser.add_argument("--tokenizer", default=DEFAULT_TOKENIZER)
    parser.add_argument("--profile", type=int, default=0, help="print cProfile's top N")
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    paths = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    if not paths:
        print(f"no .txt files in {args.corpus}", file=sys.stderr)
        return 2
    step = max(1, len(paths) // args.books)
    paths = paths[::step][: args.books]
    # Imports and the Punkt model load outside the timings.
    analyze_text("Warm up. The imports load here.")
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    seconds, steps, chars, tokens = run_stages(paths, args.tokenizer)
    if profiler:
        profiler.disable()
    total = sum(seconds.values())
    print(
        f"{len(paths)} books, {chars:,} characters, {tokens:,} tokens; "
        f"load {os.getloadavg()[0]:.1f}; CPU seconds per stage"
    )
    print("| stage | CPU s | share | M chars/s |\n|---|---:|---:|---:|")
    for name, s in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {s:.2f} | {s / total:.0%} | {chars / s / 1e6:.2f} |")
    print(f"| all | {total:.2f} | 100% | {chars / total / 1e6:.2f} |")
    print("\nanalyze_text steps (wall s):")
    for name, s in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<22} {s:.2f}")
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(
                {
                    "books": paths,
                    "chars": chars,
                    "tokens": tokens,
                    "cpu_s": seconds,
                    "steps": steps,
                },
                f,
                indent=2,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
