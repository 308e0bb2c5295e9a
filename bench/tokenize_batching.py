"""Tokenizing the books as one batch vs one document per call: CPU of the calling
thread and of the whole process (the tokenizer's Rust pool included).

Beam's bundles hand ``_TokenizeBatchFn`` mostly one document at a time, so the
encoding runs on the calling thread instead of spreading over the pool. This
checks whether that costs CPU or only parallelism (docs/PERFORMANCE.md "Fifth
round, part 1"):

    .venv/bin/python bench/tokenize_batching.py --books 30 one per-book one per-book
"""

from __future__ import annotations

import argparse
import glob
import os
import resource
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from transforms.structure import StructuredDocument, analyze_text  # noqa: E402
from transforms.tokenize import load_tokenizer, tokenize_documents  # noqa: E402
from transforms.tokenize_pieces import ByteOffsets  # noqa: E402


def process_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modes", nargs="+", choices=("one", "per-book"))
    parser.add_argument(
        "--corpus", default=os.path.join(REPO, "..", "shared", "data", "en_gutenberg")
    )
    parser.add_argument("--books", type=int, default=30)
    parser.add_argument(
        "--tokenizer", default=os.path.join(REPO, "defaults", "smollm2-135m", "tokenizer.json")
    )
    args = parser.parse_args(argv)
    paths = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))[: args.books]
    if not paths:
        parser.error(f"no .txt books under {args.corpus}")
    tokenizer = load_tokenizer(args.tokenizer)
    byte_offsets = ByteOffsets.for_tokenizer(tokenizer)
    structure = analyze_text("Warm up. The imports load here.")
    docs = []
    for i, path in enumerate(paths):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        docs.append(
            StructuredDocument(
                doc_id=str(i),
                source=path,
                split="train",
                text=text,
                structure=structure,
                boilerplate_chars=0,
            )
        )
    tokenize_documents(docs[:1], tokenizer, byte_offsets=byte_offsets)  # warm-up
    for mode in args.modes:
        thread0, process0 = time.thread_time(), process_cpu()
        if mode == "one":
            rows = tokenize_documents(docs, tokenizer, byte_offsets=byte_offsets)
        else:
            rows = [
                row
                for doc in docs
                for row in tokenize_documents([doc], tokenizer, byte_offsets=byte_offsets)
            ]
        tokens = sum(int(row.token_ids.size) for row in rows)
        print(
            f"{mode:8s} calling thread {time.thread_time() - thread0:6.2f} CPU-s, "
            f"process {process_cpu() - process0:6.2f} CPU-s, {tokens:,} tokens"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
