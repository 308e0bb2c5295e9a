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
the lines say which."""

from __future__ import annotations

import io

from transforms.tar_headers import EMBEDDED_LOOK_AHEAD

PIPE_HOLD = EMBEDDED_LOOK_AHEAD  # bytes of a pipe's tar held for the covered members


def _over(bound: int) -> str:
    return (
        "the archive is read from a pipe, so it is read once, and the damaged member's data "
        f"from the first covered header on ran over {bound:,} bytes (the most of one member "
        "the tar reader holds), so those bytes were skipped, not held"
    )  # clause covered_pipe_read: why a covered member of a pipe's tar is not read


LOST = (
    "the archive is read from a pipe, so it is read once, and the covered header was read "
    "before the damaged member's own header was given, so its bytes were not held"
)  # clause covered_pipe_read: the header came more than one read early


class PipeHold:
    """The bytes of a pipe's tar from the first header inside the current member's data."""

    def __init__(self, bound: int | None = None):
        self.bound = PIPE_HOLD if bound is None else bound
        self.start = self.end = -1  # the current member's data (tar offsets)
        self.at = 0  # the tar offset of ``held[0]``
        self.held: bytearray | None = None
        self.over = False  # the bound was passed for this member
        self.lost = False  # a header inside it was read too early to be held
        self._last_at, self._last = 0, b""  # the last read, whole blocks and carry

    def member(self, start: int, end: int, headers) -> None:
        """tarfile gave a member whose data is ``start``..``end``: hold from the first
        header inside it already noted (``headers``: offsets), if the last read has it."""
        self.start, self.end, self.over, self.lost, self.held = start, end, False, False, None
        inside = [at for at in headers if start < at < end]
        if inside:
            self._begin(inside[0], self._last_at, self._last)

    def scanned(self, chunk_at: int, chunk: bytes, data: bytes, noted: list[int]) -> None:
        """A read: ``chunk`` (the carry and the new ``data``) starts at ``chunk_at``;
        ``noted``: the header offsets found in it."""
        if self.held is not None:
            self.held += data
            self._check()
        elif not self.over and not self.lost:
            inside = [at for at in noted if self.start < at < self.end]
            if inside:
                self._begin(inside[0], chunk_at, chunk)
        self._last_at, self._last = chunk_at, chunk

    def _begin(self, at: int, chunk_at: int, chunk: bytes) -> None:
        if at < chunk_at:
            self.lost = True
            return
        self.at, self.held = at, bytearray(chunk[at - chunk_at :])
        self._check()

    def _check(self) -> None:
        if self.held is not None and len(self.held) > self.bound:
            self.held, self.over = None, True

    def stream(self, first: int, upto: int | None, rest):
        """The tar from ``first`` on, to ``upto`` (None: on through ``rest``, the pipe's
        read), or None with :meth:`why` when it was not held."""
        if self.held is None or first < self.at:
            return None
        end = None if upto is None else upto - self.at
        return _Held(memoryview(self.held)[first - self.at : end], None if upto else rest)

    def why(self) -> str | None:
        return _over(self.bound) if self.over else LOST if self.lost else None


class _Held(io.RawIOBase):
    """The held bytes, then (if ``rest``) the rest of the pipe."""

    def __init__(self, held: memoryview, rest):
        self._held, self._rest, self._at = held, rest, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._at < len(self._held):
            n = min(len(buffer), len(self._held) - self._at)
            buffer[:n] = self._held[self._at : self._at + n]
            self._at += n
            return n
        if self._rest is None:
            return 0
        data = self._rest(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._held.release()
        super().close()
