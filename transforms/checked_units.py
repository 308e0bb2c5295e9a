"""Keep what a damaged compressed JSONL file provably holds (clause ``checked_units``).

A compressed stream is a run of *units*, each with its own check: a gzip member
(CRC-32), a bzip2 stream (block and stream CRCs), an xz stream (CRC-32/64 or
SHA-256), a zstd frame (XXH64 when written with a checksum, as the ``zstd`` tool
does), a zlib stream (Adler-32). The data a decompressor gives *before* a unit's
end is not yet checked: a flipped byte in a .jsonl.gz gave 320 of 1,200 records
with changed text before gzip's CRC failed (session 20, ``damaged_compression``).

Here a JSONL file's decompressed bytes are handed to the reader only up to the
last line end inside units that ended and passed their check; a unit that fails
raises :class:`Damaged` (how many units and bytes were checked before it), so the
records of the checked units are kept and the rest is one ``corrupt_input``
rejection. A single-unit file (one gzip member, the usual case) keeps nothing, as
before. A unit without a check (a zstd frame written without checksum, an xz
stream with ``--check=none``, a .lzma file) proves nothing: the bytes after the
last checked unit are only handed out when the whole stream ends without error.

* A local or remote file is read twice (:func:`verify`: decompressed to nowhere,
  counting; then read up to the checked prefix: :func:`upto`).
* A member of a tar or zip, or a pipe, cannot be read twice: :class:`Checked`
  holds each unit's bytes in a ``SpooledTemporaryFile`` (64 MB in memory, then an
  unnamed temporary file) until the unit's check passes; a unit over ``limit``
  bytes (the archive bound, 100 x ``--max-doc-chars``) is an error that says to
  unpack. Memory: the spool's 64 MB; disk: one unit.
* A stream cut short is not damage (its bytes are unchanged): the lines before the
  cut are handed out, then ``EOFError`` (``truncated_input``), as before.
* Bytes after a whole bzip2 or xz stream that are no stream (a damaged header) are
  damage: BZ2File and LZMAFile end there quietly, and the rest was lost unsaid.
"""

from __future__ import annotations

import bz2
import io
import lzma
import tempfile
import zlib

from transforms.decompress import MAGIC, READ_SIZE
from transforms.tar_skim import TarSkim
from transforms.xz_blocks import XzBlocks

SPOOL_IN_MEMORY = 64 << 20
UNIT_NAMES = {"gzip": "member", "bz2": "stream", "xz": "stream", "zstd": "frame"}


class Damaged(Exception):
    """A unit failed its check: ``unit`` (1-based) of ``codec``, ``checked`` units
    before it passed; ``kept`` decompressed bytes (whole lines) are handed out."""

    def __init__(self, error, codec: str, unit: int, checked: int, block: int = 0, at: int = 0):
        super().__init__(f"{type(error).__name__}: {error}")
        self.error, self.codec, self.unit, self.checked, self.kept = error, codec, unit, checked, 0
        # clauses xz_blocks, bzip2_blocks: the damaged xz block of stream ``unit``
        # (1-based), or -1 for a bzip2 stream whose blocks before the damage passed, the
        # first ``at`` bytes of the stream (decompressed)
        self.block, self.at = block, at
        self.decoded = 0  # clause one_member_salvage_said: bytes decoded before it failed
        self.index = False  # clause xz_index_damage: the damage is after the last block


class _Garbage(Exception):
    """Bytes after a whole gzip member that are no gzip member (gzip_trailing_garbage)."""


def _new(codec: str):
    if codec == "gzip":
        return zlib.decompressobj(31)
    if codec == "bz2":
        return bz2.BZ2Decompressor()
    if codec == "xz":
        return lzma.LZMADecompressor()
    if codec == "zstd":
        import zstandard

        return zstandard.ZstdDecompressor().decompressobj()
    return zlib.decompressobj()  # deflate (zlib stream)


def _has_check(codec: str, d, start: bytes) -> bool:
    if codec == "xz":
        return d.check != lzma.CHECK_NONE  # a .lzma (alone) file has none either
    if codec == "zstd":
        import zstandard

        try:
            return bool(zstandard.get_frame_parameters(start).has_checksum)
        except zstandard.ZstdError:
            return False
    return True


def units(raw, codec: str):
    """``(data, checked_end)`` pairs of ``raw``'s decompressed bytes; ``checked_end``
    is True on the last data of a unit that ended and has a check. Raises
    :class:`Damaged`, ``EOFError`` (cut short) or :class:`_Garbage`."""
    d, index, checked, start = None, 0, 0, b""
    pending = tail = b""  # tail: the last bytes read (clause xz_footer_not_cut)
    cuts = proven = size = fed = 0  # set again for each unit (below)

    def read() -> bytes:
        nonlocal tail
        data = raw.read(READ_SIZE)
        tail = (tail + data[-64:])[-64:]
        return data

    while True:
        chunk = pending or read()
        pending = b""
        if not chunk:
            if d is not None and not d.eof:
                if codec == "xz" and _xz_footer(tail):  # clause xz_footer_not_cut (review)
                    error = ValueError(
                        "no end of its data, yet it ends with a whole xz stream footer: "
                        "bytes were changed, not cut off"
                    )
                    raise Damaged(error, codec, index, checked, cuts + 1 if cuts else 0, proven)
                if codec == "gzip" and fed > 18 and (trailer := _gzip_trailer(tail, size)):
                    raise Damaged(ValueError(trailer), codec, index, checked)
                raise EOFError(
                    f"{codec} stream ended before its end marker (the file is truncated)"
                )
            return
        while chunk:
            if d is None or d.eof:
                if d is not None:  # between units
                    if codec == "xz":
                        chunk = chunk.lstrip(b"\0")  # stream padding
                    if codec in MAGIC and len(chunk) < 8:
                        more = read()
                        if more:
                            chunk += more
                            continue
                    if not chunk.strip(b"\0"):
                        break  # trailing zeros were always accepted
                    if codec in ("gzip", "bz2", "xz") and not chunk.startswith(MAGIC[codec]):
                        if codec == "gzip":  # clause gzip_trailing_garbage
                            raise _Garbage(chunk[:8])
                        # BZ2File / LZMAFile end quietly here: a damaged header of the
                        # third of four streams lost two streams without a word
                        error = ValueError(
                            f"the bytes after {codec} {UNIT_NAMES[codec]} {index} are no {codec} data ({chunk[:8]!r})"
                        )
                        raise Damaged(error, codec, index + 1, checked)
                d, index, start = _new(codec), index + 1, chunk[:18]
                blocks, produced, cuts = XzBlocks() if codec == "xz" else None, False, 0
                size = proven = fed = 0  # the stream's bytes out, those proven; bytes in
            # Clause xz_blocks: an xz stream is fed block by block (transforms.xz_blocks).
            # Clause bzip2_blocks: a bzip2 block's bytes come out only when all its data was
            # read, and its CRC is compared as its last byte is handed out: drained, the
            # output so far is whole blocks that passed their checks; fed 4 kB at a time, so
            # that a block of repeated text (100 kB in 2 kB) is not passed with the next.
            pieces = blocks.cut(chunk) if blocks else [(chunk, False)]
            if codec == "bz2":
                pieces = [(chunk[i : i + 4096], True) for i in range(0, len(chunk), 4096)]
            rest: list = []
            for i, (piece, block_end) in enumerate(pieces):
                fed += len(piece)
                try:
                    for out in _bounded(d, piece, codec, rest):
                        produced, size = produced or bool(out), size + len(out)
                        yield out, False
                    while block_end and not d.eof and (out := d.decompress(b"", READ_SIZE)):
                        produced, size = True, size + len(out)
                        yield out, False
                except Exception as e:  # noqa: BLE001 - zlib, lzma, bz2 (OSError), zstd errors
                    block = (cuts + 1 if codec == "xz" else -1) if cuts else 0
                    damage = Damaged(e, codec, index, checked, block, proven)
                    # clause xz_index_damage (review): damage in the index or footer (read
                    # after the last block) was named "block N+1", "nothing from it on read"
                    damage.index = bool(blocks) and 0 <= blocks.index_at < fed
                    raise damage from e
                if d.eof:
                    rest = [(rest[0] if rest else b"") + b"".join(p for p, _ in pieces[i + 1 :])]
                    break
                if block_end and produced:
                    cuts, produced, proven = cuts + 1, False, size  # checked: whole units
                    yield b"", True
            ends = d.eof and _has_check(codec, d, start)
            checked += ends
            yield b"", ends
            chunk = rest[0] if rest else b""


def _xz_footer(tail: bytes) -> bool:
    """Clause ``xz_footer_not_cut`` (review): ``tail`` (after stream padding) ends with
    an xz stream footer whose CRC-32 verifies. A stream whose decoder wants more bytes
    at the end of such a file was not cut short (a cut loses the footer) but changed:
    an LZMA2 end marker flipped 0x00 -> 0x01 in a block of ``xz -T1 --block-size``
    (no size in its header) read the block's check and the next headers as an
    uncompressed chunk running past the end: ``truncated_input``, and the lines before
    the "cut", the copied binary bytes among them, were handed out unchecked."""
    footer = tail.rstrip(b"\0")[-12:]
    return (
        len(footer) == 12
        and footer.endswith(b"YZ")
        and zlib.crc32(footer[4:10]) == int.from_bytes(footer[:4], "little")
    )


# Clause gzip_trailer_near (session 22 review): how near a trailer's length must be.
# It was 256 KiB: 1 real cut in about 11,000 (343 of 3,898,920 cut positions of 8
# gzip'd JSONL files of Gutenberg, BBC and Chinese text, levels 1/6/9) was taken as
# damage and lost the lines kept before it. Damage that looks like a cut left at
# most 643 bytes between the length field and what was decompressed (52 of 52: bit
# flips in the last 400 and 6,000 bytes of 8 such files). At 64 KiB: all 52 still
# caught; of 134 such cuts in 6 of the files, 42 are still taken as damage.
GZIP_NEAR = 1 << 16


def _gzip_trailer(tail: bytes, size: int) -> str | None:
    """Clause ``gzip_trailer_not_cut`` (session 22): the message when a gzip member
    whose deflate data wants more bytes at the end of the input was changed, not cut.
    A whole member ends with its trailer: CRC-32, then ISIZE, the length of its data
    (mod 2**32). Damage in the last deflate block made the decoder read the trailer as
    data and want more at the end: ``truncated_input``, and the lines before the "cut",
    changed text among them, were handed out unchecked (pipe, 400 random changes in
    the last 400 bytes of a .jsonl.gz of 200 BBC articles: 11 ``truncated_input``, 2
    with changed text). Here the input's last 4 bytes are read as ISIZE: within
    ``GZIP_NEAR`` of the ``size`` bytes decompressed, the member was whole (a cut leaves
    random bytes there: about 1 in 40,000 cut files is taken as damaged; that member's lines are then
    not kept, those of the members checked before it are: loud, never wrong text)."""
    if len(tail) < 8:
        return None
    isize = int.from_bytes(tail[-4:], "little")
    near = (isize - size) % (1 << 32)
    near = min(near, (1 << 32) - near)
    if near > GZIP_NEAR:
        return None
    return (
        f"no end of its deflate data, yet the input ends with what reads as its gzip "
        f"trailer, its length field {isize:,} bytes, {near:,} from the {size:,} "
        "decompressed: bytes near its end were changed, not cut off"
    )


def _bounded(d, chunk: bytes, codec: str, rest: list):
    """``d``'s output for ``chunk`` in pieces of at most 1 MB (zstd: of 4 KB of input,
    as its decompressor has no output bound), so a highly compressed chunk (a zip
    bomb: deflate expands up to 1,000 x, bzip2 far more) is never one huge bytes;
    ``rest`` gets the bytes after the unit's end."""
    if codec == "zstd":
        for i in range(0, len(chunk), 4096):
            yield d.decompress(chunk[i : i + 4096])
            if d.eof:
                rest.append(d.unused_data + chunk[i + 4096 :])
                return
        return
    if codec in ("gzip", "deflate"):
        while chunk and not d.eof:
            yield d.decompress(chunk, READ_SIZE)
            chunk = d.unconsumed_tail
    else:
        yield d.decompress(chunk, READ_SIZE)
        while not d.eof and not d.needs_input:
            yield d.decompress(b"", READ_SIZE)
    if d.eof:
        rest.append(d.unused_data)


def verify(open_raw, codec: str) -> Damaged | None:
    """Read ``open_raw()`` to nowhere: None when it has no damage (a cut or trailing
    bytes are the reader's), else the :class:`Damaged` with ``kept`` set to the
    bytes up to the last line end of the checked units."""
    position = line_end = kept = 0
    try:
        with open_raw() as raw:
            for data, checked_end in units(raw, codec):
                i = data.rfind(b"\n")
                if i >= 0:
                    line_end = position + i + 1
                position += len(data)
                if checked_end:
                    kept = line_end
    except (EOFError, _Garbage):
        return None
    except Damaged as e:
        e.kept = kept
        if codec in ("gzip", "deflate") and not (e.checked or e.block):
            e.decoded = _decoded_bytes(open_raw, codec)  # clause one_member_salvage_said
        return e
    return None


def _decoded_bytes(open_raw, codec: str) -> int:
    """Clause ``one_member_salvage_said``: how many bytes ``codec -dc`` writes of a
    file damaged in its first unit (its output until the error). A decoder call that
    meets the error gives nothing (one of 1 MB lost all of a small file's bytes), so
    the data is fed 4 kB at a time and the piece that fails is fed again byte by byte
    to a copy of the decoder from before it. Only for a damaged file: a third read."""
    d, total = _new(codec), 0  # zlib: gzip or deflate
    with open_raw() as raw:
        while chunk := raw.read(4096):
            before = d.copy()
            try:
                total += _fed(d, chunk)
            except Exception:  # noqa: BLE001 - the damage: the bytes before it are counted
                for i in range(len(chunk)):
                    try:
                        total += _fed(before, chunk[i : i + 1])
                    except Exception:  # noqa: BLE001 - reached the damage
                        break
                return total
            if d.eof:  # a first unit with no check, then the damaged one: not counted
                return total
    return total


def _fed(d, chunk: bytes) -> int:
    total = 0
    while chunk and not d.eof:
        total += len(d.decompress(chunk, 1 << 16))
        chunk = d.unconsumed_tail
    return total


class _Upto(io.RawIOBase):
    """The first ``damage.kept`` decompressed bytes of ``raw`` (read again unit by unit:
    a decompressor fed a whole read would reach the damage first), then ``damage``."""

    def __init__(self, raw, damage: Damaged):
        self._raw, self._damage, self._left = raw, damage, damage.kept
        self._units, self._data = units(raw, damage.codec), b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._data:
            if not self._left:
                raise self._damage
            self._data = next(self._units)[0][: self._left]
            self._left -= len(self._data)
        n = min(len(buffer), len(self._data))
        buffer[:n], self._data = self._data[:n], self._data[n:]
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def upto(raw, damage: Damaged) -> io.BufferedReader:
    return io.BufferedReader(_Upto(raw, damage), READ_SIZE)


class UnitTooLarge(ValueError):
    pass


class Checked(io.RawIOBase):
    """``raw`` decompressed, each unit's bytes handed out once its check passed (the
    module docstring). Errors come after the bytes before them: :class:`Damaged`,
    ``EOFError``, or ``BadGzipFile`` for bytes after the gzip data."""

    def __init__(self, raw, codec: str, limit: int, lines: bool = True, member_limit: int = 0):
        self._raw, self._codec, self._limit = raw, codec, limit
        # clause pipe_member_not_held (session 46): a tar member over what a document
        # can be is not held (transforms.tar_skim)
        self.skim = TarSkim(member_limit, limit) if member_limit and not lines else None
        # clause damaged_tar_pipe (session 45): a tar's bytes are handed out at each
        # checked unit's end whole (no line to wait for: a member's padding after its
        # last line end held back the member that ends the unit)
        self._lines = lines
        self._units = units(raw, codec)
        self._spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
        self._line_end = 0  # position after the spool's last line end
        self._ready, self._left = None, 0
        self._error: BaseException | None = None
        self._done = False
        self._handed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._left:
            if self._error is not None:
                raise self._error
            if self._done:
                return 0
            self._step()
        n = self._ready.readinto(memoryview(buffer)[: min(len(buffer), self._left)])
        self._left -= n
        self._handed += n
        return n

    def _step(self) -> None:
        try:
            data, checked_end = next(self._units)
        except StopIteration:
            self._finish_skim()
            self._release(everything=True)
            self._done = True
            return
        except EOFError as e:  # cut short: the lines before the cut are right
            self._finish_skim()
            # session 57 review: clause cut_pipe_tail_kept: a tar's bytes (no lines) are
            # all handed out (tarfile tells a member cut short by its size); base57 held
            # back those after the last line end, and a whole last member was lost
            self._release(everything=not self._lines)
            self._error = e
            return
        except _Garbage as e:
            self._release(everything=True)
            import gzip

            self._error = gzip.BadGzipFile(f"Not a gzipped file ({e.args[0]!r})")
            return
        except Damaged as e:
            e.kept = self._handed + self._left
            self._error = e
            return
        for piece in (data,) if self.skim is None else self.skim.pieces(data):
            self._write(piece)
        if checked_end and not self._lines:  # clause damaged_tar_pipe
            self._release(everything=True)
        elif checked_end and self._line_end:  # clause spool_no_recopy (review): a unit
            # with no line end hands nothing; the held part of a long line was copied
            # again at each unit's end, quadratic (27 MB lines in 64 kB members: 4 x main)
            self._release(everything=False)

    def _finish_skim(self) -> None:
        """Clause ``declared_end_decides`` (transforms.tar_skim): a run the skim still
        holds at the stream's end is fed again."""
        if self.skim is not None:
            for piece in self.skim.finish():
                self._write(piece)

    def _write(self, data: bytes) -> None:
        position = self._spool.tell()
        i = data.rfind(b"\n")
        if i >= 0:
            self._line_end = position + i + 1
        self._spool.write(data)
        if self._spool.tell() > self._limit:
            raise UnitTooLarge(
                f"its {self._codec} data must be checked whole before its records are read, "
                f"and a {UNIT_NAMES.get(self._codec, 'stream')} of it expands to over "
                f"{self._limit:,} bytes: unpack the archive (or save the stream to a file) "
                "and pass the file as --input, or raise --max-doc-chars"
            )

    def _release(self, everything: bool) -> None:
        old = self._spool
        cut = old.tell() if everything else self._line_end
        rest = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
        old.seek(cut)
        while block := old.read(READ_SIZE):
            rest.write(block)
        if self._ready is not None:
            self._ready.close()
        old.seek(0)
        self._ready, self._left = old, cut
        self._spool, self._line_end = rest, 0

    def close(self) -> None:
        if self.skim is not None:
            self.skim.close()
        for f in (self._ready, self._spool):
            if f is not None:
                f.close()
        self._raw.close()
        super().close()


def checked(
    raw, codec: str, limit: int, lines: bool = True, member_limit: int = 0
) -> io.BufferedReader:
    return io.BufferedReader(Checked(raw, codec, limit, lines, member_limit), READ_SIZE)
