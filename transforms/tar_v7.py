"""Tar header tests on raw blocks (moved from ``transforms.tar_headers``, session 50, to
keep that module under 500 lines): the checksum, old v7 headers (clause
``v7_headers_noticed``, session 48) and their C pre-filter (clause ``v7_look_filtered``,
session 49)."""

from __future__ import annotations

import tarfile

BLOCK = tarfile.BLOCKSIZE
_MAGIC_AT = 257  # "ustar" in a ustar, GNU or pax header


def _checksum_ok(block: bytes) -> bool:
    """The header checksum of ``block`` holds (as tarfile's, the unsigned sum first)."""
    try:
        checksum = tarfile.nti(block[148:156])
    except tarfile.HeaderError:
        return False
    return checksum == 256 + sum(block[:148]) + sum(block[156:]) or (
        checksum in tarfile.calc_chksums(block)
    )


_V7_NUL_AT = (154, 155)  # the checksum field ends NUL-space (GNU, tarfile) or space-NUL
_V7_TYPES = frozenset(b"\x0001257")


def v7_header(chunk: bytes, start: int = 0) -> bool:
    """Clause ``v7_headers_noticed`` (session 48): the block at ``start`` looks like an
    old v7 header (no "ustar" magic): a name, a v7 type, octal size and mode fields,
    NUL bytes 257-328 (no magic, version, user or group name; GNU tar's v7 writes the
    device numbers after them) (the checksum is checked after). In an archive whose first
    header is v7, at every block with a NUL at byte 154 or 155; in any other, only at the
    blocks :func:`v7_candidates` lets through (review of cost: every member's NUL padding
    and ustar header has a NUL at byte 154 or 155)."""
    if not chunk[start] or chunk[start + 156] not in _V7_TYPES:
        return False
    if chunk[start + _MAGIC_AT : start + 329].strip(b"\0"):
        return False  # no magic, version, user or group names (GNU's v7 has dev numbers)
    try:
        tarfile.nti(chunk[start + 124 : start + 136])
        tarfile.nti(chunk[start + 100 : start + 108])
    except tarfile.HeaderError:
        return False
    return True


def _table(ones: bytes) -> bytes:
    return bytes(1 if c in ones else 0 for c in range(256))


_NOT_NUL_BYTE = bytes([0] + [1] * 255)
_NUL_BYTE = _table(b"\0")
_V7_TYPE_BYTE = _table(_V7_TYPES)
_CHECKSUM_BYTE = _table(b"01234567 ")  # a checksum field's first byte: octal or space


def v7_candidates(chunk: bytes, full: int) -> list[int]:
    """Clause ``v7_look_filtered`` (session 49, the review of session 48's wtD, Found 2):
    the blocks of ``chunk[:full]`` that pass :func:`v7_header`, in an archive whose first
    header is not v7 (a v7 member written after ustar ones, ``tar -r --format=v7``, no
    end blocks between: a damaged size over its header was not noticed). Each block is
    first filtered in C: one byte of each block per test (name's first byte not NUL,
    no magic at 257, a v7 type at 156, the checksum's first byte octal or a space, NUL at
    154 or 155), the five flags ANDed as integers; a member's NUL padding or a ustar
    header fails one of them, so :func:`v7_header` runs on almost no block."""
    blocks = full // BLOCK
    if not blocks:
        return []

    def flags(at: int, table: bytes) -> int:
        return int.from_bytes(chunk[at:full:BLOCK].translate(table), "big")

    hits = flags(0, _NOT_NUL_BYTE) & flags(_MAGIC_AT, _NUL_BYTE) & flags(156, _V7_TYPE_BYTE)
    if hits:
        hits &= flags(148, _CHECKSUM_BYTE) & (flags(154, _NUL_BYTE) | flags(155, _NUL_BYTE))
    if not hits:
        return []
    marks, out = hits.to_bytes(blocks, "big"), []
    at = marks.find(1)
    while at != -1:
        if v7_header(chunk, at * BLOCK):
            out.append(at)
        at = marks.find(1, at + 1)
    return out
