"""A damaged region in the middle of a text file (session 35, the Left of session 34:
"a bad region in the middle of a big file is not checked").

What a user expects: a book whose middle is binary garbage (a bad sector, a download
with a piece missing, a PNG pasted in) or text in another encoding (two files joined
with ``cat``) is not a book to train on as it is; its text must never be cut or garbled
without a word, and the message must say where the damage is so it can be fixed. Read
whole, it would be one document with a hole (the text before and after glued over
it); decoded around the hole, the same, said only in a log. So the file is rejected,
as a cut file is (clause ``utf16_unmarked_odd_length``), and the line says where.

What the reader did (``/tmp/wtC35/mid.py``, ``mid2.py``: Moby-Dick and 红楼梦 in UTF-8,
GB18030, Big5, Shift_JIS, CP1252, each with a middle of random bytes, another encoding
or a PNG): every case with bytes that are not UTF-8 was already rejected whole
(``invalid_utf8``; the legacy guess reads the whole file, so no other codec decoded
it), but the hint misled ("the bytes decode, but not surely, as ISO-8859-2 (it holds
20,198 control characters) ..." for an English book with 20 KB of garbage); and a
UTF-8 book with zeroed blocks in the middle (8 KB of NUL) was read, its NULs dropped
later, the text before and after glued: silently.

Clause ``damaged_middle_said``: a text file's rejection ``invalid_utf8`` whose bytes that
are not UTF-8 all lie between a valid UTF-8 start and a valid UTF-8 end (each 1 KB or
more, without NULs in the 64 KB next to the region: UTF-16 is no UTF-8 start; the region
at most half the file) names the region: its first and last byte, how far into the file, how many bytes
are bad, the first bad bytes, and what to do. Only the message changes (the file was
rejected before too).

Clause ``zeroed_blocks_said``: a UTF-8 text file (``--encoding auto`` or ``utf-8``)
holding a run of 4,096 or more NUL bytes (a zeroed file-system block) with text after
it is rejected ``invalid_encoding``: an unfinished download (a torrent's or a parallel
downloader's missing pieces are zeros) or a crashed write. NULs at the very end (a
crashed write's padding after the whole text: ``utf8_mostly_controls``' guard) are
read as before.

Cost: ``zeroed_blocks``: a search for one NUL byte per text file (memchr), and for the
run only when there is one; ``damaged_middle``: one more decoding pass over a file that
is already rejected.
"""

from __future__ import annotations

import codecs
import re
import shlex
import threading

from transforms.file_spans import file_span

_ZEROS = bytes(4096)
_NOT_NUL = re.compile(rb"[^\x00]")
_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")  # in binary, never in text
_ENDS = 1024  # valid UTF-8 bytes needed before and after the region
_CHUNK = 1 << 20
_SAMPLE = 1 << 16  # the start and end looked at for NULs
_SPANS = threading.local()


def _record(error: UnicodeDecodeError):
    _SPANS.found.append((_SPANS.offset + error.start, _SPANS.offset + error.end))
    return "", error.end


def _bad_spans(data: bytes) -> list[tuple[int, int]]:
    """Where ``data`` is not UTF-8: (start, end) of each bad piece, in order."""
    try:
        codecs.lookup_error("longctx.bad_utf8")
    except LookupError:
        codecs.register_error("longctx.bad_utf8", _record)
    decoder = codecs.getincrementaldecoder("utf-8")("longctx.bad_utf8")
    _SPANS.found, view = [], memoryview(data)
    for start in range(0, len(data), _CHUNK):
        chunk = view[start : start + _CHUNK]
        _SPANS.offset = start - len(decoder.getstate()[0])  # bytes held from the last chunk
        decoder.decode(chunk, final=start + _CHUNK >= len(data))
    found, _SPANS.found = _SPANS.found, []
    return found


def damaged_middle(data: bytes, source: str, mark: int = 0) -> str | None:
    """The rejection's message (clause ``damaged_middle_said``) when the bytes of ``data``
    that are not UTF-8 lie in its middle, between a valid start and end; else None.
    ``mark``: the length of the byte order mark the reader took off before ``data``
    (clause ``bom_offsets_at_source``: the offsets said are the file's)."""
    spans = _bad_spans(data)
    if not spans:
        return None
    first, last = spans[0][0], spans[-1][1]
    size = len(data)
    if first < _ENDS or size - last < _ENDS or last - first > size // 2:
        return None
    if b"\x00" in data[max(0, first - _SAMPLE) : first] + data[last : last + _SAMPLE]:
        return None  # UTF-16 (its NULs) read as UTF-8: not a UTF-8 start and end
    # Clause damaged_middle_legacy_text (review): an English book in CP1252/Latin-1 with
    # one "café" or a few curly quotes is ASCII around them: nothing says it is UTF-8,
    # and its bytes are letters, not damage. It keeps the legacy guess ("decode, but not
    # surely, as CP1252"), not "re-download it or cut the region out".
    if data[:first].isascii() and data[last:].isascii() and not _CONTROLS.search(data, first, last):
        return None
    bad = sum(end - start for start, end in spans)
    return (
        f"{file_span(first, last, size, mark)} are not valid UTF-8 "
        f"({bad:,} bad byte{'s' if bad != 1 else ''}, starting {data[first : first + 8].hex(' ')}), but the "
        f"{first + mark:,} bytes before "
        f"them and the {size - last:,} after are: a damaged region in the middle of a UTF-8 "
        "file (binary data, or text in another encoding joined in); nothing of the file was "
        f"read: re-create or re-download {shlex.quote(source)}, or cut the region out"
    )


def zeroed_blocks(data: bytes, source: str, mark: int = 0) -> str | None:
    """The rejection's message (clause ``zeroed_blocks_said``) when UTF-8 ``data`` holds a
    run of 4,096 or more NULs with text after it; else None."""
    if b"\x00" not in data or (start := data.find(_ZEROS)) < 0:
        return None
    after = _NOT_NUL.search(data, start + len(_ZEROS))
    end = after.start() if after else len(data)
    if not after or not data[end:].strip():
        return None  # padding after the whole text
    # Clause zeroed_blocks_said_start (review): a run from byte 0 is before the text.
    where = (
        "at the start of the file, before the text" if start == 0 else "in the middle of the text"
    )
    return (
        f"{file_span(start, end, len(data), mark, into=False)} are {end - start:,} NUL bytes {where}: "
        "zeroed blocks, as an unfinished download (its missing pieces) or a "
        "crashed write leaves, so text is missing there; nothing of the file was read: "
        f"re-download or re-create {shlex.quote(source)}"
    )


# Clause zeroed_tail_said (session 36, the Left of session 35: "NUL padding at the END of a
# UTF-8 text is still read; an unfinished download whose missing pieces are all at the
# end looks the same and is read without a word"). 4,096 or more NULs after the last
# text of a UTF-8 file (a preallocated file: a downloader's missing last pieces, a
# crashed write's zero-filled end on FAT or ext4, a copy cut off) mean the end of the
# text is most likely missing; read, the NULs were dropped by cleaning and the book
# trained on as if whole, without a word. A user expects the book whole or told: the
# file is rejected ``truncated_input`` (a cut, as a compressed file cut short), the line
# naming where the NULs start and both fixes: re-download, or, when the text before
# them is the whole book, remove them (``truncate -s -N``; for an archive member, a
# remote file or a pipe the reader's ``where_removed`` says where). Guards: fewer NULs
# (a record's or a sector's padding: cleaning drops them, as before); UTF-16/32 text
# (NULs in its last 64 KB before the run: its own readers decide).
def zeroed_tail(data: bytes, source: str, mark: int = 0) -> str | None:
    """The rejection's line (clause ``zeroed_tail_said``) when UTF-8 ``data`` ends in
    4,096 or more NUL bytes (whitespace after them allowed); else None."""
    end = len(data)  # no copy of the file: a text file's bytes are only indexed here
    while end and data[end - 1] in b" \t\r\n\x0b\x0c":
        end -= 1
    if not end or data[end - 1]:
        return None
    text_end = end
    block = len(_ZEROS)
    while text_end >= block and data.count(0, text_end - block, text_end) == block:
        text_end -= block  # a 4 KB block of NULs at a time, then byte by byte
    while text_end and not data[text_end - 1]:
        text_end -= 1
    stray = len(data) - text_end
    if end - text_end < len(_ZEROS) or not text_end:
        return None
    if b"\x00" in data[max(0, text_end - _SAMPLE) : text_end]:
        return None  # UTF-16/32 text (its NULs), not UTF-8 with a zeroed end
    return (
        f"{file_span(text_end, len(data), len(data), mark, into=False)} are {stray:,} NUL bytes after "
        "the text: a zeroed end, as an unfinished download (its last pieces missing) or a "
        "crashed write leaves, so the end of the text is most likely missing; nothing of "
        f"the file was read: re-download or re-create {shlex.quote(source)}, or, if the text "
        f"before them is whole, remove them (truncate -s -{stray} {shlex.quote(source)})"
    )
