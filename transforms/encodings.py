"""What the bytes of an input that is not UTF-8 probably are, for the message of its
rejection (``transforms.read``): UTF-16 with or without a byte order mark.

Rule ``utf16_without_bom``: UTF-16 without a byte order mark is never decoded on a
guess; it only changes the hint of the rejection from GB18030 to UTF-16 and its byte
order, which is what the user must pass to ``iconv``. Clause ``utf16_ascii_without_bom``
(session 33 review): UTF-16 whose bytes are all under 0x80 is valid UTF-8 with a NUL in
half its units, which no other text has: a text file is decoded as that UTF-16.

Cost: at most one decoding of the first 64 KiB of a file that is already rejected.
"""

from __future__ import annotations

import codecs
import io

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# utf16_order: how much is sampled, which code points count as text, and the share of
# them a sample needs. Chinese UTF-16 decodes to ~100% here; GB18030 and Big5 Chinese
# read as UTF-16 to about half (the CJK block covers that much of the code space).
_UTF16_SAMPLE = 1 << 16
_PLAUSIBLE_UTF16 = (
    (0x09, 0x0D),  # tab, line ends
    (0x20, 0x7E),  # ASCII
    (0xA0, 0x024F),  # Latin
    (0x0370, 0x052F),  # Greek, Cyrillic
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x30FF),  # CJK punctuation, kana
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFF00, 0xFFEF),  # full-width forms
)
_UTF16_PLAUSIBLE_SHARE = 0.95


def _plausible(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _PLAUSIBLE_UTF16)


def utf16_order(data: bytes) -> str | None:
    """``"UTF-16LE"`` / ``"UTF-16BE"`` when the start of ``data`` (no byte order mark)
    decodes in that byte order to nearly only characters of common scripts and
    punctuation, else None. Rule ``utf16_without_bom``: only a hint for the rejection's
    message, never a decoding (GB18030 or Big5 bytes read as UTF-16 give mostly Hangul,
    private-use and rare CJK: under the bar)."""
    sample = data[:_UTF16_SAMPLE]
    best, best_share = None, _UTF16_PLAUSIBLE_SHARE
    for skip in (0, 1):  # a JSONL line may start at the odd byte of a unit
        for order in ("UTF-16LE", "UTF-16BE"):
            decoder = codecs.getincrementaldecoder(order.lower())()
            try:
                text = decoder.decode(sample[skip:], final=False)
            except UnicodeDecodeError:
                continue
            if len(text) < 2:
                continue
            share = sum(map(_plausible, text)) / len(text)
            # Clause utf16_order_tie (session 22): a tie goes to the reading from byte 0.
            # ASCII UTF-16LE read as BE from byte 1 is the same text (and BE as LE), and
            # the later reading won: "UTF-16BE" named for a UTF-16LE pipe.
            if share > best_share or (best is None and share == best_share):
                best, best_share = order, share
    return best


# Clause utf16_cjk_without_nul (review of utf16_needs_nul, session 25): UTF-16 of Chinese
# or Japanese on one line (no line end, no ASCII, no U+3000) holds no NUL: 175 of 400 real
# lines of 红楼梦/水浒传 so written ('此时必在屋里，我去就来。“说着就走。') lost the
# "UTF-16 without a byte order mark" hint and were told "the bytes decode, but not surely,
# as ISO-8859-2". Read as UTF-16, such bytes are common hanzi, kana and CJK punctuation
# (every one of 2,484 such lines: 77% or more); Shift_JIS, CP932, EUC-JP, GB18030, Big5,
# EUC-KR and CP949 text read as UTF-16 is at most 52% so (1,908 real Japanese pieces of
# 16 characters or more, the manpages-ja/ddskk/chasen/edict set of utf16_needs_nul).
_UTF16_CJK_SHARE = 0.75
_UTF16_CJK_MIN = 16


def utf16_cjk_order(data: bytes) -> str | None:
    """``"UTF-16LE"``/``"UTF-16BE"`` when ``data`` (no NUL) read so is at least 16
    characters, three quarters of them common CJK characters, kana or CJK punctuation
    (clause ``utf16_cjk_without_nul``); else None."""
    from transforms.legacy_cjk import common_chars  # (its tables are made on first use)

    common = common_chars("Chinese") | common_chars("Japanese") | common_chars("Korean")
    for order in ("UTF-16LE", "UTF-16BE"):
        text = data[:_UTF16_SAMPLE].decode(order.lower(), errors="replace")
        cjk = sum(
            ch in common or "\u3000" <= ch <= "\u30ff" or "\uff00" <= ch <= "\uffef" for ch in text
        )
        if len(text) >= _UTF16_CJK_MIN and cjk >= _UTF16_CJK_SHARE * len(text):
            return order
    return None


# Clause utf16_ascii_without_bom (session 33 review): UTF-16 without a byte order mark
# whose every unit is ASCII or another character with both bytes under 0x80 is valid
# UTF-8 (a NUL every other byte), so it was "read": its NULs stripped as 60,000 control
# characters and the manifest saying utf-8, and a curly quote (U+2019: bytes 19 20) or
# a dash (U+2014: 14 20) became a control byte and a space ("don’t" -> "don t"). Half
# or more of the units of one byte order holding a NUL byte is no guess (UTF-8 text,
# GB18030, Big5 never have that), so it is decoded as that UTF-16 and said so.
def utf16_ascii_order(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``data`` (valid UTF-8, no byte order mark)
    is UTF-16 of that order: an even length, half or more of the first 64 KiB's units
    with a NUL high byte, the whole decoding strictly with no U+0000; else None."""
    sample = data[:_UTF16_SAMPLE]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    for order, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if high.count(0) * 2 < len(high):
            continue
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            return None
        return None if "\x00" in text else order
    return None


def wide_start(first_line: bytes) -> bytes:
    """The first 4 bytes of ``first_line`` after its UTF-32 spaces and tabs (clause
    utf32_unmarked_jsonl_indented, review: " {" in UTF-32 is read as the UTF-16 rule
    reads it, not rejected line by line as invalid JSON)."""
    for pads in ((b" \x00\x00\x00", b"\t\x00\x00\x00"), (b"\x00\x00\x00 ", b"\x00\x00\x00\t")):
        while first_line[:4] in pads:
            first_line = first_line[4:]
    return first_line[:4]


def utf16_jsonl(first_line: bytes) -> str | None:
    """The rejection message of a JSONL file whose first line shows it is UTF-16: a
    byte order mark, or (rule ``utf16_without_bom``) a ``{`` or ``[`` beside a NUL."""
    if first_line.startswith(UTF16_BOMS) and not first_line.startswith(codecs.BOM_UTF32_LE):
        return (
            "the file is UTF-16 (it starts with a UTF-16 byte order mark); "
            "re-encode it as UTF-8: iconv -f UTF-16 -t UTF-8"
        )
    if first_line.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # utf32_unmarked_jsonl
        return (
            "the file is UTF-32 (it starts with a UTF-32 byte order mark); "
            "re-encode it as UTF-8: iconv -f UTF-32 -t UTF-8"
        )
    wide = wide_start(first_line)  # clause utf32_unmarked_jsonl: "{" + three NULs: UTF-32
    if wide in (b"{\x00\x00\x00", b"[\x00\x00\x00", b"\x00\x00\x00{", b"\x00\x00\x00["):
        order = "UTF-32LE" if wide[1:] == b"\x00\x00\x00" else "UTF-32BE"
        return (
            f"the file is {order} without a byte order mark (its first line starts "
            f"{wide!r}); re-encode it as UTF-8: iconv -f {order} -t UTF-8"
        )
    start = first_line.lstrip(b" \t")[:2]
    if start in (b"{\x00", b"[\x00", b"\x00{", b"\x00["):
        order = "UTF-16LE" if start[1:] == b"\x00" else "UTF-16BE"
        return (
            f"the file is {order} without a byte order mark (its first line starts "
            f"{start!r}); re-encode it as UTF-8: iconv -f {order} -t UTF-8"
        )
    return None


_BOMS = {  # UTF-32's first: its little-endian mark starts with UTF-16's
    codecs.BOM_UTF32_LE: "utf-32-le",
    codecs.BOM_UTF32_BE: "utf-32-be",
    codecs.BOM_UTF16_LE: "utf-16-le",
    codecs.BOM_UTF16_BE: "utf-16-be",
}


# What a decoder says of bytes that stop inside a character at the end of the input.
_CUT_REASONS = ("truncated data", "unexpected end of data")


class CutWideText(EOFError):
    """Clause utf16_cut_is_truncated: a UTF-16/UTF-32 file whose last character is cut
    in two (an odd byte at the end of UTF-16, a high surrogate with nothing after it)
    was cut short, as a compressed stream cut short is: ``truncated_input``, the
    records before it kept (it was ``unreadable_file`` "not UTF-16 (truncated data)")."""

    def __init__(self, codec: str, offset: int):
        super().__init__(f"the file ends inside a {codec} character at byte {offset:,}")
        self.codec = codec


class Utf8Of(io.RawIOBase):
    """Clause ``utf16_jsonl_read``: the bytes ``head`` then ``rest`` (a binary file), in
    the wide encoding ``codec`` (``UTF-16``/``UTF-32``, read from its byte order mark),
    handed out as UTF-8. A JSONL reader splits lines on the byte ``\\n``, which UTF-16
    writes as ``\\n\\x00``: read as it is, every line after the first began with a NUL.
    Bytes that are not ``codec`` raise ``ValueError`` naming their offset in the file."""

    def __init__(self, head: bytes, rest, codec: str):
        bom = next((b for b in _BOMS if head.startswith(b)), b"")
        # clause utf16_unmarked_jsonl: no mark, the order (UTF-16LE/BE) proven by line 1
        plain = _BOMS[bom] if bom else codec.lower().replace("16", "16-")
        self._rest, self._codec, self._plain, self._marked = rest, codec, plain, bool(bom)
        self._head, self._offset = head[len(bom) :], len(bom)
        self._decoder = codecs.getincrementaldecoder(self._plain)()
        self._pending, self._done, self._error = b"", False, None
        self._ends_line = False  # the last character decoded so far is "\n"
        self._blank, self._tail = False, ""  # clause echo_byte_not_after_blank_lines

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending and not self._done:
            if self._error:
                raise self._error
            data = self._head or getattr(self._rest, "read1", self._rest.read)(1 << 16)
            self._head, self._done = b"", not data
            held = self._decoder.getstate()[0]  # bytes of a unit cut at the last read
            try:
                text = self._decoder.decode(data, final=self._done)
            except UnicodeDecodeError as e:  # the lines before the bad bytes go out first
                text, self._done = (held + data)[: e.start].decode(self._plain), False
                at = self._offset - len(held) + e.start
                if data == b"" and e.reason in _CUT_REASONS and self._stray_end(held, text):
                    text, self._done = "", True  # clause stray_ascii_end_kept
                elif data == b"" and e.reason in _CUT_REASONS:  # the end, inside a character
                    self._error = CutWideText(self._codec, at)  # clause utf16_cut_is_truncated
                    if self._cut_like(held):  # clause echo_byte_not_after_blank_lines
                        self._error.args = (f"{self._error.args[0]} ({BLANK_LINES_SAID})",)
                else:
                    self._error = ValueError(
                        f"the file {'starts with a' if self._marked else 'is'} {self._codec} "
                        f"{'' if self._marked else 'without a '}byte order mark but its bytes "
                        f"from {at:,} on are not {self._codec} ({e.reason}); re-encode it as "
                        f"UTF-8: iconv -f {self._codec} -t UTF-8"
                    )
            self._offset += len(data)
            self._ends_line = text.endswith("\n") if text else self._ends_line
            if not self._blank and text:  # clause echo_byte_not_after_blank_lines
                seen = self._tail + text
                self._blank, self._tail = "\n\n" in seen, seen[-1:]  # blank_cut_bytes_only
            self._pending = text.encode("utf-8")
        n = min(len(buffer), len(self._pending))
        buffer[:n], self._pending = self._pending[:n], self._pending[n:]
        return n

    # Clause stray_ascii_end_kept: `echo >> books.jsonl` (or an editor saving in ASCII)
    # appends one byte "\n" to a UTF-16 file: its end is then "inside a character",
    # and clause utf16_cut_is_truncated rejected it as truncated_input, "the rest of
    # the file is lost" (4 in = 3 written + 1 rejected for 3 complete records). When
    # the last character read is a newline (every line complete) and the bytes after
    # it, fewer than one code unit, are ASCII whitespace, no record is lost nor cut:
    # the file is read to its end as if they were a blank line. A cut inside a line
    # (the text before does not end in "\n") is truncated_input as before.
    #
    # Clause echo_byte_not_after_blank_lines (session 24): a UTF-16LE JSONL cut one byte
    # into a blank line ends in the same bytes as `echo >>` leaves, and was read as
    # complete, the records after the cut lost unsaid. The cut needs a blank line where
    # it fell; a file that has blank lines between its records elsewhere (before the
    # end) may well have one there, so then the byte is not taken for `echo`'s: the end
    # is truncated_input (the records before it kept), its line saying both readings.
    # A file with no blank line before its end keeps the byte as `echo`'s. Left, by
    # proof not by choice (session 24, B2): a file whose ONLY blank line is the one cut
    # is byte for byte the file of its records before the cut plus `echo`'s byte, so it
    # is read as complete, the records after the cut lost unsaid (test
    # test_a_cut_into_the_only_blank_line_is_byte_for_byte_echos_file).
    def _stray_end(self, held: bytes, text: str) -> bool:
        ends_line = text.endswith("\n") if text else self._ends_line
        if self._cut_like(held):  # clause echo_byte_not_after_blank_lines
            return False
        return ends_line and held in ECHO_ENDS  # clause stray_end_is_echo_newline

    # Clause blank_cut_bytes_only (review of echo_byte_not_after_blank_lines): only the
    # bytes a cut into a blank line can leave make the stray end ambiguous: b"\n",
    # the first byte of a little-endian "\n" unit (UTF-16LE b"\n\x00", UTF-32LE), after
    # LF blank lines. A big-endian cut leaves b"\x00", a cut into a CRLF blank line
    # b"\r", and UTF-32's b"\r\n" is no cut at all: a UTF-16BE file (or one with
    # Windows' CRLF blank lines) then `echo >>` was rejected as truncated_input.
    def _cut_like(self, held: bytes) -> bool:
        return self._blank and held == b"\n" and self._plain.endswith("-le")

    def close(self) -> None:
        self._rest.close()
        super().close()


# Clause stray_end_is_echo_newline (review): the stray bytes are what `echo >>` appends,
# "\n" (or "\r\n", under one UTF-32 unit), nothing else. "Any ASCII whitespace" also
# took the first byte of a real character for a stray one: a UTF-16LE file cut one
# byte into a line that opens with a space (b" " of " "; a fifth of the lines of
# 水浒传) or a CRLF blank line (b"\r"), a UTF-16BE one cut into a line that opens with
# a curly quote (b" " of U+201C; 975 lines of Moby-Dick), was read as complete:
# half a book, nothing rejected. Left: a UTF-16LE cut one byte into an LF blank line
# or a line opening with U+xx0A (上, 《) is the same bytes as `echo >>`.
ECHO_ENDS = (b"\n", b"\r\n")
BLANK_LINES_SAID = (
    "its last byte is the newline `echo >>` appends, but its records are separated by "
    "blank lines, so it may as well have been cut inside one; if `echo` added the byte, "
    "remove it (truncate -s -1 FILE) and read the file again"
)


def utf8_of(head: bytes, rest, codec: str) -> io.BufferedReader:
    """:class:`Utf8Of` as a buffered binary file (``readline`` as the reader uses it)."""
    return io.BufferedReader(Utf8Of(head, rest, codec), 1 << 16)


def ends_in_echo_byte(data: bytes) -> bool:
    """``data`` (a whole UTF-16/32 text starting with its byte order mark) ends, after a
    last whole code unit "\\n", in `echo`'s "\\n" (less than one unit).

    Clause stray_end_text_said (integrator, review of stray_ascii_end_kept): for a text
    file (one document) these bytes are NOT dropped. In a book blank lines are common,
    and a UTF-16LE file cut one byte into a blank line ends in exactly these bytes: read
    as complete, the rest of the book was lost without a word (about one odd-byte cut
    in seven in English text). The reader says both readings in one line and rejects
    the file (``invalid_utf16``), as before the clause, with what to do in each case.
    In JSON Lines (``Utf8Of``) the same bytes would need a blank line between records,
    so there the stray byte is still read as `echo`'s."""
    bom = next((b for b in _BOMS if data.startswith(b)), None)
    if bom is None:
        return False
    unit = 4 if "32" in _BOMS[bom] else 2
    stray = (len(data) - len(bom)) % unit
    if not stray or data[-stray:] not in ECHO_ENDS:  # clause stray_end_is_echo_newline
        return False
    last = data[-stray - unit : -stray]
    return len(data) - stray - unit >= len(bom) and last.decode(_BOMS[bom], "replace") == "\n"
