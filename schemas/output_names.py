"""What longctx itself writes, by name: the files and folders of a build's output and
staging folder, an export's listing, the temp folders of a running build.

One place for the names, so that the output checks (pipeline.output_checks: what a
rebuild may delete) and the input listing (transforms.own_outputs: which files a folder
input must not read as documents) decide by the same list. Pure: no I/O here.
"""

from __future__ import annotations

import re

from schemas.dataset import (
    COMPLETE_MARKER,
    DATASET_DICT,
    DATASET_INFO,
    DOCUMENTS,
    LENGTH_PLOT,
    MANIFEST,
    REJECTED_DIR,
    REJECTED_FILE,
    STATE,
)

BEAM_TEMP = "_beam"  # in the staging folder while a build runs (pipeline.build)
TEXT_DIR = "_text"  # pipeline.parking: texts parked while a build runs
READERS_DIR = "_readers"  # pipeline.readers: the marks of running train/eval/export
# Clause staging_marked (session 30): the first file pipeline.output.create_staging
# writes in a build's staging folder (kept in the dataset it becomes), with these bytes;
# the evidence that a folder named ``OUT.tmp-X`` / ``OUT.old-X`` is a build's.
BUILD_MARK = "_BUILD"
BUILD_MARK_BYTES = b"longctx build folder\n"


def build_mark(folder_inode: int, born: int | str | None = None) -> bytes:
    """The bytes of ``_BUILD``: ``BUILD_MARK_BYTES`` and the inode of the folder it was
    written in. Narrowing ``staging_marked_this_folder`` (review, session 30): a rename
    (the swap) keeps the inode, a copy does not, so a user's backup ``cp -r ds
    ds.old-20261204`` (8 hex digits: a date) carries a mark that is not its own and is
    never deleted as a leftover of a killed build (it was: "removed .../ds.old-20261204
    (1.3 MB), left by a build that did not finish"). Clause ``mark_names_folder_birth``
    (transforms.folder_marks, session 31): and its birth time in ns (``born``; None
    gives the mark of session 30/31, the inode only, which proves nothing now)."""
    return _mark(BUILD_MARK_BYTES, folder_inode, born)


def _mark(header: bytes, folder_inode: int, born: int | str | None) -> bytes:
    mark = header + f"folder inode {folder_inode}\n".encode()
    return mark if born is None else mark + f"folder born {born}\n".encode()


# Clause export_staging_marked (session 31): the first file pipeline.export_staging
# writes in an export's ``DEST.tmp-X`` (kept in the export), the same way: a killed
# export's staging folder is known by it, a copy or a user's folder of that name is not.
EXPORT_MARK = "_EXPORT"
EXPORT_MARK_BYTES = b"longctx export folder\n"


def export_mark(folder_inode: int, born: int | str | None = None) -> bytes:
    """The bytes of ``_EXPORT`` (clause ``export_staging_marked``), as :func:`build_mark`."""
    return _mark(EXPORT_MARK_BYTES, folder_inode, born)


# Everything a build writes at the top of its staging folder (and so of OUT), plus
# the build-time folders of pipeline.shards.
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
        TEXT_DIR,
        BEAM_TEMP,  # Beam's empty local_tempdir (pipeline.construction)
        READERS_DIR,
        BUILD_MARK,
    }
)
# Below the top level: what a build writes in each of its folders (files by name or
# suffix; "*": anything, for the build-time folders and the shards' ``_parts``).
FOLDER_FILES = {
    "train": (".arrow", STATE, DATASET_INFO),
    "validation": (".arrow", STATE, DATASET_INFO),
    DOCUMENTS: (".arrow", STATE, DATASET_INFO),
    REJECTED_DIR: (REJECTED_FILE,),
    "_counts": "*",
    "_rows": "*",
    TEXT_DIR: "*",
    BEAM_TEMP: "*",
    READERS_DIR: (".json",),
}
EXPORT_MANIFEST = "export.json"  # pipeline.export: the files an export wrote
EXPORT_FORMATS = ("parquet", "jsonl")  # what pipeline.export writes
# pipeline.temp_folders: a build's temp folders and the lock file each holds first
TEMP_OWNER = ".owner"
TEMP_FOLDER_NAME = re.compile(r"longctx-(?:forks|progress)-[A-Za-z0-9_]+")


def export_listing(summary, complete: bool) -> frozenset[str] | None:
    """The files an export wrote, from its parsed ``export.json`` ``summary`` (and
    ``complete``: its ``_COMPLETE`` exists); None when it is not a complete export."""
    try:
        listed = {f["path"] for f in summary["files"]}
    except (KeyError, TypeError):
        return None
    if summary.get("format") not in EXPORT_FORMATS or not complete:
        return None
    return frozenset(listed | {EXPORT_MANIFEST, COMPLETE_MARKER, EXPORT_MARK})


def written_by_a_build(relative: str, exports: dict[str, frozenset[str]] | None = None) -> bool:
    """``relative`` (a path inside OUT) is a file a build writes there, or one of the
    files an export into OUT wrote (``exports``: folder -> :func:`export_listing`)."""
    parts = relative.split("/")
    if exports and parts[0] in exports:
        return "/".join(parts[1:]) in exports[parts[0]]
    if len(parts) == 1:
        return parts[0] in BUILD_NAMES
    allowed = FOLDER_FILES.get(parts[0])
    if allowed is None:
        return False
    if allowed == "*" or "_parts" in parts[1:-1]:
        return True
    name = parts[1]
    return len(parts) == 2 and any(
        name == a or (a.startswith(".") and name.endswith(a)) for a in allowed
    )
