"""Writing the shards: spill files, per-shard writers, split metadata.

Shards are Arrow IPC *stream* files in the format of ``schemas.dataset``. Every
writer goes to a part file under the staging folder (``_parts/``) with a JSON of
its counts and sha256 next to it; ``pipeline.finish`` names them and writes the
manifest. A split folder is made loadable by ``datasets.load_from_disk`` with
``state.json`` and ``dataset_info.json`` written exactly as
``Dataset.save_to_disk`` writes them.

Rows inside a shard are sorted by a stable key, so the same input and config
give byte-identical shards whatever the runner or worker count.

Spilling: a document's full rows of one window travel as Arrow batches of
``STREAM_BATCH_ROWS`` rows, numbered from 0; a batch over ``inline_bytes``
(256 KiB) is written to a spill file under
``staging/_rows/`` by ``SpillLargeRows`` (fused with the chunking step, before
the shuffle) and only its path travels, so the shuffle (held in memory by the
local runner) carries references and short pieces, not the corpus. Spill files
have deterministic names and content, so a retried bundle rewrites them
identically; the shard writer deletes them once copied.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os

import apache_beam as beam
import pyarrow as pa
from apache_beam.metrics import Metrics

from pipeline import storage
from pipeline.progress import count_rejected
from schemas.dataset import (
    CHUNK_ARROW_SCHEMA,
    COUNTS,
    DATASET_INFO,
    DOCUMENTS,
    PARTS,
    REJECTED_DIR,
    REJECTED_FILE,
    STATE,
    STREAM_BATCH_ROWS,
    document_arrow_schema,
    json_bytes,
    read_arrow,
    rows_counts,
    rows_to_table,
)
from transforms.beam_utils import NAMESPACE
from transforms.charset_labels import known_name
from transforms.chunking import ChunkConfig
from transforms.packing import pack_pieces

SPILL_DIR = "_rows"
COUNTS_DIR = "_counts"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_split_metadata(
    split_dir: str, shard_files: list[str], shard_hashes: list[str], features: dict
) -> None:
    """``state.json`` and ``dataset_info.json`` as ``Dataset.save_to_disk`` writes them;
    ``features``: the ``datasets.Features`` JSON (``schemas.hf_features.features_of``)."""
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
        "features": features,
        "homepage": "",
        "license": "",
    }
    storage.write_bytes(storage.join(split_dir, STATE), json_bytes(state))
    storage.write_bytes(storage.join(split_dir, DATASET_INFO), json_bytes(info))


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
            os.makedirs(os.path.dirname(self._path) or ".", exist_ok=True)
            self._handle = open(self._path, "wb")
        self._sink = _HashingSink(self._handle)
        self._writer = pa.ipc.new_stream(pa.PythonFile(self._sink, mode="w"), self._schema)
        return self

    def write_table(self, table: pa.Table) -> None:
        if table.num_rows:
            self._writer.write_table(table.cast(self._schema), max_chunksize=STREAM_BATCH_ROWS)

    def __exit__(self, *exc):
        self._writer.close()
        self._handle.close()
        self.sha256 = self._sink.hexdigest()
        return False


# --------------------------------------------------------------------------
# Beam steps
# --------------------------------------------------------------------------
class _SpillFn(beam.DoFn):
    def __init__(self, staging: str, inline_bytes: int):
        self._staging = staging
        self._inline_bytes = inline_bytes

    def process(self, item):
        key, (kind, value) = item
        if kind == "rows":
            split, window, _ = key
            doc_id, batch, counts, data = value
            path = None
            if len(data) > self._inline_bytes:
                name = f"{sha256_hex(doc_id.encode())[:24]}-{batch:06d}.arrow"
                path = storage.join(self._staging, SPILL_DIR, split, f"w{window}", name)
                storage.write_bytes(path, data)
                data = None
            value = (doc_id, batch, counts, path, data)
        yield key, (kind, value)


class _SpillRecordFn(beam.DoFn):
    def __init__(self, staging: str, inline_bytes: int):
        self._staging = staging
        self._inline_bytes = inline_bytes

    def process(self, item):
        (split, shard), (doc_id, data) = item
        path = None
        if len(data) > self._inline_bytes:
            name = sha256_hex(doc_id.encode())[:24]
            path = storage.join(self._staging, SPILL_DIR, DOCUMENTS, split, f"{name}.arrow")
            storage.write_bytes(path, data)
            data = None
        yield (split, shard), (doc_id, path, data)


class SpillLargeRecords(beam.PTransform):
    """``((split, shard), (doc_id, data))`` -> ``((split, shard), (doc_id, path, data))``:
    a documents record over ``inline_bytes`` (a book's sentence and paragraph spans
    are ~10% of its text: 126 KB for Moby-Dick) goes to a spill file, like rows."""

    def __init__(self, staging: str, inline_bytes: int = 64 << 10):
        super().__init__()
        self._fn = _SpillRecordFn(staging, inline_bytes)

    def expand(self, records):
        return records | beam.ParDo(self._fn)


class SpillLargeRows(beam.PTransform):
    """``("rows", (doc_id, batch, counts, data))`` -> ``("rows", (doc_id, batch,
    counts, path, data))``: a batch over ``inline_bytes`` goes to a spill file
    (``path``, ``data`` None)."""

    def __init__(self, staging: str, inline_bytes: int = 256 << 10):
        super().__init__()
        self._fn = _SpillFn(staging, inline_bytes)

    def expand(self, chunks):
        return chunks | beam.ParDo(self._fn)


def _row_sort_key(row: dict):
    return (row["doc_id"], row["chunk_index"], row["token_start"], row["input_ids"].tobytes())


class _WriteChunkShardFn(beam.DoFn):
    """Write one (split, window, shard): documents' rows in doc_id order, then the
    packed rows of short documents and tails. Streams one document at a time."""

    def __init__(self, staging: str, chunk: ChunkConfig):
        self._staging = staging
        self._chunk = chunk
        self._written = Metrics.counter(NAMESPACE, "rows_written")

    def process(self, item):
        (split, window, shard), values = item
        parts, pieces = [], []
        for kind, value in values:
            (parts if kind == "rows" else pieces).append(value)
        parts.sort(key=lambda p: (p[0], p[1]))  # doc_id, then the batch's place in it
        packed = sorted(pack_pieces(pieces, window, self._chunk), key=_row_sort_key)
        stats = dict.fromkeys(COUNTS, 0)
        part = storage.join(self._staging, split, PARTS, f"w{window:07d}-s{shard:05d}")
        with HashingStreamWriter(part + ".arrow", CHUNK_ARROW_SCHEMA) as writer:
            for _, _, part_stats, path, data in parts:
                writer.write_table(read_arrow(storage.read_bytes(path) if path else data))
                for k in stats:
                    stats[k] += part_stats[k]
            if packed:
                writer.write_table(rows_to_table(packed, CHUNK_ARROW_SCHEMA))
                for k, v in rows_counts(packed, window).items():
                    stats[k] += v
        stats.update(split=split, window=window, shard=shard, sha256=writer.sha256)
        storage.write_bytes(part + ".json", json_bytes(stats))
        for *_, path, _ in parts:
            if path:
                storage.delete_tree(path)
        self._written.inc(stats["rows"])


class WriteChunkShards(beam.PTransform):
    """Group the (spilled) chunking output by (split, window, shard); write each part."""

    def __init__(self, staging: str, chunk: ChunkConfig):
        super().__init__()
        self._staging = staging
        self._chunk = chunk

    def expand(self, chunks):
        return (
            chunks
            | "GroupByShard" >> beam.GroupByKey()
            | "WriteArrowShards" >> beam.ParDo(_WriteChunkShardFn(self._staging, self._chunk))
        )


class _WriteDocumentShardFn(beam.DoFn):
    """Write one (split, shard) of the documents output (records inline or spilled by
    ``SpillLargeRecords``), in doc_id order."""

    def __init__(self, staging: str, keep_text: bool = False):
        self._staging = staging
        self._schema = document_arrow_schema(keep_text)

    def process(self, item):
        (split, shard), records = item
        records = sorted(records, key=lambda r: r[0])
        part = storage.join(self._staging, DOCUMENTS, PARTS, f"{split}-s{shard:05d}")
        tokens = boilerplate = control = 0
        encodings: dict[str, int] = {}
        with HashingStreamWriter(part + ".arrow", self._schema) as writer:
            for _, path, data in records:
                table = read_arrow(storage.read_bytes(path) if path else data)
                tokens += table.column("num_tokens")[0].as_py()
                boilerplate += table.column("boilerplate_chars")[0].as_py()
                control += table.column("control_chars")[0].as_py()
                # A book read in several codecs (clause epub_chapter_codecs) counts once,
                # under its combined name ("cp1252+shift_jis"): the counts add up to the
                # documents written (review, session 40; counting it under each did not).
                # Clause codec_names_counted_once (session 45): a row written before clause
                # known_codec_names ("cp1252") is written and counted under the name users
                # know, as the other rows are.
                encoding = table.column("encoding")[0].as_py()
                if (known := known_name(encoding)) != encoding:
                    at = table.schema.get_field_index("encoding")
                    field = table.schema.field(at)
                    table = table.set_column(at, field, pa.array([known], field.type))
                    encoding = known
                encodings[encoding] = encodings.get(encoding, 0) + 1
                writer.write_table(table)
        stats = {"split": split, "shard": shard, "rows": len(records), "sha256": writer.sha256}
        stats["tokens"] = tokens
        stats["boilerplate_chars"] = boilerplate
        stats["control_chars"] = control  # clause control_chars_counted
        stats["encodings"] = encodings
        storage.write_bytes(part + ".json", json_bytes(stats))
        for _, path, _ in records:
            if path:
                storage.delete_tree(path)


class WriteDocumentShards(beam.PTransform):
    """Group the documents records by (split, shard); write each part in doc_id order."""

    def __init__(self, staging: str, inline_bytes: int = 64 << 10, keep_text: bool = False):
        super().__init__()
        self._staging = staging
        self._inline_bytes = inline_bytes
        self._keep_text = keep_text

    def expand(self, records):
        return (
            records
            | "SpillLargeRecords" >> SpillLargeRecords(self._staging, self._inline_bytes)
            | "GroupDocumentsByShard" >> beam.GroupByKey()
            | "WriteDocumentShards"
            >> beam.ParDo(_WriteDocumentShardFn(self._staging, self._keep_text))
        )


def rejected_path(root: str) -> str:
    return storage.join(root, REJECTED_DIR, REJECTED_FILE)


def _write_rejected(item, staging: str):
    _, records = item
    ordered = sorted(records, key=lambda r: (r.source, r.doc_id, r.stage, r.reason))
    for record in ordered:
        count_rejected(record)
    lines = [json.dumps(dataclasses.asdict(r), ensure_ascii=False) + "\n" for r in ordered]
    storage.write_bytes(rejected_path(staging), "".join(lines).encode())


class WriteRejected(beam.PTransform):
    """Every ``schemas.Rejected`` record into one JSONL file, in a stable order."""

    def __init__(self, staging: str):
        super().__init__()
        self._staging = staging

    def expand(self, rejected):
        return (
            rejected
            | "KeyRejected" >> beam.Map(lambda r: (None, r))
            | "GatherRejected" >> beam.GroupByKey()
            | "WriteRejected" >> beam.Map(_write_rejected, staging=self._staging)
        )


def input_count_path(staging: str) -> str:
    return storage.join(staging, COUNTS_DIR, "in.json")


def write_input_count(count: int, path: str) -> None:
    storage.write_bytes(path, json_bytes({"documents_in": count}))


def near_duplicates_path(staging: str) -> str:
    return storage.join(staging, COUNTS_DIR, "near_duplicates.json")


def write_json(value: dict, path: str) -> None:
    storage.write_bytes(path, json_bytes(value))


def codec_hints_path(staging: str) -> str:
    return storage.join(staging, COUNTS_DIR, "codec_hints.json")


def codec_hint_of(document) -> list[tuple[str, str]]:
    """Clause ``codec_hint_said_once``: (source, warning line) of a document read with
    a codec hint (``Document.codec_hint``, clause ``cp1252_letters_misplaced``)."""
    return [(document.source, document.codec_hint)] if document.codec_hint else []


# Review (session 42): the manifest names at most this many files' warnings (the first
# by source) and counts the rest (documents.codec_hint_files_more): a build of 100,000
# Mac Roman files wrote every line into manifest.json.
HINT_FILES = 1000


def write_codec_hints(found: list, path: str, total: int = 0) -> None:
    """Clause ``codec_hint_said_once``: the first ``HINT_FILES`` files' warnings, one
    per source, sorted, and how many more there were (``total``: all of them)."""
    files = dict(sorted(found))
    write_json({"files": files, "more": max(total - len(files), 0)}, path)
