"""Arrow shards that ``datasets``, ``pyarrow`` and other trainers load directly.

Shards are Arrow IPC *stream* files (what ``datasets`` memory-maps and
``Dataset.from_file`` reads), written with the explicit schema from ``schemas``
plus the ``huggingface`` features metadata. A split folder is made loadable by
``datasets.load_from_disk`` with ``state.json`` and ``dataset_info.json`` written
exactly as ``Dataset.save_to_disk`` writes them.

Rows inside a shard are sorted by a stable key, so the same input and config
give byte-identical shards whatever the runner or worker count.
"""

from __future__ import annotations

import hashlib
import json

import datasets
import numpy as np
import pyarrow as pa

from pipeline import storage


def _column(values: list, field: pa.Field) -> pa.Array:
    if pa.types.is_list(field.type) and pa.types.is_integer(field.type.value_type):
        # Fast path for token lists: one concatenation instead of per-element boxing.
        arrays = [np.asarray(v, dtype=field.type.value_type.to_pandas_dtype()) for v in values]
        lengths = np.fromiter((a.size for a in arrays), dtype=np.int64, count=len(arrays))
        offsets = np.zeros(len(arrays) + 1, dtype=np.int32)
        np.cumsum(lengths, out=offsets[1:])
        flat = (
            np.concatenate(arrays)
            if arrays
            else np.zeros(0, field.type.value_type.to_pandas_dtype())
        )
        return pa.ListArray.from_arrays(
            pa.array(offsets), pa.array(flat, type=field.type.value_type)
        )
    return pa.array(values, type=field.type)


def schema_with_features(schema: pa.Schema, features: datasets.Features) -> pa.Schema:
    info = {"info": {"features": features.to_dict()}}
    return schema.with_metadata({"huggingface": json.dumps(info)})


def rows_to_table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Build a table from row dicts whose keys are exactly ``schema.names``."""
    columns = [_column([row[f.name] for row in rows], f) for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def table_to_stream_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        if table.num_rows:
            writer.write_table(table, max_chunksize=1000)
    return sink.getvalue().to_pybytes()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def shard_name(index: int, count: int) -> str:
    return f"data-{index:05d}-of-{count:05d}.arrow"


def write_split_metadata(
    split_dir: str, shard_files: list[str], shard_hashes: list[str], features: datasets.Features
) -> None:
    """``state.json`` and ``dataset_info.json`` as ``Dataset.save_to_disk`` writes them."""
    fingerprint = sha256_hex("".join(shard_hashes).encode())[:16]
    state = {
        "_data_files": [{"filename": name} for name in shard_files],
        "_fingerprint": fingerprint,
        "_format_columns": None,
        "_format_kwargs": {},
        "_format_type": None,
        "_output_all_columns": False,
        "_split": None,
    }
    info = {
        "citation": "",
        "description": "",
        "features": features.to_dict(),
        "homepage": "",
        "license": "",
    }
    storage.write_bytes(storage.join(split_dir, "state.json"), json_bytes(state))
    storage.write_bytes(storage.join(split_dir, "dataset_info.json"), json_bytes(info))


def json_bytes(obj) -> bytes:
    return (json.dumps(obj, indent=2, sort_keys=False, ensure_ascii=False) + "\n").encode("utf-8")


def read_stream(data: bytes) -> pa.Table:
    with pa.ipc.open_stream(data) as reader:
        return reader.read_all()


class _HashingSink:
    """A write-only file object that hashes what passes through it."""

    def __init__(self, handle):
        self._handle = handle
        self._hash = hashlib.sha256()
        self.closed = False

    def write(self, data) -> int:
        data = bytes(data)
        self._hash.update(data)
        self._handle.write(data)
        return len(data)

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        self._handle.flush()

    def close(self) -> None:
        self.closed = True

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class HashingStreamWriter:
    """Write an Arrow IPC stream to ``path`` batch by batch, hashing the bytes.

    Same tables in the same order give the same bytes as ``table_to_stream_bytes``
    on their concatenation, without holding the shard in memory.
    """

    def __init__(self, path: str, schema: pa.Schema):
        self._path = path
        self._schema = schema
        self.sha256 = ""

    def __enter__(self):
        if storage.is_remote(self._path):
            from apache_beam.io.filesystems import FileSystems

            self._handle = FileSystems.create(self._path)
        else:
            import os

            os.makedirs(os.path.dirname(self._path) or ".", exist_ok=True)
            self._handle = open(self._path, "wb")
        self._sink = _HashingSink(self._handle)
        self._writer = pa.ipc.new_stream(pa.PythonFile(self._sink, mode="w"), self._schema)
        return self

    def write_table(self, table: pa.Table) -> None:
        if table.num_rows:
            self._writer.write_table(table.cast(self._schema), max_chunksize=1000)

    def __exit__(self, *exc):
        self._writer.close()
        self._handle.close()
        self.sha256 = self._sink.hexdigest()
        return False
