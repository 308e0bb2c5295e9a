"""``longctx export OUT --format parquet``: the dataset as Parquet for lazy scans.

The shards are Arrow IPC *streams* (what ``datasets`` memory-maps), which polars'
``scan_ipc`` and duckdb cannot read. The export writes one Parquet file per shard,
with the shard's name, so the same globs select a split or a bucket:

    DEST/train/w1024-00000-of-00002.parquet   chunk rows (schemas.CHUNK_SCHEMA)
    DEST/validation/...                      (empty.parquet for a split without rows)
    DEST/documents/train-00000-of-00001.parquet
    DEST/_EXPORT                             written first (pipeline.export_staging)
    DEST/export.json                         every file: source shard, split, window, rows
    DEST/_COMPLETE                           written last

    pl.scan_parquet("DEST/train/w1024-*.parquet")
    duckdb.sql("SELECT ... FROM 'DEST/train/w1024-*.parquet'")

Types are the declared Arrow schema (int32 lists, list of structs; the
``huggingface`` features metadata kept, so ``load_dataset("parquet")`` gives back
the declared features). ``DEST`` defaults to ``OUT/parquet``. Like the build, the
export is written to a staging folder next to ``DEST`` and moved into place, so a
killed export never leaves a ``DEST`` that looks complete.

``--format jsonl`` writes the same files as JSON Lines instead (one object per
row, ``.jsonl`` / ``.jsonl.gz`` / ``.jsonl.zst``; :mod:`pipeline.export_jsonl`),
under ``OUT/jsonl`` by default, with the same ``export.json``, ``_COMPLETE`` and
safety rules; ``--one-document-per-row`` splits packed rows there (clause
``one_document_per_row``: the pre-tokenized format axolotl reads).

Cost: every shard is read once and written once, one record batch (at most 1000
rows) at a time, so memory stays at one batch whatever the shard size.
"""

from __future__ import annotations

import argparse
import os
import re

from pipeline import export_jsonl, export_staging, output, storage
from pipeline.export_shards import copy_shards as _copy_shards  # tests patch it here
from pipeline.readers import reading
from schemas.dataset import (
    COMPLETE_MARKER,
    Manifest,
    json_bytes,
    load_manifest,
)
from schemas.errors import UserError, run_main, take_debug_flag, terminate_with_a_line
from schemas.wording import counted

FORMATS = output.EXPORT_FORMATS  # ("parquet", "jsonl")
# --compression per format; the first is the default.
COMPRESSIONS = {"parquet": ("zstd", "snappy", "gzip", "none"), "jsonl": ("none", "gzip", "zstd")}
EXPORT_MANIFEST = output.EXPORT_MANIFEST
EXPORT_MARK = export_staging.EXPORT_MARK


def _check_earlier_export(dest: str, shown: str) -> None:
    """--overwrite replaces an earlier export, never a folder of something else, nor
    files the user added to the export."""
    ours = output.export_files(dest)
    if ours is None:
        raise UserError(
            f"{shown} exists and is not a longctx export (no readable {EXPORT_MANIFEST}); "
            "choose another --output"
        )
    prefix = dest.rstrip("/") + "/"
    foreign = sorted(
        f[len(prefix) :] for f in storage.list_files(dest) if f[len(prefix) :] not in ours
    )
    if foreign:
        raise UserError(
            f"{shown} is a longctx export but also holds {', '.join(foreign[:5])}, which the "
            "export did not write and --overwrite would delete; move them out, or choose "
            "another --output"
        )


def _same_folder(a: str, b: str) -> bool:
    """Whether the filesystem says ``a`` and ``b`` are one folder (both must exist)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _tells_case_apart(root: str) -> bool:
    """Whether the filesystem of the folder ``root`` tells ``a`` from ``A``: an entry of
    ``root`` with letters, asked for in the other case, is another file or none."""
    for name in sorted(os.listdir(root)):
        other = name.swapcase()
        if other != name:
            return not _same_folder(os.path.join(root, name), os.path.join(root, other))
    return True


def _build_name(root: str, below: str) -> str:
    """Clause export_case_insensitive_name: the build folder a name below ``root`` is,
    the way the build spells it, on a filesystem that does not tell case apart (macOS,
    Windows), even when that folder does not exist yet (``OUT/Validation`` of a build
    that held out nothing: ``samefile`` needs both folders, so export_same_folder took
    it, and the next rebuild writing OUT/validation would then find the export there)."""
    if below in output.BUILD_NAMES or _tells_case_apart(root):
        return below
    return next((n for n in output.BUILD_NAMES if n.lower() == below.lower()), below)


def _local_place(root: str, target: str) -> str | None:
    """Where ``target`` lies in the dataset folder ``root`` (both real paths): '' for
    ``root`` itself, the folder below ``root`` it is in (or is), ``None`` outside.
    Clause ``export_same_folder``: a folder is ``root`` or one of its build folders
    when the filesystem says so (``os.path.samefile``), not only when the strings
    match: on a case-insensitive filesystem (macOS, Windows) ``OUT/Train`` is
    ``OUT/train``, and a bind mount of OUT or of OUT/train elsewhere is that folder."""
    builds = [(n, os.path.join(root, n)) for n in sorted(output.BUILD_NAMES)]
    builds = [(n, folder) for n, folder in builds if os.path.isdir(folder)]
    path, below = target, None
    while True:
        if path == root or _same_folder(path, root):
            return "" if below is None else _build_name(root, below)
        for name, folder in builds:
            if _same_folder(path, folder):
                return name
        parent = os.path.dirname(path)
        if parent == path:
            return None
        below, path = os.path.basename(path), parent


def _remote_place(out_dir: str, shown: str) -> str | None:
    """Clause export_remote_prefix: where the export's objects lie among the dataset's,
    by object name as the store keeps it (Beam's gs:// and s3:// paths are bucket +
    object name, and a ``//`` is part of the name): the dataset's objects are
    ``storage.join(out_dir, "train/...")``, the export's ``shown + "/" + file``
    (``shown`` without its trailing ``/``). Returns '' for the dataset itself (the same
    once trailing ``/`` are dropped), the build folder the export is in, or None
    (outside, or beside the build folders). Compared as strings after dropping
    trailing ``/``, ``gs://b/x//y`` (objects ``x//y/...``) was "the dataset gs://b/x
    itself", and ``gs://b/x/train`` was inside the build folder of the dataset read as
    ``gs://b/x//`` (whose shards are ``x//train/...``). ``gs://b//x`` (objects
    ``/x/...``) is another place than ``gs://b/x``, as before."""
    prefix = storage.join(shown, "")
    if prefix.rstrip("/") == storage.join(out_dir, "").rstrip("/"):
        return ""
    for name in sorted(output.BUILD_NAMES):
        if prefix.startswith(storage.join(out_dir, name, "")):
            return name
    return None


def _check_outside_build_folders(out_dir: str, shown: str) -> None:
    """Clause ``export_outside_build_folders``: ``--output`` may be beside the build's
    folders in OUT (``OUT/jsonl``, ``OUT/parquet``: kept by a rebuild) but neither OUT
    itself nor inside a folder the build writes (``OUT/train/x``, ``OUT/validation``,
    ``OUT/documents``, ``OUT/rejected``...), where the export's files would mix with the
    shards (``verify`` does not see them, a ``train/**`` glob does) and a rebuild refuses
    to run until they are moved (it would delete them). Links are followed: a link to
    ``OUT/train`` is inside it; local folders are compared as the filesystem sees them
    (clause ``export_same_folder``). Remote paths are compared as strings: object stores
    (gs://, s3://) are case-sensitive and have no links."""
    if storage.is_remote(out_dir) != storage.is_remote(shown):
        return
    if storage.is_remote(out_dir):
        top = _remote_place(out_dir, shown)
    else:
        root = os.path.realpath(out_dir)
        top = _local_place(root, os.path.realpath(shown))
    if top == "":
        raise UserError(
            f"--output {shown} is the dataset {out_dir} itself; choose a folder outside it "
            f"or beside its folders (the default is {storage.join(out_dir, '<format>')})"
        )
    if top in output.BUILD_NAMES:
        raise UserError(
            f"--output {shown} is inside the dataset's own {storage.join(out_dir, top)}, "
            "which the build writes (the export would mix with its shards and block a "
            f"rebuild); choose a folder outside it, such as {storage.join(out_dir, 'export')}"
        )


def export_parquet(
    out_dir: str, dest: str | None = None, compression: str = "zstd", overwrite: bool = False
) -> dict:
    """Export the complete dataset at ``out_dir`` to Parquet under ``dest``
    (default ``OUT/parquet``); returns what ``export.json`` holds."""
    return export_dataset(out_dir, dest, "parquet", compression, overwrite)


def export_dataset(
    out_dir: str,
    dest: str | None = None,
    fmt: str = "parquet",
    compression: str | None = None,
    overwrite: bool = False,
    one_document_per_row: bool = False,
) -> dict:
    """Export the complete dataset at ``out_dir`` in format ``fmt`` (``parquet`` or
    ``jsonl``) under ``dest`` (default ``OUT/<fmt>``); returns what ``export.json``
    holds. ``compression`` defaults to the format's first in :data:`COMPRESSIONS`;
    ``one_document_per_row`` (jsonl only) splits packed rows
    (:func:`pipeline.export_jsonl.one_document_per_row`).

    Raises ``UserError`` when ``dest`` already holds an export and ``overwrite`` is
    false, or the compression does not fit the format; ``DatasetError`` when
    ``out_dir`` is not a complete dataset.
    """
    if fmt not in COMPRESSIONS:
        raise UserError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    compression = compression or COMPRESSIONS[fmt][0]
    if compression not in COMPRESSIONS[fmt]:
        raise UserError(
            f"--compression {compression} does not apply to --format {fmt}; "
            f"use one of {', '.join(COMPRESSIONS[fmt])}"
        )
    if one_document_per_row and fmt != "jsonl":
        raise UserError("--one-document-per-row applies to --format jsonl only")
    manifest: Manifest = load_manifest(out_dir)
    shown = (dest or storage.join(out_dir, fmt)).rstrip("/")
    _check_outside_build_folders(out_dir, shown)
    dest = output.resolve(shown)  # a link's target; the link stays
    # Clause export_not_ours_first (session 28): a folder of the user's was "already
    # exists; pass --overwrite to replace it", and with --overwrite "is not a longctx
    # export ... choose another --output": what --overwrite may replace is said first.
    if storage.exists(dest):
        _check_earlier_export(dest, shown)
    if storage.exists(dest) and not overwrite:
        raise UserError(
            f"{shown} already exists; pass --overwrite to replace it or choose --output"
        )
    seen = output.identity(dest)  # clause output_made_meanwhile
    export_staging.clean_leftovers(dest)  # clause export_staging_marked
    unknown: dict = {}
    try:
        staging, lock = export_staging.create(dest)  # removes what it made when it fails
    except OSError as error:
        if output.no_room(error):
            raise output.give_up_for_space(dest, shown, "the export", False, error) from None
        raise
    try:
        with reading(out_dir, "longctx export"):  # clause reader_lease (pipeline.readers)
            files = _copy_shards(
                out_dir, manifest, staging, fmt, compression, one_document_per_row, unknown
            )
        summary = {
            "format": fmt,
            "compression": compression,
            **({"one_document_per_row": one_document_per_row} if fmt == "jsonl" else {}),
            "dataset": out_dir,
            "files": files,
            # Clause newer_columns_kept: columns this longctx does not know, passed through.
            **({"unknown_columns": sorted(unknown)} if unknown else {}),
        }
        # clause export_written_whole (session 41): a full disk here was a traceback
        storage.write_bytes(storage.join(staging, EXPORT_MANIFEST), json_bytes(summary))
        storage.write_bytes(storage.join(staging, COMPLETE_MARKER), b"")
        storage.sync_tree(staging)  # clause synced_before_swap, as the build's
    except BaseException as error:
        export_staging.release(lock)
        if output.no_room(error):
            raise output.give_up_for_space(staging, shown, "the export", error=error) from None
        storage.delete_tree(staging)  # a failed export leaves nothing behind
        raise
    try:
        output.replace_output(staging, dest, seen)
    except output.OutputError:
        if output.identity(dest) in (seen, None):
            raise  # not made meanwhile (a reader's refusal): its own line
        written = [f["path"] for f in files] + [EXPORT_MANIFEST, COMPLETE_MARKER, EXPORT_MARK]
        raise output.OutputError(
            output.export_refused_line(shown, staging, written, seen)
        ) from None
    finally:
        export_staging.release(lock)
    return summary | {"output": shown}


# Clause export_hint_one_bucket: the line printed after an export loaded `train/w*-*`,
# every window at once: each window covers every scored token once, so that loads each
# token once per window (twice with `WINDOWS=256,512`) and mixes rows of every length,
# what the README's "Train on one bucket at a time" warns of. It now names one bucket,
# the largest train window with rows (the README's examples load `w1024-*`), and the others.
def _one_bucket(shards: list[dict]) -> tuple[str, str]:
    windows = sorted({f["window"] for f in shards if f["split"] == "train" and f["rows"]})
    if not windows:
        return "w*", ""
    note = "  # one window: each covers every token once"
    if len(windows) > 1:
        note += "; the others: " + ", ".join(f"w{w}" for w in windows[:-1])
    return f"w{windows[-1]}", note


def main(argv: list[str] | None = None, parser: argparse.ArgumentParser | None = None) -> int:
    """``longctx export``: exit 2 with one line on a ``UserError``."""
    from pipeline.options import export_parser

    argv = take_debug_flag(argv)
    terminate_with_a_line(prog="longctx export")  # a SIGTERM removes the staging folder

    def body() -> int:
        args = (parser or export_parser()).parse_args(argv)
        summary = export_dataset(
            args.out,
            args.output,
            args.format,
            args.compression,
            args.overwrite,
            args.one_document_per_row,
        )
        # Rule export_counts_apart: the training rows as the build's summary counts them
        # (the document rows were added in: "11798 rows" for a dataset of 11,721).
        shards = [f for f in summary["files"] if f["window"] is not None]
        rows = sum(f["rows"] for f in shards)
        documents = sum(f["rows"] for f in summary["files"] if f["window"] is None)
        print(
            f"exported {counted(len(summary['files']), 'file')} to {summary['output']}: "
            f"{counted(rows, 'row')} in {counted(len(shards), 'shard')}, "
            f"{counted(documents, 'document')}"
            + (
                f" ({counted(sum(f['lines'] for f in shards), 'line')}: one document per row)"
                if summary.get("one_document_per_row")
                else ""
            )
        )
        if summary.get("unknown_columns"):  # clause newer_columns_kept
            print(
                f"  note: column {', '.join(summary['unknown_columns'])} is not known to this "
                "longctx (a newer one wrote it): passed through as written"
                + (
                    " (the split rows of --one-document-per-row carry only their own fields)"
                    if summary.get("one_document_per_row")
                    else ""
                )
            )
        bucket, note = _one_bucket(shards)
        folder = summary["output"]
        # Clause load_line_glob_escaped: datasets (fsspec) and polars read the whole
        # pattern as a glob, so a folder named `a[1]` matched nothing; each of * ? [ of
        # a local folder is written as a one-character class ([[], [*], [?]).
        if not storage.is_remote(folder):
            folder = re.sub(r"([*?[])", r"[\1]", folder)
        # Clause load_line_quoted: the file pattern is a Python literal (repr) for any
        # --output (a ' in it ended the '...' literal: a SyntaxError when pasted).
        if summary["format"] == "jsonl":
            suffix = export_jsonl.SUFFIXES[summary["compression"]]
            files = f"{folder}/train/{bucket}-*.jsonl{suffix}"
            # Clause load_line_dollar: datasets expands $NAME in a local path itself
            # (os.path.expandvars), which no quoting prevents: the line says so.
            if "$" in files and not storage.is_remote(files):
                note += (
                    "  # datasets reads $NAME in a local path as a variable: move or link "
                    "the export to a folder without $"
                )
            print(f"  datasets.load_dataset('json', data_files={files!r}){note}")
        else:
            files = f"{folder}/train/{bucket}-*.parquet"
            print(f"  pl.scan_parquet({files!r}){note}")
        return 0

    return run_main("longctx export", body)
