"""What an archive member's name says: its name in ids, whether it is hidden or OS
junk (skipped as a folder's are), whether it is itself an archive.

Used by ``transforms.archives`` (rules ``member_ids``, ``nested_archive``) and by
``transforms.member_commands`` (the member's stored name in a printed command).
"""

from __future__ import annotations

import posixpath
import shlex

from transforms.decompress import strip_codec_suffix
from transforms.file_kinds import ARCHIVE_EXTRACT

JUNK_NAMES = {".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini"}
NESTED_SUFFIXES = {".zip": "zip", ".tar": "tar", ".7z": "7z", ".rar": "rar"}


def member_name(name: str) -> str:
    """The member's name in ids: as stored, less a leading ``./`` or ``/``."""
    while name.startswith("./"):
        name = name[2:]
    return name.lstrip("/")


def is_hidden(name: str) -> bool:
    """Hidden, marker or OS junk, skipped as ``transforms.inputs`` skips them in a
    folder (``..`` is a name like any, never resolved)."""
    parts = name.split("/")
    if parts[0] == "__MACOSX" or parts[-1].lower() in JUNK_NAMES:
        return True
    return parts[-1].startswith("_") or any(
        p.startswith(".") and p not in (".", "..") for p in parts
    )


def nested_kind(name: str) -> str | None:
    """The archive a member's name says it is (``.tar.gz``, ``.tgz`` too), or None."""
    lower = posixpath.basename(name).lower()
    if lower.endswith((".tgz", ".tbz2", ".txz")):
        return "tar"
    return NESTED_SUFFIXES.get(posixpath.splitext(strip_codec_suffix(lower))[1])


def nested_error(kind: str, file) -> str:
    """The ``nested_archive`` message of a member that is a ``kind`` archive."""
    name = posixpath.basename(file.path)
    unpack = ARCHIVE_EXTRACT.get(kind, "unpack FILE").replace("FILE", shlex.quote(name))
    return (
        f"the member is a {kind} archive inside the archive {file.archive}; an archive in an "
        f"archive is not read: unpack the archive, then {name} in it (e.g. {unpack}), and "
        "pass the folder as --input"
    )
