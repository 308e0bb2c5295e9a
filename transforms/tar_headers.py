"""A damaged tar loses no member without a line (clauses ``tar_zero_blocks_read_on``,
``swallowed_member_said``; session 47, the Left of session 46).

tarfile reads a tar header by header: a member's size field says where the next header
is. Two kinds of damage ended the archive early without a word (base47: the members
after it were neither read nor counted):

* ``tar_zero_blocks_read_on``: zero blocks are the end of an archive for tarfile (and
  ``tar`` without ``--ignore-zeros``), but two tars joined with ``cat a.tar b.tar``, or
  a tar with zeroed blocks between members, have members after them. Now zero blocks
  are skipped (tarfile's ``ignore_zeros``, switched on at the first zero block) and the
  members after them are read; the stream ends at its true end. After zero blocks,
  data that is no header is one line (``corrupt_archive``: "the tar's end-of-archive
  blocks at byte N are followed by data that is no tar header"); before them it is
  one as before.
* ``swallowed_member_said``: a size field too large makes tarfile skip the headers of
  the members it covers; when the skip lands on the end-of-archive blocks the archive
  looked whole, and the member with the damaged size was read with the other members'
  headers and text inside it. :class:`HeaderWatch` sees every byte tarfile reads and
  notes each block that is a ustar, GNU or pax header ("ustar" at byte 257 and a valid
  checksum). A member whose data holds such a header (not at its first byte: a tar
  inside a tar is rejected ``nested_archive``) is rejected when its reader reaches it
  (:class:`SwallowedHeader`), and each regular member whose header lay inside another
  member's data gets its own ``corrupt_archive`` line that names both. Old v7 headers
  (no magic) are not noticed.
* ``embedded_tar_read`` (review, session 47): headers inside a member's data are a
  damaged size only when, followed header by header, they reach the member's data end
  (where tarfile landed) or go past it; a whole tar that stops inside the member (a
  disk image, a fixture with a prefix) is its data. Decided when the member's reader
  reaches the header only if the tar inside is already read that far (tarfile reads
  ~10 kB ahead).
* ``embedded_tar_ahead`` (session 48): else the member's bytes are read ahead (held,
  up to :data:`EMBEDDED_LOOK_AHEAD`, 32 MB, or the member's end) until the headers inside
  are followed to where they stop; past the bound they count as a damaged size (as
  before: the member cut, its inner headers no lines).
* ``covered_members_read`` (session 48, ``transforms.tar_archive``): the members a
  damaged size covered are read again from a plain tar, opened at the first covered
  header (its pax or long-name header, if any) and read up to the next header the first
  reading gave; a tar read once (compressed, a pipe) keeps one line each, saying why.

* ``end_padding_is_the_end`` (session 49): headers inside the last member's data that
  stop at zero blocks running to the archive's end are the archive's own end blocks (a
  damaged size landing in tar's record padding), not a tar inside the member: the two
  readings (the member's, the archive end's) agree, and no text is read twice.
* ``v7_look_filtered`` (session 49): v7 headers are looked for in every archive (a v7
  tar appended to a ustar one, with or without end blocks between), each block first
  filtered in C by five bytes (:func:`v7_candidates`).

Cost: byte 257 of each block taken in one strided slice, "ustar" compared where it is
"u", the checksum summed where that matches (a header parsed only for a line or a
chain); a member with no noted header inside its data is not checked again. 20,000
small members: the archive layer +25% CPU over base47 (12 us a member).
"""

from __future__ import annotations

import io
import tarfile

from transforms.tar_long_names import LongNames, data_end
from transforms.tar_v7 import _V7_NUL_AT, _checksum_ok, v7_candidates, v7_header

BLOCK = tarfile.BLOCKSIZE
_MAGIC_AT = 257  # "ustar" in a ustar, GNU or pax header
_EXTENSIONS = (
    tarfile.XHDTYPE,
    tarfile.XGLTYPE,
    tarfile.SOLARIS_XHDTYPE,
    tarfile.GNUTYPE_LONGNAME,
    tarfile.GNUTYPE_LONGLINK,
)


def parsed(block: bytes) -> tarfile.TarInfo | None:
    try:
        return tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
    except tarfile.HeaderError:
        return None


class AfterEnd(tarfile.ReadError):
    """Data that is no tar header after the end-of-archive blocks (tar_zero_blocks_read_on)."""


class SwallowedHeader(tarfile.ReadError):
    """A member's data holds another member's header: its size field is damaged
    (``last_tar``: or it is a tar stored as the archive's last member, clause
    ``last_member_tar_said``)."""

    last_tar = False


class HeaderWatch:
    """The stream tarfile reads (``read`` passes through): notes every header block."""

    def __init__(self, stream, hold=None):
        self._read = stream.read
        self.hold = hold  # clause covered_pipe_read: a ``tar_pipe_hold.PipeHold``, or None
        self._carry = b""  # bytes since the last block boundary
        self._at = 0  # tar offset of ``_carry``'s first byte
        self.headers: dict[int, bytes] = {}  # offset -> header block, in order
        self.last = -1  # the offset of the last header noted
        self.v7 = False  # the archive's headers are v7 (no magic): look for those too
        self.data_end = 0  # past the last byte read that is not NUL (end_padding_is_the_end)
        self._peeked = bytearray()  # read (and noted) by ``end_padding``, not given yet
        self._zeros = 0  # NUL bytes read by ``end_padding``, given before ``_peeked``
        self._eof = False
        self.long = LongNames()  # clause covered_full_name: long names and pax paths

    def read(self, n: int = -1) -> bytes:
        if self._zeros:  # clause zero_run_counted: a run of NULs read ahead, as a count
            size = self._zeros if n is None or n < 0 else min(n, self._zeros)
            self._zeros -= size
            return bytes(size)
        if self._peeked:
            size = len(self._peeked) if n is None or n < 0 else n
            data = bytes(self._peeked[:size])
            del self._peeked[:size]
            return data
        data = self._read(n)
        if data:
            self._scan(data)
        else:
            self._eof = True
        return data

    @property
    def read_to(self) -> int:
        """The tar offset past the last byte read (clause file_declared_end_decides)."""
        return self._at + len(self._carry)

    def end_padding(self, stop: int) -> bool:
        """Clause ``end_padding_is_the_end`` (session 49): the bytes from ``stop`` to the
        stream's end are all NUL (read ahead, held and given to tarfile after): zero
        blocks there are the archive's own end, not the end of a tar inside a member. Clause ``zero_run_counted`` (session 50): the bytes read
        ahead are all NUL until the first that is not (``stop`` is behind the stream's
        position), so they are kept as a count (:attr:`_zeros`) and only the last piece
        (:data:`PEEK_PIECE`) as bytes: the look reads on to that byte or the stream's end
        in constant memory, where session 49 stopped at :data:`PADDING_PEEK` (1 MB,
        "not decided": a damaged size whose tar was padded to a 2 MB record (``tar -b
        4096``) was read as a tar inside the member)."""
        while self.data_end <= stop and not self._eof:
            data = self._read(PEEK_PIECE)
            if not data:
                self._eof = True
                break
            self._scan(data)
            if not self._peeked and data.count(0) == len(data):
                self._zeros += len(data)
            else:
                self._peeked += data
        return self.data_end <= stop

    def _scan(self, data: bytes) -> None:
        # clause end_padding_is_the_end (a chunk ending off NUL is not copied to strip it)
        if kept := len(data) if data[-1] else len(data.rstrip(b"\0")):
            self.data_end = self._at + len(self._carry) + kept
        chunk = self._carry + data if self._carry else data
        full = len(chunk) // BLOCK * BLOCK
        marks = chunk[_MAGIC_AT:full:BLOCK]  # byte 257 of each whole block, in C
        found, at = [], marks.find(b"u")
        while at != -1:
            if chunk[at * BLOCK + _MAGIC_AT : at * BLOCK + _MAGIC_AT + 5] == b"ustar":
                found.append(at)
            at = marks.find(b"u", at + 1)
        if not self._at:  # the archive's first block: a v7 archive's headers are v7
            self.v7 = v7_header(chunk) if len(chunk) >= BLOCK else False
        if not self.v7:  # clause v7_look_filtered
            found += v7_candidates(chunk, full)
        for nul_at in _V7_NUL_AT if self.v7 else ():  # clause v7_headers_noticed
            nuls = chunk[nul_at:full:BLOCK]
            at = nuls.find(0)
            while at != -1:
                if v7_header(chunk, at * BLOCK):
                    found.append(at)
                at = nuls.find(0, at + 1)
        noted = []
        for at in sorted(set(found)) if len(found) > 1 else found:
            block = chunk[at * BLOCK : at * BLOCK + BLOCK]
            if _checksum_ok(block):  # parsed only where it matters (review: cost)
                self.headers[self._at + at * BLOCK] = block
                self.last = self._at + at * BLOCK
                self.long.note(self.last, block)  # clause covered_full_name
                noted.append(self.last)
        if self.long._open:
            self.long.fill(chunk, self._at, full)
        if self.hold is not None:  # clause covered_pipe_read
            self.hold.scanned(self._at, chunk, data, noted)
        self._carry = chunk[full:]
        self._at += full

    def inside(
        self, offset_data: int, end: int, after: int = -1
    ) -> tuple[int, tarfile.TarInfo] | None:
        """The first header inside the data ``offset_data``..``end`` (not at its first
        byte: a tar member's own headers) past ``after``, or None."""
        if offset_data in self.headers:
            return None
        for at, block in self.headers.items():
            if offset_data < at < end and at > after and (info := parsed(block)) is not None:
                return at, info
        return None

    def chain_end(self, at: int) -> int | None:
        """Review (session 47): where the headers noted from ``at`` on, each followed to
        the next by its size, stop: the first block past them that is no header; None
        while that block is not read yet."""
        at = self.chain_end_by(at, float("inf"))
        return at if at is not None and at + BLOCK <= self._at else None

    def chain_end_by(self, at: int, end: float) -> int | None:
        """Where the headers noted from ``at`` on, each followed to the next by its size,
        stop or first reach ``end`` or past it (None: a GNU sparse header; used by
        :meth:`chain_end` and, session 55, clause no_end_blocks_no_tar)."""
        return follow_headers(self.headers.get, at, end)[0]

    def embedded(self, at: int, end: int, whole: bool = False) -> int | None:
        """Review (session 47): clause embedded_tar_read: the headers from ``at`` on are a
        whole tar inside a member's data (a disk image, a prefixed tar): they stop
        before ``end``, the member's data end. Then where they stop, else None (they
        reach ``end`` or past it: a damaged size field, as tarfile landed there)."""
        stop = self.chain_end(at)  # whole: file_declared_end_decides (no padding look)
        whole = whole and stop is not None and stop + 2 * BLOCK <= end  # review: two_end_blocks
        if stop is None or stop >= end or (not whole and self.end_padding(stop)):
            return None  # clause end_padding_is_the_end: zeros to the archive's end
        return stop


def swallowed(
    watch: HeaderWatch, prev, info, stop: float = float("inf"), whole: bool | None = None
) -> tuple[int | None, list[tuple[int, str, str, int]]]:
    """The regular members whose headers lie inside the data of ``prev`` (the member
    tarfile gave before ``info``; ``info`` None: the archive's end), before ``stop``:
    where the first header block inside it starts (a pax or long-name header of the
    first covered member, or its own; None if none), and (its header's offset, its
    name, ``prev``'s name, ``prev``'s size) of each. The headers tarfile parsed are
    forgotten. Clause ``file_declared_end_decides`` (transforms.tar_file_end): ``whole``
    True (a member not read, a header or zeros at its declared end): headers inside that,
    followed, stop before that end are its own tar, zeros to the archive's end or not;
    False (no header at its declared end): a header at its byte 0 is a covered member."""
    before = min(info.offset if info is not None else float("inf"), stop)
    if whole is None and no_end_blocks(watch, prev, info):
        whole = False  # session 55: clause no_end_blocks_no_tar
    nested = prev is None or prev.offset_data in watch.headers or prev.issparse()
    nested = nested and (whole is not False or prev is None or prev.issparse())
    first_at = prev.offset_data - (whole is False) if prev is not None else 0
    if not nested:  # review: a whole tar inside prev's data (session 49: at the end too)
        end = data_end(prev)
        covered = [at for at in watch.headers if first_at < at < end]
        own = watch.embedded(covered[0], end, whole is True) if covered else None
        nested = own is not None
        if nested and whole is False and any(own <= at for at in covered):
            first_at, nested = own - 1, False  # session 55: clause inner_tar_then_covered
    out, first = [], None
    for at in [at for at in watch.headers if at < before]:
        header = parsed(watch.headers.pop(at))
        if (
            header is None
            or nested
            or not prev.isreg()
            or not first_at < at < prev.offset_data + prev.size
        ):
            continue
        first = at if first is None else first
        if header.type in tarfile.REGULAR_TYPES:  # clause covered_full_name: its whole name
            out.append((at, watch.long.name(at, header.name), prev.name, prev.size))
    if info is not None:
        for at in [at for at in watch.headers if at < info.offset_data]:
            del watch.headers[at]  # its own (pax, GNU long name) headers
    return (first if out else None), out


def follow_headers(block, at: int, end: float = float("inf")):
    """The headers from ``at`` on, each followed to the next by its size: where they stop
    (the first block that is no header, or is not there: ``block(at)`` None) or first reach
    ``end`` or past it, and their infos; (None, infos) at a GNU sparse header, whose
    extension blocks are not followed. ``block``: the 512 bytes at an offset, or None."""
    infos = []
    while at < end and (raw := block(at)) is not None and (info := parsed(raw)) is not None:
        if info.type == tarfile.GNUTYPE_SPARSE:
            return None, infos
        infos.append(info)
        data = info.type in tarfile.REGULAR_TYPES or info.type in _EXTENSIONS
        at += BLOCK + (-(-info.size // BLOCK) * BLOCK if data else 0)
    return at, infos


def no_end_blocks(watch: HeaderWatch, prev, info) -> bool:
    """Session 55: clause ``no_end_blocks_no_tar``: a regular member whose data starts
    with a header, and whose headers, followed from there, run exactly to its declared
    end, where the next header tarfile read stands, holds no end-of-archive blocks: it is
    no tar stored whole (tar and tarfile end each tar with two zero blocks) but a damaged
    size field (an empty member's, landing on a later header): the headers inside its data
    are this archive's members, read again (base55: taken as a tar stored whole; the
    members it covered had no row, its own row said "unpack" it)."""
    if prev is None or info is None or not prev.isreg() or prev.issparse():
        return False
    end = data_end(prev)
    return (
        info.offset == end
        and prev.offset_data in watch.headers
        and watch.chain_end_by(prev.offset_data, end) == end
    )


ONCE = (
    "the archive is read from a pipe, so it is read once, and those bytes were skipped "
    "with the damaged member's, not held"
)  # session 50: a tar inside another archive is never read as one (nested_archive);
# a pipe's covered members are read from held bytes (clause covered_pipe_read,
# transforms.tar_pipe_hold), this line is left for what that does not hold (clauses
# covered_members_read, covered_compressed_read: why such a member is not read)


def swallowed_line(name: str, archive: str, by: str, size: int, why: str = ONCE) -> str:
    return (
        f"member {name} of archive {archive} is not read: its header lies inside the data "
        f"of member {by}, whose size field ({size:,} bytes) is damaged ({why}); re-create "
        "or re-download the archive (`tar -tvf` lists the headers it finds)"
    )


PADDING_PEEK = 1 << 20  # session 49's bound on NULs read ahead (end_padding; now counted)
PEEK_PIECE = 1 << 16  # bytes read at a time by end_padding (held: the last piece only)
PENDING = "pending"  # clause embedded_tar_ahead: the tar inside is not read to its end yet
EMBEDDED_LOOK_AHEAD = 32 << 20  # bytes of a member held while that is decided


def swallowing_error(watch: HeaderWatch, info, read: int, embedded: bool = True, final=False):
    """Where another header starts inside a member's first ``read`` data bytes (bytes
    from its data's start) and the error to raise there, or None. ``embedded`` False:
    a whole tar inside the data counts too (the stream ended inside the member).
    Clause ``embedded_tar_ahead`` (session 48): :data:`PENDING` while the headers
    inside, followed, are not read to where they stop (a tar inside larger than
    tarfile's ~10 kB read-ahead); ``final`` (the member's data is read to its end, or
    :data:`EMBEDDED_LOOK_AHEAD` held): then they reach past its end, a damaged size."""
    if info.issparse():
        return None  # review: its data's offsets are not the stream's (holes)
    end, after, last_tar = data_end(info), -1, False
    while found := watch.inside(info.offset_data, info.offset_data + min(read, info.size), after):
        at, other = found
        if not embedded:
            break
        stop = watch.chain_end(at)  # clause embedded_tar_read
        if stop is None and not final:
            return PENDING
        if stop is None or stop >= end:
            break
        if watch.data_end <= stop:  # clause end_padding_is_the_end: NULs since it stopped
            if not final and watch._at < end:
                return PENDING  # the member's end not read yet
            if watch.end_padding(stop):
                last_tar = True  # clause last_member_tar_said: or a tar stored last
                break  # the archive's own end blocks: a damaged size
        after = stop
    if not found:
        return None
    error = SwallowedHeader(
        f"its header says {info.size:,} bytes, but the header of member "
        f"{watch.long.name(at, other.name)!r} lies "
        f"inside them at byte {at - info.offset_data:,} ("
        + (LAST_TAR if last_tar else "a damaged size field")
        + "); it is read no further (a JSON Lines member keeps the records before it), "
        "nor are the members it covers (each has a line, or is read from the archive again)"
    )
    error.last_tar = last_tar
    return at - info.offset_data, error


LAST_TAR = (
    "a damaged size field, or a whole tar stored as the archive's last member: the headers "
    "inside it stop before its end and only zero blocks follow to the archive's end, where "
    "a tar's own end blocks and the archive's cannot be told apart"
)  # clause last_member_tar_said (session 50): what is true of such a member
LAST_TAR_FIX = (
    "if the member is a tar or a disk image you stored, its files were read as the "
    "archive's members (each once), so nothing is lost; else re-create or re-download the "
    "archive"
)  # clause last_member_tar_said: what to do


def tar_end(tar_module=tarfile):
    """A ``TarInfo`` class that records how the stream ended: end-of-archive zero
    blocks, or data that stops (cut short) or is no header (corrupt); tarfile takes
    all three as the end, so a cut tar looked whole. Clause tar_zero_blocks_read_on
    (transforms.tar_headers): zero blocks are skipped and the members after them read;
    data after them that is no header is ``"junk"``."""

    class Checked(tar_module.TarInfo):
        @classmethod
        def fromtarfile(cls, tar):
            zeros = getattr(tar, "longctx_zeros", None)  # offset of the zero blocks
            try:
                info = super().fromtarfile(tar)
            except tar_module.EOFHeaderError:
                tar.longctx_end = "end"
                if zeros is None:
                    tar.longctx_zeros = tar.offset
                    tar.longctx_zero_run = tar.offset  # kept (file_declared_end_decides)
                tar.ignore_zeros = True  # read on: the next block decides
                raise
            except (tar_module.EmptyHeaderError, tar_module.TruncatedHeaderError):
                tar.longctx_end = "truncated" if zeros is None else "end"
                raise
            except tar_module.InvalidHeaderError:
                tar.ignore_zeros = False  # tarfile stops here
                tar.longctx_end = "corrupt" if zeros is None else "junk"
                raise
            tar.longctx_zeros = None
            return info

    return Checked


class TarData(io.RawIOBase):
    """A tar member's data; the tar ending inside it is ``EOFError`` (a cut input, as a
    cut .gz is), not tarfile's "unexpected end of data"; another member's header inside
    it is ``SwallowedHeader`` (clause swallowed_member_said), given after the bytes
    before it. Clause ``embedded_tar_ahead``: while a tar inside is not decided, the
    member's bytes are read ahead (held) until it is."""

    def __init__(self, inner, watch=None, info=None):
        self._inner, self._watch, self._info = inner, watch, info
        self._read = 0  # data bytes read from ``inner``
        self._given = 0  # data bytes given to the reader
        self._ahead = bytearray()  # read, not given yet
        self._cut: int | None = None  # where ``_error`` is raised
        self._error: SwallowedHeader | None = None

    def readable(self) -> bool:
        return True

    def _pull(self, buffer=None) -> int:
        """Data bytes read into ``buffer``, or (None) up to 64 kB more into ``_ahead``."""
        try:
            if buffer is None:
                chunk = self._inner.read(min(1 << 16, EMBEDDED_LOOK_AHEAD // 4))
                self._ahead += chunk
                n = len(chunk)
            else:
                n = self._inner.readinto(buffer)
        except (tarfile.ReadError, EOFError) as error:  # EOFError: a cut .gz, .zst, ...
            if self._watch is not None and (
                found := swallowing_error(self._watch, self._info, self._seen(), embedded=False)
            ):  # review: the tar it seemed to hold went on past its end: a damaged size
                self._cut, self._error = found
                self._error.__cause__ = error
                return 0
            if isinstance(error, EOFError):
                raise
            raise EOFError(f"the tar ends inside this member ({error})") from error
        self._read += n
        return n

    def _seen(self) -> int:
        """Data bytes the stream went through (session 48: a read that failed at the
        end of the stream had passed the headers it holds, though it gave no bytes)."""
        return max(self._read, self._watch._at - self._info.offset_data)

    def _check(self, final: bool) -> bool:
        """False while a tar inside is pending (read on); sets the cut once decided."""
        watch = self._watch
        if watch is None or self._cut is not None or watch.last <= self._info.offset_data:
            return True  # else none inside
        end = self._info.offset_data + self._info.size
        if watch.last >= end and not watch.inside(self._info.offset_data, end):
            self._watch = None  # review (cost): headers come in order; none inside
            return True
        found = swallowing_error(watch, self._info, self._read, final=final)
        if found == PENDING:
            return False
        if found:
            self._cut, self._error = found
        return True

    def readinto(self, buffer) -> int:
        if not self._ahead and self._cut is None:
            n = self._pull(buffer)
            decided = self._check(final=not n)
            if decided and self._cut is None:
                self._given += n
                return n  # the common case: no header inside, no copy
            self._ahead += memoryview(buffer)[:n]
            while not decided:  # clause embedded_tar_ahead: read on until decided
                final = len(self._ahead) >= EMBEDDED_LOOK_AHEAD or not self._pull()
                decided = self._check(final=final)
        limit = len(self._ahead) if self._cut is None else self._cut - self._given
        n = min(len(buffer), len(self._ahead), max(limit, 0))
        if not n and self._error is not None:
            raise self._error
        buffer[:n] = self._ahead[:n]
        del self._ahead[:n]
        self._given += n
        return n

    def close(self) -> None:
        self._inner.close()
        super().close()
