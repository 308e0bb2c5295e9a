"""Clause ``changed_while_read`` (session 26): a text file that changes while the build
reads it (a copy, download or editor save still writing it when the build was started)
was read as whatever part was there: a document cut at an arbitrary byte was trained on
and nothing said so. The file's size, modification time and inode are taken before it is
opened and again after it is read; when they differ, its documents are rejected
(``changed_while_read``) with the sizes and what to do, and the counts still reconcile
(one rejection per document that would have been written). Only local regular files: a
pipe's or a remote file's stamp says nothing of this. JSONL and Parquet are streamed
record by record and not covered (a JSONL line cut by a writer is ``invalid_json``)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator

from schemas import Document, Rejected
from schemas.wording import counted
from transforms.read_records import reject


def stamp(path: str) -> tuple[int, int, int] | None:
    """(size, modification time in ns, inode) of a local regular file, else None."""
    if "://" in path:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return found.st_size, found.st_mtime_ns, found.st_ino


def checked(path: str, read: Iterable[Document | Rejected]) -> Iterator[Document | Rejected]:
    """The items of ``read`` (the reader of the file ``path``, not yet started), or, when
    the file changed while they were read, a rejection in place of each document."""
    before = stamp(path)
    items = list(read)
    after = stamp(path)
    if before is None or after is None or before == after:
        yield from items
        return
    how = _how(before, after)
    for item in items:
        if isinstance(item, Document):
            item = reject(
                item.doc_id,
                item.source,
                "changed_while_read",
                f"the file changed while it was read ({how}): it is still being written, "
                "copied or downloaded, or was edited; nothing of it is kept; build again "
                "once it is complete",
            )
        yield item


# Clause changed_while_read_jsonl: a JSONL file still being written (a log, an export)
# was read up to where it then ended: its whole lines kept, the rest missing, nothing said
# (the line cut by the writer, if any, was an invalid_json of its own). Records cannot be
# taken back once streamed, so one rejection after them says the file changed.
def noted(file, read: Iterable[Document | Rejected]) -> Iterator[Document | Rejected]:
    """A JSONL file's records as read (streamed: each whole line is a record of its own),
    then, when the file changed while they were read, one rejection saying so: the
    records after the last one read may be missing (a log or export still being written)."""
    before = stamp(file.path)
    count = 0
    for item in read:
        count += 1
        yield item
    after = stamp(file.path)
    if before is None or after is None or before == after:
        return
    yield reject(
        file.relative,
        file.source,
        "changed_while_read",
        f"the file changed while it was read ({_how(before, after)}) after "
        f"{counted(count, 'record')}: those are kept as they were read, but records written since "
        "are not; build again once it is complete",
    )


def _how(before: tuple[int, int, int], after: tuple[int, int, int]) -> str:
    if before[2] != after[2]:  # a new file renamed over it (an editor's save)
        return "replaced by another file"
    elif before[0] != after[0]:
        return (
            f"from {counted(before[0], 'byte', thousands=True)} to "
            f"{counted(after[0], 'byte', thousands=True)}"
        )
    else:
        return "rewritten in place"
