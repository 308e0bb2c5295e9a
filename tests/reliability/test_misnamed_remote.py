"""Clause ``misnamed_remote`` (session 35, transforms/remote_head.py): a remote file
(gs://, s3://, any Beam filesystem) named for a codec it is not was not checked for
misnamed compression: plain text named ``books.txt.gz`` on a bucket said "BadGzipFile:
Not a gzipped file (b'BO')", gzip data named ``books.txt``/``books.jsonl`` "binary (an
image, a font...)". Now the rename, with the bucket's own command, from the first bytes
the reader's own open saw (never one more open). Tested on fsspec's ``memory://``
filesystem (no network) behind a Beam filesystem; real text: Les Misérables' book list
(Gutenberg, tests/data)."""

from __future__ import annotations

import gzip
import lzma
from pathlib import Path

import fsspec
import pytest
from apache_beam.io.filesystem import FileMetadata, FileSystem, MatchResult

from tests.beam_stub_fs import StubFileSystem
from transforms import remote_head
from transforms.inputs import InputFile
from transforms.misnamed_codec import _mv
from transforms.read import read_file

EN = (Path(__file__).parents[1] / "data" / "en_gutenberg_les_mis_books.txt").read_bytes()


class _MemoryFS(StubFileSystem, FileSystem):
    """Beam's view of fsspec's ``memory://`` filesystem; ``opened`` counts the opens."""

    opened: list[str] = []

    @classmethod
    def scheme(cls):
        return "memory"

    @staticmethod
    def _fs():
        return fsspec.filesystem("memory")

    def open(self, path, mime_type="application/octet-stream", compression_type=None):
        _MemoryFS.opened.append(path)
        return self._fs().open(path, "rb")

    def match(self, patterns, limits=None):
        fs = self._fs()
        return [
            MatchResult(p, [FileMetadata(p, fs.size(p), 0)] if fs.exists(p) else [])
            for p in patterns
        ]

    def size(self, path):
        return self._fs().size(path)

    def exists(self, path):
        return self._fs().exists(path)

    def metadata(self, path):
        return FileMetadata(path, self._fs().size(path), 0)


def _read(name: str, data: bytes) -> list:
    fsspec.filesystem("memory").pipe(f"/misnamed35/{name}", data)
    _MemoryFS.opened.clear()
    path = f"memory://misnamed35/{name}"
    try:
        return list(read_file(InputFile(path, name, len(data))))
    finally:
        fsspec.filesystem("memory").rm(f"/misnamed35/{name}")


@pytest.mark.parametrize(
    "name, data, said",
    [
        (
            "books.txt.gz",
            EN,
            "the file is named .gz but is not gzip data (plain text, not compressed): "
            "rename it without .gz (move memory://misnamed35/books.txt.gz to "
            "memory://misnamed35/books.txt), or compress it with gzip",
        ),
        (
            "books.txt.xz",
            EN,
            "the file is named .xz but is not xz data (plain text, not compressed): "
            "rename it without .xz (move memory://misnamed35/books.txt.xz to "
            "memory://misnamed35/books.txt), or compress it with xz",
        ),
        (
            "books.txt",
            gzip.compress(EN),
            "the file is gzip-compressed data but its name has no .gz: rename it to end in "
            ".gz (move memory://misnamed35/books.txt to memory://misnamed35/books.txt.gz) "
            "and the build decompresses it",
        ),
        (
            "books.jsonl",
            gzip.compress(b'{"text": "SOME PAGES OF HISTORY. WELL CUT OUT."}\n' * 200),
            "the file is gzip-compressed data but its name has no .gz: rename it to end in "
            ".gz (move memory://misnamed35/books.jsonl to memory://misnamed35/books.jsonl.gz) "
            "and the build decompresses it",
        ),
    ],
)
def test_misnamed_remote(name, data, said):
    """Clause ``misnamed_remote``: one rejection with the rename; the object opened once
    (the reader's own open; before: plain text .gz 1, gzip named .txt 2 opens)."""
    out = _read(name, data)
    assert [(r.reason, r.error) for r in out] == [("unreadable_file", said)]
    assert _MemoryFS.opened == [f"memory://misnamed35/{name}"]
    assert remote_head._HEADS == {}  # kept only while the file is read


def test_misnamed_remote_bucket_commands():
    """Clause ``misnamed_remote``: gs:// and s3:// are renamed with their own tools."""
    assert _mv("gs://b/in/books.txt", "books.txt", "books.txt.gz") == (
        "gcloud storage mv gs://b/in/books.txt gs://b/in/books.txt.gz"
    )
    assert _mv("s3://b/my books.txt.gz", "my books.txt.gz", "my books.txt") == (
        "aws s3 mv 's3://b/my books.txt.gz' 's3://b/my books.txt'"
    )
    assert _mv("/data/books.txt", "books.txt", "books.txt.gz") == "mv books.txt books.txt.gz"


def test_misnamed_remote_guards(tmp_path):
    """What must stay: a real .gz, plain text and .xz are read (text exact) with as many
    opens as before (2: the archive sniff and the read); damaged gzip data is still
    ``corrupt_input``; the kept bytes are dropped after each file."""
    (tmp_path / "good.txt").write_bytes(EN)
    [local] = read_file(InputFile(str(tmp_path / "good.txt"), "good.txt", len(EN)))
    for name, data in [
        ("good.txt.gz", gzip.compress(EN)),
        ("good.txt", EN),
        ("good.txt.xz", lzma.compress(EN)),
    ]:
        out = _read(name, data)
        assert [type(r).__name__ for r in out] == ["Document"], (name, out)
        assert out[0].text == local.text and local.text.startswith("BOOK I.\n\n")
        assert len(_MemoryFS.opened) == 2
    damaged = bytearray(gzip.compress(EN))
    damaged[len(damaged) // 2] ^= 0xFF
    out = _read("damaged.txt.gz", bytes(damaged))
    assert [r.reason for r in out] == ["corrupt_input"]
    assert remote_head._HEADS == {}


def test_odd_length_member_named_remote():
    """Clause ``odd_length_member_named`` for a remote file: mark-less UTF-16LE with a
    stray end byte is not cut with ``truncate`` of a path on no disk: a copy is."""
    out = _read("books16.txt", EN.decode("utf-8").encode("utf-16-le") + b"\n")
    assert [r.reason for r in out] == ["invalid_utf16"]
    assert (
        "remove it (truncate -s -1 a copy of memory://misnamed35/books16.txt, then put the "
        "copy in its place); if the file was cut short" in out[0].error
    ), out[0].error


def test_misnamed_remote_empty(tmp_path):
    """Clause ``misnamed_remote`` (review): an empty remote file (its kept head is b"")
    is not called misnamed: .txt and .jsonl say what the same local file says, an
    empty .txt.gz is not "not gzip data"; two opens as before; nothing kept. Since
    session 36 (clause ``empty_remote_compressed_is_cut``) the empty .txt.gz is the local
    one's ``truncated_input`` too, after one open (the sniff's)."""
    for name in ("empty.txt", "empty.jsonl", "empty.txt.gz"):
        (tmp_path / name).write_bytes(b"")
        local = list(read_file(InputFile(str(tmp_path / name), name, 0)))
        out = _read(name, b"")
        assert len(_MemoryFS.opened) == (1 if name.endswith(".gz") else 2), name
        assert not any("not gzip data" in getattr(r, "error", "") for r in out), out
        assert [(type(r).__name__, getattr(r, "reason", None)) for r in out] == [
            (type(r).__name__, getattr(r, "reason", None)) for r in local
        ]
    assert remote_head._HEADS == {}
