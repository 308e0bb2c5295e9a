"""Clauses ``remove_end_member_decompressed`` and ``remove_end_decompressed`` over every
container a reader accepts (session 36, wtC2; the Left of wtC's review: a compressed
member ``in/moby.txt.gz`` of ``books.tar`` got the member's ``truncate -s -N
in/moby.txt.gz``, which cuts the gzip trailer and last block of the member). One table:
plain, ``.gz``/``.bz2``/``.xz``/``.zst``, tar and zip members, compressed members, remote
files and remote archives, each with a zeroed end (``zeroed_tail_said``) and a UTF-16
stray end (``utf16_unmarked_odd_length`` / ``stray_end_text_said``); the fix line is
asserted word for word, and no line may name ``truncate`` on a compressed file or an
archive (a command that damages the user's file). Real text: Moby-Dick's opening."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import shlex
import zipfile

import pytest
import zstandard

from schemas import Rejected
from tests.reliability.test_input_streams import MOBY
from tests.tar_members import tar_bytes
from transforms.inputs import expand_inputs
from transforms.read import ReadConfig, read_file

ZEROED = MOBY.encode() + bytes(8192)  # zeroed_tail_said: truncate -s -8192
STRAY = MOBY.encode("utf-16") + b"\n"  # stray_end_text_said: truncate -s -1
CODECS = {
    "": (lambda b: b, ""),
    ".gz": (gzip.compress, "gzip"),
    ".bz2": (bz2.compress, "bzip2"),
    ".xz": (lzma.compress, "xz"),
    ".zst": (zstandard.ZstdCompressor().compress, "zstd"),
}
_DAMAGING = re.compile(r"truncate -s -\d+ ('[^']*'|\S+)")


def _zip(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, data)
    return out.getvalue()


def _local(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    (file,) = expand_inputs([str(path)])
    (got,) = read_file(file, ReadConfig(encoding="auto"))
    return got, shlex.quote(str(path))


def _remote(tmp_path, name, data):
    from tests.reliability.test_misnamed_remote import _read as _read_remote

    (got,) = _read_remote(name, data)
    return got, f"memory://misnamed35/{name}"


def _fix(where: str, suffix: str, stray: int, path: str) -> str:
    """The fix line each container must get."""
    them = "it" if stray == 1 else "them"
    cut = f"truncate -s -{stray}"
    tool = CODECS[suffix][1]
    member = f"in/moby.txt{suffix}"
    step = f"{tool} -dk {member}, {cut} on the text it writes, compress that again in its place"
    step = step if suffix else f"{cut} {member}"
    return {
        "file": f"remove {them} ({cut} {path})"
        if not suffix
        else f"remove {them} from the decompressed text ({tool} -dk {path}, {cut} on the "
        "text it writes, then compress that again in its place)",
        "remote": f"remove {them} ({cut} a copy of {path}, then put the copy in its place)"
        if not suffix
        else f"remove {them} from the decompressed text of a copy of {path} ({tool} -dk the "
        f"copy, {cut} on the text it writes, compress that again, then put it in its place)",
        "tar": f"remove {them} from member {member} of archive {path} (unpack it, {step}, "
        "pack it again)",
        "zip": f"remove {them} from member {member} of archive {path} (unpack it, {step}, "
        "pack it again)",
        "remote tar": f"remove {them} from member {member} of archive {path} (unpack a copy "
        f"of it, {step}, pack it again and put it in its place)",
    }[where]


CASES = [
    (where, suffix) for where in ("file", "remote", "tar", "zip", "remote tar") for suffix in CODECS
]


@pytest.mark.parametrize("where,suffix", CASES, ids=[f"{w}{s or '.txt'}" for w, s in CASES])
@pytest.mark.parametrize("data,stray", [(ZEROED, 8192), (STRAY, 1)], ids=["zeroed", "stray"])
def test_fix_line_every_container(tmp_path, where, suffix, data, stray):
    """Clauses ``remove_end_member_decompressed`` (a compressed member: the cut on its
    decompressed text, inside the unpacked archive) and ``remove_end_decompressed``: the
    exact fix line for each container, and never a ``truncate`` of a compressed file or
    an archive."""
    compress = CODECS[suffix][0]
    body, name = compress(data), f"moby.txt{suffix}"
    if where in ("tar", "remote tar"):
        body, name = tar_bytes({f"in/moby.txt{suffix}": body}), "books.tar"
    elif where == "zip":
        body, name = _zip(f"in/moby.txt{suffix}", body), "books.zip"
    got, path = (_remote if where.startswith("remote") else _local)(tmp_path, name, body)
    assert isinstance(got, Rejected), got
    assert got.reason == ("truncated_input" if stray == 8192 else "invalid_utf16")
    assert _fix(where, suffix, stray, path) in got.error
    for target in _DAMAGING.findall(got.error):
        bare = target.strip("'")
        assert not bare.endswith((".gz", ".bz2", ".xz", ".zst", ".tar", ".zip")), got.error
        assert not bare.startswith("memory://"), got.error
