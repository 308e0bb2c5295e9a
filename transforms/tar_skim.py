"""A compressed tar through a pipe holds no member that is rejected anyway (clause
``pipe_member_not_held``, session 46; the Left of session 45's wtG).

A compressed tar pipe is read through ``checked_units.Checked``: each compressed unit
(a gzip member, usually the whole archive) is held in a spool until its check passes
(clause ``damaged_tar_pipe``), 64 MB in memory, the rest on temporary disk, up to the
archive bound (100 x ``--max-doc-chars``): a 5 GB one-file .tar.gz piped in needed
5 GB of temporary disk, though its one member, over ``--max-doc-chars`` x 4 bytes, is
rejected ``member_too_large`` unread. Here the decompressed bytes are followed header
by header on their way to the spool: a regular member whose header says it is larger
than a document can be (``member_limit``, the reader's ``max_input_bytes``) and whose
name is read as text (not JSON Lines or Parquet, read record by record) is written
with its header's size set to 0 (its checksum made again) and its data not written;
its real size is kept by its data offset (:attr:`TarSkim.skipped`), where the tar
reader finds it and rejects the member with one line. The unit's check still covers
every byte (the decompressor checks what it decompressed, held or not), and the other
members are read as before. Cost: one header parse per member (512 bytes).

Clause ``skim_pax_and_sparse`` (session 47, the Left of session 46): a pax ``size``
record (what tarfile writes for a member over 8 GiB, the header's field then 0) is the
member's size: the pax header's blocks are held back until its member's header, and a
member over the bound is written with its ``size`` record's digits all "0" (the record's
length unchanged) and its header's size 0. An old GNU sparse member ("S": its map in the
header, more in extension blocks after it) is followed: its extension blocks are held,
its data (the header's size: the stored regions) not held when its real size (byte 483)
is over the bound; tarfile gives it that real size, and the reader rejects it as any.
A GNU base-256 size field (over 8 GiB) is read by tarfile's own parser.

Clause ``skim_stops_at_a_header`` (session 52, the Left of session 50's wtH): a
damaged size field over the bound dropped every member it covered, unsaid: a .tar.gz
piped in whose second member's size said 42 MB (over ``--max-doc-chars`` 5,000,000 x
4) gave 60 rows for 195 members (the 135 covered members had no row, no line). Now the
dropped data is looked at block by block for a member header (the "ustar" magic at byte
257 of a block, found with ``bytes.find``, then the checksum and tarfile's parse): at
the first, dropping stops and the stream goes on from that header, so the tar reader
reads the covered members as members. Where it stopped is kept (:attr:`TarSkim.skipped`
``.cut``) for the damaged member's line. A tar stored whole as a member over the bound
(its own headers inside it) is read the same way: its files as the archive's members,
each once, unless its name says it is an archive (``inner.tar``: ``nested_archive``, its
data dropped whole, as before; nor one whose data starts with a header:
``whole_tar_member_kept``). Cost: one ``find`` over the dropped bytes. Not found:
old v7 headers (no magic) inside.

Clause ``whole_tar_member_kept`` (session 52 review): a header at byte 0 of the dropped
data is not followed. A member that is a tar stored whole under a name that does not say
so (``disk.img``: a tar, then other bytes) was followed into its own members, then its
end blocks and the bytes after them ended the outer tar: the outer members after it were
lost (``dumas.txt``: no row) and the outer tar was said to be damaged, where base52 and a
file of the same bytes read them. Session 53: superseded by ``declared_end_decides``
(a header at byte 0 is held as any: an empty member whose size is damaged starts with
the next header, and its covered members are now read).

Clause ``declared_end_decides`` (session 53, the Left of session 52's review): a tar at
a later offset inside a member over the bound (a disk image with a tar in it, a text
then a tar) was followed: its files became outer documents (invented), and its end
blocks plus the bytes after them could end the outer tar (the outer members after it
lost their rows); an empty member whose size was damaged (its data starting with the
next header) dropped what it covered, unsaid. Now, from the first header found inside
the dropped data, the bytes are held (a ``SpooledTemporaryFile``: 8 MB in memory, the
rest unnamed on temporary disk, up to ``bound``, the archive bound) until the member's
DECLARED end, which decides, as a file of the same bytes would be read: a valid header
or a zero block there -> the member was whole (a tar inside it, at byte 0 or later):
the held bytes go, one ``member_too_large`` line, the outer tar read on from its declared
end; no header there, or the stream ends first -> its size was damaged: the held bytes
are fed again from that header (``cut`` kept), the covered members read. Held past
``bound``: which it was is not known; the member is dropped as its header says and the
offset kept (:attr:`Skipped.unsure`) for its line; the same when the temporary disk has
no room for it (clause ``declared_end_room``: a full disk must not stop the archive, where
base53, holding nothing, read on). Cost: the bytes from the first header
inside to the declared end written once to temporary disk (none when no header is inside).

Anything this does not follow (a pax sparse member, a pax global header with a size, a
pax header over 1 MB, a header that is no header) turns it off for the rest of the
stream: the bytes are held as before, and the tar reader says what is wrong.
"""

from __future__ import annotations

import posixpath
import re
import tarfile
import tempfile

from schemas.errors import no_room
from transforms.decompress import strip_codec_suffix
from transforms.member_names import nested_kind
from transforms.tar_v7 import _checksum_ok

BLOCK = tarfile.BLOCKSIZE
# Types whose data is their header's size (tarfile's own for these; GNU sparse "S" after
# its extension blocks); anything else (multivolume "M", ...) ends the skim.
_FOLLOWED = set(tarfile.REGULAR_TYPES + (tarfile.LNKTYPE, tarfile.SYMTYPE, tarfile.CHRTYPE))
_FOLLOWED |= {tarfile.BLKTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE}
_FOLLOWED |= {tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK, tarfile.GNUTYPE_SPARSE}
_FOLLOWED |= {tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE}
_EXTENSIONS = {tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK}
_EXTENSIONS |= {tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE}
_READ_BY_RECORD = (".jsonl", ".json", ".ndjson", ".parquet", ".pq")  # transforms.read


def rejected_unread(name: str) -> bool:
    """A member named ``name`` over the size bound is rejected without a read: it is
    read as text (a JSONL or Parquet member is read record by record, any size)."""
    return not strip_codec_suffix(posixpath.basename(name)).endswith(_READ_BY_RECORD)


class Skipped(dict):
    """``{data offset: real size}`` of the members not held; ``cut``: ``{data offset:
    bytes of its data dropped before a member header inside it}`` (skim_stops_at_a_header);
    ``unsure``: the same for a member whose declared end lay past the hold's bound
    (declared_end_decides: whole or damaged not known, dropped as its header says)."""

    def __init__(self):
        super().__init__()
        self.cut: dict[int, int] = {}
        self.unsure: dict[int, tuple[int, str]] = {}  # (cut, why it was not held)
        self.own: dict[int, int] = {}  # session 55: a header inside, taken as its own tar


_MAGIC = b"ustar"
_MAGIC_AT = 257
_PAX_HELD = 1 << 20  # a pax header's data held back, at most
_PAX_RECORD = re.compile(rb"(\d+) ")
_HOLD_MEMORY = 8 << 20  # declared_end_decides: bytes of the held run kept in memory
_REPLAY = 1 << 20  # held bytes fed again at a time


class TarSkim:
    """:meth:`feed` the decompressed bytes of a tar in order; it returns what to hold."""

    def __init__(self, member_limit: int, bound: int | None = None):
        self.member_limit = member_limit
        # clause declared_end_decides: a run held from a header inside dropped data to
        # the member's declared end (at most ``bound`` bytes), its cut; what to feed again
        self.bound = 25 * member_limit if bound is None else bound
        self._pending: tempfile.SpooledTemporaryFile | None = None
        self._pending_cut = 0
        self._queue: list = []
        self.skipped = Skipped()  # data offset in what was held -> real size
        self._probe, self._dropped = b"", 0  # clause skim_stops_at_a_header
        self._look = False  # the dropped data is looked at for a header
        self._header = b""  # a header block's first bytes, while it is incomplete
        self._data = 0  # bytes of the current member's data (and padding) still to come
        self._drop = False  # the current member's data is not held
        self._held = 0  # bytes held (handed to the spool) so far
        self._out: list[bytes] = []
        self._long_name = ""  # a GNU long name or pax path for the next header
        self._pax: list[bytes] | None = None  # a pax header's blocks, held back
        self._pax_size: int | None = None  # a pax size record: the next member's size
        self._pax_off = False  # a pax record this does not follow (sparse, global size)
        self._sparse: tuple[int, int] | None = None  # "S": (real size, data) after its blocks
        self._extension = False  # the current data is a long name or pax records
        self._extension_type, self._extension_bytes = b"", b""
        self._off = False

    def feed(self, data: bytes) -> bytes:
        return b"".join(self.pieces(data))

    def pieces(self, data: bytes):
        """What to hold of ``data``, in pieces (a held run fed again comes in pieces of
        :data:`_REPLAY` bytes: memory bounded)."""
        yield self._feed(data)
        while self._queue:
            source = self._queue[0]
            if isinstance(source, bytes):
                chunk = self._queue.pop(0)
            elif not (chunk := source.read(_REPLAY)):
                self._queue.pop(0).close()
                continue
            yield self._feed(chunk)

    def finish(self):
        """The stream ended: a run still held ends before its member's declared end, so
        the member's size was damaged: the run is fed again (declared_end_decides).
        Review (clause ``declared_end_at_stream_end``): a stream that ends within the
        member's last block (its data all there, the padding, end blocks or the next
        header cut) ends a whole member, as a file of the same bytes is read: the run
        goes (feeding it again made the inner tar's files outer documents)."""
        if self._pending is not None and self._data < BLOCK:
            self._pending.close()
            self._pending, self._header = None, b""
        while self._pending is not None:
            self._replay(self._header)
            self._header = b""
            yield from self.pieces(b"")

    def close(self) -> None:
        """Let any held run go (its temporary file is removed)."""
        for source in [self._pending, *self._queue]:
            if source is not None and not isinstance(source, bytes):
                source.close()
        self._pending, self._queue = None, []

    def _feed(self, data: bytes) -> bytes:
        if self._off:
            self._held += len(data)
            return data
        self._out, at = [], 0
        while at < len(data) and not self._off:
            if self._data:
                n = min(self._data, len(data) - at)
                if not self._drop:
                    self._emit(data[at : at + n])
                    self._follow_extension(data[at : at + n])
                elif self._pending is not None:  # clause declared_end_decides
                    self._hold(data[at : at + n])
                elif self._look and (header := self._header_inside(data[at : at + n])):
                    self._pending = tempfile.SpooledTemporaryFile(max_size=_HOLD_MEMORY)
                    self._hold(header)  # clause declared_end_decides
                self._data -= n
                at += n
                continue
            n = min(BLOCK - len(self._header), len(data) - at)
            self._header += data[at : at + n]
            at += n
            if len(self._header) == BLOCK:
                block, self._header = self._header, b""
                if self._pending is not None and not _whole_at(block):
                    self._replay(block + data[at:])  # clause declared_end_decides
                    break
                if self._pending is not None:  # whole: its held run goes
                    self._pending.close()
                    self._pending = None
                    self.skipped.own[self._held] = self._pending_cut  # clause skim_own_tar_said
                if self._sparse is not None:
                    self._sparse_block(block)
                else:
                    self._header_block(block)
        if self._off:
            self._emit(self._header + data[at:])
            self._header = b""
        out, self._out = b"".join(self._out), []
        return out

    def _emit(self, data: bytes) -> None:
        if self._pax is not None:
            self._pax.append(data)
            return
        self._out.append(data)
        self._held += len(data)

    def _turn_off(self, block: bytes) -> None:
        self._flush_pax()
        self._off = True
        self._emit(block)

    def _flush_pax(self, drop: bool = False) -> None:
        pax, self._pax = self._pax, None
        if pax:
            self._emit(pax[0] + (_pax_size_zero(b"".join(pax[1:])) if drop else b"".join(pax[1:])))

    def _header_block(self, block: bytes) -> None:
        """Hold the header ``block`` (its size 0 when its data is dropped); sets how much
        data follows."""
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except tarfile.HeaderError:  # the end's zero blocks, or no header: not followed
            self._turn_off(block)
            return
        if info.type not in _FOLLOWED or self._pax_off:
            self._turn_off(block)
            return
        if info.type in (tarfile.XHDTYPE, tarfile.SOLARIS_XHDTYPE, tarfile.XGLTYPE):
            if self._pax is not None or info.size > _PAX_HELD:
                self._turn_off(block)  # two pax headers in a row, or a huge one
                return
            if info.type != tarfile.XGLTYPE:
                self._pax = []  # clause skim_pax_and_sparse: held back until its member
        sparse = info.type == tarfile.GNUTYPE_SPARSE
        if sparse and self._pax is not None:
            self._turn_off(block)
            return
        # Review (session 46): data follows a header as tarfile reads it: a link's,
        # folder's or device's header has none, whatever its size field says.
        data = info.type in tarfile.REGULAR_TYPES or info.type in _EXTENSIONS
        self._drop = False
        self._extension = info.type in (
            tarfile.GNUTYPE_LONGNAME,
            tarfile.XHDTYPE,
            tarfile.SOLARIS_XHDTYPE,
            tarfile.XGLTYPE,
        )
        self._extension_type, self._extension_bytes = info.type, b""
        if self._extension or info.type == tarfile.GNUTYPE_LONGLINK:
            self._data = _blocks(info.size)
            self._emit(block)
            return
        name = self._long_name or info.name
        size = self._pax_size if self._pax_size is not None else info.size
        stored = size  # the data's bytes in the stream
        if sparse:
            size = tarfile.nti(block[483:495])  # its real size (tarfile's info.size)
        skim = (
            (info.type in tarfile.REGULAR_TYPES or sparse)
            and size > self.member_limit
            and rejected_unread(name)
        )
        self._long_name, self._pax_size = "", None
        self._look = not nested_kind(name)  # clause skim_stops_at_a_header
        self._flush_pax(drop=skim)
        self._emit(_size_zero(block) if skim else block)
        if sparse and block[482]:  # extension blocks follow its header
            self._sparse = (size if skim else -1, stored)
            return
        self._start_data(_blocks(stored) if data or sparse else 0, size if skim else -1)

    def _start_data(self, data: int, skipped: int) -> None:
        self._data, self._drop = data, skipped >= 0
        self._probe, self._dropped = b"", 0
        if self._drop:
            self.skipped[self._held] = skipped

    def _header_inside(self, piece: bytes) -> bytes | None:
        """Clause ``skim_stops_at_a_header``: the dropped bytes from the first member
        header in them on (``piece`` the next dropped bytes), or None."""
        buf = self._probe + piece
        whole = len(buf) - len(buf) % BLOCK
        at = buf.find(_MAGIC, _MAGIC_AT, whole)
        while at >= 0:
            start = at - _MAGIC_AT
            if start % BLOCK == 0 and _checksum_ok(buf[start : start + BLOCK]):
                try:
                    tarfile.TarInfo.frombuf(buf[start : start + BLOCK], "utf-8", "surrogateescape")
                except tarfile.HeaderError:
                    pass
                else:
                    # a header at byte 0 (clause whole_tar_member_kept: a tar stored
                    # whole) is held as any: the declared end decides (declared_end_decides)
                    self._pending_cut = self._dropped + start
                    self._probe = b""
                    return buf[start:]
            at = buf.find(_MAGIC, at + 1, whole)
        self._probe, self._dropped = buf[whole:], self._dropped + whole
        return None

    def _hold(self, data: bytes) -> None:
        """Clause ``declared_end_decides``: hold ``data`` of the run; past ``bound`` the
        run goes and the member is dropped as its header says (said: ``unsure``)."""
        try:
            self._pending.write(data)
        except OSError as error:  # clause declared_end_room: a full temporary disk
            if not no_room(error):
                raise
            self._let_go(f"the temporary folder {tempfile.gettempdir()} had no room for it")
            return
        if self._pending.tell() > self.bound:
            self._let_go("the archive bound, 100 x --max-doc-chars")

    def _let_go(self, why: str) -> None:
        """The held run goes unchecked: the member is dropped as its header says."""
        self._pending.close()
        self._pending, self._look = None, False
        self.skipped.unsure[self._held] = (self._pending_cut, why)

    def _replay(self, rest: bytes) -> None:
        """Clause ``declared_end_decides``: the member's size was damaged: feed the held
        run again (from its header), then ``rest``."""
        self.skipped.cut[self._held] = self._pending_cut
        run, self._pending = self._pending, None
        run.seek(0)
        self._queue[:0] = [run, rest]
        self._data, self._drop, self._probe, self._dropped = 0, False, b"", 0

    def _sparse_block(self, block: bytes) -> None:
        """An old GNU sparse member's extension block (its byte 504: another follows)."""
        self._emit(block)
        if not block[504]:
            (skipped, stored), self._sparse = self._sparse, None
            self._start_data(_blocks(stored), skipped)

    def _follow_extension(self, data: bytes) -> None:
        """A GNU long name's or a pax header's data: the next member's name and size."""
        if not self._extension:
            return
        self._extension_bytes += data
        if self._data - len(data) > 0:
            return  # more to come (the caller subtracts after this call)
        text = self._extension_bytes.decode("utf-8", "surrogateescape")
        self._extension = False
        if self._extension_type == tarfile.GNUTYPE_LONGNAME:
            self._long_name = text.split("\0", 1)[0]
            return
        for record in text.split("\n"):
            key, _, value = record.partition(" ")[2].partition("=")
            if self._extension_type == tarfile.XGLTYPE:
                self._pax_off |= key == "size" or key.startswith("GNU.sparse")
            elif key == "path":
                self._long_name = value
            elif key == "size" and value.isdigit():
                self._pax_size = int(value)
            elif key == "size" or key.startswith("GNU.sparse"):
                self._pax_off = True


def _whole_at(block: bytes) -> bool:
    """Clause ``declared_end_decides``: ``block`` (at a member's declared end) is what a
    file of the same bytes reads on from: a header (any, v7 too) or the end's zeros."""
    if not block.strip(b"\0"):
        return True
    if not _checksum_ok(block):
        return False
    try:
        tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
    except tarfile.HeaderError:
        return False
    return True


def _blocks(size: int) -> int:
    return -(-size // BLOCK) * BLOCK


def _pax_size_zero(data: bytes) -> bytes:
    """Pax records ``data`` with the digits of a ``size`` record all "0" (same length)."""
    out, at = bytearray(data), 0
    while (m := _PAX_RECORD.match(data, at)) and int(m.group(1)) > 0:
        record = data[at : at + int(m.group(1))]
        if record[m.end() - at :].startswith(b"size="):
            start = at + len(m.group(0)) + len(b"size=")
            out[start : at + len(record) - 1] = b"0" * (len(record) - 1 - (start - at))
        at += int(m.group(1))
    return bytes(out)


def _size_zero(block: bytes) -> bytes:
    """The header ``block`` with its size field 0 and its checksum made again."""
    block = block[:124] + b"00000000000\0" + block[136:148] + b" " * 8 + block[156:]
    checksum = sum(block)
    return block[:148] + b"%06o\0 " % checksum + block[156:]
