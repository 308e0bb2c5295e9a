"""Clause ``stray_end_file_named`` (session 35, transforms/read_text.py ``remove_end``;
the Left of session-34-wtC2): the rejection of clause ``stray_end_text_said`` (a
UTF-16/32 text with a byte order mark ending in `echo`'s newline after its last whole
line) said ``truncate -s -1 FILE``, and ``-1`` also for UTF-32's two stray bytes
``\\r\\n``. It names the file as on disk (quoted for the shell), the number of bytes,
and for an archive member or a pipe where the bytes are. Moby-Dick's opening (pg2701)."""

from __future__ import annotations

import codecs
import io
import shlex
import tarfile

from schemas import Rejected
from tests.reliability.test_input_streams import MOBY, _through_a_pipe
from tests.tar_members import write_tar
from transforms.inputs import expand_inputs
from transforms.read import read_file

TEXT = MOBY.rstrip("\n") + "\n"
UTF16 = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le") + b"\n"
UTF32 = codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le") + b"\r\n"


def _one(path) -> Rejected:
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file)
    assert isinstance(got, Rejected) and got.reason == "invalid_utf16", got
    return got


def test_stray_end_file_named(tmp_path):
    """A local file: its path in the command; UTF-32's "\\r\\n": 2 bytes, -2."""
    path = tmp_path / "Moby Dick.txt"
    path.write_bytes(UTF16)
    got = _one(path)
    assert got.error == (
        "the UTF-16 file ends in 1 byte after its last whole line: if `echo >>` added it, "
        f"remove it (truncate -s -1 {shlex.quote(str(path))}); if the file was cut inside a "
        "blank line, the rest of it is missing: get the file whole"
    )
    path.write_bytes(UTF32)
    got = _one(path)
    assert got.error.startswith(
        "the UTF-32 file ends in 2 bytes after its last whole line: if `echo >>` added "
        f"them, remove them (truncate -s -2 {shlex.quote(str(path))});"
    )
    assert path.read_bytes() == UTF32  # never touched


def test_stray_end_file_named_not_on_disk(tmp_path):
    """An archive member: the member's name and its archive; a pipe: no truncate of a
    path that is no file (/dev/fd/63)."""
    with tarfile.open(tmp_path / "books.tar", "w") as tar:
        info = tarfile.TarInfo("moby.txt")
        info.size = len(UTF16)
        tar.addfile(info, io.BytesIO(UTF16))
    got = _one(tmp_path / "books.tar")
    assert (
        "remove it from member moby.txt of archive "
        f"{tmp_path / 'books.tar'} (unpack it, truncate -s -1 moby.txt, "
        "pack it again);" in got.error
    ), got.error
    (piped,) = _through_a_pipe(UTF16)
    assert isinstance(piped, Rejected) and piped.reason == "invalid_utf16"
    assert "truncate" not in piped.error and "remove it where the stream" in piped.error


def test_odd_length_member_named(tmp_path):
    """Clause ``odd_length_member_named``: mark-less UTF-16/32 with a stray end byte in a
    tar named ``truncate -s -1 '/p/books.tar/in/moby dick.txt'`` (no such path on disk);
    now the member, its archive and the fix there. The archive is left unchanged."""
    tar = tmp_path / "books.tar"
    for codec, head in [
        ("utf-16-le", "the file is UTF-16LE without a byte order mark but has an odd number"),
        ("utf-32-be", "the file is UTF-32BE without a byte order mark but its "),
    ]:
        write_tar(tar, {"in/moby dick.txt": TEXT.encode(codec) + b"\n"})
        before = tar.read_bytes()
        got = _one(tar)
        assert got.error.startswith(head), got.error
        assert ("if `echo >>` or an editor added the byte, " if "16" in codec else "added it, ") + (
            "remove it from member 'in/moby dick.txt' of archive "
            f"{tar} (unpack it, truncate -s -1 'in/moby dick.txt', pack it again); if the "
            "file was cut short, get it whole"
        ) in got.error, got.error
        assert str(tar / "in") not in got.error and tar.read_bytes() == before


def test_odd_length_member_named_guards(tmp_path):
    """What must stay: a local file's command names its path as on disk."""
    path = tmp_path / "moby dick.txt"
    path.write_bytes(TEXT.encode("utf-16-le") + b"\n")
    got = _one(path)
    assert f"remove it (truncate -s -1 {shlex.quote(str(path))}); if the file" in got.error
