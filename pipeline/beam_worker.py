"""The worker process of local multi-process builds: Beam's own SDK harness, quiet
(and without pandas or pymongo, which no stage uses: ``skip_unused_imports``).

Beam's worker (``apache_beam.runners.worker.sdk_worker_main``) prints about 20 INFO
lines per process to the user's terminal: a GCP import warning on the root logger
makes ``logging`` install a stderr handler, then the harness sets the root level to
INFO, and the worker gets no pipeline options to lower it. This entry point
installs the stderr handler first, showing warnings and errors only (less two
harmless start-up warnings), and then runs Beam's harness unchanged. Every record
still reaches the runner through Beam's own log channel.
"""

from __future__ import annotations

import logging
import sys
import threading

from transforms.runtime import RefuseImports

START_UP_NOISE = (
    "apitools not found",
    "No semi_persistent_directory found",
    # Beam's MongoDB connector without bson (refused here: ``NOT_IN_WORKERS``).
    "Could not find a compatible bson package",
)


class QuietStartUp(logging.Filter):
    """Warnings and errors only, without Beam's harmless start-up warnings."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return False
        message = record.getMessage()
        return not any(noise in message for noise in START_UP_NOISE)


# What the driver would print about these workers: the workers' start-up warning,
# relayed through Beam's log channel, and FnApiRunner's advice to use
# multi_processing mode, which is what the custom worker environment replaces.
RELAYED_NOISE = {
    "apache_beam.runners.portability.local_job_service": START_UP_NOISE,
    "apache_beam.runners.portability.fn_api_runner.fn_runner": (
        "If direct_num_workers is not equal to 1",
    ),
}


class _DropMessages(logging.Filter):
    def __init__(self, fragments: tuple[str, ...]):
        super().__init__()
        self.fragments = fragments

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(fragment in message for fragment in self.fragments)


def quiet_driver_logs() -> None:
    """Drop, in the driver, the messages about these workers that are not news."""
    reset_after_a_stop()  # a new build in a process whose last one was stopped
    for name, fragments in RELAYED_NOISE.items():
        logger = logging.getLogger(name)
        if not any(isinstance(f, _DropMessages) for f in logger.filters):
            logger.addFilter(_DropMessages(fragments))
    if not getattr(threading.excepthook, "drops_interrupted_workers", False):
        threading.excepthook = _drop_interrupted_workers(threading.excepthook)


# Beam's thread that waits on a worker process raises this when the worker ended by
# SIGINT (Ctrl-C reaches the whole process group) or SIGTERM (sent to the group by a
# scheduler); the driver's own "interrupted" / "terminated" line says it, and what
# Beam's threads and handlers report from then on (each worker's exit, broken gRPC
# streams: ~130-245 lines) follows from it. The driver's handler cannot be relied on
# to quiet them first: a signal reaches any thread, and Python runs the handler in the
# main thread only when that one next runs bytecode.
_STOPPED_WORKER = (
    "Worker subprocess exited with return code -2",
    "Worker subprocess exited with return code -15",
)
_STOPPING = threading.Event()
_LEVEL_BEFORE: list[int] = []


def quiet_after_a_stop() -> None:
    """Ctrl-C or SIGTERM reached this build: drop Beam's thread errors and logs."""
    if not _STOPPING.is_set():
        _LEVEL_BEFORE[:] = [logging.getLogger("apache_beam").level]
    _STOPPING.set()
    logging.getLogger("apache_beam").setLevel(logging.CRITICAL + 1)


def reset_after_a_stop() -> None:
    """Undo :func:`quiet_after_a_stop` (a process that builds again)."""
    if _STOPPING.is_set():
        _STOPPING.clear()
        logging.getLogger("apache_beam").setLevel(_LEVEL_BEFORE.pop())


def _drop_interrupted_workers(hook):
    def excepthook(args):
        if str(args.exc_value).startswith(_STOPPED_WORKER):
            quiet_after_a_stop()
        if not _STOPPING.is_set():
            hook(args)

    excepthook.drops_interrupted_workers = True
    return excepthook


# Modules no stage uses that Beam imports at start-up only if it can: Beam's type
# hints import pandas (~0.3 CPU-s, a third of Beam's own import) to register
# DataFrame hints; ``apache_beam.io`` imports its MongoDB connector, which imports
# pymongo and bson if installed (~0.08 CPU-s) and falls back to stubs without them.
# Refused here, in our worker for good; in the ``longctx dataset`` driver pandas is
# refused only while Beam is imported (``import_dataset_builder``), so later imports
# in that process work as usual. Not refused: httplib2 (Beam imports it unguarded) and
# requests (Beam's optional GCP modules, GCS among them, use it; ~0.04 CPU-s).
NOT_IN_WORKERS = ("pandas", "pymongo", "bson")


# The driver refuses pandas only: refusing pymongo logs "Could not find a compatible
# bson package." there, and it costs less.
NOT_IN_DRIVER = ("pandas",)


def skip_unused_imports() -> None:
    """Make ``import pandas`` (and the rest of ``NOT_IN_WORKERS``) fail fast in this
    process, as if it were not installed; nothing changes if one is already imported."""
    if any(name in sys.modules for name in NOT_IN_WORKERS):
        return
    if not any(isinstance(f, RefuseImports) for f in sys.meta_path):
        sys.meta_path.insert(0, RefuseImports(NOT_IN_WORKERS))


def start_quietly():
    """Beam's worker module, imported behind the quiet stderr handler."""
    skip_unused_imports()
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(QuietStartUp())
    handler.setFormatter(logging.Formatter("beam worker %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    from apache_beam.runners.worker import sdk_worker_main

    return sdk_worker_main


def main() -> None:
    start_quietly().main(sys.argv)


if __name__ == "__main__":
    main()
