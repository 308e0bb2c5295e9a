"""The shard format of a built dataset (moved out of ``schemas.dataset``, which
re-exports every name): Arrow IPC streams carrying the ``huggingface`` features
metadata, the shard names, and the table <-> bytes conversions."""

from __future__ import annotations

import json
import os
import re

import numpy as np
import pyarrow as pa

from schemas.hf_features import features_of
from schemas.records import CHUNK_SCHEMA, DOCUMENT_SCHEMA, document_schema


def schema_with_features(schema: pa.Schema) -> pa.Schema:
    """``schema`` carrying the ``huggingface`` metadata ``datasets`` reads types from."""
    info = {"info": {"features": features_of(schema)}}
    return schema.with_metadata({"huggingface": json.dumps(info)})


CHUNK_ARROW_SCHEMA = schema_with_features(CHUNK_SCHEMA)
DOCUMENT_ARROW_SCHEMA = schema_with_features(DOCUMENT_SCHEMA)
DOCUMENT_TEXT_ARROW_SCHEMA = schema_with_features(document_schema(keep_text=True))


def document_arrow_schema(keep_text: bool = False) -> pa.Schema:
    """The documents shards' schema: with the ``text`` column when built with --keep-text."""
    return DOCUMENT_TEXT_ARROW_SCHEMA if keep_text else DOCUMENT_ARROW_SCHEMA


# The one shard of a split without rows (it keeps the split loadable, with its schema).
EMPTY_SHARD = "empty.arrow"
_CHUNK_SHARD = re.compile(r"w(\d+)-(\d{5})-of-(\d{5})\.arrow")


def chunk_shard_name(window: int, index: int, count: int) -> str:
    """``w{window}-{index:05d}-of-{count:05d}.arrow``; ``index`` and ``count`` within the
    (split, window) bucket. The dash after the window keeps ``w1024-*`` from matching
    ``w10240-...``."""
    return f"w{window}-{index:05d}-of-{count:05d}.arrow"


def shard_window(name: str) -> int | None:
    """The window a chunk shard's file name declares (None: not a chunk shard name)."""
    match = _CHUNK_SHARD.fullmatch(os.path.basename(name))
    return int(match.group(1)) if match else None


def bucket_glob(split: str, window: int) -> str:
    """The glob, relative to OUT, of one bucket's shards: ``train/w1024-*.arrow``."""
    return f"{split}/w{window}-*.arrow"


def document_shard_name(split: str, index: int, count: int) -> str:
    """``{split}-{index:05d}-of-{count:05d}.arrow`` under ``documents/``; index and count
    within the split."""
    return f"{split}-{index:05d}-of-{count:05d}.arrow"


def _column(values: list, field: pa.Field) -> pa.Array:
    if pa.types.is_list(field.type) and pa.types.is_integer(field.type.value_type):
        # Fast path for token lists: one concatenation instead of per-element boxing.
        # The numpy dtype by name ("int32"): pyarrow's to_pandas_dtype() imports pandas,
        # which the base install (a Dataflow worker) does not have.
        dtype = np.dtype(str(field.type.value_type))
        arrays = [np.asarray(v, dtype=dtype) for v in values]
        lengths = np.fromiter((a.size for a in arrays), dtype=np.int64, count=len(arrays))
        offsets = np.zeros(len(arrays) + 1, dtype=np.int32)
        np.cumsum(lengths, out=offsets[1:])
        flat = np.concatenate(arrays) if arrays else np.zeros(0, dtype)
        return pa.ListArray.from_arrays(
            pa.array(offsets), pa.array(flat, type=field.type.value_type)
        )
    return pa.array(values, type=field.type)


def rows_to_table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Build a table from row dicts whose keys are exactly ``schema.names``."""
    columns = [_column([row[f.name] for row in rows], f) for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


# Rows per record batch of every Arrow stream written (shards, batches between stages).
STREAM_BATCH_ROWS = 1000


def table_to_stream_bytes(table: pa.Table) -> bytes:
    """The Arrow IPC stream of ``table`` (batches of ``STREAM_BATCH_ROWS`` rows): a
    shard's bytes."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        if table.num_rows:
            writer.write_table(table, max_chunksize=STREAM_BATCH_ROWS)
    return sink.getvalue().to_pybytes()


def read_arrow(data: bytes) -> pa.Table:
    """An Arrow IPC stream (a shard, or a batch passed between build stages) as a table."""
    with pa.ipc.open_stream(pa.BufferReader(data)) as reader:
        return reader.read_all()
