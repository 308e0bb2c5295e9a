"""Session 53 (branch wtA; the Left of session 52's review, docs/quality/session-52-wtH.md).

Clause ``declared_end_decides`` (transforms/tar_skim.py): a compressed tar pipe drops
the data of a member over ``--max-doc-chars`` x 4 unread, and since session 52 stopped
dropping at the first member header inside it (``skim_stops_at_a_header``). A member
that is whole but holds a tar at a later offset (a disk image, a text then a tar) was
then followed: its files became outer documents (invented) and its end blocks plus the
bytes after them ended the outer tar (the outer members after it had no row). Now the
bytes from that header are held to the member's declared end, which decides: a header
(or the end's zeros) there -> the member was whole, one ``member_too_large`` line, the
rest read on; none there -> its size was damaged, the covered members read. An empty
member with a damaged size (its data starts with the next header) is read the same way.

Real text (tests/data, via tests/tar_members.four_books): Grimm's *Froschkönig*, Hugo's
*Les Misérables* (Myriel), Tolstoy's *Anna Karenina* (opening), Dumas's *Memoirs*.
"""

from __future__ import annotations

import bz2
import errno
import gzip
import io
import lzma
import os
import tarfile
import tempfile
from pathlib import Path

import pytest
import zstandard

from tests.tar_members import four_books, header_offsets, read_tar, tar_bytes, with_size
from transforms import tar_skim
from transforms.read import ReadConfig
from transforms.tar_skim import TarSkim

TEXTS = four_books(800)
SMALL = ReadConfig(max_doc_chars=1000)  # a member over 69,536 bytes is not held
USTAR = tarfile.USTAR_FORMAT
PACK = {
    "gz": lambda d: gzip.compress(d, mtime=0),
    "xz": lzma.compress,
    "zst": zstandard.ZstdCompressor(write_checksum=True).compress,
    "bz2": lambda d: bz2.compress(d, 1),
}


def _piped(folder: Path, data: bytes, codec: str) -> list:
    return read_tar(folder, f"books.tar.{codec}", PACK[codec](data), fifo=True, config=SMALL)


def _rows(got) -> list[tuple[str, str]]:
    return [(g.doc_id.rsplit("/", 1)[-1], type(g).__name__) for g in got]


@pytest.fixture
def temp_folder(tmp_path, monkeypatch):
    """The held run keeps 4,096 bytes in memory (so it spills), in a temporary folder of
    its own, which must be empty after the read."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setattr(tar_skim, "_HOLD_MEMORY", 4096)
    yield folder
    assert list(folder.iterdir()) == []


def _inner() -> bytes:
    return tar_bytes({"a.txt": TEXTS["hugo.txt"], "b.txt": TEXTS["tolstoy.txt"]}, format=USTAR)


def _text(times: int) -> bytes:
    """Hugo's text ``times`` times, padded with line ends to whole blocks (a tar after it
    starts on a block, as in a disk image)."""
    raw = TEXTS["hugo.txt"].encode() * times
    return raw + b"\n" * (-len(raw) % 512)


@pytest.mark.parametrize("codec", ["gz", "xz", "zst", "bz2"])
@pytest.mark.parametrize("tail", [b"\xff" * 4096, b""], ids=["then-bytes", "tar-last"])
def test_a_tar_at_a_later_offset_inside_a_whole_member_is_one_line(
    tmp_path, temp_folder, codec, tail
):
    """``disk.img`` = Hugo's text 90 times (76 kB, over the bound), then a tar of
    ``a.txt`` and ``b.txt``, then (or not) 4 kB of 0xff. base53: the skim followed the
    inner headers: ``a.txt`` and ``b.txt`` became outer rows (invented), and with the 0xff
    tail Dumas had no row. Now as a file of the same bytes: grimm, one
    ``member_too_large`` line, dumas; no inner name among the rows."""
    image = _text(90) + _inner() + tail
    outer = {"grimm.txt": TEXTS["grimm.txt"], "disk.img": image, "dumas.txt": TEXTS["dumas.txt"]}
    data = tar_bytes(outer, format=USTAR)
    got = _piped(tmp_path / "in", data, codec)
    want = [("grimm.txt", "Document"), ("disk.img", "Rejected"), ("dumas.txt", "Document")]
    assert _rows(got) == want, got
    assert got[1].reason == "member_too_large", got[1].error
    assert "nor held on temporary disk" in got[1].error
    assert [got[0].text, got[2].text] == [TEXTS["grimm.txt"], TEXTS["dumas.txt"]]
    assert _rows(read_tar(tmp_path / "f", "books.tar", data, config=SMALL)) == want


@pytest.mark.parametrize("codec", ["gz", "xz", "zst"])
@pytest.mark.parametrize("lands", ["past the end", "inside Hugo"])
def test_an_empty_member_with_a_damaged_size_reads_what_it_covers(
    tmp_path, temp_folder, codec, lands
):
    """``empty.txt`` (0 bytes) after Grimm, its size field says 1 MB (past the end) or
    72 kB (into Hugo's text, the last member; the held run under the archive bound,
    100,000 bytes). Its data starts with Tolstoy's header. base53 (clause
    ``whole_tar_member_kept``) dropped Tolstoy, Dumas and Hugo unsaid: 2 rows for 5
    members. Now 5 rows: its line (``corrupt_archive``, the header at byte 0), the three
    covered members read (Tolstoy's text equal; Dumas and Hugo, 48,000 and 32,000
    characters, rejected ``document_too_long`` as they would be in an intact tar)."""
    texts = {"grimm.txt": TEXTS["grimm.txt"], "empty.txt": "", "tolstoy.txt": TEXTS["tolstoy.txt"]}
    texts.update({"dumas.txt": TEXTS["dumas.txt"] * 60, "hugo.txt": TEXTS["hugo.txt"] * 40})
    whole = tar_bytes(texts, format=USTAR, mtime=1_700_000_000)
    empty = header_offsets(whole)[1]
    size = (1 << 20) if lands == "past the end" else 72_000
    got = _piped(tmp_path / "in", with_size(whole, empty, size), codec)
    assert [n for n, _ in _rows(got)] == list(texts), got
    assert got[1].reason == "corrupt_archive"
    assert f"its header says {size:,} bytes" in got[1].error
    assert "lies inside its data at byte 0 (a damaged size field" in got[1].error
    assert got[2].text == TEXTS["tolstoy.txt"]
    # read (their text counted), over --max-doc-chars 1,000 as documents: not lost unsaid
    assert [g.reason for g in got[3:]] == ["document_too_long"] * 2
    assert "file has 48,000 characters" in got[3].error


def test_a_damaged_size_past_a_tar_inside_still_reads_the_covered_members(tmp_path, temp_folder):
    """Guard (the other way): Hugo's size says 1 MB where his data is 800 characters;
    Tolstoy and Dumas follow. No header stands at his declared end (past the end): the
    held run is fed again, Tolstoy and Dumas read (as session 52), Hugo's line gives the
    byte and says no header stands at his declared end."""
    whole = tar_bytes(TEXTS, format=USTAR, mtime=1_700_000_000)
    _, hugo, tolstoy, _ = header_offsets(whole)
    got = _piped(tmp_path / "in", with_size(whole, hugo, 1 << 20), "gz")
    assert [n for n, _ in _rows(got)] == list(TEXTS)
    assert [g.text for g in got[2:]] == [TEXTS["tolstoy.txt"], TEXTS["dumas.txt"]]
    assert f"at byte {tolstoy - hugo - 512:,} (a damaged size field: no header stands at its" in (
        got[1].error
    )


@pytest.mark.parametrize("piece", [1, 511, 4096, 1 << 20])
def test_the_skim_holds_to_the_declared_end_in_any_piece_size(piece):
    """TarSkim alone: a whole member with a tar inside at a later offset is dropped whole
    (size 0 in what is held, no cut, nothing of ``a.txt``); an empty member's damaged size
    is cut at byte 0 and what it covered held whole, whatever the pieces."""
    image = _text(20) + _inner()
    outer = tar_bytes({"disk.img": image, "dumas.txt": TEXTS["dumas.txt"]}, format=USTAR)
    skim = TarSkim(4096)
    held = b"".join(skim.feed(outer[i : i + piece]) for i in range(0, len(outer), piece))
    held += b"".join(skim.finish())
    dumas = header_offsets(outer)[1]
    assert dict(skim.skipped) == {512: len(image)} and skim.skipped.cut == {}
    assert held == with_size(outer, 0, 0)[:512] + outer[dumas:]
    damaged = with_size(tar_bytes({"e.txt": "", **TEXTS}, format=USTAR), 0, 1 << 20)
    skim = TarSkim(4096)
    held = b"".join(skim.feed(damaged[i : i + piece]) for i in range(0, len(damaged), piece))
    held += b"".join(skim.finish())
    assert skim.skipped.cut == {512: 0}
    assert held == with_size(damaged, 0, 0)


def test_a_run_held_past_the_bound_is_dropped_and_said(tmp_path, temp_folder, monkeypatch):
    """The held run stops at the archive bound (here 2,000 bytes): which it was is not
    known, the member is dropped as its header says (as base53 did for a header at byte
    0), its line says where the header lay and what may be missing; Dumas is read."""
    init = TarSkim.__init__
    monkeypatch.setattr(TarSkim, "__init__", lambda s, m, b=None: init(s, m, 2000))
    image = _text(90) + _inner() + TEXTS["grimm.txt"].encode() * 10
    data = tar_bytes({"disk.img": image, "dumas.txt": TEXTS["dumas.txt"]}, format=USTAR)
    got = _piped(tmp_path / "in", data, "gz")
    assert _rows(got) == [("disk.img", "Rejected"), ("dumas.txt", "Document")]
    assert got[0].reason == "member_too_large"
    at = len(_text(90))
    assert f"a member header lies inside its data at byte {at:,}, and its data from" in (
        got[0].error
    )
    assert "(the archive bound, 100 x --max-doc-chars), so it was read as its" in got[0].error


class _FullDisk(io.BytesIO):
    """A temporary file on a full disk: every write fails with ENOSPC."""

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_run_with_no_room_on_temporary_disk_is_dropped_and_the_rest_read(
    tmp_path, temp_folder, monkeypatch
):
    """Clause ``declared_end_room``: the held run spills (past 4 kB) to a temporary disk
    that is full. Without the clause the write's OSError stopped the archive (base53,
    holding nothing, read on): now the member is dropped as its header says, its line
    names the temporary folder, Grimm and Dumas are read."""
    monkeypatch.setattr(tempfile, "TemporaryFile", lambda *a, **k: _FullDisk())
    image = _text(90) + _inner() + b"\xff" * 4096
    outer = {"grimm.txt": TEXTS["grimm.txt"], "disk.img": image, "dumas.txt": TEXTS["dumas.txt"]}
    got = _piped(tmp_path / "in", tar_bytes(outer, format=USTAR), "gz")
    want = [("grimm.txt", "Document"), ("disk.img", "Rejected"), ("dumas.txt", "Document")]
    assert _rows(got) == want, got
    assert got[1].reason == "member_too_large"
    assert f"(the temporary folder {temp_folder} had no room for it)" in got[1].error


@pytest.mark.parametrize("codec", ["gz", "zst"])
@pytest.mark.parametrize("cut", [0, 200], ids=["at-its-declared-end", "in-its-padding"])
def test_a_stream_cut_at_a_whole_last_members_end_invents_nothing(
    tmp_path, temp_folder, codec, cut
):
    """Review (clause ``declared_end_at_stream_end``): ``disk.img`` (Hugo's text x 90, a
    tar of ``a.txt`` and ``b.txt``, 100 bytes) is the last member and the stream ends at
    its declared end (no end blocks) or 200 bytes into its padding: its data is all
    there, so it was whole. The branch before the review fed the held run again at the
    stream's end: ``a.txt`` and ``b.txt`` became outer documents and ``disk.img``'s line
    said its size was damaged. Now: Grimm, Dumas, one ``member_too_large`` line, and the
    archive's line for the missing end blocks; no inner name."""
    image = _text(90) + _inner() + b"x" * 100
    outer = {"grimm.txt": TEXTS["grimm.txt"], "dumas.txt": TEXTS["dumas.txt"], "disk.img": image}
    data = tar_bytes(outer, format=USTAR)
    end = header_offsets(data)[2] + 512 + -(-len(image) // 512) * 512
    got = _piped(tmp_path / "in", data[: end - cut], codec)
    names = [n for n, _ in _rows(got)]
    assert names[:3] == ["grimm.txt", "dumas.txt", "disk.img"], got
    assert not {"a.txt", "b.txt"} & set(names), got
    assert [got[0].text, got[1].text] == [TEXTS["grimm.txt"], TEXTS["dumas.txt"]]
    assert got[2].reason == "member_too_large", got[2].error
    assert [g.reason for g in got[3:]] == ["truncated_input"], got


def test_the_held_run_spills_unnamed_to_the_temporary_folder_and_close_lets_it_go(temp_folder):
    """Review (``declared_end_decides``'s cost): the run held past 4 kB (the fixture's
    ``_HOLD_MEMORY``) lies on temporary disk, in the temporary folder, with no name (a
    killed reader leaves nothing); closing the stream mid-run (here after the pipe's
    read failed; a generator closed early closes it the same way) closes it."""
    from transforms.checked_units import checked

    image = _text(90) + tar_bytes({f"i{k}.txt": TEXTS["hugo.txt"] * 40 for k in range(12)})
    data = tar_bytes({"disk.img": image, "dumas.txt": TEXTS["dumas.txt"]}, format=USTAR)
    step = 64 << 10  # one gzip member (a checked unit) per 64 kB
    packed = b"".join(gzip.compress(data[i : i + step], mtime=0) for i in range(0, len(data), step))
    stream = checked(_Breaks(packed, len(packed) // 2), "gzip", 100_000_000, False, 4096)
    skim = stream.raw.skim
    with pytest.raises(OSError):
        stream.read()
    run = skim._pending
    assert run is not None and run.tell() > 8192 and run._rolled
    link = os.readlink(f"/proc/self/fd/{run.fileno()}")
    assert link.startswith(f"{temp_folder}/") and link.endswith(" (deleted)"), link
    stream.close()
    assert run.closed and skim._pending is None


class _Breaks(io.RawIOBase):
    """A pipe whose reads fail (EIO) after ``at`` bytes: the run is held then."""

    def __init__(self, data: bytes, at: int):
        self._data, self._at, self._pos = data, at, 0

    def readable(self):
        return True

    def readinto(self, buffer):
        if self._pos >= self._at:
            raise OSError(errno.EIO, "Input/output error")
        n = min(len(buffer), self._at - self._pos)
        buffer[:n] = self._data[self._pos : self._pos + n]
        self._pos += n
        return n
