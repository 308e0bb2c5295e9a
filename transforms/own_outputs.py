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

A folder is a dataset when its ``manifest.json`` says ``"format": "longctx-dataset"``,
an export when its ``export.json`` names a longctx export format and lists its files;
another tool's ``manifest.json`` is not one. Cost: one ``stat`` per folder holding
matched files (and its parents up to the pattern's base), one small read where a
manifest is found.
"""

from __future__ import annotations

import json
import os

DATASET_FORMAT = "longctx-dataset"  # schemas.dataset.FORMAT
EXPORT_FORMATS = ("parquet", "jsonl")  # pipeline.output_checks.EXPORT_FORMATS


def kind_of(folder: str) -> str | None:
    """'dataset' or 'export' when the local ``folder`` is a longctx output, else None.

    Clause ``own_outputs_skipped_complete`` (review, session 29): a ``manifest.json``
    of a longctx dataset copied alone into a corpus folder (kept as a record beside the
    user's notes and texts) made every document there and below skipped; a build and an
    export write ``_COMPLETE`` last, so a folder without it is not one of their outputs.
    """
    if not os.path.isfile(os.path.join(folder, "_COMPLETE")):
        return None
    for name, kind in (("manifest.json", "dataset"), ("export.json", "export")):
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            continue
        try:
            with open(path, "rb") as handle:
                found = json.loads(handle.read(64 << 20))
        except (OSError, ValueError):
            continue
        if not isinstance(found, dict):
            continue
        if kind == "dataset" and found.get("format") == DATASET_FORMAT:
            return kind
        if kind == "export" and found.get("format") in EXPORT_FORMATS and _longctx_files(found):
            return kind
    return None


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
