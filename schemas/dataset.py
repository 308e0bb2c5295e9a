"""The on-disk layout of a built dataset, declared once for its writer and readers.

    OUT/manifest.json                  :class:`Manifest` (config, counts, shard list, hashes)
    OUT/{train,validation}/w{W}-{i}-of-{n}.arrow  chunk rows of window W (``records.CHUNK_SCHEMA``)
    OUT/{train,validation}/state.json, dataset_info.json   as ``Dataset.save_to_disk``
    OUT/dataset_dict.json              the split names, for ``datasets.load_from_disk``
    OUT/documents/{split}-{i}-of-{n}.arrow  one ``records.DOCUMENT_SCHEMA`` row per document
    OUT/rejected/rejected.jsonl        one ``records.Rejected`` per line
    OUT/lengths.png                    document and row length histograms
    OUT/_COMPLETE                      written last: the build finished

The builder (``pipeline.finish``) writes it, the inspector and verifier
(``pipeline.inspection``, ``pipeline.verify``) and the trainer (``training.data``)
read it, all through this module: the names, the typed manifest, one
:func:`load_manifest`, one Arrow reader and one definition of the per-bucket totals.

Shards are Arrow IPC *stream* files (what ``datasets`` memory-maps and
``Dataset.from_file`` reads) whose schema carries the ``huggingface`` features
metadata, so ``datasets`` gives back exactly the declared types. A chunk shard's
name starts with its window (``i`` and ``n`` count within the bucket), so one glob
is one bucket for stock loaders, ``load_dataset("arrow", data_files=
{"train": "OUT/train/w1024-*.arrow"})``, while ``state.json`` lists every shard of
the split for ``load_from_disk(OUT)``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from schemas.errors import UserError
from schemas.hf_features import features_of
from schemas.records import CHUNK_SCHEMA, DOCUMENT_SCHEMA, document_schema

FORMAT = "longctx-dataset"
# 2: chunk shards are named w{window}-i-of-n.arrow, documents {split}-i-of-n.arrow.
# 3: every document ends with one scored EOS at every window length, long documents
#    too (their last window; before, only packed pieces had one): rule document_eos.
VERSION = 3
MANIFEST = "manifest.json"
COMPLETE_MARKER = "_COMPLETE"
DOCUMENTS = "documents"
REJECTED_DIR = "rejected"
REJECTED_FILE = "rejected.jsonl"
DATASET_DICT = "dataset_dict.json"
STATE = "state.json"
DATASET_INFO = "dataset_info.json"
LENGTH_PLOT = "lengths.png"
# Build-time folder of a split's shards before they get their final names.
PARTS = "_parts"
# What every chunk shard entry and bucket counts; padding is window * rows - tokens.
COUNTS = ("rows", "tokens", "scored_tokens", "padding_tokens")


class DatasetError(UserError):
    """The data folder is not a complete longctx dataset, or lacks a needed bucket."""


# --------------------------------------------------------------------------
# The manifest
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class ShardEntry:
    """One chunk shard: ``window`` is None only for the empty placeholder of an empty split."""

    path: str  # relative to OUT
    split: str
    window: int | None
    rows: int
    tokens: int
    scored_tokens: int
    padding_tokens: int
    sha256: str


@dataclass(frozen=True)
class DocumentShardEntry:
    path: str
    rows: int
    sha256: str


@dataclass(frozen=True)
class BucketTotals:
    """One (split, window): the sums of its shards' :data:`COUNTS`."""

    rows: int
    tokens: int
    scored_tokens: int
    padding_tokens: int
    padding_fraction: float  # padding / (tokens + padding), 6 decimals


@dataclass(frozen=True)
class DocumentCounts:
    """Documents in = written + rejected; ``by_split`` sums to ``written``."""

    documents_in: int  # "in" in the JSON
    written: int
    rejected: int
    by_split: dict[str, int]
    rejected_by_stage: dict[str, int]
    # Characters transforms.boilerplate cut from the written documents (per
    # document: the documents output's boilerplate_chars); 0 in older manifests.
    boilerplate_chars: int = 0
    # Clause control_chars_counted: control characters transforms.normalize removed
    # from the written documents (per document: control_chars); 0 in older manifests.
    control_chars: int = 0
    # Written documents per codec their bytes were decoded with (transforms.read,
    # ``--encoding``), e.g. {"utf-8": 120, "gb18030": 3}; {} in older manifests.
    encodings: dict[str, int] = dataclasses.field(default_factory=dict)
    # Archive members that are no documents (transforms.archives: hidden and OS files,
    # links, devices), by kind, e.g. {"hidden": 3, "link": 1}; not in "in" (they are
    # neither written nor rejected); {} in older manifests and without archives.
    archive_skipped: dict[str, int] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class NearDuplicateCounts:
    """Near-duplicate clusters (``transforms.near_duplicates``); a cluster is in one
    split, and with ``dedup`` all but one of its documents are rejected."""

    enabled: bool
    threshold: float
    ngram: int
    num_perm: int
    bands: int
    rows: int
    clusters: int
    documents_in_clusters: int
    largest_cluster: int
    dedup: bool
    rejected: int
    # The cluster put in validation by the at-least-one-validation rule
    # (``transforms.split.fallback_validation_key``); "" when the hash put one there.
    validation_fallback: str = ""
    # The key put in train by the at-least-one-train rule (``transforms.split.
    # fallback_train_key``: every hash fell under the fraction, e.g. one book);
    # "" when the hash put one there.
    train_fallback: str = ""


def _near_duplicates_dict(near: NearDuplicateCounts) -> dict:
    """``validation_fallback`` and ``train_fallback`` only when their rule was used:
    manifests of builds without them stay as they were."""
    out = vars(near).copy()
    for name in ("validation_fallback", "train_fallback"):
        if not out[name]:
            del out[name]
    return out


@dataclass(frozen=True)
class TokenizerInfo:
    path: str
    sha256: str  # of the tokenizer.json file
    vocab_size: int
    eos_id: int
    # sha256 of the id -> token table (:func:`vocab_sha256`): the same
    # vocabulary saved differently still matches. "" in manifests of older builds.
    vocab_sha256: str = ""


def vocab_sha256(tokenizer) -> str:
    """sha256 of a ``tokenizers.Tokenizer``'s id -> token table (added tokens included):
    what must agree between the tokenizer a dataset was built with and a model's."""
    table = sorted(tokenizer.get_vocab(with_added_tokens=True).items(), key=lambda kv: kv[1])
    return hashlib.sha256("\n".join(f"{i}\t{t}" for t, i in table).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Manifest:
    """``OUT/manifest.json``. ``config`` is the resolved build config as a dict (its
    types live with the stages); ``config["windows"]`` lists the window lengths."""

    config: dict
    tokenizer: TokenizerInfo
    versions: dict
    documents: DocumentCounts
    splits: dict[str, dict[str, BucketTotals]]  # split -> str(window) -> totals
    shards: tuple[ShardEntry, ...]
    documents_shards: tuple[DocumentShardEntry, ...]
    near_duplicates: NearDuplicateCounts | None = None  # None: built before they existed
    # The input files as the build found them (pipeline.existing.input_fingerprint):
    # files, bytes, sha256 (paths, sizes, modification times), content_sha256 (paths,
    # sizes, contents; since session 14); None: built before it was recorded.
    inputs: dict | None = None
    format: str = FORMAT
    version: int = VERSION

    def bucket_shards(self, split: str, window: int) -> list[ShardEntry]:
        """The shard entries of one split and window, in manifest order."""
        return [s for s in self.shards if s.split == split and s.window == window]

    def windows_with_rows(self, split: str) -> list[int]:
        return sorted({s.window for s in self.shards if s.split == split and s.rows})

    def to_dict(self) -> dict:
        """The JSON object, keys in the order the builder has always written them."""
        d = self.documents
        return {
            "format": self.format,
            "version": self.version,
            "config": self.config,
            "tokenizer": vars(self.tokenizer).copy(),
            "versions": self.versions,
            "documents": {
                "in": d.documents_in,
                "written": d.written,
                "rejected": d.rejected,
                "by_split": d.by_split,
                "rejected_by_stage": d.rejected_by_stage,
                "boilerplate_chars": d.boilerplate_chars,
                "control_chars": d.control_chars,
                "encodings": d.encodings,
                "archive_skipped": d.archive_skipped,
            },
            **(
                {"near_duplicates": _near_duplicates_dict(self.near_duplicates)}
                if self.near_duplicates is not None
                else {}
            ),
            "splits": {
                split: {w: vars(t).copy() for w, t in buckets.items()}
                for split, buckets in self.splits.items()
            },
            "shards": [vars(s).copy() for s in self.shards],
            "documents_shards": [vars(s).copy() for s in self.documents_shards],
            **({"inputs": self.inputs} if self.inputs is not None else {}),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Manifest:
        """Parse a manifest; raises :class:`DatasetError` naming what is missing."""
        try:
            docs = data["documents"]
            return cls(
                format=data["format"],
                version=data["version"],
                config=data["config"],
                tokenizer=TokenizerInfo(**data["tokenizer"]),
                versions=data.get("versions", {}),
                documents=DocumentCounts(
                    documents_in=docs["in"],
                    written=docs["written"],
                    rejected=docs["rejected"],
                    by_split=docs["by_split"],
                    rejected_by_stage=docs["rejected_by_stage"],
                    boilerplate_chars=docs.get("boilerplate_chars", 0),
                    control_chars=docs.get("control_chars", 0),
                    encodings=docs.get("encodings", {}),
                    archive_skipped=docs.get("archive_skipped", {}),
                ),
                splits={
                    split: {w: BucketTotals(**t) for w, t in buckets.items()}
                    for split, buckets in data["splits"].items()
                },
                shards=tuple(ShardEntry(**s) for s in data["shards"]),
                documents_shards=tuple(DocumentShardEntry(**s) for s in data["documents_shards"]),
                near_duplicates=NearDuplicateCounts(**data["near_duplicates"])
                if "near_duplicates" in data
                else None,
                inputs=data.get("inputs"),
            )
        except (KeyError, TypeError) as error:
            raise DatasetError(
                f"{MANIFEST} is not a {FORMAT} manifest ({type(error).__name__}: {error}); "
                "rebuild the dataset with `longctx dataset`"
            ) from None


def _is_remote(path: str) -> bool:
    return "://" in path


def _join(out_dir: str, name: str) -> str:
    return f"{out_dir.rstrip('/')}/{name}" if _is_remote(out_dir) else os.path.join(out_dir, name)


def _exists(path: str) -> bool:
    if _is_remote(path):
        from apache_beam.io.filesystems import FileSystems

        return FileSystems.exists(path)
    return os.path.exists(path)


def _read_bytes(path: str) -> bytes:
    if _is_remote(path):
        from apache_beam.io.filesystems import FileSystems

        with FileSystems.open(path) as handle:
            return handle.read()
    with open(path, "rb") as handle:
        return handle.read()


def is_complete(out_dir: str) -> bool:
    return _exists(_join(out_dir, COMPLETE_MARKER))


def load_manifest(out_dir: str, *, require_complete: bool = True) -> Manifest:
    """The manifest of the dataset at ``out_dir`` (local or any Beam filesystem).

    ``require_complete``: refuse a dataset without ``_COMPLETE`` (training must;
    the inspector and verifier look at unfinished ones too). Raises
    :class:`DatasetError` with what to do when the folder, the marker or the
    manifest is missing or the manifest is not one this version reads.
    """
    if not _is_remote(out_dir) and not os.path.isdir(out_dir):
        raise DatasetError(
            f"dataset folder {out_dir!r} does not exist; build it with `longctx dataset`"
        )
    if require_complete and not is_complete(out_dir):
        raise DatasetError(
            f"{out_dir!r} has no {COMPLETE_MARKER} marker: the dataset build did not finish "
            "(or this is not a longctx dataset); rebuild it with `longctx dataset`"
        )
    path = _join(out_dir, MANIFEST)
    if not _exists(path):
        raise DatasetError(f"{out_dir}: no {MANIFEST}; not a finished longctx dataset")
    try:
        data = json.loads(_read_bytes(path))
    except ValueError as error:
        raise DatasetError(f"{path} is not valid JSON ({error}); rebuild the dataset") from None
    return Manifest.from_dict(data)


# --------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------
def rows_counts(rows: list[dict], window: int) -> dict[str, int]:
    """The :data:`COUNTS` of chunk rows (dicts) of one window."""
    tokens = sum(int(r["length"]) for r in rows)
    return {
        "rows": len(rows),
        "tokens": tokens,
        "scored_tokens": sum(int(r["num_scored"]) for r in rows),
        "padding_tokens": window * len(rows) - tokens,
    }


def table_counts(table: pa.Table, window: int) -> dict[str, int]:
    """The :data:`COUNTS` of a chunk table of one window (what a reader finds)."""
    tokens = int(table.column("length").to_numpy().sum()) if table.num_rows else 0
    scored = int(table.column("num_scored").to_numpy().sum()) if table.num_rows else 0
    return {
        "rows": table.num_rows,
        "tokens": tokens,
        "scored_tokens": scored,
        "padding_tokens": window * table.num_rows - tokens,
    }


def bucket_totals(shards: Iterable[tuple[int | None, dict]]) -> dict[str, BucketTotals]:
    """Per window (as a string, ascending): the sums of ``(window, counts)`` of shards.

    Shards without a window (the empty placeholder of an empty split) are skipped.
    """
    sums: dict[int, dict[str, int]] = {}
    for window, counts in shards:
        if window is None:
            continue
        bucket = sums.setdefault(int(window), dict.fromkeys(COUNTS, 0))
        for key in COUNTS:
            bucket[key] += int(counts[key])
    totals = {}
    for window in sorted(sums):
        b = sums[window]
        capacity = b["tokens"] + b["padding_tokens"]
        fraction = round(b["padding_tokens"] / capacity, 6) if capacity else 0.0
        totals[str(window)] = BucketTotals(**b, padding_fraction=fraction)
    return totals


# --------------------------------------------------------------------------
# Shard format
# --------------------------------------------------------------------------
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


def unreadable_shard(path: str, error: Exception) -> DatasetError:
    """The error for a shard that is missing, cut short or garbled (the inspector,
    the trainer and the export say the same)."""
    why = "it is missing" if isinstance(error, FileNotFoundError) else str(error)
    return DatasetError(
        f"{path} is not a readable Arrow shard ({why}); `longctx inspect OUT --verify` "
        "checks the whole dataset; rebuild it with `longctx dataset`"
    )


def read_arrow(data: bytes) -> pa.Table:
    """An Arrow IPC stream (a shard, or a batch passed between build stages) as a table."""
    with pa.ipc.open_stream(pa.BufferReader(data)) as reader:
        return reader.read_all()


def json_bytes(obj) -> bytes:
    """How every JSON file of the layout is written (indented, UTF-8, final newline)."""
    return (json.dumps(obj, indent=2, sort_keys=False, ensure_ascii=False) + "\n").encode("utf-8")
