"""Where a build may write, and how a finished build replaces ``OUT`` without losing data.

Rules, checked before any input is read (:func:`check_output`):

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

On object stores (``gs://``...) folders cannot be renamed: the old dataset's
``_COMPLETE`` is deleted first, then its files, then the new files are moved in
with ``_COMPLETE`` last, so a killed swap leaves an ``OUT`` that is visibly
incomplete, never one that looks complete with mixed files. Stale staging
prefixes are reported there, not deleted.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import json
import logging
import os
import posixpath
import re
import shutil
import uuid

from pipeline import storage
from pipeline.readers import READERS_DIR, ReadersFolderError, kept_staging_line, readers_line
from pipeline.readers import live_readers as _live_readers
from schemas.dataset import (
    COMPLETE_MARKER,
    DATASET_DICT,
    DATASET_INFO,
    DOCUMENTS,
    FORMAT,
    LENGTH_PLOT,
    MANIFEST,
    REJECTED_DIR,
    REJECTED_FILE,
    STATE,
)
from schemas.errors import UserError, out_of_space  # noqa: F401 - re-exported

LOG = logging.getLogger("longctx.dataset")

# Everything a build writes at the top of its staging folder (and so of OUT), plus
# the build-time folders of pipeline.shards.
BEAM_TEMP = "_beam"  # in the staging folder while a build runs (pipeline.build)
BUILD_NAMES = frozenset(
    {
        "train",
        "validation",
        DOCUMENTS,
        REJECTED_DIR,
        MANIFEST,
        COMPLETE_MARKER,
        DATASET_DICT,
        LENGTH_PLOT,
        "_counts",
        "_rows",
        "_text",  # pipeline.parking.TEXT_DIR: texts parked while a build runs
        BEAM_TEMP,  # Beam's empty local_tempdir (pipeline.construction)
        READERS_DIR,  # pipeline.readers: the marks of running train/eval/export
    }
)
# Below the top level: what a build writes in each of its folders (files by name or
# suffix; "*": anything, for the build-time folders and the shards' ``_parts``).
_FOLDER_FILES = {
    "train": (".arrow", STATE, DATASET_INFO),
    "validation": (".arrow", STATE, DATASET_INFO),
    DOCUMENTS: (".arrow", STATE, DATASET_INFO),
    REJECTED_DIR: (REJECTED_FILE,),
    "_counts": "*",
    "_rows": "*",
    "_text": "*",
    BEAM_TEMP: "*",
    READERS_DIR: (".json",),
}
_LEFTOVER = re.compile(r"\.(tmp|old)-[0-9a-f]{8}$")
EXPORT_MANIFEST = "export.json"  # pipeline.export: the files an export wrote
EXPORT_FORMATS = ("parquet", "jsonl")  # what pipeline.export writes


class OutputError(UserError):
    """``--output`` names something the build must not write to or replace."""


def live_readers(out: str) -> list[dict]:
    """``pipeline.readers.live_readers``, its folder error as one OutputError line
    (clause reader_lease_folder_unreadable)."""
    try:
        return _live_readers(out)
    except ReadersFolderError as error:
        raise OutputError(str(error)) from None


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
# Checks before the build
# --------------------------------------------------------------------------
def _files_below(out: str) -> list[str]:
    """Every file under ``out``, relative to it ("/"-separated)."""
    if storage.is_remote(out):
        prefix = out.rstrip("/") + "/"
        return sorted(f[len(prefix) :] for f in storage.list_files(out))
    found = []
    for folder, dirs, names in os.walk(out):
        rel = os.path.relpath(folder, out)
        found += [
            name if rel == "." else f"{rel}/{name}"
            for name in names + [d for d in dirs if os.path.islink(os.path.join(folder, d))]
        ]
    return sorted(found)


def export_files(folder: str) -> frozenset[str] | None:
    """The files (relative to ``folder``) that ``longctx export`` wrote there, from its
    ``export.json`` (which it writes last but one, ``_COMPLETE`` last); ``None`` when
    ``folder`` is not a complete export (or is a symbolic link: the user's)."""
    if not storage.is_remote(folder) and (os.path.islink(folder) or not os.path.isdir(folder)):
        return None
    try:
        summary = json.loads(storage.read_bytes(storage.join(folder, EXPORT_MANIFEST)))
        listed = {f["path"] for f in summary["files"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if summary.get("format") not in EXPORT_FORMATS or not storage.exists(
        storage.join(folder, COMPLETE_MARKER)
    ):
        return None
    return frozenset(listed | {EXPORT_MANIFEST, COMPLETE_MARKER})


def _exports_in(out: str, entries: list[str]) -> dict[str, frozenset[str]]:
    """The top-level folders of ``out`` that are complete longctx exports -> their files."""
    found = {}
    for entry in entries:
        if entry not in BUILD_NAMES:
            files = export_files(storage.join(out, entry))
            if files is not None:
                found[entry] = files
    return found


def _written_by_a_build(relative: str, exports: dict[str, frozenset[str]] | None = None) -> bool:
    """``relative`` (a path inside OUT) is a file a build writes there, or one of the
    files an export into OUT wrote (``exports``: :func:`_exports_in`)."""
    parts = relative.split("/")
    if exports and parts[0] in exports:
        return "/".join(parts[1:]) in exports[parts[0]]
    if len(parts) == 1:
        return parts[0] in BUILD_NAMES
    allowed = _FOLDER_FILES.get(parts[0])
    if allowed is None:
        return False
    if allowed == "*" or "_parts" in parts[1:-1]:
        return True
    name = parts[1]
    return len(parts) == 2 and any(
        name == a or (a.startswith(".") and name.endswith(a)) for a in allowed
    )


def _top_level(out: str) -> list[str]:
    if storage.is_remote(out):
        prefix = out.rstrip("/") + "/"
        return sorted({f[len(prefix) :].split("/")[0] for f in storage.list_files(out)})
    return sorted(os.listdir(out))


def _is_dataset(out: str) -> bool:
    try:
        manifest = json.loads(storage.read_bytes(storage.join(out, MANIFEST)))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("format") == FORMAT


def _contains(folder: str, path: str) -> bool:
    """``path`` is ``folder`` or lies under it (absolute, normalized local paths)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _check_inputs(out: str, input_paths: list[str], input_folders: list[str]) -> None:
    real_out = os.path.realpath(out)
    for path in input_paths:
        if storage.is_remote(path):
            continue
        if _contains(real_out, os.path.realpath(path)):
            raise OutputError(
                f"--output {out} holds the input {path}: building there would delete your "
                "input; choose an --output outside the input folders"
            )
    for folder in input_folders:
        if _contains(os.path.realpath(folder), real_out):
            raise OutputError(
                f"--output {out} lies inside the input folder {folder}: the next build "
                "would read the dataset as input; choose an --output outside it"
            )


def check_output(
    out: str, overwrite: bool, input_paths: list[str], input_folders: list[str] = ()
) -> None:
    """Refuse an ``--output`` the build must not write to (see the module docstring).

    ``input_paths``: every input file; ``input_folders``: inputs given as folders.
    Raises :class:`OutputError` with what to do instead.
    """
    if not out.strip("/"):
        raise OutputError("--output / is the filesystem root; choose a new folder for the dataset")
    if not storage.is_remote(out):
        _check_inputs(out, input_paths, input_folders)
        if os.path.exists(out) and not os.path.isdir(out):
            raise OutputError(f"--output {out} is a file, not a folder; choose another --output")
        if not os.path.exists(out):
            return
    entries = _top_level(out)
    if not entries:
        return  # an empty folder: nothing to lose
    if not _is_dataset(out):
        shown = ", ".join(entries[:5]) + (", ..." if len(entries) > 5 else "")
        raise OutputError(
            f"--output {out} exists and is not a longctx dataset (it holds {shown}); "
            "the build only replaces its own datasets: choose a new or empty folder"
        )
    exports = _exports_in(out, entries)
    foreign = [e for e in entries if e not in BUILD_NAMES and e not in exports]
    if foreign:
        raise OutputError(
            f"--output {out} is a longctx dataset but also holds {', '.join(foreign[:5])}, "
            "which neither the build nor `longctx export` wrote; move them out, or choose "
            "another --output"
        )
    nested = [f for f in _files_below(out) if not _written_by_a_build(f, exports)]
    if nested:
        shown = ", ".join(nested[:5]) + (", ..." if len(nested) > 5 else "")
        raise OutputError(
            f"--output {out} is a longctx dataset but its folders also hold {shown}, which "
            "the build did not write and would delete; move them out, or choose another --output"
        )
    complete = storage.exists(storage.join(out, COMPLETE_MARKER))
    shown = " and ".join(storage.join(out, e) for e in sorted(exports))
    if complete and not overwrite:
        also = f" (and its export {shown})" if exports else ""
        raise OutputError(
            f"{out} already holds a complete dataset{also}; pass --overwrite to rebuild it "
            "or choose another --output"
        )
    # Clause reader_lease (pipeline.readers): never replaced under a running reader.
    live = live_readers(out) if complete else []
    if live:
        raise OutputError(readers_line(out, live))
    if exports:
        LOG.warning(
            "--overwrite: %s, the export of the old dataset, is replaced with it; "
            "run `longctx export` again for the new one",
            shown,
        )


# --------------------------------------------------------------------------
# Staging folders: created locked, leftovers of killed builds cleaned
# --------------------------------------------------------------------------
def create_staging(staging: str) -> int | None:
    """Create the staging folder; locally return a file descriptor holding its lock
    (closed by :func:`release`), so no other build takes it for a leftover."""
    if storage.is_remote(staging):
        return None
    try:
        os.makedirs(staging)
        fd = os.open(staging, os.O_RDONLY)
    except OSError as error:
        raise OutputError(
            f"cannot create {staging} next to --output: {error.strerror}; choose an "
            "--output in a folder you can write to"
        ) from None
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


def _in_use(path: str) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True  # cannot tell: leave it alone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def _size_mb(path: str) -> float:
    total = 0
    for root, _, names in os.walk(path):
        for name in names:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total / 2**20


def clean_leftovers(out: str) -> list[str]:
    """Remove what killed builds to ``out`` left beside it; returns what was done.

    ``OUT.tmp-*`` / ``OUT.old-*`` folders holding only what a build writes are
    deleted (unless a running build holds their lock); an ``OUT.old-*`` is first
    renamed back to ``OUT`` when ``OUT`` is missing (a swap killed half-way). A
    leftover holding anything else is reported and kept.
    """
    if storage.is_remote(out):
        return _report_remote_leftovers(out)
    parent = os.path.dirname(os.path.abspath(out)) or os.sep
    base = os.path.basename(os.path.abspath(out))
    done = []
    try:
        names = os.listdir(parent)
    except OSError:
        return done
    found = []
    for name in names:
        path = os.path.join(parent, name)
        match = _LEFTOVER.search(name)
        if (
            match
            and name[: match.start()] == base
            and os.path.isdir(path)
            and not os.path.islink(path)
        ):
            found.append((match.group(1) != "old", -os.stat(path).st_mtime, path, match))
    for _, _, path, match in sorted(found):  # the newest old dataset is restored first
        if _in_use(path):
            continue
        entries = os.listdir(path)
        exports = _exports_in(path, entries)  # an old dataset's export, swapped out with it
        foreign = [e for e in entries if e not in BUILD_NAMES and e not in exports]
        if foreign:
            message = (
                f"left {path} alone: it looks like a leftover of a killed build but holds "
                f"{', '.join(sorted(foreign)[:5])}; delete it yourself if it is not needed"
            )
            LOG.warning(message)
            done.append(message)
            continue
        if (
            match.group(1) == "old"
            and not os.path.exists(out)
            and os.path.exists(os.path.join(path, COMPLETE_MARKER))
        ):
            os.rename(path, out)
            message = f"restored the previous dataset {out} from {path} (a build was killed while replacing it)"
        else:
            size = _size_mb(path)
            shutil.rmtree(path)
            message = f"removed {path} ({size:.1f} MB), left by a build that did not finish"
        LOG.warning(message)
        done.append(message)
    return done


def _report_remote_leftovers(out: str) -> list[str]:
    from apache_beam.io.filesystems import FileSystems

    found = set()
    for result in FileSystems.match([out.rstrip("/") + ".tmp-*/**"]):
        for meta in result.metadata_list:
            head = meta.path[len(out.rstrip("/")) :].split("/")[0]
            found.add(out.rstrip("/") + head)
    messages = [
        f"{p} was left by a build that did not finish; delete it (e.g. gsutil -m rm -r {p})"
        for p in sorted(found)
    ]
    for m in messages:
        LOG.warning(m)
    return messages


# --------------------------------------------------------------------------
# A full disk
# --------------------------------------------------------------------------
def give_up_for_space(staging: str, out: str, what: str = "the dataset") -> OutputError:
    """Remove the partial output at ``staging`` (it only fills the disk) and return
    the one-line error that says so."""
    with contextlib.suppress(OSError):
        storage.delete_tree(staging)
    where = os.path.dirname(os.path.abspath(staging)) if not storage.is_remote(staging) else out
    return OutputError(
        f"no space left on the disk of {where} while writing {what} (No space left on "
        f"device); the partial output was removed and {out} is as it was: free some space "
        "there, or choose an --output on a disk with more room"
    )


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


def replace_output(staging: str, out: str) -> None:
    """Put the complete dataset at ``staging`` in place of ``out`` (module docstring)."""
    if storage.is_remote(out):
        _replace_remote(staging, out)
        return
    if not os.path.lexists(out):
        os.rename(staging, out)
        return
    try:  # clause reader_lease: a reader started during the build
        live = _live_readers(out)
    except ReadersFolderError as error:  # clause swap_refused_says_staging
        raise OutputError(f"{error}; {kept_staging_line(out, staging)}") from None
    if live:
        said = f"{readers_line(out, live)}; it started during this build"
        raise OutputError(f"{said}, so {kept_staging_line(out, staging)}")
    try:
        exchange(staging, out)
    except OSError:
        aside = f"{out}.old-{uuid.uuid4().hex[:8]}"
        os.rename(out, aside)
        os.rename(staging, out)
        shutil.rmtree(aside)
        return
    shutil.rmtree(staging)  # the old dataset, now at the staging path


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
