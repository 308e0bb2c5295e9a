"""Review of session 47's wtF (clause ``embedded_tar_read``, transforms/tar_headers.py):
a member whose data holds a whole tar after other bytes (a disk image, a fixture with a
512-byte prefix, a prefixed .tar) is no damaged size field. The branch before the review
rejected such a member "damaged" and gave each header of the tar inside it a
``corrupt_archive`` line, as members of the outer archive lost; base47 read it as any
member. Now the headers noted inside a member count as a damaged size only when they go
on to where tarfile landed (the member's data end, or past it); a whole tar that stops
inside the member is its data. An old GNU sparse member with holes is no damaged size
either (its data's offsets are not the stream's). Real text: tests/data's Grimm, Hugo,
Tolstoy, Dumas's *Memoirs*.
"""

from __future__ import annotations

import io
import tarfile

import pytest

from schemas import Document, Rejected
from tests.transforms.test_tar_lost_members_wtF_s47 import BOOKS, HOW, _by_name, _read, _tar


def _outer(members: dict[str, bytes]) -> bytes:
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1_700_000_000
            tar.addfile(info, io.BytesIO(data))
    return sink.getvalue()


def _text(name: str) -> bytes:
    return BOOKS[name].encode("utf-8")


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize(
    "name, prefix", [("fixture.bin", b"\x01" * 512), ("disk.img", bytes(2048))]
)
def test_a_member_holding_a_whole_tar_after_a_prefix_is_no_damage(tmp_path, how, name, prefix):
    inner = _tar(["grimm.txt", "hugo.txt"])
    data = _outer(
        {"tolstoy.txt": _text("tolstoy.txt"), name: prefix + inner, "dumas.txt": _text("dumas.txt")}
    )
    got = _read(tmp_path, data, how)
    rows = _by_name(got)
    assert list(rows) == ["tolstoy.txt", name, "dumas.txt"] and len(got) == 3, got
    assert not [g for g in got if isinstance(g, Rejected) and g.reason == "corrupt_archive"]
    assert rows["tolstoy.txt"].text.startswith(BOOKS["tolstoy.txt"][:200].strip()[:50])
    assert isinstance(rows["dumas.txt"], Document)


def test_a_prefixed_tar_member_is_one_nested_line(tmp_path):
    data = _outer(
        {
            "tolstoy.txt": _text("tolstoy.txt"),
            "old.tar": b"\x01" * 512 + _tar(["grimm.txt", "hugo.txt"]),
            "dumas.txt": _text("dumas.txt"),
        }
    )
    got = _read(tmp_path, data, "tar")
    assert [g.doc_id.rsplit("/", 1)[-1] for g in got] == ["tolstoy.txt", "old.tar", "dumas.txt"]
    assert [g.reason for g in got if isinstance(g, Rejected)] == ["nested_archive"]


def _sparse_with_holes(name: str, regions: list[tuple[int, bytes]], real: int) -> bytes:
    """An old GNU sparse member ("S"): ``regions`` (offset, bytes) stored, holes between."""
    blob = b"".join(part for _, part in regions)
    block = bytearray(_outer({name: blob})[:512])
    block[156:157] = tarfile.GNUTYPE_SPARSE
    for i, (start, part) in enumerate(regions):
        block[386 + 24 * i : 410 + 24 * i] = b"%011o\0%011o\0" % (start, len(part))
    block[482] = 0
    block[483:495] = b"%011o\0" % real
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block) + blob + bytes(-len(blob) % 512)


def test_a_sparse_member_with_holes_is_no_damaged_size(tmp_path):
    """Its data read (4,096 bytes with the hole) passes the stored 1,024 bytes and the
    next headers: they are no headers inside it. As base47: five documents (the branch
    before the review: the sparse member "damaged: its header says 4,096 bytes, but the
    header of member 'grimm.txt' lies inside them")."""
    memoirs = _text("dumas.txt")
    data = _sparse_with_holes(
        "memoirs.txt", [(0, memoirs[:512]), (3_584, memoirs[512:1024])], 4_096
    ) + _tar(["grimm.txt", "hugo.txt", "tolstoy.txt", "dumas.txt"])
    got = _read(tmp_path, data, "tar")
    assert all(isinstance(g, Document) for g in got), got
    assert list(_by_name(got)) == [
        "memoirs.txt",
        "grimm.txt",
        "hugo.txt",
        "tolstoy.txt",
        "dumas.txt",
    ]
    assert _by_name(got)["grimm.txt"].text.split()[:5] == BOOKS["grimm.txt"].split()[:5]


@pytest.mark.parametrize("how", HOW)
def test_a_signature_appended_after_the_end_blocks_keeps_every_member(tmp_path, how):
    """A downloader or a signing tool appended 1,262 bytes after the end blocks: every
    member is a document, and the archive's one line says that appended data loses
    nothing (the branch said "the rest of the archive is lost")."""
    names = ["grimm.txt", "hugo.txt", "tolstoy.txt", "dumas.txt"]
    signature = b"-----BEGIN PGP SIGNATURE-----\n" + b"iQIzBAABCAAdFiEE" * 76 + b"\n"
    got = _read(tmp_path, _tar(names) + signature, how)
    documents = [g for g in got if isinstance(g, Document)]
    assert sorted(g.doc_id.rsplit("/", 1)[-1] for g in documents) == sorted(names)
    (line,) = [g for g in got if isinstance(g, Rejected)]
    assert line.reason == "corrupt_archive" and len(got) == 5
    assert line.error.startswith("the tar archive's 4 members up to its end are read, but ")
    assert "data appended (a signature, padding) loses nothing" in line.error
    assert "\n" not in line.error
