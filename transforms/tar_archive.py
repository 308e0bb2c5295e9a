"""Read a tar archive member by member in tarfile's stream mode (moved from
``transforms.archives``, session 48): pipes (clause ``damaged_tar_pipe``), members not
held (``pipe_member_not_held``), damaged compressed units (``damaged_tar_members``) and
damaged headers (``transforms.tar_headers``). The rules are in ``transforms.archives``'
module doc."""

from __future__ import annotations

import io
import posixpath
import tarfile
from collections.abc import Iterator
from dataclasses import replace

from schemas import Rejected
from transforms.archive_members import _Members, _reject, _skip
from transforms.decompress import (
    TEST_COMMANDS,
    codec_of,
    damaged_stream,
    open_input,
    piped_codec,
)
from transforms.inputs import printable, read_once
from transforms.member_files import MemberFile, PeekingOpener, _TooLarge, open_file
from transforms.member_names import is_hidden, member_name
from transforms.pipes import skimmed
from transforms.tar_file_end import (
    BLOCK,
    BROKEN,
    damaged_line,
    declared_end,
    end_stood,
    own_tar_said,
)
from transforms.tar_headers import (
    ONCE,
    AfterEnd,
    HeaderWatch,
    TarData,
    follow_headers,
    swallowed,
    swallowed_line,
    tar_end,
)
from transforms.tar_long_names import data_end
from transforms.tar_pipe_hold import PipeHold
from transforms.tar_said import nested_line


class _ShortReads:
    """``read(n)`` as one ``read1``: what the stream holds, short, before the error its
    next read raises (clause damaged_tar_pipe: tarfile reads 10 kB at a time, and a
    full ``read`` lost the checked end of a member when the next unit failed). Session 57
    review: clause ``cut_gz_tail_kept``: a compressed tar FILE (by its name; a first
    reading, a reading again, a member) is read so too: a gzip / xz stream cut just after
    its members (trailer or index lost) raised EOFError inside tarfile's buffered 10 kB
    ``read`` and lost the whole members' bytes decompressed before it (base57: a small
    .tar.gz gave no member, a larger one its last whole member ``truncated_input``).
    Not where the file's check (transforms.tar_damage) found damage: there the codec's
    error must come before the damaged bytes (clause damaged_tar_members)."""

    def __init__(self, stream):
        self._read = getattr(stream, "read1", stream.read)

    def read(self, n: int = -1) -> bytes:
        return self._read(n)


def _tar(file, members: _Members, limit: int, file_format, damage=None) -> Iterator:
    not_held = {}
    with open_file(file) as stream:
        if read_once(file.path):  # a pipe: clause damaged_tar_pipe
            stream = _ShortReads(stream)
            not_held = skimmed(file.path)  # clause pipe_member_not_held
        read = _Read(file, members, limit, file_format, damage, not_held, _reopener(file))
        end = yield from read.tar(stream)
    if end == "junk":  # clause tar_zero_blocks_read_on
        raise AfterEnd(
            f"the tar's end-of-archive blocks at byte {read.zeros:,} are followed by "
            "data that is no tar header (a damaged header, or data appended to the tar)"
        )
    if end != "end":
        raise (EOFError if end == "truncated" else tarfile.ReadError)(
            "the tar stops without its end-of-archive blocks"
            if end == "truncated"
            else "a member header is not a tar header"
        )


def _reopener(file):
    """Clause ``covered_members_read`` (session 48): a function that opens a plain tar
    (a local or remote file, no codec by its name, not a pipe) again at a byte offset,
    or None (a pipe, a member: read once). Clause ``covered_compressed_read`` (session
    49): a compressed tar file (.tar.gz, .tar.bz2, .tar.xz, .tar.zst; local or remote) is
    decompressed again from its start and the bytes before the offset read to nowhere
    in :data:`SKIP_PIECE` pieces (memory: one piece; cost: that part decompressed once
    more per damaged size). Clause ``compressed_rereads_capped`` (session 49 review): at
    most :data:`COMPRESSED_REREADS` such readings per archive, then lines (:data:`CAPPED`)."""
    if isinstance(file, MemberFile) or read_once(file.path):
        return None

    def reopen(at: int):
        from apache_beam.io.filesystem import CompressionTypes
        from apache_beam.io.filesystems import FileSystems

        if codec_of(file.path):  # clause covered_compressed_read
            handle = open_input(file.path)
            while at and (piece := handle.read(min(at, SKIP_PIECE))):
                at -= len(piece)
            return handle
        handle = FileSystems.open(file.path, compression_type=CompressionTypes.UNCOMPRESSED)
        handle.seek(at)
        return handle

    return reopen


SKIP_PIECE = 1 << 20  # bytes of a compressed tar decompressed to nowhere at a time
COMPRESSED_REREADS = 16  # clause compressed_rereads_capped: readings again of one compressed tar
CAPPED = (
    "the archive is compressed and was decompressed again from its start "
    f"{COMPRESSED_REREADS} times already for earlier damaged size fields: each reading again "
    "costs one more decompression of its start, so no more are made"
)  # clause compressed_rereads_capped (session 49 review): why such a member is not read


class _Read:
    """One tar's members, read from a stream (``tar``); ``stop``: a covered run read
    again ends at the next header the first reading gave (clause covered_members_read)."""

    def __init__(self, file, members, limit, file_format, damage, not_held, reopen, stop=None):
        self.file, self.members, self.limit, self.file_format = file, members, limit, file_format
        self.damage, self.not_held, self.reopen, self.stop = damage, not_held, reopen, stop
        self.zeros = 0  # where the end-of-archive blocks are
        self.reached = 0  # the offset of the next header tarfile reads
        self.again = False  # a covered run read again: not read a third time
        self.base = 0  # the tar offset this stream starts at (a reading again)
        self.rereads = 0  # compressed readings again made (clause compressed_rereads_capped)
        self.codec_damage: str | None = None  # clause reread_codec_said: what a reading found
        self.hold: PipeHold | None = None  # clause covered_pipe_read: a pipe's bytes held
        self.said = None  # clause skim_stops_at_a_header: (a line, its data offset) to give
        self.dropped = -1  # clause file_declared_end_decides: a member not read, its data offset
        self.nested = None  # session 56: clause nested_line_waits (a by-name line held)
        self.within = ""  # session 56: clause covered_name_said (whose data this run lies in)

    def tar(self, stream):
        """Yield the members; return how the tar ended ("end", "truncated", "corrupt",
        "junk", or "stop" at ``stop``)."""
        whole = self.damage is None  # the check found no damage (whole, or only cut)
        if whole and codec_of(self.file.path) and not isinstance(stream, _ShortReads):
            stream = _ShortReads(stream)  # session 57 review: clause cut_gz_tail_kept
        if self.reopen is None and not self.again and read_once(self.file.path):
            # clauses covered_pipe_read, pipe_hold_spills: up to the archive bound
            self.hold = PipeHold.of_archive(self.members.max_chars)
        watch = HeaderWatch(stream, self.hold)  # clause swallowed_member_said
        tar = tarfile.open(fileobj=watch, mode="r|", tarinfo=tar_end())
        try:
            return (yield from self._members(tar, watch))
        finally:
            if self.hold is not None:
                self.hold.close()  # its temporary file, if any, is removed now

    def _members(self, tar, watch):
        members, damage, not_held = self.members, self.damage, self.not_held
        infos, prev = iter(tar), None
        while True:
            try:
                info = next(infos, None)
            except tarfile.TarError:
                whole = declared_end(watch, prev, None, tar, failed=True)
                self._end_of(prev, whole, end_stood(watch, prev, None, tar, failed=True))
                yield from self._said(whole, watch, prev)
                if prev is not None and prev.offset_data != self.dropped:
                    whole = None if whole else False  # a member read keeps its own clauses
                if (yield from self._covered(watch, prev, None, whole=whole)):
                    return "end"  # the damaged size explains it: read to a clean end
                if self.codec_damage is not None:  # clause reread_codec_said
                    raise tarfile.ReadError(self.codec_damage) from None
                raise
            except Exception:
                self._end_of(prev, None, BROKEN)  # session 57: clause broken_stream_said
                yield from self._said()  # before the error's own line
                yield from self._nested_said([])
                raise
            whole = declared_end(watch, prev, info, tar)  # clause file_declared_end_decides
            self._end_of(prev, whole, end_stood(watch, prev, info, tar))
            yield from self._said(whole, watch, prev)
            if whole and prev.offset_data != self.dropped:
                whole = None  # a member read keeps its own clauses
            clean = yield from self._covered(watch, prev, info, whole=whole)
            if info is None:
                self.zeros = getattr(tar, "longctx_zeros", 0)
                if not clean and self.codec_damage is not None:  # clause reread_codec_said
                    raise tarfile.ReadError(self.codec_damage)
                return "end" if clean else getattr(tar, "longctx_end", "truncated")
            if self.stop is not None and info.offset >= self.stop:
                return "stop"
            prev, self.reached = info, tar.offset
            if self.hold is not None:  # clause covered_pipe_read
                self.hold.member(info.offset_data, info.offset_data + info.size, watch.headers)
            if not info.isreg():
                kind = "" if info.isdir() else "link" if info.issym() or info.islnk() else "special"
                _skip(info.name, members, kind)
                continue
            if not member_name(info.name) or is_hidden(member_name(info.name)):
                _skip(info.name, members, "hidden")
                continue
            name = member_name(info.name)
            if damage and damage.error is None and self.base + info.offset_data > damage.bound:
                # clause tar_check_bound: past the bound no member is read (one line)
                raise _TooLarge(
                    f"the tar archive expands past {damage.bound:,} bytes (the archive bound, "
                    "100 x --max-doc-chars); its members from there on are not read: unpack "
                    "it and pass its files (or a folder) as --input, or raise --max-doc-chars"
                )
            fresh = printable(name) not in members.seen  # session 56: covered_name_said
            member = members.member(
                info.name,
                not_held.get(info.offset_data, info.size),
                PeekingOpener(
                    lambda i=info: io.BufferedReader(TarData(tar.extractfile(i), watch, i))
                ),
                self.limit,
                self.file_format(name),
                in_tar=True,  # session 55: clause tar_data_no_tar_said
                within=self.within if self.again else "",  # session 56: covered_name_said
            )
            if self.again and fresh:  # session 56: clause covered_name_said
                members.inside[printable(name)] = self.within
            if isinstance(member, Rejected) and member.reason == "nested_archive":
                self.nested = member  # session 56: clause nested_line_waits
                continue
            if info.offset_data in not_held and isinstance(member, Rejected):
                self.said = (member, info.offset_data)  # clause skim_stops_at_a_header
                continue
            if isinstance(member, Rejected) and member.reason == "member_too_large":
                self.dropped = info.offset_data  # clause file_declared_end_decides
                self.said = (member, info.offset_data)  # its line once its end is read
                continue
            if (
                damage
                and isinstance(member, MemberFile)
                and damage.holds(self.base + info.offset_data, info.size)
            ):
                # clause damaged_tar_members (transforms.tar_damage)
                member = _reject(
                    member.relative, member.source, "corrupt_archive", damage.line(printable(name))
                )
            yield member

    def _said(self, whole: bool | None = None, watch=None, prev=None):
        """Clause ``skim_stops_at_a_header``: the line of a member not held, once tarfile
        read the next header (the skim has passed the dropped data by then, so it knows
        whether a member header lay inside it; a bzip2 block is handed out before)."""
        if self.said is not None:
            (member, at), self.said = self.said, None
            if at not in self.not_held:  # clause file_declared_end_decides
                if whole is False:
                    yield damaged_line(member, self.file.path)
                else:  # review: clause own_tar_said
                    yield own_tar_said(member, watch, prev)
                return
            cut = getattr(self.not_held, "cut", {}).get(at)
            unsure = getattr(self.not_held, "unsure", {}).get(at)
            own = getattr(self.not_held, "own", {}).get(at)
            yield _not_held(member, cut, self.file.path, unsure, own)

    def _end_of(self, prev, whole, stood):
        """Session 56: clause ``cut_tar_said`` (transforms.tar_said ``Held``): what stood
        at ``prev``'s declared end, for its held line."""
        if prev is not None:
            name = printable(member_name(prev.name))
            self.members.end_of = (f"{self.file.relative}/{name}", whole, stood)

    def _nested_said(self, covered, prev=None, cut=None):
        """Session 56: clause ``nested_line_waits``: a member rejected ``nested_archive``
        by its name (``part.tar``) gives its line once the next header is read, so that
        the line says what the reader did with the member headers inside its data
        (:func:`transforms.tar_said.nested_line`)."""
        if self.nested is not None:
            member, self.nested = self.nested, None
            yield nested_line(member, covered, prev, cut)

    def _runs_past(self, watch, prev) -> bool:
        """Session 57: clause ``cut_nested_said``: whether the member headers in
        ``prev``'s data, followed from byte 0, run past its declared end: from the blocks
        the watch saw (a pipe reads them), else from a plain tar file read again there
        (a few blocks, by seeking); a compressed file is not read again for this."""
        start, end = prev.offset_data, data_end(prev)
        if start in watch.headers:
            at = watch.chain_end_by(start, end)
        elif self.reopen is not None and not codec_of(self.file.path):
            with self.reopen(self.base + start) as handle:

                def block(offset):
                    handle.seek(self.base + offset)
                    raw = handle.read(BLOCK)
                    return raw if len(raw) == BLOCK else None

                at = follow_headers(block, start, end)[0]
        else:
            return False
        return at is not None and at > end

    def _covered(self, watch: HeaderWatch, prev, info, whole: bool | None = None):
        """Clause swallowed_member_said (transforms.tar_headers): the members whose
        headers lay inside ``prev``'s data (tarfile skipped them): read again from a
        plain tar (clause covered_members_read), else one line each. Returns True when
        that reading went on to the tar's clean end."""
        stop = float("inf") if self.stop is None else self.stop
        cut = None  # session 57: clause cut_nested_said (before swallowed forgets headers)
        _, end_whole, stood = getattr(self.members, "end_of", ("", None, ""))
        if self.nested is not None and prev is not None and end_whole is True:
            cut = stood if self._runs_past(watch, prev) else None
        first, covered = swallowed(watch, prev, info, stop, whole)
        yield from self._nested_said(covered, prev, cut)
        limit = stop if info is None else min(info.offset, stop)
        clean, reached = False, 0
        why = "it lies inside a member read again already" if self.again else ONCE
        reopen = self.reopen
        if covered and reopen is not None and codec_of(self.file.path):
            # clause compressed_rereads_capped (session 49 review): each reading again of a
            # compressed tar decompresses its start once more; past the cap, lines
            reopen, why = (reopen, why) if self.rereads < COMPRESSED_REREADS else (None, CAPPED)
            self.rereads += reopen is not None
        if covered and reopen is None and self.hold is not None:  # clause covered_pipe_read
            held = self.hold.stream(first, None if info is None else limit, watch._read)
            reopen, why = (None, self.hold.why() or why) if held is None else (lambda at: held, why)
        if covered and reopen is not None:
            end = None if info is None else limit - first
            again = _Read(
                self.file, self.members, self.limit, self.file_format, self.damage, {}, None, end
            )
            again.again, again.base = True, self.base + first
            again.within = printable(member_name(prev.name))  # clause covered_name_said
            try:
                with reopen(first) as stream:
                    ended = yield from again.tar(stream)
                clean = ended == "end"
            except (tarfile.TarError, EOFError, OSError):
                ended = None  # the rest keeps its lines
            except Exception as error:  # a codec's own (LZMAError, ZstdError): as above
                if damaged_stream(self.file.path, error) is None:
                    raise
                ended, self.codec_damage = None, _codec_said(self.file.path, error)
            reached = limit if ended == "stop" else first + again.reached
            why = "read again from the archive, its run of headers stops before it"
        for at, name, by, size in covered:
            if at < reached:
                continue  # read again (a document or its own line)
            name, by = printable(member_name(name)), printable(member_name(by))
            self.members.read += 1
            file = self.file
            yield _reject(
                f"{file.relative}/{name}",
                printable(f"{file.path}/{name}"),
                "corrupt_archive",
                swallowed_line(name, file.path, by, size, why),
            )
        return clean


def _codec_said(path: str, error: Exception) -> str:
    """Clause ``reread_codec_said`` (session 50): the compressed data a reading again
    (clause covered_compressed_read) ran into is damaged. base50 kept the lines and then
    said the first reading's "ReadError: a member header is not a tar header", which
    names neither the damage nor its test."""
    codec = codec_of(path) or piped_codec(path) or "compressed"
    test = TEST_COMMANDS.get(codec, f"{codec} -t")
    where = (
        f"`{test} {posixpath.basename(path)}`" if codec_of(path) else f"`{test}` of the pipe's file"
    )
    return (
        f"the members read again after a damaged size field run into damaged {codec} data "
        f"({type(error).__name__}: {error}; {where} shows it)"
    )


def _not_held(
    member: Rejected,
    cut: int | None = None,
    path: str = "",
    unsure: tuple[int, str] | None = None,
    own: int | None = None,
) -> Rejected:
    """Clause ``pipe_member_not_held`` (transforms.tar_skim): the member's line says
    its bytes were not held on the pipe's temporary disk and the rest is read. Clause
    ``skim_stops_at_a_header``: a member header lay ``cut`` bytes into its data: its
    size field is damaged (or it is a tar stored whole), and the line says so."""
    said = member.error.replace(
        "; it was not read (a zip bomb, or one huge document)",
        "; it was not read, nor held on temporary disk (the archive's other members are read)",
    )
    if unsure is not None and member.reason == "member_too_large":  # declared_end_decides
        said += (
            f"; a member header lies inside its data at byte {unsure[0]:,}, and its data "
            f"from there to its declared end could not be held to check it ({unsure[1]}), "
            "so it was read as its header says: if its size is damaged, the members inside "
            "it are not read (save the stream to a file and pass it as --input)"
        )
    if own is not None and member.reason == "member_too_large":  # clause skim_own_tar_said
        said += (
            f"; a member header lies inside its data at byte {own:,}, and a header or zero "
            "blocks stand at its declared end: the headers from there are taken as the "
            "member's own (a tar stored in it) and not read (if its size field is damaged, "
            "they are this archive's members and are lost: save the stream to a file and "
            "pass it as --input)"
        )
    if cut is None or member.reason != "member_too_large":
        return replace(member, error=said)
    name = printable(member.doc_id.rsplit("/", 1)[-1])
    said = said.split("; it was not read", 1)[0].replace("the member is", "its header says")
    return replace(
        member,
        reason="corrupt_archive",
        error=(
            f"member {name} of archive {printable(path)} is not read: {said}, but a member "
            f"header lies inside its data at byte {cut:,} (a damaged size field: no header "
            "stands at its declared end); the archive is read from a pipe, so the bytes "
            "before that header were not held, and the members from it on are read as the "
            "archive's members (each once): re-create or re-download the archive, or save "
            "the stream to a file and pass it as --input"
        ),
    )
