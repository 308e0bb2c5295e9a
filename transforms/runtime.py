"""Process-wide settings every entry point shares: logging and the heap policy.

Nothing here runs at import time; entry points call :func:`setup_logging` and
:func:`bound_heap_retention` explicitly. No Beam or torch import, so the trainer,
the builder and Beam workers can all use it.

Heap policy: glibc's adaptive mmap threshold rises to 32 MiB after the first large
frees, so later large buffers (the tokens, offsets and rows of one long document
in the build; a long sequence's activations in training) come from the heap,
which only shrinks from its top, and resident memory grows with the number of
documents or layers processed rather than with the largest one. Fixing the
threshold gives those buffers back to the OS (docs/PERFORMANCE.md has the
measurements). Three policies:

* the trainer: mmap threshold 1 MiB (:data:`THRESHOLD`), so every activation of a
  long window is unmapped on free;
* the dataset build (driver and Beam workers, :func:`bound_worker_heap`): mmap
  threshold 16 MiB and trim threshold 16 MiB (:data:`WORKER_MMAP_THRESHOLD`,
  :data:`WORKER_TRIM_THRESHOLD`). At 1 MiB every numpy temporary of 1 MiB or more
  (MinHash's (4096, num_perm) batches, ``analyze_text``'s arrays) was a fresh
  mmap and its page faults: over 10 books in one process, ``signature`` took user
  0.54 + sys 0.60 s with 203,777 minor faults against 0.52 + 0.06 s (20,751 faults)
  with glibc's defaults; at 16 MiB / 64 MiB (mmap / trim) sys 0.06 s, 7,520
  faults, same max RSS (330 MB). A long document's buffers (tokens, offsets, rows
  of a million-token document: tens of MB) are still above 16 MiB, so they still go
  back to the OS, and a fixed trim threshold (instead of glibc's adaptive one,
  which rises with the mmap threshold) caps what the heap keeps free at its top.
  Fifth round (16 / 64 MiB against 1 MiB), a 30-book build (2 workers, 3
  alternated pairs): workers 44.5 -> 36.4 CPU-s, the process tree's sys 10.6 ->
  3.8 s; its cost is memory: the largest worker peaks ~90 MB higher (498 -> 589
  MB) and the 3-book 10x build is 1.26x its 1x build (1.18x at 1 MiB; the goal is
  <= 1.3x; docs/PERFORMANCE.md, "the workers' heap policy"). Session 7 measured
  the 10x build at 1.22x, 1.28x and 1.32x of its 1x build with the 64 MiB trim
  threshold (50x: 1.45x), and 1.13x-1.21x with 16 MiB (50x: 1.33-1.34x), at ~5%
  more CPU in the 30-book build (41.0 vs 39.1 CPU-s side by side): the trim
  threshold is now 16 MiB, so the memory goal holds with a margin ("Sixth round,
  part 3").
* one long text's structure under the build's policy (:func:`long_text_heap`, clause
  ``long_text_heap``, session 47): from 4 M characters, ``analyze_document`` runs with
  blocks up to 1 GiB from the heap and 1 GiB of free top kept, then the build's policy is
  set again (which trims). On a 20 M-character Chinese text: 391,000 -> 115,000 minor
  faults, system time 12 -> 6 s, CPU 31 -> 25-26 s, peak RSS 1,608 -> 1,693 MB, RSS after
  it 598 -> 495 MB (docs/PERFORMANCE.md "Session 47: one huge document, part 3"). That is in
  the main thread; a Beam worker runs bundles in threads, whose glibc arenas mmap blocks over
  64 MiB whatever the threshold: there 405,000 -> 305,000 faults, CPU ~-3%, no peak cost
  (review, same section).
* ``longctx eval`` on CPU (:func:`reuse_heap`): blocks below :data:`REUSE_MMAP_THRESHOLD`
  come from the heap and up to 1 GiB of free heap top is kept
  (:data:`REUSE_TRIM_THRESHOLD`), so each forward reuses the buffers of the ones
  before instead of mapping and faulting them in again; larger blocks (the 192 MiB
  logits blocks, long windows' activations) are still mmapped and given back. Session 13 (SmolLM2-135M, docs/PERFORMANCE.md "CPU heap policy of
  ``longctx eval``"): a 1024-token forward took ~500k minor faults and ~1.8 sys s
  under the 1 MiB policy eval had, ~9k and ~0.04 s now (1.24x less CPU); a short
  real ``longctx eval`` used 1.32x less CPU, its peak RSS 0-190 MB higher. With no
  bound (``M_MMAP_MAX`` 0, the first version) an 8192-token eval peaked at 3277 MB
  against 1411 MB under the 1 MiB policy (2.3x): freed copies of the largest blocks
  stayed resident; the bound caps that (follow-up, same section).
  ``LONGCTX_HEAP=glibc`` (:data:`HEAP_ENV`) turns it off. The trainer keeps glibc's
  default below ``bound_heap_from_window``: a 1024-token LoRA step saved 0.3 sys s
  of ~38 CPU-s with it (no gain measurable under load) for +170 MB of peak RSS.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import importlib.abc
import logging
import os
import platform
import sys

THRESHOLD = 1 << 20  # the trainer's mmap threshold
WORKER_MMAP_THRESHOLD = 16 << 20  # the build's (driver and workers)
WORKER_TRIM_THRESHOLD = 16 << 20
# mallopt parameter numbers of M_MMAP_THRESHOLD and M_TRIM_THRESHOLD in glibc's <malloc.h>.
_M_MMAP_THRESHOLD = -3
_M_TRIM_THRESHOLD = -1
_M_MMAP_MAX = -4
GLIBC_MMAP_MAX = 65536  # glibc's default M_MMAP_MAX (DEFAULT_MMAP_MAX)
GLIBC_TRIM_THRESHOLD = 128 << 10  # glibc's default M_TRIM_THRESHOLD
REUSE_TRIM_THRESHOLD = 1 << 30  # reuse_heap's: free heap top kept before giving it back
REUSE_MMAP_THRESHOLD = 64 << 20  # reuse_heap's: larger blocks are mmapped, returned on free
HEAP_ENV = "LONGCTX_HEAP"  # "glibc": reuse_heap leaves glibc's defaults
_reused: list[bool] = []  # non-empty while reuse_heap's policy is in force
_bound: list[tuple[int, int]] = []  # the thresholds bound_heap_retention set last (with a trim)
# Clause long_text_heap (session 47): while one long text's structure is found, blocks up to
# 1 GiB come from the heap and up to 1 GiB of free heap top is kept; afterwards the policy
# before it is set again (docs/PERFORMANCE.md "Session 47: one huge document, part 3").
LONG_TEXT_CHARS = 4_000_000
LONG_TEXT_THRESHOLD = 1 << 30
# The environment variables glibc reads at start-up for the same two parameters.
MMAP_ENV = "MALLOC_MMAP_THRESHOLD_"
TRIM_ENV = "MALLOC_TRIM_THRESHOLD_"
NOISY_LOGGERS = ("apache_beam", "absl")
LOGGER = "longctx"  # parent of every logger of ours, e.g. "longctx.dataset"


def bound_heap_retention(threshold: int = THRESHOLD, trim_threshold: int | None = None) -> bool:
    """Make glibc hand freed blocks (CPU tensors, arrays) of ``threshold`` bytes or more
    back to the OS; with ``trim_threshold``, also fix the free space the heap may keep
    at its top before giving it back (``M_TRIM_THRESHOLD``; glibc's default adapts).

    glibc serves blocks above its mmap threshold with their own ``mmap``, unmapped on
    free, but raises that threshold (up to 32 MiB) whenever such a block is freed, so
    after the first few activations every later one of a long sequence comes from the
    heap, which only shrinks from its top: the per-layer recompute/backward buffers of
    a checkpointed step pile up there. Setting the threshold explicitly also turns the
    adjustment off (``mallopt(3)``). What the heap already holds free is released too
    (``malloc_trim``), so it can be switched on mid-run (the trainer does so at its
    first long window: each large buffer then pays a fresh ``mmap`` and page faults,
    ~20% of a short step). Process-wide and idempotent; returns whether it applied
    (False off glibc, e.g. macOS or musl, where nothing is changed). After
    :func:`reuse_heap` it also allows mmap again and, without ``trim_threshold``,
    puts glibc's default trim threshold (128 KiB) back.
    """
    if not _glibc():
        return False
    libc = ctypes.CDLL(None)
    applied = bool(libc.mallopt(_M_MMAP_THRESHOLD, int(threshold)))
    if _reused:  # undo reuse_heap: mmap allowed again, glibc's trim threshold back
        applied = bool(libc.mallopt(_M_MMAP_MAX, GLIBC_MMAP_MAX)) and applied
        if trim_threshold is None:
            trim_threshold = GLIBC_TRIM_THRESHOLD
        _reused.clear()
    if trim_threshold is not None:
        applied = bool(libc.mallopt(_M_TRIM_THRESHOLD, int(trim_threshold))) and applied
    _bound[:] = [(int(threshold), int(trim_threshold))] if trim_threshold is not None else []
    libc.malloc_trim(0)
    return applied


@contextlib.contextmanager
def long_text_heap(chars: int):
    """Clause ``long_text_heap``: inside the block, for a text of ``chars`` characters
    (:data:`LONG_TEXT_CHARS` or more) under a bounded policy (the build's,
    :func:`bound_worker_heap`, set by a call or by the environment glibc read at start-up),
    blocks up to :data:`LONG_TEXT_THRESHOLD` come from the heap and that much free heap top
    is kept, so a long document's numpy temporaries reuse pages instead of mapping fresh
    ones (the page faults were structure's system time: ~40% of its CPU at 40 M); the
    policy is set again afterwards and the free heap given back (``malloc_trim``). Off
    glibc, for a shorter text, or with no bounded policy known: nothing changes."""
    policy = _bound[-1] if _bound else _env_policy()
    if chars < LONG_TEXT_CHARS or policy is None or _reused or not _glibc():
        yield
        return
    libc = ctypes.CDLL(None)
    libc.mallopt(_M_MMAP_THRESHOLD, LONG_TEXT_THRESHOLD)
    libc.mallopt(_M_TRIM_THRESHOLD, LONG_TEXT_THRESHOLD)
    try:
        yield
    finally:
        bound_heap_retention(*policy)


def _env_policy() -> tuple[int, int] | None:
    """The thresholds glibc read from the environment at start-up (a Beam worker started
    inside :func:`bound_heap_retention_in_children`), when both are set."""
    try:
        return int(os.environ[MMAP_ENV]), int(os.environ[TRIM_ENV])
    except (KeyError, ValueError):
        return None


def reuse_heap() -> bool:
    """The CPU policy of ``longctx eval``: every block below :data:`REUSE_MMAP_THRESHOLD`
    comes from glibc's heap (a fixed ``M_MMAP_THRESHOLD``), and the heap keeps up to
    1 GiB free at its top (``M_TRIM_THRESHOLD``), so the next forward reuses the pages
    of the ones before; larger blocks are mmapped and unmapped on free, so the freed
    copies of a long window's largest buffers do not stay resident (with no bound an
    8192-token eval peaked at 2.3x the 1 MiB policy's RSS).

    Under glibc's default every block above its adaptive threshold (up to 32 MiB: a
    1024-token forward's logits blocks, 192 MB each) and every heap top past twice
    that is handed back and faulted in again at the next forward; under
    :func:`bound_heap_retention` every block of 1 MiB or more is. What it costs: the
    heap's high-water mark stays resident, and a freed block is not always reused at
    once: torch's 64-byte-aligned allocations leave a few freed copies of a repeated
    size side by side before they merge (30 cycles of one 48 MiB tensor: 7-9 copies;
    glibc's default does the same below its 32 MiB ceiling); the bound limits what
    that can cost. :func:`bound_heap_retention` undoes it.

    ``LONGCTX_HEAP=glibc`` in the environment leaves glibc's defaults. Process-wide;
    returns whether it applied (False off glibc, e.g. macOS or musl, or when turned
    off).
    """
    if os.environ.get(HEAP_ENV, "").strip().lower() == "glibc" or not _glibc():
        return False
    libc = ctypes.CDLL(None)
    applied = bool(libc.mallopt(_M_MMAP_THRESHOLD, REUSE_MMAP_THRESHOLD))
    applied = bool(libc.mallopt(_M_TRIM_THRESHOLD, REUSE_TRIM_THRESHOLD)) and applied
    _reused.append(True)
    return applied


def _glibc() -> bool:
    return platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"


def bound_worker_heap() -> bool:
    """The dataset build's heap policy (module docstring): large per-document buffers
    (16 MiB or more) go back to the OS, smaller temporaries reuse the heap, whose free
    top is trimmed past 16 MiB. False off glibc."""
    return bound_heap_retention(WORKER_MMAP_THRESHOLD, WORKER_TRIM_THRESHOLD)


def release_free_memory() -> bool:
    """Give the free pages inside glibc's heaps back to the OS (``malloc_trim(0)``).

    The mmap threshold only covers large blocks. The Rust tokenizer makes millions
    of small ones from its worker threads' heaps; once freed they stay resident
    (measured: encoding a 10 M-character document left 227 MB more resident for
    30 MB of ids and offsets; trimming gave back 121 MB), so the build calls this
    after tokenizing a long batch. A few ms; False off glibc (nothing done).
    """
    if not _glibc():
        return False
    ctypes.CDLL(None).malloc_trim(0)
    return True


@contextlib.contextmanager
def bound_heap_retention_in_children(
    threshold: int = WORKER_MMAP_THRESHOLD, trim_threshold: int = WORKER_TRIM_THRESHOLD
):
    """The build's policy for processes started inside the ``with`` block (Beam's local
    worker processes): glibc reads ``MALLOC_MMAP_THRESHOLD_`` and
    ``MALLOC_TRIM_THRESHOLD_`` at start-up (a forked worker gets them applied by
    ``pipeline.fork_server``). The variables are restored afterwards, so later child
    processes are left alone."""
    previous = {name: os.environ.get(name) for name in (MMAP_ENV, TRIM_ENV)}
    os.environ[MMAP_ENV] = str(int(threshold))
    os.environ[TRIM_ENV] = str(int(trim_threshold))
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class DropBeamImportNoise(logging.Filter):
    """apache_beam logs "apitools not found" on the root logger when it is imported
    without the optional GCP client libraries; harmless for local runs, and it alarms
    users."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


class DropInterruptTracebacks(logging.Filter):
    """Beam logs a stage's exception with its traceback before re-raising it; for
    Ctrl-C (a ``KeyboardInterrupt``) and a full disk (``ENOSPC``, ``EDQUOT``) the
    command's own one line says all (``schemas.errors.run_main``,
    ``pipeline.output.give_up_for_space``), so Beam's record of them is dropped (on
    the handlers: a logger's filters do not see its children's records)."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if not record.name.startswith("apache_beam"):
            return True
        if isinstance(error, KeyboardInterrupt):
            return False
        no_room = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)  # EFBIG: clause file_size_limit
        return not (isinstance(error, OSError) and error.errno in no_room)


def setup_logging(level: int = logging.INFO) -> None:
    """Our loggers (``longctx.*``) at ``level``, every other library at warnings, as
    plain messages on stderr; the harmless Beam import warning and Beam's traceback of
    a Ctrl-C dropped.

    Call it from an entry point before Beam is imported (the warning is logged then).
    Idempotent.
    """
    root = logging.getLogger()
    if not any(isinstance(f, DropBeamImportNoise) for f in root.filters):
        root.addFilter(DropBeamImportNoise())
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    for handler in root.handlers:
        if not any(isinstance(f, DropInterruptTracebacks) for f in handler.filters):
            handler.addFilter(DropInterruptTracebacks())
    logging.getLogger(LOGGER).setLevel(level)
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING)


class RefuseImports(importlib.abc.MetaPathFinder):
    """Import of ``names`` (and of their submodules) fails as if they were not
    installed. Not a ``None`` in ``sys.modules``: Cython modules (pyarrow's pandas
    check) read that entry directly and take ``None`` for the module."""

    def __init__(self, names: tuple[str, ...]):
        self.names = tuple(names)

    def find_spec(self, name, path=None, target=None):
        if any(name == n or name.startswith(n + ".") for n in self.names):
            raise ModuleNotFoundError(f"No module named {name!r} (not needed here)", name=name)
        return None


@contextlib.contextmanager
def imports_refused(names: tuple[str, ...]):
    """Inside the block, importing ``names`` fails as if they were not installed (for
    a package that imports an optional module we never use, at start-up cost); after
    it, they import as usual. Nothing changes if one of them is already imported."""
    if any(name in sys.modules for name in names):
        yield
        return
    refuser = RefuseImports(names)
    sys.meta_path.insert(0, refuser)
    try:
        yield
    finally:
        sys.meta_path.remove(refuser)
