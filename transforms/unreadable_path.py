"""Clause ``tokenizer_unreadable`` (session 27): a tokenizer (or model folder) that
exists but cannot be read was reported "not found" (``os.path.isfile`` is False for a
path behind a folder the user cannot search, a broken symbolic link, a FIFO, a
device), so the user looked for a missing file that was there. :func:`why_unreadable`
says what is wrong with the path and what to do, in one line; it opens nothing that
could block (a FIFO is named, not read) and costs a few ``stat`` calls.
"""

from __future__ import annotations

import errno
import os
import pwd
import stat

_SPECIAL = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _owner(st: os.stat_result) -> str:
    try:
        return pwd.getpwuid(st.st_uid).pw_name
    except KeyError:
        return f"uid {st.st_uid}"


def _blocking_folder(path: str) -> str:
    """The first folder on the way to ``path`` this user cannot search (``x``)."""
    folder = os.path.dirname(os.path.abspath(path))
    chain = []
    while True:
        chain.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    for folder in reversed(chain):
        if not os.access(folder, os.X_OK, effective_ids=True):
            try:
                st = os.stat(folder)
                return (
                    f"the folder {folder} (owner {_owner(st)}, mode "
                    f"{stat.filemode(st.st_mode)}) is not searchable by you"
                )
            except OSError:
                return f"the folder {folder} is not searchable by you"
    return "a folder on the way is not searchable by you"


def why_unreadable(path: str, want_folder: bool = False) -> str | None:
    """None when the local ``path`` is a readable regular file (a searchable folder with
    ``want_folder``); else what is wrong, as the end of "PATH ...", with what to do.
    A missing path (nothing there, no link) gives "not found"."""
    try:
        os.lstat(path)
    except PermissionError:
        return (
            f"cannot be reached: {_blocking_folder(path)}; make it searchable "
            "(chmod o+x) or use a copy in a folder you can read"
        )
    except FileNotFoundError:
        return "not found"
    except OSError as error:
        return f"cannot be reached: {error.strerror}"
    try:
        found = os.stat(path)
    except OSError as error:
        target = os.readlink(path)
        if error.errno == errno.ELOOP:
            return f"is a symbolic link to {target} that loops back on itself; fix the link"
        if isinstance(error, PermissionError):
            where = os.path.join(os.path.dirname(path), target)  # target if absolute
            return (
                f"is a symbolic link to {target}, which cannot be reached: "
                f"{_blocking_folder(where)}; make it searchable (chmod o+x) or use a copy"
            )
        return (
            f"is a broken symbolic link: its target {target} does not exist; fix the link "
            f"or pass the {'folder' if want_folder else 'file'} itself"
        )
    if stat.S_ISDIR(found.st_mode):
        if not want_folder:
            return "is a folder, not a file"
        if not os.access(path, os.R_OK | os.X_OK, effective_ids=True):
            return (
                f"cannot be read: the folder (owner {_owner(found)}, mode "
                f"{stat.filemode(found.st_mode)}) is not readable by you; make it readable "
                "(chmod -R a+rX) or use a copy you can read"
            )
        return None
    special = next((name for test, name in _SPECIAL if test(found.st_mode)), None)
    if special:
        wait = " (a pipe with no writer would wait for good)" if "FIFO" in special else ""
        return f"is {special}, not a file: it is not read{wait}; pass the path of the saved file"
    if want_folder:
        return "is a file, not a folder"
    try:  # O_NONBLOCK: a FIFO swapped in since the stat is not waited on
        os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK))
    except PermissionError:
        return (
            f"cannot be read: permission denied (owner {_owner(found)}, mode "
            f"{stat.filemode(found.st_mode)}); make it readable (chmod a+r {path}) or use "
            "a copy you can read"
        )
    except OSError as error:
        return f"cannot be read: {error.strerror}"
    return None
