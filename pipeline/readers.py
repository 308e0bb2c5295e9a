"""Who is reading a dataset: a rebuild never replaces it under a running reader.

Clause reader_lease: ``longctx train``, ``eval`` and ``export`` mark the dataset
folder they read while they run: ``DATA/_readers/<host>-<pid>-<random>.json`` (pid, host,
command, start time), held with an exclusive ``flock`` for the reader's lifetime and
removed on exit. A build that would replace the dataset (``--overwrite``, or the
automatic rebuild of ``make dataset``) first looks there (:func:`live_readers`):
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
import shlex
import socket
import stat
import sys
import time
import uuid

from schemas.output_names import READERS_DIR  # one list of the names longctx writes

LOG = logging.getLogger("longctx.dataset")


def _is_remote(path: str) -> bool:
    return "://" in path  # as pipeline.storage.is_remote, without importing Beam


def _make_folder(data_dir: str, folder: str) -> None:
    """Create ``DATA/_readers`` (if missing) with DATA's own permission bits and group.

    Clause reader_lease_shared_folder: a dataset in a folder several users may write
    (a team's group-writable DATA) is read by one and rebuilt by another. Made with the
    reader's umask (0755), ``_readers`` belonged to the reader alone: when that reader
    crashed, the builder could not delete its stale mark, so every later ``--overwrite``
    swapped the new dataset in and then died with a PermissionError traceback while
    deleting the old one (seen with the builder run without CAP_DAC_OVERRIDE:
    review of session 23, docs/QUALITY.md). Whoever may write DATA may now remove a
    mark in it."""
    try:
        os.mkdir(folder)
    except FileExistsError:
        return
    with contextlib.suppress(OSError):
        info = os.stat(data_dir)
        os.chown(folder, -1, info.st_gid)
        os.chmod(folder, stat.S_IMODE(info.st_mode) & 0o777)


def _mark(data_dir: str, what: str) -> tuple[str, int] | None:
    """Write and lock this process's mark in ``data_dir``; ``None`` when it cannot be
    (the folder is read-only or another user's, or the filesystem has no locks)."""
    folder = os.path.join(data_dir, READERS_DIR)
    for _ in range(3):
        # Clause reader_lease_unique_mark: the name carries a random part. Two processes
        # with one hostname and one pid (containers sharing the host's name, each with
        # its own pid namespace, on one shared dataset) opened ONE file: the second
        # truncated the first's mark and then waited for its lock forever (a train that
        # hangs at start, saying nothing). And after taking its lock the reader checks
        # that its file is still there: a build that probed the mark before it was
        # locked took it for stale and deleted it, and the run went on unmarked.
        name = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}.json"
        path = os.path.join(folder, name)
        try:
            _make_folder(data_dir, folder)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileNotFoundError:  # another reader's exit removed the folder meanwhile
            continue
        except OSError as error:
            LOG.debug("cannot mark %s as read (%s): not marked", data_dir, error.strerror)
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # held by nobody but, for a moment, a build's probe
            if os.stat(path).st_ino != os.fstat(fd).st_ino:
                raise FileNotFoundError(path)
            mark = {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "command": what,
                "argv": sys.argv[1:],
                "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            }
            os.write(fd, json.dumps(mark).encode())
            return path, fd
        except FileNotFoundError:  # a build's probe removed it before it was locked
            os.close(fd)
            continue
        except OSError as error:
            # Clause reader_lease_no_lock: a filesystem that refuses flock (ENOLCK on an
            # NFS mount without its lock daemon, EOPNOTSUPP, ENOSYS on some FUSE mounts)
            # made train/eval/export fail at start; the run now goes on unmarked.
            with contextlib.suppress(OSError):
                os.unlink(path)
            os.close(fd)
            with contextlib.suppress(OSError):
                os.rmdir(folder)  # only when no other reader is left
            LOG.debug("cannot lock the mark in %s (%s): not marked", data_dir, error.strerror)
            return None
    return None


@contextlib.contextmanager
def reading(data_dir: str | None, what: str):
    """Mark ``data_dir`` as read by this process (``what``: "longctx train" ...)
    for the ``with`` block."""
    if not data_dir or _is_remote(data_dir) or not os.path.isdir(data_dir):
        yield
        return
    marked = _mark(data_dir, what)
    try:
        yield
    finally:
        if marked is not None:
            path, fd = marked
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


def _open_mark(path: str) -> int | None:
    """Read-write where allowed: NFS emulates ``flock`` with POSIX locks, and an
    exclusive one needs a descriptor open for writing (EBADF otherwise, flock(2))."""
    for flags in (os.O_RDWR, os.O_RDONLY):
        try:
            return os.open(path, flags)
        except FileNotFoundError:
            return None
        except OSError:
            continue
    return None


def live_readers(data_dir: str) -> list[dict]:
    """The marks of the processes reading ``data_dir`` now; stale marks are removed
    (one warning line each)."""
    if _is_remote(data_dir):
        return []
    folder = os.path.join(data_dir, READERS_DIR)
    try:
        names = sorted(os.listdir(folder))
    except PermissionError as error:  # clause reader_lease_folder_unreadable
        raise ReadersFolderError(_unreadable_line(data_dir, folder, error)) from None
    except OSError:
        return []
    live = []
    for name in names:
        if not name.endswith(".json"):
            continue  # not a mark this module wrote: left alone
        path = os.path.join(folder, name)
        fd = _open_mark(path)
        if fd is None:
            continue  # its reader has just ended
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                live.append(_read_mark(path) or {"pid": "?", "host": name[:-5]})
                continue
            except OSError as error:
                # Clause reader_lease_no_lock: no lock to test here (a traceback
                # before): neither counted live (a build is never blocked for good)
                # nor removed.
                LOG.warning(
                    "cannot tell whether the reader of %s is still running (%s): "
                    "its mark is kept and not counted",
                    path,
                    error.strerror,
                )
                continue
            mark = _read_mark(path)
            try:
                os.unlink(path)
            except FileNotFoundError:
                continue  # its reader ended meanwhile
            except OSError as error:
                # Clause reader_lease_shared_folder: said "removed" and was not.
                # Clause reader_lease_folder_unreadable: and the build then died deleting
                # the old dataset (its `_readers` not empty): one line now, before.
                raise ReadersFolderError(_unreadable_line(data_dir, folder, error)) from None
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


class ReadersFolderError(ValueError):
    """Clause ``reader_lease_folder_unreadable``: ``DATA/_readers`` cannot be read or
    its stale marks removed by the user who builds (a ValueError: schemas.errors'
    UserError would import pyarrow here; pipeline.output says it as an OutputError)."""


def _unreadable_line(data_dir: str, folder: str, error: OSError) -> str:
    """Clause ``reader_lease_folder_unreadable`` (session 24): a ``_readers`` folder
    made owner-only (0700, or 0755 with a stale mark) by another user, e.g. by a reader
    of a longctx before reader_lease_shared_folder or a hand ``chmod``: ``os.listdir``
    failed and was read as "no readers", the build ran and swapped, then died with a
    PermissionError traceback deleting the old dataset, leaving ``DATA.tmp-*``. Now one
    line, before the build reads its input. Clause readers_chmod_quoted: the folder in
    its command is quoted for a shell (a dataset path with a space or ``$``) and
    absolute (a relative ``-data`` was read by chmod as options)."""
    try:
        info = os.stat(folder)
        whose = f"owner uid {info.st_uid}, mode {stat.S_IMODE(info.st_mode):04o}"
        mode = f"{stat.S_IMODE(os.stat(data_dir).st_mode) & 0o777:o}"
    except OSError:
        whose, mode = "its owner unknown", "775"
    return (
        f"{folder} cannot be read or cleaned by you ({error.strerror}; {whose}): whether a "
        f"longctx train, eval or export is reading {data_dir} cannot be told, and a rebuild "
        f"could not delete the old dataset after its swap; ask its owner to `chmod {mode} {shlex.quote(os.path.abspath(folder))}` (or, when "
        "no run reads the dataset, to remove it), or build to another --output"
    )


def readers_line(data_dir: str, live: list[dict]) -> str:
    first = live[0]
    more = f" (and {len(live) - 1} more)" if len(live) > 1 else ""
    return (
        f"{data_dir} is being read by {first.get('command', 'a longctx run')} "
        f"(pid {first.get('pid', '?')} on {first.get('host', '?')}){more}: rebuilding it "
        "now would change its data under that run; wait for it to end (or stop it), "
        "or build to another --output"
    )


def kept_staging_line(data_dir: str, staging: str) -> str:
    """Clause ``swap_refused_says_staging`` (session 24): the check run after the build,
    just before the swap, refused it with the ``_readers`` folder's line alone (clause
    reader_lease_folder_unreadable: the folder made owner-only during the build) and
    never said that the finished dataset was in ``staging``: a build of hours left
    unnamed, and removed by the next build. Now both refusals of the swap (that one and
    a reader started during the build) name it and the two renames that finish the swap
    by hand, quoted for a shell, the old dataset kept aside under a name no build
    removes."""
    aside = f"{data_dir}.previous-{uuid.uuid4().hex[:8]}"
    # Clause swap_line_absolute_no_into: the paths are absolute (a relative --output
    # named from another folder moved nothing; `--output=-data` gave `mv -data ...`:
    # "invalid option") and `mv -T` never moves a folder INTO an existing one: the line
    # run twice (shell history) moved the new dataset into DATA.previous-*, the folder
    # the line says to delete, and left no DATA; now the second run stops at once.
    moves = " && ".join(
        f"mv -T {shlex.quote(os.path.abspath(a))} {shlex.quote(os.path.abspath(b))}"
        for a, b in ((data_dir, aside), (staging, data_dir))
    )
    return (
        f"{data_dir} is kept as it was and the new dataset, complete, is left in {staging}: "
        f"when no run reads {data_dir}, finish the swap yourself with `{moves}` (then delete "
        f"{aside}), or build again (the next build to {data_dir} removes {staging})"
    )
