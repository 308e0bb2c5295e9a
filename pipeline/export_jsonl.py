"""``longctx export OUT --format jsonl``: one JSON object per row, for trainers that
read JSON Lines (``datasets.load_dataset("json")``, axolotl and LLaMA-Factory
``ds_type: json``, pandas / polars ``read_ndjson``).

One file per shard, named like it (``train/w1024-00000-of-00002.jsonl``, plus
``.gz`` / ``.zst`` with ``--compression gzip`` / ``zstd``). A line holds the row's
columns in schema order with their stored values: ``input_ids``, ``labels`` (``-100``
where a token is context only), ``position_ids``, then ``doc_id``, ``window``, ...,
``pieces`` (a list of objects); a document row (``documents/``) likewise. Lines are
written with ``ensure_ascii=False`` (titles and texts in their own script; only
U+2028, U+2029 and U+0085 escaped: clause ``jsonl_line_separators``) and ``\\n`` only,
and gzip's header carries no time or name, so the same dataset exports to the same
bytes.

Clause ``jsonl_ints_exact``: every value is a JSON integer or string as stored (the
one float, ``documents/`` key-sentence ``score``, a float32, is written as the shortest
decimal of its exact double value, so it parses back equal); a reader that parses the
lines back gets exactly the shard's values (checked against the Arrow shards by
``tests/pipeline/test_export_jsonl.py``). Readers infer the types:
``load_dataset("json")`` gives int64 lists where the shards hold int32 (and takes
ISO-date strings for timestamps; README).
"""

from __future__ import annotations

import contextlib
import gzip
import json
import math
import os

import pyarrow as pa

from pipeline import storage

# --compression for jsonl -> the file suffix (after .jsonl).
SUFFIXES = {"none": "", "gzip": ".gz", "zstd": ".zst"}


def jsonl_path(shard_path: str, compression: str) -> str:
    """``train/w64-00000-of-00001.arrow`` -> ``train/w64-00000-of-00001.jsonl[.gz|.zst]``."""
    stem, _ = os.path.splitext(shard_path)
    return stem + ".jsonl" + SUFFIXES[compression]


@contextlib.contextmanager
def _sink(target: str, compression: str):
    """A binary file at ``target`` (local or remote) that compresses what is written."""
    with contextlib.ExitStack() as stack:
        if storage.is_remote(target):
            from apache_beam.io.filesystems import FileSystems

            raw = stack.enter_context(contextlib.closing(FileSystems.create(target)))
        else:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            raw = stack.enter_context(open(target, "wb"))
        if compression == "gzip":
            # filename="" and mtime=0: the same rows give the same bytes.
            yield stack.enter_context(gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0))
        elif compression == "zstd":
            import zstandard

            writer = zstandard.ZstdCompressor(level=3).stream_writer(raw, closefd=False)
            yield stack.enter_context(writer)
        else:
            yield raw  # written one slice (<= 64 rows) at a time


# Clause one_document_per_row: the piece fields a split row keeps (besides the tokens).
PIECE_FIELDS = ("doc_id", "chunk_index", "token_start", "token_end", "char_start", "char_end")


def one_document_per_row(row: dict) -> list[dict]:
    """Clause ``one_document_per_row``: a training row as one row per packed document
    (``pieces``), each with ``input_ids``, ``attention_mask`` (all ones), ``labels``
    and ``position_ids`` of its span, then ``window`` and the piece's fields: the
    format axolotl takes as pre-tokenized, whose all-ones mask cannot keep packed
    documents apart. Each piece's first label is already -100, so every scored token
    stays scored. A row that is not a training row (``documents/``) is kept whole."""
    if "pieces" not in row:
        return [row]
    out = []
    for piece in row["pieces"]:
        span = slice(piece["offset"], piece["offset"] + piece["length"])
        out.append(
            {
                "input_ids": row["input_ids"][span],
                "attention_mask": [1] * piece["length"],
                "labels": row["labels"][span],
                "position_ids": row["position_ids"][span],
                "window": row["window"],
            }
            | {name: piece[name] for name in PIECE_FIELDS}
        )
    return out


def _slices(batches, rows: int = 64):
    """The record batches cut into slices of at most ``rows`` rows: the JSON text of a
    slice is what is held at once (a 1000-row batch of 32k-token rows would be ~0.6 GB
    of text)."""
    for batch in batches:
        for start in range(0, batch.num_rows, rows):
            yield batch.slice(start, rows)


class NonFiniteValue(ValueError):
    """A NaN or infinite float in a row (clause ``jsonl_no_nan``)."""

    def __init__(self, row: int, column: str, value: float, doc_id):
        self.row, self.column, self.value, self.doc_id = row, column, value, doc_id
        super().__init__(f"row {row} (doc {doc_id}): {column} is {value}")


def _non_finite(value, path: str) -> tuple[str, float] | None:
    """The first NaN / infinite float in ``value`` as (its column path, the float)."""
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if isinstance(value, (dict, list)):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            found = _non_finite(item, f"{path}.{key}" if isinstance(key, str) else f"{path}[{key}]")
            if found:
                return found
    return None


def _has_float(arrow_type: pa.DataType) -> bool:
    if pa.types.is_floating(arrow_type):
        return True
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return _has_float(arrow_type.value_type)
    if pa.types.is_struct(arrow_type):
        return any(_has_float(arrow_type.field(i).type) for i in range(arrow_type.num_fields))
    return False


def check_finite(batch: pa.RecordBatch, first_row: int) -> None:
    """Clause parquet_no_nan: the Parquet export refuses a NaN or infinite float as the
    JSON export does (:class:`NonFiniteValue`, ``first_row``: the batch's first row in
    its shard), where it kept it silently: a build writes none, so one is a damaged
    dataset in either format. Only the columns with a float in them are read."""
    for name in batch.schema.names:
        if not _has_float(batch.schema.field(name).type):
            continue
        for i, value in enumerate(batch.column(name).to_pylist()):
            found = _non_finite(value, name)
            if found:
                doc_ids = batch.column("doc_id") if "doc_id" in batch.schema.names else None
                doc_id = doc_ids[i].as_py() if doc_ids is not None else None
                raise NonFiniteValue(first_row + i, found[0], found[1], doc_id)


# Line breaks of str.splitlines() that json.dumps leaves unescaped (the others are
# control characters, which it escapes): clause jsonl_line_separators.
_LINE_BREAKS = ("\u2028", "\u2029", "\x85")


def _line(row: dict, at: int) -> str:
    """Clause ``jsonl_no_nan``: JSON has no NaN or Infinity (``json.dumps`` would write
    the bare ``NaN`` that pyarrow's JSON reader, so ``load_dataset("json")``, rejects,
    and a ``null`` would change the value), and the build writes none (key-sentence
    scores are PageRank shares, finite); such a float is a damaged or hand-edited
    dataset, reported with its row and column (:class:`NonFiniteValue`)."""
    try:
        line = json.dumps(row, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:
        found = _non_finite(row, "")
        if found is None:
            raise
        column, value = found
        raise NonFiniteValue(at, column.lstrip("."), value, row.get("doc_id")) from None
    # Clause jsonl_line_separators: json.dumps(ensure_ascii=False) writes U+2028, U+2029
    # and U+0085 as they are; they are legal in a JSON string, but Python's
    # str.splitlines() (and JavaScript before ES2019) end a line there, so one row of a
    # --keep-text document holding one was read as two broken lines. Escaped, every
    # JSON reader gives back the same characters and no reader splits the row.
    for char in _LINE_BREAKS:
        if char in line:
            line = line.replace(char, f"\\u{ord(char):04x}")
    return line


def write_jsonl(batches, target: str, compression: str, split: bool = False) -> tuple[int, int]:
    """Write the rows of the record ``batches`` to ``target`` as JSON Lines (with
    ``split``, one line per packed document: :func:`one_document_per_row`); returns
    (rows read, lines written). A NaN or infinite float raises :class:`NonFiniteValue`
    (its row: the index in ``batches``)."""
    rows = written = 0
    with _sink(target, compression) as sink:
        for batch in _slices(batches):
            records = batch.to_pylist()
            lines = []
            for i, row in enumerate(records):
                parts = one_document_per_row(row) if split else [row]
                lines += [_line(part, rows + i) for part in parts]
            if lines:
                sink.write(("\n".join(lines) + "\n").encode("utf-8"))
            rows += batch.num_rows
            written += len(lines)
    return rows, written
