"""Session 54 (branch wtA; the Left of session 53, docs/quality/session-53-wtA.md).

Clause ``file_declared_end_decides`` (transforms/tar_file_end.py): session 53 made a
compressed tar pipe decide the member headers inside a member over ``--max-doc-chars``
x 4 by what stands at its declared end (``declared_end_decides``). A tar read as a file
or through a plain (uncompressed) pipe did worse on two shapes:

* a whole member over the bound that holds a tar after its own text, stored LAST (end
  blocks intact, or the outer tar cut at that member's end): base54 gave the inner tar's
  files as outer documents (``a.txt``, ``b.txt``);
* an empty member whose size field is damaged (its data starts with the next member's
  header): base54 read no member after it ("could not be read on after N members").

Now the file and the plain pipe give the compressed pipe's rows. Real text (tests/data,
via tests/tar_members.four_books): Grimm's *Froschkönig*, Hugo's *Les Misérables*
(Myriel), Tolstoy's *Anna Karenina* (opening), Dumas's *Memoirs*.
"""

from __future__ import annotations

import gzip
import tarfile

import pytest

from tests.tar_members import four_books, header_offsets, read_tar, tar_bytes, with_size
from transforms.read import ReadConfig

TEXTS = four_books(800)
SMALL = ReadConfig(max_doc_chars=1000)  # a member over 69,536 bytes is not read
USTAR = tarfile.USTAR_FORMAT
HOW = ["file", "plain pipe", "gz pipe"]


def _read(tmp_path, data: bytes, how: str) -> list:
    if how == "gz pipe":
        return read_tar(
            tmp_path, "books.tar.gz", gzip.compress(data, mtime=0), fifo=True, config=SMALL
        )
    return read_tar(tmp_path, "books.tar", data, fifo=how == "plain pipe", config=SMALL)


def _rows(got) -> list[tuple[str, str]]:
    return [(g.doc_id.rsplit("/", 1)[-1], type(g).__name__) for g in got]


def _disk_last() -> tuple[bytes, int]:
    """Grimm, Dumas, then ``disk.img`` = Hugo's text 90 times (76 kB, over the bound),
    padded to a block, then a tar of ``a.txt`` (Hugo) and ``b.txt`` (Tolstoy): the
    archive and ``disk.img``'s declared end (its last data block's end)."""
    raw = TEXTS["hugo.txt"].encode() * 90
    inner = tar_bytes({"a.txt": TEXTS["hugo.txt"], "b.txt": TEXTS["tolstoy.txt"]}, format=USTAR)
    image = raw + b"\n" * (-len(raw) % 512) + inner
    outer = {"grimm.txt": TEXTS["grimm.txt"], "dumas.txt": TEXTS["dumas.txt"], "disk.img": image}
    data = tar_bytes(outer, format=USTAR)
    return data, header_offsets(data)[2] + 512 + -(-len(image) // 512) * 512


WANT = [("grimm.txt", "Document"), ("dumas.txt", "Document"), ("disk.img", "Rejected")]


@pytest.mark.parametrize("how", HOW)
def test_a_whole_last_member_holding_a_tar_invents_no_document(tmp_path, temp_folder, how):
    """``disk.img`` last, the archive's end blocks intact. base54 (file, plain pipe):
    ``a.txt`` and ``b.txt`` were outer documents (clause ``end_padding_is_the_end`` took
    the inner end blocks, zeros to the archive's end, as a damaged size landing in the
    padding). Now, as the gz pipe: Grimm, Dumas, one ``member_too_large`` line."""
    data, _ = _disk_last()
    got = _read(tmp_path / "in", data, how)
    assert _rows(got) == WANT, got
    assert got[2].reason == "member_too_large", got[2].error
    if how != "gz pipe":  # review: own_tar_said (the skim's line does not say it: Left)
        assert "its data holds a tar of 2 file(s)" in got[2].error
    assert [got[0].text, got[1].text] == [TEXTS["grimm.txt"], TEXTS["dumas.txt"]]


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("short", [0, 200], ids=["at-its-end", "in-its-padding"])
def test_a_tar_cut_at_a_whole_last_members_end_invents_no_document(
    tmp_path, temp_folder, how, short
):
    """The same archive cut at ``disk.img``'s declared end (or 200 bytes before it, in
    its last block's padding): base54 (file, plain pipe) gave ``a.txt`` and ``b.txt``
    rows. Now (clause ``declared_end_at_stream_end`` for the file too): Grimm, Dumas,
    ``disk.img``'s line, and the archive's one line that it is cut short."""
    data, end = _disk_last()
    got = _read(tmp_path / "in", data[: end - short], how)
    assert _rows(got)[:3] == WANT, got
    assert got[2].reason == "member_too_large", got[2].error
    assert [g.reason for g in got[3:]] == ["truncated_input"], got
    assert got[3].doc_id.startswith("books.tar")  # the archive's own line: cut short
    assert not any(n in ("a.txt", "b.txt") for n, _ in _rows(got))


def _empty_damaged(size: int) -> tuple[dict, bytes]:
    texts = {"grimm.txt": TEXTS["grimm.txt"], "empty.txt": "", "tolstoy.txt": TEXTS["tolstoy.txt"]}
    texts.update({"dumas.txt": TEXTS["dumas.txt"] * 60, "hugo.txt": TEXTS["hugo.txt"] * 40})
    whole = tar_bytes(texts, format=USTAR, mtime=1_700_000_000)
    return texts, with_size(whole, header_offsets(whole)[1], size)


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("size", [1 << 20, 72_000], ids=["past-the-end", "inside-hugo"])
def test_an_empty_member_with_a_damaged_size_loses_nothing(tmp_path, temp_folder, how, size):
    """``empty.txt`` (0 bytes) after Grimm, its size field 1 MB (past the end) or 72 kB
    (into Hugo's text, the last member). Its data starts with Tolstoy's header. base54
    (file, plain pipe): 2 rows for 5 members, then "could not be read on" (the header at
    byte 0 was taken as a tar stored whole). Now 5 rows, as the gz pipe: its line says
    the damaged size, Tolstoy's text equal, Dumas and Hugo read (over --max-doc-chars
    1,000 as documents, rejected ``document_too_long`` as in an intact tar)."""
    texts, data = _empty_damaged(size)
    got = _read(tmp_path / "in", data, how)
    assert [n for n, _ in _rows(got)] == list(texts), got
    assert got[0].text == TEXTS["grimm.txt"]
    assert got[1].reason == "corrupt_archive", got[1].error
    assert f"its header says {size:,} bytes" in got[1].error
    assert "damaged size field" in got[1].error
    assert got[2].text == TEXTS["tolstoy.txt"]
    assert [g.reason for g in got[3:]] == ["document_too_long"] * 2
    assert "file has 48,000 characters" in got[3].error


@pytest.mark.parametrize("how", ["file", "plain pipe"])
def test_a_damaged_size_on_a_text_member_still_reads_what_it_covers(tmp_path, temp_folder, how):
    """Guard: Grimm's size field (800 characters of text) says 72 kB, into Hugo's text;
    Tolstoy and Dumas follow it. No header at its declared end: it is a damaged size, and
    the covered members are read (as base54 did): 5 rows, no archive line."""
    texts = {"grimm.txt": TEXTS["grimm.txt"] * 6, "tolstoy.txt": TEXTS["tolstoy.txt"]}
    texts.update({"dumas.txt": TEXTS["dumas.txt"], "hugo.txt": TEXTS["hugo.txt"] * 100})
    whole = tar_bytes(texts, format=USTAR, mtime=1_700_000_000)
    got = _read(tmp_path / "in", with_size(whole, 0, 72_000), how)
    assert [n for n, _ in _rows(got)] == list(texts), got
    assert got[0].reason == "corrupt_archive"
    assert [g.text for g in got[1:3]] == [TEXTS["tolstoy.txt"], TEXTS["dumas.txt"]]


@pytest.mark.parametrize("how", ["file", "plain pipe"])
def test_a_damaged_size_landing_on_a_later_header_still_reads_what_it_covers(
    tmp_path, temp_folder, how
):
    """Guard: Grimm's size field (4,800 characters of text) covers Tolstoy (48 kB) and
    Dumas (48 kB) and lands exactly on Hugo's header, over the bound: a header stands at
    its declared end, but the headers inside, followed, run to it (no tar of its own
    stops before it): a damaged size, Tolstoy and Dumas read again (as base54: over
    --max-doc-chars 1,000 as documents, their characters counted)."""
    texts = {"grimm.txt": TEXTS["grimm.txt"] * 6, "tolstoy.txt": TEXTS["tolstoy.txt"] * 30}
    texts.update({"dumas.txt": TEXTS["dumas.txt"] * 60, "hugo.txt": TEXTS["hugo.txt"]})
    whole = tar_bytes(texts, format=USTAR, mtime=1_700_000_000)
    hugo = header_offsets(whole)[3]
    got = _read(tmp_path / "in", with_size(whole, 0, hugo - 512), how)
    assert [n for n, _ in _rows(got)] == list(texts), got
    assert got[0].reason == "member_too_large", got[0].error
    assert [g.reason for g in got[1:3]] == ["document_too_long"] * 2
    assert "file has 24,000 characters" in got[1].error
    assert "file has 48,000 characters" in got[2].error
    assert got[3].text == TEXTS["hugo.txt"]


@pytest.mark.parametrize("how", ["file", "plain pipe"])
def test_a_damaged_size_one_block_into_the_end_zeros_still_reads_what_it_covers(
    tmp_path, temp_folder, how
):
    """Review (clause ``two_end_blocks``, transforms.tar_headers ``embedded``): Grimm's
    size field covers Tolstoy and Dumas (the last member) and lands ONE block into the
    archive's end zeros, over the bound. Zeros stand at its declared end, and the headers
    inside stop one block before it: no tar inside a member ends so (a tar's end is two
    zero blocks), so it is a damaged size and Tolstoy and Dumas are read again (as
    base54). Without the clause the wtA rule took them as Grimm's own tar: 2 books lost
    under one ``member_too_large`` line."""
    texts = {"grimm.txt": TEXTS["grimm.txt"] * 6, "tolstoy.txt": TEXTS["tolstoy.txt"] * 30}
    texts["dumas.txt"] = TEXTS["dumas.txt"] * 60
    whole = tar_bytes(texts, format=USTAR, mtime=1_700_000_000)
    dumas = header_offsets(whole)[2]
    zeros = dumas + 512 + -(-len(texts["dumas.txt"].encode()) // 512) * 512
    assert whole[zeros:] == bytes(len(whole) - zeros) and len(whole) - zeros >= 3 * 512
    got = _read(tmp_path / "in", with_size(whole, 0, zeros + 512 - 512), how)
    assert [n for n, _ in _rows(got)] == list(texts), got
    assert "holds a tar" not in got[0].error
    assert got[0].reason == "member_too_large", got[0].error
    assert [g.reason for g in got[1:]] == ["document_too_long"] * 2
    assert "file has 24,000 characters" in got[1].error
    assert "file has 48,000 characters" in got[2].error


@pytest.mark.parametrize("how", ["file", "plain pipe"])
def test_a_damaged_size_two_blocks_into_the_end_zeros_is_said_in_its_line(
    tmp_path, temp_folder, how
):
    """Review (clause ``own_tar_said``, transforms.tar_file_end): the same archive, Grimm's
    size landing TWO blocks into the end zeros: its bytes are those of a whole member
    holding a tar of Tolstoy and Dumas (its two end blocks inside), so they are not read
    (the known loss, as the gz pipe since session 53), and the one line says how many
    files that tar holds and that they are lost if the size field was damaged."""
    texts = {"grimm.txt": TEXTS["grimm.txt"] * 6, "tolstoy.txt": TEXTS["tolstoy.txt"] * 30}
    texts["dumas.txt"] = TEXTS["dumas.txt"] * 60
    whole = tar_bytes(texts, format=USTAR, mtime=1_700_000_000)
    dumas = header_offsets(whole)[2]
    zeros = dumas + 512 + -(-len(texts["dumas.txt"].encode()) // 512) * 512
    got = _read(tmp_path / "in", with_size(whole, 0, zeros + 1024 - 512), how)
    assert _rows(got) == [("grimm.txt", "Rejected")], got
    assert got[0].reason == "member_too_large"
    assert "its data holds a tar of 2 file(s) (from byte " in got[0].error
    assert "ends 1,024 bytes before its declared end" in got[0].error
    assert "they are this archive's members and are lost" in got[0].error
