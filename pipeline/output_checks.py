"""Where a build may write: what a build writes in ``OUT``, and the checks made
before any input is read (:func:`check_output`; ``pipeline.output`` re-exports
all of it and does the staging and the swap). Moved from ``pipeline.output`` in
session 26, unchanged.

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
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shlex

from pipeline import storage
from pipeline.readers import ReadersFolderError, readers_line
from pipeline.readers import live_readers as _live_readers
from schemas.dataset import (
    COMPLETE_MARKER,
    FORMAT,
    MANIFEST,
)
from schemas.errors import UserError
from schemas.output_names import (
    BEAM_TEMP,  # noqa: F401 - re-exported (pipeline.output)
    BUILD_NAMES,
    EXPORT_FORMATS,  # noqa: F401 - re-exported (pipeline.output)
    EXPORT_MANIFEST,
    EXPORT_MARK,
    EXPORT_MARK_BYTES,
    export_listing,
    written_by_a_build,
)
from transforms.folder_marks import mark_doubt, mark_state
from transforms.own_outputs import STAGING_NAME, export_left_here, export_shards_only

LOG = logging.getLogger("longctx.dataset")


class OutputError(UserError):
    """``--output`` names something the build must not write to or replace."""


def live_readers(out: str) -> list[dict]:
    """``pipeline.readers.live_readers``, its folder error as one OutputError line
    (clause reader_lease_folder_unreadable)."""
    try:
        return _live_readers(out)
    except ReadersFolderError as error:
        raise OutputError(str(error)) from None


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
    except (OSError, ValueError):
        return None
    if not isinstance(summary, dict):
        return None
    return export_listing(summary, storage.exists(storage.join(folder, COMPLETE_MARKER)))


def _exports_in(out: str, entries: list[str]) -> dict[str, frozenset[str]]:
    """The top-level folders of ``out`` that are complete longctx exports -> their files."""
    found = {}
    for entry in entries:
        if entry not in BUILD_NAMES:
            files = export_files(storage.join(out, entry))
            if files is not None:
                found[entry] = files
            elif _killed_export(storage.join(out, entry)):
                found[entry] = _files_below(storage.join(out, entry))
    return found


def _killed_export(folder: str, running: bool = False) -> bool:
    """Clause ``export_staging_marked`` (pipeline.export_staging): the local ``folder``
    is a staging folder a killed export left (its own ``_EXPORT``, only shard files,
    no export holding its lock): removed with the dataset it lies in. ``running``: the
    other way round, one a running export holds."""
    if storage.is_remote(folder) or not export_left_here(folder):
        return False
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return running  # a running export's
    finally:
        os.close(fd)
    return not running


_written_by_a_build = written_by_a_build  # the name the output checks use


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


def _refuse_unmarked_export(out: str, foreign: list[str]) -> None:
    """Clause ``leftover_unmarked_said_how`` (session 31): a killed export's staging
    folder inside ``OUT`` without the ``_EXPORT`` mark (a longctx before session 31)
    was refused as "holds parquet.tmp-X, which neither the build nor `longctx export`
    wrote": wrong, and no way out said. It is named as what it is, with its command.

    Narrowing ``leftover_unmarked_said_how_running`` (review, session 31): the staging
    folder of an export running now (its own ``_EXPORT``, its lock held) was named with
    the killed ones, "a longctx before session 31 did not mark it", with `rm -r` of it."""
    running = [e for e in foreign if _killed_export(os.path.join(out, e), running=True)]
    if running:
        raise OutputError(
            f"--output {out} is being exported: {', '.join(running[:5])} is the staging "
            "folder of a `longctx export` of it running now; build again once it has "
            "finished"
        )
    left = [
        e for e in foreign if STAGING_NAME.search(e) and export_shards_only(os.path.join(out, e))
    ]
    if left and len(left) == len(foreign):
        paths = " ".join(shlex.quote(os.path.abspath(os.path.join(out, e))) for e in left)
        raise OutputError(
            f"--output {out} is a longctx dataset but also holds {', '.join(left[:5])}, "
            "named and filled like the staging folder of a `longctx export` that did not "
            f"finish ({_why_kept(os.path.join(out, left[0]))}, so it is not removed for "
            f"you): if no export of {out} is running, remove it with `rm -r -- {paths}` "
            "and build again"
        )


def _why_kept(folder: str) -> str:
    """Clause ``export_mark_said_as_found`` (session 31): why a killed export's staging
    folder is not removed, by what its ``_EXPORT`` shows. It was "a longctx before
    session 31 did not mark it" for a copy holding another folder's ``_EXPORT`` too."""
    state = mark_state(folder, EXPORT_MARK, EXPORT_MARK_BYTES)
    if state == "none":
        return f"it holds no {EXPORT_MARK}: a longctx before session 31 did not mark it"
    return "it " + mark_doubt(state, EXPORT_MARK)


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
    if foreign and not storage.is_remote(out):
        _refuse_unmarked_export(out, foreign)
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
    finished = [e for e in sorted(exports) if export_files(storage.join(out, e)) is not None]
    shown = " and ".join(storage.join(out, e) for e in finished)  # not a killed export's
    if complete and not overwrite:
        also = f" (and its export {shown})" if finished else ""
        raise OutputError(
            f"{out} already holds a complete dataset{also}; pass --overwrite to rebuild it "
            "or choose another --output"
        )
    # Clause reader_lease (pipeline.readers): never replaced under a running reader.
    live = live_readers(out) if complete else []
    if live:
        raise OutputError(readers_line(out, live))
    if finished:
        LOG.warning(
            "--overwrite: %s, the export of the old dataset, is replaced with it; "
            "run `longctx export` again for the new one",
            shown,
        )
