"""Clause ``changed_while_read`` (session 26): a text file that changes while the build
reads it (a copy, download or editor save still writing it when the build was started)
was read as whatever part was there: a document cut at an arbitrary byte was trained on
and nothing said so. The size and modification time of the file, through a handle held
open across the read (clause changed_while_read_held), are taken before it is read and
again after; when they differ, its documents are rejected
(``changed_while_read``) with the sizes and what to do, and the counts still reconcile
(one rejection per document that would have been written). Only local regular files: a
pipe's or a remote file's stamp says nothing of this. JSONL is streamed: one rejection
after its records (clause changed_while_read_jsonl); Parquet rows up to the change
(clause changed_while_read_parquet). A file written moments before its read
ended is stamped again once it has been still for ``SETTLE_NS`` (clause
changed_while_read_settle), so a slow writer between the reads is seen too."""

from __future__ import annotations

import contextlib
import os
import stat
import time
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


# Clause changed_while_read_held (review, session 26): the stamps were of the path, so a
# file replaced whole by rename (an exporter's or editor's atomic save, `sed -i`, rsync;
# the way writers avoid half-written reads) was rejected as "replaced by another file"
# although the reader's one handle had read the old file, or the new one, whole. The
# stamps are now of a handle held open across the read: what is written into the file
# the reader has open still shows (its size and time change); a rename over it does not.
@contextlib.contextmanager
def held(path: str) -> Iterator[int | None]:
    """An open descriptor of the local regular file ``path`` for its stamps, else None."""
    fd = None
    if stamp(path) is not None:
        try:  # O_NONBLOCK: a FIFO renamed in meanwhile is not waited on
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError:
            fd = None
    try:
        yield fd
    finally:
        if fd is not None:
            os.close(fd)


def _stamp_of(fd: int | None) -> tuple[int, int, int] | None:
    if fd is None:
        return None
    found = os.fstat(fd)
    if not stat.S_ISREG(found.st_mode):
        return None
    return found.st_size, found.st_mtime_ns, found.st_ino


# Clause changed_while_read_settle (session 27): only a write during the read itself was
# seen. A download writing 16 kB every 16 ms (1 MB/s) is idle between its writes, and a
# text file of 100 kB is read in ~2 ms: caught 0 times in 10 (review, session 26; 0 in 5
# again, /tmp/wtB27/e3/trial.py), the document cut where the download was and kept. A
# file whose last change is younger than SETTLE_NS when its read ends is stamped again
# once it is that old: a writer still at work has changed it by then. Cost: a wait of at
# most SETTLE_NS, only for a file changed within SETTLE_NS of its read (one still being
# written, or one made just before the build: tests); any other file pays one clock read.
# A writer pausing longer than SETTLE_NS between two writes is still not seen.
# Clause changed_while_read_settle_future (review, session 27): a file whose mtime was in
# the future (a tar made on a machine whose clock was ahead, `touch -d tomorrow`, an NFS
# server ahead) waited the whole SETTLE_NS, each one: 20 such files read in 6.0 s, so
# 10,000 would wait 50 minutes, and the wait told nothing (the file stays "young"). The
# wait now ends when the file is SETTLE_NS old by this clock, and a file stamped more
# than SETTLE_NS ahead of it is not waited on (as before this clause). So the waits of
# files made before the build overlap: one worker waits at most 2 x SETTLE_NS in all
# (200 files written just before: 0.32 s; 20 dated an hour ahead: 0.00 s).
SETTLE_NS = 300_000_000


def _settled(fd: int | None, after: tuple[int, int, int] | None):
    """``after`` (the stamp at the end of the read), or, when the file had changed less
    than ``SETTLE_NS`` before, its stamp once it has been still that long."""
    if after is None:
        return after
    young = SETTLE_NS - (time.time_ns() - after[1])
    if young <= 0 or young > 2 * SETTLE_NS:  # clause changed_while_read_settle_future
        return after
    time.sleep(young / 1e9)
    return _stamp_of(fd)


def checked(path: str, read: Iterable[Document | Rejected]) -> Iterator[Document | Rejected]:
    """The items of ``read`` (the reader of the file ``path``, not yet started), or, when
    the file changed while they were read, a rejection in place of each document."""
    with held(path) as fd:  # clause changed_while_read_held
        before = _stamp_of(fd)
        items = list(read)
        after = _settled(fd, _stamp_of(fd))  # clause changed_while_read_settle
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
    with held(file.path) as fd:  # clause changed_while_read_held
        before, count = _stamp_of(fd), 0
        for item in read:
            count += 1
            yield item
        after = _settled(fd, _stamp_of(fd))  # clause changed_while_read_settle
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


# Clause changed_while_read_parquet: a Parquet file exported again in place (truncated
# and rewritten) while the build read it: pyarrow had its footer, then read the row groups
# at the old offsets from the new bytes: rows of two exports mixed without a word (1,999 of
# 4,000 rows from the new export, measured), or "could not read parquet file ... File too
# short", which said nothing of the change. Rows are streamed (a Parquet file can be
# larger than memory), so the reader's own handle is watched (:func:`watched`): each read
# is checked against the stamp taken before the footer was read, so every row kept came
# from bytes read while the file was unchanged; at the first read after a change the rest
# is not read, and one rejection says from which row (:func:`rows_checked`).
class ChangedWhileRead(OSError):
    """A read of a watched handle found its file changed since the handle was watched."""


class _Watched:
    """``handle`` whose every ``read`` raises :class:`ChangedWhileRead` once the file's
    stamp (through this same handle) differs from the one taken when it was wrapped."""

    def __init__(self, handle, fd: int, first: tuple[int, int, int]):
        self._handle, self._fd, self._first = handle, fd, first

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        now = _stamp_of(self._fd)
        if now != self._first:
            raise ChangedWhileRead(_how(self._first, now) if now else "it is gone")
        return data


# Clause changed_while_read_parquet_settle (session 29): each read was checked, but not
# the moments after the last one. A writer that does not truncate first (rsync
# --inplace, `dd conv=notrunc`, a tool writing into the old file) and had rewritten the
# head of a Parquet file just before the build opened it left the old footer at the end:
# pyarrow read new row groups at the old offsets, every read under one stamp, and the
# rows were kept. As for text and JSONL (clause changed_while_read_settle), a file
# changed less than SETTLE_NS before its last read is stamped again once it has been
# still that long; a change by then is one rejection after the rows (streamed, kept).
def settle(handle) -> None:
    """Raise :class:`ChangedWhileRead` when the file of the :func:`watched` ``handle``
    changes within ``SETTLE_NS`` of its last change (any other handle: nothing)."""
    if not isinstance(handle, _Watched):
        return
    now = _settled(handle._fd, _stamp_of(handle._fd))
    if now != handle._first:
        raise ChangedWhileRead(_how(handle._first, now) if now else "it is gone")


def watched(handle):
    """The local regular file ``handle`` wrapped by :class:`_Watched`; any other handle
    (a member's temporary copy, a pipe, a remote file) as it is."""
    try:
        fd = handle.fileno()
        first = _stamp_of(fd)
    except (AttributeError, OSError, ValueError):
        return handle
    return handle if first is None else _Watched(handle, fd, first)


def rows_checked(file, read: Iterable[Document | Rejected]) -> Iterator[Document | Rejected]:
    """A Parquet file's rows as read through a :func:`watched` handle, up to the first
    read after the file changed; then one ``changed_while_read`` rejection saying so."""
    count = 0
    try:
        for item in read:
            count += 1
            yield item
    except ChangedWhileRead as changed:
        kept = {0: "no row is kept", 1: "row 0, read before it, is kept"}.get(
            count, f"rows 0 to {count - 1:,}, read before it, are kept"
        )
        yield reject(
            file.relative,
            file.source,
            "changed_while_read",
            f"the file changed while it was read ({changed}) at row {count:,}: {kept}, "
            "the rest is not read (a Parquet file exported again in place, or still being "
            "copied); build again once it is complete",
        )


def _how(before: tuple[int, int, int], after: tuple[int, int, int]) -> str:
    if before[0] != after[0]:
        return (
            f"from {counted(before[0], 'byte', thousands=True)} to "
            f"{counted(after[0], 'byte', thousands=True)}"
        )
    else:
        return "rewritten in place"
