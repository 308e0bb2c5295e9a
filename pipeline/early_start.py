"""Start the workers' fork server as soon as a build begins, forked from the driver.

A local multi-process build used to start ``pipeline.fork_server`` only once it had
loaded the tokenizer and built the graph, as a new interpreter that imported Beam and
the stages again (~1.5-2 CPU-s) before the first worker could fork; the workers
waited for it (docs/PERFORMANCE.md, issue 15). ``pipeline.build`` now calls
:func:`start_early` with its flags first thing: when they show a build that will run
on local worker processes, the server starts at once, as a fork of the driver when
the driver has imported Beam and the stages and runs no other thread
(``fork_server.can_fork_here``; the imports are then shared, not repeated), as a new
interpreter otherwise (it imports while the driver loads the tokenizer and builds
the graph).

The guess reads only what is cheap to read: ``--runner``, ``--direct_running_mode``,
``--direct_num_workers`` and the sizes of local inputs (remote inputs are never
guessed). ``pipeline.build`` still makes the real decision; it takes the early server
with :func:`take_early` when it needs one (or starts one then, as before), and
:func:`discard_early` stops one it did not take, so a wrong guess costs a server
start and nothing else. Nothing here imports Beam.
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
    parser.add_argument("--tokenizer")
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


def _guess(argv: list[str]) -> argparse.Namespace | None:
    try:
        return _guess_parser().parse_known_args(argv)[0]
    except ValueError:
        return None


def _on_workers(args: argparse.Namespace | None) -> bool:
    if args is None:
        return False
    chosen = args.direct_running_mode is not None or args.direct_num_workers is not None
    size = 0
    if args.runner in DIRECT_RUNNERS and not chosen:
        size = local_input_bytes(args.input, PARALLEL_INPUT_BYTES)
        if size is None:
            return False
    return runs_on_workers(args.runner, args.direct_running_mode, chosen, size, os.cpu_count() or 1)


def will_run_on_workers(argv: list[str]) -> bool:
    """The cheap guess: do these ``longctx dataset`` flags build on local workers?"""
    return _on_workers(_guess(argv))


def start_early(argv: list[str]) -> bool:
    """Start the fork server now if ``argv`` will build on local workers (and the
    server is enabled); returns whether one was started."""
    global _early
    if _early is not None or not fork_server.enabled():
        return False
    args = _guess(argv)
    if not _on_workers(args):
        return False
    with bound_heap_retention_in_children():  # the environment the build gives its workers
        # The build's tokenizer is loaded once in the server, for every worker.
        _early = fork_server.ForkServer(args.tokenizer, fork_here=fork_server.can_fork_here())
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
