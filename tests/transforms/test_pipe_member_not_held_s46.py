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
import tarfile

import pytest

from schemas import Document, Rejected
from tests.transforms.test_tar_pipe_s45 import DATA, _damaged, _fd, _fifo
from transforms.read import ReadConfig
from transforms.tar_skim import TarSkim, rejected_unread

SMALL = {
    "grimm.txt": (DATA / "de_grimm_froschkoenig.txt").read_text(encoding="utf-8")[:3000],
    "hugo.txt": (DATA / "fr_hugo_miserables_myriel.txt").read_text(encoding="utf-8")[:3000],
    "tolstoy.txt": (DATA / "ru_tolstoy_karenina_opening.txt").read_text(encoding="utf-8")[:3000],
}
DUMAS = (DATA / "en_gutenberg_dumas_memoirs_book.txt").read_text(encoding="utf-8")
CONFIG = ReadConfig(max_doc_chars=4000)  # a document: up to 4 x 4000 + 64 kB = 81,536 bytes
HUGE = (DUMAS * (1 + 600_000 // len(DUMAS)))[:600_000]  # 600 kB: past the archive bound too


def _tar(books: dict[str, str], fmt=tarfile.USTAR_FORMAT) -> bytes:
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode="w", format=fmt) as tar:
        for name, text in books.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1_700_000_000
            tar.addfile(info, io.BytesIO(data))
    return sink.getvalue()


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
    got = _fifo(tmp_path, gzip.compress(_tar(books, fmt), mtime=0), config=CONFIG)
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
    got = _fifo(tmp_path, gzip.compress(_tar(books, tarfile.GNU_FORMAT), mtime=0), config=CONFIG)
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
