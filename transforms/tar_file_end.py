"""Clause ``file_declared_end_decides`` (session 54, the Left of session 53): a file or
a plain pipe decides a member's inner headers by what stands at its declared end, as a
compressed pipe does (clause ``declared_end_decides``, transforms.tar_skim).

tarfile reads a file (or a plain pipe) on from each member's declared end, and
:class:`transforms.tar_headers.HeaderWatch` notes the headers inside a member's data.
Two shapes were read wrong where the compressed pipe read them right:

* a member over the bound (``member_too_large``, not read) that holds a tar after its
  own text, stored as the archive's LAST member (end blocks intact, or the tar cut at
  that member's end): its inner files were outer documents (``end_padding_is_the_end``
  took the inner tar's end blocks, followed by the archive's, as a damaged size landing
  in the padding). Now, where a header, zero blocks, or the stream's end within the
  member's last block stand at its declared end (:func:`declared_end` True), inner
  headers that, followed, stop before that end are the member's own tar (zeros to the
  archive's end or not): its data is dropped with its one ``member_too_large`` line.
  Inner headers that run to the declared end (a damaged size landing on a later
  member's header) are still covered members, read again (``embedded_tar_read``).
* a member whose data starts with the next member's header (an empty member with a
  damaged size): a header at byte 0 was taken as a tar stored whole, so when tarfile
  then found no header at the declared end, the members it covered were neither read
  again nor given a line ("could not be read on after N members": the rest lost). Now
  no header at the declared end (:func:`declared_end` False) makes the header at byte 0
  a covered member too: the members are read again (a file, a plain pipe's held bytes).

A member that is read (under the bound) keeps its own clauses (``embedded_tar_read``,
``last_member_tar_said``) where the declared end holds a header.
"""

from __future__ import annotations

import posixpath
import shlex
import tarfile
from dataclasses import replace

from schemas import Rejected
from transforms.inputs import printable
from transforms.tar_headers import follow_headers, parsed
from transforms.tar_long_names import data_end

BLOCK = tarfile.BLOCKSIZE
PAST = "past its end"  # session 56: clause cut_tar_said settles a line that says it


def declared_end(watch, prev, info, tar, failed: bool = False) -> bool | None:
    """Whether ``prev`` (the member tarfile gave before ``info``; ``info`` None: the end
    or, ``failed``, an error reading the next header) was whole by its declared end:
    True (a header, zero blocks, or the stream's end within its last block stand
    there), False (none of these: its size field is damaged), None (no ``prev``)."""
    if prev is None or prev.issparse():
        return None
    end = data_end(prev)
    if failed:  # the next header not read: the stream ended within the last block?
        return watch._eof and end - BLOCK < watch.read_to <= end
    if info is not None:  # a header there, or zero blocks tarfile read past
        return info.offset == end or getattr(tar, "longctx_zero_run", None) == end
    how = getattr(tar, "longctx_end", "truncated")
    if how in ("end", "junk"):
        return getattr(tar, "longctx_zero_run", None) == end
    if how == "truncated":  # clause declared_end_at_stream_end, as the pipe's
        return watch.read_to > end - BLOCK
    return False


HEADER, ZEROS, ENDS = "a member header stands", "zero blocks stand", "the archive stream ends"
BROKEN = "broken"  # session 57: the stream broke off before the next header was read


def end_stood(watch, prev, info, tar, failed: bool = False) -> str:
    """Session 57: clause ``end_stood_said`` (the Left of session 56's review): what
    :func:`declared_end` found at ``prev``'s declared end, in words for its line: a
    header, zero blocks, or the stream's end (session 56 said "a member header or zero
    blocks stand there" also where the stream simply ends)."""
    if prev is None:
        return ""
    end = data_end(prev)
    if info is not None:
        return HEADER if info.offset == end else ZEROS
    if not failed and getattr(tar, "longctx_end", "truncated") in ("end", "junk"):
        return ZEROS
    return ENDS


def damaged_line(member: Rejected, path: str) -> Rejected:
    """Clause ``file_declared_end_decides``: the line of a member not read (over the
    bound) where no header stands at its declared end: its size field is damaged, and
    the members inside its data are read as the archive's (as the pipe's line says)."""
    name = printable(member.doc_id.rsplit("/", 1)[-1])
    said = member.error.split("; it was not read", 1)[0].replace("the member is", "its header says")
    return replace(
        member,
        reason="corrupt_archive",
        error=(
            f"member {name} of archive {printable(path)} is not read: {said}, but no header "
            "stands at its declared end (a damaged size field); the member headers inside "
            "its data are read as the archive's members (each once): re-create or "
            "re-download the archive"
        ),
    )


def own_tar_said(member: Rejected, watch, prev) -> Rejected:
    """Review: clause ``own_tar_said``: the line of a member not read (over the bound)
    whose data holds member headers that, followed, stop two blocks or more before its
    declared end, where a header or zeros stand (:func:`declared_end` True): they are
    taken as the member's own tar and not read. Zeros there prove no more than that a
    damaged size landed inside the archive's end padding would, so the line says how many
    members that tar holds and that they are lost if the size field was damaged."""
    if watch is None or prev is None or prev.issparse():
        return member
    end = data_end(prev)
    inside = sorted(at for at in watch.headers if prev.offset_data <= at < end)
    stop = watch.chain_end(inside[0]) if inside else None
    if stop is None or stop + 2 * BLOCK > end:
        return member
    n = sum(1 for at in inside if at < stop and (i := parsed(watch.headers[at])) and i.isreg())
    return replace(
        member,
        error=(
            f"{member.error}; its data holds a tar of {n:,} file(s) (from byte "
            f"{inside[0] - prev.offset_data:,} of its data) that ends {end - stop:,} bytes "
            "before its declared end: taken as the member's own and not read (if its size "
            "field is damaged, they are this archive's members and are lost)"
        ),
    )


def tar_data_no_tar(data: bytes) -> str:
    """Session 55: clause ``tar_data_no_tar_said`` (used in transforms.read_text): a tar
    member's whole data (under the bound) starts with a tar header, but the headers in it,
    followed from byte 0, run to its end or past it without a tar's end-of-archive blocks
    (two zero blocks, which tar and tarfile write at every tar's end): it is no tar stored
    whole but the next members' bytes under a damaged size field (an empty member's, as a
    rule). base55 said ``nested_archive`` ("unpack" it), which is not true; the readers read
    those members as the archive's (clauses ``file_declared_end_decides``,
    ``no_end_blocks_no_tar``). Returns the member's line, or "" (a tar inside: its chain
    stops at zero blocks or other data before its end)."""
    at, infos = follow_headers(lambda a: data[a : a + BLOCK] if a + BLOCK <= len(data) else None, 0)
    if at is None or at < len(data) or not infos:
        return ""  # a GNU sparse header (not followed), or a tar inside
    return (
        f"the member is not read: its header says {len(data):,} bytes, but its data is no "
        "tar: it starts with the "
        f"header of member {printable(infos[0].name)!r}, and the {len(infos):,} member header(s) "
        f"in it, followed, run {'to its end' if at == len(data) else PAST} with no "
        "end-of-archive blocks (a damaged size field); the member headers inside its data are "
        "read as the archive's members (each once; if it is a tar stored without its end "
        "blocks, a tar fragment, the bytes are the same: its files are those rows): "
        "re-create or re-download the archive"
    )


def cut_line(row: Rejected, whole: bool | None, stood: str = HEADER) -> Rejected:
    """Session 56: clause ``cut_tar_said`` (the Left of session 55's review): the
    :func:`tar_data_no_tar` line of a member whose inner headers run PAST its end,
    settled once the reader has read the next header (transforms.tar_said ``Held``).
    ``whole`` True (:func:`declared_end`: a header, or zeros, stand at its declared end):
    its size is right and its data is a tar cut short (mid-member) stored whole, whose
    files are no members of this archive and are not read; base56 said they were read as
    the archive's members (none was). Else the line stands (a damaged size field: the
    reader read the headers inside it again). Session 57: ``stood`` (:func:`end_stood`)
    says what stood there (clause ``end_stood_said``); ``BROKEN`` (clause
    ``broken_stream_said``): the stream broke off (cut short, damaged) before the next
    header was read, so nothing tells a cut tar from a damaged size, and no header inside
    its data was read as the archive's (base56 said they were)."""
    if PAST not in row.error:
        return row
    name = shlex.quote(posixpath.basename(row.doc_id))
    if stood == BROKEN:
        head = row.error.split(" with no end-of-archive blocks", 1)[0].replace(
            "but its data is no tar: it starts", "and its data starts"
        )
        return replace(
            row,
            error=(
                f"{head}; the archive stream breaks off before the next header could be "
                "read (its own line follows), so whether the member is a tar cut short "
                "(mid-member) stored whole or its size field is damaged cannot be told; "
                "the member headers inside its data are not read: re-create or "
                "re-download the archive"
            ),
        )
    if whole is not True:
        return row
    head = row.error.split(", followed, run", 1)[0].replace(
        "but its data is no tar: it starts",
        f"and {stood} at its declared end, but its data is a tar cut short (mid-member): it starts",
    )
    return replace(
        row,
        reason="nested_archive",
        error=(
            f"{head}, followed, run past its end: its files are that tar's, not this "
            "archive's members, and are not read: unpack the archive, then "
            f"{name} in it (`tar -xf {name}` gives its files up to the cut, then an error), "
            "and pass the folder as --input"
        ),
    )
