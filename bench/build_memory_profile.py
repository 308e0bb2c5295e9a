"""Peak resident memory of one in-process ``longctx dataset`` build, per stage.

    .venv/bin/python bench/build_memory_profile.py DOC.jsonl OUT

A 5 ms sampler of the process's resident set records the peak under the label of
the stage running (the stage functions and shard DoFns are wrapped, in-process,
one worker); ``after-X`` is what follows X until the next label. A spike shorter
than 5 ms can be missed: ``maxrss`` (``ru_maxrss``) is the true peak, and
``maxrss_rose_during`` names the labels that ran while it rose (with its value). Make the
document with ``bench/bench_long_document.py``'s ``write_document``.
"""

from __future__ import annotations

import functools
import json
import os
import resource
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import pipeline.parking as parking  # noqa: E402
import pipeline.shards as shards  # noqa: E402
import transforms.beam_utils as beam_utils  # noqa: E402
import transforms.chunking_beam as chunking_beam  # noqa: E402
import transforms.near_duplicates as near_duplicates  # noqa: E402
import transforms.read as read  # noqa: E402
import transforms.tokenize as tokenize  # noqa: E402
from pipeline.build import run  # noqa: E402

TOKENIZER = os.path.join(
    os.path.dirname(__file__), "..", "defaults", "smollm2-135m", "tokenizer.json"
)
PAGE = os.sysconf("SC_PAGE_SIZE")
LABEL = ["startup"]
PEAKS: dict[str, int] = {}
# Where ``ru_maxrss`` (the true peak) rose: a spike between two samples is missed
# by the resident-set samples but not by ``ru_maxrss``; it is put on every label
# that ran since the previous sample.
MAXRSS_ROSE: dict[str, int] = {}


def _sample():
    seen, maxrss = 0, 0
    while True:
        with open("/proc/self/statm") as f:
            rss = int(f.read().split()[1]) * PAGE
        name = str(LABEL[-1])
        PEAKS[name] = max(PEAKS.get(name, 0), rss)
        now = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        if now > maxrss:
            for label in {str(x) for x in LABEL[max(seen - 1, 0) :]}:
                MAXRSS_ROSE[label] = max(MAXRSS_ROSE.get(label, 0), now)
            maxrss = now
        seen = len(LABEL)
        time.sleep(0.005)


def _labelled(fn, name):
    @functools.wraps(fn)
    def call(*args, **kwargs):
        LABEL.append(name)
        try:
            return fn(*args, **kwargs)
        finally:
            LABEL.append("after-" + name)

    return call


def _labelled_process(cls, name):
    original = cls.process

    def process(self, item):
        LABEL.append(name(self) if callable(name) else name)
        try:
            out = original(self, item)
            yield from (out if out is not None else ())
        finally:
            LABEL.append("after-" + str(name(self) if callable(name) else name))

    cls.process = process


class _Live:
    """The label of a ``_StagesFn``: the stage it is running now (its DoFn is
    pickled, so functions wrapped here would label a copy of ``LABEL``)."""

    def __init__(self, fn):
        self.fn = fn

    def __str__(self):
        return self.fn._stage


def main(argv=None) -> int:
    path, out = (argv or sys.argv[1:])[:2]
    threading.Thread(target=_sample, daemon=True).start()
    tokenize.tokenize_documents = _labelled(tokenize.tokenize_documents, "tokenize")
    near_duplicates.signature = _labelled(near_duplicates.signature, "minhash")
    chunking_beam.chunk_all_windows = _labelled(chunking_beam.chunk_all_windows, "chunk")
    chunking_beam.rows_to_table = _labelled(chunking_beam.rows_to_table, "rows-to-table")
    chunking_beam.table_to_stream_bytes = _labelled(
        chunking_beam.table_to_stream_bytes, "arrow-bytes"
    )
    parking.unpark = _labelled(parking.unpark, "unpark")
    _labelled_process(read._ReadFileFn, "read")
    _labelled_process(parking._ParkFn, "park")
    _labelled_process(beam_utils._StageFn, lambda fn: fn._stage)
    if hasattr(beam_utils, "_StagesFn"):  # stages chained in one step: label each
        _labelled_process(beam_utils._StagesFn, _Live)
    _labelled_process(shards._SpillFn, "spill")
    _labelled_process(shards._WriteChunkShardFn, "write-shard")
    _labelled_process(shards._WriteDocumentShardFn, "write-docs")
    start = time.time()
    run(
        ["--input", path, "--output", out, "--tokenizer", TOKENIZER, "--max-doc-chars", str(10**9)]
        + ["--direct_running_mode=in_memory", "--direct_num_workers=1"]
    )
    time.sleep(0.05)
    print(json.dumps({k: round(v / 2**20) for k, v in PEAKS.items()}, indent=0))
    rose = {k: round(v / 2**20) for k, v in MAXRSS_ROSE.items()}
    print(json.dumps({"maxrss_rose_during": rose}, indent=0))
    maxrss = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps({"maxrss_mb": maxrss, "seconds": round(time.time() - start)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
