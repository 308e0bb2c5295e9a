"""``bench/memory_prefix.py --chunk-cost``: the memory builder's chunking time, key vs retrieved
(moved out of memory_prefix.py in session 52: each file under 500 lines)."""

from __future__ import annotations

import dataclasses
import glob
import os
import time

import numpy as np
from memory_prefix import DATA, LANGUAGES, token_spans

from schemas import Document
from transforms.chunk_memory import retrieved_memory
from transforms.chunking import ChunkConfig, chunk_document
from transforms.normalize import normalize_text
from transforms.structure import analyze_document
from transforms.tokenize import load_tokenizer, tokenize_documents


def chunk_cost(args) -> int:
    """Chunking time of every book at the default windows, key vs retrieved memory,
    side by side (tokenized once, not timed); the retrieved side includes building
    the book's BM25 index once. Also: the share of sentences and of paragraphs longer
    than the memory budget (they can never enter a prefix whole)."""
    tokenizer = load_tokenizer(os.path.join(args.model, "tokenizer.json"))
    windows = (512, 1024, 2048, 4096)
    m = args.memory_tokens
    print(
        f"| book | tokens | key s | retrieved s (index) | ratio | sentences > {m} "
        f"| paragraphs > {m} |\n|---|---:|---:|---:|---:|---:|---:|"
    )
    totals = np.zeros(7)
    for lang in args.languages.split(","):
        for path in sorted(glob.glob(os.path.join(DATA, LANGUAGES[lang])))[: args.books or None]:
            with open(path, encoding="utf-8") as f:
                text = normalize_text(f.read())
            structured = analyze_document(Document(os.path.basename(path), path, text, "x"))
            doc = tokenize_documents([structured], tokenizer)[0]
            base = ChunkConfig(
                windows=windows,
                memory_tokens=args.memory_tokens,
                memory_separator_ids=tuple(tokenizer.encode("\n\n").ids),
            )
            seconds = []
            for source in ("key", "retrieved"):
                config = dataclasses.replace(base, memory_source=source)
                t0 = time.perf_counter()
                index = retrieved_memory(doc, config) if source == "retrieved" else None
                built = time.perf_counter() - t0
                for window in windows:
                    chunk_document(doc, window, config, index)
                seconds.append((time.perf_counter() - t0, built))
            (key, _), (retrieved, built) = seconds
            sizes = [
                np.diff(token_spans(doc, spans), axis=1)
                for spans in (structured.structure.sentences, structured.structure.paragraphs)
            ]
            long = [int((s > m).sum()) for s in sizes]
            totals += (len(doc.token_ids), key, retrieved, *long, *map(len, sizes))
            print(
                f"| {doc.doc_id} | {len(doc.token_ids):,} | {key:.2f} | {retrieved:.2f} "
                f"({built:.2f}) | {retrieved / key:.1f}x | {long[0] / len(sizes[0]):.1%} "
                f"| {long[1] / len(sizes[1]):.1%} |",
                flush=True,
            )
    print(
        f"| all | {int(totals[0]):,} | {totals[1]:.1f} | {totals[2]:.1f} | "
        f"{totals[2] / totals[1]:.1f}x | {totals[3] / totals[5]:.1%} | {totals[4] / totals[6]:.1%} |"
        f"\n\nload average {os.getloadavg()[0]:.1f}"
    )
    return 0
