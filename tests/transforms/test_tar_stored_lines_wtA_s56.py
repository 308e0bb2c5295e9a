"""Session 56 (branch wtA; the Left of session 55's review, docs/quality/session-55-wtA.md).

Lines that tell the truth about a tar stored inside a tar (real text from tests/data via
tests/tar_members.four_books: Grimm, Hugo, Tolstoy, Dumas; packed with tarfile, USTAR):

* clause ``nested_line_waits`` (transforms/tar_said.py ``nested_line``, tar_archive.py
  ``_nested_said``): a tar fragment (no end blocks) stored whole as ``part.tar``: its
  files became rows AND its line said "unpack part.tar" (base56): a user who followed it
  got those books twice. Now the line says they were read, and not to unpack it. A
  ``sub.tar`` whose size field is damaged into a later member now says so, and names the
  members after its end that were read as the archive's.
* clause ``covered_name_said`` (tar_said.py ``inside_line``, archive_members.py): a
  fragment's file named as a later outer member (``dumas.txt``): the outer one's line
  said "tar -r appends a newer copy" (untrue); now it says where the first was met
  (and, the other order, where the second lies).
* clause ``cut_tar_said`` (tar_file_end.py ``cut_line``, tar_said.py ``Held``): a tar cut
  short (mid-member) stored whole under a right size: its line said "the member headers
  inside its data are read as the archive's members" (none was); now ``nested_archive``,
  a tar cut short, "unpack" it.
"""

from __future__ import annotations

import tarfile

import pytest

from tests.tar_members import (
    four_books,
    header_offsets,
    member_names,
    read_how,
    read_tar,
    tar_bytes,
    with_size,
)

TEXTS = four_books(800)
USTAR = tarfile.USTAR_FORMAT
HOW = ["file", "plain pipe", "gz pipe"]
INNER = tar_bytes({"a.txt": TEXTS["grimm.txt"], "b.txt": TEXTS["hugo.txt"]}, format=USTAR)


def _fragment(second: str = "b.txt") -> bytes:
    """A real tar of Grimm (``a.txt``) and Hugo (``second``) cut before its end blocks."""
    inner = tar_bytes({"a.txt": TEXTS["grimm.txt"], second: TEXTS["hugo.txt"]}, format=USTAR)
    last = header_offsets(inner)[-1]
    return inner[: last + 512 + -(-len(TEXTS["hugo.txt"].encode()) // 512) * 512]


def _archive(name: str, stored: bytes) -> bytes:
    texts = {"tolstoy.txt": TEXTS["tolstoy.txt"], name: stored, "dumas.txt": TEXTS["dumas.txt"]}
    return tar_bytes(texts, format=USTAR)


@pytest.mark.parametrize("how", [*HOW, "xz pipe"])
def test_a_tar_fragment_named_tar_is_not_said_unpack_when_its_files_are_read(
    tmp_path, temp_folder, how
):
    """base56: part.tar ``nested_archive`` "unpack ... tar -xf part.tar" AND a.txt, b.txt
    rows. Now the line says those 2 members were read and not to unpack it; each book once."""
    got = read_how(tmp_path / "in", _archive("part.tar", _fragment()), how)
    assert member_names(got) == ["tolstoy.txt", "part.tar", "a.txt", "b.txt", "dumas.txt"], got
    line = got[1]
    assert line.reason == "corrupt_archive", line.error
    assert "tar -xf" not in line.error
    assert "do not unpack part.tar as well" in line.error
    assert "those 2 member(s) ('a.txt', 'b.txt') are taken as this archive's" in line.error
    assert [g.text for g in got if not hasattr(g, "reason")] == [
        TEXTS["tolstoy.txt"],
        TEXTS["grimm.txt"],
        TEXTS["hugo.txt"],
        TEXTS["dumas.txt"],
    ]


@pytest.mark.parametrize("how", HOW)
def test_a_whole_tar_named_tar_keeps_its_unpack_line(tmp_path, temp_folder, how):
    """Guard: a whole tar stored as part.tar (end blocks intact) is a tar inside: its
    files are no rows and its line is base56's ``nested_archive`` "unpack", word for word."""
    got = read_how(tmp_path / "in", _archive("part.tar", INNER), how)
    assert member_names(got) == ["tolstoy.txt", "part.tar", "dumas.txt"], got
    assert got[1].reason == "nested_archive"
    assert got[1].error.endswith(
        "unpack the archive, then part.tar in it (e.g. mkdir books && tar -xf part.tar -C "
        "books), and pass the folder as --input"
    )


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize("name", ["part.img", "part.tar"])
def test_a_name_met_inside_a_members_data_is_not_said_as_tar_r(tmp_path, temp_folder, how, name):
    """base56: the fragment's Hugo, named ``dumas.txt``, took the name; the real outer
    Dumas was ``duplicate_member`` "tar -r appends a newer copy" (untrue). Now its line
    says the name was met inside ``name``'s data and how to get this one; no row lost
    unsaid: rows + lines = 5 members' worth, the outer Dumas in the rejected output."""
    got = read_how(tmp_path / "in", _archive(name, _fragment("dumas.txt")), how)
    assert member_names(got) == ["tolstoy.txt", name, "a.txt", "dumas.txt", "dumas.txt"], got
    assert got[3].text == TEXTS["hugo.txt"]
    last = got[4]
    assert last.reason == "duplicate_member", last.error
    assert "tar -r appends a newer copy" not in last.error
    assert f"met earlier inside the data of member {name!r}" in last.error
    assert "tar -xf gives the archive's last member named 'dumas.txt'" in last.error


@pytest.mark.parametrize("how", HOW)
def test_a_name_inside_a_members_data_after_an_outer_one_is_said_where_it_lies(
    tmp_path, temp_folder, how
):
    """The other order: the fragment's Hugo is named ``tolstoy.txt``, the outer member
    before it. base56: "tar -r appends a newer copy ... the first one was read". Now the
    line says this header lies inside part.img's data, and the outer Tolstoy is the row."""
    data = _archive("part.img", _fragment("tolstoy.txt"))
    got = read_how(tmp_path / "in", data, how)
    assert member_names(got) == ["tolstoy.txt", "part.img", "a.txt", "tolstoy.txt", "dumas.txt"], (
        got
    )
    assert got[0].text == TEXTS["tolstoy.txt"]
    assert got[3].reason == "duplicate_member" and "tar -r" not in got[3].error
    assert "a member header named 'tolstoy.txt' lies inside the data of member 'part.img'" in (
        got[3].error
    )


@pytest.mark.parametrize("how", HOW)
def test_a_true_tar_r_duplicate_keeps_its_line(tmp_path, temp_folder, how):
    """Guard: two outer members named dumas.txt (tar -r) keep base56's line."""
    twice = tar_bytes({"dumas.txt": TEXTS["dumas.txt"]}, format=USTAR)
    again = tar_bytes({"dumas.txt": TEXTS["hugo.txt"]}, format=USTAR)
    data = twice[: header_offsets(twice)[-1] + 512 * 3] + again
    assert tarfile.open(fileobj=__import__("io").BytesIO(data)).getnames() == ["dumas.txt"] * 2
    got = read_how(tmp_path / "in", data, how)
    assert [g.doc_id.rsplit("/", 1)[-1] for g in got] == ["dumas.txt", "dumas.txt"]
    assert "tar -r appends a newer copy" in got[1].error


def _stored_sub(extra: int) -> bytes:
    texts = {"tolstoy.txt": TEXTS["tolstoy.txt"], "sub.tar": INNER}
    texts.update({"dumas.txt": TEXTS["dumas.txt"], "grimm.txt": TEXTS["grimm.txt"]})
    whole = tar_bytes(texts, format=USTAR, mtime=1_700_000_000)
    return with_size(whole, header_offsets(whole)[1], len(INNER) + extra) if extra else whole


@pytest.mark.parametrize("how", HOW)
def test_a_stored_tar_with_a_damaged_size_says_it_and_what_was_read(tmp_path, temp_folder, how):
    """base56: sub.tar (its size 812 bytes too large, into Dumas) said only "unpack
    sub.tar"; Dumas, whose header lies inside those bytes, was read unsaid. Now the line
    says the size is damaged, where its tar ends, and names Dumas; the intact one says
    nothing of it (guard)."""
    got = read_how(tmp_path / "in", _stored_sub(812), how)
    assert member_names(got) == ["tolstoy.txt", "sub.tar", "dumas.txt", "grimm.txt"], got
    line = got[1].error
    assert got[1].reason == "nested_archive"
    assert "its size field is damaged: it says 11,052 bytes" in line
    assert "from byte 10,240 of its data on" in line and "('dumas.txt')" in line
    assert got[2].text == TEXTS["dumas.txt"]
    intact = read_how(tmp_path / "whole", _stored_sub(0), how)
    assert "damaged" not in intact[1].error and "tar -xf sub.tar" in intact[1].error


def _cut() -> bytes:
    """The real tar of Grimm and Hugo cut 512 bytes into Hugo's data (no end blocks)."""
    return INNER[: header_offsets(INNER)[-1] + 1024]


@pytest.mark.parametrize("how", [*HOW, "xz pipe"])
def test_a_tar_cut_short_stored_whole_is_not_said_as_read(tmp_path, temp_folder, how):
    """base56: part.img (a cut tar, its size right, Dumas's header at its end) said
    ``corrupt_archive`` "... the member headers inside its data are read as the archive's
    members" though none was. Now ``nested_archive``: a tar cut short, unpack it."""
    got = read_how(tmp_path / "in", _archive("part.img", _cut()), how)
    assert member_names(got) == ["tolstoy.txt", "part.img", "dumas.txt"], got
    line = got[1]
    assert line.reason == "nested_archive", line.error
    assert "a tar cut short (mid-member)" in line.error
    assert "are read as the archive's members" not in line.error
    assert "`tar -xf part.img` gives its files up to the cut" in line.error
    assert [got[0].text, got[2].text] == [TEXTS["tolstoy.txt"], TEXTS["dumas.txt"]]


@pytest.mark.parametrize("how", HOW)
def test_an_empty_member_damaged_into_a_text_keeps_its_damaged_size_line(
    tmp_path, temp_folder, how
):
    """Guard of ``cut_tar_said``: the same "past its end" data from an empty member whose
    size (3,000) lands inside Dumas's text (no header at its declared end): its covered
    members are read again, and the line stays session 55's damaged-size line."""
    texts = {"grimm.txt": TEXTS["grimm.txt"], "empty.txt": "", "tolstoy.txt": TEXTS["tolstoy.txt"]}
    texts.update({"dumas.txt": TEXTS["dumas.txt"], "hugo.txt": TEXTS["hugo.txt"]})
    whole = tar_bytes(texts, format=USTAR, mtime=1_700_000_000)
    got = read_how(tmp_path / "in", with_size(whole, header_offsets(whole)[1], 3000), how)
    assert member_names(got) == list(texts), got
    assert got[1].reason == "corrupt_archive"
    assert "run past its end with no end-of-archive blocks (a damaged size field)" in got[1].error
    assert "cut short" not in got[1].error
    assert [g.text for g in got[2:]] == [TEXTS[n] for n in ("tolstoy.txt", "dumas.txt", "hugo.txt")]


@pytest.mark.parametrize("how", [*HOW, "xz pipe"])
@pytest.mark.parametrize("ends", ["end blocks", "stream"])
def test_a_held_cut_tar_line_is_said_when_it_is_the_last_member(tmp_path, temp_folder, how, ends):
    """Review: ``cut_tar_said`` holds part.img's line until the next header; part.img is
    the last member, then the archive's end blocks, or the stream ends right after its
    data (no end blocks): its line is still given, once, and the book before it kept."""
    data = tar_bytes({"tolstoy.txt": TEXTS["tolstoy.txt"], "part.img": _cut()}, format=USTAR)
    if ends == "stream":
        data = data[: header_offsets(data)[-1] + 512 + -(-len(_cut()) // 512) * 512]
    got = read_how(tmp_path / "in", data, how)
    assert member_names(got).count("part.img") == 1, got
    assert got[0].text == TEXTS["tolstoy.txt"]
    line = next(g for g in got if g.doc_id.endswith("/part.img"))
    assert line.reason in ("nested_archive", "corrupt_archive"), line.error
    if ends == "end blocks":
        assert member_names(got) == ["tolstoy.txt", "part.img"], got
        assert "a tar cut short (mid-member)" in line.error


def test_a_held_line_is_said_before_a_codec_error_on_a_pipe(tmp_path, temp_folder):
    """Review: a zstd pipe whose second frame (from the header after part.img on) is
    damaged: the reader raises ZstdError (no archive error) right after part.img; its held
    line was lost (neither row nor line: the member vanished). Now it is given before the
    archive's ``corrupt_input`` line."""
    import zstandard

    data = _archive("part.img", _cut())
    at = header_offsets(data)[2]  # dumas.txt's header: the next frame starts there
    pack = zstandard.ZstdCompressor(write_checksum=True).compress
    second = bytearray(pack(data[at:]))
    second[-2] ^= 0xFF  # its checksum: all its bytes decode, then the error
    got = read_tar(tmp_path / "in", "books.tar.zst", pack(data[:at]) + bytes(second), fifo=True)
    assert member_names(got)[:2] == ["tolstoy.txt", "part.img"], got
    assert got[0].text == TEXTS["tolstoy.txt"]
    # the next header was not read: what stood at part.img's end is unknown, and the
    # line stays session 55's (the declared end of the member before it is no witness)
    assert got[1].reason == "corrupt_archive" and "run past its end" in got[1].error
    assert got[-1].reason == "corrupt_input", got[-1].error


def _then_tar_r(name, tmp_path, how):
    """part.img's fragment names its Hugo ``name``; then ``tar -r`` appends a newer ``name``
    (Grimm) over the archive's end blocks, as GNU tar does."""
    first = _archive("part.img", _fragment(name))
    newer = tar_bytes({name: TEXTS["grimm.txt"]}, format=USTAR)
    last = header_offsets(first)[-1] + 512 + -(-len(TEXTS["dumas.txt"].encode()) // 512) * 512
    return read_how(tmp_path / "in", first[:last] + newer, how)


@pytest.mark.parametrize("how", HOW)
def test_a_true_tar_r_copy_after_a_name_met_inside_a_member_is_said_as_tar_r(
    tmp_path, temp_folder, how
):
    """Review: the fragment's Hugo is named dumas.txt (read first, inside part.img), the
    outer Dumas follows, then ``tar -r`` appends a newer dumas.txt (its end blocks
    overwritten, as GNU tar does). The outer Dumas said "tar -xf gives this" (untrue: the
    appended copy wins) and the appended one said nothing of tar -r. Now the outer one
    says the last member wins, the appended one keeps base56's tar -r line."""
    got = _then_tar_r("dumas.txt", tmp_path, how)
    names = ["tolstoy.txt", "part.img", "a.txt", "dumas.txt", "dumas.txt", "dumas.txt"]
    assert member_names(got) == names, got
    assert got[3].text == TEXTS["hugo.txt"]
    outer, appended = got[4], got[5]
    assert outer.reason == appended.reason == "duplicate_member"
    assert "inside the data of member 'part.img'" in outer.error
    assert "tar -xf gives this" not in outer.error
    assert "unless tar -r appended another later" in outer.error
    assert "tar -r appends a newer copy" in appended.error


def test_a_held_nested_line_is_said_before_a_codec_error_on_a_pipe(tmp_path, temp_folder):
    """Review: ``nested_line_waits`` holds part.tar's line until the next header; a zstd
    pipe damaged from that header on (ZstdError, no archive error): part.tar keeps a line
    (the reader's ``except Exception`` gives it), before the archive's ``corrupt_input``."""
    import zstandard

    data = _archive("part.tar", _fragment())
    at = header_offsets(data)[-1]  # dumas.txt's header: the next frame starts there
    pack = zstandard.ZstdCompressor(write_checksum=True).compress
    second = bytearray(pack(data[at:]))
    second[-2] ^= 0xFF
    got = read_tar(tmp_path / "in", "books.tar.zst", pack(data[:at]) + bytes(second), fifo=True)
    assert member_names(got).count("part.tar") == 1, got
    assert member_names(got)[:2] == ["tolstoy.txt", "part.tar"], got
    assert got[0].text == TEXTS["tolstoy.txt"]
    assert got[-1].reason == "corrupt_input", got[-1].error


@pytest.mark.parametrize("how", HOW)
def test_a_tar_r_copy_of_an_outer_name_met_again_inside_a_member_says_tar_r(
    tmp_path, temp_folder, how
):
    """Review: the other order, then ``tar -r``: the outer Tolstoy is read first, part.img's
    Hugo is named tolstoy.txt (said where it lies), and a newer tolstoy.txt is appended.
    The appended one is tar -r's copy of the outer one: base56's line, not "inside"."""
    got = _then_tar_r("tolstoy.txt", tmp_path, how)
    names = ["tolstoy.txt", "part.img", "a.txt", "tolstoy.txt", "dumas.txt", "tolstoy.txt"]
    assert member_names(got) == names, got
    assert "lies inside the data of member 'part.img'" in got[3].error
    assert got[5].reason == "duplicate_member"
    assert "tar -r appends a newer copy" in got[5].error
