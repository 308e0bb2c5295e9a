"""Session 46 (the Left of session 45's wtG): clause ``pipe_member_not_held``
(transforms/tar_skim.py, checked_units ``Checked(member_limit=...)``, archives ``_tar``).

A compressed tar through a pipe is held unit by unit until each gzip member's check
passes (clause ``damaged_tar_pipe``), up to the archive bound (100 x --max-doc-chars):
a one-file .tar.gz of 5 GB piped in needed 5 GB of temporary disk, though its member
is rejected ``member_too_large`` unread; past the bound the whole rest of the archive
was one ``archive_too_large`` line. Now the data of a member whose header says it is
over what a document can be (4 x --max-doc-chars bytes + 64 kB) is not held: the member
is one line, the other members are read. Real text (tests/data): Grimm, Hugo, Tolstoy,
the gettext manual, Dumas.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from functools import partial

import pytest

from schemas import Document, Rejected
from tests.tar_members import tar_bytes
from tests.transforms.test_tar_pipe_s45 import DATA, _damaged, _fd, _fifo
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file
from transforms.tar_skim import TarSkim, rejected_unread

SMALL = {
    "grimm.txt": (DATA / "de_grimm_froschkoenig.txt").read_text(encoding="utf-8")[:3000],
    "hugo.txt": (DATA / "fr_hugo_miserables_myriel.txt").read_text(encoding="utf-8")[:3000],
    "tolstoy.txt": (DATA / "ru_tolstoy_karenina_opening.txt").read_text(encoding="utf-8")[:3000],
}
DUMAS = (DATA / "en_gutenberg_dumas_memoirs_book.txt").read_text(encoding="utf-8")
CONFIG = ReadConfig(max_doc_chars=4000)  # a document: up to 4 x 4000 + 64 kB = 81,536 bytes
HUGE = (DUMAS * (1 + 600_000 // len(DUMAS)))[:600_000]  # 600 kB: past the archive bound too


_tar = partial(tar_bytes, format=tarfile.USTAR_FORMAT, mtime=1_700_000_000)


def _books(got: list) -> dict[str, str]:
    return {g.doc_id.rsplit("/", 1)[-1]: g.text for g in got if isinstance(g, Document)}


@pytest.mark.parametrize("fmt", [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT])
def test_a_member_over_a_document_is_not_held_and_the_rest_is_read(tmp_path, fmt):
    """base46: the huge member's bytes were held to the archive bound (400,000 bytes
    here), then one archive_too_large line: Tolstoy, after it, was lost."""
    books = {
        "grimm.txt": SMALL["grimm.txt"],
        "memoirs.txt": HUGE,
        "tolstoy.txt": SMALL["tolstoy.txt"],
    }
    got = _fifo(tmp_path, gzip.compress(_tar(books, format=fmt), mtime=0), config=CONFIG)
    assert _books(got) == {"grimm.txt": SMALL["grimm.txt"], "tolstoy.txt": SMALL["tolstoy.txt"]}
    (line,) = [g for g in got if isinstance(g, Rejected)]
    assert line.reason == "member_too_large" and line.doc_id.endswith("/memoirs.txt")
    assert line.error.startswith(f"the member is {len(HUGE.encode()):,} bytes, over --max-doc")
    assert "nor held on temporary disk (the archive's other members are read)" in line.error
    assert "\n" not in line.error
    assert len(got) == 3  # every member: a document or a line


def test_a_long_member_name_is_followed(tmp_path):
    """A GNU long name (over 100 characters) before the huge member and after it."""
    long = "a" * 120 + "/memoirs.txt"
    books = {long: HUGE, "b" * 110 + "/hugo.txt": SMALL["hugo.txt"]}
    got = _fifo(
        tmp_path, gzip.compress(_tar(books, format=tarfile.GNU_FORMAT), mtime=0), config=CONFIG
    )
    assert _books(got) == {"hugo.txt": SMALL["hugo.txt"]}
    (line,) = [g for g in got if isinstance(g, Rejected)]
    assert line.doc_id.endswith(long) and line.reason == "member_too_large"


def test_the_held_bytes_leave_out_the_member():
    books = {"grimm.txt": SMALL["grimm.txt"], "memoirs.txt": HUGE, "hugo.txt": SMALL["hugo.txt"]}
    data = _tar(books)
    skim = TarSkim(81_536)
    held = b"".join(skim.feed(data[i : i + 7000]) for i in range(0, len(data), 7000))
    size = len(HUGE.encode())
    assert len(held) == len(data) - size - (-size % 512)
    assert list(skim.skipped.values()) == [size]
    with tarfile.open(fileobj=io.BytesIO(held), mode="r|") as tar:
        sizes = {i.name: i.size for i in tar}
    assert sizes == {
        "grimm.txt": len(SMALL["grimm.txt"].encode()),
        "memoirs.txt": 0,
        "hugo.txt": len(SMALL["hugo.txt"].encode()),
    }


def test_guard_a_damaged_unit_still_keeps_nothing(tmp_path):
    books = {
        "grimm.txt": SMALL["grimm.txt"],
        "memoirs.txt": HUGE,
        "tolstoy.txt": SMALL["tolstoy.txt"],
    }
    got = _fifo(tmp_path, _damaged(gzip.compress(_tar(books), mtime=0), 0.95), config=CONFIG)
    assert not _books(got), "a member of a damaged unit kept"
    assert got[-1].reason == "corrupt_input"


def test_guard_a_jsonl_member_over_the_bound_is_held_and_read_record_by_record():
    assert not rejected_unread("dir/records.jsonl.gz") and not rejected_unread("a.parquet")
    assert rejected_unread("dir/memoirs.txt.gz") and rejected_unread("memoirs")
    data = _tar({"records.jsonl": "x" * 100_000})
    skim = TarSkim(81_536)
    assert skim.feed(data) == data and not skim.skipped


def test_guard_members_under_the_bound_are_read_exactly_through_dev_fd():
    got = _fd(gzip.compress(_tar(SMALL), mtime=0))
    assert _books(got) == SMALL


# Review (session 46): the bound itself, the names and sizes the skim follows.
ITHAKA = (DATA / "el_cavafy_ithaka.txt").read_text(encoding="utf-8")[:1500]
BOUND = 4 * 4000 + (64 << 10)  # CONFIG's document: 81,536 bytes


def _page(size: int) -> bytes:
    """Cavafy's *Ithaka* as a page of exactly ``size`` bytes (a style sheet fills it)."""
    body = "".join(f"<p>{p}</p>\n" for p in ITHAKA.split("\n\n") if p.strip())
    head = "<!DOCTYPE html>\n<html><head><title>Ithaka</title>\n<style>"
    tail = f"</style></head><body>\n{body}</body></html>\n"
    pad = size - len((head + tail).encode())
    page = (head + "p{margin:0}" * (pad // 11) + " " * (pad % 11) + tail).encode()
    assert len(page) == size
    return page


def _raw_tar(members: list[tuple[str, bytes]], fmt=tarfile.USTAR_FORMAT) -> bytes:
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w", format=fmt) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1_700_000_000
            tar.addfile(info, io.BytesIO(data))
    return sink.getvalue()


def _header_size(data: bytes, at: int, size: int) -> bytes:
    """``data`` with the size field of the header at byte ``at`` set to ``size``."""
    block = bytearray(data[at : at + 512])
    block[124:136] = b"%011o\0" % size
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return data[:at] + bytes(block) + data[at + 512 :]


def test_a_member_at_the_bound_is_read_exactly_and_one_byte_over_is_not_held(tmp_path):
    grimm, tolstoy = (SMALL[k].encode() for k in ("grimm.txt", "tolstoy.txt"))
    (tmp_path / "at").mkdir()
    (tmp_path / "over").mkdir()
    at = [("grimm.txt", grimm), ("page.txt", _page(BOUND)), ("tolstoy.txt", tolstoy)]
    got = _fifo(tmp_path / "at", gzip.compress(_raw_tar(at), mtime=0), config=CONFIG)
    assert all(isinstance(g, Document) for g in got) and len(got) == 3, got
    (page,) = [g for g in got if g.doc_id.endswith("/page.txt")]
    alone = tmp_path / "page.txt"
    alone.write_bytes(_page(BOUND))
    (file,) = expand_inputs([str(alone)])
    (read_alone,) = read_file(file, CONFIG)
    assert page.text == read_alone.text and "Ithaka" in page.text
    over = [at[0], ("page.txt", _page(BOUND + 1)), at[2]]
    got = _fifo(tmp_path / "over", gzip.compress(_raw_tar(over), mtime=0), config=CONFIG)
    assert _books(got) == {"grimm.txt": SMALL["grimm.txt"], "tolstoy.txt": SMALL["tolstoy.txt"]}
    (line,) = [g for g in got if isinstance(g, Rejected)]
    assert line.reason == "member_too_large"
    assert line.error.startswith(f"the member is {BOUND + 1:,} bytes, over --max-doc-chars x 4")
    assert "nor held on temporary disk" in line.error and "\n" not in line.error


@pytest.mark.parametrize("fmt", [tarfile.GNU_FORMAT, tarfile.PAX_FORMAT])
def test_a_long_named_jsonl_member_over_the_bound_is_read_record_by_record(tmp_path, fmt):
    """The name the skim asks is the long one (GNU long name, pax path): the header's
    own 100 bytes, "aaa...", do not say .jsonl."""
    texts = [SMALL[k] for k in SMALL] * 12  # 36 records: over 81,536 bytes, each a document
    records = "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    assert len(records.encode()) > BOUND
    long = "a" * 120 + "/records.jsonl"
    members = [(long, records.encode()), ("tolstoy.txt", SMALL["tolstoy.txt"].encode())]
    got = _fifo(tmp_path, gzip.compress(_raw_tar(members, fmt), mtime=0), config=CONFIG)
    assert not [g for g in got if isinstance(g, Rejected)], got
    assert sorted(g.text for g in got) == sorted(texts + [SMALL["tolstoy.txt"]])


def test_a_pax_size_record_is_the_size_not_the_headers_field(tmp_path):
    """A pax ``size`` record gives the member's size (tarfile reads it, not the ustar
    field): the skim does not follow that member, and the members after it are read."""
    grimm = SMALL["grimm.txt"].encode()
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, text in [("grimm.txt", grimm), ("hugo.txt", SMALL["hugo.txt"].encode())]:
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(text), 1_700_000_000
            if name == "grimm.txt":
                info.pax_headers = {"size": str(len(text))}
            tar.addfile(info, io.BytesIO(text))
    data = sink.getvalue()
    data = _header_size(data, 1024, 600_000)  # the ustar header after the pax header
    got = _fifo(tmp_path, gzip.compress(data, mtime=0), config=CONFIG)
    assert _books(got) == {"grimm.txt": SMALL["grimm.txt"], "hugo.txt": SMALL["hugo.txt"]}


def test_a_link_header_with_a_size_has_no_data_and_the_members_after_it_are_read(tmp_path):
    """tarfile reads no data after a link's header, whatever its size field says; the
    skim follows it so: it still sees the huge member after it (followed as data, that
    member was held, past the archive bound, and Tolstoy after it lost)."""
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        link = tarfile.TarInfo("again.txt")
        link.type, link.linkname, link.mtime = tarfile.LNKTYPE, "grimm.txt", 1_700_000_000
        tar.addfile(link)
        for name, text in [("grimm.txt", SMALL["grimm.txt"]), ("memoirs.txt", HUGE)]:
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(text.encode()), 1_700_000_000
            tar.addfile(info, io.BytesIO(text.encode()))
        info = tarfile.TarInfo("tolstoy.txt")
        info.size, info.mtime = len(SMALL["tolstoy.txt"].encode()), 1_700_000_000
        tar.addfile(info, io.BytesIO(SMALL["tolstoy.txt"].encode()))
    data = _header_size(sink.getvalue(), 0, 600_000)
    got = _fifo(tmp_path, gzip.compress(data, mtime=0), config=CONFIG)
    assert _books(got) == {"grimm.txt": SMALL["grimm.txt"], "tolstoy.txt": SMALL["tolstoy.txt"]}
    (line,) = [g for g in got if isinstance(g, Rejected)]
    assert line.doc_id.endswith("/memoirs.txt") and "nor held on temporary disk" in line.error


def _old_gnu_sparse(name: str, data: bytes) -> bytes:
    """An old GNU sparse member ("S") of ``data`` (six regions, two in an extension
    block after its header, as GNU tar writes one with many holes)."""
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w", format=tarfile.GNU_FORMAT) as tar:
        info = tarfile.TarInfo(name)
        info.size, info.mtime = len(data), 1_700_000_000
        tar.addfile(info, io.BytesIO(data))
    whole = sink.getvalue()
    block = bytearray(whole[:512])
    part = len(data) // 6
    regions = [(i * part, part if i < 5 else len(data) - 5 * part) for i in range(6)]
    block[156:157] = tarfile.GNUTYPE_SPARSE
    for i, (start, size) in enumerate(regions[:4]):
        block[386 + 24 * i : 410 + 24 * i] = b"%011o\0%011o\0" % (start, size)
    block[482] = 1  # an extension block follows
    block[483:495] = b"%011o\0" % len(data)
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    extension = bytearray(512)
    for i, (start, size) in enumerate(regions[4:]):
        extension[24 * i : 24 * i + 24] = b"%011o\0%011o\0" % (start, size)
    return bytes(block) + bytes(extension) + whole[512 : 512 + -(-len(data) // 512) * 512]


def test_an_old_gnu_sparse_member_turns_the_skim_off_and_the_rest_is_read(tmp_path):
    """Its extension block stands between its header and its data: not followed, the
    stream is held as before (the member over the bound, under the archive's, is still
    one line)."""
    memoirs = HUGE.encode()[:200_000]
    rest = _tar({"grimm.txt": SMALL["grimm.txt"], "hugo.txt": SMALL["hugo.txt"]})
    data = _old_gnu_sparse("memoirs.txt", memoirs) + rest
    with tarfile.open(fileobj=io.BytesIO(data), mode="r|") as tar:
        assert [(i.name, i.size) for i in tar][0] == ("memoirs.txt", len(memoirs))
    got = _fifo(tmp_path, gzip.compress(data, mtime=0), config=CONFIG)
    assert _books(got) == {"grimm.txt": SMALL["grimm.txt"], "hugo.txt": SMALL["hugo.txt"]}
    (line,) = [g for g in got if isinstance(g, Rejected)]
    assert line.reason == "member_too_large" and line.doc_id.endswith("/memoirs.txt")
