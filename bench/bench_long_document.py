"""Peak memory of ONE long document: whole-document vs piecewise tokenization, and
the whole build, side by side in one run.

    flock /work/notes/heavy.lock .venv/bin/python bench/bench_long_document.py \
        [--chars 50000000] [--baseline-build] [--json bench/results/long_document_cpu.json]

The document is real text: the English Gutenberg books of ``../shared/data`` and
the Shakespeare corpus of ``defaults/``, joined and repeated to ``--chars``
characters, written as ONE JSONL record (one line). Each measurement runs in a
fresh subprocess; its peak is the child's ``ru_maxrss`` (``os.wait4``):

1. ``tokenize-whole``: what the builder did before (``encode_batch([text])`` and the
   ids / offsets as numpy arrays), SmolLM2's tokenizer;
2. ``tokenize-pieces``: ``transforms.tokenize.encode_text`` (1 Mi-character pieces,
   seams verified); also checks the ids equal (1)'s;
3. ``stages``: every pure stage in order on the document (read, normalize, clean,
   near-duplicate signature, structure, tokenize, chunk plans at
   512/1024/2048/4096, rows made and turned into Arrow bytes a batch at a time,
   as the builder does), peak per stage
   from a 5 ms sampler of the process's resident set;
4. ``build``: ``longctx dataset`` on the JSONL, default windows, one in-process
   worker (``--direct_running_mode=in_memory --direct_num_workers=1``), so the
   process's peak is the build's;
5. with ``--baseline-build``: the same build with whole-document tokenization
   (the previous behaviour), for the ratio;
6. with ``--baseline-repo DIR``: the build mode with the code of another checkout
   (an earlier commit), first, for the ratio of the whole build's peak.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKENIZER = os.path.join(REPO, "defaults", "smollm2-135m", "tokenizer.json")
SHARED = os.path.join(REPO, "..", "shared", "data", "en_gutenberg")

CHILD = {
    "tokenize-whole": """
import numpy as np
from tokenizers import Tokenizer
import transforms.tokenize  # the same imports (Beam) as tokenize-pieces
text = json.loads(open(PATH, encoding="utf-8").readline())["text"]
tok = Tokenizer.from_file(TOKENIZER)
(enc,) = tok.encode_batch([text], add_special_tokens=False)
ids = np.asarray(enc.ids, dtype=np.int32)
offsets = np.asarray(enc.offsets, dtype=np.int32)
result = {"tokens": int(ids.size), "ids_sha": __import__("hashlib").sha256(ids.tobytes()).hexdigest()}
""",
    "tokenize-pieces": """
from tokenizers import Tokenizer
from transforms.tokenize_pieces import encode_text
text = json.loads(open(PATH, encoding="utf-8").readline())["text"]
tok = Tokenizer.from_file(TOKENIZER)
ids, offsets = encode_text(tok, text)
result = {"tokens": int(ids.size), "ids_sha": __import__("hashlib").sha256(ids.tobytes()).hexdigest()}
""",
    "stages": """
import threading
from transforms.runtime import bound_heap_retention
bound_heap_retention()
peak = [0]
def sample():
    while True:
        with open("/proc/self/statm") as f:
            peak[0] = max(peak[0], int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE"))
        time.sleep(0.005)
threading.Thread(target=sample, daemon=True).start()
import schemas
from schemas.dataset import CHUNK_ARROW_SCHEMA, STREAM_BATCH_ROWS, rows_to_table, table_to_stream_bytes
from transforms.chunking import ChunkConfig
from transforms.chunking_beam import chunk_all_windows
from transforms.clean import clean_text
from transforms.near_duplicates import NearDuplicateConfig, signature
from transforms.normalize import normalize_document
from transforms.split import assign_split
from transforms.structure import StructureConfig, analyze_document
from transforms.tokenize import load_tokenizer, tokenize_documents
stages = {}
def stage(name, fn):
    peak[0] = 0
    t = time.time()
    out = fn()
    time.sleep(0.02)
    stages[name] = {"peak_mb": round(peak[0] / 2**20), "seconds": round(time.time() - t, 1)}
    return out
text = stage("read", lambda: json.loads(open(PATH, encoding="utf-8").readline())["text"])
doc = schemas.Document("big", PATH, text); del text
doc = stage("normalize", lambda: normalize_document(doc))
doc = schemas.Document(doc.doc_id, doc.source, stage("clean", lambda: clean_text(doc.text)).text)
doc = assign_split(doc, 0.0)
stage("minhash", lambda: signature(doc.text, NearDuplicateConfig()))
sdoc = stage("structure", lambda: analyze_document(doc, StructureConfig())); del doc
tok = load_tokenizer(TOKENIZER)
tdoc = stage("tokenize", lambda: tokenize_documents([sdoc], tok)[0]); del sdoc
chunked = stage("chunk", lambda: chunk_all_windows(tdoc, ChunkConfig(eos_id=0)))
stage("arrow", lambda: [len(table_to_stream_bytes(rows_to_table(rows, CHUNK_ARROW_SCHEMA)))
                        for plan, _ in chunked[0].values() if plan is not None
                        for rows in plan.batches(STREAM_BATCH_ROWS)])
result = {"stages": stages, "tokens": int(tdoc.token_ids.size)}
""",
    "build": """
from pipeline.build import run
m = run(["--input", PATH, "--output", OUT, "--tokenizer", TOKENIZER, "--max-doc-chars",
         str(10**9), "--direct_running_mode=in_memory", "--direct_num_workers=1"])
result = {"written": m.documents.written, "rejected": m.documents.rejected,
          "rows": sum(b.rows for s in m.splits.values() for b in s.values())}
""",
}
# The previous behaviour for the ratio: one piece per document, however long.
CHILD["build-baseline"] = """
import transforms.tokenize as t
t.tokenize_documents.__defaults__ = (10**12, 10**12, True)
""" + CHILD["build"]


def run_child(mode: str, path: str, out: str, repo: str = REPO) -> dict:
    code = (
        "import json, os, sys, time\n"
        f"sys.path.insert(0, {repo!r})\n"
        f"PATH, OUT, TOKENIZER = {path!r}, {out!r}, {TOKENIZER!r}\n"
        + CHILD[mode]
        + "\nprint('RESULT ' + json.dumps(result))\n"
    )
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    stdout, stderr = proc.stdout.read().decode(), proc.stderr.read().decode()
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines = [x for x in stdout.splitlines() if x.startswith("RESULT ")]
    if proc.returncode or not lines:
        raise RuntimeError(f"{mode} failed ({proc.returncode}):\n{stderr[-3000:]}")
    return {
        "mode": mode,
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "seconds": round(time.time() - start, 1),
        **json.loads(lines[-1][len("RESULT ") :]),
    }


def write_document(path: str, chars: int) -> int:
    files = sorted(glob.glob(os.path.join(SHARED, "*.txt")))
    files += sorted(glob.glob(os.path.join(REPO, "defaults", "shakespeare", "texts", "*.txt")))
    if not files:
        raise SystemExit("no real text found (../shared/data/en_gutenberg or defaults/)")
    text = "\n\n".join(open(f, encoding="utf-8", errors="replace").read() for f in files)
    while len(text) < chars:
        text = text + "\n\n" + text
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "long", "text": text[:chars]}) + "\n")
    return len(files)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=50_000_000)
    parser.add_argument("--modes", default="tokenize-whole,tokenize-pieces,stages,build")
    parser.add_argument("--baseline-build", action="store_true")
    parser.add_argument(
        "--baseline-repo",
        help="also run the build mode with the code of this checkout (e.g. `git worktree add "
        "/tmp/old <commit>`), first, on the same document: mode build@baseline",
    )
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args(argv)
    modes = args.modes.split(",") + (["build-baseline"] if args.baseline_build else [])
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "long.jsonl")
        sources = write_document(path, args.chars)
        results = {
            "chars": args.chars,
            "source_files": sources,
            "load_before": os.getloadavg(),
            "runs": [],
        }
        if args.baseline_repo:
            repo = os.path.abspath(args.baseline_repo)
            result = run_child("build", path, os.path.join(tmp, "out-baseline"), repo)
            result["mode"] = "build@baseline"
            results["runs"].append(result)
            print(json.dumps(result), flush=True)
        for i, mode in enumerate(modes):
            result = run_child(mode, path, os.path.join(tmp, f"out{i}"))
            results["runs"].append(result)
            print(json.dumps(result), flush=True)
        results["load_after"] = os.getloadavg()
    by_mode = {r["mode"]: r for r in results["runs"]}
    if {"tokenize-whole", "tokenize-pieces"} <= set(by_mode):
        whole, pieces = by_mode["tokenize-whole"], by_mode["tokenize-pieces"]
        results["tokenize_peak_ratio"] = round(pieces["peak_rss_mb"] / whole["peak_rss_mb"], 3)
        results["identical_ids"] = whole["ids_sha"] == pieces["ids_sha"]
    if {"build", "build@baseline"} <= set(by_mode):
        results["build_vs_baseline_repo_peak_ratio"] = round(
            by_mode["build"]["peak_rss_mb"] / by_mode["build@baseline"]["peak_rss_mb"], 3
        )
    if {"build", "build-baseline"} <= set(by_mode):
        results["build_peak_ratio"] = round(
            by_mode["build"]["peak_rss_mb"] / by_mode["build-baseline"]["peak_rss_mb"], 3
        )
    print(json.dumps({k: v for k, v in results.items() if k != "runs"}))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
