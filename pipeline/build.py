"""The dataset build: Beam wiring and the entry point (flags, config: ``pipeline.build_config``).

    read -> reject duplicate ids -> normalize -> clean (not prose, boilerplate,
         unwrap) -> assign split (per near-duplicate cluster) -> structure
         -> tokenize -> chunk at every window -> spill large batches
         -> group by shard -> write Arrow            (pipeline.shards)
    rejected records of every stage -> OUT/rejected/rejected.jsonl

Each stage lives beside its pure function in ``transforms/``. ``--output`` is
checked first (``pipeline.output``: never a folder the build did not write, never
an input). Everything is written under a staging folder next to ``OUT``; after the
pipeline finishes, ``pipeline.finish`` names the shards, writes the metadata, the
manifest and ``_COMPLETE`` (last), then the folder is swapped into place. A killed
build therefore never leaves an ``OUT`` that looks complete, and the old dataset
stays whole until the new one is. A build where every document is rejected is an
error (exit 2): ``OUT`` is left as it was and the rejected records are kept in the
staging folder for the user to read.

``run(argv)`` is a standard Beam entry point: our flags are parsed with
``parse_known_args`` and the rest go to ``PipelineOptions``, so the same call runs
on the DirectRunner, Dataflow or any other runner. A flag that neither we nor any
Beam ``PipelineOptions`` know (``--windws``) is an error, not a warning.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import shutil
import sys

import apache_beam as beam
from apache_beam.options.pipeline_options import StandardOptions

from pipeline import early_start, fork_server, output, output_removal, shards, storage, temp_folders
from pipeline.build_config import (
    DatasetConfig,
    check_beam_args,
    config_and_tokenizer,
    kept_boilerplate_notice,
    overlap_zero_notice,
    resolved_config,
)
from pipeline.changed_inputs import changed_during_build_line, listing_stamps
from pipeline.construction import BuildOptions, dofn_specs_once, new_pipeline
from pipeline.existing import input_fingerprint
from pipeline.finish import finish, import_plotting_meanwhile
from pipeline.options import dataset_parser
from pipeline.parking import ParkText, UnparkText, remove_parked, unpark
from pipeline.progress import CountProgress, ProgressLine, counters_of
from pipeline.progress import report as _report
from schemas.dataset import Manifest, TokenizerInfo, vocab_sha256
from schemas.errors import (
    Terminated,
    UserError,
    interrupted,
    run_main,
    take_debug_flag,
    terminate_with_a_line,
    terminated,
)
from schemas.wording import counted
from transforms.beam_utils import MAIN, REJECTED
from transforms.chunking_beam import DOCUMENTS, ChunkSlidingWindows
from transforms.clean import CleanText
from transforms.duplicate_ids import RejectDuplicateIds
from transforms.inputs import base_of, printable
from transforms.near_duplicates import SUMMARY
from transforms.near_duplicates_beam import AssignSplits
from transforms.normalize import normalize_document
from transforms.read import InputFile, ReadDocuments, expand_inputs
from transforms.runtime import (
    bound_heap_retention_in_children,
    bound_worker_heap,
    setup_logging,
)
from transforms.same_file import same_file_block, same_file_line
from transforms.structure import AnalyzeStructure
from transforms.tokenize import TokenizeDocuments

LOG = logging.getLogger("longctx.dataset")
TARGET_SHARD_INPUT_BYTES = 64 << 20


# ------------------------------------------------------------------ graph
def build_pipeline(
    p: beam.Pipeline,
    config: DatasetConfig,
    files: list[InputFile],
    staging: str,
    shards_per_bucket: int,
    progress_dir: str | None = None,
) -> None:
    """Add the dataset build to ``p``; all outputs go under ``staging``.

    ``progress_dir``: a local folder the workers count tokenized documents into
    (``pipeline.progress``; local runs only).
    """
    read = p | "ReadDocuments" >> ReadDocuments(files, config.read)
    # Counted per branch, then summed: the local runner materializes every Flatten of
    # several inputs in the driver, and read[MAIN] carries whole texts (a Flatten of
    # the documents held the corpus there at once; docs/PERFORMANCE.md).
    (
        (
            read[MAIN] | "CountRead" >> beam.combiners.Count.Globally(),
            read[REJECTED] | "CountReadRejected" >> beam.combiners.Count.Globally(),
        )
        | "BothCounts" >> beam.Flatten()
        | "CountInputs" >> beam.CombineGlobally(sum)
        | "WriteInputCount"
        >> beam.Map(shards.write_input_count, path=shards.input_count_path(staging))
    )
    # Clause codec_hint_said_once (session 42): each file's codec warning gathered for
    # the manifest and the launcher's summary (a worker's log line may be printed
    # twice, or never reach the terminal). Only (source, line) pairs leave the read
    # stage; review: the first shards.HINT_FILES by source are kept (a bounded
    # combine, not a list of every file), and the rest counted.
    hints = read[MAIN] | "CodecHints" >> beam.FlatMap(shards.codec_hint_of)
    (
        hints
        | "FirstCodecHints" >> beam.combiners.Top.Smallest(shards.HINT_FILES)
        | "WriteCodecHints"
        >> beam.Map(
            shards.write_codec_hints,
            path=shards.codec_hints_path(staging),
            total=beam.pvalue.AsSingleton(
                hints | "CountCodecHints" >> beam.combiners.Count.Globally()
            ),
        )
    )
    # Texts wait on disk, not in the local runner's memory, at the two shuffles that
    # carry whole documents (pipeline.parking).
    unique = (
        read[MAIN]
        | "ParkReadText" >> ParkText(staging, "read")
        | "RejectDuplicateIds" >> RejectDuplicateIds()
    )
    # Text read back, normalized and cleaned in one step: each stage's input text is
    # freed as its output is made (transforms.beam_utils.DocumentStages).
    cleaned = unique[MAIN] | "CleanText" >> CleanText(
        config.clean, before=(("normalize", normalize_document),), restore=unpark
    )
    # The split is decided per near-duplicate cluster (--dedup keeps one per cluster).
    split = cleaned[MAIN] | "AssignSplit" >> AssignSplits(
        config.validation_fraction,
        config.near_duplicates,
        park=(ParkText(staging, "split"), UnparkText()),
    )
    split[SUMMARY] | "WriteNearDuplicates" >> beam.Map(
        shards.write_json, path=shards.near_duplicates_path(staging)
    )
    structured = split[MAIN] | "AnalyzeStructure" >> AnalyzeStructure(config.structure)
    tokenized = structured[MAIN] | "TokenizeDocuments" >> TokenizeDocuments(config.tokenizer)
    to_chunk = tokenized[MAIN]
    if progress_dir:
        to_chunk = to_chunk | "CountProgress" >> CountProgress(progress_dir)
    chunked = to_chunk | "ChunkSlidingWindows" >> ChunkSlidingWindows(
        config.chunk, shards_per_bucket, config.keep_text
    )
    (
        chunked[MAIN]
        | "SpillLargeRows" >> shards.SpillLargeRows(staging)
        | "WriteChunkShards" >> shards.WriteChunkShards(staging, config.chunk)
    )
    chunked[DOCUMENTS] | "WriteDocuments" >> shards.WriteDocumentShards(
        staging, keep_text=config.keep_text
    )
    (
        (
            read[REJECTED],
            unique[REJECTED],
            cleaned[REJECTED],
            split[REJECTED],
            structured[REJECTED],
            tokenized[REJECTED],
            chunked[REJECTED],
        )
        | "AllRejected" >> beam.Flatten()
        | "WriteAllRejected" >> shards.WriteRejected(staging)
    )


# ------------------------------------------------------------------ entry point
PARALLEL_INPUT_BYTES = early_start.PARALLEL_INPUT_BYTES


def _make_pipeline(
    beam_args: list[str],
    input_bytes: int,
    stack: contextlib.ExitStack,
    tokenizer: str = "",
    temp_folder: str | None = None,
) -> tuple[beam.Pipeline, bool]:
    """A Beam pipeline for ``beam_args``, and whether it runs on this machine.

    Without ``--runner`` (or with the DirectRunner) we run Beam's in-process
    FnApiRunner directly: the DirectRunner would first try to download a Prism
    binary (no network here, and alarming log lines) before falling back to it.
    Inputs over 8 MB run on one worker process per core, unless
    ``--direct_running_mode`` or ``--direct_num_workers`` is given; smaller ones in
    process, where worker start-up would cost more than it saves. Worker processes,
    ours or an explicit ``--direct_running_mode=multi_processing``, run
    ``pipeline/beam_worker.py``: Beam's harness without its INFO start-up logs,
    forked from ``pipeline.fork_server`` (imports and the build's ``tokenizer`` paid
    once, not per worker), which ``stack`` stops. Beam's ``local_tempdir`` goes in
    ``temp_folder`` (``construction.new_pipeline``; the caller removes it).
    """
    options = BuildOptions(beam_args)
    runner = options.view_as(StandardOptions).runner
    if runner not in (None, "DirectRunner", "direct"):
        return new_pipeline(temp_folder, options=options), False
    from apache_beam.options.pipeline_options import DirectOptions
    from apache_beam.runners.portability.fn_api_runner import FnApiRunner

    direct = options.view_as(DirectOptions)
    chosen = any(a.startswith(("--direct_running_mode", "--direct_num_workers")) for a in beam_args)
    cores = os.cpu_count() or 1
    mode = direct.direct_running_mode
    if not early_start.runs_on_workers(
        runner, mode, chosen, input_bytes, cores, threshold=PARALLEL_INPUT_BYTES
    ):
        return new_pipeline(temp_folder, runner=FnApiRunner(), options=options), True
    # Beam's meaning of --direct_num_workers 0: one per core
    workers = (direct.direct_num_workers or cores) if mode == "multi_processing" else cores
    from apache_beam.transforms.environments import SubprocessSDKEnvironment

    from pipeline.beam_worker import quiet_driver_logs

    quiet_driver_logs()
    direct.direct_num_workers = workers
    # In multi_processing mode FnApiRunner swaps in Beam's own (chatty) worker command;
    # in_memory keeps the environment given here (its advice to switch modes is one of
    # the messages quiet_driver_logs drops).
    direct.direct_running_mode = "in_memory"
    command = f"{sys.executable} -m pipeline.beam_worker"
    if fork_server.enabled():  # the one started as the build began, if any
        server = early_start.take_early() or fork_server.ForkServer(
            tokenizer, fork_here=fork_server.can_fork_here()
        )
        command = stack.enter_context(server).command
    worker = SubprocessSDKEnvironment.from_command_string(command)
    LOG.info("local run on %d worker processes", workers)
    return new_pipeline(
        temp_folder, runner=FnApiRunner(default_environment=worker), options=options
    ), True


def _input_folders(patterns: tuple[str, ...]) -> list[str]:
    """Folders every file under which is input: folders given as such, and the base of
    a recursive glob (``in/**``), which would read a dataset built inside it next time."""
    local = [p for p in patterns if not storage.is_remote(p)]
    folders = [p for p in local if os.path.isdir(p)]
    return folders + [base_of(p) or "." for p in local if "**" in p and not os.path.isdir(p)]


def build(
    argv: list[str] | None = None, prog: str = "longctx dataset"
) -> tuple[Manifest, dict[str, int]]:
    """Build a dataset. Returns the manifest and the run's Beam counters
    (``pipeline.progress.counters_of``). Raises ``UserError`` on invalid flags,
    inputs or ``--output``, and when no document could be used."""
    try:
        return _build(argv, prog)
    finally:  # a fork server started early (pipeline.early_start) and never used
        early_start.discard_early()


def _build(argv: list[str] | None, prog: str) -> tuple[Manifest, dict[str, int]]:
    removed = temp_folders.remove_dead_folders()  # what killed builds left in the temp dir
    # The workers' fork server starts now, while this process loads the tokenizer
    # and builds the graph (pipeline.early_start).
    early_start.start_early(sys.argv[1:] if argv is None else list(argv))
    parser = dataset_parser(prog)
    args, beam_args = parser.parse_known_args(argv)
    check_beam_args(beam_args, parser)
    config, tokenizer = config_and_tokenizer(args)
    if notice := overlap_zero_notice(args.overlap):
        LOG.info("%s", notice)
    if notice := kept_boilerplate_notice(args):
        LOG.warning("%s", notice)
    out = output.resolve(config.output)  # a link's target; the manifest keeps the link
    files = expand_inputs(list(config.inputs))
    stamps = listing_stamps(files)  # clause changed_during_build_said
    # clause changed_during_build_rejected: each reader compares its file with these
    files = [dataclasses.replace(f, listed=stamps.get(f.path)) for f in files]
    inputs = input_fingerprint(files)  # before the build: a file changed meanwhile is stale
    if same := same_file_block(files):  # clause same_file_named_twice
        inputs["same_file"] = same
        LOG.warning("%s", same_file_line(same))
    output.check_output(
        out, config.overwrite, [f.path for f in files], _input_folders(config.inputs)
    )
    output_removal.check_replaceable(out)  # clause output_not_removable
    output.clean_leftovers(out)
    seen = output.identity(out)  # clause output_made_meanwhile: what the checks saw
    shards_per_bucket = config.shards_per_bucket or max(
        1, min(256, -(-sum(f.size for f in files) // TARGET_SHARD_INPUT_BYTES))
    )
    tokenizer_info = TokenizerInfo(
        path=config.tokenizer
        if storage.is_remote(config.tokenizer)
        else os.path.abspath(config.tokenizer),
        sha256=shards.sha256_hex(storage.read_bytes(config.tokenizer)),
        vocab_size=tokenizer.get_vocab_size(),
        eos_id=config.chunk.eos_id,
        vocab_sha256=vocab_sha256(tokenizer),
    )
    staging = output.new_staging_path(out)
    lock = output.create_staging(staging)
    finishing = False  # from here a SIGTERM leaves the swap to the next build
    bound_worker_heap()
    if removed:
        LOG.info("removed %d temp folders of killed builds: %s", len(removed), ", ".join(removed))
    sizes = f"{counted(len(files), 'file')} ({counted(shards_per_bucket, 'shard')} per bucket)"
    # Clause manifest_names_printable: a non-UTF-8 --output name is logged as the manifest
    # records it (`out\\xff`), so no surrogate reaches a log handler or a test report.
    LOG.info("building %s from %s", printable(out), sizes)
    try:
        with (
            bound_heap_retention_in_children(),
            temp_folders.owned_folder("longctx-progress-") as progress_dir,
            contextlib.ExitStack() as stack,
            dofn_specs_once(),
        ):
            # Beam's empty local_tempdir, removed whatever happens (a remote output: locally)
            temp = os.path.join(
                progress_dir if storage.is_remote(staging) else staging, output.BEAM_TEMP
            )
            stack.callback(shutil.rmtree, temp, ignore_errors=True)
            p, local = _make_pipeline(
                beam_args, sum(f.size for f in files), stack, config.tokenizer, temp
            )
            early_start.discard_early()
            build_pipeline(
                p, config, files, staging, shards_per_bucket, progress_dir if local else None
            )
            plotting = import_plotting_meanwhile()
            with ProgressLine(progress_dir) if local else contextlib.nullcontext():
                result = p.run()
                result.wait_until_finish()
            plotting.join()
        if changed := changed_during_build_line(files, stamps, staging, config.inputs):
            LOG.warning("%s", changed)
        remove_parked(staging)
        finishing = True
        manifest = finish(
            staging,
            resolved_config(config, shards_per_bucket),
            tokenizer_info,
            inputs,
            counters_of(result),
        )
        storage.sync_tree(staging)  # clause synced_before_swap
        output.replace_output(staging, out, seen)
    except UserError:
        raise  # finish() says what happened and where the staging output is
    except BaseException as error:
        if output.no_room(error):  # a full disk, a quota, a file size limit
            raise output.give_up_for_space(staging, config.output, error=error) from None
        term, ctrl_c = terminated(error), interrupted(error)
        if (term or ctrl_c) and not finishing:  # the workers have ended with the pipeline
            with contextlib.suppress(OSError):
                storage.delete_tree(staging)
            said = f"the partial output was removed and {config.output} is as it was"
            raise (Terminated if term else KeyboardInterrupt)(said) from None
        LOG.error("build failed; partial output left in %s (the next build removes it)", staging)
        if ctrl_c:
            raise KeyboardInterrupt from None  # run_main: one line, exit 130
        if term:
            raise Terminated(
                f"{config.output} is the old or the new dataset; the next build removes {staging}"
            ) from None
        raise
    finally:
        output.release(lock)
    return manifest, counters_of(result)


def run(argv: list[str] | None = None) -> Manifest:
    """Build a dataset (a standard Beam entry point); returns the manifest."""
    return build(argv)[0]


def _quiet_beam_after_sigterm() -> None:
    """Beam's logs say nothing more once a SIGTERM or Ctrl-C reached the driver: in
    one process too (the stage's error was logged as ``ERROR ... Traceback``)."""
    if "apache_beam" in sys.modules:  # Beam is running (or has run) here
        from pipeline.beam_worker import quiet_after_a_stop

        quiet_after_a_stop()


def main(argv: list[str] | None = None, prog: str = "longctx dataset") -> int:
    """``longctx dataset`` (or ``python -m pipeline``, as ``prog``): exit 2 with one line
    on a ``UserError``, 1 with a traceback on anything else."""
    setup_logging()
    terminate_with_a_line(_quiet_beam_after_sigterm, prog)
    argv = take_debug_flag(argv)
    return run_main(prog, lambda: _report(*build(argv, prog)))
