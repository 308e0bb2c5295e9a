"""An export's staging folder ``DEST.tmp-X``: made marked and locked, and the leftovers
of killed exports removed by the next export to the same ``DEST``.

* Clause ``export_staging_marked`` (session 31): an export killed before its swap
  (``kill -9``, the OOM killer, a closed CI job) left ``DEST.tmp-X`` for ever, inside
  the dataset by default (``OUT/parquet.tmp-X``); no later export removed it, and a
  rebuild of the dataset was refused with "holds parquet.tmp-X, which neither the
  build nor `longctx export` wrote", which is wrong, and left the user to work out
  what to delete. The export now makes its staging folder exclusively (never into a
  folder that exists), locks it while it runs, and writes ``_EXPORT`` first (bytes
  ``export_mark`` of the folder's inode, as a build's ``_BUILD``). The next export to
  ``DEST`` removes a ``DEST.tmp-X`` only when it is unlocked, holds this folder's own
  mark and, besides it, only export shard files (``transforms.own_outputs
  export_left_here``), and says so; any other folder of that name (a user's, a copy,
  one of a version before the mark) is left, said with the command that removes it.
  A rebuild of ``OUT`` with ``--overwrite`` removes such a leftover inside it with the
  old dataset (``pipeline.output_checks._exports_in``).
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
import shlex
import uuid

from pipeline import storage
from pipeline.output_removal import removed_or_said
from schemas.output_names import EXPORT_MARK, EXPORT_MARK_BYTES, export_mark
from transforms.folder_marks import mark_doubt, mark_state, new_mark, write_whole
from transforms.own_outputs import export_left_here

LOG = logging.getLogger("longctx.export")

_STAGING = re.compile(r"\.tmp-[0-9a-f]{8}$")


def unlocked(path: str) -> bool:
    """No running export holds the lock of the local folder ``path``."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False  # cannot tell: leave it alone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def create(dest: str) -> tuple[str, int | None]:
    """A new staging folder ``DEST.tmp-X`` for ``dest``, locked, its mark written: its
    path and the lock's file descriptor (None when remote), to :func:`release` when the
    export ends. Never a folder that exists (a user's of that name: another name is
    drawn), since a failed export removes its staging folder whole."""
    while True:
        staging = f"{dest}.tmp-{uuid.uuid4().hex[:8]}"
        if storage.is_remote(staging):
            return staging, None
        os.makedirs(os.path.dirname(staging) or ".", exist_ok=True)
        try:
            return staging, _made(staging)
        except FileExistsError:
            continue


def _made(staging: str) -> int:
    os.mkdir(staging)  # never an existing folder: the export removes it on failure
    fd = -1
    try:
        fd = os.open(staging, os.O_RDONLY | os.O_DIRECTORY)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        mark = os.open(os.path.join(staging, EXPORT_MARK), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        try:
            write_whole(mark, new_mark(export_mark, staging))  # mark_names_folder_birth
        finally:
            os.close(mark)
    except BaseException:  # what this call made goes: the folder it made, its mark
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(staging, EXPORT_MARK))
        with contextlib.suppress(OSError):
            os.rmdir(staging)
        if fd >= 0:
            os.close(fd)
        raise
    return fd


def release(fd: int | None) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)


def clean_leftovers(dest: str) -> list[str]:
    """Remove the staging folders that killed exports to ``dest`` left beside it (module
    docstring); returns the lines said."""
    if storage.is_remote(dest):
        return []
    parent = os.path.dirname(os.path.abspath(dest))
    base = os.path.basename(os.path.abspath(dest))
    try:
        names = sorted(os.listdir(parent))
    except OSError:
        return []
    said = []
    for name in names:
        match = _STAGING.search(name)
        path = os.path.join(parent, name)
        if not match or name[: match.start()] != base or os.path.islink(path):
            continue
        if not os.path.isdir(path) or not unlocked(path):
            continue
        if export_left_here(path):
            if not removed_or_said(path):
                continue
            line = f"removed {path}, left by an export to {dest} that did not finish"
        else:
            state = mark_state(path, EXPORT_MARK, EXPORT_MARK_BYTES)  # ..._unverifiable_left
            why = f"holds no {EXPORT_MARK} written in it, or files an export does not write"
            why = mark_doubt(state, EXPORT_MARK) if state in ("old", "unverifiable") else why
            line = (
                f"left {path} alone: it is named like the staging folder of an export to "
                f"{dest} but {why}; if it is not yours, remove it with "
                f"`rm -r -- {shlex.quote(path)}`"
            )
        LOG.warning(line)
        said.append(line)
    return said
