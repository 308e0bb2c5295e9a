"""Session 49 (the Left of session 48's wtD): clause ``covered_members_read``
(transforms/tar_archive.py ``_reopener``) opens a plain tar again at the first covered
header through Beam's ``FileSystems``, so a tar on gs:// (or any Beam filesystem) gets
its covered members read, not only a local path. Untested before: here a Beam filesystem
over a local folder (scheme ``wtgfake49``, no network) stands for a bucket, and its opens
are counted. Real text (tests/data): Grimm's *Froschkönig*, Hugo's *Les Misérables*
(Myriel), Tolstoy's *Anna Karenina* (opening), Dumas's *Memoirs*.
"""

from __future__ import annotations

import os
import tarfile
from pathlib import Path

from apache_beam.io.filesystem import FileMetadata, FileSystem, MatchResult

from schemas import Document, Rejected
from tests.beam_stub_fs import StubFileSystem
from tests.tar_members import four_books, tar_bytes, with_size
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

TEXTS = four_books()
ROOT: list[str] = []  # the local folder behind wtgfake49://


class _FolderFS(StubFileSystem, FileSystem):
    """Beam's view of a local folder as a remote store; ``opened`` lists each open
    with the offset the first read came from (a reading again seeks)."""

    opened: list[str] = []

    @classmethod
    def scheme(cls):
        return "wtgfake49"

    @staticmethod
    def _local(path: str) -> str:
        return os.path.join(ROOT[0], path.split("://", 1)[1].split("/", 1)[1])  # no bucket

    def open(self, path, mime_type="application/octet-stream", compression_type=None):
        _FolderFS.opened.append(path)
        return open(self._local(path), "rb")  # seekable, as Beam's gcsio reader is

    def match(self, patterns, limits=None):
        return [
            MatchResult(p, [self.metadata(p)] if os.path.isfile(self._local(p)) else [])
            for p in patterns
        ]

    def size(self, path):
        return os.path.getsize(self._local(path))

    def exists(self, path):
        return os.path.exists(self._local(path))

    def metadata(self, path):
        return FileMetadata(path, self.size(path), 0)


def _tar() -> bytes:
    return tar_bytes(TEXTS, format=tarfile.USTAR_FORMAT, mtime=1_700_000_000)


def _damaged(data: bytes, name: str, by: int) -> bytes:
    """``data`` with member ``name``'s size field ``by`` bytes larger (checksum kept)."""
    at = 0
    while True:
        info = tarfile.TarInfo.frombuf(data[at : at + 512], "utf-8", "surrogateescape")
        if info.name == name:
            break
        at += 512 + -(-info.size // 512) * 512
    return with_size(data, at, info.size + by)


def _read(tmp_path: Path, data: bytes) -> list:
    ROOT[:] = [str(tmp_path)]
    (tmp_path / "books.tar").write_bytes(data)
    _FolderFS.opened.clear()
    files = expand_inputs(["wtgfake49://bucket/books.tar"])
    return [g for f in files for g in read_file(f, ReadConfig())]


def test_a_remote_plain_tar_reads_the_covered_members_again_through_beam(tmp_path):
    """Hugo's size field covers Tolstoy's header and lands inside Tolstoy's data (4 kB
    on): tarfile skips Tolstoy; the reader opens books.tar again through Beam's
    FileSystems (a second open of the wtgfake49:// path) and Tolstoy is a document
    equal to the intact archive's. Without the reopen Tolstoy is one "not read" line."""
    got = _read(tmp_path, _damaged(_tar(), "hugo.txt", 4096))
    rows = {g.doc_id.rsplit("/", 1)[-1]: g for g in got}
    assert list(rows) == list(TEXTS) and len(got) == 4, got  # written + rejected = members
    assert isinstance(rows["hugo.txt"], Rejected) and rows["hugo.txt"].reason == "corrupt_archive"
    for name in ("grimm.txt", "tolstoy.txt", "dumas.txt"):
        assert isinstance(rows[name], Document), rows[name]
        assert rows[name].text.split() == TEXTS[name].split()
    assert all(p == "wtgfake49://bucket/books.tar" for p in _FolderFS.opened)
    assert len(_FolderFS.opened) >= 2  # read again: opened again through Beam
    assert sorted(os.listdir(tmp_path)) == ["books.tar"]  # nothing written beside it


def test_guard_a_whole_remote_tar_is_read_in_one_pass(tmp_path):
    got = _read(tmp_path, _tar())
    assert [g.doc_id.rsplit("/", 1)[-1] for g in got] == list(TEXTS)
    assert all(isinstance(g, Document) for g in got)
