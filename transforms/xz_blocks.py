"""Where the blocks of an xz stream end, from their headers (clause ``xz_blocks``).

An xz stream is a run of blocks, each with its own check (CRC-32, CRC-64 or SHA-256
of its decompressed bytes); ``xz -T2`` and ``xz --block-size=N`` write several blocks
in one stream. The decoder hands out a block's bytes before it reaches the block's
check, so ``transforms.checked_units`` feeds it one block at a time: when a block's
last byte (its check field) was fed and its output drained without error, the
block's bytes are proven. Where a block ends: its header stores its compressed size
(``xz -T2``), or (clause ``lzma2_chunks``: ``xz -T1 --block-size``, no sizes stored)
its LZMA2 data is walked chunk by chunk by their headers (control byte: 0 the end,
1-2 an uncompressed chunk of 2-byte size, 0x80+ an LZMA chunk with its packed size;
the decoder reads the same headers, so it is at the block's end at the same byte
and checks it there). A block whose last filter is not LZMA2, or a header that does
not verify, gives no cut: the stream is then one unit, as before.

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
        self._header = bytearray()  # the header being read
        self._what, self._need = "stream", STREAM_HEADER  # what is read, its size
        self._end, self._then = 0, ""  # bytes skipped to ``_end``, then: "block" or "control"
        self._data = 0  # where the block's compressed data starts (lzma2_chunks)
        self._open = False  # no more cuts: the index was reached, or a block not understood
        self.index_at = -1  # clause xz_index_damage: where the index starts (stream bytes)

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
                    header, self._header, self._need = bytes(self._header), bytearray(), 0
                    self._parse(header)
                continue
            n = min(len(chunk), self._end - self.pos)
            self.pos += n
            ends = self.pos == self._end and self._then == "block"
            pieces.append((chunk[:n], ends and self.check > 0))
            chunk = chunk[n:]
            if self.pos == self._end:
                self._what, self._need = ("size", 1) if ends else ("control", 1)
        return pieces

    def _skip(self, size: int, then: str) -> None:
        self._end, self._then = self.pos + size, then
        if not size:  # nothing to skip: what follows is read now
            self._what, self._need = ("size", 1) if then == "block" else ("control", 1)

    def _parse(self, header: bytes) -> None:
        what = self._what
        if what == "stream":  # the stream header: its check type
            whole = zlib.crc32(header[6:8]) == int.from_bytes(header[8:12], "little")
            if not header.startswith(b"\xfd7zXZ\x00") or not whole:
                self._open = True  # a .lzma file (no checks at all), or damage: no cuts
                return
            self.check = CHECK_SIZES[header[7] & 0x0F]
            self._what, self._need = "size", 1
        elif what == "size":
            if header[0] == 0:  # the index: the blocks are done
                self._open, self.index_at = True, self.pos - 1
            else:
                self._what, self._need = "header", (header[0] + 1) * 4
                self._header = bytearray(header)  # the size byte is the header's first
        elif what == "header":
            if zlib.crc32(header[:-4]) != int.from_bytes(header[-4:], "little"):
                self._open = True  # a damaged header: the decoder says so
                return
            size = _varint(header, 2) if header[1] & 0x40 else None
            if size is not None:
                self._skip(size + (-size % 4) + self.check, "block")
            elif _lzma2_last(header):  # clause lzma2_chunks: found by walking its chunks
                self._data, self._what, self._need = self.pos, "control", 1
            else:
                self._open = True
        elif what == "control":
            control = header[0]
            if control == 0:  # LZMA2's end: padding to 4 bytes, then the block's check
                size = self.pos - self._data
                self._skip(-size % 4 + self.check, "block")
            elif control in (1, 2):  # an uncompressed chunk: its size in 2 bytes
                self._what, self._need = "chunk", 2
            elif control >= 0x80:  # an LZMA chunk: sizes in 4 bytes, a properties byte
                self._what, self._need = "chunk", 5 if (control & 0x60) >= 0x40 else 4
            else:
                self._open = True
        else:  # a chunk's header after its control byte
            packed = int.from_bytes(header[0:2] if len(header) == 2 else header[2:4], "big")
            self._skip(packed + 1, "control")


def _lzma2_last(header: bytes) -> bool:
    """The block header's filters end with LZMA2 (id 0x21); no sizes are stored."""
    at = 2 + (header[1] & 0x80 and _varint_length(header, 2))
    for _ in range((header[1] & 3) + 1):
        filter_id = _varint(header, at)
        at += _varint_length(header, at)
        props = _varint(header, at)
        if filter_id is None or props is None:
            return False
        at += _varint_length(header, at) + props
    return filter_id == 0x21 and at <= len(header) - 4


def _varint_length(data: bytes, at: int) -> int:
    n = 0
    while at + n < len(data) and data[at + n] & 0x80:
        n += 1
    return n + 1
