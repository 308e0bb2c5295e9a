"""The chunking step's Beam wrapper on a long document: rows made and emitted a
batch at a time, and the shard written from those batches holding the document's
rows exactly as when they were made and written at once (before batching)."""

from __future__ import annotations

import random

import pyarrow as pa

import transforms.chunking as chunking
from pipeline.shards import _SpillFn, _WriteChunkShardFn
from schemas.dataset import (
    CHUNK_ARROW_SCHEMA,
    STREAM_BATCH_ROWS,
    read_arrow,
    rows_counts,
    rows_to_table,
)
from tests.transforms.test_chunking import make_document
from transforms.chunking import ChunkConfig, chunk_document
from transforms.chunking_beam import _ChunkFn

# 40,000 tokens at 16-token windows (overlap 1): ~2,900 rows, three stream batches.
CONFIG = ChunkConfig(windows=(16, 4096), eos_id=0)
TOKENS = 40_000


def _outputs(doc):
    return list(_ChunkFn(CONFIG, shards_per_bucket=1).process(doc))


def test_a_long_document_is_emitted_in_batches_as_its_rows_are_made(monkeypatch):
    doc = make_document("long", TOKENS, seed=3).doc
    made = [0]
    real_row = chunking._row

    def counting_row(*args):
        made[0] += 1
        return real_row(*args)

    monkeypatch.setattr(chunking, "_row", counting_row)
    made_at_emit, batches = [], []
    for item in _ChunkFn(CONFIG, shards_per_bucket=1).process(doc):
        if isinstance(item, tuple) and item[1][0] == "rows":
            made_at_emit.append(made[0])
            batches.append(item[1][1])
    rows16 = [b for b in batches if b[3] and read_arrow(b[3]).column("window")[0].as_py() == 16]
    assert len(rows16) >= 3
    # Never more than one batch of rows made ahead of what was emitted (the whole
    # document's rows were made before the first emit).
    assert all(n <= (i + 1) * STREAM_BATCH_ROWS for i, n in enumerate(made_at_emit))
    assert [b[1] for b in rows16] == list(range(len(rows16)))
    tables = [read_arrow(b[3]) for b in rows16]
    assert all(t.num_rows == STREAM_BATCH_ROWS for t in tables[:-1])
    whole, _ = chunk_document(doc, 16, CONFIG)
    assert pa.concat_tables(tables).equals(rows_to_table(whole, CHUNK_ARROW_SCHEMA))
    assert sum(b[2]["rows"] for b in rows16) == len(whole)
    assert sum(b[2]["scored_tokens"] for b in rows16) == rows_counts(whole, 16)["scored_tokens"]


def _write_shard(tmp_path, docs, inline_bytes: int, seed: int) -> bytes:
    staging = tmp_path / f"staging-{inline_bytes}-{seed}"
    spill = _SpillFn(str(staging), inline_bytes)
    grouped = {}
    for doc in docs:
        for item in _outputs(doc):
            if isinstance(item, tuple) and item[1][0] in ("rows", "piece"):
                for key, value in spill.process(item):
                    grouped.setdefault(key, []).append(value)
    key = ("train", 16, 0)
    values = grouped[key]
    random.Random(seed).shuffle(values)  # a shuffle gives the values in any order
    _WriteChunkShardFn(str(staging), CONFIG).process((key, values))  # writes, yields nothing
    return (staging / "train" / "_parts" / "w0000016-s00000.arrow").read_bytes()


def test_the_shard_from_batches_holds_the_whole_documents_rows_in_order(tmp_path):
    docs = [make_document(f"d{i}", n, seed=i).doc for i, n in enumerate((TOKENS, 2_500, 9))]
    written = _write_shard(tmp_path, docs, inline_bytes=64 << 10, seed=0)
    # The same bytes whatever the order the values arrive in, spilled or inline.
    assert _write_shard(tmp_path, docs, inline_bytes=1 << 30, seed=1) == written
    assert _write_shard(tmp_path, docs, inline_bytes=0, seed=2) == written
    got = read_arrow(written)
    # Each long document's rows as one table (what was written before batching), in
    # doc_id order, with the same record batch boundaries; then the one packed row.
    expected, sizes = [], []
    for doc in sorted(docs[:2], key=lambda d: d.doc_id):
        rows, _ = chunk_document(doc, 16, CONFIG)
        expected.append(rows_to_table(rows, CHUNK_ARROW_SCHEMA))
        sizes += [b.num_rows for b in expected[-1].to_batches(STREAM_BATCH_ROWS)]
    whole = pa.concat_tables(expected)
    assert got.slice(0, whole.num_rows).equals(whole)
    assert got.num_rows == whole.num_rows + 1 and got.column("doc_id")[-1].as_py() == "d2"
    with pa.ipc.open_stream(written) as reader:
        assert [b.num_rows for b in reader][:-1] == sizes
