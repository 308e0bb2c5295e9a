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
from dataclasses import dataclass

# What the manifest counts (schemas.counts, split out in session 45), named here for
# every reader as before.
from schemas.counts import (  # noqa: F401
    COUNTS,
    BucketTotals,
    DocumentCounts,
    NearDuplicateCounts,
    bucket_totals,
    near_duplicates_dict,
    rows_counts,
    table_counts,
)
from schemas.errors import UserError
from schemas.newer import (
    Unknown,
    extra_keys,
    known_fields,
    newer_version_line,
    note_unknown_fields,
)

# The shard format, its names kept here for every reader (schemas.shard_format).
from schemas.shard_format import (  # noqa: F401
    CHUNK_ARROW_SCHEMA,
    DOCUMENT_ARROW_SCHEMA,
    DOCUMENT_TEXT_ARROW_SCHEMA,
    EMPTY_SHARD,
    STREAM_BATCH_ROWS,
    bucket_glob,
    chunk_shard_name,
    document_arrow_schema,
    document_shard_name,
    read_arrow,
    rows_to_table,
    schema_with_features,
    shard_window,
    table_to_stream_bytes,
)

FORMAT = "longctx-dataset"
# 2: chunk shards are named w{window}-i-of-n.arrow, documents {split}-i-of-n.arrow.
# 3: every document ends with one scored EOS at every window length, long documents
#    too (their last window; before, only packed pieces had one): rule document_eos.
# Clause newer_format_refused (schemas.newer): raised only when an existing field or
# column changes meaning; an added one does not (readers ignore or pass it through).
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
    # Fields a newer longctx wrote, by dotted path (schemas.newer: newer_fields_ignored);
    # read, never written back by to_dict.
    unknown: dict = dataclasses.field(default_factory=dict, compare=False, repr=False)

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
                "codec_hints": d.codec_hints,
                "codec_hint_files": d.codec_hint_files,
                "codec_hint_files_more": d.codec_hint_files_more,
            },
            **(
                {"near_duplicates": near_duplicates_dict(self.near_duplicates)}
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
        """Parse a manifest; raises :class:`DatasetError` naming what is missing, or
        (clause ``newer_format_refused``) that a newer version changed its meaning.
        Fields this version does not know go to ``unknown`` (``newer_fields_ignored``)."""
        unknown: dict = Unknown()  # clause typo_not_newer: with the fields they look like
        try:
            if data["format"] != FORMAT:
                raise KeyError(f"format {data['format']!r}")
            # Clause manifest_shape_checked (review): a version that is no whole number
            # ("4", 4.0, true) is not ours: it was read as one (and `make dataset`
            # stopped on a traceback comparing "4" < 3).
            if type(data["version"]) is not int:
                raise TypeError(f"version {data['version']!r} is not a whole number")
            if data["version"] > VERSION:
                raise DatasetError(newer_version_line(MANIFEST, data["version"], VERSION))
            extra_keys(data, _MANIFEST_KEYS, "", unknown)
            docs = known_fields(DocumentCounts, data["documents"], "documents.", unknown, _IN)
            near = data.get("near_duplicates")
            return cls(
                format=data["format"],
                version=data["version"],
                config=data["config"],
                tokenizer=TokenizerInfo(
                    **known_fields(TokenizerInfo, data["tokenizer"], "tokenizer.", unknown)
                ),
                versions=data.get("versions", {}),
                documents=DocumentCounts(**docs),
                splits={
                    split: {
                        w: BucketTotals(**known_fields(BucketTotals, t, "splits.*.*.", unknown))
                        for w, t in buckets.items()
                    }
                    for split, buckets in data["splits"].items()
                },
                shards=tuple(
                    ShardEntry(**known_fields(ShardEntry, s, "shards[].", unknown))
                    for s in data["shards"]
                ),
                documents_shards=tuple(
                    DocumentShardEntry(
                        **known_fields(DocumentShardEntry, s, "documents_shards[].", unknown)
                    )
                    for s in data["documents_shards"]
                ),
                near_duplicates=None
                if near is None
                else NearDuplicateCounts(
                    **known_fields(NearDuplicateCounts, near, "near_duplicates.", unknown)
                ),
                inputs=data.get("inputs"),
                unknown=unknown,
            )
        except (KeyError, TypeError, AttributeError) as error:  # manifest_shape_checked
            raise DatasetError(
                f"{MANIFEST} is not a {FORMAT} manifest ({type(error).__name__}: {error}); "
                "rebuild the dataset with `longctx dataset`"
            ) from None


# Clause newer_fields_ignored: the keys of a manifest this version reads (the others
# are a newer version's, kept in Manifest.unknown); "in" is DocumentCounts.documents_in.
_MANIFEST_KEYS = (
    *("format", "version", "config", "tokenizer", "versions", "documents"),
    *("near_duplicates", "splits", "shards", "documents_shards", "inputs"),
)
_IN = {"in": "documents_in"}


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
    if not _is_remote(out_dir) and os.path.isfile(out_dir):
        # Clause dataset_path_is_a_file (session 30): `longctx inspect FILE` (or --data
        # FILE) said the dataset folder "does not exist" of a file that exists.
        raise DatasetError(
            f"{out_dir!r} is a file, not a dataset folder; pass the folder `longctx dataset` "
            "wrote (the one holding manifest.json)"
        )
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
    if not isinstance(data, dict):
        raise DatasetError(f"{path} is not a {FORMAT} manifest (not a JSON object); rebuild it")
    try:
        manifest = Manifest.from_dict(data)
    except DatasetError as error:  # newer_format_refused names the folder, not the file
        raise DatasetError(
            str(error).replace(f"{MANIFEST} was built", f"{out_dir} was built")
        ) from None
    note_unknown_fields(path, manifest.unknown)  # clause newer_fields_ignored
    return manifest


def unreadable_shard(path: str, error: Exception) -> DatasetError:
    """The error for a shard that is missing, cut short or garbled (the inspector,
    the trainer and the export say the same)."""
    why = "it is missing" if isinstance(error, FileNotFoundError) else str(error)
    return DatasetError(
        f"{path} is not a readable Arrow shard ({why}); `longctx inspect OUT --verify` "
        "checks the whole dataset; rebuild it with `longctx dataset`"
    )


def json_bytes(obj) -> bytes:
    """How every JSON file of the layout is written (indented, UTF-8, final newline)."""
    return (json.dumps(obj, indent=2, sort_keys=False, ensure_ascii=False) + "\n").encode("utf-8")
