"""Open an input file, decompressing by its name, and fail on a truncated stream.

Beam's own decompression (``CompressionTypes.AUTO``) stops quietly where a ``.gz``
or ``.zst`` file is cut short, so the records after the cut vanish and the build
looks complete. Here the raw bytes come from Beam's ``FileSystems`` (any
filesystem) and are decompressed with the codec's own library, which knows where
its stream must end: a stream that ends before its end marker raises
``EOFError`` at the read that reaches the cut (the reader turns it into a
``truncated_input`` rejection).

Codecs by suffix: ``.gz``/``.gzip``/``.tgz`` (gzip, several members allowed), ``.bz2``,
``.xz``/``.lzma``, ``.zst``/``.zstd`` (several frames allowed), ``.deflate``
(zlib). Cost: the codec's own speed; memory is a read buffer per file.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import posixpath
import zlib

CODECS = {
    ".gz": "gzip",
    ".gzip": "gzip",
    ".tgz": "gzip",
    ".bz2": "bz2",
    ".xz": "xz",
    ".lzma": "xz",
    ".zst": "zstd",
    ".zstd": "zstd",
    ".deflate": "deflate",
}
READ_SIZE = 1 << 20


def codec_of(path: str) -> str | None:
    """The codec a file name asks for, or None for an uncompressed file."""
    name = posixpath.basename(path).lower()
    for suffix, codec in CODECS.items():
        if name.endswith(suffix):
            return codec
    return None


def strip_codec_suffix(name: str) -> str:
    lower = name.lower()
    for suffix in CODECS:
        if lower.endswith(suffix):
            return lower[: -len(suffix)]
    return lower


class _Decompressing(io.RawIOBase):
    """A raw stream over ``new_decompressor()`` objects (zstd, zlib) that checks each
    frame reached its end; concatenated frames are read one after another."""

    def __init__(self, raw, new_decompressor, codec: str):
        self._raw = raw
        self._new = new_decompressor
        self._codec = codec
        self._d = new_decompressor()
        self._pending = b""
        self._offset = 0
        self._in_frame = False  # bytes of the current frame were fed

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._offset >= len(self._pending):
            chunk = self._raw.read(READ_SIZE)
            if not chunk:
                if self._in_frame and not self._d.eof:
                    raise EOFError(
                        f"{self._codec} stream ended before its end marker (the file is truncated)"
                    )
                return 0
            out = []
            while chunk:
                if self._d.eof:
                    self._d = self._new()
                self._in_frame = True
                out.append(self._d.decompress(chunk))
                chunk = self._d.unused_data if self._d.eof else b""
            self._pending, self._offset = b"".join(out), 0
        n = min(len(buffer), len(self._pending) - self._offset)
        buffer[:n] = self._pending[self._offset : self._offset + n]
        self._offset += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def _zstd_decompressor():
    import zstandard

    return zstandard.ZstdDecompressor().decompressobj()


def decompressing(raw, codec: str | None):
    """A buffered binary file over ``raw`` (a binary file object) for ``codec``."""
    if codec is None:
        return raw
    if codec == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if codec == "bz2":
        return bz2.BZ2File(raw, mode="rb")
    if codec == "xz":
        return lzma.LZMAFile(raw, mode="rb")
    if codec == "zstd":
        return io.BufferedReader(_Decompressing(raw, _zstd_decompressor, "zstd"), READ_SIZE)
    if codec == "deflate":
        return io.BufferedReader(_Decompressing(raw, zlib.decompressobj, "deflate"), READ_SIZE)
    raise ValueError(f"unknown codec {codec!r}")


_TRAILING: dict[str, str] = {}  # path -> message, clause gzip_trailing_garbage


class _UntilGarbage(io.RawIOBase):
    """Clause ``gzip_trailing_garbage``: a ``.gz`` input whose whole gzip members
    (each one's CRC checked) are followed by bytes that are no gzip member (an
    appended signature, a broken upload) ends there, as gzip(1) reads it ("trailing
    garbage ignored"), instead of raising ``BadGzipFile`` (a text file was lost whole);
    :func:`trailing_garbage` then says so. Trailing zeros were read before, as now."""

    def __init__(self, gz, path: str):
        self._gz, self._path, self._count, self._done = gz, path, 0, False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._done:
            return 0
        try:
            data = self._gz.read1(len(buffer))
        except gzip.BadGzipFile as e:
            if not self._count or not str(e).startswith("Not a gzipped file"):
                raise  # nothing whole before it, or a member's own damage
            self._done = True
            _TRAILING[self._path] = (
                f"the file goes on after its gzip data with bytes that are not gzip "
                f"(they start {str(e)[20:-1]}): the {self._count:,} bytes before "
                "them (decompressed) were read, those bytes were not; re-create or re-download it"
            )
            return 0
        buffer[: len(data)] = data
        self._count += len(data)
        return len(data)

    def close(self) -> None:
        self._gz.close()
        super().close()


def trailing_garbage(path: str) -> str | None:
    """The message of clause ``gzip_trailing_garbage`` for the input ``path`` when
    its reading stopped at bytes after its gzip data (once: the message is taken)."""
    return _TRAILING.pop(path, None)


def open_input(path: str):
    """``path`` (local or any Beam filesystem) as a binary file, decompressed by name."""
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    raw = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
    handle = decompressing(raw, codec_of(path))
    if codec_of(path) == "gzip":  # clause gzip_trailing_garbage
        return io.BufferedReader(_UntilGarbage(handle, path), READ_SIZE)
    return handle
