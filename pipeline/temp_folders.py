"""The build's own folders in the system temp dir, and the removal of those a killed
build left (rule ``dead_build_folders``).

A build makes ``longctx-forks-*`` (the workers' fork server's socket) and
``longctx-progress-*`` (the workers' progress files) there and removes them when it
ends, also on an error or a SIGTERM; a SIGKILL (the OOM killer, ``kill -9``, a
closed CI job) leaves them, and no later build removed them (61 progress and 107
fork folders had piled up in this machine's /tmp by session 14).

Each folder now holds ``.owner``: the owning process's pid, for people, and an
exclusive ``flock`` that the owner holds while it lives (the kernel drops it when the
process dies, however it dies; forked children, the fork server and its workers,
hold it too). A build first removes the folders whose lock it can take: only
folders of those two names, directly in the temp dir, real folders (not links),
owned by this user, with ``.owner`` present (folders made before it are left alone).
The lock file is locked under another name and then renamed, so a folder is never
seen with a ``.owner`` that nobody holds while its owner lives.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
import shlex
import shutil
import stat
import tempfile
from collections.abc import Iterator

from schemas.output_names import TEMP_FOLDER_NAME as _NAME  # one list of the names
from schemas.output_names import TEMP_OWNER as OWNER

LOG = logging.getLogger("longctx.dataset")

PREFIXES = ("longctx-forks-", "longctx-progress-")


class OwnedFolder:
    """``tempfile.mkdtemp(prefix=prefix)`` with the lock file in it; :meth:`remove`
    removes it (its contents too) and drops the lock."""

    def __init__(self, prefix: str):
        assert prefix in PREFIXES, prefix
        self.path = tempfile.mkdtemp(prefix=prefix)
        claiming = os.path.join(self.path, OWNER + ".new")
        self._fd = os.open(claiming, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX)
        except OSError:  # a temp dir without locks (some FUSE or 9p mounts): no .owner,
            os.close(self._fd)  # so never removed by another build, as before
            os.unlink(claiming)
            self._fd = -1
            return
        os.write(self._fd, f"{os.getpid()}\n".encode())
        os.rename(claiming, os.path.join(self.path, OWNER))

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


@contextlib.contextmanager
def owned_folder(prefix: str) -> Iterator[str]:
    """An :class:`OwnedFolder`'s path, removed on leaving."""
    folder = OwnedFolder(prefix)
    try:
        yield folder.path
    finally:
        folder.remove()


def _dead(path: str) -> bool:
    """Whether ``path`` is one of our folders whose owner is gone (module doc)."""
    try:
        info = os.lstat(path)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            return False
        fd = os.open(os.path.join(path, OWNER), os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:  # gone, not ours, or made before .owner existed
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held: its build (or a worker it forked) still runs
        return False
    finally:
        os.close(fd)
    return True


# Clause dead_build_folders_only_ours (session 31): what a build writes in these folders
# (this module's lock file, the fork server's ``socket``, pipeline.progress's
# ``<pid>-<8 hex>.json`` and its ``.tmp``, and Beam's temp folder of a remote build).
_OURS = re.compile(r"\.owner(\.new)?|socket|\d+-[0-9a-f]{8}\.json(\.tmp)?")
_BEAM_TEMP = "_beam"


def foreign_in(path: str) -> list[str]:
    """Clause ``dead_build_folders_only_ours`` (session 31): the names in ``path`` that
    no build writes there, and a ``.owner`` that is not a pid line. A user's folder
    ``$TMPDIR/longctx-progress-saved`` (a copy kept to look at, with their notes.txt
    added) holding a ``.owner`` that no process locks was deleted whole by the next
    build ("removed 2 temp folders of killed builds", real run in /tmp/wtC31/tmpd)."""
    try:
        names = os.listdir(path)
        fd = os.open(os.path.join(path, OWNER), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        try:
            held = os.read(fd, 32)
        finally:
            os.close(fd)
    except OSError:
        return [OWNER]
    found = [n for n in names if not _OURS.fullmatch(n) and n != _BEAM_TEMP]
    found += [n for n in names if _OURS.fullmatch(n) and not _plain(os.path.join(path, n))]
    if _BEAM_TEMP in names and not _only_folders(os.path.join(path, _BEAM_TEMP)):
        found.append(_BEAM_TEMP)
    return sorted(found) + ([] if re.fullmatch(rb"\d+\n", held) else [OWNER])


# Narrowing ``dead_build_folders_only_ours_by_kind`` (review, session 31): the names were
# checked, not what they are, and ``_beam`` not looked into: a user's notes.txt in a
# folder named ``socket`` or ``4242-0123abcd.json``, or anywhere in ``_beam``, of a copy
# of a killed build's folder (``.owner`` a pid line) went with it. A build's ``socket``
# and progress files are never folders or links, and its ``_beam`` holds Beam's empty
# ``local_tempdir`` folders (pipeline.construction), never a file.
def _plain(path: str) -> bool:
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return True  # gone meanwhile
    return not (stat.S_ISDIR(mode) or stat.S_ISLNK(mode))


def _only_folders(path: str) -> bool:
    if os.path.islink(path) or not os.path.isdir(path):
        return False
    for _root, dirs, names in os.walk(path):
        if names or any(os.path.islink(os.path.join(_root, d)) for d in dirs):
            return False
    return True


def remove_dead_folders(temp_dir: str | None = None) -> list[str]:
    """Remove the folders that killed builds left in ``temp_dir`` (the system temp
    dir); the names removed."""
    temp_dir = temp_dir or tempfile.gettempdir()
    try:
        names = [n for n in os.listdir(temp_dir) if n.startswith(PREFIXES) and _NAME.fullmatch(n)]
    except OSError:
        return []
    removed = []
    for name in sorted(names):
        path = os.path.join(temp_dir, name)
        if not _dead(path):
            continue
        if foreign := foreign_in(path):
            LOG.warning(
                "left %s alone: named like the temp folder of a killed longctx build, it "
                "holds %s, which no build writes there; remove it yourself if it is not "
                "needed (`rm -r -- %s`), or rename it",
                path,
                ", ".join(foreign[:5]),
                shlex.quote(path),
            )
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(name)
    return removed
