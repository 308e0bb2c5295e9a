"""Clause ``covered_full_name`` (session 49, the Left of session 48's wtD review): a
member a damaged size covered was named in its "not read" line (and in the damaged
member's line) by its header's 100-byte name field alone: a GNU long name or a pax
``path`` (a name over 100 bytes, or any non-ASCII name in a pax tar) was cut (a 130-byte
Chinese name became 34 characters). :class:`LongNames` keeps the data of each GNU
long-name (``L``) and pax (``x``) header the watch notes (up to :data:`NAME_DATA` bytes
each, as they stream past) and gives the full name of the header after it."""

from __future__ import annotations

import tarfile

BLOCK = tarfile.BLOCKSIZE
NAME_DATA = 64 << 10  # bytes of a long-name or pax header's data kept (a name, not a file)
_KINDS = (tarfile.GNUTYPE_LONGNAME, tarfile.XHDTYPE)


def _padded(size: int) -> int:
    return -(-size // BLOCK) * BLOCK


def data_end(info) -> int:
    """Where ``info``'s data ends in its archive: its data offset plus the size padded to
    whole 512-byte blocks (the next header's offset in a whole tar)."""
    return info.offset_data + _padded(info.size)


def pax_path(data: bytes) -> str | None:
    """The ``path`` record of pax header data (``"%d path=%s\\n"`` records), or None."""
    at = 0
    while at < len(data):
        space = data.find(b" ", at)
        try:
            length = int(data[at:space]) if space > at else 0
        except ValueError:
            return None
        if length <= 0:
            return None
        key, _, value = data[space + 1 : at + length - 1].partition(b"=")
        if key == b"path":
            return value.decode("utf-8", "surrogateescape")
        at += length
    return None


class LongNames:
    """The data of the long-name and pax headers noted in a stream, and the names they
    give the header after each."""

    def __init__(self):
        self._open: dict[int, tuple[bytes, int, int, bytearray]] = {}  # kind, start, stop, data
        self.names: dict[int, str] = {}  # a header's offset -> its full name
        self.extensions: dict[int, str] = {}  # a long-name / pax header -> that name

    def note(self, at: int, block: bytes) -> None:
        """A header noted at ``at``: keep its data if it is a long name or pax header."""
        if block[156:157] not in _KINDS:
            return
        try:
            size = tarfile.nti(block[124:136])
        except tarfile.HeaderError:
            return
        if 0 < size <= NAME_DATA:
            self._open[at] = (block[156:157], at + BLOCK, at + BLOCK + size, bytearray())

    def fill(self, chunk: bytes, base: int, full: int) -> None:
        """``chunk``'s first ``full`` bytes are the stream's from ``base``."""
        for at, (kind, start, stop, data) in list(self._open.items()):
            low, high = max(start + len(data), base), min(stop, base + full)
            if low < high:
                data += chunk[low - base : high - base]
            if start + len(data) >= stop:
                del self._open[at]
                if kind == tarfile.GNUTYPE_LONGNAME:
                    name = data.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
                else:
                    name = pax_path(bytes(data))
                target = start + _padded(len(data))
                if name:
                    self.names[target] = name
                    self.extensions[at] = name  # the extension header names its member
                if at in self.names:  # a pax header after a long name: that one wins
                    self.names.setdefault(target, self.names.pop(at))

    def name(self, at: int, short: str) -> str:
        """The full name of the header at ``at`` (``short``: its name field's); of a
        long-name or pax header, the name it gives its member."""
        return self.names.get(at) or self.extensions.get(at, short)
