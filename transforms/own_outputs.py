"""Clause ``own_outputs_skipped`` (session 29): the files of a longctx dataset or export
that a folder or a glob reaches are not read as documents.

``--input lib`` where ``lib`` also holds last week's dataset ``lib/books_ds`` (or a glob
``books*/*`` beside it) read that dataset's own files one by one: 15 records read, 12
rejected (``not_jsonl`` for ``manifest.json``, ``dataset_info.json``, ``state.json``;
``invalid_utf8`` for the ``.arrow`` shards and ``lengths.png``), and a line of its
``rejected/rejected.jsonl`` that carries a ``text`` field was trained on. No user means a
build's output as its input; they meant the documents beside it. So those files are
skipped, counted and said in one line naming the dataset (as hidden and marker names
are skipped, they are not documents in); a pattern that reaches only such files is a
one-line error. A file named itself (``--input ds/rejected/rejected.jsonl``) is read as
before: the user asked for it.

Clauses ``own_outputs_skipped_staging`` and ``own_outputs_skipped_temp`` (session 29,
below): the folders a build or an export makes on its way (``OUT.tmp-X``, ``OUT.old-X``,
``OUT.mine-X``, ``DEST.tmp-X``, the temp dir's ``longctx-progress-*``) are skipped too,
known by their name AND what longctx writes in them, never by the name alone.

A folder is a dataset when its ``manifest.json`` says ``"format": "longctx-dataset"``,
an export when its ``export.json`` names a longctx export format and lists its files;
another tool's ``manifest.json`` is not one. Cost: one ``stat`` per folder holding
matched files (and its parents up to the pattern's base), one small read where a
manifest is found.
"""

from __future__ import annotations

import json
import os
import re

from schemas.dataset import COMPLETE_MARKER
from schemas.output_names import (
    BUILD_MARK,
    BUILD_MARK_BYTES,
    BUILD_NAMES,
    EXPORT_FORMATS,
    EXPORT_MANIFEST,
    EXPORT_MARK,
    EXPORT_MARK_BYTES,
    TEMP_FOLDER_NAME,
    TEMP_OWNER,
    export_listing,
    written_by_a_build,
)
from transforms.folder_marks import mark_state

DATASET_FORMAT = "longctx-dataset"  # schemas.dataset.FORMAT
# The folders longctx names beside an output (pipeline.output: ``OUT.tmp-X`` staging,
# ``OUT.old-X`` the dataset set aside by the swap, ``OUT.mine-X`` the refusal's `mv`;
# pipeline.export: ``DEST.tmp-X``).
STAGING_NAME = re.compile(r".\.(tmp|old|mine)-[0-9a-f]{8}$")
# What an export writes below its staging folder before export.json (pipeline.export
# ``_parquet_path``, pipeline.export_jsonl ``jsonl_path``): a shard's path, renamed.
# Narrowing ``own_outputs_skipped_staging_export_names`` (review, session 29): a split's
# shard is ``w<window>-``, a documents shard its split's name; a user's Hugging Face
# style ``train/train-00000-of-00002.jsonl`` is not one.
_EXPORT_FILE = re.compile(
    r"^((train|validation)/w\d+|documents/(train|validation))-\d{5}-of-\d{5}"
    r"\.(parquet|jsonl(\.gz|\.zst)?)$"
)
STAGING = "staging folder"
TEMP = "temp folder"


def kind_of(folder: str) -> str | None:
    """'dataset' or 'export' when the local ``folder`` is a longctx output, else None.

    Clause ``own_outputs_skipped_complete`` (review, session 29): a ``manifest.json``
    of a longctx dataset copied alone into a corpus folder (kept as a record beside the
    user's notes and texts) made every document there and below skipped; a build and an
    export write ``_COMPLETE`` last, so a folder without it is not one of their outputs.
    """
    if _temp_folder(folder):
        return TEMP
    if not os.path.isfile(os.path.join(folder, "_COMPLETE")):
        return STAGING if unfinished(folder) else None
    for name, kind in (("manifest.json", "dataset"), (EXPORT_MANIFEST, "export")):
        found = _json_at(os.path.join(folder, name))
        if found is None:
            continue
        if kind == "dataset" and found.get("format") == DATASET_FORMAT:
            return kind
        if kind == "export" and found.get("format") in EXPORT_FORMATS and _longctx_files(found):
            return kind
    return STAGING if unfinished(folder) else None


def _temp_folder(folder: str) -> bool:
    """Clause ``own_outputs_skipped_temp`` (session 29): ``--input /tmp`` read a
    running (or SIGKILLed) build's ``longctx-progress-*`` progress files as documents.
    Such a folder is named so by pipeline.temp_folders and holds its ``.owner`` lock
    file from before its first other file; a user's folder of that name without it is
    read."""
    name = os.path.basename(os.path.normpath(folder))
    if not TEMP_FOLDER_NAME.fullmatch(name):
        return False
    # Narrowing ``own_outputs_skipped_temp_pid`` (review): temp_folders writes its
    # process id and a newline there, nothing else; a user's ``.owner`` note is not it.
    try:
        with open(os.path.join(folder, TEMP_OWNER), "rb") as handle:
            held = handle.read(32)
    except OSError:
        return False
    return bool(re.fullmatch(rb"\d+\n", held))


def unfinished(folder: str) -> bool:
    """Clause ``own_outputs_skipped_staging`` (session 29): a killed build's staging
    folder ``OUT.tmp-X`` (no manifest or ``_COMPLETE`` yet: its ``_counts``, ``_text``
    parked texts, ``.arrow`` shards and ``rejected/rejected.jsonl``, whose lines carry
    a ``text`` field), an export's ``DEST.tmp-X`` (its JSONL shards: one document per
    row, trained on) and an ``OUT.old-X`` whose removal was cut were read as documents.
    The evidence is there from the folder's first file on: its name is one longctx
    gives (``.tmp-``/``.old-``/``.mine-`` and 8 hex digits) AND every file below it is
    one a build writes there (pipeline.output_checks ``_written_by_a_build``, the test
    ``clean_leftovers`` deletes by) or every one an export's shard file. A user's
    ``data.old-2``, or an ``x.tmp-1a2b3c4d`` holding one ``.txt``, is read as before.
    """
    if not STAGING_NAME.search(os.path.basename(os.path.normpath(folder))):
        return False
    files = []
    for root, _, names in os.walk(folder):
        files += [os.path.relpath(os.path.join(root, n), folder) for n in names]
    if not files:
        return False
    files = [f.replace(os.sep, "/") for f in files]
    try:
        exports = _exports_in(folder, os.listdir(folder))
    except OSError:
        exports = {}
    shards = [f for f in files if f not in (EXPORT_MANIFEST, EXPORT_MARK)]  # export_staging_marked
    # Narrowing ``staging_marked_unmarked_skipped`` (review, session 30): the input listing
    # skips by shape, mark or not; only a deletion (pipeline.output ``clean_leftovers``)
    # needs ``built_here``. A killed build of a version before the mark leaves no
    # ``_BUILD``: requiring it here read its ``_text`` parked copies as documents again
    # (2 plays trained twice in the review's run); skipping is said and undone by naming
    # a file, reading them is not.
    return all(written_by_a_build(f, exports) for f in files) or (
        bool(shards) and all(_EXPORT_FILE.match(f) for f in shards)
    )


def built_here(folder: str) -> bool:
    """Clause ``staging_marked`` (session 30): whether the local ``folder`` shows what a
    build really leaves, not only names a build may write: its ``_BUILD`` mark (the first
    file pipeline.output.create_staging writes, ``build_mark`` of this folder's inode).
    Narrowing ``staging_marked_this_folder`` (review): a complete dataset is no longer
    evidence enough to delete (a user's ``cp -r ds ds.old-20261204`` is one), and a
    copied mark names another folder's inode; an ``OUT.old-X`` of a version before the
    mark is only renamed back when ``OUT`` is missing (pipeline.output), never deleted.

    A user's ``x.tmp-0123abcd`` holding only their copy of ``rejected/rejected.jsonl``
    (or a ``manifest.json``, a ``dataset_info.json``: names a build writes) was taken
    for a killed build's staging folder: skipped as input, and deleted by the next
    build to ``x`` (pipeline.output ``clean_leftovers``)."""
    # staging_marked_this_folder (review), mark_names_folder_birth (session 31)
    return mark_state(folder, BUILD_MARK, BUILD_MARK_BYTES) == "own"


def export_left_here(folder: str) -> bool:
    """Clause ``export_staging_marked`` (session 31): whether the local ``folder`` is what
    an unfinished ``longctx export`` left: named ``DEST.tmp-X``, holding its ``_EXPORT``
    mark written in this very folder (a copy names another inode) and, besides it, only
    export shard files (no ``_COMPLETE``: a finished export is moved into place). A
    killed export's staging folder stayed for ever, inside the dataset by default, and
    a rebuild of it was refused "holds parquet.tmp-X, which neither the build nor
    `longctx export` wrote"."""
    if not re.search(r".\.tmp-[0-9a-f]{8}$", os.path.basename(os.path.normpath(folder))):
        return False
    if mark_state(folder, EXPORT_MARK, EXPORT_MARK_BYTES) != "own":  # ..._folder_birth
        return False
    return export_shards_only(folder, (EXPORT_MARK, EXPORT_MANIFEST))


def export_shards_only(folder: str, besides: tuple[str, ...] = (EXPORT_MARK,)) -> bool:
    """The local ``folder`` holds files, each an export shard by its path (or one of
    ``besides`` at its top), and no link to a folder (clause ``leftover_unmarked_said_how``)."""
    found = False
    for root, dirs, names in os.walk(folder):
        if any(os.path.islink(os.path.join(root, d)) for d in dirs):
            return False
        for name in names:
            rel = os.path.relpath(os.path.join(root, name), folder).replace(os.sep, "/")
            if rel not in besides and not _EXPORT_FILE.match(rel):
                return False
            found = True
    return found


def complete_dataset(folder: str) -> bool:
    """A complete longctx dataset (``manifest.json`` of its format and ``_COMPLETE``)."""
    found = _json_at(os.path.join(folder, "manifest.json"))
    return (
        found is not None
        and found.get("format") == DATASET_FORMAT
        and os.path.isfile(os.path.join(folder, COMPLETE_MARKER))
    )


def _json_at(path: str) -> dict | None:
    """The JSON object in the local file ``path``; None when absent, unreadable or not
    an object."""
    try:
        with open(path, "rb") as handle:
            found = json.loads(handle.read(64 << 20))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def _longctx_files(found: dict) -> bool:
    """Clause ``own_outputs_skipped_export_shape`` (review, session 29): another tool's
    ``export.json`` saying ``{"format": "jsonl", "files": [...]}`` beside a user's JSONL
    documents made every one of them skipped. A longctx export's names its ``dataset``
    and lists each file as an object with its ``path`` and ``source`` shard."""
    files = found.get("files")
    return (
        isinstance(found.get("dataset"), str)
        and isinstance(files, list)
        and all(isinstance(f, dict) and "path" in f and "source" in f for f in files)
    )


class OwnOutputs:
    """Which paths lie in a longctx output at or below ``base`` (cached per folder)."""

    def __init__(self) -> None:
        self._kinds: dict[str, str | None] = {}

    def _kind(self, folder: str) -> str | None:
        if folder not in self._kinds:
            self._kinds[folder] = kind_of(folder or ".")
        return self._kinds[folder]

    def owner(self, path: str, base: str) -> tuple[str, str] | None:
        """``(folder, kind)`` of the longctx output holding the local ``path``, looked
        for from its folder up to ``base`` (the folder or the glob's fixed part), the
        outermost first; None when none does, or for a remote path."""
        if "://" in path:
            return None
        base = os.path.normpath(base) if base else ""
        folder = os.path.dirname(path)
        chain = [folder]
        while folder and folder != os.path.dirname(folder) and os.path.normpath(folder) != base:
            parent = os.path.dirname(folder)
            if not _within(parent, base):
                break  # above what the pattern reached
            chain.append(parent)
            folder = parent
        for folder in reversed(chain):
            kind = self._kind(folder)
            if kind:
                return folder or ".", kind
        return None


def _within(folder: str, base: str) -> bool:
    """Whether ``folder`` is ``base`` or below it ("" base: the current folder)."""
    if not base:
        return not os.path.isabs(folder)
    folder = os.path.normpath(folder) if folder else "."
    return folder == base or folder.startswith(base.rstrip(os.sep) + os.sep)


def named(owners: dict[tuple[str, str], int]) -> str:
    """``13 files of the longctx dataset lib/ds, ...``: the outputs skipped."""
    from schemas.wording import counted
    from transforms.inputs import printable

    return ", ".join(
        f"{counted(n, 'file')} of the longctx {kind} {printable(folder)}"
        for (folder, kind), n in sorted(owners.items())
    )


def skipped_line(owners: dict[tuple[str, str], int]) -> str:
    """The one line saying which outputs' files were skipped, and how many."""
    return (
        f"skipped {named(owners)}: a build's output, not documents (its shards, manifest "
        "and rejected records); name a file of it to read that file"
    )


def only_line(pattern: str, owners: dict[tuple[str, str], int]) -> str:
    """The error when every file a pattern reached is a longctx output's."""
    return (
        f"input pattern {pattern!r} reaches only {named(owners)}, a build's output, not "
        "documents: name the folder of your documents (or a file of it to read that file)"
    )


def _exports_in(folder: str, entries: list[str]) -> dict[str, frozenset[str]]:
    """The top-level folders of the local ``folder`` that are complete longctx exports
    -> their files (pipeline.output_checks ``_exports_in``, on local paths).

    Narrowing ``own_outputs_skipped_staging_export_shape`` (review): an export inside a
    staging folder counts only when its export.json is a longctx export's
    (``_longctx_files``); a user's ``mine/export.json`` listing their JSONL made the
    whole folder skipped."""
    found = {}
    for entry in entries:
        path = os.path.join(folder, entry)
        if entry in BUILD_NAMES or os.path.islink(path) or not os.path.isdir(path):
            continue
        summary = _json_at(os.path.join(path, EXPORT_MANIFEST))
        if summary is not None and _longctx_files(summary):
            listed = export_listing(summary, os.path.isfile(os.path.join(path, COMPLETE_MARKER)))
            if listed is not None:
                found[entry] = listed
    return found
