"""Clause ``damaged_tar_members`` (transforms/tar_damage.py, session 44, wtG's review
Left): a .tar.gz whose gzip stream is damaged in its middle (40 zeroed bytes) kept the
members read before the failure as documents with garbled text, the archive's line
saying "the documents of those members are kept". Deflate damage decodes silently until
the gzip CRC at the end, so a member is used only when its bytes lie wholly in a part of
the stream whose check passed (an earlier gzip member); the others are rejected
``corrupt_archive`` with a line naming the archive, the member and the fix. Real text:
Grimm's *Froschkönig*, Hugo's *Les Misérables* (Myriel), Dumas' *Memoirs*, Cavafy."""

from __future__ import annotations

import gzip
import tarfile
from pathlib import Path

from schemas import Document, Rejected
from tests.tar_members import tar_bytes
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
BOOKS = {
    name: (DATA / name).read_text(encoding="utf-8")
    for name in (
        "de_grimm_froschkoenig.txt",
        "fr_hugo_miserables_myriel.txt",
        "en_gutenberg_dumas_memoirs_book.txt",
        "el_cavafy_ithaka.txt",
    )
}


def _damaged(data: bytes, at: float) -> bytes:
    bad = bytearray(data)
    i = int(len(bad) * at)
    bad[i : i + 40] = bytes(40)
    return bytes(bad)


def _read(path: Path, data: bytes):
    path.write_bytes(data)
    (file,) = expand_inputs([str(path)])
    got = list(read_file(file, ReadConfig()))
    assert path.read_bytes() == data  # the user's file untouched
    return got


def _check(got, names):
    """No document differs from its book; each member is a document or a rejection."""
    docs = {g.doc_id.split("/", 1)[1]: g.text for g in got if isinstance(g, Document)}
    for name, text in docs.items():
        assert text == BOOKS[name], name
    return docs, [g for g in got if isinstance(g, Rejected)]


def test_damaged_tar_gz_keeps_no_garbled_member(tmp_path):
    names = list(BOOKS)
    data = _damaged(
        gzip.compress(
            tar_bytes({n: BOOKS[n] for n in names}, format=tarfile.USTAR_FORMAT), mtime=0
        ),
        0.5,
    )
    got = _read(tmp_path / "books.tar.gz", data)
    docs, rejected = _check(got, names)
    assert not docs  # one gzip member: no part of the stream passed its check
    members = [r for r in rejected if r.doc_id != "books.tar.gz"]
    assert members and all(r.reason == "corrupt_archive" for r in members)
    first = members[0]
    assert first.doc_id == f"books.tar.gz/{names[0]}"
    assert first.error.startswith(
        f"member {names[0]} of archive {tmp_path / 'books.tar.gz'} may hold damaged bytes: "
        "the archive's gzip stream fails its check ("
    )
    assert first.error.endswith(
        "re-create or re-download the archive (gzip -t books.tar.gz tests it)"
    )
    # the archive's own line: the gzip check that failed (nothing else of it is kept)
    (archive,) = [r for r in rejected if r.doc_id == "books.tar.gz"]
    assert archive.reason == "corrupt_input" and "CRC check failed" in archive.error
    assert {r.doc_id for r in members} <= {f"books.tar.gz/{name}" for name in names}


def test_members_before_the_damage_kept(tmp_path):
    """Two gzip members (the tar's first two books, then the rest): the second is
    damaged; the first's books lie in a part that passed its CRC and are read exactly."""
    names = list(BOOKS)
    tar = tar_bytes({n: BOOKS[n] for n in names}, format=tarfile.USTAR_FORMAT)
    cut = 512 * 2 + -(-len(BOOKS[names[0]].encode()) // 512) * 512
    cut += -(-len(BOOKS[names[1]].encode()) // 512) * 512
    data = gzip.compress(tar[:cut], mtime=0) + _damaged(gzip.compress(tar[cut:], mtime=0), 0.5)
    got = _read(tmp_path / "books.tgz", data)
    docs, rejected = _check(got, names)
    assert sorted(docs) == sorted(names[:2])
    reasons = {r.doc_id: r.reason for r in rejected}
    assert reasons[f"books.tgz/{names[2]}"] == "corrupt_archive"
    assert reasons["books.tgz"] == "corrupt_input"


def test_whole_tar_gz_reads_every_member(tmp_path):
    """Guard: a whole .tar.gz reads every member exactly, as before."""
    names = list(BOOKS)
    data = gzip.compress(
        tar_bytes({n: BOOKS[n] for n in names}, format=tarfile.USTAR_FORMAT), mtime=0
    )
    docs, rejected = _check(_read(tmp_path / "whole.tar.gz", data), names)
    assert sorted(docs) == sorted(names) and not rejected
