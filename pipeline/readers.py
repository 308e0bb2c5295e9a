"""Who is reading a dataset: a rebuild never replaces it under a running reader.

Clause reader_lease: ``longctx train``, ``eval`` and ``export`` mark the dataset
folder they read while they run: ``DATA/_readers/<host>-<pid>.json`` (pid, host,
command, start time), held with an exclusive ``flock`` for the reader's lifetime and
removed on exit. A build that would replace the dataset (``--overwrite``, or the
automatic rebuild of ``make dataset``) first looks there (:func:`check_no_readers`):
a mark whose lock is still held is a live reader, and the build is refused in one
line naming its pid and host and what to do. A mark whose lock can be taken is
stale: its process ended without removing it (killed, crashed, the machine
rebooted; the kernel releases a ``flock`` when the process holding it ends, so pid
reuse cannot keep a dead run's mark alive); it is deleted with one line and the
build goes on. Only files under ``_readers`` that this module wrote are touched.

Not marked: remote datasets (``gs://``...: no locks there) and a dataset folder the
reader cannot write to (one line at debug level; the reader is not stopped). Locks
across hosts hold where the filesystem passes ``flock`` on (local disks; NFS, whose
Linux client maps it to POSIX locks); elsewhere another host's live reader looks
stale, and its mark's host is named in the line that removes it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import socket
import sys
import time

LOG = logging.getLogger("longctx.dataset")
READERS_DIR = "_readers"


def _is_remote(path: str) -> bool:
    return "://" in path  # as pipeline.storage.is_remote, without importing Beam


def _mark_path(data_dir: str) -> str:
    name = f"{socket.gethostname()}-{os.getpid()}.json"
    return os.path.join(data_dir, READERS_DIR, name)


@contextlib.contextmanager
def reading(data_dir: str | None, what: str):
    """Mark ``data_dir`` as read by this process (``what``: "longctx train" ...)
    for the ``with`` block."""
    if not data_dir or _is_remote(data_dir) or not os.path.isdir(data_dir):
        yield
        return
    path = _mark_path(data_dir)
    fd = None
    for _ in range(3):  # another reader's exit may remove the folder between the two
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            break
        except FileNotFoundError:
            continue
        except OSError as error:
            LOG.debug("cannot mark %s as read (%s): not marked", data_dir, error.strerror)
            break
    if fd is None:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        mark = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "command": what,
            "argv": sys.argv[1:],
            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        os.write(fd, json.dumps(mark).encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)  # before the lock goes: a checker never sees it stale
        os.close(fd)
        with contextlib.suppress(OSError):
            os.rmdir(os.path.dirname(path))  # only when no other reader is left


def _read_mark(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            mark = json.load(f)
        return mark if isinstance(mark, dict) else {}
    except (OSError, ValueError):
        return {}


def live_readers(data_dir: str) -> list[dict]:
    """The marks of the processes reading ``data_dir`` now; stale marks are removed
    (one warning line each)."""
    if _is_remote(data_dir):
        return []
    folder = os.path.join(data_dir, READERS_DIR)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    live = []
    for name in names:
        if not name.endswith(".json"):
            continue  # not a mark this module wrote: left alone
        path = os.path.join(folder, name)
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue  # its reader has just ended
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                live.append(_read_mark(path) or {"pid": "?", "host": name[:-5]})
                continue
            mark = _read_mark(path)
            with contextlib.suppress(OSError):
                os.unlink(path)
            LOG.warning(
                "removed the stale reader mark %s (%s, pid %s on %s): that process has "
                "ended without removing it (its lock was free)",
                path,
                mark.get("command", "a reader"),
                mark.get("pid", "?"),
                mark.get("host", "?"),
            )
        finally:
            os.close(fd)
    if not live:
        with contextlib.suppress(OSError):
            os.rmdir(folder)
    return live


def readers_line(data_dir: str, live: list[dict]) -> str:
    first = live[0]
    more = f" (and {len(live) - 1} more)" if len(live) > 1 else ""
    return (
        f"{data_dir} is being read by {first.get('command', 'a longctx run')} "
        f"(pid {first.get('pid', '?')} on {first.get('host', '?')}){more}: rebuilding it "
        "now would change its data under that run; wait for it to end (or stop it), "
        "or build to another --output"
    )
