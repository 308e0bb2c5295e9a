"""Archives through a pipe, and damage inside an archive's members (session 20, wtG;
docs/QUALITY.md "Archives through pipes, damage inside archives, training outputs").

Each test names its clause; counts reconcile: every member read is one document or
one rejection, and the damaged member's rejection says what is wrong with it."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import threading
import zipfile

import pytest

from schemas import Document, Rejected
from tests.tar_members import tar_bytes
from transforms.read import ReadConfig, expand_inputs, read_file

# Short excerpts of real books (public domain), one per member.
BOOKS = {
    "austen.txt": (
        "It is a truth universally acknowledged, that a single man in possession of a good "
        "fortune, must be in want of a wife. However little known the feelings or views of "
        "such a man may be on his first entering a neighbourhood, this truth is so well fixed "
        "in the minds of the surrounding families, that he is considered the rightful property "
        "of some one or other of their daughters."
    ),
    "melville.txt": (
        "Call me Ishmael. Some years ago, never mind how long precisely, having little or no "
        "money in my purse, and nothing particular to interest me on shore, I thought I would "
        "sail about a little and see the watery part of the world. It is a way I have of "
        "driving off the spleen and regulating the circulation."
    ),
    "dickens.txt": (
        "It was the best of times, it was the worst of times, it was the age of wisdom, it "
        "was the age of foolishness, it was the epoch of belief, it was the epoch of "
        "incredulity, it was the season of Light, it was the season of Darkness, it was the "
        "spring of hope, it was the winter of despair."
    ),
}


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _books() -> dict[str, bytes]:
    return {name: text.encode() for name, text in BOOKS.items()}


def _through_a_pipe(data: bytes) -> list:
    """``read_file`` of ``--input /dev/fd/N`` (what ``<(cat books.tar)`` names), the
    bytes written by a thread as ``cat`` would (more than a pipe's buffer may hold)."""
    read_end, write_end = os.pipe()

    def write():
        with os.fdopen(write_end, "wb") as f:
            f.write(data)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        return [i for f in expand_inputs([f"/dev/fd/{read_end}"]) for i in read_file(f)]
    finally:
        writer.join()
        os.close(read_end)


def _texts(items) -> dict[str, str]:
    return {d.doc_id.rsplit("/", 1)[-1]: d.text for d in items if isinstance(d, Document)}


# ------------------------------------------------------------ pipe_archive_read
@pytest.mark.parametrize(
    "pack, compress",
    [
        (tar_bytes, None),
        (tar_bytes, gzip.compress),  # <(cat books.tar.gz): clause pipe_codec_by_content
        (tar_bytes, bz2.compress),
        (tar_bytes, lzma.compress),
        (_zip, None),  # a zip needs seeks: spooled
    ],
)
def test_an_archive_through_a_pipe_is_read_member_by_member(pack, compress):
    """Clause ``pipe_archive_read`` (and ``pipe_codec_by_content`` for the compressed
    ones): before, a tar or zip through a pipe was one ``archive_input`` rejection
    (the pipe is read once, so nothing looked at its first bytes), a .tar.gz an
    ``invalid_utf8`` "it is binary (an image, a font...)": no book of it was read."""
    data = pack(_books())
    if compress:
        data = compress(data)
    items = _through_a_pipe(data)
    assert [i for i in items if isinstance(i, Rejected)] == []
    assert _texts(items) == BOOKS
    assert all("/" in i.doc_id for i in items)  # ids ARCHIVE/MEMBER, as for a file


def test_a_compressed_text_through_a_pipe_is_decompressed():
    """Clause ``pipe_codec_by_content``: ``cat book.txt.gz | longctx dataset --input
    /dev/stdin``: the pipe's name says nothing, its magic bytes say gzip (before: one
    ``invalid_utf8`` rejection, "it is binary (an image, a font, an e-book...)")."""
    text = BOOKS["austen.txt"]
    (doc,) = _through_a_pipe(gzip.compress(text.encode()))
    assert isinstance(doc, Document) and doc.text == text


def test_a_text_through_a_pipe_is_still_read_whole():
    """Guard for ``pipe_read_once``: the first 512 bytes looked at are put back."""
    text = "\n\n".join(BOOKS.values()) * 3
    assert len(text) > 512
    (doc,) = _through_a_pipe(text.encode())
    assert isinstance(doc, Document) and doc.text == text


@pytest.mark.parametrize("compress", [None, gzip.compress])
def test_an_empty_tar_through_a_pipe_is_one_empty_archive_rejection(compress):
    """Clause ``pipe_empty_tar`` (session 20 review): ``tar -cf - -T /dev/null | longctx
    dataset --input -`` is 10,240 zero bytes, no magic; as a file it is known by its name
    (clause ``empty_archive``), through a pipe it was read as one document of 10,240 NULs
    (and later an ``empty_text`` "fix the reader for its format"). Now one
    ``empty_archive`` rejection; a short real text through a pipe is still read."""
    data = tar_bytes({})
    assert data == bytes(len(data)) and len(data) >= 1024  # what tarfile writes: zeros only
    (r,) = _through_a_pipe(compress(data) if compress else data)
    assert isinstance(r, Rejected) and r.reason == "empty_archive", r
    assert "holds no file" in r.error
    (doc,) = _through_a_pipe(BOOKS["melville.txt"][:80].encode())
    assert isinstance(doc, Document) and doc.text == BOOKS["melville.txt"][:80]


def test_a_zip_through_a_pipe_too_large_to_copy_says_to_save_it_not_to_decompress_it():
    """Clause ``pipe_zip_fix`` (session 20 review): a zip through a pipe must be copied
    to be read (it needs seeks); one over the bound was told to "decompress it" (the
    fix for a .zip.gz), which a zip through a pipe does not need."""
    big = {name: (text + "\n") * 120 for name, text in BOOKS.items()}
    data = _zip({name: text.encode() for name, text in big.items()}, zipfile.ZIP_STORED)
    config = ReadConfig(max_doc_chars=1000)
    assert len(data) > config.max_input_bytes
    read_end, write_end = os.pipe()
    writer = threading.Thread(target=lambda: _write_all(write_end, data))
    writer.start()
    try:
        items = [i for f in expand_inputs([f"/dev/fd/{read_end}"]) for i in read_file(f, config)]
    finally:
        writer.join()
        os.close(read_end)
    (r,) = items
    assert isinstance(r, Rejected) and r.reason == "archive_too_large", r
    assert "save it to a file, unzip it" in r.error and "decompress" not in r.error


def _write_all(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as f:
        try:
            f.write(data)
        except BrokenPipeError:  # the reader stopped at the bound
            pass


def test_a_7z_through_a_pipe_says_to_save_and_extract_it():
    """Clause ``pipe_archive_hint``: a 7z (no reader in Python) through a pipe is one
    ``archive_input`` rejection that does not name the pipe in its command."""
    data = b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(200)
    (r,) = _through_a_pipe(data)
    assert isinstance(r, Rejected) and r.reason == "archive_input"
    assert "through a pipe" in r.error and "7z x books.7z -obooks" in r.error


# ------------------------------------------------------------ damage inside members
def _damaged_gzip_members() -> dict[str, bytes]:
    good = gzip.compress(BOOKS["melville.txt"].encode())
    cut = gzip.compress(BOOKS["dickens.txt"].encode())
    crc = bytearray(gzip.compress(BOOKS["dickens.txt"].encode()))
    crc[-6] ^= 0xFF  # the CRC-32 at the end of the member
    return {
        "austen.txt": BOOKS["austen.txt"].encode(),
        "melville.txt.gz": good,
        "cut.txt.gz": cut[: len(cut) // 2],
        "crc.txt.gz": bytes(crc),
        "garbage.txt.gz": b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4,
    }


@pytest.mark.parametrize("pack", [tar_bytes, _zip])
def test_a_damaged_gzip_inside_an_archive_is_one_rejection_the_others_kept(tmp_path, pack):
    """Clause ``damaged_compression``: a CRC-damaged and a garbage .gz member are each
    one ``corrupt_input`` rejection that says the member's gzip data is damaged and how
    to see it (before: ``unreadable_file`` "BadGzipFile: CRC check failed ..." and
    ``corrupt_archive`` "error: Error -3 ...", which blamed the archive, whose other
    members are whole); a cut one is ``truncated_input``; the good members are read,
    and members = documents + rejections."""
    members = _damaged_gzip_members()
    path = tmp_path / ("books.tar" if pack is tar_bytes else "books.zip")
    path.write_bytes(pack(members))
    items = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    rejected = {r.doc_id.rsplit("/", 1)[-1]: r for r in items if isinstance(r, Rejected)}
    assert _texts(items) == {
        "austen.txt": BOOKS["austen.txt"],
        "melville.txt.gz": BOOKS["melville.txt"],
    }
    assert set(rejected) == {"cut.txt.gz", "crc.txt.gz", "garbage.txt.gz"}
    assert len(items) == len(members)
    assert rejected["cut.txt.gz"].reason == "truncated_input"
    for name in ("crc.txt.gz", "garbage.txt.gz"):
        assert rejected[name].reason == "corrupt_input", rejected[name]
        assert "gzip data is damaged" in rejected[name].error
        said = rejected[name].error  # clause member_commands_extract: out of the archive
        assert f" {name} | gzip -t`" in said and "\n" not in said, said


@pytest.mark.parametrize("codec", ["gz", "bz2", "xz"])
def test_a_damaged_compressed_jsonl_gives_no_record_of_damaged_text(tmp_path, codec):
    """Clause ``damaged_compression`` on a file: one byte flipped in a compressed JSONL
    file. gzip checks its CRC only at the end, so before the clause 320 of 1,200
    records came out with changed text ("it 9as the"), 36 ``invalid_json``, and then
    an ``unreadable_file`` "BadGzipFile: CRC check failed"; bzip2 gave garbage lines.
    Now the file is verified first: one ``corrupt_input`` rejection, no record of
    damaged text, and the message says how to see the damage."""
    import json

    compress = {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}[codec]
    lines = [
        json.dumps({"id": f"{name}-{i}", "text": text}) + "\n"
        for i in range(400)
        for name, text in BOOKS.items()
    ]
    data = bytearray(compress("".join(lines).encode()))
    data[len(data) * 3 // 4] ^= 0xFF
    path = tmp_path / f"books.jsonl.{codec}"
    path.write_bytes(bytes(data))
    items = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    (r,) = items
    assert isinstance(r, Rejected) and r.reason == "corrupt_input", r
    assert "data is damaged" in r.error and "nothing of it is kept" in r.error
    assert f"-t books.jsonl.{codec}" in r.error


def test_a_cut_compressed_jsonl_still_keeps_its_records_before_the_cut(tmp_path):
    """Guard for ``damaged_compression``: a stream cut short is not damage; its
    records before the cut are whole and kept (``truncated_input``)."""
    import json

    lines = [json.dumps({"id": f"r{i}", "text": BOOKS["austen.txt"]}) + "\n" for i in range(300)]
    data = gzip.compress("".join(lines).encode())
    path = tmp_path / "books.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]
    docs = [i for i in items if isinstance(i, Document)]
    assert items[-1].reason == "truncated_input" and len(docs) == len(items) - 1 > 0
    assert all(d.text == BOOKS["austen.txt"] for d in docs)


# ------------------------------------------------------------ dash_is_stdin
READ_STDIN = """
import json
from transforms.read import expand_inputs, read_file
try:
    items = [i for f in expand_inputs(["-"]) for i in read_file(f)]
except Exception as e:
    print(json.dumps({"error": f"{type(e).__name__}: {e}"}))
else:
    print(json.dumps({"ids": [i.doc_id for i in items], "texts": [i.text for i in items]}))
"""


def _stdin_read(before: str = "", **stdin) -> dict:
    """``expand_inputs(["-"])`` and ``read_file`` in a fresh process whose standard
    input is ``stdin`` (``input=`` bytes through a pipe, or ``stdin=`` a descriptor),
    after the Python lines ``before``."""
    import json
    import subprocess
    import sys

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    done = subprocess.run(
        [sys.executable, "-c", before + READ_STDIN],
        capture_output=True,
        cwd=root,
        timeout=120,
        env={**os.environ, "PYTHONPATH": root},
        **stdin,
    )
    return json.loads(done.stdout.decode().strip().splitlines()[-1])


def test_input_dash_reads_an_archive_piped_to_the_standard_input():
    """Clause ``dash_is_stdin``: ``cat books.tar.gz | longctx dataset --input -`` was
    "input pattern '-' matched no files"; now it reads the standard input as a pipe,
    the archive member by member (clauses pipe_archive_read, pipe_codec_by_content)."""
    got = _stdin_read(input=gzip.compress(tar_bytes(_books())))
    assert "error" not in got, got
    assert sorted(got["texts"]) == sorted(BOOKS.values())
    assert all(i.startswith("stdin/") for i in got["ids"])


def test_input_dash_redirected_from_a_compressed_archive_file_reads_its_members(tmp_path):
    """Clause ``dash_stdin_file`` (session 20 review): ``longctx dataset --input - <
    books.tar.gz`` gives a regular file on the standard input, not a pipe, so clause
    ``pipe_codec_by_content`` never looked at it and ``/dev/stdin`` has no suffix: it
    was one ``invalid_utf8`` rejection "it is binary". Now it is read as the file."""
    path = tmp_path / "books.tar.gz"
    path.write_bytes(gzip.compress(tar_bytes(_books())))
    with open(path, "rb") as f:
        got = _stdin_read(stdin=f)
    assert "error" not in got, got
    assert sorted(got["texts"]) == sorted(BOOKS.values())
    assert all(i.startswith("stdin/") for i in got["ids"]), got["ids"]  # clause stdin_ids


def test_input_dash_ids_are_the_same_piped_or_redirected(tmp_path):
    """Clause ``stdin_ids``: the ids of documents from ``--input -`` are ``stdin/<member>``
    however the standard input is given: ``cat books.tar.gz | ... --input -`` gave
    ``stdin/austen.txt``, ``... --input - < books.tar.gz`` gave ``books.tar.gz/austen.txt``
    (the redirected file's name), so the same data built twice had other ids."""
    data = gzip.compress(tar_bytes(_books()))
    path = tmp_path / "books.tar.gz"
    path.write_bytes(data)
    piped = _stdin_read(input=data)
    with open(path, "rb") as f:
        redirected = _stdin_read(stdin=f)
    assert sorted(piped["ids"]) == sorted(redirected["ids"]), (piped, redirected)
    assert sorted(i.split("/", 1)[1] for i in piped["ids"]) == sorted(_books())
    assert all(i.startswith("stdin/") for i in piped["ids"])


def test_input_dash_from_a_terminal_is_one_line_saying_to_pipe_the_documents_in():
    """Clause ``dash_is_stdin``: a terminal on the standard input would make the build
    wait for typing; it is a one-line error instead."""
    import pty

    controller, terminal = pty.openpty()
    try:
        got = _stdin_read(stdin=terminal)
    finally:
        os.close(controller)
        os.close(terminal)
    assert got["error"].startswith("UserError: --input - reads the standard input")
    assert "cat books.tar.gz | longctx dataset --input -" in got["error"]


def test_input_dash_with_the_standard_input_closed_is_one_line():
    """Clause ``dash_stdin_closed`` (session 20 review): ``longctx dataset --input - <&-``
    (no standard input at all, as under some job schedulers) was a traceback
    "OSError: [Errno 9] Bad file descriptor"; it is the one-line error."""
    got = _stdin_read("import os; os.close(0)\n")
    assert got["error"].startswith("UserError: --input - reads the standard input, which is closed")
