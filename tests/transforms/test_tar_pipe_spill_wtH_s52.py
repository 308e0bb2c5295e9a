"""Session 52 (branch wtH; the Left of session 50's wtH and session 51's "Readers").

Clause ``pipe_hold_spills`` (transforms/tar_pipe_hold.py): a tar read from a pipe holds
the bytes of the members a damaged size field covered so it can read them again; base52
held them in memory up to 32 MB and past that gave every covered member a line (135 real
books of a 60 MB piped tar lost). Now 32 MB stay in memory and the rest goes to an
unnamed temporary file, up to the archive bound; the file is gone when the read ends.

Clause ``skim_stops_at_a_header`` (transforms/tar_skim.py, transforms/tar_archive.py):
a compressed tar pipe drops the data of a member over ``--max-doc-chars`` x 4 unread;
a damaged size over that bound dropped the members it covered with no row at all (base52:
2 rows for 4 members). Now dropping stops at the first member header inside the dropped
data and those members are read; the damaged member's line says where the header lay.

Real text (tests/data, via tests/tar_members.four_books): Grimm's *Froschkönig*, Hugo's
*Les Misérables* (Myriel), Tolstoy's *Anna Karenina* (opening), Dumas's *Memoirs*.
"""

from __future__ import annotations

import bz2
import errno
import gzip
import io
import tarfile
import tempfile
from pathlib import Path

import pytest

from schemas import Document, Rejected
from tests.tar_members import four_books, header_offsets, read_tar, tar_bytes, with_size
from transforms import tar_pipe_hold
from transforms.read import ReadConfig
from transforms.tar_skim import TarSkim

TEXTS = four_books(800)  # under --max-doc-chars 1,000 below
NAMES = list(TEXTS)
WHOLE = tar_bytes(TEXTS, format=tarfile.USTAR_FORMAT, mtime=1_700_000_000)
GRIMM, HUGO, TOLSTOY, DUMAS = header_offsets(WHOLE)
END = len(WHOLE.rstrip(b"\0")) // 512 * 512 + 512
SMALL = ReadConfig(max_doc_chars=1000)  # a member over 69,536 bytes is not held


def _piped(folder: Path, data: bytes, codec: str, config=None) -> list:
    if codec == "gz":
        data = gzip.compress(data, mtime=0)
    return read_tar(
        folder, "books.tar" + (".gz" if codec == "gz" else ""), data, fifo=True, config=config
    )


def _names(got) -> list[str]:
    return [g.doc_id.rsplit("/", 1)[-1] for g in got]


@pytest.fixture
def spills(tmp_path, monkeypatch):
    """The hold keeps 1,024 bytes in memory (PIPE_HOLD), in a temporary folder of its
    own; yields the list of whether each hold had rolled over to disk when closed."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setattr(tar_pipe_hold, "PIPE_HOLD", 1024)
    rolled, close = [], tar_pipe_hold.PipeHold.close

    def spy(self):
        if self.held is not None:
            rolled.append(self.held._rolled)
        close(self)

    monkeypatch.setattr(tar_pipe_hold.PipeHold, "close", spy)
    yield rolled
    assert list(folder.iterdir()) == []  # no temporary file left behind


@pytest.mark.parametrize("codec", ["plain", "gz"])
@pytest.mark.parametrize("lands", ["on the end blocks", "inside Tolstoy's data"])
def test_a_hold_past_its_memory_spills_to_disk_and_reads_the_covered_members(
    tmp_path, spills, codec, lands
):
    """base52: past PIPE_HOLD Tolstoy and Dumas were one line each ("ran over 1,024
    bytes ... skipped, not held"). Now their bytes go to temporary disk and both are
    documents equal to the intact tar's; Hugo keeps its line; 4 members, 4 rows."""
    size = {"on the end blocks": END - HUGO - 512, "inside Tolstoy's data": TOLSTOY - HUGO + 1024}
    got = _piped(tmp_path / "in", with_size(WHOLE, HUGO, size[lands]), codec)
    assert _names(got) == NAMES, got
    assert isinstance(got[1], Rejected) and got[1].reason == "corrupt_archive"
    intact = {g.doc_id.rsplit("/", 1)[-1]: g.text for g in _piped(tmp_path / "w", WHOLE, codec)}
    docs = {n: g.text for n, g in zip(NAMES, got, strict=True) if isinstance(g, Document)}
    assert docs == {n: intact[n] for n in ("grimm.txt", "tolstoy.txt", "dumas.txt")}
    assert True in spills  # the held bytes went past memory, to disk


def test_guard_a_hold_under_its_memory_stays_in_memory(tmp_path, spills, monkeypatch):
    monkeypatch.setattr(tar_pipe_hold, "PIPE_HOLD", 1 << 20)
    got = _piped(tmp_path / "in", with_size(WHOLE, HUGO, END - HUGO - 512), "plain")
    assert _names(got) == NAMES and [type(g) for g in got].count(Document) == 3
    assert spills and True not in spills


@pytest.mark.parametrize("size", [1 << 20, TOLSTOY - HUGO + 200_000])
def test_a_damaged_size_over_the_skim_bound_reads_the_members_it_covered(tmp_path, size):
    """``--max-doc-chars 1000``: Hugo's size says 1 MB (past the end) or ~200 kB (past
    Tolstoy's header, over the 69,536-byte bound). base52: the skim dropped Hugo's data,
    Tolstoy and Dumas inside it, with no row (2 rows for 4 members). Now: 4 rows, Tolstoy
    and Dumas equal to the intact tar's, Hugo's line says where the header lay."""
    got = _piped(tmp_path / "in", with_size(WHOLE, HUGO, size), "gz", SMALL)
    assert _names(got) == NAMES, got
    intact = _piped(tmp_path / "w", WHOLE, "gz", SMALL)
    assert all(isinstance(g, Document) for g in intact)
    for i in (0, 2, 3):
        assert isinstance(got[i], Document) and got[i].text == intact[i].text
    hugo = got[1]
    assert isinstance(hugo, Rejected) and hugo.reason == "corrupt_archive"
    at = TOLSTOY - HUGO - 512
    assert f"is not read: its header says {size:,} bytes, over --max-doc-chars x 4" in hugo.error
    assert f"but a member header lies inside its data at byte {at:,} (a damaged size" in (
        hugo.error
    )


def test_guard_a_member_over_the_skim_bound_with_no_header_inside_keeps_its_line(tmp_path):
    """A real member over the bound (Hugo's text 100 times, no header in it): dropped,
    one member_too_large line, the others read."""
    texts = dict(TEXTS, **{"hugo.txt": TEXTS["hugo.txt"] * 100})
    got = _piped(tmp_path / "in", tar_bytes(texts, format=tarfile.USTAR_FORMAT), "gz", SMALL)
    assert _names(got) == NAMES
    assert got[1].reason == "member_too_large" and "nor held on temporary disk" in got[1].error
    assert [type(g) for g in got].count(Document) == 3


@pytest.mark.parametrize("piece", [1, 100, 512, 4096])
def test_the_skim_stops_at_a_header_inside_in_any_piece_size(piece):
    """TarSkim alone: what it holds is the tar with Hugo's size 0 and his data up to
    Tolstoy's header left out, whatever the pieces it is fed in."""
    damaged = with_size(WHOLE, HUGO, 1 << 20)
    skim = TarSkim(4096)
    held = b"".join(skim.feed(damaged[i : i + piece]) for i in range(0, len(damaged), piece))
    held += b"".join(skim.finish())  # session 53 (declared_end_decides): held to the end
    assert dict(skim.skipped) == {HUGO + 512: 1 << 20}
    assert skim.skipped.cut == {HUGO + 512: TOLSTOY - HUGO - 512}
    assert held == with_size(WHOLE, HUGO, 0)[: HUGO + 512] + WHOLE[TOLSTOY:]


def test_a_bzip2_pipe_says_the_header_inside_though_its_blocks_come_first(tmp_path):
    """A bzip2 pipe hands out each checked block before the skim sees the next: Hugo's
    header (size 0) reached the tar reader before the skim found Tolstoy's header 150 kB
    on, and his line said ``member_too_large`` ("not read ... split it"). The line is now
    given after the next header is read: ``corrupt_archive`` with the byte."""
    texts = dict(TEXTS, **{"hugo.txt": TEXTS["hugo.txt"] * 150})
    whole = tar_bytes(texts, format=tarfile.USTAR_FORMAT, mtime=1_700_000_000)
    hugo, tolstoy = header_offsets(whole)[1:3]
    damaged = with_size(whole, hugo, 4 << 20)
    got = read_tar(tmp_path, "books.tar.bz2", bz2.compress(damaged, 1), fifo=True, config=SMALL)
    assert _names(got) == NAMES, got
    assert got[1].reason == "corrupt_archive", got[1].error
    assert f"lies inside its data at byte {tolstoy - hugo - 512:,}" in got[1].error
    assert [g.text for g in got[2:]] == [TEXTS["tolstoy.txt"], TEXTS["dumas.txt"]]


def test_guard_a_tar_named_as_a_tar_over_the_skim_bound_stays_one_nested_line(tmp_path):
    """``inner.tar`` (a real tar of two members, 85 kB, over the bound) in a .tar.gz pipe:
    its headers inside are not followed (its name says it is an archive): one
    ``nested_archive`` line, its members not read, the outer members read (as base52)."""
    inner = tar_bytes(
        {"a.txt": TEXTS["hugo.txt"] * 100, "b.txt": TEXTS["tolstoy.txt"]},
        format=tarfile.USTAR_FORMAT,
    )
    outer = {"grimm.txt": TEXTS["grimm.txt"], "inner.tar": inner, "dumas.txt": TEXTS["dumas.txt"]}
    got = _piped(tmp_path, tar_bytes(outer, format=tarfile.USTAR_FORMAT), "gz", SMALL)
    assert [(n, type(g).__name__) for n, g in zip(_names(got), got, strict=True)] == [
        ("grimm.txt", "Document"),
        ("inner.tar", "Rejected"),
        ("dumas.txt", "Document"),
    ]
    assert got[1].reason == "nested_archive" and "unpack" in got[1].error


@pytest.mark.parametrize("name, tail", [("disk.img", b"\xff" * 4096), ("notes.txt", b"")])
def test_a_tar_stored_whole_under_another_name_is_one_line_and_the_rest_is_read(
    tmp_path, name, tail
):
    """Review (session 52), clause ``whole_tar_member_kept``: an intact outer tar whose
    ``disk.img`` (or ``notes.txt``) is a tar stored whole (then other bytes), over the
    bound, in a .tar.gz pipe. Before the clause the skim followed its headers from byte
    0: its ``b.txt`` became an outer document, and after its end blocks the ``\\xff``
    bytes ended the outer tar: Dumas had no row and the tar was said damaged. Now as
    base52 and as a file of the same bytes: one ``member_too_large`` line, Dumas read."""
    inner = tar_bytes(
        {"a.txt": TEXTS["hugo.txt"] * 90, "b.txt": TEXTS["tolstoy.txt"]},
        format=tarfile.USTAR_FORMAT,
    )
    outer = {"grimm.txt": TEXTS["grimm.txt"], name: inner + tail, "dumas.txt": TEXTS["dumas.txt"]}
    data = tar_bytes(outer, format=tarfile.USTAR_FORMAT)
    got = _piped(tmp_path / "in", data, "gz", SMALL)
    want = [("grimm.txt", "Document"), (name, "Rejected"), ("dumas.txt", "Document")]
    assert [(n, type(g).__name__) for n, g in zip(_names(got), got, strict=True)] == want
    assert got[1].reason == "member_too_large" and got[2].text == TEXTS["dumas.txt"]
    as_file = read_tar(tmp_path / "f", "books.tar", data, config=SMALL)
    assert [(n, type(g).__name__) for n, g in zip(_names(as_file), as_file, strict=True)] == want


class _FullDisk(io.BytesIO):
    """A temporary file on a full disk: every write fails with ENOSPC."""

    def write(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_hold_with_no_room_on_temporary_disk_gives_lines_and_reads_on(
    tmp_path, spills, monkeypatch
):
    """Review (session 52), clause ``hold_room_said``: the hold spills past its memory
    (1,024 bytes) to a temporary disk that is full. Before the clause the write's OSError
    stopped the whole archive (a 60 MB piped tar under ``ulimit -f 4096``: 3 rows for 195
    members, base52 read 56): now Tolstoy and Dumas get a line naming the temporary
    folder and the fix, Grimm is read, Hugo keeps his line: 4 members, 4 rows."""
    monkeypatch.setattr(tempfile, "TemporaryFile", lambda *a, **k: _FullDisk())
    got = _piped(tmp_path / "in", with_size(WHOLE, HUGO, END - HUGO - 512), "plain")
    assert _names(got) == NAMES, got
    assert isinstance(got[0], Document) and got[0].text == TEXTS["grimm.txt"]
    for covered in got[2:]:
        assert isinstance(covered, Rejected) and covered.reason == "corrupt_archive"
        assert "could not be held on temporary disk (the temporary folder" in covered.error
        assert "no space left), so those bytes were skipped: free space there" in covered.error
