"""Clause ``bom_offsets_said`` (session 36, wtC2; the Left of wtC's review; since
session 37 clause ``bom_offsets_at_source``, transforms/file_spans.py: the message makers
take the mark's length, the rewrite ``file_offsets`` is gone): a UTF-8 file starting with a byte order
mark was decoded without its 3 bytes, so the zeroed-end, zeroed-blocks and
damaged-middle lines named offsets 3 bytes low ("bytes 521-8,713 of 8,713" for an
8,716-byte file) while the ``truncate -s -N`` count was right. Every offset a line
names is now checked against the user's file: the NULs or bad bytes start exactly there.
UTF-16/32 files are decoded with their mark: their offsets were real and stay. Real
text: 三毛's 背影 (tests/data) and Moby-Dick's opening."""

from __future__ import annotations

import codecs
import random
import re
import shlex
from pathlib import Path

import pytest

from schemas import Rejected
from tests.reliability.test_input_streams import MOBY
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

BEIYING = (Path(__file__).parents[1] / "data" / "zh_sanmao_beiying_kelisi.txt").read_bytes()
BOM = codecs.BOM_UTF8
_GARBAGE = bytes(random.Random(36).choice(range(0x80, 0x100)) for _ in range(4096))
_SPAN = re.compile(r"bytes ([\d,]+)-([\d,]+)(?: of ([\d,]+))?")


def _read(tmp_path, data: bytes, encoding: str = "auto"):
    path = tmp_path / "背影.txt"
    path.write_bytes(data)
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    assert path.read_bytes() == data  # never touched
    return got


def _span(said: str) -> tuple[int, int, int | None]:
    start, end, size = _SPAN.search(said).groups()
    return (
        int(start.replace(",", "")),
        int(end.replace(",", "")),
        size and int(size.replace(",", "")),
    )


def _cut(text: bytes, at: float) -> int:
    return text.index(b"\n", int(len(text) * at)) + 1


@pytest.mark.parametrize("encoding", ["auto", "utf-8"])
@pytest.mark.parametrize("kind", ["zeroed_tail", "zeroed_blocks", "damaged_middle", "early_byte"])
def test_bom_offsets_said(tmp_path, kind, encoding):
    """Clause ``bom_offsets_said``: with a UTF-8 mark, the first byte the line names is
    the first NUL / bad byte of the file, its last the end of them, its size the file's;
    without the mark the same file's line is 3 lower (the count of ``truncate`` as it
    was)."""
    at = _cut(BEIYING, 0.4)
    hole = {
        "zeroed_tail": (BEIYING, bytes(8192), b""),
        "zeroed_blocks": (BEIYING[:at], bytes(8192), BEIYING[at:]),
        "damaged_middle": (BEIYING[:at], _GARBAGE, BEIYING[at:]),
        "early_byte": (BEIYING[:30], b"\xff", BEIYING[30:]),
    }[kind]
    bare = b"".join(hole)
    data = BOM + bare
    got = _read(tmp_path, data, encoding)
    assert isinstance(got, Rejected), got
    start, end, size = _span(got.error)
    first = len(BOM) + len(hole[0])
    assert (start, end) == (first, first + len(hole[1]))
    assert size in (None, len(data))
    if "into the file" in got.error:
        assert f"({start / size:.0%}" in got.error
    if kind == "zeroed_tail":
        assert got.error.endswith(f"(truncate -s -8192 {shlex.quote(str(tmp_path / '背影.txt'))})")
    if kind == "damaged_middle":
        assert f"the {first:,} bytes before them" in got.error
    plain = _read(tmp_path, bare, encoding)  # no mark: its own offsets, 3 lower
    assert _span(plain.error)[:2] == (start - 3, end - 3)


def test_bom_offsets_said_wide(tmp_path):
    """What stays: a UTF-16/32 file is decoded with its mark, so its offsets were real
    (the bad code unit starts at the byte named)."""
    for encoding, bad in (("utf-16-le", b"\x00\xd8A\x00"), ("utf-32-le", b"\x00\x00\x11\x00")):
        head = codecs.BOM_UTF16_LE if encoding == "utf-16-le" else codecs.BOM_UTF32_LE
        before = head + MOBY.encode(encoding)
        got = _read(tmp_path, before + bad + MOBY.encode(encoding))
        assert isinstance(got, Rejected)
        assert _span(got.error)[0] == len(before)
