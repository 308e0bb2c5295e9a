"""Where the blocks of an xz stream end, from their headers (clause ``xz_blocks``).

An xz stream is a run of blocks, each with its own check (CRC-32, CRC-64 or SHA-256
of its decompressed bytes); ``xz -T2`` and ``xz --block-size=N`` write several blocks
in one stream and store each block's compressed size in its header. The decoder
hands out a block's bytes before it reaches the block's check, so
``transforms.checked_units`` feeds it one block at a time: when a block's last byte
(its check field) was fed and its output drained without error, the block's bytes
are proven. A block header without its compressed size (a one-block stream written
by a single-threaded ``xz``) gives no cut: the stream is then one unit, as before.

Format: https://tukaani.org/xz/xz-file-format.txt (stream header 12 bytes, its
flags' low nibble the check type; block header size ``(byte + 1) * 4``, flag 0x40:
compressed size present, a multibyte integer after the flags byte; a block is its
header (ending with its CRC-32, checked here too: a damaged size is never used),
its compressed data padded to 4 bytes, then its check; a header byte 0 is the
index: no more blocks).
"""

from __future__ import annotations

import zlib

CHECK_SIZES = (0, 4, 4, 4, 8, 8, 8, 16, 16, 16, 32, 32, 32, 64, 64, 64)
STREAM_HEADER = 12


def _varint(data: bytes, at: int) -> int | None:
    """The xz multibyte integer at ``at`` (7 bits a byte, high bit: more), or None."""
    value = 0
    for i in range(9):
        if at + i >= len(data):
            return None
        byte = data[at + i]
        value |= (byte & 0x7F) << (7 * i)
        if not byte & 0x80:
            return value
    return None


class XzBlocks:
    """Cuts one xz stream's bytes at its block ends: :meth:`cut` gives ``(piece,
    block_end)`` pairs; ``block_end`` is True on the piece ending a block that has a
    check."""

    def __init__(self):
        self.pos = 0  # stream bytes seen
        self.check = 0  # size of each block's check
        self._header, self._at = bytearray(), 0  # the header being read, where it starts
        self._need = STREAM_HEADER  # header bytes to read first; 0: inside a block
        self._end = 0  # where the current block ends
        self._open = False  # no more cuts: the index was reached, or a block of unknown size

    def cut(self, chunk: bytes) -> list[tuple[bytes, bool]]:
        pieces = []
        while chunk:
            if self._open:
                pieces.append((chunk, False))
                self.pos += len(chunk)
                break
            if self._need:  # header bytes: fed as they come, kept until they can be read
                n = min(len(chunk), self._need - len(self._header))
                self._header += chunk[:n]
                pieces.append((chunk[:n], False))
                self.pos, chunk = self.pos + n, chunk[n:]
                if len(self._header) == self._need:
                    self._parse()
                continue
            n = min(len(chunk), self._end - self.pos)
            self.pos += n
            ends = self.pos == self._end
            pieces.append((chunk[:n], ends and self.check > 0))
            chunk = chunk[n:]
            if ends:
                self._header, self._at, self._need = bytearray(), self.pos, 1
        return pieces

    def _parse(self) -> None:
        header, need = bytes(self._header), self._need
        self._need = 0
        if self._at == 0:  # the stream header: its check type
            self.check = CHECK_SIZES[header[7] & 0x0F]
            self._header, self._at, self._need = bytearray(), STREAM_HEADER, 1
            return
        if header[0] == 0:  # the index: the blocks are done
            self._open = True
            return
        if need == 1:  # the block header's size byte: read the whole header
            self._need = (header[0] + 1) * 4
            return
        size = _varint(header, 2) if header[1] & 0x40 else None
        if size is None or zlib.crc32(header[:-4]) != int.from_bytes(header[-4:], "little"):
            self._open = True  # no size stored: no cut in this stream
            return
        self._end = self._at + need + size + (-size % 4) + self.check
