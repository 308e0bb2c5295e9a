"""Clause ``zeroed_tail_said`` (session 36, transforms/damaged_middle.py; the Left of
session 35: "NUL padding at the END of a UTF-8 text is still read; an unfinished
download whose missing pieces are all at the end looks the same and is read without a
word"). A UTF-8 book followed by 4 KB or more of NULs (a preallocated file whose last
pieces never came, a crashed write's zero-filled end) was read as a whole book, the
NULs dropped by cleaning; now it is rejected ``truncated_input``, the line naming where
the NULs start and how to remove them when the text is whole. Real text: Moby-Dick's
opening (tests/reliability/test_input_streams.py) and 三毛's 背影 (tests/data)."""

from __future__ import annotations

import bz2
import gzip
import io
import shlex
import tarfile
from pathlib import Path

import pytest

from schemas import Document, Rejected
from tests.reliability.test_input_streams import MOBY
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

BEIYING = (Path(__file__).parents[1] / "data" / "zh_sanmao_beiying_kelisi.txt").read_text(
    encoding="utf-8"
)


def _read(path, encoding: str = "auto"):
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file, ReadConfig(encoding=encoding))
    return got


def _said(text_end: int, size: int, path) -> str:
    quoted = shlex.quote(str(path))
    return (
        f"bytes {text_end:,}-{size:,} of {size:,} are {size - text_end:,} NUL bytes after the "
        "text: a zeroed end, as an unfinished download (its last pieces missing) or a crashed "
        "write leaves, so the end of the text is most likely missing; nothing of the file was "
        f"read: re-download or re-create {quoted}, or, if the text before them is whole, "
        f"remove them (truncate -s -{size - text_end} {quoted})"
    )


@pytest.mark.parametrize("text", [MOBY, BEIYING], ids=["moby", "beiying"])
@pytest.mark.parametrize("zeros", [4096, 65536])
def test_zeroed_tail_said(tmp_path, text, zeros):
    """Clause ``zeroed_tail_said``: the book + a zeroed end (a block, a 64 KB
    preallocation): rejected ``truncated_input``, the exact line; the file untouched;
    the command it gives makes the file read as the book."""
    data = text.encode("utf-8") + bytes(zeros)
    path = tmp_path / "moby dick.txt"
    path.write_bytes(data)
    for encoding in ("auto", "utf-8"):
        got = _read(path, encoding)
        assert isinstance(got, Rejected) and got.reason == "truncated_input"
        assert got.error == _said(len(data) - zeros, len(data), path)
    assert path.read_bytes() == data
    path.write_bytes(data[: len(data) - zeros])  # what `truncate -s -N` leaves
    assert _read(path).text == text


def test_zeroed_tail_said_member(tmp_path):
    """Clause ``zeroed_tail_said`` in a tar: the command names the member of its archive
    (``where_removed``), not a path on no disk; a line end after the NULs is counted."""
    data = MOBY.encode("utf-8") + bytes(8192) + b"\n"
    with tarfile.open(tmp_path / "books.tar", "w") as tar:
        info = tarfile.TarInfo("in/moby.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    got = _read(tmp_path / "books.tar")
    assert isinstance(got, Rejected) and got.reason == "truncated_input"
    assert got.error.endswith(
        "if the text before them is whole, remove them from member in/moby.txt of archive "
        f"{shlex.quote(str(tmp_path / 'books.tar'))} (unpack it, truncate -s -8193 "
        "in/moby.txt, pack it again)"
    )


def test_zeroed_tail_said_guards(tmp_path):
    """What must stay: padding under a 4 KB block (a record's or a sector's) and a few
    NULs are read; UTF-16 text with a zeroed end (its own NULs) is not called UTF-8 with
    a zeroed end; a file of NULs alone is not this clause's."""
    path = tmp_path / "book.txt"
    for ok in (MOBY.encode() + bytes(4095), MOBY.encode() + bytes(100) + b"\n"):
        path.write_bytes(ok)
        got = _read(path)
        assert isinstance(got, Document) and got.text.startswith("MOBY-DICK")
    for data in (
        "\ufeff".encode() + MOBY.encode("utf-16-le") + bytes(8192),
        MOBY.encode("utf-16-le") + bytes(8192),
        MOBY.encode("utf-16-be") + bytes(8192),
        bytes(8192),
    ):
        path.write_bytes(data)
        for encoding in ("auto", "utf-8"):  # review: --encoding utf-8 reads UTF-16 as UTF-8
            got = _read(path, encoding)
            assert not (isinstance(got, Rejected) and "after the text: a zeroed end" in got.error)


@pytest.mark.parametrize(
    "name,compress,tool",
    [("moby.txt.gz", gzip.compress, "gzip"), ("moby.txt.bz2", bz2.compress, "bzip2")],
)
def test_remove_end_decompressed(tmp_path, name, compress, tool):
    """Clause ``remove_end_decompressed`` (session 36 review): the bytes to cut of a
    compressed book are of its decompressed text; ``truncate -s -8192 moby.txt.gz`` cut
    the compressed file's own end (its checksum and last block) and destroyed it. The
    zeroed end and the UTF-16 stray end both say the cut on the decompressed text."""
    path = tmp_path / name
    quoted = shlex.quote(str(path))
    for data, reason, stray in (
        (MOBY.encode() + bytes(8192), "truncated_input", 8192),
        (MOBY.encode("utf-16") + b"\n", "invalid_utf16", 1),
    ):
        path.write_bytes(compress(data))
        got = _read(path)
        assert isinstance(got, Rejected) and got.reason == reason
        assert f"truncate -s -{stray} {quoted}" not in got.error
        them = "it" if stray == 1 else "them"
        assert (
            f"remove {them} from the decompressed text ({tool} -dk {quoted}, truncate -s "
            f"-{stray} on the text it writes, then compress that again in its place)"
        ) in got.error


def test_remove_end_decompressed_remote():
    """Clause ``remove_end_decompressed`` on a bucket: the cut is said on the
    decompressed text of a copy, not ``truncate -s -8192 a copy of memory://...gz``."""
    from tests.reliability.test_misnamed_remote import _read as _read_remote

    (got,) = _read_remote("moby.txt.gz", gzip.compress(MOBY.encode() + bytes(8192)))
    assert isinstance(got, Rejected) and got.reason == "truncated_input"
    assert got.error.endswith(
        "remove them from the decompressed text of a copy of memory://misnamed35/moby.txt.gz "
        "(gzip -dk the copy, truncate -s -8192 on the text it writes, compress that again, "
        "then put it in its place)"
    )
