"""The dataset build's configuration: its flags checked and turned into a
``DatasetConfig``, and the config as the manifest saves it.

``pipeline.build`` runs the build with it; ``pipeline.existing`` asks the same
functions what config a ``longctx dataset`` with given flags would save, to compare
it with a finished dataset's. Beam's own flags are checked here too
(``check_beam_args``): a flag that neither we nor any Beam ``PipelineOptions`` know
(``--windws``) is an error, not a warning.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import json
from dataclasses import dataclass, field

from apache_beam.options.pipeline_options import PipelineOptions

from schemas.errors import UserError, user_input
from transforms.aozora import READINGS_RULE
from transforms.boilerplate import RULES, BoilerplateConfig
from transforms.chunking import ChunkConfig
from transforms.clean import CleanConfig
from transforms.gutenberg_markup import RULES as GUTENBERG_MARKUP
from transforms.inputs import printable
from transforms.near_duplicates import NearDuplicateConfig
from transforms.read import ReadConfig
from transforms.retrieval import RetrievalConfig
from transforms.structure import StructureConfig
from transforms.tokenize import eos_token_id, load_tokenizer
from transforms.unwrap import UnwrapConfig


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
    keep_text: bool = False  # --keep-text: the clean text in OUT/documents (keep_text_column)

    def __post_init__(self):
        if not self.inputs:
            raise ValueError("no input: pass --input GLOB (JSONL, Parquet or a folder of .txt)")
        if not 0.0 <= self.validation_fraction < 1.0:
            raise ValueError(
                f"--validation-fraction must be in [0, 1), got {self.validation_fraction}"
            )
        if self.shards_per_bucket < 0:
            raise ValueError("--shards-per-bucket must be >= 0 (0 = automatic)")


def resolved_config(config: DatasetConfig, shards_per_bucket: int) -> dict:
    """The config as saved in the manifest: defaults filled in, plus top-level copies
    of what trainers look up most (windows, overlaps, memory_tokens)."""
    resolved = dataclasses.asdict(config)
    if not config.keep_text:  # manifests of builds without --keep-text stay as they were
        del resolved["keep_text"]
    resolved["shards_per_bucket"] = shards_per_bucket
    resolved["chunk"] = config.chunk.resolved()
    resolved["windows"] = list(config.chunk.windows)
    resolved["overlaps"] = resolved["chunk"]["overlaps"]
    resolved["memory_tokens"] = config.chunk.memory_tokens
    # Clause manifest_names_printable (session 28): an --input or --output name that is
    # not valid UTF-8 (a Latin-1 folder `b\xf6cher`) ran the whole build, then stopped
    # with a UnicodeEncodeError traceback writing manifest.json: it is recorded as the
    # ids show such names (`\xf6`).
    resolved["inputs"] = [printable(p) for p in config.inputs]
    resolved["output"] = printable(config.output)
    return json.loads(json.dumps(resolved, default=list))


# ------------------------------------------------------------------ flags
def check_beam_args(beam_args: list[str], ours: argparse.ArgumentParser) -> None:
    """Refuse flags that neither ``ours`` nor any Beam ``PipelineOptions`` knows.

    Beam itself only logs "Discarding unparseable args" and carries on, so a typo
    like ``--windws 512`` would build with the default windows. Beam's parser is
    the one ``PipelineOptions.get_all_options`` assembles from every options class
    (runners' included); we only ask it which of ``beam_args`` it cannot parse.
    """

    def probe(parser):
        def fail(message):
            raise UserError(f"Beam pipeline option: {message}")

        parser.error = fail
        _refuse_unknown(parser.parse_known_args(beam_args)[1], ours)

    # The probe runs (and raises) before Beam would log and discard what it cannot parse.
    PipelineOptions(beam_args).get_all_options(add_extra_args_fn=probe)


def _refuse_unknown(unknown: list[str], ours: argparse.ArgumentParser) -> None:
    flags = [a.split("=", 1)[0] for a in unknown if a.startswith("-")]
    if flags:
        known = [o for a in ours._actions for o in a.option_strings if o.startswith("--")]
        hints = [
            f"{f} (did you mean {close[0]}?)" if close else f
            for f in flags
            for close in [difflib.get_close_matches(f, known, n=1)]
        ]
        raise UserError(
            f"unknown flag {', '.join(hints)}: neither a `longctx dataset` flag nor a Beam "
            "pipeline option (see `longctx dataset --help`)"
        )
    if unknown:
        raise UserError(f"unexpected argument {unknown[0]!r} (see `longctx dataset --help`)")


def one_token_of_context(overlap: int | None, snap_tolerance: int | None) -> dict:
    """Clause overlap_zero_keeps_one_token (session 38): ``--overlap 0`` builds windows
    that keep one token of context (``overlap`` 1), the token each window's first scored
    one is predicted from; with no ``--snap-tolerance`` the starts still do not snap
    (tolerance 0, as overlap 0 gave). Before: overlap 0 scored a row's first token,
    which no model can predict (nothing precedes it in its row): the trainer dropped it
    (one scored token per row, ~6% of them at window 16) while the manifest and
    ``longctx inspect --verify`` counted it. The manifest records the overlap built (1).
    """
    if overlap == 0:
        return {"overlap": 1, "snap_tolerance": 0 if snap_tolerance is None else snap_tolerance}
    return {"overlap": overlap, "snap_tolerance": snap_tolerance}


def overlap_zero_notice(overlap: int | None) -> str:
    """Clause overlap_zero_said (review 38): the one line a build with ``--overlap 0``
    logs, as it builds overlap 1 (:func:`one_token_of_context`; before: said nowhere but
    the manifest and ``--help``)."""
    if overlap != 0:
        return ""
    return (
        "--overlap 0 is built as --overlap 1 (the manifest records 1): each window keeps "
        "the one token its first scored token is predicted from, so every scored token is "
        "trained"
    )


def kept_boilerplate_notice(args: argparse.Namespace) -> str:
    """Clause kept_boilerplate_said (review 40): the one line a build logs when
    ``--keep-boilerplate`` keeps what an opt-in cleaning flag asked to cut (before: the
    flag did nothing, said only in ``--help``; ``--aozora-readings none`` was an error)."""
    asked = [
        flag
        for flag, on in (
            ("--drop-author-notes", args.drop_author_notes),
            ("--aozora-readings none", args.aozora_readings == "none"),
        )
        if on
    ]
    if not (args.keep_boilerplate and asked):
        return ""
    return (
        f"--keep-boilerplate keeps every boilerplate rule's text: {' and '.join(asked)} "
        "cut nothing in this build (the manifest records them)"
    )


def memory_flags_need_tokens(args: argparse.Namespace) -> None:
    """Clause memory_source_needs_tokens (session 44): ``--memory-source`` or
    ``--retrieval-unit`` given while ``--memory-tokens`` is 0 (memory off) is an error,
    not a build without the memory the user asked for (before: it built
    ``memory_tokens: 0`` and said nothing). Session 46: given at all, the default value
    spelled out (``--memory-source key-recent``) too: the flag's only use is the prefix
    (both flags are None when not given)."""
    if args.memory_tokens:
        return
    asked = [
        f"{flag} {value}"
        for flag, value in (
            ("--memory-source", args.memory_source),
            ("--retrieval-unit", args.retrieval_unit),
        )
        if value is not None
    ]
    if asked:
        raise ValueError(
            f"{' and '.join(asked)} {'set' if len(asked) > 1 else 'sets'} the memory prefix, "
            "but --memory-tokens is 0 "
            "(memory off): add --memory-tokens N (e.g. 128) or drop the flag"
        )


def config_from_args(
    args: argparse.Namespace, eos_id: int, separator_ids: tuple[int, ...]
) -> DatasetConfig:
    memory_flags_need_tokens(args)
    return DatasetConfig(
        inputs=tuple(args.input),
        output=args.output.rstrip("/"),
        tokenizer=args.tokenizer,
        validation_fraction=args.validation_fraction,
        shards_per_bucket=args.shards_per_bucket,
        overwrite=args.overwrite,
        read=ReadConfig(
            text_field=args.text_field,
            id_field=args.id_field or None,
            max_doc_chars=args.max_doc_chars,
            encoding=args.encoding,
        ),
        clean=CleanConfig(
            boilerplate=BoilerplateConfig(
                enabled=not args.keep_boilerplate,
                rules=tuple(
                    r
                    for r in RULES
                    if not (r == "aozora_markup" and args.keep_aozora_markup)
                    and not (r in GUTENBERG_MARKUP and args.keep_gutenberg_markup)
                )
                + (("author_note",) if args.drop_author_notes else ())
                + ((READINGS_RULE,) if args.aozora_readings == "none" else ()),
            ),
            unwrap=UnwrapConfig(enabled=not args.keep_line_breaks),
        ),
        structure=StructureConfig(language=args.language),
        near_duplicates=NearDuplicateConfig(
            threshold=args.near_duplicate_threshold, dedup=args.dedup
        ),
        chunk=ChunkConfig(
            windows=args.windows,
            **one_token_of_context(args.overlap, args.snap_tolerance),
            memory_tokens=args.memory_tokens,
            eos_id=eos_id,
            memory_separator_ids=separator_ids,
            memory_source=args.memory_source or ChunkConfig.memory_source,
            retrieval=RetrievalConfig(unit=args.retrieval_unit or RetrievalConfig.unit),
        ),
        keep_text=args.keep_text,
    )


def config_and_tokenizer(args: argparse.Namespace):
    """The build's config from its parsed flags, and the loaded tokenizer (its EOS id
    and its blank line, the memory separator, go into the config); also what
    ``pipeline.existing`` compares a finished dataset with."""
    tokenizer = load_tokenizer(args.tokenizer)
    separator_ids = tuple(tokenizer.encode("\n\n", add_special_tokens=False).ids)
    with user_input():
        config = config_from_args(args, eos_token_id(tokenizer), separator_ids)
    return config, tokenizer
