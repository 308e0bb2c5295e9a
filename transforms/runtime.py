"""Process-wide settings every entry point shares: logging and the heap policy.

Nothing here runs at import time; entry points call :func:`setup_logging` and
:func:`bound_heap_retention` explicitly. No Beam or torch import, so the trainer,
the builder and Beam workers can all use it.

Heap policy: glibc's adaptive mmap threshold rises to 32 MiB after the first large
frees, so later large buffers (the tokens, offsets and rows of one long document
in the build; a long sequence's activations in training) come from the heap,
which only shrinks from its top, and resident memory grows with the number of
documents or layers processed rather than with the largest one. Fixing the
threshold at 1 MiB gives those buffers back to the OS (docs/PERFORMANCE.md has
the measurements).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import platform

THRESHOLD = 1 << 20
# mallopt parameter number of M_MMAP_THRESHOLD in glibc's <malloc.h>.
_M_MMAP_THRESHOLD = -3
NOISY_LOGGERS = ("apache_beam", "absl")
LOGGER = "longctx"  # parent of every logger of ours, e.g. "longctx.dataset"


def bound_heap_retention(threshold: int = THRESHOLD) -> bool:
    """Make glibc hand freed blocks (CPU tensors, arrays) of ``threshold`` bytes or more
    back to the OS.

    glibc serves blocks above its mmap threshold with their own ``mmap``, unmapped on
    free, but raises that threshold (up to 32 MiB) whenever such a block is freed, so
    after the first few activations every later one of a long sequence comes from the
    heap, which only shrinks from its top: the per-layer recompute/backward buffers of
    a checkpointed step pile up there. Setting the threshold explicitly also turns the
    adjustment off (``mallopt(3)``). What the heap already holds free is released too
    (``malloc_trim``), so it can be switched on mid-run (the trainer does so at its
    first long window: each large buffer then pays a fresh ``mmap`` and page faults,
    ~20% of a short step). Process-wide and idempotent; returns whether it applied
    (False off glibc, e.g. macOS or musl, where nothing is changed).
    """
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    libc = ctypes.CDLL(None)
    applied = bool(libc.mallopt(_M_MMAP_THRESHOLD, int(threshold)))
    libc.malloc_trim(0)
    return applied


def release_free_memory() -> bool:
    """Give the free pages inside glibc's heaps back to the OS (``malloc_trim(0)``).

    The mmap threshold only covers large blocks. The Rust tokenizer makes millions
    of small ones from its worker threads' heaps; once freed they stay resident
    (measured: encoding a 10 M-character document left 227 MB more resident for
    30 MB of ids and offsets; trimming gave back 121 MB), so the build calls this
    after tokenizing a long batch. A few ms; False off glibc (nothing done).
    """
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    ctypes.CDLL(None).malloc_trim(0)
    return True


@contextlib.contextmanager
def bound_heap_retention_in_children(threshold: int = THRESHOLD):
    """The same for processes started inside the ``with`` block (Beam's local worker
    processes): glibc reads ``MALLOC_MMAP_THRESHOLD_`` at start-up. The variable is
    restored afterwards, so later child processes are left alone."""
    previous = os.environ.get("MALLOC_MMAP_THRESHOLD_")
    os.environ["MALLOC_MMAP_THRESHOLD_"] = str(int(threshold))
    try:
        yield
    finally:
        if previous is None:
            del os.environ["MALLOC_MMAP_THRESHOLD_"]
        else:
            os.environ["MALLOC_MMAP_THRESHOLD_"] = previous


class DropBeamImportNoise(logging.Filter):
    """apache_beam logs "apitools not found" on the root logger when it is imported
    without the optional GCP client libraries; harmless for local runs, and it alarms
    users."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


def setup_logging(level: int = logging.INFO) -> None:
    """Our loggers (``longctx.*``) at ``level``, every other library at warnings, as
    plain messages on stderr; the harmless Beam import warning dropped.

    Call it from an entry point before Beam is imported (the warning is logged then).
    Idempotent.
    """
    root = logging.getLogger()
    if not any(isinstance(f, DropBeamImportNoise) for f in root.filters):
        root.addFilter(DropBeamImportNoise())
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger(LOGGER).setLevel(level)
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING)
