"""Session 49 (the Left of session 48's wtD review): clause ``covered_full_name``
(transforms/tar_long_names.py). A member a damaged size covered, in a tar read once (a
pipe), has a "not read" line; base49 named it by its header's 100-byte name field alone,
so a GNU long name or a pax ``path`` (any name over 100 bytes; in a pax tar any non-ASCII
name) was cut: the reader of the line could not find the member. Now the line (its id
and text) and the damaged member's own line give the whole name. Real text (tests/data):
Lu Xun's dated poems (鲁迅), Sanmao's 背影 essay, Grimm's *Froschkönig*.
"""

from __future__ import annotations

import os
import tarfile
import threading
from pathlib import Path

import pytest

from schemas import Document, Rejected
from tests.tar_members import tar_bytes, with_size
from transforms import tar_pipe_hold
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
LONG = "鲁迅全集/第七卷/集外集拾遗补编/" + "鲁迅诗稿（一九一二年至一九三六年）手迹与释文" + ".txt"
BOOKS = {
    "grimm.txt": (DATA / "de_grimm_froschkoenig.txt").read_text(encoding="utf-8")[:3000],
    "sanmao.txt": (DATA / "zh_sanmao_beiying_kelisi.txt").read_text(encoding="utf-8")[:1500],
    LONG: (DATA / "zh_luxun_dated_poems.txt").read_text(encoding="utf-8")[:1500],
    "grimm2.txt": (DATA / "de_grimm_froschkoenig.txt").read_text(encoding="utf-8")[3000:5000],
}


def _tar(fmt: int) -> bytes:
    return tar_bytes(BOOKS, format=fmt, mtime=1_700_000_000, encoding="utf-8")


def _damaged(data: bytes, name: str) -> bytes:
    """``data`` with member ``name``'s size field reaching the end-of-archive blocks."""
    at, found = 0, None
    while data[at : at + 512].strip(b"\0"):
        info = tarfile.TarInfo.frombuf(data[at : at + 512], "utf-8", "surrogateescape")
        found = at if info.name == name and found is None else found
        at += 512 + -(-info.size // 512) * 512
    return with_size(data, found, at - found - 512)


def _read_pipe(tmp_path: Path, payload: bytes) -> list:
    path = tmp_path / "books.tar"
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


@pytest.mark.parametrize("fmt", [tarfile.PAX_FORMAT, tarfile.GNU_FORMAT])
def test_a_covered_member_of_a_pipe_is_named_by_its_whole_name(tmp_path, fmt, monkeypatch):
    """Sanmao's size field covers the long-named Lu Xun member and grimm2 up to the end
    blocks; through a pipe they are not read: base49's line named the Lu Xun member by
    its header's name field (pax: "PaxHeader"-less cut of the UTF-8 name to 100 bytes;
    GNU: "././@LongLink" parsed alone gives the cut name)."""
    assert len(LONG.encode("utf-8")) > 100
    # session 50 (clause covered_pipe_read): a pipe's covered members are read from the
    # bytes held, up to PIPE_HOLD (32 MB); a bound of 512 bytes keeps this line's path
    # session 52 (clause pipe_hold_spills): the bound of the hold, memory and disk
    monkeypatch.setattr(tar_pipe_hold, "hold_bound", lambda chars: 512)
    got = _read_pipe(tmp_path, _damaged(_tar(fmt), "sanmao.txt"))
    rows = {g.doc_id.split("books.tar/", 1)[1]: g for g in got}
    assert list(rows) == list(BOOKS) and len(got) == 4, list(rows)  # written + rejected
    assert isinstance(rows["grimm.txt"], Document)
    line = rows[LONG]
    assert isinstance(line, Rejected) and line.reason == "corrupt_archive"
    assert line.error.startswith(f"member {LONG} of archive ")
    assert f"'{LONG}' lies inside them" in rows["sanmao.txt"].error
    assert rows["grimm2.txt"].reason == "corrupt_archive"


@pytest.mark.parametrize("fmt", [tarfile.PAX_FORMAT, tarfile.GNU_FORMAT])
def test_guard_a_plain_tar_reads_the_long_named_member_again(tmp_path, fmt):
    (tmp_path / "books.tar").write_bytes(_damaged(_tar(fmt), "sanmao.txt"))
    files = expand_inputs([str(tmp_path / "books.tar")])
    got = [g for f in files for g in read_file(f, ReadConfig())]
    rows = {g.doc_id.split("books.tar/", 1)[1]: g for g in got}
    assert list(rows) == list(BOOKS) and len(got) == 4
    assert isinstance(rows[LONG], Document)
    assert rows[LONG].text.split() == BOOKS[LONG].split()
