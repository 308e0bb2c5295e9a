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

Anything this does not follow (an old GNU sparse member with extension blocks, a pax
size record, a header that is no header) turns it off for the rest of the stream: the
bytes are held as before, and the tar reader says what is wrong.
"""

from __future__ import annotations

import posixpath
import tarfile

from transforms.decompress import strip_codec_suffix

BLOCK = tarfile.BLOCKSIZE
# Types whose data is their header's size (tarfile's own for these); anything else
# (GNU sparse "S" with extension blocks, multivolume "M", ...) ends the skim.
_FOLLOWED = set(tarfile.REGULAR_TYPES + (tarfile.LNKTYPE, tarfile.SYMTYPE, tarfile.CHRTYPE))
_FOLLOWED |= {tarfile.BLKTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE}
_FOLLOWED |= {tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK}
_FOLLOWED |= {tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE}
_EXTENSIONS = {tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK}
_EXTENSIONS |= {tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE}
_READ_BY_RECORD = (".jsonl", ".json", ".ndjson", ".parquet", ".pq")  # transforms.read


def rejected_unread(name: str) -> bool:
    """A member named ``name`` over the size bound is rejected without a read: it is
    read as text (a JSONL or Parquet member is read record by record, any size)."""
    return not strip_codec_suffix(posixpath.basename(name)).endswith(_READ_BY_RECORD)


class TarSkim:
    """:meth:`feed` the decompressed bytes of a tar in order; it returns what to hold."""

    def __init__(self, member_limit: int):
        self.member_limit = member_limit
        self.skipped: dict[int, int] = {}  # data offset in what was held -> real size
        self._header = b""  # a header block's first bytes, while it is incomplete
        self._data = 0  # bytes of the current member's data (and padding) still to come
        self._drop = False  # the current member's data is not held
        self._held = 0  # bytes held (handed to the spool) so far
        self._long_name = ""  # a GNU long name or pax path for the next header
        self._pax_size = False  # a pax size record: the header's size is not the size
        self._extension = False  # the current data is a long name or pax records
        self._extension_type, self._extension_bytes = b"", b""
        self._off = False

    def feed(self, data: bytes) -> bytes:
        if self._off:
            self._held += len(data)
            return data
        out, at = [], 0
        while at < len(data) and not self._off:
            if self._data:
                n = min(self._data, len(data) - at)
                if not self._drop:
                    out.append(data[at : at + n])
                    self._held += n
                    self._follow_extension(data[at : at + n])
                self._data -= n
                at += n
                continue
            n = min(BLOCK - len(self._header), len(data) - at)
            self._header += data[at : at + n]
            at += n
            if len(self._header) == BLOCK:
                block, self._header = self._header, b""
                out.append(self._header_block(block))
        if self._off:
            rest = self._header + data[at:]
            self._header = b""
            out.append(rest)
            self._held += len(rest)
        return b"".join(out)

    def _header_block(self, block: bytes) -> bytes:
        """The block to hold for the header ``block`` (its size 0 when its data is
        dropped); sets how much data follows."""
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except tarfile.HeaderError:  # the end's zero blocks, or no header: not followed
            self._off = True
            self._held += BLOCK
            return block
        if info.type not in _FOLLOWED or info.type == tarfile.GNUTYPE_SPARSE or self._pax_size:
            self._off = True  # review: a pax size record turns it off, as said above
            self._held += BLOCK
            return block
        # Review (session 46): data follows a header as tarfile reads it: a link's,
        # folder's or device's header has none, whatever its size field says.
        data = info.type in tarfile.REGULAR_TYPES or info.type in _EXTENSIONS
        self._data = -(-info.size // BLOCK) * BLOCK if data else 0
        self._drop = False
        self._extension = info.type in (
            tarfile.GNUTYPE_LONGNAME,
            tarfile.XHDTYPE,
            tarfile.SOLARIS_XHDTYPE,
        )
        self._extension_type, self._extension_bytes = info.type, b""
        if self._extension or info.type in (tarfile.GNUTYPE_LONGLINK, tarfile.XGLTYPE):
            self._held += BLOCK
            return block
        name = self._long_name or info.name
        skim = (
            info.type in tarfile.REGULAR_TYPES
            and info.size > self.member_limit
            and rejected_unread(name)
        )
        self._long_name, self._pax_size = "", False
        self._held += BLOCK
        if not skim:
            return block
        self._drop = True
        self.skipped[self._held] = info.size
        return _size_zero(block)

    def _follow_extension(self, data: bytes) -> None:
        """A GNU long name's or a pax header's data: the next member's name, and
        whether a pax record gives its size (then it is held as before)."""
        if not self._extension:
            return
        self._extension_bytes += data
        if self._data - len(data) > 0:
            return  # more to come (the caller subtracts after this call)
        text = self._extension_bytes.decode("utf-8", "surrogateescape")
        if self._extension_type == tarfile.GNUTYPE_LONGNAME:
            self._long_name = text.split("\0", 1)[0]
        else:
            for record in text.split("\n"):
                key, _, value = record.partition(" ")[2].partition("=")
                if key == "path":
                    self._long_name = value
                elif key == "size" or key.startswith("GNU.sparse"):
                    self._pax_size = True
        self._extension = False


def _size_zero(block: bytes) -> bytes:
    """The header ``block`` with its size field 0 and its checksum made again."""
    block = block[:124] + b"00000000000\0" + block[136:148] + b" " * 8 + block[156:]
    checksum = sum(block)
    return block[:148] + b"%06o\0 " % checksum + block[156:]
