"""Start the workers' fork server while the driver is still importing Beam.

A local multi-process build spends its first seconds in two imports, one after the
other: the driver imports Beam and the stages (~2-3 CPU-s), builds the graph, and
only then starts ``pipeline.fork_server``, which imports the same again before the
first worker can fork; one core sits idle all that time (docs/PERFORMANCE.md,
issue 15). ``longctx dataset`` and ``python -m pipeline`` therefore call
:func:`start_early` with their flags before they import ``pipeline.build``: when the
flags show a build that will run on local worker processes, the server starts
there and imports on the other core while the driver imports on this one.

The guess reads only what is cheap to read: ``--runner``, ``--direct_running_mode``,
``--direct_num_workers`` and the sizes of local inputs (remote inputs are never
guessed). ``pipeline.build`` still makes the real decision; it takes the early server
with :func:`take_early` when it needs one (or starts one then, as before), and
:func:`discard_early` stops one it did not take, so a wrong guess costs the server's
imports and nothing else. Nothing here imports Beam.
"""

from __future__ import annotations

import argparse
import glob
import os

from pipeline import fork_server
from transforms.runtime import bound_heap_retention_in_children

# Inputs this large run on one worker process per core (pipeline.build._make_pipeline).
PARALLEL_INPUT_BYTES = 8 << 20
DIRECT_RUNNERS = (None, "DirectRunner", "direct")

_early: fork_server.ForkServer | None = None


def runs_on_workers(
    runner,
    running_mode,
    chosen: bool,
    input_bytes: int,
    cores: int,
    threshold: int = PARALLEL_INPUT_BYTES,
) -> bool:
    """Whether a build runs on local worker processes: the DirectRunner in Beam's
    ``multi_processing`` mode, or, when neither the mode nor the worker count was
    chosen, inputs of ``threshold`` bytes or more on a machine with several cores."""
    if runner not in DIRECT_RUNNERS:
        return False
    if running_mode == "multi_processing":
        return True
    return not chosen and input_bytes >= threshold and cores > 1


class _Guess(argparse.ArgumentParser):
    def error(self, message):  # a bad flag is pipeline.build's to report, not ours
        raise ValueError(message)


def _guess_parser() -> argparse.ArgumentParser:
    parser = _Guess(add_help=False, allow_abbrev=False)
    parser.add_argument("--input", action="append", default=[])
    parser.add_argument("--runner")
    parser.add_argument("--direct_running_mode")
    parser.add_argument("--direct_num_workers")
    return parser


def local_input_bytes(patterns: list[str], enough: int) -> int | None:
    """Bytes of the local files the patterns name (folders recursively, hidden and
    ``_``-prefixed files skipped, as ``transforms.read.expand_inputs``), counted until
    ``enough``; None when a pattern is remote (not guessed)."""
    total = 0
    for pattern in patterns:
        if "://" in pattern:
            return None
        if os.path.isdir(pattern):
            paths = glob.iglob(os.path.join(pattern.rstrip("/"), "**", "*"), recursive=True)
        else:
            paths = glob.iglob(pattern, recursive=True)
        for path in paths:
            if os.path.basename(path).startswith((".", "_")) or not os.path.isfile(path):
                continue
            total += os.path.getsize(path)
            if total >= enough:
                return total
    return total


def will_run_on_workers(argv: list[str]) -> bool:
    """The cheap guess: do these ``longctx dataset`` flags build on local workers?"""
    try:
        args, _ = _guess_parser().parse_known_args(argv)
    except ValueError:
        return False
    chosen = args.direct_running_mode is not None or args.direct_num_workers is not None
    size = 0
    if args.runner in DIRECT_RUNNERS and not chosen:
        size = local_input_bytes(args.input, PARALLEL_INPUT_BYTES)
        if size is None:
            return False
    return runs_on_workers(args.runner, args.direct_running_mode, chosen, size, os.cpu_count() or 1)


def start_early(argv: list[str]) -> bool:
    """Start the fork server now if ``argv`` will build on local workers (and the
    server is enabled); returns whether one was started."""
    global _early
    if _early is not None or not fork_server.enabled() or not will_run_on_workers(argv):
        return False
    with bound_heap_retention_in_children():  # the environment the build gives its workers
        _early = fork_server.ForkServer()
    return True


def take_early() -> fork_server.ForkServer | None:
    """The server :func:`start_early` started, now the caller's to close; or None."""
    global _early
    server, _early = _early, None
    return server


def discard_early() -> None:
    """Stop a server that was started early and not taken."""
    server = take_early()
    if server is not None:
        server.close()
