"""Clause ``member_zip_seekable`` (transforms/member_commands.py ``ZIP_SEEKABLE``,
``_stored``): the printed save of a damaged member of a ``.zip.gz`` / ``.zip.xz``
decompressed the whole archive to a temporary file first, so a small /tmp (or a
file-size limit) that could not hold the archive made the save fail although the
member's copy fits. Real text: Shakespeare's plays and "A Lover's Complaint"
(defaults/shakespeare, Gutenberg)."""

from __future__ import annotations

import gzip
import io
import lzma
import resource
import signal
import subprocess
import zipfile

import pytest

from tests.pipeline.test_member_save import TEXTS, _damaged, _decoded, _save

pytestmark = pytest.mark.skipif(not TEXTS.is_dir(), reason="run `make defaults`")

LIMIT = 1 << 20  # 1 MiB: the member's copy fits, the whole archive does not


def _limited():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


@pytest.mark.parametrize("codec", ["gz", "xz"])
def test_member_zip_seekable_saves_where_the_archive_would_not_fit(tmp_path, codec):
    """books.zip.gz (.xz): the damaged poems/lover.txt.gz and, after it, twelve plays
    (about 1.7 MB) stored. Writes are limited to 1 MiB a file, as a small /tmp would:
    the temporary copy of the zip failed ("nothing saved", exit 1); now zipfile reads
    through the codec's seekable file: the copy is the member's, exit 0."""
    plays = b"".join(p.read_bytes() for p in sorted(TEXTS.glob("*.txt"))[:12])
    member = _damaged((TEXTS / "lovers_complaint_gut.txt").read_bytes())
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as z:
        z.writestr("poems/lover.txt.gz", member)
        z.writestr("plays/all.txt", plays)  # stored: the zip is over the limit
    assert len(raw.getvalue()) > LIMIT
    archive = tmp_path / f"books.zip.{codec}"
    archive.write_bytes((gzip if codec == "gz" else lzma).compress(raw.getvalue()))
    save = _save(archive)
    assert "tempfile" not in save
    ran = subprocess.run(
        ["bash", "-c", save], cwd="/", capture_output=True, text=True, preexec_fn=_limited
    )
    assert ran.returncode == 0, ran.stderr
    assert (tmp_path / "books_poems_lover.unchecked.txt").read_bytes() == _decoded(member)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"books.zip.{codec}",
        "books_poems_lover.unchecked.txt",
    ]


@pytest.mark.parametrize("codec", ["gz", "xz"])
def test_member_zip_seekable_damaged_archive_gives_no_line(tmp_path, codec):
    """Review (session 27), clause member_zip_seekable_damaged: the listing of a
    ``.zip.xz`` whose xz data is damaged (40 bytes changed in its middle) raised
    ``LZMAError``, not an ``OSError`` (a broken deflate block gives ``zlib.error``): a
    traceback where the save line is made. Now no archive is found (None), so no member
    line. The ``.zip.gz`` case is a guard (its damage here is a CRC error, an OSError)."""
    from transforms.member_commands import _stored

    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as z:
        z.writestr(
            "plays/all.txt", b"".join(p.read_bytes() for p in sorted(TEXTS.glob("*.txt"))[:3])
        )
    packed = bytearray((gzip if codec == "gz" else lzma).compress(raw.getvalue()))
    for i in range(len(packed) // 2, len(packed) // 2 + 40):
        packed[i] ^= 0x5A
    archive = tmp_path / f"books.zip.{codec}"
    archive.write_bytes(bytes(packed))
    assert _stored(str(archive), archive.stat().st_mtime) is None
