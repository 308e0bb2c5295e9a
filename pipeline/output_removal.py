"""Clause ``output_not_removable`` (task B2, session 26): an ``--output`` the user may
write beside but cannot delete (the old dataset built by another user or by root, a
read-only folder in it, a root-owned OUT in a sticky folder such as /tmp), as a non-root
user. Before: the whole build ran, the swap put the new dataset in place, then removing
the old one raised a PermissionError traceback (exit 1); and every later build to that
``--output`` died at its start with the same traceback (the leftover could not be
cleaned), so the user was stuck. Now:

* :func:`check_replaceable`, before anything is built: a one-line error naming the
  folder that stops the removal and what to do; nothing is written.
* :func:`removed_or_said` (hooks in pipeline/output.py ``clean_leftovers`` and
  ``replace_output``): a leftover or an old dataset that cannot be removed is left,
  with a one-line warning that names it, instead of a traceback.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import pwd
import shutil
import stat
import struct

from pipeline import storage
from pipeline.output_checks import OutputError, _files_below, _written_by_a_build
from schemas.dataset import COMPLETE_MARKER, MANIFEST
from schemas.output_names import BUILD_MARK

LOG = logging.getLogger("longctx.dataset")


def _owner(st: os.stat_result) -> str:
    try:
        return pwd.getpwuid(st.st_uid).pw_name
    except KeyError:
        return f"uid {st.st_uid}"


def _stuck(path: str) -> str | None:
    """Why this user cannot delete the folder ``path`` and what is in it; None if it can.
    Root may delete anything (``os.access`` says so for root)."""
    parent = os.path.dirname(os.path.abspath(path))
    try:
        pst, st = os.stat(parent), os.lstat(path)
    except OSError:
        return None
    me = os.geteuid()
    if me != 0 and pst.st_mode & stat.S_ISVTX and me not in (pst.st_uid, st.st_uid):
        return (
            f"{path} is owned by {_owner(st)} in {parent}, a sticky folder (like /tmp), "
            "where only its owner may move or delete it"
        )
    for folder, dirs, names in os.walk(path):  # links are not followed, as rmtree does not
        if not (dirs or names) and os.access(folder, os.R_OK, effective_ids=True):
            if flag := _undeletable_flag(folder):  # ..._append_only_folder: an empty one
                return flag
            continue  # an empty folder goes with its parent's write permission
        if not os.access(folder, os.W_OK | os.X_OK, effective_ids=True):
            return _not_writable(folder)
        if flag := _undeletable_flag(folder):  # clause output_not_removable_append_only_folder
            return flag
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
        for name in names:  # clause output_not_removable_immutable_file
            if flag := _undeletable_flag(os.path.join(folder, name)):
                return flag
    return None


# Clause output_not_removable_immutable_file (session 27): a file with the immutable or
# append-only attribute (``chattr +i`` / ``+a``) cannot be unlinked by anyone, root
# included, even from a writable folder; only the removal found it, after it had
# deleted what came before it in rmtree's order (the old dataset half gone). These are
# the inode flags of FS_IOC_GETFLAGS (linux/fs.h), read before anything is removed.
_FS_IOC_GETFLAGS = 0x80086601
_UNDELETABLE = ((0x10, "immutable", "i"), (0x20, "append-only", "a"))


def _undeletable_flag(path: str) -> str | None:
    """Why ``path`` (a file or folder) cannot be unlinked whatever its folder allows (its
    immutable or append-only flag), else None; a link, a special file, or one whose flags
    cannot be read (a filesystem without them: ENOTTY, EOPNOTSUPP; no read permission) is
    left to the removal. Clause output_not_removable_append_only_folder (review, session
    27): an append-only *folder* passes ``access(W_OK)`` but nothing in it can be deleted
    (and an empty immutable one was skipped); its flags are read too. A device or FIFO is
    not opened (``lstat`` first): opening some devices acts (a tape rewinds)."""
    try:
        kind = stat.S_IFMT(os.lstat(path).st_mode)
        if kind not in (stat.S_IFREG, stat.S_IFDIR):
            return None
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_NOCTTY)
    except OSError:
        return None
    try:
        if stat.S_IFMT(os.fstat(fd).st_mode) != kind:
            return None
        flags = struct.unpack("i", fcntl.ioctl(fd, _FS_IOC_GETFLAGS, struct.pack("i", 0)))[0]
    except OSError:
        return None
    finally:
        os.close(fd)
    for bit, what, letter in _UNDELETABLE:
        if flags & bit:
            if kind == stat.S_IFDIR:
                return (
                    f"the folder {path} is {what} (lsattr -d shows '{letter}'), so nothing in "
                    f"it can be deleted until chattr -{letter} {path} removes the flag"
                )
            return (
                f"the file {path} is {what} (lsattr shows '{letter}'), so no one can delete "
                f"it until chattr -{letter} {path} removes the flag"
            )
    return None


def _not_writable(folder: str) -> str:
    """Why ``folder`` refused ``access(W_OK)``. Clause output_not_removable_immutable
    (review, session 27): root (or the owner, mode rwx) is refused only by a read-only
    mount or the immutable flag, and "not writable by you (owner root, mode
    drwxr-xr-x) ... have its owner remove it" named neither."""
    fst = os.stat(folder)
    if os.statvfs(folder).f_flag & os.ST_RDONLY:
        return f"the folder {folder} is on a read-only filesystem, so its files cannot be deleted"
    me = os.geteuid()
    if me == 0 or (me == fst.st_uid and fst.st_mode & stat.S_IWUSR):
        return (
            f"the folder {folder} cannot be changed although its mode "
            f"{stat.filemode(fst.st_mode)} allows it: it is immutable (lsattr -d shows 'i'; "
            "chattr -i removes it)"
        )
    return (
        f"the folder {folder} is not writable by you (owner {_owner(fst)}, mode "
        f"{stat.filemode(fst.st_mode)}), so its files cannot be deleted"
    )


def check_replaceable(out: str) -> None:
    """Raise :class:`OutputError` when the local ``out`` holds a dataset this user could
    not delete once the new one is built (``check_output`` has allowed replacing it)."""
    if storage.is_remote(out) or not os.path.isdir(out) or not os.listdir(out):
        return
    if why := _stuck(out):
        fix = f"have its owner remove it (rm -r {out}) or make it yours (chown -R)"
        if "chattr -" in why:  # an attribute, not an owner, stops it: ownership won't help
            fix = "clear the flag as its message says, then build again"
        elif "read-only filesystem" in why:
            fix = "make its filesystem writable (mount -o remount,rw)"
        raise OutputError(
            f"cannot replace --output {out}: {why}; choose another --output, or {fix}"
        )


def foreign_below(path: str, exports: dict) -> list[str]:
    """Files inside the folders of the leftover ``path`` that no build writes there.
    Clause output_not_removable_foreign_nested (review, session 27): ``clean_leftovers``
    looked at a leftover's top-level names only, so a folder ``OUT.tmp-1a2b3c4d``
    holding ``train/notes.txt`` was removed with the note; ``check_output`` already
    looks this deep at OUT itself (``_written_by_a_build``)."""
    return [f for f in _files_below(path) if "/" in f and not _written_by_a_build(f, exports)]


_EVIDENCE = (COMPLETE_MARKER, MANIFEST, BUILD_MARK)  # removed last, in this order


def _evidence_last(path: str) -> None:
    """Clause ``staging_marked_removed_last`` (session 30): the files that show a folder
    is a build's (transforms.own_outputs ``built_here``) go after everything else, so a
    removal cut half way (a kill, a crash) leaves what the next build recognises and
    removes, not unmarked shards and rejected records that only look like a user's."""
    if os.path.islink(path) or not os.path.isdir(path):
        return
    for name in os.listdir(path):
        if name in _EVIDENCE:
            continue
        entry = os.path.join(path, name)
        if os.path.isdir(entry) and not os.path.islink(entry):
            shutil.rmtree(entry)
        else:
            os.unlink(entry)
    for name in _EVIDENCE:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(os.path.join(path, name))


def removed_or_said(path: str, what: str = "a leftover of an earlier build") -> bool:
    """``shutil.rmtree(path)``; when that fails (permissions), a one-line warning that
    names ``path`` and what is left of it, and False. Clause output_not_removable_partly
    (review, session 27): a folder :func:`_stuck` finds is not touched at all (rmtree
    deleted what it could before it failed, and the warning said "left as it is"); a
    failure it cannot foresee (an immutable file) says the rest is left."""
    if why := _stuck(path):
        LOG.warning(
            "could not remove %s, %s (%s); it is left as it is: remove it yourself (rm -r %s)",
            path,
            what,
            why,
            path,
        )
        return False
    try:
        _evidence_last(path)
        shutil.rmtree(path)
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        LOG.warning(
            "could not remove %s, %s (%s%s); part of it may be removed, the rest is left: "
            "remove it yourself (rm -r %s)",
            path,
            what,
            error.strerror or error,
            where,
            path,
        )
        return False
    return True
