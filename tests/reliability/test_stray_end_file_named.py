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
        "remove it from "
        f"{tmp_path / 'books.tar'}/moby.txt in its archive (unpack it, truncate -s -1 moby.txt, "
        "pack it again);" in got.error
    ), got.error
    (piped,) = _through_a_pipe(UTF16)
    assert isinstance(piped, Rejected) and piped.reason == "invalid_utf16"
    assert "truncate" not in piped.error and "remove it where the stream" in piped.error
