"""Session 49 (the review of session 48's wtD, Found 2): clause ``v7_look_filtered``
(transforms/tar_headers.py ``v7_candidates``). A ustar tar with a v7 tar appended
(``cat new.tar old-v7.tar``, end blocks between; or v7 headers written straight after the
ustar members, no end blocks: the review's shape; GNU tar's ``--format=v7`` writes no
"ustar" magic), and Hugo's size field (in the ustar part) damaged so that it covers the
v7 headers:
base49 looked for v7 headers only in an archive whose FIRST header is v7, so Tolstoy's
and Dumas's v7 headers inside Hugo's data were not noticed: Hugo was one
``invalid_encoding`` row (their headers and text inside it) and Tolstoy and Dumas had no
row at all (4 members, 2 rows), or the archive's line stood for them. Now v7 headers
are looked for in every archive (each block filtered first in C by five bytes): every
member is read once or has its line. Real text (tests/data): Grimm's *Froschkönig*,
Hugo's *Les Misérables* (Myriel), Tolstoy's *Anna Karenina* (opening), Dumas's *Memoirs*.
"""

from __future__ import annotations

import gzip
import os
import tarfile
import threading
from pathlib import Path

import pytest

from schemas import Document, Rejected
from tests.tar_members import four_books, tar_bytes, with_size
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

TEXTS = four_books()
NAMES = list(TEXTS)


def _tar(names: list[str]) -> bytes:
    return tar_bytes(
        [(n, TEXTS[n]) for n in names], format=tarfile.USTAR_FORMAT, mtime=1_700_000_000
    )


def _headers(data: bytes) -> list[tuple[int, int]]:
    """(offset, size) of each header, zero blocks between tars skipped."""
    out, at = [], 0
    while at < len(data):
        if not data[at : at + 512].strip(b"\0"):
            at += 512
            continue
        info = tarfile.TarInfo.frombuf(data[at : at + 512], "utf-8", "surrogateescape")
        out.append((at, info.size))
        at += 512 + -(-info.size // 512) * 512
    return out


def _v7(data: bytes) -> bytes:
    """``data``'s headers as GNU tar 1.34's ``--format=v7`` writes them: no magic,
    version, user or group name, the device numbers "0000000" at bytes 329 and 337."""
    out = bytearray(data)
    for at, _ in _headers(data):
        block = out[at : at + 512]
        block[257:512] = bytes(255)
        block[329:345] = b"0000000\x000000000\x00"
        block[148:156] = b" " * 8
        block[148:156] = b"%06o\0 " % sum(block)
        out[at : at + 512] = block
    return bytes(out)


WHOLE = _tar(NAMES[:2]) + _v7(_tar(NAMES[2:]))
_U = _tar(NAMES[:2])
NO_END = _U[: _headers(_U)[-1][0] + 512 + -(-_headers(_U)[-1][1] // 512) * 512]
NO_END += _v7(_tar(NAMES[2:]))  # v7 headers straight after the ustar members
(_, _), (HUGO, _), (TOLSTOY, _), (DUMAS, DUMAS_SIZE) = _headers(WHOLE)
V7_END = DUMAS + 512 + -(-DUMAS_SIZE // 512) * 512
SHAPES = {  # Hugo's size field damaged: where tarfile lands
    "on the v7 end blocks": V7_END - HUGO - 512,
    "on Dumas's v7 header": DUMAS - HUGO - 512,
    "inside Tolstoy's data": TOLSTOY - HUGO + 1024,
    "past the end": len(WHOLE) + 5000 - HUGO,
}


def _read(tmp_path: Path, data: bytes, how: str) -> list:
    path = tmp_path / ("books.tar" if how == "tar" else "books.tar.gz")
    payload = data if how == "tar" else gzip.compress(data, mtime=0)
    if how != "fifo":
        path.write_bytes(payload)
        return [g for f in expand_inputs([str(path)]) for g in read_file(f, ReadConfig())]
    os.mkfifo(path)

    def write() -> None:
        with open(path, "wb") as sink:
            sink.write(payload)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        return [g for f in expand_inputs([str(path)]) for g in read_file(f, ReadConfig())]
    finally:
        writer.join()


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("how", ["tar", "tar.gz", "fifo"])
def test_a_damaged_size_over_an_appended_v7_tar_loses_no_member(tmp_path, how, shape):
    (tmp_path / "whole").mkdir()
    whole = {
        g.doc_id.rsplit("/", 1)[-1]: g.text
        for g in _read(tmp_path / "whole", WHOLE, "tar")
        if isinstance(g, Document)
    }
    assert list(whole) == NAMES
    got = _read(tmp_path, with_size(WHOLE, HUGO, SHAPES[shape]), how)
    rows = {g.doc_id.rsplit("/", 1)[-1]: g for g in got}
    assert not any("\0" in g.text for g in got if isinstance(g, Document))
    assert isinstance(rows["hugo.txt"], Rejected) and rows["hugo.txt"].reason == "corrupt_archive"
    assert rows["grimm.txt"].text == whole["grimm.txt"]
    # Session 50 (clause covered_pipe_read): a pipe reads the covered members from the
    # bytes held, as a file does. base50 for "fifo": Tolstoy a "not read" line, Dumas
    # read, a line, or in the archive's line (4 or 5 rows).
    assert list(rows) == NAMES and len(got) == 4, got  # written + rejected = members
    for name in ("tolstoy.txt", "dumas.txt"):
        assert rows[name].text == whole[name]


@pytest.mark.parametrize("how", ["tar", "tar.gz", "fifo"])
def test_guard_an_intact_ustar_then_v7_tar_reads_every_member_once(tmp_path, how):
    got = _read(tmp_path, WHOLE, how)
    assert [g.doc_id.rsplit("/", 1)[-1] for g in got] == NAMES
    assert all(isinstance(g, Document) and "\0" not in g.text for g in got)


@pytest.mark.parametrize("how", ["tar", "tar.gz"])
@pytest.mark.parametrize("lands", ["on the v7 end blocks", "on Dumas's v7 header"])
def test_v7_members_written_after_ustar_ones_without_end_blocks(tmp_path, how, lands):
    """The review's shape (session 48, Found 2): no end blocks between the ustar and the
    v7 members. base49: Hugo a document holding the v7 headers (or ``invalid_utf8``),
    Tolstoy and Dumas no row."""
    (_, _), (hugo, _), (tolstoy, _), (dumas, dumas_size) = _headers(NO_END)
    end = dumas + 512 + -(-dumas_size // 512) * 512
    size = end - hugo - 512 if lands == "on the v7 end blocks" else dumas - hugo - 512
    (tmp_path / "whole").mkdir()
    whole = {g.doc_id.rsplit("/", 1)[-1]: g.text for g in _read(tmp_path / "whole", NO_END, "tar")}
    assert list(whole) == NAMES and "\0" not in "".join(whole.values())
    got = _read(tmp_path, with_size(NO_END, hugo, size), how)
    rows = {g.doc_id.rsplit("/", 1)[-1]: g for g in got}
    assert list(rows) == NAMES and len(got) == 4, got  # written + rejected = members
    assert rows["hugo.txt"].reason == "corrupt_archive"
    for name in ("grimm.txt", "tolstoy.txt", "dumas.txt"):
        assert rows[name].text == whole[name]
