"""The dataset build: options, Beam wiring and the entry point.

    read -> reject duplicate ids -> normalize -> clean (not prose, boilerplate,
         unwrap) -> assign split (per near-duplicate cluster) -> structure
         -> tokenize -> chunk at every window -> spill large batches
         -> group by shard -> write Arrow            (pipeline.shards)
    rejected records of every stage -> OUT/rejected/rejected.jsonl

Each stage lives beside its pure function in ``transforms/``. Everything is
written under a staging folder next to ``OUT``; after the pipeline finishes,
``pipeline.finish`` names the shards, writes the metadata, the manifest and
``_COMPLETE`` (last), then the folder is moved into place. A killed build
therefore never leaves an ``OUT`` that looks complete.

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
import sys
import uuid
from dataclasses import dataclass, field

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from pipeline import shards, storage
from pipeline.finish import finish
from schemas.dataset import COMPLETE_MARKER, Manifest, TokenizerInfo
from schemas.errors import UserError, run_main, user_input
from transforms.beam_utils import MAIN, REJECTED
from transforms.boilerplate import BoilerplateConfig
from transforms.chunking import MEMORY_SOURCES, ChunkConfig
from transforms.chunking_beam import DOCUMENTS, ChunkSlidingWindows
from transforms.clean import CleanConfig, CleanText
from transforms.duplicate_ids import RejectDuplicateIds
from transforms.near_duplicates import SUMMARY, AssignSplits, NearDuplicateConfig
from transforms.normalize import NormalizeDocuments
from transforms.read import InputFile, ReadConfig, ReadDocuments, expand_inputs
from transforms.retrieval import UNITS, RetrievalConfig
from transforms.runtime import (
    bound_heap_retention,
    bound_heap_retention_in_children,
    setup_logging,
)
from transforms.structure import AnalyzeStructure, StructureConfig
from transforms.tokenize import TokenizeDocuments, eos_token_id, load_tokenizer
from transforms.unwrap import UnwrapConfig

LOG = logging.getLogger("longctx.dataset")
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
    clean: CleanConfig = field(default_factory=CleanConfig)
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
        >> beam.Map(shards.write_input_count, path=shards.input_count_path(staging))
    )
    unique = read[MAIN] | "RejectDuplicateIds" >> RejectDuplicateIds()
    normalized = unique[MAIN] | "NormalizeDocuments" >> NormalizeDocuments()
    cleaned = normalized[MAIN] | "CleanText" >> CleanText(config.clean)
    # The split is decided per near-duplicate cluster (--dedup keeps one per cluster).
    split = cleaned[MAIN] | "AssignSplit" >> AssignSplits(
        config.validation_fraction, config.near_duplicates
    )
    split[SUMMARY] | "WriteNearDuplicates" >> beam.Map(
        shards.write_json, path=shards.near_duplicates_path(staging)
    )
    structured = split[MAIN] | "AnalyzeStructure" >> AnalyzeStructure(config.structure)
    tokenized = structured[MAIN] | "TokenizeDocuments" >> TokenizeDocuments(config.tokenizer)
    chunked = tokenized[MAIN] | "ChunkSlidingWindows" >> ChunkSlidingWindows(
        config.chunk, shards_per_bucket
    )
    (
        chunked[MAIN]
        | "SpillLargeRows" >> shards.SpillLargeRows(staging)
        | "WriteChunkShards" >> shards.WriteChunkShards(staging, config.chunk)
    )
    chunked[DOCUMENTS] | "WriteDocuments" >> shards.WriteDocumentShards(staging)
    (
        (
            read[REJECTED],
            unique[REJECTED],
            normalized[REJECTED],
            cleaned[REJECTED],
            split[REJECTED],
            structured[REJECTED],
            tokenized[REJECTED],
            chunked[REJECTED],
        )
        | "AllRejected" >> beam.Flatten()
        | "WriteAllRejected" >> shards.WriteRejected(staging)
    )


def resolved_config(config: DatasetConfig, shards_per_bucket: int) -> dict:
    """The config as saved in the manifest: defaults filled in, plus top-level copies
    of what trainers look up most (windows, overlaps, memory_tokens)."""
    resolved = dataclasses.asdict(config)
    resolved["shards_per_bucket"] = shards_per_bucket
    resolved["chunk"] = config.chunk.resolved()
    resolved["windows"] = list(config.chunk.windows)
    resolved["overlaps"] = resolved["chunk"]["overlaps"]
    resolved["memory_tokens"] = config.chunk.memory_tokens
    return json.loads(json.dumps(resolved, default=list))


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
        help="memory prefix budget in tokens (0 = off)",
    )
    parser.add_argument(
        "--memory-source",
        choices=MEMORY_SOURCES,
        default="key",
        help="what fills the memory prefix: key sentences by score (key), or the document's "
        "earlier passages that best match the window's opening under BM25 (retrieved)",
    )
    parser.add_argument(
        "--retrieval-unit",
        choices=UNITS,
        default=RetrievalConfig().unit,
        help="passages of --memory-source retrieved: sentence or paragraph",
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
        "--keep-boilerplate",
        action="store_true",
        help="keep Gutenberg headers and licenses, transcriber notes, web notices, page markers",
    )
    parser.add_argument(
        "--keep-line-breaks",
        action="store_true",
        help="keep hard-wrapped lines as they are (default: join the wraps of prose paragraphs)",
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
        clean=CleanConfig(
            boilerplate=BoilerplateConfig(enabled=not args.keep_boilerplate),
            unwrap=UnwrapConfig(enabled=not args.keep_line_breaks),
        ),
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
            memory_source=args.memory_source,
            retrieval=RetrievalConfig(unit=args.retrieval_unit),
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


def run(argv: list[str] | None = None) -> Manifest:
    """Build a dataset. Returns the manifest. Raises ``UserError`` on invalid flags
    or inputs."""
    args, beam_args = make_parser().parse_known_args(argv)
    tokenizer = load_tokenizer(args.tokenizer)
    separator_ids = tuple(tokenizer.encode("\n\n", add_special_tokens=False).ids)
    with user_input():
        config = config_from_args(args, eos_token_id(tokenizer), separator_ids)
    out = config.output
    if storage.exists(storage.join(out, COMPLETE_MARKER)) and not config.overwrite:
        raise UserError(
            f"{out} already holds a complete dataset; pass --overwrite to rebuild it "
            "or choose another --output"
        )
    files = expand_inputs(list(config.inputs))
    shards_per_bucket = config.shards_per_bucket or max(
        1, min(256, -(-sum(f.size for f in files) // TARGET_SHARD_INPUT_BYTES))
    )
    staging = f"{out}.tmp-{uuid.uuid4().hex[:8]}"
    tokenizer_info = TokenizerInfo(
        path=config.tokenizer
        if storage.is_remote(config.tokenizer)
        else os.path.abspath(config.tokenizer),
        sha256=shards.sha256_hex(storage.read_bytes(config.tokenizer)),
        vocab_size=tokenizer.get_vocab_size(),
        eos_id=config.chunk.eos_id,
    )
    bound_heap_retention()
    LOG.info("building %s from %d files (%d shards per bucket)", out, len(files), shards_per_bucket)
    try:
        with bound_heap_retention_in_children():
            with _make_pipeline(beam_args, sum(f.size for f in files)) as p:
                build_pipeline(p, config, files, staging, shards_per_bucket)
        manifest = finish(staging, resolved_config(config, shards_per_bucket), tokenizer_info)
        storage.move_tree(staging, out)
    except BaseException:
        LOG.error("build failed; partial output left in %s", staging)
        raise
    return manifest


def _report(manifest: Manifest) -> None:
    docs = manifest.documents
    print(f"dataset: {manifest.config['output']}")
    print(f"documents: {docs.documents_in} in, {docs.written} written, {docs.rejected} rejected")
    near = manifest.near_duplicates
    if near is not None:
        print(
            f"near-duplicates: {near.clusters} clusters of {near.documents_in_clusters} "
            f"documents, {near.rejected} rejected (--dedup)"
        )
    for split, buckets in manifest.splits.items():
        for window, b in buckets.items():
            print(
                f"  {split:<10} window {window:>6}: {b.rows:>7} rows {b.tokens:>10} tokens "
                f"{b.scored_tokens:>10} scored  padding {b.padding_fraction:.3f}"
            )


def main(argv: list[str] | None = None) -> int:
    """``longctx dataset``: exit 2 with one line on a ``UserError``, 1 with a traceback
    on anything else."""
    setup_logging()
    return run_main("longctx dataset", lambda: _report(run(argv)))
