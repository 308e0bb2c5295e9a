"""Clause ``damaged_member_said`` (transforms/archives.py ``damaged_member``, session 44;
a new user's walk through the README's inputs): a zip member whose compressed bytes are
damaged was rejected ``corrupt_archive`` "could not read text file: error: Error -3 while
decompressing data: invalid distance too far back" (a stored member with a bad CRC:
"BadZipFile: Bad CRC-32 for file ..."): neither the member nor the fix named. Now one
line names the member and the archive, says the other members are read and what to do.
Real text: Dumas' *Memoirs*, Cavafy's *Ithaka*."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from schemas import Document, Rejected
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
DUMAS = (DATA / "en_gutenberg_dumas_memoirs_book.txt").read_text(encoding="utf-8")[:20000]
ITHAKA = (DATA / "el_cavafy_ithaka.txt").read_text(encoding="utf-8")


def _damaged_zip(path: Path, method: int) -> None:
    with zipfile.ZipFile(path, "w", method) as z:
        z.writestr("books/ithaka.txt", ITHAKA)
        z.writestr("books/dumas.txt", DUMAS)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("books/dumas.txt")
    at = info.header_offset + 30 + len(info.filename) + len(info.extra) + 300
    data[at : at + 40] = bytes(40)  # 40 bytes zeroed inside the member's data
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_damaged_member_said(tmp_path, method):
    path = tmp_path / "books.zip"
    _damaged_zip(path, method)
    (file,) = expand_inputs([str(path)])
    got = {r.doc_id: r for r in read_file(file, ReadConfig())}
    assert sorted(got) == ["books.zip/books/dumas.txt", "books.zip/books/ithaka.txt"]
    kept, damaged = got["books.zip/books/ithaka.txt"], got["books.zip/books/dumas.txt"]
    assert isinstance(kept, Document) and kept.text == ITHAKA  # the others are read
    assert isinstance(damaged, Rejected) and damaged.reason == "corrupt_archive"
    assert damaged.error.startswith(
        f"member books/dumas.txt of archive {path} is damaged: its bytes do not unpack ("
    )
    assert damaged.error.endswith(
        "); the archive's other members are read; re-create or re-download the archive"
    )
    assert "\n" not in damaged.error and "could not read" not in damaged.error


def test_a_whole_zip_is_read_as_before(tmp_path):
    """Guard: no line where nothing is damaged."""
    path = tmp_path / "books.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("books/dumas.txt", DUMAS)
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file, ReadConfig())
    assert isinstance(got, Document) and got.text == DUMAS
