"""Session 55 (branch wtA; the Left of session 54's review, docs/quality/session-54-wtA.md).

A member under the bound whose data starts with a tar header, and whose size field is
damaged, lost the members it covered (base55, file / plain pipe / gz pipe alike):

* clause ``inner_tar_then_covered`` (transforms/tar_headers.py ``swallowed``): a tar
  stored whole as a member (``sub.tar``, end blocks and all), its size field damaged
  into a later member: the headers inside it, followed, stop at its own end blocks, so
  it was taken as a tar inside and nothing was read again: "could not be read on after
  N members", the members after it lost. Now the headers past its own end, inside its
  declared data, are this archive's members, read again (each once).
* clause ``no_end_blocks_no_tar`` (``no_end_blocks``): an empty member whose damaged
  size lands exactly on a later member's header: its data is whole members' headers
  and text running exactly to its declared end, with no end-of-archive blocks (which
  every tar writer puts at a tar's end): it is no tar stored whole. base55 gave the
  covered members no row (only the member's "unpack" line); now they are read again.
* clause ``tar_data_no_tar_said`` (transforms/tar_file_end.py ``tar_data_no_tar``, used
  in transforms/read_text.py): such a member's own row said ``nested_archive`` ("unpack
  empty.txt"): its data is no tar (no end blocks). Now ``corrupt_archive``, a damaged size.

Real text (tests/data, via tests/tar_members.four_books): Grimm's *Froschkönig*, Hugo's
*Les Misérables* (Myriel), Tolstoy's *Anna Karenina* (opening), Dumas's *Memoirs*.
"""

from __future__ import annotations

import gzip
import lzma
import tarfile

import pytest

from tests.tar_members import four_books, header_offsets, read_tar, tar_bytes, with_size
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

TEXTS = four_books(800)
SMALL = ReadConfig(max_doc_chars=1000)  # a member over 69,536 bytes is not read
USTAR = tarfile.USTAR_FORMAT
HOW = ["file", "plain pipe", "gz pipe"]
INNER = tar_bytes({"a.txt": TEXTS["grimm.txt"], "b.txt": TEXTS["hugo.txt"]}, format=USTAR)


def _read(tmp_path, data: bytes, how: str) -> list:
    if how == "gz pipe":
        return read_tar(
            tmp_path, "books.tar.gz", gzip.compress(data, mtime=0), fifo=True, config=SMALL
        )
    return read_tar(tmp_path, "books.tar", data, fifo=how == "plain pipe", config=SMALL)


def _names(got) -> list[str]:
    return [g.doc_id.rsplit("/", 1)[-1] for g in got]


def _stored(name: str, extra: int) -> bytes:
    """Tolstoy, ``name`` = a real tar of Grimm (``a.txt``) and Hugo (``b.txt``) stored
    whole (10,240 bytes with its end blocks), Dumas, Grimm; ``name``'s size field
    ``extra`` bytes too large (0: intact; 812: 300 bytes into Dumas's text)."""
    texts = {"tolstoy.txt": TEXTS["tolstoy.txt"], name: INNER}
    texts.update({"dumas.txt": TEXTS["dumas.txt"], "grimm.txt": TEXTS["grimm.txt"]})
    whole = tar_bytes(texts, format=USTAR, mtime=1_700_000_000)
    return with_size(whole, header_offsets(whole)[1], len(INNER) + extra) if extra else whole


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("name", ["sub.tar", "backup.img"])
@pytest.mark.parametrize("extra", [0, 812], ids=["intact", "damaged-into-dumas"])
def test_a_tar_stored_whole_with_a_damaged_size_loses_no_later_member(
    tmp_path, temp_folder, how, name, extra
):
    """base55 (damaged, every reader): Tolstoy, the stored tar's line, then "could not be
    read on after 2 members" (Dumas and Grimm lost). Now (``inner_tar_then_covered``) as
    the intact archive: 4 rows, the stored tar one ``nested_archive`` line, its own files
    (``a.txt``, ``b.txt``) no rows, Dumas and Grimm read once with their text."""
    got = _read(tmp_path / "in", _stored(name, extra), how)
    assert _names(got) == ["tolstoy.txt", name, "dumas.txt", "grimm.txt"], got
    assert got[1].reason == "nested_archive", got[1].error
    assert [got[0].text, got[2].text, got[3].text] == [
        TEXTS["tolstoy.txt"],
        TEXTS["dumas.txt"],
        TEXTS["grimm.txt"],
    ]


def _empty_on_header() -> tuple[list[str], bytes]:
    """Grimm, ``empty.txt`` (0 bytes), Tolstoy, Dumas, Hugo; empty.txt's size field
    damaged to land exactly on Hugo's header (3,072 bytes: under the bound)."""
    texts = {"grimm.txt": TEXTS["grimm.txt"], "empty.txt": "", "tolstoy.txt": TEXTS["tolstoy.txt"]}
    texts.update({"dumas.txt": TEXTS["dumas.txt"], "hugo.txt": TEXTS["hugo.txt"]})
    whole = tar_bytes(texts, format=USTAR, mtime=1_700_000_000)
    at = header_offsets(whole)
    return list(texts), with_size(whole, at[1], at[4] - at[1] - 512)


@pytest.mark.parametrize("how", HOW)
def test_an_empty_member_whose_damaged_size_lands_on_a_header_loses_nothing(
    tmp_path, temp_folder, how
):
    """base55 (every reader): Grimm, empty.txt's "unpack" line, Hugo: Tolstoy and Dumas
    had no row. Now (``no_end_blocks_no_tar``): 5 rows, each member once, the texts of
    Tolstoy and Dumas read again."""
    names, data = _empty_on_header()
    got = _read(tmp_path / "in", data, how)
    assert _names(got) == names, got
    texts = [g.text for g in got[2:]]
    assert texts == [TEXTS["tolstoy.txt"], TEXTS["dumas.txt"], TEXTS["hugo.txt"]]
    assert got[1].reason == "corrupt_archive", got[1].error  # tar_data_no_tar_said
    assert "the 2 member header(s) in it, followed, run to its end" in got[1].error


@pytest.mark.parametrize("how", HOW)
def test_an_empty_member_whose_damaged_size_lands_in_a_later_text_is_no_tar(
    tmp_path, temp_folder, how
):
    """Clause ``tar_data_no_tar_said``: the same archive, empty.txt's size field 3,000
    bytes (under the bound, into Dumas's text). base55 (every reader) read every member
    but said of empty.txt ``nested_archive`` "unpack ... empty.txt": it is no tar. Now its
    line is ``corrupt_archive``: a damaged size, the headers in it run past its end."""
    names, data = _empty_on_header()
    got = _read(tmp_path / "in", with_size(data, header_offsets(data)[1], 3000), how)
    assert _names(got) == names, got
    assert got[1].reason == "corrupt_archive", got[1].error
    assert "its header says 3,000 bytes, but its data is no tar" in got[1].error
    assert "member 'tolstoy.txt'" in got[1].error and "run past its end" in got[1].error
    assert "unpack" not in got[1].error
    texts = [g.text for g in got[2:]]
    assert texts == [TEXTS["tolstoy.txt"], TEXTS["dumas.txt"], TEXTS["hugo.txt"]]


@pytest.mark.parametrize("codec", ["gz", "xz"])
def test_a_compressed_pipe_says_the_tar_it_takes_as_a_members_own(tmp_path, temp_folder, codec):
    """Clause ``skim_own_tar_said`` (transforms/tar_skim.py ``Skipped.own``, tar_archive
    ``_not_held``): ``disk.img`` (Hugo's text 90 times, 72,000 bytes, over the bound, then
    a tar of ``a.txt`` and ``b.txt``) stored last. The compressed pipe drops its data whole
    (a zero block at its declared end), as the file does; base55's line did not say a
    header lay inside (where the file's says it, clause ``own_tar_said``): if its size
    field were damaged into the archive's end zeros, the members there would be lost
    unsaid. Now the line names the header's byte and that case."""
    raw = TEXTS["hugo.txt"].encode() * 90
    image = raw + b"\n" * (-len(raw) % 512) + INNER
    outer = {"grimm.txt": TEXTS["grimm.txt"], "dumas.txt": TEXTS["dumas.txt"], "disk.img": image}
    data = tar_bytes(outer, format=USTAR)
    packed = gzip.compress(data, mtime=0) if codec == "gz" else lzma.compress(data)
    got = read_tar(tmp_path / "in", f"books.tar.{codec}", packed, fifo=True, config=SMALL)
    assert _names(got) == list(outer), got
    assert got[2].reason == "member_too_large", got[2].error
    at = len(raw) + (-len(raw) % 512)
    assert f"a member header lies inside its data at byte {at:,}" in got[2].error
    assert "they are this archive's members and are lost" in got[2].error
    assert [got[0].text, got[1].text] == [TEXTS["grimm.txt"], TEXTS["dumas.txt"]]


def _fragment() -> bytes:
    """Review (session 55): a real tar of Grimm (``a.txt``) and Hugo (``b.txt``) cut
    before its end blocks: a tar fragment, its headers running exactly to its end."""
    last = header_offsets(INNER)[-1]
    return INNER[: last + 512 + -(-len(TEXTS["hugo.txt"].encode()) // 512) * 512]


def test_a_tar_fragment_stored_whole_reads_as_the_damaged_empty_member(tmp_path, temp_folder):
    """Review: a tar fragment stored whole (no end blocks) as ``part.img``, then Dumas, has
    the bytes of an empty member whose damaged size lands on Dumas's header (the bytes
    cannot tell them apart). ``no_end_blocks_no_tar`` reads its files as the archive's
    members (nothing lost, each once) and its line says so, naming the fragment case."""
    texts = {"tolstoy.txt": TEXTS["tolstoy.txt"], "part.img": _fragment()}
    texts["dumas.txt"] = TEXTS["dumas.txt"]
    got = _read(tmp_path / "in", tar_bytes(texts, format=USTAR), "file")
    assert _names(got) == ["tolstoy.txt", "part.img", "a.txt", "b.txt", "dumas.txt"], got
    assert got[1].reason == "corrupt_archive", got[1].error
    assert "a tar stored without its end blocks" in got[1].error
    assert [g.text for g in got[2:4]] == [TEXTS["grimm.txt"], TEXTS["hugo.txt"]]


def test_a_tar_fragment_in_a_zip_is_a_nested_archive(tmp_path, temp_folder):
    """Review: the ``in_tar`` guard of ``tar_data_no_tar_said``: in a zip no size field is
    damaged, so a tar fragment there is a tar inside (``nested_archive``), not said as a
    damaged size."""
    import zipfile

    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "books.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("part.img", _fragment())
        archive.writestr("dumas.txt", TEXTS["dumas.txt"])
    got = [g for f in expand_inputs([str(path)]) for g in read_file(f, SMALL)]
    assert _names(got) == ["part.img", "dumas.txt"], got
    assert got[0].reason == "nested_archive", got[0].error


@pytest.mark.parametrize("how", HOW)
def test_a_tar_cut_short_stored_whole_gives_no_rows_of_its_own_files(tmp_path, temp_folder, how):
    """Review: the chain guard of ``no_end_blocks_no_tar`` (headers followed from byte 0
    run EXACTLY to the declared end): a real tar of Grimm and Hugo cut 512 bytes into
    Hugo's data, stored whole as ``part.img`` (its size right, Dumas's header at its end):
    the chain runs past its end, so its files are no covered members; without the guard
    ``a.txt`` and a cut ``b.txt`` were read as the archive's members."""
    cut = INNER[: header_offsets(INNER)[-1] + 1024]
    texts = {"tolstoy.txt": TEXTS["tolstoy.txt"], "part.img": cut, "dumas.txt": TEXTS["dumas.txt"]}
    got = _read(tmp_path / "in", tar_bytes(texts, format=USTAR), how)
    assert _names(got) == ["tolstoy.txt", "part.img", "dumas.txt"], got
    assert [got[0].text, got[2].text] == [TEXTS["tolstoy.txt"], TEXTS["dumas.txt"]]
