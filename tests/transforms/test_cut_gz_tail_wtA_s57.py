"""Session 57 review (branch wtA): clause ``cut_gz_tail_kept`` (transforms/tar_archive.py
``_tar``): a compressed tar FILE (.tar.gz, .tar.xz) whose codec stream is cut just after
its members' bytes (the gzip trailer / the xz index lost: an interrupted download) gave
base57 no member at all for a small archive ("could not be read on after 0 members") and
``truncated_input`` for the last member of a larger one, though every member's bytes are
whole in the stream: the buffered ``read(10240)`` tarfile makes raised the codec's
EOFError and dropped the bytes it had already decompressed. Now a file's stream is read
with one ``read1`` a call, as a pipe's was (clause damaged_tar_pipe). Clause
``cut_pipe_tail_kept`` (transforms/checked_units.py ``Checked._step``): through a pipe,
a tar's bytes after the last line end before the cut were held back (a JSONL rule), and a
whole last member not ending in a newline was lost. Now each whole member is a row; the
member the cut falls in is a ``truncated_input`` line; the archive's own line says it
is cut short. Real text: tests/data via
tests/tar_members.four_books (Grimm, Hugo, Tolstoy, Dumas), packed with tarfile USTAR.
"""

from __future__ import annotations

import gzip
import io
import lzma
import tarfile
import zlib

import pytest

from tests.tar_members import four_books, header_offsets, read_tar, tar_bytes

PACK = {
    "gz": (lambda raw: gzip.compress(raw, mtime=0), lambda: zlib.decompressobj(wbits=31)),
    "xz": (lzma.compress, lzma.LZMADecompressor),
}


def _cut_at(packed: bytes, codec: str, want: int) -> bytes:
    """The shortest prefix of ``packed`` that decompresses to ``want`` bytes or more."""
    low, high = 1, len(packed)
    while low < high:
        mid = (low + high) // 2
        got = len(PACK[codec][1]().decompress(packed[:mid]))
        low, high = (mid + 1, high) if got < want else (low, mid)
    return packed[:low]


def _read(tmp_path, texts: dict, codec: str, upto: int | None = None, fifo=False) -> list:
    from transforms.read import ReadConfig

    raw = tar_bytes(texts, format=tarfile.USTAR_FORMAT)
    last = tarfile.open(fileobj=io.BytesIO(raw)).getmembers()[-1]
    end = last.offset_data + -(-last.size // 512) * 512 if upto is None else upto
    cut = _cut_at(PACK[codec][0](raw), codec, end)
    assert len(cut) < len(PACK[codec][0](raw))  # the stream is cut short
    config = ReadConfig(max_doc_chars=1_000_000)
    return read_tar(tmp_path / "in", f"books.tar.{codec}", cut, config=config, fifo=fifo)


@pytest.mark.parametrize("fifo", [False, True], ids=["file", "pipe"])
@pytest.mark.parametrize("codec", ["gz", "xz"])
@pytest.mark.parametrize("size", ["small", "large"])
def test_members_before_a_cut_codec_tail_are_rows(tmp_path, temp_folder, codec, size, fifo):
    """small (four 3,000-character excerpts, ~14 KB of tar): base57 lost Dumas, the last
    (a file: ``cut_gz_tail_kept``; a pipe: ``cut_pipe_tail_kept``, its bytes after its
    last line end were held back); large (each excerpt repeated to ~40 KB, ~170 KB of
    tar): base57 said Dumas ``truncated_input`` (a file) though its bytes are whole."""
    texts = four_books() if size == "small" else {n: t * 40 for n, t in four_books().items()}
    got = _read(tmp_path, texts, codec, fifo=fifo)
    docs = [g for g in got if type(g).__name__ == "Document"]
    assert [d.doc_id.rsplit("/", 1)[-1] for d in docs] == list(texts), got
    assert [d.text for d in docs] == list(texts.values())
    lines = [g for g in got if type(g).__name__ != "Document"]
    assert len(lines) == 1 and lines[0].doc_id.endswith(f"books.tar.{codec}"), lines
    assert lines[0].reason == "truncated_input" and "cut short" in lines[0].error


@pytest.mark.parametrize("fifo", [False, True], ids=["file", "pipe"])
@pytest.mark.parametrize("codec", ["gz", "xz"])
def test_the_member_the_cut_falls_in_is_a_line(tmp_path, temp_folder, codec, fifo):
    """The stream cut in the middle of Dumas's data: the three before it are rows, Dumas a
    ``truncated_input`` line, then the archive's line (nothing lost, nothing invented)."""
    texts = {n: t * 40 for n, t in four_books().items()}
    raw = tar_bytes(texts, format=tarfile.USTAR_FORMAT)
    middle = header_offsets(raw)[-1] + 512 + len(texts["dumas.txt"].encode()) // 2
    got = _read(tmp_path, texts, codec, upto=middle, fifo=fifo)
    names = [g.doc_id.rsplit("/", 1)[-1] for g in got]
    assert names == ["grimm.txt", "hugo.txt", "tolstoy.txt", "dumas.txt", f"books.tar.{codec}"]
    assert [g.text for g in got[:3]] == list(texts.values())[:3]
    assert got[3].reason == "truncated_input" and got[4].reason == "truncated_input", got
