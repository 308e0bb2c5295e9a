"""Reading a built dataset back for the inspector, the verifier and the length plot.

Local paths or any Beam filesystem (``pipeline.storage``); the layout and the
Arrow reader are ``schemas.dataset``'s.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

import schemas
from pipeline import storage
from schemas.dataset import (
    DOCUMENTS,
    PARTS,
    Manifest,
    ShardEntry,
    read_arrow,
    unreadable_shard,
)


def read_table(path: str) -> pa.Table:
    """A shard as a table; a missing, truncated or garbled one is a ``DatasetError``."""
    try:
        return read_arrow(storage.read_bytes(path))
    except (OSError, pa.ArrowInvalid) as error:
        raise unreadable_shard(path, error) from None


def column_values(path: str, column: str) -> np.ndarray:
    """One column of an Arrow stream file, read batch by batch: memory is one batch
    (at most 1000 rows) plus the column, not the shard (hundreds of MB at scale)."""
    parts = []
    with storage.open_read(path) as handle, pa.ipc.open_stream(handle) as reader:
        for batch in reader:
            parts.append(batch.column(column).to_numpy(zero_copy_only=False).copy())
    return np.concatenate(parts) if parts else np.zeros(0, np.int64)


def arrow_files(folder: str) -> list[str]:
    """The ``.arrow`` files under ``folder`` (a build's unnamed ``_parts`` excluded)."""
    if not storage.exists(folder):
        return []
    return [
        p
        for p in storage.list_files(folder)
        if p.endswith(".arrow") and os.path.basename(os.path.dirname(p)) != PARTS
    ]


def documents(out_dir: str) -> pa.Table:
    """Every row of ``OUT/documents`` (found by listing: works before the manifest exists)."""
    tables = [
        schemas.with_document_defaults(read_table(p), schemas.DOCUMENT_SCHEMA)
        for p in arrow_files(storage.join(out_dir, DOCUMENTS))
    ]
    return pa.concat_tables(tables) if tables else schemas.DOCUMENT_SCHEMA.empty_table()


def find_document(out_dir: str, doc_id: str) -> tuple[dict | None, int, list]:
    """``(row of doc_id or None, documents counted, the first three doc ids)``, read one
    shard at a time and filtered there: a ``--keep-text`` build's documents shards hold
    the texts (8.6x the bytes), which :func:`documents` would hold for the whole corpus
    to print one document (``inspect --doc``)."""
    found, count, known = None, 0, []
    for path in arrow_files(storage.join(out_dir, DOCUMENTS)):
        table = schemas.with_document_defaults(read_table(path), schemas.DOCUMENT_SCHEMA)
        count += table.num_rows
        known += table.column("doc_id").to_pylist()[: 3 - len(known)]
        if found is None:
            rows = table.filter(pc.field("doc_id") == doc_id).slice(0, 1).to_pylist()
            found = rows[0] if rows else None
    return found, count, known


def chunk_shards(out_dir: str, manifest: Manifest) -> Iterator[tuple[ShardEntry, pa.Table]]:
    for shard in manifest.shards:
        yield shard, read_table(storage.join(out_dir, shard.path))


def list_parts(table: pa.Table, name: str) -> tuple[np.ndarray, np.ndarray | dict[str, pa.Array]]:
    """(offsets from 0, flat values) of a list column: row i is values[offsets[i]:offsets[i+1]].

    A list of structs gives its fields as a dict of flat arrays.
    """
    column = table.column(name).combine_chunks()
    offsets = column.offsets.to_numpy().astype(np.int64)
    values = column.values.slice(offsets[0], offsets[-1] - offsets[0])
    offsets -= offsets[0]
    if pa.types.is_struct(values.type):
        names = [values.type.field(i).name for i in range(values.type.num_fields)]
        return offsets, dict(zip(names, values.flatten(), strict=True))
    return offsets, values.to_numpy(zero_copy_only=False)
