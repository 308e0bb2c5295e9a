"""The dataset build: Beam wiring, the entry point, and the finishing step.

    read -> reject duplicate ids -> normalize -> assign split -> structure
         -> tokenize -> chunk at every window -> group by shard -> write Arrow
    rejected records of every stage -> OUT/rejected/rejected.jsonl

Everything is written under a staging folder next to ``OUT``; after the pipeline
finishes, the driver names the shards, writes ``state.json`` / ``dataset_info.json``
per split, the manifest and ``_COMPLETE`` (last), then moves the folder into
place. A killed build therefore never leaves an ``OUT`` that looks complete.

``run(argv)`` is a standard Beam entry point: our flags are parsed with
``parse_known_args`` and the rest go to ``PipelineOptions``, so the same call runs
on the DirectRunner, Dataflow or any other runner.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import platform
import sys
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

import schemas
from pipeline import shards, storage
from pipeline.heap import bound_heap_retention, bound_heap_retention_in_children
from schemas import Rejected
from transforms.beam_utils import MAIN, NAMESPACE, REJECTED, make_rejected
from transforms.chunking import ChunkConfig, chunk_document, pack_pieces
from transforms.near_duplicates import SUMMARY, AssignSplits, NearDuplicateConfig
from transforms.normalize import NormalizeDocuments
from transforms.read import InputFile, ReadConfig, ReadDocuments, expand_inputs
from transforms.split import stable_bucket
from transforms.structure import AnalyzeStructure, StructureConfig, document_record
from transforms.tokenize import eos_token_id, load_tokenizer, tokenize_documents

LOG = logging.getLogger("longctx.dataset")
COMPLETE_MARKER = "_COMPLETE"
DOCUMENTS = "documents"
PARTS = "_parts"
TARGET_SHARD_INPUT_BYTES = 64 << 20


@dataclass(frozen=True)
class DatasetConfig:
    """Resolved configuration of one dataset build (saved in the manifest)."""

    inputs: tuple[str, ...]
    output: str
    tokenizer: str
    validation_fraction: float = 0.05
    shards_per_bucket: int = 0  # 0: from the input size, about one shard per 64 MB of input
    overwrite: bool = False
    read: ReadConfig = field(default_factory=ReadConfig)
    structure: StructureConfig = field(default_factory=StructureConfig)
    chunk: ChunkConfig = field(default_factory=ChunkConfig)
    near_duplicates: NearDuplicateConfig = field(default_factory=NearDuplicateConfig)

    def __post_init__(self):
        if not self.inputs:
            raise ValueError("no input: pass --input GLOB (JSONL, Parquet or a folder of .txt)")
        if not 0.0 <= self.validation_fraction < 1.0:
            raise ValueError(
                f"--validation-fraction must be in [0, 1), got {self.validation_fraction}"
            )
        if self.shards_per_bucket < 0:
            raise ValueError("--shards-per-bucket must be >= 0 (0 = automatic)")


# ------------------------------------------------------------------ DoFns
def _first_of_duplicates(item) -> Iterable:
    doc_id, docs = item
    ordered = sorted(docs, key=lambda d: d.source)
    yield ordered[0]
    for dup in ordered[1:]:
        yield beam.pvalue.TaggedOutput(
            REJECTED,
            Rejected(
                doc_id=doc_id,
                source=dup.source,
                stage="read",
                reason="duplicate_id",
                error=f"id {doc_id!r} already used by {ordered[0].source}; ids must be unique "
                "(pass --id-field to choose another field, or fix the data)",
            ),
        )


class RejectDuplicateIds(beam.PTransform):
    """Keep the first document (by source) of each id; reject the others."""

    def expand(self, docs):
        return (
            docs
            | "KeyById" >> beam.Map(lambda d: (d.doc_id, d))
            | "GroupById" >> beam.GroupByKey()
            | "KeepFirst" >> beam.FlatMap(_first_of_duplicates).with_outputs(REJECTED, main=MAIN)
        )


class _TokenizeBatchFn(beam.DoFn):
    def __init__(self, tokenizer_path: str):
        self._path = tokenizer_path
        self._ok = Metrics.counter(NAMESPACE, "tokenize_ok")
        self._rejected = Metrics.counter(NAMESPACE, "tokenize_rejected")

    def setup(self):
        bound_heap_retention()  # per-document buffers go back to the OS (pipeline.heap)
        self._tokenizer = load_tokenizer(self._path)

    def process(self, batch):
        for doc, result in zip(batch, tokenize_documents(batch, self._tokenizer), strict=True):
            if isinstance(result, Exception):
                self._rejected.inc()
                yield beam.pvalue.TaggedOutput(REJECTED, make_rejected(doc, "tokenize", result))
            else:
                self._ok.inc()
                yield result


class TokenizeDocuments(beam.PTransform):
    """StructuredDocument -> TokenizedDocument, batched so the Rust tokenizer
    encodes several documents in parallel."""

    def __init__(self, tokenizer_path: str):
        super().__init__()
        self._path = tokenizer_path

    def expand(self, docs):
        return (
            docs
            | "Batch" >> beam.BatchElements(min_batch_size=1, max_batch_size=16)
            | "Encode" >> beam.ParDo(_TokenizeBatchFn(self._path)).with_outputs(REJECTED, main=MAIN)
        )


def chunk_all_windows(doc: schemas.TokenizedDocument, chunk: ChunkConfig):
    """Rows and pending pieces of one document at every window, and its documents record.

    All windows are computed before anything is emitted, so a document either
    contributes everything or is rejected as a whole.
    """
    per_window = {window: chunk_document(doc, window, chunk) for window in chunk.windows}
    record = document_record(
        schemas.StructuredDocument(doc.doc_id, doc.source, doc.split, doc.text, doc.structure),
        num_tokens=int(doc.token_ids.size),
    )
    return per_window, record


def _rows_stats(rows: list[dict], window: int) -> dict:
    """The _COUNTS of some rows of one window."""
    tokens = sum(int(r["length"]) for r in rows)
    return {
        "rows": len(rows),
        "tokens": tokens,
        "scored_tokens": sum(int(r["num_scored"]) for r in rows),
        "padding_tokens": window * len(rows) - tokens,
    }


class _ChunkFn(beam.DoFn):
    """Chunk one document at every window.

    A document's full rows leave as one Arrow batch, not row by row: big ones
    (over ``inline_bytes``) are written to a part file under the staging folder
    and only a reference travels through the shuffle, so the shuffle (held in
    memory by the local runner) carries references and short pieces, not the
    corpus. Part files have deterministic names and content, so a retried bundle
    rewrites them identically.
    """

    def __init__(self, staging: str, chunk: ChunkConfig, shards_per_bucket: int, inline_bytes: int):
        self._staging = staging
        self._chunk = chunk
        self._shards = shards_per_bucket
        self._inline_bytes = inline_bytes
        self._ok = Metrics.counter(NAMESPACE, "chunk_ok")
        self._rejected = Metrics.counter(NAMESPACE, "chunk_rejected")

    def setup(self):
        bound_heap_retention()

    def process(self, doc: schemas.TokenizedDocument):
        try:
            per_window, record = chunk_all_windows(doc, self._chunk)
        except Exception as error:  # noqa: BLE001 - recorded in the rejected output
            self._rejected.inc()
            yield beam.pvalue.TaggedOutput(REJECTED, make_rejected(doc, "chunk", error))
            return
        self._ok.inc()
        shard = stable_bucket(doc.doc_id, self._shards)
        name = shards.sha256_hex(doc.doc_id.encode())[:24]
        for window, (rows, pieces) in per_window.items():
            key = (doc.split, window, shard)
            if rows:
                data = shards.table_to_stream_bytes(shards.rows_to_table(rows, _CHUNK_SCHEMA))
                path = None
                if len(data) > self._inline_bytes:
                    path = storage.join(
                        self._staging, "_rows", doc.split, f"w{window}", f"{name}.arrow"
                    )
                    storage.write_bytes(path, data)
                    data = None
                yield key, ("rows", (doc.doc_id, _rows_stats(rows, window), path, data))
            for piece in pieces:
                yield key, ("piece", piece)
        # One-row Arrow batch: far smaller in the shuffle than nested Python dicts of spans.
        record_bytes = shards.table_to_stream_bytes(
            shards.rows_to_table([record], _DOCUMENT_SCHEMA)
        )
        yield beam.pvalue.TaggedOutput(DOCUMENTS, ((doc.split, shard), (doc.doc_id, record_bytes)))


class ChunkSlidingWindows(beam.PTransform):
    """TokenizedDocument -> main: (shard key, rows or piece), documents, rejected."""

    def __init__(
        self,
        staging: str,
        chunk: ChunkConfig,
        shards_per_bucket: int,
        inline_bytes: int = 256 << 10,
    ):
        super().__init__()
        self._fn = _ChunkFn(staging, chunk, shards_per_bucket, inline_bytes)

    def expand(self, docs):
        return docs | beam.ParDo(self._fn).with_outputs(REJECTED, DOCUMENTS, main=MAIN)


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
        parts.sort(key=lambda p: p[0])
        packed = sorted(pack_pieces(pieces, window, self._chunk), key=_row_sort_key)
        stats = dict.fromkeys(("rows", "tokens", "scored_tokens", "padding_tokens"), 0)
        part = storage.join(self._staging, split, PARTS, f"w{window:07d}-s{shard:05d}")
        with shards.HashingStreamWriter(part + ".arrow", _CHUNK_SCHEMA) as writer:
            for _, part_stats, path, data in parts:
                writer.write_table(shards.read_stream(storage.read_bytes(path) if path else data))
                for k in stats:
                    stats[k] += part_stats[k]
            if packed:
                writer.write_table(shards.rows_to_table(packed, _CHUNK_SCHEMA))
                for k, v in _rows_stats(packed, window).items():
                    stats[k] += v
        stats.update(split=split, window=window, shard=shard, sha256=writer.sha256)
        storage.write_bytes(part + ".json", shards.json_bytes(stats))
        for _, _, path, _ in parts:
            if path:
                storage.delete_tree(path)
        self._written.inc(stats["rows"])


class _WriteDocumentShardFn(beam.DoFn):
    """Write one (split, shard) of the documents output, in doc_id order."""

    def __init__(self, staging: str):
        self._staging = staging

    def process(self, item):
        (split, shard), records = item
        records = sorted(records, key=lambda r: r[0])
        part = storage.join(self._staging, DOCUMENTS, PARTS, f"{split}-s{shard:05d}")
        tokens = 0
        with shards.HashingStreamWriter(part + ".arrow", _DOCUMENT_SCHEMA) as writer:
            for _, data in records:
                table = shards.read_stream(data)
                tokens += table.column("num_tokens")[0].as_py()
                writer.write_table(table)
        stats = {"split": split, "shard": shard, "rows": len(records), "sha256": writer.sha256}
        stats["tokens"] = tokens
        storage.write_bytes(part + ".json", shards.json_bytes(stats))


def _write_rejected(item, staging: str):
    _, records = item
    ordered = sorted(records, key=lambda r: (r.source, r.doc_id, r.stage, r.reason))
    lines = [json.dumps(dataclasses.asdict(r), ensure_ascii=False) + "\n" for r in ordered]
    storage.write_bytes(
        storage.join(staging, "rejected", "rejected.jsonl"), "".join(lines).encode()
    )


def _write_json(value: dict, path: str):
    storage.write_bytes(path, shards.json_bytes(value))


def _write_count(count: int, path: str):
    storage.write_bytes(path, shards.json_bytes({"documents_in": count}))


_CHUNK_SCHEMA = shards.schema_with_features(schemas.CHUNK_SCHEMA, schemas.CHUNK_FEATURES)
_DOCUMENT_SCHEMA = shards.schema_with_features(schemas.DOCUMENT_SCHEMA, schemas.DOCUMENT_FEATURES)


# ------------------------------------------------------------------ graph
def build_pipeline(
    p: beam.Pipeline,
    config: DatasetConfig,
    files: list[InputFile],
    staging: str,
    shards_per_bucket: int,
) -> None:
    """Add the dataset build to ``p``; all outputs go under ``staging``."""
    read = p | "ReadDocuments" >> ReadDocuments(files, config.read)
    (
        (read[MAIN], read[REJECTED])
        | "AllInputs" >> beam.Flatten()
        | "CountInputs" >> beam.combiners.Count.Globally()
        | "WriteInputCount"
        >> beam.Map(_write_count, path=storage.join(staging, "_counts", "in.json"))
    )
    unique = read[MAIN] | "RejectDuplicateIds" >> RejectDuplicateIds()
    normalized = unique[MAIN] | "NormalizeDocuments" >> NormalizeDocuments()
    # The split is decided per near-duplicate cluster (--dedup keeps one per cluster).
    split = normalized[MAIN] | "AssignSplit" >> AssignSplits(
        config.validation_fraction, config.near_duplicates
    )
    split[SUMMARY] | "WriteNearDuplicates" >> beam.Map(
        _write_json, path=storage.join(staging, "_counts", "near.json")
    )
    structured = split[MAIN] | "AnalyzeStructure" >> AnalyzeStructure(config.structure)
    tokenized = structured[MAIN] | "TokenizeDocuments" >> TokenizeDocuments(config.tokenizer)
    chunked = tokenized[MAIN] | "ChunkSlidingWindows" >> ChunkSlidingWindows(
        staging, config.chunk, shards_per_bucket
    )
    (
        chunked[MAIN]
        | "GroupByShard" >> beam.GroupByKey()
        | "WriteArrowShards" >> beam.ParDo(_WriteChunkShardFn(staging, config.chunk))
    )
    (
        chunked[DOCUMENTS]
        | "GroupDocumentsByShard" >> beam.GroupByKey()
        | "WriteDocumentShards" >> beam.ParDo(_WriteDocumentShardFn(staging))
    )
    (
        (
            read[REJECTED],
            unique[REJECTED],
            normalized[REJECTED],
            split[REJECTED],
            structured[REJECTED],
            tokenized[REJECTED],
            chunked[REJECTED],
        )
        | "AllRejected" >> beam.Flatten()
        | "KeyRejected" >> beam.Map(lambda r: (None, r))
        | "GatherRejected" >> beam.GroupByKey()
        | "WriteRejected" >> beam.Map(_write_rejected, staging=staging)
    )


# ------------------------------------------------------------------ finishing
def _read_parts(part_dir: str) -> list[tuple[dict, str]]:
    """(stats, arrow path) of every part in ``part_dir``."""
    found = []
    for path in storage.list_files(part_dir):
        if path.endswith(".json"):
            stats = json.loads(storage.read_bytes(path))
            found.append((stats, path[: -len(".json")] + ".arrow"))
    return found


def _empty_shard(schema) -> bytes:
    return shards.table_to_stream_bytes(schema.empty_table())


def _finish_split(split_dir: str, parts: list[tuple[dict, str]], schema, features, sort_key):
    """Name the parts ``data-i-of-n.arrow`` in a stable order; write split metadata."""
    parts = sorted(parts, key=lambda p: sort_key(p[0]))
    if not parts:  # an empty split still loads, with the right schema
        data = _empty_shard(schema)
        storage.write_bytes(storage.join(split_dir, PARTS, "empty.arrow"), data)
        parts = [
            (
                {
                    "rows": 0,
                    "tokens": 0,
                    "scored_tokens": 0,
                    "padding_tokens": 0,
                    "sha256": shards.sha256_hex(data),
                    "window": None,
                },
                storage.join(split_dir, PARTS, "empty.arrow"),
            )
        ]
    names, hashes, listed = [], [], []
    for index, (stats, path) in enumerate(parts):
        name = shards.shard_name(index, len(parts))
        storage.rename(path, storage.join(split_dir, name))
        names.append(name)
        hashes.append(stats["sha256"])
        listed.append({"file": name, **stats})
    storage.delete_tree(storage.join(split_dir, PARTS))
    shards.write_split_metadata(split_dir, names, hashes, features)
    return listed


_COUNTS = ("rows", "tokens", "scored_tokens", "padding_tokens")


def _bucket_totals(listed: list[dict]) -> dict:
    """Per window of one split: rows, tokens, scored and padding tokens, padding fraction."""
    buckets: dict[int, dict] = {}
    for entry in listed:
        if entry["window"] is None:  # the empty placeholder shard of an empty split
            continue
        bucket = buckets.setdefault(entry["window"], dict.fromkeys(_COUNTS, 0))
        for k in _COUNTS:
            bucket[k] += entry[k]
    for bucket in buckets.values():
        capacity = bucket["tokens"] + bucket["padding_tokens"]
        bucket["padding_fraction"] = (
            round(bucket["padding_tokens"] / capacity, 6) if capacity else 0.0
        )
    return {str(window): buckets[window] for window in sorted(buckets)}


def _library_versions() -> dict:
    import datasets
    import numpy
    import pyarrow
    import tokenizers

    return {
        "python": platform.python_version(),
        "apache_beam": beam.__version__,
        "pyarrow": pyarrow.__version__,
        "datasets": datasets.__version__,
        "tokenizers": tokenizers.__version__,
        "numpy": numpy.__version__,
    }


def _config_dict(config: DatasetConfig, shards_per_bucket: int) -> dict:
    resolved = dataclasses.asdict(config)
    resolved["shards_per_bucket"] = shards_per_bucket
    resolved["chunk"] = config.chunk.resolved()
    # Top-level copies of what trainers look up most.
    resolved["windows"] = list(config.chunk.windows)
    resolved["overlaps"] = resolved["chunk"]["overlaps"]
    resolved["memory_tokens"] = config.chunk.memory_tokens
    return json.loads(json.dumps(resolved, default=list))


def finish(
    config: DatasetConfig, staging: str, shards_per_bucket: int, tokenizer_info: dict
) -> dict:
    """Turn the staging folder into a complete dataset; return the manifest."""
    listed_shards, splits = [], {}
    for split in schemas.SPLITS:
        split_dir = storage.join(staging, split)
        parts = _read_parts(storage.join(split_dir, PARTS))
        listed = _finish_split(
            split_dir,
            parts,
            _CHUNK_SCHEMA,
            schemas.CHUNK_FEATURES,
            sort_key=lambda s: (s["window"], s["shard"]),
        )
        listed_shards.extend(
            {"path": f"{split}/{entry['file']}", "split": split}
            | {k: entry[k] for k in ("window", *_COUNTS, "sha256")}
            for entry in listed
        )
        splits[split] = _bucket_totals(listed)
    storage.write_bytes(
        storage.join(staging, "dataset_dict.json"),
        shards.json_bytes({"splits": list(schemas.SPLITS)}),
    )

    doc_dir = storage.join(staging, DOCUMENTS)
    doc_parts = _read_parts(storage.join(doc_dir, PARTS))
    by_split = {
        s: sum(p[0]["rows"] for p in doc_parts if p[0]["split"] == s) for s in schemas.SPLITS
    }
    doc_listed = _finish_split(
        doc_dir,
        doc_parts,
        _DOCUMENT_SCHEMA,
        schemas.DOCUMENT_FEATURES,
        sort_key=lambda s: (s["split"], s["shard"]),
    )

    rejected_path = storage.join(staging, "rejected", "rejected.jsonl")
    if not storage.exists(rejected_path):
        storage.write_bytes(rejected_path, b"")
    rejected_lines = [json.loads(x) for x in storage.read_bytes(rejected_path).splitlines() if x]
    documents_in = json.loads(storage.read_bytes(storage.join(staging, "_counts", "in.json")))[
        "documents_in"
    ]
    near_duplicates = json.loads(storage.read_bytes(storage.join(staging, "_counts", "near.json")))
    storage.delete_tree(storage.join(staging, "_counts"))
    storage.delete_tree(storage.join(staging, "_rows"))
    written = sum(by_split.values())
    rejected_by_stage: dict[str, int] = {}
    for r in rejected_lines:
        rejected_by_stage[r["stage"]] = rejected_by_stage.get(r["stage"], 0) + 1
    manifest = {
        "format": "longctx-dataset",
        "version": 1,
        "config": _config_dict(config, shards_per_bucket),
        "tokenizer": tokenizer_info,
        "versions": _library_versions(),
        "documents": {
            "in": documents_in,
            "written": written,
            "rejected": len(rejected_lines),
            "by_split": by_split,
            "rejected_by_stage": dict(sorted(rejected_by_stage.items())),
        },
        "near_duplicates": near_duplicates,
        "splits": splits,
        "shards": listed_shards,
        "documents_shards": [
            {"path": f"{DOCUMENTS}/{e['file']}", "rows": e["rows"], "sha256": e["sha256"]}
            for e in doc_listed
        ],
    }
    if documents_in != written + len(rejected_lines):
        raise RuntimeError(
            f"document counts do not reconcile: {documents_in} in, {written} written, "
            f"{len(rejected_lines)} rejected; the staging output is kept at {staging}"
        )
    storage.write_bytes(storage.join(staging, "manifest.json"), shards.json_bytes(manifest))
    _write_length_plot(staging)
    storage.write_bytes(storage.join(staging, COMPLETE_MARKER), b"")
    return manifest


def _write_length_plot(staging: str) -> None:
    from pipeline.inspect import plot_lengths

    if storage.is_remote(staging):
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            local = os.path.join(tmp, "lengths.png")
            plot_lengths(staging, local)
            with open(local, "rb") as handle:
                storage.write_bytes(storage.join(staging, "lengths.png"), handle.read())
    else:
        plot_lengths(staging, os.path.join(staging, "lengths.png"))


# ------------------------------------------------------------------ entry point
def parse_windows(text: str) -> tuple[int, ...]:
    try:
        windows = tuple(int(w) for w in text.split(",") if w.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--windows takes comma-separated token counts like 512,1024, got {text!r}"
        ) from None
    return windows


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="longctx dataset",
        description="Build long-context training shards from long documents (Apache Beam). "
        "Flags not listed here go to Beam's PipelineOptions (--runner, --project, ...).",
    )
    parser.add_argument(
        "--input",
        action="append",
        required=True,
        help="glob, file or folder; repeat for several (gs:// and other Beam filesystems work)",
    )
    parser.add_argument("--output", required=True, help="output folder (local or gs://...)")
    parser.add_argument("--tokenizer", required=True, help="path to a tokenizers tokenizer.json")
    parser.add_argument(
        "--windows",
        type=parse_windows,
        default=ChunkConfig().windows,
        help="window lengths in tokens, each a length bucket (default 512,1024,2048,4096)",
    )
    parser.add_argument(
        "--overlap",
        type=int,
        default=None,
        help="tokens of left context shared by consecutive windows (default window/16)",
    )
    parser.add_argument(
        "--snap-tolerance",
        type=int,
        default=None,
        help="tokens a window start may move back to a sentence start",
    )
    parser.add_argument(
        "--memory-tokens",
        type=int,
        default=0,
        help="key-sentence memory prefix budget in tokens (0 = off)",
    )
    parser.add_argument("--validation-fraction", type=float, default=0.05)
    parser.add_argument("--text-field", default="text", help="JSONL/Parquet field with the text")
    parser.add_argument(
        "--id-field", default="id", help="JSONL/Parquet field with the id ('' = none)"
    )
    parser.add_argument(
        "--language",
        default=StructureConfig().language,
        help="sentence-splitting language: auto, en, zh, ...",
    )
    parser.add_argument(
        "--shards-per-bucket",
        type=int,
        default=0,
        help="shards per (split, window); 0 = one per ~64 MB of input",
    )
    parser.add_argument(
        "--near-duplicate-threshold",
        type=float,
        default=NearDuplicateConfig().threshold,
        help="MinHash Jaccard of word 3-grams at which documents are near-duplicates: "
        "a cluster goes to one split (0 = off; default 0.15)",
    )
    parser.add_argument(
        "--dedup",
        action="store_true",
        help="keep one document per near-duplicate cluster (the others are rejected)",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace a complete OUT")
    return parser


def config_from_args(
    args: argparse.Namespace, eos_id: int, separator_ids: tuple[int, ...]
) -> DatasetConfig:
    return DatasetConfig(
        inputs=tuple(args.input),
        output=args.output.rstrip("/"),
        tokenizer=args.tokenizer,
        validation_fraction=args.validation_fraction,
        shards_per_bucket=args.shards_per_bucket,
        overwrite=args.overwrite,
        read=ReadConfig(text_field=args.text_field, id_field=args.id_field or None),
        structure=StructureConfig(language=args.language),
        near_duplicates=NearDuplicateConfig(
            threshold=args.near_duplicate_threshold, dedup=args.dedup
        ),
        chunk=ChunkConfig(
            windows=args.windows,
            overlap=args.overlap,
            snap_tolerance=args.snap_tolerance,
            memory_tokens=args.memory_tokens,
            eos_id=eos_id,
            memory_separator_ids=separator_ids,
        ),
    )


PARALLEL_INPUT_BYTES = 8 << 20


def _make_pipeline(beam_args: list[str], input_bytes: int) -> beam.Pipeline:
    """A Beam pipeline for ``beam_args``; locally, one that uses every core.

    Without ``--runner`` (or with the DirectRunner) we run Beam's in-process
    FnApiRunner directly: the DirectRunner would first try to download a Prism
    binary (no network here, and alarming log lines) before falling back to it.
    Unless ``--direct_running_mode`` or ``--direct_num_workers`` is given, inputs
    over 8 MB run on one worker process per core (``pipeline/beam_worker.py``: Beam's
    harness without its INFO start-up logs); smaller ones in process, where worker
    start-up would cost more than it saves.
    """
    options = PipelineOptions(beam_args)
    runner = options.view_as(StandardOptions).runner
    if runner not in (None, "DirectRunner", "direct"):
        return beam.Pipeline(options=options)
    from apache_beam.options.pipeline_options import DirectOptions
    from apache_beam.runners.portability.fn_api_runner import FnApiRunner

    chosen = any(a.startswith(("--direct_running_mode", "--direct_num_workers")) for a in beam_args)
    cores = os.cpu_count() or 1
    if not chosen and input_bytes >= PARALLEL_INPUT_BYTES and cores > 1:
        # What --direct_running_mode=multi_processing does, with our quiet worker
        # entry point (pipeline/beam_worker.py) instead of Beam's chatty one.
        from apache_beam.transforms.environments import SubprocessSDKEnvironment

        from pipeline.beam_worker import quiet_driver_logs

        quiet_driver_logs()
        options.view_as(DirectOptions).direct_num_workers = cores
        worker = SubprocessSDKEnvironment.from_command_string(
            f"{sys.executable} -m pipeline.beam_worker"
        )
        LOG.info("local run on %d worker processes", cores)
        return beam.Pipeline(runner=FnApiRunner(default_environment=worker), options=options)
    return beam.Pipeline(runner=FnApiRunner(), options=options)


def run(argv: list[str] | None = None) -> dict:
    """Build a dataset. Returns the manifest. Raises on invalid flags or inputs."""
    args, beam_args = make_parser().parse_known_args(argv)
    tokenizer = load_tokenizer(args.tokenizer)
    separator_ids = tuple(tokenizer.encode("\n\n", add_special_tokens=False).ids)
    config = config_from_args(args, eos_token_id(tokenizer), separator_ids)
    out = config.output
    if storage.exists(storage.join(out, COMPLETE_MARKER)) and not config.overwrite:
        raise FileExistsError(
            f"{out} already holds a complete dataset; pass --overwrite to rebuild it "
            "or choose another --output"
        )
    files = expand_inputs(list(config.inputs))
    shards_per_bucket = config.shards_per_bucket or max(
        1, min(256, -(-sum(f.size for f in files) // TARGET_SHARD_INPUT_BYTES))
    )
    staging = f"{out}.tmp-{uuid.uuid4().hex[:8]}"
    tokenizer_bytes = storage.read_bytes(config.tokenizer)
    tokenizer_info = {
        "path": os.path.abspath(config.tokenizer)
        if not storage.is_remote(config.tokenizer)
        else config.tokenizer,
        "sha256": shards.sha256_hex(tokenizer_bytes),
        "vocab_size": tokenizer.get_vocab_size(),
        "eos_id": config.chunk.eos_id,
    }
    bound_heap_retention()
    LOG.info("building %s from %d files (%d shards per bucket)", out, len(files), shards_per_bucket)
    try:
        with bound_heap_retention_in_children():
            with _make_pipeline(beam_args, sum(f.size for f in files)) as p:
                build_pipeline(p, config, files, staging, shards_per_bucket)
        manifest = finish(config, staging, shards_per_bucket, tokenizer_info)
        storage.move_tree(staging, out)
    except BaseException:
        LOG.error("build failed; partial output left in %s", staging)
        raise
    return manifest


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for noisy in ("apache_beam", "absl"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        manifest = run(argv)
    except (ValueError, FileExistsError, FileNotFoundError) as error:
        # Bad flags or inputs: say what to fix, without a traceback.
        print(f"longctx dataset: error: {error}", file=sys.stderr)
        return 2
    docs = manifest["documents"]
    print(f"dataset: {manifest['config']['output']}")
    print(f"documents: {docs['in']} in, {docs['written']} written, {docs['rejected']} rejected")
    near = manifest["near_duplicates"]
    print(
        f"near-duplicates: {near['clusters']} clusters of {near['documents_in_clusters']} "
        f"documents, {near['rejected']} rejected (--dedup)"
    )
    for split, buckets in manifest["splits"].items():
        for window, b in buckets.items():
            print(
                f"  {split:<10} window {window:>6}: {b['rows']:>7} rows {b['tokens']:>10} tokens "
                f"{b['scored_tokens']:>10} scored  padding {b['padding_fraction']:.3f}"
            )
    return 0
