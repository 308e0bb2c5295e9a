"""What longctx renames into place on a local disk survives a power loss.

A finished dataset, an export, a checkpoint, an adapter or a merged model is written
into a staging folder and renamed into place. Two things must reach the disk for that
to survive a power loss, not only a kill (the page cache outlives the process):

- clause ``synced_before_swap`` (session 41, :func:`sync_tree`): every file and folder
  of the staging folder is fsynced *before* the rename, so the renamed folder cannot
  come back complete-looking (``_COMPLETE``, a manifest, ``checksums.json``) over files
  still only in the cache (short or empty: ext4's delayed allocation);
- clause ``rename_durable`` (session 42, :func:`rename_durable`): the folder *holding*
  the renamed one is fsynced *after* the rename. POSIX makes a rename durable only once
  its directory is fsynced; before, a power loss after the "done" line could bring back
  the previous dataset or checkpoint (or none) in its place (ext4 commits its journal
  every 5 s by default, XFS and btrfs promise nothing without the fsync).

A filesystem that refuses to fsync a folder (EINVAL, ENOTSUP...: some FUSE, network and
Windows mounts; PostgreSQL's ``fsync_fname`` allows for the same) is skipped: nothing
more than the rename can be done there (clause ``sync_unsupported_skipped``, session 41).
Any other error of the parent's fsync (EIO: the disk failed to write it) is one
:class:`NotDurable` line; the folder is in place by then, and the line says so.

Local paths only: remote outputs (gs://, s3://) never reach here
(``pipeline.storage.sync_tree`` returns for them, ``pipeline.output`` moves their objects
one by one); an object store keeps an object once its write returns, and has no folder
to fsync. No Beam import: the trainer uses it too.

Cost: one ``fsync`` per file and folder (the write-out the disk does anyway, waited
for) and one of the parent folder, ~1 ms.
"""

from __future__ import annotations

import errno
import os

from schemas.errors import UserError

# clause sync_unsupported_skipped: what a filesystem that cannot fsync a folder answers
CANNOT_SYNC = (errno.EINVAL, errno.EBADF, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS)


class NotDurable(UserError):
    """The disk failed to record a rename that already happened (an EIO from the
    fsync of the folder holding it)."""


def _sync(path: str) -> None:
    """fsync one file or folder; a filesystem's refusal (:data:`CANNOT_SYNC`) is
    skipped, any other error raised. A folder that cannot be opened (EACCES: Windows
    opens none, POSIX none without read permission, such as a ``-wx`` drop folder
    holding OUT) is skipped too, as PostgreSQL's ``fsync_fname`` does: its rename
    worked, and the line "the disk failed" would be false (review, session 42)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as error:
        if error.errno in (errno.EACCES, errno.EISDIR) and os.path.isdir(path):
            return
        raise
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in CANNOT_SYNC:
            raise  # a full disk, EIO: the write did fail
    finally:
        os.close(fd)


def sync_tree(path: str) -> None:
    """Clause synced_before_swap: every file and folder under the local folder ``path``
    reaches the disk before the caller renames it into place. A link is not followed
    (``RUN/base`` links the model's files: they are not ours to sync); its entry is
    synced with its folder."""
    for root, _, names in os.walk(path):
        for name in [*names, ""]:  # "": the folder itself, its entries
            full = os.path.join(root, name)
            if name and os.path.islink(full):
                continue
            _sync(full)


def rename_durable(src: str, dst: str, move=None) -> None:
    """Clause rename_durable: ``move(src, dst)`` (default ``os.replace``), then the folder
    holding ``dst`` (and ``src``'s, when another) fsynced, so the rename itself survives
    a power loss. Raises :class:`NotDurable` (one line) when the disk fails that fsync."""
    (move or os.replace)(src, dst)
    parents = dict.fromkeys(os.path.dirname(os.path.abspath(p)) for p in (dst, src))
    for parent in parents:
        try:
            _sync(parent)
        except OSError as error:
            raise NotDurable(
                f"{dst} is in place, but the disk failed to record the rename (fsync of "
                f"{parent}: {error.strerror}), so a power loss could undo it; check the "
                "disk (`dmesg`) before relying on it"
            ) from error
