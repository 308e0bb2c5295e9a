"""The shards of a dataset written again in the export's format, into the export's
staging folder (``longctx export``, :mod:`pipeline.export`): one Parquet file per Arrow
shard (``_copy_shard``) or one JSON Lines file (:mod:`pipeline.export_jsonl`), each
checked against the rows its manifest lists.

Cost: every shard is read once and written once, one record batch (at most 1000
rows) at a time, so memory stays at one batch whatever the shard size.
"""

from __future__ import annotations

import os
import shlex

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import export_jsonl, storage
from schemas import newer
from schemas.dataset import (
    CHUNK_ARROW_SCHEMA,
    DatasetError,
    Manifest,
    document_arrow_schema,
    unreadable_shard,
)
from schemas.records import with_document_defaults


def _parquet_path(shard_path: str) -> str:
    stem, _ = os.path.splitext(shard_path)
    return stem + ".parquet"


def _open_batches(path: str):
    """The record batches of an Arrow IPC stream, memory-mapped when local."""
    source = (
        pa.memory_map(path)
        if not storage.is_remote(path)
        else pa.BufferReader(storage.read_bytes(path))
    )
    return pa.ipc.open_stream(source)


def _batches(path: str):
    """The record batches of the shard at ``path``; a missing, truncated or garbled
    shard is a ``DatasetError`` (a failure to write the Parquet file is not caught
    here: it is raised where the batch is written)."""
    try:
        with _open_batches(path) as reader:
            yield from reader
    except (OSError, pa.ArrowInvalid) as error:
        raise unreadable_shard(path, error) from None


def _shard_schema(path: str) -> pa.Schema:
    """The schema a shard was written with (its stream's first message)."""
    try:
        with _open_batches(path) as reader:
            return reader.schema
    except (OSError, pa.ArrowInvalid) as error:
        raise unreadable_shard(path, error) from None


def _target_schema(source: str, declared: pa.Schema, unknown: dict) -> pa.Schema:
    """Clause ``newer_columns_kept`` (schemas.newer): the schema a shard is exported
    with: ``declared`` and the columns a newer longctx added, as written (their names
    into ``unknown``: column -> the first shard holding it). A declared column the
    shard lacks (but the older builds' defaults) is one line: a newer format."""
    found = with_document_defaults(_shard_schema(source).empty_table(), declared).schema
    lacking = newer.missing_columns(found, declared)
    if lacking:
        raise DatasetError(
            f"{source} has no column {', '.join(lacking)}, which this longctx exports: "
            "it was written by another longctx version; export it with that version, or "
            "rebuild the dataset with this one (`longctx dataset ... --overwrite`)"
        )
    for name in newer.unknown_columns(found, declared):
        unknown.setdefault(name, source)
    return newer.widened(declared, found)


def _copy_shard(source: str, target: str, schema: pa.Schema, compression: str) -> int:
    """Write the Arrow stream ``source`` as Parquet ``target`` with ``schema``; returns
    the rows."""
    rows = 0
    handle = None
    if storage.is_remote(target):
        from apache_beam.io.filesystems import FileSystems

        handle = FileSystems.create(target)
        sink = handle
    else:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        sink = target
    try:
        with pq.ParquetWriter(sink, schema, compression=compression) as writer:
            for batch in _batches(source):
                export_jsonl.check_finite(batch, rows)  # clause parquet_no_nan
                batch = with_document_defaults(batch, schema)  # an older build's shard
                writer.write_batch(newer.conform(batch, schema))
                rows += batch.num_rows
    finally:
        if handle is not None:
            handle.close()
    return rows


def copy_shards(
    out_dir: str,
    manifest: Manifest,
    staging: str,
    fmt: str,
    compression: str,
    split: bool,
    unknown: dict,
) -> list[dict]:
    """Every shard of ``manifest`` in format ``fmt`` under ``staging``; returns
    export.json's file list (``unknown``: the columns passed through, see
    :func:`_target_schema`). A missing or damaged shard is a ``DatasetError``."""
    files = []
    listed = [(s, CHUNK_ARROW_SCHEMA, s.split, s.window) for s in manifest.shards]
    # --keep-text builds: the documents shards end with the text column (keep_text_column).
    documents_schema = document_arrow_schema(manifest.config.get("keep_text", False))
    listed += [(s, documents_schema, None, None) for s in manifest.documents_shards]
    for entry, declared, part, window in listed:
        source = storage.join(out_dir, entry.path)
        schema = _target_schema(source, declared, unknown)
        try:
            if fmt == "jsonl":
                target = export_jsonl.jsonl_path(entry.path, compression)
                batches = (with_document_defaults(b, schema) for b in _batches(source))
                rows, lines = export_jsonl.write_jsonl(
                    batches, storage.join(staging, target), compression, split
                )
            else:
                target = _parquet_path(entry.path)
                rows = _copy_shard(source, storage.join(staging, target), schema, compression)
                lines = rows
        except export_jsonl.NonFiniteValue as bad:  # clauses jsonl_no_nan, parquet_no_nan
            raise DatasetError(
                f"{source}: row {bad.row} (doc {bad.doc_id}) has {bad.column} = {bad.value}, "
                "which a build never writes (the dataset was changed: "
                f"`longctx inspect {shlex.quote(out_dir)} --verify` names every document "
                "holding one); "
                "rebuild it with `longctx dataset`"
            ) from None
        if rows != entry.rows:
            raise DatasetError(
                f"{source}: read {rows} rows, the manifest lists {entry.rows}; "
                f"run `longctx inspect {shlex.quote(out_dir)} --verify`, and rebuild it with "
                "`longctx dataset`"
            )
        file = {"path": target, "source": entry.path, "split": part, "window": window}
        files.append(file | {"rows": rows} | ({"lines": lines} if fmt == "jsonl" else {}))
    return files
