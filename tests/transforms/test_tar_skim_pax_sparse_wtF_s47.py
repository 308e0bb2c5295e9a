"""Session 47 (the Left of session 46's wtF): clause ``skim_pax_and_sparse``
(transforms/tar_skim.py). The tar skim of a compressed tar pipe turned itself off at a
pax ``size`` record (what tarfile writes for a member over 8 GiB) and at an old GNU
sparse member: the huge member was held on temporary disk, and past the archive bound
the rest of the archive was one ``archive_too_large`` line. Now both are followed: the
member is one ``member_too_large`` line "nor held", the others are read. Real text
(tests/data): Grimm, Hugo, Tolstoy, Dumas's *Memoirs*.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile

import pytest

from schemas import Document, Rejected
from tests.transforms.test_pipe_member_not_held_s46 import (
    BOUND,
    CONFIG,
    HUGE,
    SMALL,
    _books,
    _header_size,
    _old_gnu_sparse,
    _tar,
)
from tests.transforms.test_tar_pipe_s45 import _fifo
from transforms.tar_skim import TarSkim

REST = {"grimm.txt": SMALL["grimm.txt"], "tolstoy.txt": SMALL["tolstoy.txt"]}


def _pax_tar(members: list[tuple[str, bytes]], sized: set[str]) -> bytes:
    """A PAX_FORMAT tar; the members in ``sized`` have a pax ``size`` record (their
    header's field then 0, as tarfile writes a member over 8 GiB)."""
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1_700_000_000
            if name in sized:
                info.pax_headers = {"size": str(len(data))}
            tar.addfile(info, io.BytesIO(data))
    data = sink.getvalue()
    with tarfile.open(fileobj=io.BytesIO(data), mode="r|") as tar:
        headers = [i.offset_data - 512 for i in tar if i.name in sized]
    for at in headers:  # tarfile writes 0 there only where the size does not fit
        data = _header_size(data, at, 0)
    return data


def _feed(data: bytes, piece: int = 7000) -> tuple[bytes, TarSkim]:
    skim = TarSkim(BOUND)
    held = b"".join(skim.feed(data[i : i + piece]) for i in range(0, len(data), piece))
    return held, skim


def _one_line(got: list, name: str) -> Rejected:
    (line,) = [g for g in got if isinstance(g, Rejected)]
    assert line.doc_id.endswith("/" + name) and line.reason == "member_too_large", line
    assert "nor held on temporary disk" in line.error and "\n" not in line.error
    return line


MEMBERS = [
    ("grimm.txt", SMALL["grimm.txt"].encode()),
    ("memoirs.txt", HUGE.encode()),
    ("tolstoy.txt", SMALL["tolstoy.txt"].encode()),
]


def test_a_pax_size_record_over_the_bound_is_not_held(tmp_path):
    """base47: the skim turned off at the pax record; 600 kB held, over the archive
    bound (400,000 bytes): Tolstoy lost in one archive_too_large line."""
    data = _pax_tar(MEMBERS, {"memoirs.txt"})
    with tarfile.open(fileobj=io.BytesIO(data), mode="r|") as tar:
        at = {i.name: i.offset_data for i in tar}["memoirs.txt"] - 512
    assert data[at + 124 : at + 136].strip(b"0\0 ") == b""  # the header's field says 0
    got = _fifo(tmp_path, gzip.compress(data, mtime=0), config=CONFIG)
    assert _books(got) == REST
    line = _one_line(got, "memoirs.txt")
    assert line.error.startswith(f"the member is {len(HUGE.encode()):,} bytes, over")
    assert len(got) == 3  # every member: a document or a line


def test_the_held_pax_bytes_leave_out_the_member_and_its_record_says_0():
    data = _pax_tar(MEMBERS, {"memoirs.txt"})
    for piece in (7000, 511, 100_000):
        held, skim = _feed(data, piece)
        size = len(HUGE.encode())
        assert len(held) == len(data) - size - (-size % 512), piece
        assert list(skim.skipped.values()) == [size]
        with tarfile.open(fileobj=io.BytesIO(held), mode="r|") as tar:
            sizes = {i.name: i.size for i in tar}
        assert sizes["memoirs.txt"] == 0
        assert sizes["tolstoy.txt"] == len(SMALL["tolstoy.txt"].encode())
        assert f"size={'0' * len(str(size))}\n".encode() in held


def test_guard_a_pax_size_record_under_the_bound_is_held_exactly():
    members = [(n, SMALL[n].encode()) for n in SMALL]
    data = _pax_tar(members, {"hugo.txt", "grimm.txt"})
    held, skim = _feed(data, 999)
    assert held == data and not skim.skipped


def test_guard_a_long_named_jsonl_member_with_a_pax_size_is_held_and_read(tmp_path):
    texts = [SMALL[k] for k in SMALL] * 12
    records = "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    long = "a" * 120 + "/records.jsonl"
    data = _pax_tar([(long, records.encode())], {long})
    held, skim = _feed(data)
    assert held == data and not skim.skipped
    got = _fifo(tmp_path, gzip.compress(data, mtime=0), config=CONFIG)
    assert sorted(g.text for g in got if isinstance(g, Document)) == sorted(texts)


def test_an_old_gnu_sparse_member_over_the_bound_is_not_held(tmp_path):
    """Its extension block is followed, then its data is not held; base47: held to the
    archive bound, the rest of the archive one archive_too_large line."""
    rest = _tar(REST, format=tarfile.GNU_FORMAT)
    data = _old_gnu_sparse("memoirs.txt", HUGE.encode()) + rest
    held, skim = _feed(data)
    size = len(HUGE.encode())
    assert len(held) == len(data) - size - (-size % 512)
    assert list(skim.skipped.values()) == [size]
    got = _fifo(tmp_path, gzip.compress(data, mtime=0), config=CONFIG)
    assert _books(got) == REST
    _one_line(got, "memoirs.txt")
    assert len(got) == 3


def test_guard_an_old_gnu_sparse_member_under_the_bound_is_read_exactly(tmp_path):
    memoirs = HUGE.encode()[:3_000]  # under --max-doc-chars 4000
    data = _old_gnu_sparse("memoirs.txt", memoirs) + _tar(REST, format=tarfile.GNU_FORMAT)
    held, skim = _feed(data, 4096)
    assert held == data and not skim.skipped
    got = _fifo(tmp_path, gzip.compress(data, mtime=0), config=CONFIG)
    assert not [g for g in got if isinstance(g, Rejected)], got
    assert set(_books(got)) == {"memoirs.txt", *REST}


@pytest.mark.parametrize("piece", [7000, 512])
def test_guard_a_gnu_base_256_size_field_is_followed(tmp_path, piece):
    """GNU_FORMAT writes a size over 8 GiB in base 256 (0x80, then the number):
    tarfile's own parser reads it, so the skim follows it (base47 alike)."""
    books = {"grimm.txt": SMALL["grimm.txt"], "memoirs.txt": HUGE, **REST}
    data = bytearray(_tar(books, format=tarfile.GNU_FORMAT))
    at = 512 + -(-len(SMALL["grimm.txt"].encode()) // 512) * 512
    block = data[at : at + 512]
    block[124:136] = b"\x80" + len(HUGE.encode()).to_bytes(11, "big")
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    data[at : at + 512] = block
    data = bytes(data)
    held, skim = _feed(data, piece)
    assert list(skim.skipped.values()) == [len(HUGE.encode())]
    got = _fifo(tmp_path, gzip.compress(data, mtime=0), config=CONFIG)
    assert _books(got) == REST
    _one_line(got, "memoirs.txt")
