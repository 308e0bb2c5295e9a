"""Staging folders of a build (split from ``pipeline.output``, session 41 review; re-exported
there): :func:`create_staging` makes ``OUT.tmp-XXXXXXXX`` locked and marked,
:func:`clean_leftovers` removes or restores what killed builds left beside ``OUT``,
and :func:`give_up_for_space` removes a partial output on a full disk with its one line.
The rules of where a build writes and of the swap are ``pipeline.output``'s docstring."""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
import shlex

from pipeline import durable, storage
from pipeline.output_checks import BUILD_NAMES, OutputError, _exports_in
from pipeline.output_removal import foreign_below, removed_or_said
from schemas.dataset import COMPLETE_MARKER, MANIFEST
from schemas.errors import file_too_large, no_room, out_of_space, too_large_cause_and_fix
from schemas.output_names import BUILD_MARK, BUILD_MARK_BYTES, build_mark
from transforms.folder_marks import mark_doubt, mark_state, new_mark, write_whole
from transforms.own_outputs import built_here

LOG = logging.getLogger("longctx.dataset")

_LEFTOVER = re.compile(r"\.(tmp|old)-[0-9a-f]{8}$")


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
    except OSError as error:
        raise _staging_error(staging, error) from None
    try:
        fd = os.open(staging, os.O_RDONLY)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.rmdir(staging)
        raise _staging_error(staging, error) from None
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    # Clause staging_marked (session 30): the evidence clean_leftovers and the input
    # listing (transforms.own_outputs) need before they take the folder for a build's;
    # written under the lock, so no other build sees it marked and unlocked.
    try:
        mark = os.open(os.path.join(staging, BUILD_MARK), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        try:
            write_whole(mark, new_mark(build_mark, staging))  # mark_names_folder_birth
        finally:
            os.close(mark)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(staging, BUILD_MARK))
        with contextlib.suppress(OSError):
            os.rmdir(staging)
        os.close(fd)
        raise _staging_error(staging, error) from None
    return fd


def _staging_error(staging: str, error: OSError) -> OutputError:
    if no_room(error):  # nothing of the staging folder is left: said as a full disk
        return give_up_for_space(staging, staging.rsplit(".tmp-", 1)[0], error=error)
    return OutputError(
        f"cannot create {staging} next to --output: {error.strerror}; choose an "
        "--output in a folder you can write to"
    )


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
        foreign = foreign or foreign_below(path, exports)  # ..._foreign_nested (review)
        restore = (
            match.group(1) == "old"
            and not os.path.exists(out)
            and os.path.exists(os.path.join(path, COMPLETE_MARKER))
            # staging_marked_this_folder: a copy's mark (another inode) is not restored
            # (mark_unverifiable_left: an old or unverifiable mark is renamed back, as none)
            and mark_state(path, BUILD_MARK, BUILD_MARK_BYTES) != "other"
        )
        if not foreign and not restore and not built_here(path):  # clause staging_marked
            message = unmarked_leftover_line(path, out)  # and staging_marked_this_folder
            LOG.warning(message)
            done.append(message)
            continue
        if foreign:
            message = (
                f"left {path} alone: it looks like a leftover of a killed build but holds "
                f"{', '.join(sorted(foreign)[:5])}; delete it yourself if it is not needed"
            )
            LOG.warning(message)
            done.append(message)
            continue
        if restore:
            durable.rename_durable(path, out, os.rename)  # clause rename_durable
            message = f"restored the previous dataset {out} from {path} (a build was killed while replacing it)"
        else:
            message = removed_line(path, out, _size_mb(path))  # what it was, before it goes
            if not removed_or_said(path):  # clause output_not_removable: said, not a traceback
                continue
        LOG.warning(message)
        done.append(message)
    return done


def _complete_at(folder: str) -> int | None:
    """When the complete dataset ``folder`` was finished (its ``_COMPLETE``'s mtime, ns);
    None when it is not one."""
    if not os.path.exists(os.path.join(folder, MANIFEST)):
        return None
    try:
        return os.lstat(os.path.join(folder, COMPLETE_MARKER)).st_mtime_ns
    except OSError:
        return None


def removed_line(path: str, out: str, size: float) -> str:
    """Clause ``leftover_replaced_said`` (session 43): the line for the leftover ``path``
    about to be removed.
    After a disk error during ``--overwrite``'s swap (``durable.NotDurable``: "the one it
    replaced is kept at OUT.tmp-X", or ``OUT.old-X`` without renameat2), or a kill
    between the swap and the removal, the leftover is the dataset ``OUT`` replaced,
    complete and finished before ``OUT`` was; the next build said "left by a build that
    did not finish" of it, which sent the user looking for a failed build. A complete
    dataset finished after ``OUT`` is one a build finished but never put in place."""
    kept, now = _complete_at(path), _complete_at(out)
    if kept is not None and now is not None and kept <= now:
        what = (
            f"the previous dataset of {out}, kept beside it by the build that replaced it "
            "(that build was cut short, or its disk failed to record the swap)"
        )
    elif kept is not None:
        what = "a complete dataset a build finished but did not put in place (it was cut short)"
    else:
        what = "left by a build that did not finish"
    return f"removed {path} ({size:.1f} MB), {what}"


def unmarked_leftover_line(path: str, out: str) -> str:
    """Clause ``leftover_unmarked_said_how`` (session 31): the line for a folder
    ``OUT.tmp-X``/``OUT.old-X`` holding only what a build writes but no ``_BUILD`` of its
    own (clause ``staging_marked``: a killed build of a longctx before session 30, or a
    copy). It said "a copy, or a folder of a version before the mark; delete it yourself
    if it is not needed", so the user had to work out which, how, and that the line
    comes back at every build. It now says what the folder holds (a complete dataset, or
    a build's parts), its size, the command that removes it and the one that keeps it
    under a name builds leave unsaid."""
    quoted = shlex.quote(os.path.abspath(path))
    kept = shlex.quote(os.path.abspath(_LEFTOVER.sub(r".kept-", path) + path[-8:]))
    state = mark_state(path, BUILD_MARK, BUILD_MARK_BYTES)  # mark_unverifiable_left
    # mark_unverifiable_left_said_whose (review): "before session 30" is not said of a
    # folder whose _BUILD shows a later longctx made it
    whose = " of a longctx before session 30" if state not in ("old", "unverifiable") else ""
    if os.path.exists(os.path.join(path, MANIFEST)) and os.path.exists(
        os.path.join(path, COMPLETE_MARKER)
    ):
        what = "a complete longctx dataset (a backup copy, or the old dataset of a swap cut"
        what += f" short by a longctx{' before session 30' if whose else ''})"
    else:
        what = f"only the parts a build writes (a build{whose} killed"
        what += " before it finished, or a copy of one)"
    why = f"no {BUILD_MARK} written in it"
    why = (
        mark_doubt(state, BUILD_MARK).replace("holds ", "")
        if state in ("old", "unverifiable")
        else why
    )
    return (
        f"left {path} alone: named like a leftover of a build to {out}, it holds {what}, "
        f"{_size_mb(path):.1f} MB, but {why}, so it is not "
        f"removed for you: if it is not yours, remove it with `rm -r -- {quoted}`; to "
        f"keep it, rename it (`mv -T {quoted} {kept}`) and builds to {out} stop naming it"
    )


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
def give_up_for_space(
    staging: str, out: str, what: str = "the dataset", remove: bool = True, error=None
) -> OutputError:
    """Remove the partial output at ``staging`` (it only fills the disk; ``remove``
    false: its maker removed it already) and return the one-line error that says so
    (``error`` an EFBIG: clause file_size_limit's line)."""
    if remove:
        with contextlib.suppress(OSError):
            storage.delete_tree(staging)
    where = os.path.dirname(os.path.abspath(staging)) if not storage.is_remote(staging) else out
    cause = f"no space left on the disk of {where} while writing {what} (No space left on device)"
    fix = "free some space there, or choose an --output on a disk with more room"
    if not out_of_space(error) and file_too_large(error):
        cause, fix = too_large_cause_and_fix(where, what)
    return OutputError(f"{cause}; the partial output was removed and {out} is as it was: {fix}")
