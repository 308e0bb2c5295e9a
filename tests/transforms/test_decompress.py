"""Decompression by file name that notices a stream cut short (Beam's does not)."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib

import pytest
import zstandard

from transforms.decompress import codec_of, decompressing, open_input

DATA = b"".join(b'{"id": %d, "text": "line %d of the file"}\n' % (i, i) for i in range(5000))
COMPRESS = {
    "gzip": lambda d: gzip.compress(d, mtime=0),
    "bz2": bz2.compress,
    "xz": lzma.compress,
    "zstd": zstandard.ZstdCompressor().compress,
    "deflate": zlib.compress,
}


@pytest.mark.parametrize("codec", COMPRESS)
def test_whole_streams_read_back_and_concatenated_ones_too(codec):
    whole = COMPRESS[codec](DATA)
    assert decompressing(io.BytesIO(whole), codec).read() == DATA
    if codec != "deflate":  # gzip members, bz2/xz streams, zstd frames: one after another
        two = COMPRESS[codec](DATA[:777]) + COMPRESS[codec](DATA[777:])
        assert decompressing(io.BytesIO(two), codec).read() == DATA


@pytest.mark.parametrize("codec", COMPRESS)
@pytest.mark.parametrize("keep", [0.1, 0.5, 0.99])
def test_a_truncated_stream_raises_at_the_cut(codec, keep):
    data = COMPRESS[codec](DATA)
    handle = decompressing(io.BytesIO(data[: int(len(data) * keep)]), codec)
    lines = []
    with pytest.raises(EOFError):
        for line in iter(handle.readline, b""):
            lines.append(line)
    assert len(lines) < 5000  # never the whole file, never silently


def test_codecs_by_name_and_beam_filesystem_open(tmp_path):
    assert [codec_of(n) for n in ("a.jsonl.GZ", "b.txt.zstd", "c.parquet", "d.txt.xz")] == [
        "gzip",
        "zstd",
        None,
        "xz",
    ]
    path = tmp_path / "x.jsonl.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(DATA)[:-3])
    with pytest.raises(EOFError), open_input(str(path)) as handle:
        handle.read()
