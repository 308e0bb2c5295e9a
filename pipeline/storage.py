"""File operations on local paths or any Beam filesystem (gs://, s3://...).

Local paths use ``os`` directly (atomic directory rename); other schemes go
through ``apache_beam.io.filesystems.FileSystems``.
"""

from __future__ import annotations

import os
import posixpath
import shutil

from apache_beam.io.filesystems import FileSystems

from pipeline import durable


def is_remote(path: str) -> bool:
    return "://" in path


def join(base: str, *parts: str) -> str:
    return posixpath.join(base, *parts) if is_remote(base) else os.path.join(base, *parts)


def exists(path: str) -> bool:
    return FileSystems.exists(path) if is_remote(path) else os.path.exists(path)


def write_bytes(path: str, data: bytes) -> None:
    if is_remote(path):
        with FileSystems.create(path) as handle:
            handle.write(data)
        return
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)


def read_bytes(path: str) -> bytes:
    if is_remote(path):
        with FileSystems.open(path) as handle:
            return handle.read()
    with open(path, "rb") as handle:
        return handle.read()


def open_read(path: str):
    """A binary file object to stream from (the caller closes it)."""
    return FileSystems.open(path) if is_remote(path) else open(path, "rb")


def list_files(prefix_dir: str) -> list[str]:
    """All files under a directory (recursively), sorted."""
    if is_remote(prefix_dir):
        pattern = prefix_dir.rstrip("/") + "/**"
        return sorted(m.path for r in FileSystems.match([pattern]) for m in r.metadata_list)
    found = []
    for root, _, names in os.walk(prefix_dir):
        found.extend(os.path.join(root, n) for n in names)
    return sorted(found)


def rename(src: str, dst: str) -> None:
    if is_remote(src):
        FileSystems.rename([src], [dst])
        return
    os.makedirs(os.path.dirname(dst) or ".", exist_ok=True)
    os.replace(src, dst)


def delete_tree(path: str) -> None:
    if is_remote(path):
        files = list_files(path)
        if files:
            FileSystems.delete(files)
        return
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


def sync_tree(path: str) -> None:
    """Clause synced_before_swap (session 41, :mod:`pipeline.durable`): every file and
    folder under the local folder ``path`` reaches the disk (``fsync``) before the
    caller renames it into place. Remote: nothing (an object store writes an object
    whole)."""
    if not is_remote(path):
        durable.sync_tree(path)
