"""Encode-group sizes: tokens/s and peak memory of ``tokenize_documents``, both ways,
in one run.

    .venv/bin/python bench/tokenize_groups.py [--long-chars 20000000] [--reps 2] \
        [--baseline-repo DIR] [--json OUT.json]

Arms, each run in a fresh process (``bound_heap_retention`` on, as in a worker),
alternated ``--reps`` times so load from other processes falls on both alike:

* ``books/default``: the shared books (``../shared/data`` en_gutenberg and
  zh_classics), batched as the builder does (``MAX_BATCH_CHARS``), sizes from
  ``encode_sizes`` (ordinary documents: 1 Mi pieces, 2 Mi groups);
* ``books/small``: the same with the long-document sizes forced on every document;
* ``long/default``: ONE document of ``--long-chars`` characters (the English books
  joined and repeated): the long-document sizes;
* ``long/large-groups``: the same document with the ordinary sizes (1 Mi / 2 Mi);
* ``long/baseline`` with ``--baseline-repo``: the same document with another
  checkout's code (e.g. main before the change).

Reported per run: tokens, wall and CPU seconds, tokens per wall and CPU second,
the resident set's peak rise over the process before tokenizing (2 ms samples)
and a hash of all ids and offsets (identical across arms).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(REPO, "..", "shared", "data")

CHILD = """
import hashlib, json, os, sys, threading, time, types
sys.path.insert(0, REPO)
from transforms.runtime import bound_heap_retention, release_free_memory
bound_heap_retention()
import transforms.tokenize as t
from tokenizers import Tokenizer
PAGE = os.sysconf("SC_PAGE_SIZE")
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE
texts = json.load(open(DOCS, encoding="utf-8"))
tok = Tokenizer.from_file(TOKENIZER)
bo = t.ByteOffsets.for_tokenizer(tok)
tok.encode_batch(["start the tokenizer's threads"] * 4)
docs = [types.SimpleNamespace(doc_id=str(i), source="s", split="train", text=x, structure=None,
                              boilerplate_chars=0) for i, x in enumerate(texts)]
del texts
batches, size = [[]], 0
for d in docs:  # BatchByCharacters: at most MAX_BATCH_CHARS, a longer document alone
    if batches[-1] and size + len(d.text) > t.MAX_BATCH_CHARS:
        batches.append([]); size = 0
    batches[-1].append(d); size += len(d.text)
kw = {"piece_chars": SIZES[0], "group_chars": SIZES[1]} if SIZES else {}
release_free_memory()
base = peak = rss()
def sample():
    global peak
    while True:
        peak = max(peak, rss()); time.sleep(0.002)
threading.Thread(target=sample, daemon=True).start()
digest, tokens = hashlib.sha256(), 0
wall, cpu = time.perf_counter(), time.process_time()
for batch in batches:
    for r in t.tokenize_documents(batch, tok, byte_offsets=bo, **kw):
        digest.update(r.token_ids.tobytes()); digest.update(r.token_offsets.tobytes())
        tokens += r.token_ids.size
    if sum(len(d.text) for d in batch) >= t.PIECE_CHARS:
        release_free_memory()  # as the Beam wrapper does
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
print("RESULT " + json.dumps({"tokens": int(tokens), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
      "tokens_per_wall_s": round(tokens / wall), "tokens_per_cpu_s": round(tokens / cpu),
      "peak_rise_mb": (peak - base) >> 20, "sha": digest.hexdigest()[:16]}))
"""


def run_arm(repo: str, docs: str, sizes) -> dict:
    tokenizer = os.path.join(REPO, "defaults", "smollm2-135m", "tokenizer.json")
    code = f"REPO, DOCS, TOKENIZER, SIZES = {repo!r}, {docs!r}, {tokenizer!r}, {sizes!r}\n" + CHILD
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=False
    )
    lines = [x for x in out.stdout.splitlines() if x.startswith("RESULT ")]
    if out.returncode or not lines:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(lines[-1][len("RESULT ") :])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long-chars", type=int, default=20_000_000)
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--baseline-repo", help="a checkout of the code before, for long/baseline")
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args(argv)
    sys.path.insert(0, REPO)
    from transforms.tokenize_pieces import (
        GROUP_CHARS,
        LONG_GROUP_CHARS,
        LONG_PIECE_CHARS,
        PIECE_CHARS,
    )

    books = sorted(glob.glob(os.path.join(SHARED, "en_gutenberg", "*.txt")))
    books += sorted(glob.glob(os.path.join(SHARED, "zh_classics", "*.txt")))
    if not books:
        raise SystemExit(f"no books under {SHARED}")
    texts = [open(p, encoding="utf-8", errors="replace").read() for p in books]
    long_text = "\n\n".join(
        texts[: len(texts) - len(glob.glob(os.path.join(SHARED, "zh_classics", "*.txt")))]
    )
    while len(long_text) < args.long_chars:
        long_text += "\n\n" + long_text
    results = {"load_before": os.getloadavg(), "books": len(books), "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        paths = {"books": os.path.join(tmp, "books.json"), "long": os.path.join(tmp, "long.json")}
        with open(paths["books"], "w", encoding="utf-8") as f:
            json.dump(texts, f)
        with open(paths["long"], "w", encoding="utf-8") as f:
            json.dump([long_text[: args.long_chars]], f)
        del texts, long_text
        arms = [
            ("books/default", REPO, "books", None),
            ("books/small", REPO, "books", (LONG_PIECE_CHARS, LONG_GROUP_CHARS)),
            ("long/default", REPO, "long", None),
            ("long/large-groups", REPO, "long", (PIECE_CHARS, GROUP_CHARS)),
        ]
        if args.baseline_repo:
            arms.append(("long/baseline", os.path.abspath(args.baseline_repo), "long", None))
        for rep in range(args.reps):
            for name, repo, docs, sizes in arms:
                result = {"arm": name, "rep": rep, **run_arm(repo, paths[docs], sizes)}
                results["runs"].append(result)
                print(json.dumps(result), flush=True)
    results["load_after"] = os.getloadavg()

    def best(arm, key):
        return max(r[key] for r in results["runs"] if r["arm"] == arm)

    for a, b in (("books/small", "books/default"), ("long/default", "long/large-groups")):
        results[f"{a} vs {b}: tokens/cpu-s ratio"] = round(
            best(a, "tokens_per_cpu_s") / best(b, "tokens_per_cpu_s"), 3
        )
        results[f"{a} vs {b}: tokens/wall-s ratio"] = round(
            best(a, "tokens_per_wall_s") / best(b, "tokens_per_wall_s"), 3
        )
    results["identical"] = len({(r["arm"].split("/")[0], r["sha"]) for r in results["runs"]}) == 2
    print(json.dumps({k: v for k, v in results.items() if k != "runs"}, indent=1))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
