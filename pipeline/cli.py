"""``longctx``: the command-line entry point.

    longctx dataset --input GLOB --output DIR --tokenizer PATH [Beam options]
    longctx train   --data DIR --model PATH --output RUN [--config YAML] [--max-steps N]
    longctx eval    --model PATH --data DIR [--adapter RUN/adapter]
    longctx inspect OUT [--doc ID] [--verify [--strict]]
    longctx export  OUT [--format parquet|jsonl] [--one-document-per-row]

A mistake the user can fix (a bad flag, input or path) is one line on stderr and
exit status 2; ``--debug`` anywhere on the line also prints its traceback. A bug
keeps its traceback and exits 1. Exit statuses: 0 done; 1 a bug, ``inspect
--verify`` FAIL, an ``eval`` that measured nothing finite; 2 a user error; 3
``pipeline.existing``: the dataset is to be (re)built, or ``inspect --verify --strict``:
its rows' first scored tokens cannot be trained, rebuild it; 4 a ``train`` run that diverged (a
non-finite loss, gradient norm or validation loss: ``training.finite.Diverged``,
clause diverged_exit_status); 130 Ctrl-C; 141 a closed stdout; 143 SIGTERM.
Each subcommand hands its remaining arguments to the module that owns it, so
``longctx dataset`` and ``python -m pipeline`` accept exactly the same flags.
``--help`` is answered from the parsers alone (``pipeline.options``,
``training.options``), before Beam, torch or ``datasets`` is imported.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import select
import sys
import warnings
from typing import NoReturn

# transformers 5 warns about its own deprecated alias on every gradient-checkpointed
# model; it is not actionable for users of this CLI.
warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)

# command: (module with main(argv), parser module:function for --help, summary)
COMMANDS = {
    "dataset": (
        "pipeline.build",
        "pipeline.options:dataset_parser",
        "build training shards from long documents (Apache Beam)",
    ),
    "train": (
        "training.recipe",
        "training.options:train_parser",
        "LoRA fine-tune with a length curriculum on the shards",
    ),
    "eval": (
        "training.evaluate",
        "training.options:eval_parser",
        "perplexity by context length and passkey retrieval",
    ),
    "inspect": (
        "pipeline.inspection",
        "pipeline.options:inspect_parser",
        "summarize a dataset, follow a document, --verify invariants",
    ),
    "export": (
        "pipeline.export",
        "pipeline.options:export_parser",
        "write a dataset as Parquet (polars, duckdb, Spark) or JSON Lines (--format jsonl)",
    ),
}


# Subcommands whose packages are an extra, not the base install (which is what a
# Dataflow worker gets: the dataset builder and `inspect` only).
EXTRAS = {"train": "train", "eval": "train"}
FIRST_PARTY = ("pipeline", "transforms", "schemas", "training")


def _missing_extra(command: str, error: ModuleNotFoundError) -> int:
    """One line naming the extra to install (exit 2); anything else is a broken install
    and keeps its traceback."""
    missing = (error.name or "").split(".")[0]
    if command not in EXTRAS or not missing or missing in FIRST_PARTY:
        raise error
    extra = EXTRAS[command]
    print(
        f"longctx {command}: error: {missing} is not installed: `longctx {command}` needs "
        f"the '{extra}' extra: pip install 'longctx[{extra}]' (or `make venv`)",
        file=sys.stderr,
    )
    return 2


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # --debug may come anywhere; the subcommand's own main takes it (schemas.errors.
    # take_debug_flag), so `longctx --debug dataset ...` passes it on. Not imported
    # here: schemas loads pyarrow, and `--help` must answer without it.
    debug = [a for a in argv if a == "--debug"]
    argv = [a for a in argv if a != "--debug"]
    parser = argparse.ArgumentParser(
        prog="longctx",
        description="Long-context training data from ultra-long documents, and LoRA training on it.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, _, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    if not argv or argv[0] in ("-h", "--help"):
        parser.print_help()
        return 0 if argv else 2
    command, rest = argv[0], argv[1:] + debug
    if command not in COMMANDS:
        print(
            f"longctx: error: unknown command {command!r}; choose from {', '.join(COMMANDS)}",
            file=sys.stderr,
        )
        return 2
    from pipeline.options import wants_help

    if wants_help(rest):
        module_name, function = COMMANDS[command][1].split(":")
        getattr(importlib.import_module(module_name), function)().print_help()
        return 0
    # Before the subcommand's module imports Beam, whose import logs a harmless warning.
    from transforms.runtime import setup_logging

    setup_logging()
    if command == "dataset":
        import_dataset_builder()
    try:
        # main() too: the trainer imports some of its stack (peft, datasets) on first use.
        return int(importlib.import_module(COMMANDS[command][0]).main(rest) or 0)
    except ModuleNotFoundError as error:
        return _missing_extra(command, error)


def import_dataset_builder():
    """``pipeline.build``, imported as the ``longctx dataset`` driver does: with
    pandas refused while Beam is imported (Beam imports it only for DataFrame type
    hints, ~0.4 CPU-s; ``pipeline.beam_worker.NOT_IN_DRIVER``). Imports work as
    usual afterwards."""
    from pipeline.beam_worker import NOT_IN_DRIVER
    from transforms.runtime import imports_refused

    with imports_refused(NOT_IN_DRIVER):
        return importlib.import_module("pipeline.build")


def exit_now(code: int) -> NoReturn:
    """End the process at once with ``code``: streams and logs flushed, without
    Python's finalization, which after a local build spends ~0.7 s tearing down
    Beam's gRPC servers and their threads (docs/PERFORMANCE.md). By then the build
    has closed, renamed or removed everything it wrote."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def stdout_reader_gone() -> bool:
    """Whether stdout is a pipe whose reading end is closed (poll's POLLERR)."""
    try:
        poll = select.poll()
        poll.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poll.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll, or no file descriptor
        return False


def entry() -> NoReturn:
    """The ``longctx`` console script: :func:`main`, ended by :func:`exit_now` after
    ``longctx dataset`` (other commands exit as usual).

    Rule ``closed_stdout``: when the reader of stdout goes away (``longctx inspect OUT |
    head``), the command ends quietly with status 141 (128 + SIGPIPE, as a shell tool
    killed by it) instead of a ``BrokenPipeError`` traceback; a broken pipe anywhere
    else (a worker's socket) keeps its traceback."""
    try:
        code = main()
        sys.stdout.flush()  # short output is still buffered: fail here, not at exit
    except BrokenPipeError:
        if not stdout_reader_gone():
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 141
    if len(sys.argv) > 1 and sys.argv[1] == "dataset":
        exit_now(code)
    sys.exit(code)


if __name__ == "__main__":
    entry()
