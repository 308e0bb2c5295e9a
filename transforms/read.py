"""Read long documents from JSONL, Parquet or text files into ``schemas.Document``.

Formats are chosen by file name: ``.jsonl`` / ``.json`` / ``.ndjson`` (one JSON
object per line), ``.parquet``, and anything else is one plain-text document per
file. ``.gz`` and ``.zst`` (and the other codecs Beam knows) are decompressed on
the fly. Paths go through Beam's ``FileSystems``, so ``gs://``, ``s3://`` and the
rest work wherever the matching Beam extra is installed.

Document ids are stable: the record's id field when it has one, else the file's
path relative to the input pattern's base, plus ``:LINE`` (JSONL, 1-based) or
``:ROW`` (Parquet, 0-based). An input that cannot be read (malformed JSON,
invalid UTF-8, missing text field, unreadable file) becomes a ``schemas.Rejected``
record with stage ``read``, never an exception that kills the job.

Cost: one streaming pass over each file; a file is read by one worker.
"""

from __future__ import annotations

import glob as _glob
import json
import os
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from schemas import Document, Rejected
from schemas.errors import UserError
from transforms.beam_utils import MAIN, NAMESPACE, REJECTED

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
_COMPRESSION_SUFFIXES = (".gz", ".gzip", ".zst", ".zstd", ".bz2", ".xz", ".lzma", ".deflate")
_GLOB_CHARS = "*?["


@dataclass(frozen=True)
class ReadConfig:
    """How records are turned into documents."""

    text_field: str = "text"
    id_field: str | None = "id"  # None: ids always from path + line/row

    def __post_init__(self):
        if not self.text_field:
            raise ValueError("text_field must name the JSON/Parquet field holding the text")


@dataclass(frozen=True)
class InputFile:
    path: str  # full path as the filesystem knows it
    relative: str  # path relative to the pattern's base: the stable part of ids
    size: int = 0  # bytes on storage (compressed), steers the shard count


def _base_of(pattern: str) -> str:
    """The directory part of a pattern before its first glob character."""
    cut = min((pattern.find(c) for c in _GLOB_CHARS if c in pattern), default=-1)
    head = pattern if cut < 0 else pattern[:cut]
    return head if head.endswith("/") else posixpath.dirname(head)


def expand_inputs(patterns: list[str]) -> list[InputFile]:
    """Expand globs and folders into a sorted, de-duplicated list of files.

    A pattern naming a folder means every file under it (recursively, hidden files
    and ``_``-prefixed markers skipped). Raises ``UserError`` when a pattern matches
    nothing, so a typo is an error and not an empty dataset.
    """
    files: dict[str, InputFile] = {}
    for pattern in patterns:
        if "://" not in pattern and os.path.isdir(pattern):
            base = pattern.rstrip("/")
            found = [
                (p, os.path.getsize(p))
                for p in _glob.glob(os.path.join(base, "**", "*"), recursive=True)
                if os.path.isfile(p)
            ]
        else:
            base = _base_of(pattern).rstrip("/")
            found = [
                (m.path, m.size_in_bytes)
                for r in FileSystems.match([pattern])
                for m in r.metadata_list
            ]
        for path, size in found:
            name = posixpath.basename(path)
            if name.startswith((".", "_")):
                continue
            relative = path[len(base) :].lstrip("/") if base and path.startswith(base) else name
            files.setdefault(path, InputFile(path=path, relative=relative, size=size))
        if not found:
            raise UserError(f"input pattern {pattern!r} matched no files: check the path or glob")
    return sorted(files.values(), key=lambda f: f.path)


def _strip_compression(name: str) -> str:
    lower = name.lower()
    for suffix in _COMPRESSION_SUFFIXES:
        if lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


def file_format(path: str) -> str:
    name = _strip_compression(posixpath.basename(path))
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    return "text"


def _open(path: str):
    lower = path.lower()
    if lower.endswith((".zst", ".zstd")):
        # Beam's AUTO detection does not map .zstd; name the codec explicitly.
        return FileSystems.open(path, compression_type=CompressionTypes.ZSTD)
    return FileSystems.open(path, compression_type=CompressionTypes.AUTO)


def _reject(doc_id: str, source: str, reason: str, error: str) -> Rejected:
    return Rejected(doc_id=doc_id, source=source, stage="read", reason=reason, error=error)


def _decode(data: bytes, doc_id: str, source: str) -> str | Rejected:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        return _reject(
            doc_id,
            source,
            "invalid_utf8",
            f"bytes {e.start}-{e.end} are not valid UTF-8 ({e.reason}); "
            "re-encode the input as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)",
        )


def _record_to_document(record, doc_id_default: str, source: str, config: ReadConfig):
    if not isinstance(record, dict):
        return _reject(
            doc_id_default,
            source,
            "not_an_object",
            f"expected a JSON object with a {config.text_field!r} field, got {type(record).__name__}",
        )
    text = record.get(config.text_field)
    if not isinstance(text, str):
        found = ", ".join(sorted(map(str, record))[:10])
        return _reject(
            doc_id_default,
            source,
            "missing_text_field",
            f"field {config.text_field!r} is missing or not a string (fields: {found}); "
            "pass --text-field to name the text field",
        )
    doc_id = doc_id_default
    if config.id_field and record.get(config.id_field) not in (None, ""):
        doc_id = str(record[config.id_field])
    return Document(doc_id=doc_id, source=source, text=text)


def _read_jsonl(file: InputFile, config: ReadConfig) -> Iterator[Document | Rejected]:
    with _open(file.path) as handle:
        for line_number, raw in enumerate(iter(handle.readline, b""), start=1):
            if not raw.strip():
                continue
            doc_id = f"{file.relative}:{line_number}"
            source = f"{file.path}:{line_number}"
            line = _decode(raw, doc_id, source)
            if isinstance(line, Rejected):
                yield line
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                yield _reject(
                    doc_id,
                    source,
                    "invalid_json",
                    f"line is not valid JSON: {e.msg} at column {e.colno}",
                )
                continue
            yield _record_to_document(record, doc_id, source, config)


def _read_parquet(file: InputFile, config: ReadConfig) -> Iterator[Document | Rejected]:
    import pyarrow.parquet as pq

    with FileSystems.open(file.path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        parquet = pq.ParquetFile(handle)
        columns = [config.text_field]
        if config.id_field and config.id_field in parquet.schema_arrow.names:
            columns.append(config.id_field)
        if config.text_field not in parquet.schema_arrow.names:
            yield _reject(
                file.relative,
                file.path,
                "missing_text_field",
                f"Parquet file has no column {config.text_field!r} "
                f"(columns: {', '.join(parquet.schema_arrow.names)}); pass --text-field",
            )
            return
        row = 0
        for batch in parquet.iter_batches(columns=columns, batch_size=256):
            for record in batch.to_pylist():
                yield _record_to_document(
                    record, f"{file.relative}:{row}", f"{file.path}:{row}", config
                )
                row += 1


def _read_text(file: InputFile) -> Iterator[Document | Rejected]:
    with _open(file.path) as handle:
        data = handle.read()
    text = _decode(data, file.relative, file.path)
    if isinstance(text, Rejected):
        yield text
    else:
        yield Document(doc_id=file.relative, source=file.path, text=text)


def read_file(file: InputFile, config: ReadConfig = ReadConfig()) -> Iterator[Document | Rejected]:
    """Yield one ``Document`` or ``Rejected`` per record in ``file``."""
    fmt = file_format(file.path)
    try:
        if fmt == "jsonl":
            yield from _read_jsonl(file, config)
        elif fmt == "parquet":
            yield from _read_parquet(file, config)
        else:
            yield from _read_text(file)
    except Exception as e:  # noqa: BLE001 - an unreadable file is one rejected input
        yield _reject(
            file.relative,
            file.path,
            "unreadable_file",
            f"could not read {fmt} file: {type(e).__name__}: {e}",
        )


# ------------------------------------------------------------------ Beam wrapper
class _ReadFileFn(beam.DoFn):
    def __init__(self, config: ReadConfig):
        self._config = config
        self._read = Metrics.counter(NAMESPACE, "read_ok")
        self._rejected = Metrics.counter(NAMESPACE, "read_rejected")

    def process(self, file: InputFile):
        for item in read_file(file, self._config):
            if isinstance(item, Rejected):
                self._rejected.inc()
                yield beam.pvalue.TaggedOutput(REJECTED, item)
            else:
                self._read.inc()
                yield item


class ReadDocuments(beam.PTransform):
    """Files -> ``main``: Document, ``rejected``: Rejected.

    The file list is expanded when the pipeline is built (so ids and output are
    deterministic), then reshuffled so files spread over workers.
    """

    def __init__(self, files: list[InputFile], config: ReadConfig = ReadConfig()):
        super().__init__()
        self._files = files
        self._config = config

    def expand(self, pbegin):
        return (
            pbegin
            | "ListFiles" >> beam.Create(self._files)
            | "SpreadFiles" >> beam.Reshuffle()
            | "ParseRecords"
            >> beam.ParDo(_ReadFileFn(self._config)).with_outputs(REJECTED, main=MAIN)
        )
