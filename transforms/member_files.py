"""An archive member read like an input file: ``MemberFile`` and how it is opened.

``transforms.archives`` makes a ``MemberFile`` per member it reads; ``transforms.read``
opens it, as it opens any input, with ``open_file`` (decompressed by its name) or
``open_seekable`` (Parquet: a member is copied to a spooled temporary file first,
64 MB in memory, up to a limit).
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field

from transforms.archive_limits import Tally, counting
from transforms.decompress import codec_of, open_input, opened
from transforms.inputs import printable
from transforms.pipes import take_pipe

SPOOL_IN_MEMORY = 64 << 20


@dataclass(frozen=True)
class MemberFile:
    """A member of an archive, read like an ``InputFile`` (same fields)."""

    path: str  # the archive's path / the member's name: its format and codec by name
    relative: str  # the archive's id / the member's name: the stable part of ids
    archive: str  # the archive's source
    opener: Callable = field(compare=False, repr=False)  # -> a binary file, not decompressed
    size: int = 0
    problem: str = ""
    reason: str = ""
    tally: Tally | None = field(default=None, compare=False, repr=False)  # archive_total_bound
    in_tar: bool = field(default=False, compare=False)  # session 55: tar_data_no_tar_said

    @property
    def source(self) -> str:
        return printable(self.path)


def open_file(file, max_chars: int = 0):
    """An input file or member as a binary file, decompressed by name (``max_chars``: JSONL)."""
    if isinstance(file, MemberFile):  # clause checked_units (transforms.checked_units)
        return counting(opened(file.opener(), codec_of(file.path), max_chars), file.tally)
    return take_pipe(file.path) or open_input(file.path)  # clause pipe_archive_read


def open_seekable(file, limit: int):
    """A seekable binary file of ``file`` as it is stored (Parquet reads its footer
    first): the file itself, or a member copied to a spooled temporary file; a
    member over ``limit`` bytes raises ``ValueError``."""
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    if not isinstance(file, MemberFile):
        return FileSystems.open(file.path, compression_type=CompressionTypes.UNCOMPRESSED)
    copy = _spool(file.opener(), limit, "member", "unpack the archive")
    if file.tally is not None:  # clause archive_total_bound: what was spooled counts
        file.tally.bytes += copy.seek(0, io.SEEK_END)
        copy.seek(0)
    return copy


class _TooLarge(ValueError):
    pass


def _spool(handle, limit: int, what: str, fix: str):
    copy = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
    with handle:
        while block := handle.read(1 << 20):
            copy.write(block)
            if copy.tell() > limit:
                copy.close()
                raise _TooLarge(
                    f"the {what} is over {limit:,} bytes and must be copied to be read "
                    f"(it needs seeks); {fix} and pass the files as --input"
                )
    copy.seek(0)
    return copy


# Clause misnamed_tar_member (session 35, the Left of session 34): a zip member's first
# bytes are read by opening it again (``archives.reopens``, clause ``misnamed_member``);
# a tar is a stream whose member can be opened once. This opener opens it once and
# peeks at its first bytes (before any decompression; a peek consumes nothing, and is
# the raw read the reader's first read makes anyway), so the checks of
# ``transforms.misnamed_codec`` see them: before the read (gzip data named ``books.txt``)
# and after a failed one (plain text named ``books.txt.gz``).
HEAD_KEPT = 4096


class PeekingOpener:
    """Opens a member once; ``first_bytes(n)`` are its first bytes (up to ``HEAD_KEPT``),
    None when they could not be read (the read then says why)."""

    def __init__(self, open_member: Callable):
        self._open = open_member
        self._stream = None
        self._opened = False
        self._error: Exception | None = None
        self.head: bytes | None = None

    def _peek(self):
        if self._error is not None:
            raise self._error
        if not self._opened:
            self._opened = True
            try:
                self._stream = self._open()
                self.head = bytes(self._stream.peek(HEAD_KEPT)[:HEAD_KEPT])
            except Exception as error:
                self._error = error
                raise

    def first_bytes(self, size: int) -> bytes | None:
        try:
            self._peek()
        except Exception:  # noqa: BLE001 - the reader's own read raises it again, said
            return None
        return self.head[:size]

    def __call__(self):
        self._peek()
        if self._stream is None:
            raise ValueError("a tar member is read once; it was read already")
        stream, self._stream = self._stream, None
        return stream
