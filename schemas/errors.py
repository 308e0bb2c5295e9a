"""The one exception type for mistakes the user can fix: a bad flag, input or path.

Every command's ``main`` turns a ``UserError`` into one line on stderr and exit
status 2; any other exception is a bug and keeps its traceback (exit status 1).
``--debug`` (or ``LONGCTX_DEBUG=1``) prints the traceback of a ``UserError`` too.
Config dataclasses keep raising ``ValueError`` (they are also built by code);
the entry point that builds them from flags converts those with
:func:`user_input` so an internal ``ValueError`` still shows its traceback.
Flag parsing goes through :class:`ArgumentParser`, whose mistakes (a misspelled
flag, a missing value) are ``UserError`` s as well, so they read the same.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import resource
import signal
import sys
import traceback
from collections.abc import Callable, Iterator

DEBUG_FLAG = "--debug"
DEBUG_ENV = "LONGCTX_DEBUG"


class UserError(ValueError):
    """A mistake in the command's flags, inputs or paths; the message says what to fix.

    A ``ValueError`` so that callers (and tests) that expect the old ``ValueError``
    of a bad argument keep working. ``exit_status`` is the command's exit status (2);
    a subclass for a failure that is not a mistake in the command line (a training
    run that diverged: ``training.finite.Diverged``) has its own.
    """

    exit_status = 2


class ArgumentParser(argparse.ArgumentParser):
    """``argparse`` whose parse errors raise :class:`UserError` instead of printing the
    usage block and exiting, so ``run_main`` reports them in one line like any other
    mistake. ``--help`` still prints and exits 0."""

    def error(self, message: str):
        raise UserError(f"{message} (see `{self.prog} --help`)")


@contextlib.contextmanager
def user_input() -> Iterator[None]:
    """Treat a ``ValueError`` raised inside the block as the user's: for code that only
    validates what the user passed (config dataclasses built from flags)."""
    try:
        yield
    except UserError:
        raise
    except ValueError as error:
        raise UserError(str(error)) from error


_NO_SPACE = (errno.ENOSPC, errno.EDQUOT)
# Beam re-raises a stage's error as a new exception, and from a worker process only
# its text comes back; safetensors (Rust) reports the OS error in its text.
_NO_SPACE_TEXT = ("[Errno 28]", "[Errno 122]", "(os error 28)", "(os error 122)")


def _chain(error: BaseException | None) -> Iterator[BaseException]:
    """``error`` and the errors it was raised from (``__cause__``, else ``__context__``)."""
    while error is not None:
        yield error
        error = error.__cause__ or error.__context__


def out_of_space(error: BaseException | None) -> bool:
    """``error`` (or one it was raised from) is a full disk or an exceeded quota."""
    return any(
        (isinstance(e, OSError) and e.errno in _NO_SPACE)
        or any(text in str(e) for text in _NO_SPACE_TEXT)
        for e in _chain(error)
    )


# Clause file_size_limit (session 41): EFBIG, a file grown past this process's file size
# limit (`ulimit -f`, RLIMIT_FSIZE; Python ignores SIGXFSZ, so the write fails) or past
# what its filesystem holds (FAT32/vfat: 4 GB a file). The dataset build ended on it
# with Beam's traceback, exit 1, and its staging folder left beside OUT; it is now the
# one line of a full disk, with its own fix (the trainer's: training.checkpoint_agreed).
_TOO_LARGE_TEXT = ("[Errno 27]", "(os error 27)")


def file_too_large(error: BaseException | None) -> bool:
    """``error`` (or one it was raised from) is EFBIG: a file too large to write."""
    return any(
        (isinstance(e, OSError) and e.errno == errno.EFBIG)
        or any(text in str(e) for text in _TOO_LARGE_TEXT)
        for e in _chain(error)
    )


def no_room(error: BaseException | None) -> bool:
    """A full disk, a quota or a file size limit: the output could not grow."""
    return out_of_space(error) or file_too_large(error)


def too_large_cause_and_fix(where: str, what: str) -> tuple[str, str]:
    """Clause file_size_limit: what happened and what to change, for an EFBIG while
    writing ``what`` into the folder ``where``."""
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit != resource.RLIM_INFINITY:
        return (
            f"a file in {where} reached this process's file size limit of {limit:,} bytes "
            f"while writing {what} (File too large)",
            "raise the limit (`ulimit -f unlimited`) and run again",
        )
    return (
        f"a file in {where} grew larger than its filesystem holds while writing {what} "
        "(File too large)",
        "choose an --output on a filesystem that holds larger files (not FAT32/vfat: 4 GB a file)",
    )


def take_debug_flag(argv: list[str] | None) -> list[str]:
    """``argv`` (default ``sys.argv[1:]``) without ``--debug``; seeing it turns on
    tracebacks for user errors in this process (and its children, via the environment)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if DEBUG_FLAG in argv:
        os.environ[DEBUG_ENV] = "1"
    return [a for a in argv if a != DEBUG_FLAG]


def debug_enabled() -> bool:
    return os.environ.get(DEBUG_ENV, "") not in ("", "0")


class Terminated(BaseException):
    """SIGTERM (``kill PID``, a scheduler stopping the job), raised in the main thread by
    :func:`terminate_with_a_line`; its text says what became of the output. A
    ``BaseException`` like ``KeyboardInterrupt``: no ``except Exception`` swallows it."""


_SAVED: dict[int, object] = {}  # the handlers found before the first install
_STOPPING: list[int] = []  # the signals seen since the last install


def terminate_with_a_line(
    on_signal: Callable[[], None] | None = None, prog: str = "longctx"
) -> None:
    """From now on SIGTERM raises :class:`Terminated` (so cleanups run and ``run_main``
    prints one line, exit 143) instead of killing the process without a word;
    ``on_signal`` runs first (e.g. to quiet threads that will fail because of it),
    also before the ``KeyboardInterrupt`` of a first Ctrl-C.

    Rule ``second_signal``: once the first SIGTERM or Ctrl-C has been raised, the
    process is cleaning up (removing a staging folder, printing its line, ending its
    workers) and a second SIGTERM or Ctrl-C would raise again in the middle of that:
    a staging folder half removed, or a traceback from ``run_main``'s own ``print``
    or an exit handler. So later ones only say, once, that the cleanup goes on (a
    scheduler's SIGKILL, or ``kill -9``, still ends the process at once). A command
    that ends without a signal puts the handlers it found back (:func:`run_main`);
    one that was stopped keeps them deferred until the process exits (or, in a
    process that runs a command again, until that command installs them anew).
    Only the main thread can install them; elsewhere the handlers stay as they were."""

    def later(signum, frame):
        if len(_STOPPING) == 1:  # say it once, with a raw write: print may be mid-line
            _STOPPING.append(signum)
            with contextlib.suppress(OSError):
                os.write(
                    2,
                    f"\n{prog}: already stopping; finishing the cleanup first "
                    "(kill -9 stops at once)\n".encode(),
                )

    def first(signum, frame):
        _STOPPING.append(signum)
        signal.signal(signal.SIGTERM, later)
        signal.signal(signal.SIGINT, later)
        if on_signal is not None:
            on_signal()
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise Terminated("")

    first.longctx_handler = later.longctx_handler = True
    _STOPPING.clear()
    with contextlib.suppress(ValueError):
        for signum in (signal.SIGTERM, signal.SIGINT):
            current = signal.getsignal(signum)
            ours = getattr(current, "longctx_handler", False)
            if signum == signal.SIGINT and not ours and current is not signal.default_int_handler:
                continue  # Ctrl-C ignored (nohup, a background job) or handled by the caller
            if not ours:
                _SAVED[signum] = current
            signal.signal(signum, first)


def _restore_signals() -> None:
    """Put back the handlers :func:`terminate_with_a_line` found, unless a signal has
    come (the process is stopping: later ones stay deferred)."""
    if _STOPPING:
        return
    with contextlib.suppress(ValueError):
        while _SAVED:
            signum, handler = _SAVED.popitem()
            signal.signal(signum, handler)


def terminated(error: BaseException | None) -> bool:
    """``error`` is, or was raised from (Beam re-raises a stage's error as a new one,
    naming it in its text), a :class:`Terminated`."""
    return any(isinstance(e, Terminated) or str(e).startswith("Terminated") for e in _chain(error))


def interrupted(error: BaseException | None) -> bool:
    """Ctrl-C: a ``KeyboardInterrupt``, or Beam's re-raise of one from inside a stage
    (``RuntimeError: KeyboardInterrupt [while running ...]``)."""
    return any(
        isinstance(e, KeyboardInterrupt) or str(e).startswith("KeyboardInterrupt")
        for e in _chain(error)
    )


def _detail(error: BaseException) -> str:
    return f"; {error}" if str(error) else ""


def run_main(prog: str, body: Callable[[], int | None]) -> int:
    """Run a command's body: a ``UserError`` becomes ``prog: error: ...`` and exit 2
    (its ``exit_status``: 4 for a training run that diverged),
    Ctrl-C one line and exit 130, SIGTERM (once :func:`terminate_with_a_line`) one line
    and exit 143; anything else propagates with its traceback."""
    try:
        return int(body() or 0)
    except UserError as error:
        if debug_enabled():
            traceback.print_exc()
        message = " ".join(str(error).split("\n"))  # one line, whatever the message holds
        print(f"{prog}: error: {message}", file=sys.stderr)
        return error.exit_status
    except KeyboardInterrupt as error:
        if debug_enabled():
            traceback.print_exc()
        print(f"{prog}: interrupted{_detail(error)}", file=sys.stderr)
        return 130
    except Terminated as error:
        if debug_enabled():
            traceback.print_exc()
        print(f"{prog}: terminated (SIGTERM){_detail(error)}", file=sys.stderr)
        return 128 + signal.SIGTERM
    finally:
        _restore_signals()
