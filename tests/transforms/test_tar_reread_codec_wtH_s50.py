"""Session 50 (branch wtH; the Left of session 49's wtG review): the codec-error branch
of a reading again (transforms/tar_archive.py ``_Read._covered``: a codec's own error,
``LZMAError``, while the members a damaged size field covered are read again from a
compressed tar, clause ``covered_compressed_read``) had no test, and its archive line
(clause ``reread_codec_said``) said only the first reading's "ReadError: a member header
is not a tar header": neither the damaged xz data nor the command that tests it.

The shape: a .tar.xz of two xz streams (``xz`` concatenates them; the check of each is
its own), the second damaged near its end; Hugo's size field covers Tolstoy's header and
lands inside Tolstoy's data, so the first reading stops there and the reading again
runs into the damaged stream. Tolstoy is stored in a legacy codec (cp1251, as many
Russian e-texts are): read again, it is one document with the intact archive's text.
Real text (tests/data): Grimm's *Froschkönig*, Hugo's *Les Misérables* (Myriel),
Tolstoy's *Anna Karenina* (opening), Dumas's *Memoirs*.
"""

from __future__ import annotations

import lzma
import tarfile

from schemas import Document, Rejected
from tests.tar_members import four_books, header_offsets, read_tar, tar_bytes, with_size

TEXTS = four_books()
MEMBERS = [(n, t.encode("cp1251") if n == "tolstoy.txt" else t) for n, t in TEXTS.items()]


def _two_streams(data: bytes, cut: int) -> bytes:
    return lzma.compress(data[:cut], preset=0) + lzma.compress(data[cut:], preset=0)


def test_a_reading_again_into_damaged_xz_data_says_so_and_what_to_do(tmp_path):
    whole = tar_bytes(MEMBERS, format=tarfile.USTAR_FORMAT, mtime=1_700_000_000)
    grimm, hugo, tolstoy, dumas = header_offsets(whole)
    intact = {
        g.doc_id.rsplit("/", 1)[-1]: g.text
        for g in read_tar(tmp_path / "whole", "books.tar.xz", _two_streams(whole, dumas))
    }
    assert intact["tolstoy.txt"].startswith("Все счастливые семьи")  # cp1251, read
    payload = bytearray(_two_streams(with_size(whole, hugo, tolstoy - hugo + 1024), dumas))
    payload[-40] ^= 0xFF  # inside the second stream (Dumas and the end blocks)
    got = read_tar(tmp_path / "damaged", "books.tar.xz", bytes(payload))
    ids = [g.doc_id.rsplit("/", 1)[-1] for g in got]
    assert ids == ["grimm.txt", "hugo.txt", "tolstoy.txt", "dumas.txt", "books.tar.xz"], got
    # written + rejected = 4 members + the archive's line for its rest
    assert got[0].text == intact["grimm.txt"] and got[2].text == intact["tolstoy.txt"]
    assert isinstance(got[2], Document)  # read again, in its legacy codec
    assert got[1].reason == "corrupt_archive" and "a damaged size field" in got[1].error
    assert isinstance(got[3], Rejected) and "may hold damaged bytes" in got[3].error
    line = got[4]
    assert line.reason == "corrupt_archive"
    assert (
        "could not be read on after 4 members (ReadError: the members read again after a "
        "damaged size field run into damaged xz data (LZMAError: Corrupt input data; "
        "`xz -t books.tar.xz` shows it)); it is damaged" in line.error
    ), line.error
    assert line.error.endswith("re-create or re-download it")
    texts = [g.text for g in got if isinstance(g, Document)]
    assert len(texts) == 2 and not any("\0" in t for t in texts)  # no text twice


def test_a_piped_reading_again_into_damaged_xz_data_says_so(tmp_path):
    """The same archive through a FIFO (clause covered_pipe_read: read again from the
    bytes held; the pipe's checked units give no byte of the damaged stream): Tolstoy
    (cp1251) read again from the held bytes, then the archive's line names the damaged xz
    stream; Dumas, in the damaged stream, is in that line (3 members + the line)."""
    whole = tar_bytes(MEMBERS, format=tarfile.USTAR_FORMAT, mtime=1_700_000_000)
    grimm, hugo, tolstoy, dumas = header_offsets(whole)
    payload = bytearray(_two_streams(with_size(whole, hugo, tolstoy - hugo + 1024), dumas))
    payload[-40] ^= 0xFF
    got = read_tar(tmp_path, "books.tar.xz", bytes(payload), fifo=True)
    ids = [g.doc_id.rsplit("/", 1)[-1] for g in got]
    assert ids == ["grimm.txt", "hugo.txt", "tolstoy.txt", "books.tar.xz"], got
    assert got[2].text.startswith("Все счастливые семьи")  # read again, in cp1251
    assert (
        "could not be read on after 3 members (ReadError: the members read again after a "
        "damaged size field run into damaged xz data (Damaged: LZMAError: Corrupt input "
        "data; `xz -t books.tar.xz` shows it))" in got[3].error
    ), got[3].error
