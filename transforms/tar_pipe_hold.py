"""Clause ``covered_pipe_read`` (session 50, the Left of session 49's wtG): a tar read
from a pipe (stdin, a FIFO; plain or compressed) cannot be opened again, so the members
whose headers lay inside a member's data (a damaged size field) were only named, one
"not read" line each, though their bytes had streamed past.

:class:`PipeHold` holds those bytes on their way to tarfile, in memory, bounded: for the
member tarfile gave last, from the first header noted inside its data (the covered
members' run starts there) on, up to :data:`PIPE_HOLD` bytes (the bound of what the tar
reader already holds of one member while it decides whether a tar lies inside it,
``transforms.tar_headers.EMBEDDED_LOOK_AHEAD``, 32 MB). A member with no header inside
its data holds nothing but a reference to the last read (tarfile may read a covered
header in the same read as the member's own). The reader (``transforms.tar_archive``)
reads the covered members again from what is held, then (at the archive's end, where
the last covered member runs past the damaged member's end) from the rest of the pipe,
in the same pass. Past the bound, or when the covered header was read before the
damaged member's own header was given (more than one read earlier), nothing is held and
the lines say which.

Clause ``pipe_hold_spills`` (session 52, the Left of session 50's wtH): past
:data:`PIPE_HOLD` the bytes went nowhere, and every covered member kept a line: a .tar
piped in whose damaged size covered 42 MB of 135 real books lost all 135 (a file of the
same bytes reads them). Now the hold is a ``SpooledTemporaryFile``: :data:`PIPE_HOLD`
(32 MB) in memory, the rest in an unnamed temporary file in the temporary folder
(``$TMPDIR``; removed by the system however the build ends, no user file touched; a
full disk is said by clause ``temp_room_said``), up to ``bound``: the archive bound
(100 x ``--max-doc-chars``, what one archive's members may expand to, and what a
compressed pipe's unit is already spooled up to: ``transforms.checked_units``). Past
that bound the lines say so, as before. Memory: 32 MB; disk: the covered run."""

from __future__ import annotations

import io
import tempfile

from schemas.errors import file_too_large, no_room
from transforms.archive_limits import archive_bound
from transforms.tar_headers import EMBEDDED_LOOK_AHEAD

PIPE_HOLD = EMBEDDED_LOOK_AHEAD  # bytes of a pipe's tar held in memory for the covered members
_COPY = 1 << 20  # bytes copied from the held file to a reader at a time, at most


def hold_bound(max_doc_chars: int) -> int:
    """Clause ``pipe_hold_spills``: the bytes a pipe's tar holds for its covered members
    at most, memory and temporary disk (the archive bound)."""
    return archive_bound(max_doc_chars)


def _no_room(error: OSError) -> str:
    """Clause ``hold_room_said`` (session 52 review): why a covered member was not
    held when the temporary disk could not grow."""
    why = "File too large: a file size limit" if file_too_large(error) else "no space left"
    return (
        "the archive is read from a pipe, so it is read once, and the damaged member's data "
        "from the first covered header on could not be held on temporary disk (the "
        f"temporary folder {tempfile.gettempdir()}: {why}), so those bytes were skipped: "
        "free space there or set TMPDIR to a folder on a larger disk, or save the stream "
        "to a file and pass it as --input"
    )


def _over(bound: int) -> str:
    return (
        "the archive is read from a pipe, so it is read once, and the damaged member's data "
        f"from the first covered header on ran over {bound:,} bytes (the archive bound, 100 x "
        "--max-doc-chars, the most of it held on temporary disk), so those bytes were "
        "skipped, not held: save the stream to a file and pass it as --input, or raise "
        "--max-doc-chars"
    )  # clauses covered_pipe_read, pipe_hold_spills: why a covered member is not read


LOST = (
    "the archive is read from a pipe, so it is read once, and the covered header was read "
    "before the damaged member's own header was given, so its bytes were not held"
)  # clause covered_pipe_read: the header came more than one read early


class PipeHold:
    """The bytes of a pipe's tar from the first header inside the current member's data."""

    def __init__(self, bound: int, memory: int | None = None):
        self.bound = bound  # bytes held at most (clause pipe_hold_spills)
        self.memory = PIPE_HOLD if memory is None else memory  # of them in memory
        self.start = self.end = -1  # the current member's data (tar offsets)
        self.at = 0  # the tar offset of the held bytes' first
        self.held: tempfile.SpooledTemporaryFile | None = None
        self.over = False  # the bound was passed for this member
        self.room: str | None = None  # clause hold_room_said: the disk could not grow
        self.lost = False  # a header inside it was read too early to be held
        self._last_at, self._last = 0, b""  # the last read, whole blocks and carry

    @classmethod
    def of_archive(cls, max_doc_chars: int) -> PipeHold:
        """The hold of one archive read with ``--max-doc-chars`` ``max_doc_chars``."""
        return cls(hold_bound(max_doc_chars))

    def member(self, start: int, end: int, headers) -> None:
        """tarfile gave a member whose data is ``start``..``end``: hold from the first
        header inside it already noted (``headers``: offsets), if the last read has it."""
        self.close()
        self.start, self.end, self.over, self.lost = start, end, False, False
        self.room = None
        inside = [at for at in headers if start <= at < end]  # file_declared_end_decides
        if inside:
            self._begin(inside[0], self._last_at, self._last)

    def scanned(self, chunk_at: int, chunk: bytes, data: bytes, noted: list[int]) -> None:
        """A read: ``chunk`` (the carry and the new ``data``) starts at ``chunk_at``;
        ``noted``: the header offsets found in it."""
        if self.held is not None:
            self._write(data)
        elif not self.over and not self.lost:
            inside = [at for at in noted if self.start <= at < self.end]  # byte 0 too
            if inside:
                self._begin(inside[0], chunk_at, chunk)
        self._last_at, self._last = chunk_at, chunk

    def _begin(self, at: int, chunk_at: int, chunk: bytes) -> None:
        if at < chunk_at:
            self.lost = True
            return
        self.at = at
        self.held = tempfile.SpooledTemporaryFile(max_size=self.memory)  # pipe_hold_spills
        self._write(chunk[at - chunk_at :])

    def _write(self, data: bytes) -> None:
        """Clause ``hold_room_said`` (session 52 review): a full temporary disk, a quota
        or a file size limit while the hold spills lets the held bytes go (the covered
        members get a line saying so, as past the bound); it stopped the whole archive
        (a 60 MB piped tar: 3 rows for 195 members, where base52 read 56 documents)."""
        try:
            self.held.write(data)
        except OSError as error:
            if not no_room(error):
                raise
            self.close()
            self.over, self.room = True, _no_room(error)
            return
        self._check()

    def _check(self) -> None:
        if self.held is not None and self.held.tell() > self.bound:
            self.close()
            self.over = True

    def close(self) -> None:
        """Let the held bytes go (their temporary file, if any, is removed)."""
        if self.held is not None:
            self.held.close()
        self.held = None

    def stream(self, first: int, upto: int | None, rest):
        """The tar from ``first`` on, to ``upto`` (None: on through ``rest``, the pipe's
        read), or None with :meth:`why` when it was not held."""
        if self.held is None or first < self.at:
            return None
        size = self.held.tell()
        end = size if upto is None else min(upto - self.at, size)
        return _Held(self.held, first - self.at, end, None if upto else rest)

    def why(self) -> str | None:
        if self.over:
            return self.room or _over(self.bound)
        return LOST if self.lost else None


class _Held(io.RawIOBase):
    """The held bytes ``start``..``end``, then (if ``rest``) the rest of the pipe. The
    held file stays open (the hold closes it); its write position is put back."""

    def __init__(self, held, start: int, end: int, rest):
        self._held, self._at, self._end, self._rest = held, start, end, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._at < self._end:
            n = min(len(buffer), self._end - self._at, _COPY)
            written = self._held.tell()
            self._held.seek(self._at)
            data = self._held.read(n)
            self._held.seek(written)
            buffer[: len(data)] = data
            self._at += len(data)
            return len(data)
        if self._rest is None:
            return 0
        data = self._rest(len(buffer))
        buffer[: len(data)] = data
        return len(data)
