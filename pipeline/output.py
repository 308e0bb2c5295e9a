"""Where a build may write, and how a finished build replaces ``OUT`` without losing data.

Rules, checked before any input is read (:func:`check_output`, in
``pipeline.output_checks`` with the names a build writes; re-exported here):

* ``OUT`` may be absent, an empty folder, or a longctx dataset (a ``manifest.json``
  of format ``longctx-dataset`` and nothing at the top level that the build does
  not write). Anything else (a file, a folder of other files, ``/``) is refused:
  the build never deletes what it did not write.
* A complete dataset is replaced only with ``--overwrite``; a ``longctx export``
  written into it (``OUT/parquet`` by default: a folder whose ``export.json`` lists
  every file in it) goes with it, as it exports the old dataset. A file the export
  did not write, in it or beside it, is the user's: the build is refused naming it.
* ``OUT`` may not be, hold, or lie inside an input: replacing it would delete the
  corpus, or the next build would read the dataset as input.
* Clause ``output_made_meanwhile``: the swap replaces only the ``OUT`` the checks saw
  (absent, or that folder): one another build or export put there while this one ran
  is kept, and this one's result left in its staging folder, named in one line, with
  the ``mv`` that keeps both (clause ``output_made_meanwhile_keeps_both``); an ``OUT``
  deleted meanwhile is not refused (clause ``output_made_meanwhile_gone``).

The build writes into ``OUT.tmp-XXXXXXXX`` (flock-ed while the build runs) and,
once that folder is complete, :func:`replace_output` swaps it in: locally one
atomic ``renameat2(RENAME_EXCHANGE)`` of the two folders, then the old dataset
(now at the staging path) is deleted. A kill at any moment leaves ``OUT`` as the
old or the new complete dataset. Where the exchange is not available (not Linux,
or a filesystem without it) the old dataset is first renamed to ``OUT.old-XXXXXXXX``,
the new one renamed into place, the old one deleted; a kill between the two renames
leaves ``OUT`` missing and both complete datasets beside it, and the next build to
``OUT`` puts the old one back (:func:`clean_leftovers`). The next build also
deletes the staging folders of killed builds (recognized by name and contents,
skipped while a running build holds their lock) and reports what it removed.
Before the swap every file and folder of the staging folder is fsynced, after it
the folder holding ``OUT`` (clauses ``synced_before_swap`` and ``rename_durable``,
:mod:`pipeline.durable`), so a power loss too leaves the old or the new dataset.

On object stores (``gs://``...) folders cannot be renamed: the old dataset's
``_COMPLETE`` is deleted first, then its files, then the new files are moved in
with ``_COMPLETE`` last, so a killed swap leaves an ``OUT`` that is visibly
incomplete, never one that looks complete with mixed files. Stale staging
prefixes are reported there, not deleted. Nothing is fsynced there: an object store
keeps an object once its write (or copy) returns, and has no folder to sync.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import logging
import os
import posixpath
import shlex
import stat
import uuid

from pipeline import durable, storage
from pipeline.output_checks import (  # re-exported: callers import them from here
    BEAM_TEMP,  # noqa: F401
    BUILD_NAMES,  # noqa: F401
    EXPORT_FORMATS,  # noqa: F401
    EXPORT_MANIFEST,
    OutputError,
    _exports_in,  # noqa: F401
    _top_level,  # noqa: F401
    check_output,  # noqa: F401
    export_files,  # noqa: F401
    live_readers,  # noqa: F401
)
from pipeline.output_removal import removed_or_said
from pipeline.output_staging import (  # noqa: F401 - re-exported: callers import them from here
    clean_leftovers,
    create_staging,
    give_up_for_space,
    release,
    unmarked_leftover_line,
)
from pipeline.readers import ReadersFolderError, kept_staging_line, readers_line
from pipeline.readers import live_readers as _live_readers
from schemas.dataset import COMPLETE_MARKER, MANIFEST
from schemas.errors import UserError, file_too_large, no_room, out_of_space, too_large_cause_and_fix  # noqa: F401

LOG = logging.getLogger("longctx.dataset")


def resolve(out: str) -> str:
    """Where a build to ``out`` writes: a local symbolic link's target (the link
    stays; the staging folder and the swap happen beside the target, on its
    filesystem), else ``out`` itself."""
    if storage.is_remote(out) or not os.path.islink(out):
        return out
    return os.path.realpath(out)


def new_staging_path(out: str) -> str:
    return f"{out}.tmp-{uuid.uuid4().hex[:8]}"


# --------------------------------------------------------------------------
# The swap
# --------------------------------------------------------------------------
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange(a: str, b: str) -> None:
    """Atomically swap two existing paths (Linux ``renameat2(RENAME_EXCHANGE)``).

    Raises ``OSError`` where the system or the filesystem cannot do it."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available")
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE):
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), a)


UNCHECKED = object()  # replace_output's ``seen`` when the caller recorded nothing


def identity(path: str) -> tuple | None:
    """What :func:`replace_output` compares (clause ``output_made_meanwhile``): for a
    local folder, the sha256 of its ``manifest.json`` and ``export.json`` and the
    modification time of its ``_COMPLETE``, which a build or an export writes last and a
    reader never touches (a link: its target's name; a file: its size and time); None
    when absent or remote.

    Clause ``identity_by_content`` (session 29): it was the folder's and ``_COMPLETE``'s
    inode numbers, which FUSE mounts (sshfs without ``use_ino``, gcsfuse, rclone) may
    number anew during a long build, so a normal ``--overwrite`` rebuild there was
    refused as "written by another run" (a copy of OUT put back in its place with
    ``cp -a`` reads the same way). What another run would change, the manifest and
    the time ``_COMPLETE`` was written, is compared instead: one OUT deleted and made
    again by another build (an inode may be reused) still differs by that time."""
    if storage.is_remote(path):
        return None
    try:
        st = os.lstat(path)
    except OSError:  # absent, or under a file (said by create_staging)
        return None
    if stat.S_ISLNK(st.st_mode):
        return ("link", os.readlink(path))
    if not stat.S_ISDIR(st.st_mode):
        return ("file", st.st_size, st.st_mtime_ns)
    marks = []
    for name in (MANIFEST, EXPORT_MANIFEST):
        try:
            with open(os.path.join(path, name), "rb") as handle:
                marks.append(hashlib.sha256(handle.read()).hexdigest())
        except OSError:
            marks.append(None)
    try:
        marks.append(os.lstat(os.path.join(path, COMPLETE_MARKER)).st_mtime_ns)
    except OSError:
        marks.append(None)
    if marks == [None, None, None]:
        # Clause identity_by_content_unmarked (review, session 29): an empty OUT (the
        # checks allow one) has no marks, so another folder put in its place meanwhile
        # (`mv mydata OUT`) read as the same and was swapped out and deleted; such a
        # folder is known by the names in it.
        with contextlib.suppress(OSError):
            marks.append(tuple(sorted(os.listdir(path))))
    return ("folder", *marks)


def made_meanwhile_line(out: str, staging: str, seen: tuple | None) -> str:
    """Clause ``output_made_meanwhile``: two builds (or exports) to one ``--output`` at
    once both found it absent, both ran, and the second to finish swapped its result
    over the first's, a complete dataset, without ``--overwrite`` and without a word:
    both said "dataset: OUT", exit 0, and one of them was gone. ``OUT`` is now compared
    with the folder the checks saw before the build; another one is kept, and this
    build's result is left, named, in ``staging``."""
    when = "did not exist" if seen is None else "was another folder"
    # Clause output_made_meanwhile_keeps_both (review, session 28): the line was the
    # reader refusal's, "finish the swap yourself with `mv -T OUT OUT.previous-X && mv
    # -T STAGING OUT` (then delete OUT.previous-X)": the folder it said to delete is the
    # other run's dataset, which this run was never asked to replace. It now says to
    # move this run's result to a folder of its own, both kept.
    mine = os.path.abspath(staging)
    own = f"{os.path.abspath(out)}.mine-{uuid.uuid4().hex[:8]}"
    return (
        f"{out} was written by another run while this one ran (it {when} when this one "
        f"started), so it is not replaced and this run's dataset, complete, is left in "
        f"{staging}: keep both by moving it to a folder of its own "
        f"(`mv -T {shlex.quote(mine)} {shlex.quote(own)}`) before the next build to {out}, "
        f"which removes {staging}"
    )


def export_refused_line(shown: str, staging: str, written: list[str], seen) -> str:
    """Clause ``export_refused_cleans_up`` (session 29): an export refused by
    ``output_made_meanwhile`` (another export to ``--output`` finished while this one
    ran) left its ``DEST.tmp-X`` for ever, inside the dataset by default
    (``OUT/parquet.tmp-X``), with a line saying "the next build to DEST removes it",
    which holds for builds only: nothing removes an export's staging folder. An export
    is made again from the dataset in the time it took, so the files this export wrote
    there are removed, by name, then its emptied folders; anything else found there is
    left and named. Returns the one line."""
    real = os.path.realpath(staging)
    for name in written:
        path = os.path.join(staging, name)
        # Clause export_refused_cleans_up_no_links (review, session 29): a folder of
        # staging replaced by a link led the removal to the files of the same names
        # where it points; a file is removed only where this export wrote it.
        if os.path.realpath(os.path.dirname(path)) != os.path.join(
            real, os.path.dirname(name)
        ).rstrip(os.sep):
            continue
        with contextlib.suppress(OSError):
            os.remove(path)
    for root, _, _ in sorted(os.walk(staging), key=lambda w: -w[0].count(os.sep)):
        with contextlib.suppress(OSError):
            os.rmdir(root)  # only an emptied folder: never one holding another's file
    when = "did not exist" if seen is None else "was another folder"
    line = (
        f"{shown} was written by another run while this export ran (it {when} when this "
        f"one started), so it is not replaced; "
    )
    left = sorted(
        os.path.relpath(os.path.join(r, n), staging) for r, _, ns in os.walk(staging) for n in ns
    )
    if os.path.lexists(staging):
        line += (
            f"this export's files were removed from {staging}, which also holds "
            f"{', '.join(left[:5]) or 'folders'} that it did not write: left as they are; "
        )
    else:
        line += "this export's files were removed; "
    return line + "export again with --overwrite to replace it, or choose another --output"


def replace_output(staging: str, out: str, seen=UNCHECKED) -> None:
    """Put the complete dataset at ``staging`` in place of ``out`` (module docstring).
    ``seen``: :func:`identity` of ``out`` when the checks ran; another ``out`` now is
    refused (clause ``output_made_meanwhile``)."""
    if storage.is_remote(out):
        _replace_remote(staging, out)
        return
    # Clause output_made_meanwhile_gone (review, session 28): an OUT deleted during the
    # build (`rm -rf OUT` to free space while --overwrite rebuilds it) was refused as
    # "written by another run", with a `mv -T OUT ...` that fails: nothing is there to
    # keep, so the new dataset is put in place as when OUT was absent from the start.
    now = identity(out)
    if seen is not UNCHECKED and now != seen and now is not None:
        raise OutputError(made_meanwhile_line(out, staging, seen))
    if not os.path.lexists(out):
        durable.rename_durable(staging, out, os.rename)  # clause rename_durable
        return
    try:  # clause reader_lease: a reader started during the build
        live = _live_readers(out)
    except ReadersFolderError as error:  # clause swap_refused_says_staging
        raise OutputError(f"{error}; {kept_staging_line(out, staging)}") from None
    if live:
        said = f"{readers_line(out, live)}; it started during this build"
        raise OutputError(f"{said}, so {kept_staging_line(out, staging)}")
    try:
        # clause rename_durable; its NotDurable (not an OSError) keeps the old one
        durable.rename_durable(staging, out, exchange)
    except durable.NotDurable as error:  # the line says where the old one is (review)
        raise durable.NotDurable(f"{error}; the one it replaced is kept at {staging}") from error
    except OSError:
        aside = f"{out}.old-{uuid.uuid4().hex[:8]}"
        os.rename(out, aside)
        try:
            durable.rename_durable(staging, out, os.rename)  # both renames: one folder
        except durable.NotDurable as error:
            raise durable.NotDurable(f"{error}; the one it replaced is kept at {aside}") from error
        # clause output_not_removable_fallback (review, session 27): this path too
        removed_or_said(aside, "the dataset replaced")
        return
    removed_or_said(staging, "the dataset replaced")  # the old one; clause output_not_removable


def _replace_remote(staging: str, out: str) -> None:
    marker = storage.join(out, COMPLETE_MARKER)
    if storage.exists(marker):
        storage.delete_tree(marker)  # OUT stops looking complete before anything changes
    storage.delete_tree(out)
    files = storage.list_files(staging)
    prefix = staging.rstrip("/")
    last = [f for f in files if posixpath.basename(f) == COMPLETE_MARKER]
    first = [f for f in files if posixpath.basename(f) == MANIFEST]
    rest = [f for f in files if f not in last and f not in first]
    for f in first + rest + last:
        storage.rename(f, out.rstrip("/") + f[len(prefix) :])
