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
import os
import posixpath
import zlib

from schemas.wording import counted
from transforms import remote_head

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
        self._error: Exception | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._offset >= len(self._pending):
            if self._error is not None:
                raise self._error
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
                try:
                    out.append(self._d.decompress(chunk))
                except Exception as e:  # noqa: BLE001 - clause checked_units: the frames
                    self._error = e  # before the damaged one in this read come out first
                    break
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


def opened(raw, codec: str | None, max_chars: int = 0, lines: bool = True):
    """``decompressing``, or with ``max_chars`` (a JSONL member or pipe, which cannot
    be read twice) each unit held until its check passed, up to the archive bound
    (100 x ``max_chars`` bytes; clause ``checked_units``, transforms/checked_units.py)."""
    if not (codec and max_chars):
        return decompressing(raw, codec)
    from transforms.archive_limits import archive_bound, document_bytes
    from transforms.checked_units import checked

    # lines: False for a tar, whose members over what a document can be are not held
    # (clause pipe_member_not_held, transforms.tar_skim)
    member_limit = 0 if lines else document_bytes(max_chars)
    return checked(raw, codec, archive_bound(max_chars), lines, member_limit)


_DAMAGE: dict = {}  # path -> checked_units.Damaged found by verify_stream
_PIPED: dict[str, str] = {}  # pipe path -> codec found by its magic (pipe_codec_named)


def piped_codec(path: str) -> str | None:
    """Clause ``pipe_codec_named`` (session 22): the codec a pipe's magic bytes showed
    (noted by ``transforms.pipes.sniff_pipe``: :func:`note_piped_codec`). A pipe has
    no name to give it: a damaged zstd stream piped in was ``unreadable_file`` "could
    not read text file: ZstdError", and a gzip one cut short "ends before the end of
    its archive stream"; with it they are ``corrupt_input`` / "its gzip stream"."""
    return _PIPED.get(path)


def note_piped_codec(path: str, codec: str | None) -> str | None:
    """Clause ``pipe_codec_named``: remember ``codec`` for the pipe ``path`` (None
    forgets what an earlier pipe of that path had); returns ``codec``."""
    if codec:
        _PIPED[path] = codec
    else:
        _PIPED.pop(path, None)
    return codec


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


def sniff_head(path: str, size: int = 512) -> bytes | None:
    """The first ``size`` decompressed bytes of the input ``path``, or None when it is
    cut short or damaged within them. Clause ``small_damaged_units`` (session 21): a
    .jsonl.gz of a 410-byte member and a damaged second one had its first 512 bytes read
    across the damage to tell whether it is an archive; the error came out of that look
    and lost the checked member's record ("nothing of it is kept"). Now its reader finds
    the damage and keeps the records of the units checked before it (``checked_units``)."""
    try:
        with open_input(path) as handle:
            return handle.read(size)
    except Exception as e:  # noqa: BLE001 - only a cut or damaged stream is passed on
        if isinstance(e, EOFError) or damaged_stream(path, e):
            return None
        raise


def trailing_garbage(path: str) -> str | None:
    """The message of clause ``gzip_trailing_garbage`` for the input ``path`` when
    its reading stopped at bytes after its gzip data (once: the message is taken)."""
    return _TRAILING.pop(path, None)


def open_input(path: str):
    """``path`` (local or any Beam filesystem) as a binary file, decompressed by name."""
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    raw = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
    raw = remote_head.kept(path, raw)  # clause misnamed_remote: its first bytes, no request
    if path in _DAMAGE:  # clause checked_units: only the checked units' lines, then the damage
        from transforms.checked_units import upto

        return upto(raw, _DAMAGE.pop(path))
    handle = decompressing(raw, codec_of(path))
    if codec_of(path) == "gzip":  # clause gzip_trailing_garbage
        return io.BufferedReader(_UntilGarbage(handle, path), READ_SIZE)
    return handle


MAGIC = {"gzip": b"\x1f\x8b", "bz2": b"BZh", "xz": b"\xfd7zXZ\x00", "zstd": b"\x28\xb5\x2f\xfd"}
TEST_COMMANDS = {"gzip": "gzip -t", "bz2": "bzip2 -t", "xz": "xz -t", "zstd": "zstd -t"}


def damaged_stream(path: str, error: Exception, records: int = 0) -> str | None:
    """Clause ``damaged_compression``: the message of a file (or archive member) named
    as compressed whose compressed data is damaged (a CRC that does not match, data
    that is no valid stream), or None for any other error. Before, such a member of a
    tar or zip was ``corrupt_archive`` (the archive itself is whole: its other members
    are read) or ``unreadable_file``, with only the codec's exception as its message.
    ``records``: those of a JSONL file read before the error (they are kept)."""
    codec = codec_of(path) or piped_codec(path)  # clause pipe_codec_named
    if type(error).__name__ == "Damaged":  # clause checked_units
        return _damaged_unit(path, error, records)
    zstd = type(error).__name__ == "ZstdError"
    bz2_data = isinstance(error, OSError) and "Invalid data stream" in str(error)
    damage = isinstance(error, (gzip.BadGzipFile, zlib.error, lzma.LZMAError)) or zstd or bz2_data
    misnamed = "Not a gzipped file" in str(error) or not _has_magic(path, codec)
    if not codec or not damage or misnamed:  # a file that is no such stream is not damaged
        return None
    name = posixpath.basename(path)
    check = f" (`{TEST_COMMANDS[codec]} {name}` shows it)" if codec in TEST_COMMANDS else ""
    if not codec_of(path):  # a pipe: no file name to test it by
        check = f" (`{TEST_COMMANDS.get(codec, codec + ' -t')}` of the file piped in shows it)"
    check = _member_check(path, codec) or check
    one = records == 1  # clause count_agrees
    kept = (
        f"; the {counted(records, 'record')} read before the damage was found "
        f"{'is' if one else 'are'} kept ({'it' if one else 'they'} may hold damaged text), "
        "the rest is not read"
        if records
        else "; nothing of it is kept (its check covers the whole stream, so text read "
        "before the damage cannot be trusted either)"
    )
    save = "" if records else unchecked_copy(path, codec, _decoded(path, codec))
    return (
        f"the file's {codec} data is damaged ({type(error).__name__}: {error}){check}: its "
        f"bytes were changed, e.g. by a bad download, copy or disk{kept}; re-create or "
        f"re-download it{save}"
    )


def _member_check(path: str, codec: str) -> str:
    """Clause ``member_commands_extract``: a member's test, its archive's tool piped to
    the codec's (transforms.member_commands); "" for a file of its own."""
    from transforms.member_commands import member_pipe

    member = member_pipe(path) if codec in TEST_COMMANDS else None
    return f" (`{member[0]} | {TEST_COMMANDS[codec]}` shows it)" if member else ""


def _decoded(path: str, codec: str) -> int | None:
    """Clause ``one_member_salvage_said``: the bytes ``gzip -dc`` writes of the damaged
    local file ``path`` (counted again; a pipe cannot be read twice: None)."""
    if codec not in ("gzip", "deflate") or not os.path.isfile(path):
        return None
    from transforms.checked_units import _decoded_bytes

    return _decoded_bytes(lambda: open(path, "rb"), codec)


# Clause salvage_command_runs (review of one_member_salvage_said): the command is one a
# shell runs as it is. The file was named by its bare name unquoted (`gzip -dc O'Brien
# book.txt.gz > ...`: a quote left open; a space split it, `$HOME` expanded, `a > b.gz`
# redirected), only right in the file's own folder; `.deflate` got `deflate -dc`, no
# such command; and `zstd -dc` of a 14 kB file whose checksum failed wrote nothing (of
# a 976 kB one, 917 kB): `--no-check` writes all it decodes. Now the path as the build
# was given it, quoted (shlex), the copy beside it; a zlib stream through Python,
# fed a byte at a time so that all before the damage is written; a remote path (no
# local file for the tool) is said as "a local copy of" it.
SAVE_COMMANDS = {
    "gzip": "gzip -dc",
    "bz2": "bzip2 -dc",
    "xz": "xz -dc",
    "zstd": "zstd -dc --no-check",
    "deflate": "python3 -c 'import sys,zlib;d=zlib.decompressobj();[sys.stdout.buffer."
    'write(d.decompress(b)) for b in iter(lambda:sys.stdin.buffer.read(1),b"")]\' <',
}
SAVE_SAID = {
    "zstd": "with --no-check zstd writes all it decodes and does not check it",
    "deflate": "Python writes them, then reports the damage",
}


def unchecked_copy(path: str, codec: str, decoded: int | None) -> str:
    """Clause ``one_member_salvage_said`` (session 24): the end of the message of a
    damaged file of which nothing is kept, saying how to save what it decodes to.
    gzip checks one CRC per member (zstd one checksum per frame, xz one per block), so
    no byte of a one-member file is proven before its end: of 450 changes (a bit, a
    byte, up to 511 zeros) in the last fifth of 5 real files gzip'd at levels 1/6/9,
    443 decoded on to the end with only the CRC failing (the changed output began a
    median 92 kB before the end), 3 stopped at an invalid code, 4 looked like a cut.
    So nothing is kept (trained on), but a user with no other copy is told the size and
    the command that writes it out, changed bytes and all, to a new file."""
    import shlex

    from transforms.inputs import read_once
    from transforms.member_commands import all_or_nothing, member_pipe

    name = posixpath.basename(path)
    tool = SAVE_COMMANDS.get(codec, f"{codec} -dc")
    said = SAVE_SAID.get(codec, f"{tool.split()[0]} writes them, then reports the damage")
    size = f"its {decoded:,} decoded bytes" if decoded else "what it decodes to"
    root, ext = posixpath.splitext(name[: len(strip_codec_suffix(name))])
    if read_once(path):  # a pipe: no file name to give (clause salvage_command_runs)
        how = f"`{tool.removesuffix(' <')}` of the file piped in, into a new file"
    elif member := member_pipe(path):  # clause member_commands_extract: the copy beside it
        # clauses member_copy_no_overwrite (`set -C`), member_save_all_or_nothing
        root, ext = posixpath.splitext(member[2][: len(strip_codec_suffix(member[2]))])
        copy = f"{member[1]}{root}.unchecked{ext}"
        how = f"`{all_or_nothing(member[0], tool.removesuffix(' <'), copy)}`"
        said += f"; if {member[0].split()[0]} cannot read the member whole, no copy is left"
    elif "://" in path:  # clause salvage_command_runs: the tools read local files
        how = f"`{tool.removesuffix(' <')}` of a local copy of {path}, into a new file"
    else:
        copy = os.path.join(os.path.dirname(path), f"{root}.unchecked{ext}")
        given, copy = (f"./{p}" if p.startswith("-") else p for p in (path, copy))
        # Clause salvage_copy_no_overwrite (integrator, session 24; as member_copy_no_overwrite
        # for a member): `>` replaced a user's file that had the copy's name ("book.unchecked.txt"
        # from an earlier save, edited since); under `set -C` the shell refuses and says so.
        # Clause file_save_all_or_nothing: that save left an empty copy when gzip was
        # missing or the file had moved since the build; now the member saves'
        # all-or-nothing command keeps or removes it (the decoder reads the file itself:
        # clause file_save_no_pipe, member_commands).
        decoder = tool.removesuffix(" <")
        how = f"`{all_or_nothing('', decoder, copy, file=shlex.quote(given))}`"
        said += "; if the file cannot be read, no copy is left"
    return (
        f", or, if no whole copy can be had, save {size} with {how} ({said}) and read "
        f"that file knowing that bytes anywhere in it may be changed: one {codec} check "
        "covers all of it, so no part is proven"
    )


def records_before_cut(records: int) -> str:
    """What a cut stream kept. Clause count_agrees: "the 1 records before it were read"."""
    were = "was" if records == 1 else "were"
    return f"; the {counted(records, 'record')} before it {were} read, the rest of the file is lost"


def _damaged_unit(path: str, damage, records: int) -> str:
    """Clause ``checked_units``: the message of a damaged unit (transforms.checked_units)."""
    from transforms.checked_units import UNIT_NAMES
    from transforms.inputs import read_once

    codec, name = damage.codec, posixpath.basename(path)
    unit = UNIT_NAMES.get(codec, "stream")
    check = f" (`{TEST_COMMANDS[codec]} {name}` shows it)" if codec in TEST_COMMANDS else ""
    if "." not in name and read_once(path):  # --input -: no file name to test it by
        check = f" (`{TEST_COMMANDS.get(codec, codec + ' -t')}` of the file piped in shows it)"
    check = _member_check(path, codec) or check
    # clause count_agrees (session 21): "the 1 record in the 1 zstd frame", not "1 records"
    kept_records = counted(records, "record", thousands=True)
    part = f"{unit} {damage.unit}"
    if damage.block > 0:  # clause xz_blocks
        part = f"block {damage.block} of {unit} {damage.unit}"
    if damage.block > 0 and damage.index:  # clause xz_index_damage: after its last block
        part = f"the index or footer of {unit} {damage.unit}, after its {damage.block - 1} blocks"
    elif damage.block < 0:  # clause bzip2_blocks: a block is found only by decoding it
        # Clause bzip2_block_named (session 22): "after the first N bytes" did not say
        # that N counts decompressed bytes, and gave no way to the block: bzip2recover
        # writes each block as a file of its own, and bzip2 -t of those names it.
        saved = "FILE" if "." not in name and read_once(path) else name
        part = (
            f"the block after the first {damage.at:,} decompressed bytes of {unit} "
            f"{damage.unit} (`bzcat {saved} | head -c {damage.at}` gives those bytes; "
            f"`bzip2recover {saved}` writes each block as a file rec00001{saved}... and "
            "`bzip2 -t` of them names the damaged one)"
        )
    if damage.block:  # blocks of this unit passed (checked_units counts whole units)
        what = counted(damage.block - 1, "xz block") if damage.block > 0 else "bzip2 blocks"
        before = damage.unit - 1  # review: "the 1 streams before" read wrong
        streams = f" (and the {counted(before, unit)} before)" if before else ""
        kept = (
            f"; the {kept_records} in the {what} before it{streams} that passed their "
            f"checks ({damage.kept:,} bytes decompressed) are kept, nothing from the damaged "
            "block on is read"
        )
        if damage.index:  # clause xz_index_damage: every block passed its check
            kept = (
                f"; its blocks all passed their checks: the {kept_records} in them{streams} "
                f"({damage.kept:,} bytes decompressed) are kept, nothing after it is read"
            )
    elif damage.checked:
        kept = (
            f"; the {kept_records} in the {counted(damage.checked, f'{codec} {unit}')} before it that "
            f"passed their checks ({damage.kept:,} bytes decompressed) are kept, nothing "
            f"from {unit} {damage.unit} on is read"
        )
    else:
        kept = (
            f"; nothing of it is kept (no {unit} before the damaged one passed its check, so "
            "text read before the damage cannot be trusted either)"
        )
    save = ""
    if not (damage.block or damage.checked):  # clause one_member_salvage_said
        save = unchecked_copy(path, codec, damage.decoded)
    return (
        f"the file's {codec} data is damaged in {part} ({damage}){check}: its "
        f"bytes were changed, e.g. by a bad download, copy or disk{kept}; re-create or "
        f"re-download it{save}"
    )


def _has_magic(path: str, codec: str) -> bool:
    """A local file starts with ``codec``'s magic bytes (a member: True; a remote file:
    by the first bytes its open saw, clause misnamed_remote; True when none were seen)."""
    if codec in MAGIC and (seen := remote_head.head(path, len(MAGIC[codec]))) is not None:
        return seen == MAGIC[codec]
    if codec not in MAGIC or not os.path.isfile(path):
        return True
    with open(path, "rb") as f:
        return f.read(len(MAGIC[codec])) == MAGIC[codec]


def verify_stream(path: str) -> None:
    """Clause ``damaged_compression``: a compressed JSONL file (a regular or remote file,
    not a pipe or a member) is decompressed once to nowhere before its records are read,
    so damage is found before a record is kept. gzip checks its CRC only at a
    member's end: a flipped byte in a .jsonl.gz gave 320 of 1,200 records with changed
    text ("it 9as the") and 36 ``invalid_json`` before the ``BadGzipFile``, and a .bz2
    block gave garbage lines. Clause ``checked_units``: the damage found is kept for
    :func:`open_input`, which then reads only the lines of the units (gzip members, xz
    and bzip2 streams, zstd frames) whose checks passed before it, then raises it. A
    stream cut short is left to the reader (the records before a cut are whole:
    ``truncated_input``). Cost: a second decompression."""
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    from transforms.checked_units import verify

    codec = codec_of(path)
    if not codec or ("://" not in path and not os.path.isfile(path)):
        return
    _DAMAGE.pop(path, None)
    damage = verify(
        lambda: FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED), codec
    )
    if damage is not None:
        _DAMAGE[path] = damage
