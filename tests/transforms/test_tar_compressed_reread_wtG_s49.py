"""Session 49 (the Left of session 48's wtD): clause ``covered_compressed_read``
(transforms/tar_archive.py ``_reopener``). base49: a compressed tar (.tar.gz, .tar.bz2,
.tar.xz, .tar.zst) whose member's size field was damaged gave each member that size
covered a ``corrupt_archive`` line "is not read ... (the archive is compressed or read
from a pipe, so it is read once ...)": intact books lost, though the file can be read
again. Now a compressed tar *file* (local or remote; not a pipe) is decompressed again
from its start, the bytes before the first covered header read to nowhere in 1 MB
pieces (memory: one piece, as the first reading), and the covered members are read by
the same reader. The archive's own damage check (clause damaged_tar_members) still
holds in the reading again: a covered member in a damaged compressed unit is not kept.
Real text (tests/data): Grimm's *Froschkönig*, Hugo's *Les Misérables* (Myriel),
Tolstoy's *Anna Karenina* (opening), Dumas's *Memoirs*.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import os
import tarfile
from pathlib import Path

import pytest
import zstandard

from schemas import Document, Rejected
from tests.tar_members import four_books, header_offsets, tar_bytes, with_size
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

TEXTS = four_books()
NAMES = list(TEXTS)
CODECS = {
    "tar.gz": lambda b: gzip.compress(b, mtime=0),
    "tar.bz2": bz2.compress,
    "tar.xz": lzma.compress,
    "tar.zst": lambda b: zstandard.ZstdCompressor(write_checksum=True).compress(b),
}


WHOLE = tar_bytes(TEXTS, format=tarfile.USTAR_FORMAT, mtime=1_700_000_000)


HEADERS = header_offsets(WHOLE)
HUGO = HEADERS[1]
END = len(WHOLE.rstrip(b"\0")) // 512 * 512 + 512  # the end-of-archive blocks
SHAPES = {  # Hugo's size field damaged: where tarfile lands
    "on the end blocks": END - HUGO - 512,
    "past the end": END - HUGO + 40_000,
    "inside Tolstoy's data": HEADERS[2] - HUGO + 1024,
    "on Dumas's header": HEADERS[3] - HUGO - 512,
    "in the end padding": END - HUGO - 512 + 1024,
}


def _read(folder: Path, name: str, payload: bytes) -> list:
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(payload)
    got = [g for f in expand_inputs([str(folder / name)]) for g in read_file(f, ReadConfig())]
    assert sorted(os.listdir(folder)) == [name]  # nothing written beside the input
    return got


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("codec", CODECS)
def test_a_compressed_tar_reads_the_members_a_damaged_size_covered(tmp_path, codec, shape):
    """base49: Tolstoy (and Dumas) were "not read" lines; "past the end" and "inside
    Tolstoy's data" one more line for the archive."""
    whole = {
        g.doc_id.rsplit("/", 1)[-1]: g.text
        for g in _read(tmp_path / "whole", "books.tar", WHOLE)
        if isinstance(g, Document)
    }
    payload = CODECS[codec](with_size(WHOLE, HUGO, SHAPES[shape]))
    got = _read(tmp_path / "damaged", f"books.{codec}", payload)
    rows = {g.doc_id.rsplit("/", 1)[-1]: g for g in got}
    assert list(rows) == NAMES and len(got) == 4, got  # written + rejected = members
    assert isinstance(rows["hugo.txt"], Rejected) and rows["hugo.txt"].reason == "corrupt_archive"
    for name in ("grimm.txt", "tolstoy.txt", "dumas.txt"):
        assert isinstance(rows[name], Document), rows[name]
        assert rows[name].text == whole[name]
    docs = [g.text for g in got if isinstance(g, Document)]
    assert not any("\0" in t for t in docs)
    for name in NAMES:  # no member's text twice
        assert sum(TEXTS[name][:300].split()[5] in t for t in docs) <= 1


def test_guard_a_damaged_stream_keeps_no_covered_member_of_its_damaged_part(tmp_path):
    """A one-member gzip whose deflate data is damaged in Dumas's text (its CRC fails at
    the end): the damage check (clause damaged_tar_members) passed no unit, so no member
    is kept: Grimm and Hugo each a line, the archive's ``corrupt_input`` line (the CRC
    fails as tarfile skips Hugo's damaged size) for the rest; 0 documents (as base49)."""
    raw = bytearray(gzip.compress(with_size(WHOLE, HUGO, SHAPES["on the end blocks"]), mtime=0))
    raw[len(raw) - 200 : len(raw) - 190] = bytes(10)
    got = _read(tmp_path, "books.tar.gz", bytes(raw))
    assert not [g for g in got if isinstance(g, Document)], got
    assert [g.doc_id.rsplit("/", 1)[-1] for g in got] == NAMES[:2] + ["books.tar.gz"]
    assert got[-1].reason == "corrupt_input" and "nothing of it is kept" in got[-1].error


def test_guard_a_whole_compressed_tar_reads_every_member_once(tmp_path):
    for codec, compress in CODECS.items():
        got = _read(tmp_path / codec, f"books.{codec}", compress(WHOLE))
        assert [g.doc_id.rsplit("/", 1)[-1] for g in got] == NAMES
        assert all(isinstance(g, Document) for g in got)
