"""A UTF-8 piece joined into a single-byte legacy book (session 36, wtC2; the Left of
wtC: "a UTF-8 piece joined into a CP1252 book is still READ as CP1252").

What the reader did (``/tmp/wtC236/p4.py``: 400 lines of Dumas' Memoirs, vol. V, in
CP1252, 40 lines of the same book in UTF-8 pasted at the middle): under ``--encoding
auto`` the file was rejected with the guesser's list ("decode, but not surely, as
CP1252 (12% of its non-ASCII bytes are UTF-8 sequences: damaged UTF-8); CP1250 ...");
under ``--encoding cp1252`` (or when the piece is small and auto decides CP1252) it was
READ, the piece as mojibake ("PrÃ©fet", "AbbÃ©"), without a word: the model would
train on it.

Decided: **reject, naming the piece**, not decode each region by its evidence. A
per-region decoder would be right for the clean case, but it would decide byte by
byte on evidence that can mislead (CP1252 "CAFÉ…" is the valid UTF-8 pair c9 85, "NÃO…"
is c3 85 = "Å"), and what it did would be said only in a log while the document looks
whole; the file untouched and one line that says where the piece is and gives the
command that converts it (writing a new file) lose nothing and garble nothing.

Clause ``utf8_piece_in_legacy``: in a file the reader decodes (or would) as a
single-byte codec X, the valid UTF-8 sequences whose character is a common letter or
mark (Latin-1 and Latin Extended-A letters, Greek, Cyrillic, general punctuation, the
euro: no IPA or symbols, which is what CP1252 pairs such as "É—" make) are found; when
there are 3 or more, they lie in one region holding at most 1 non-ASCII byte that is
no such sequence per 10 that are, and the rest of the file holds non-ASCII bytes too
(the book around it is X, not UTF-8), the file is rejected ``mixed_encoding`` with the
region, a sample as X would read it and as UTF-8, and a shell line that writes a UTF-8
copy. Guards: a CP1252 book with a few "É—" pairs; a book whose non-ASCII bytes are
all UTF-8 (UTF-8 with damage: its own clauses); multibyte codecs (their own region
clause, ``legacy_damaged_middle_said``).

Cost: one regex scan of a file that is already not UTF-8 and decodes in a single-byte
codec (no shared-data document is one).
"""

from __future__ import annotations

import functools
import re
import shlex
import unicodedata

from transforms.file_spans import file_span, typed_option

UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH = re.compile(rb"[\x80-\xff]")
_LEAST = 3  # UTF-8 characters needed
_STRAY = 10  # UTF-8 characters needed per other non-ASCII byte inside the region


def _common(char: str) -> bool:
    code = ord(char)
    return (
        0xA0 <= code <= 0x17F
        or 0x370 <= code <= 0x4FF
        or 0x2010 <= code <= 0x203A
        or code == 0x20AC
    )


def single_byte(codec: str) -> bool:
    """Whether ``codec`` reads one byte as one character (CP1252, ISO-8859-*, KOI8-R)."""
    try:
        return len(bytes(range(0x80, 0x100)).decode(codec, errors="replace")) == 0x80
    except LookupError:
        return False


@functools.lru_cache(maxsize=64)
def _own_letters(codec: str) -> frozenset[str] | None:
    """Clause ``utf8_piece_own_script`` (session 37): for a single-byte codec of another
    script than Latin (CP1256 Arabic, CP1255 Hebrew, CP1253 Greek, KOI8-R, CP1251), the
    letters, marks and punctuation its upper half holds; None for a Latin codec (its
    byte 0xe1 is a Latin letter: CP1252, Latin-1, CP1250, CP1254, CP1257...).
    ``_common`` missed an Arabic or Hebrew UTF-8 piece (U+0600-06FF, U+05D0-05EA are
    in no common range: a CP1256 book with one was READ as mojibake "ط§ظ„"), and
    counted pairs of the book's own bytes that spell letters of no script it holds
    ("ر،" is d1 a1, U+0461: a Cyrillic letter in an Arabic book)."""
    if unicodedata.name(b"\xe1".decode(codec, errors="replace"), "").startswith("LATIN"):
        return None
    held = bytes(range(0x80, 0x100)).decode(codec, errors="replace")
    return frozenset(
        c
        for c in held
        if unicodedata.category(c)[0] in "LM" or 0x2010 <= ord(c) <= 0x203A or c == "€"
    )


def utf8_letters(data: bytes, codec: str = "cp1252") -> list[tuple[int, int]]:
    """(start, end) of each valid UTF-8 sequence in ``data`` whose character is a common
    letter or mark (``_common``; for a codec of another script, one of its own letters:
    ``_own_letters``), in order."""
    own = _own_letters(codec)
    found = []
    for match in UTF8_SEQUENCE.finditer(data):
        try:
            char = match.group().decode("utf-8")
        except UnicodeDecodeError:  # a surrogate or an overlong form
            continue
        if own is not None:
            if char in own:
                found.append(match.span())
        elif _common(char) and not (
            "\u0370" <= char <= "\u04ff" and _in_latin_word(data, *match.span())
        ):
            found.append(match.span())
    return found


def _in_latin_word(data: bytes, start: int, end: int) -> bool:
    """Clause ``utf8_letters_script_words`` (session 37, review): a Greek or Cyrillic
    "letter" with an ASCII letter beside it is a pair of a Latin codec's own letters
    (CP1250 Polish "SPÓŁKA": d3 a3 is U+04E3 "ӣ", "KOŚCIÓŁ", "WSPÓŁ"), not UTF-8: a
    Greek or Russian word is its own script's letters. A short Polish file of
    capitals was rejected as UTF-8 under --encoding cp1250."""
    return (start > 0 and data[start - 1 : start].isalpha()) or data[end : end + 1].isalpha()


def utf8_piece(
    data: bytes, codec: str, label: str, source: str, mark: int = 0, typed: str = ""
) -> str | None:
    """The rejection's line (clause ``utf8_piece_in_legacy``) when ``data``, read as the
    single-byte ``codec``, holds one region of UTF-8 text; else None. ``mark``: the
    byte order mark's length taken off before ``data`` (clause ``bom_offsets_at_source``:
    the offsets and the commands are the file's; the copy starts after the mark).
    ``typed``: the ``--encoding`` the user typed for ``codec`` (clause ``typed_codec_name``)."""
    if not single_byte(codec):
        return None
    found = utf8_letters(data, codec)
    if len(found) < _LEAST:
        return None
    first, last = found[0][0], found[-1][1]
    size = len(data)
    start = data.rfind(b"\n", 0, first) + 1  # the piece from its line start
    end = data.find(b"\n", last)
    end = size if end < 0 else end + 1
    inside = sum(b - a for a, b in found)
    # Clause utf8_piece_whole_lines (session 37): the piece is whole lines, so the
    # legacy bytes on its first and last lines are in it too (a UTF-8 file cut inside
    # its last letter was "bytes 0-1,847 of 1,847 ... are UTF-8 text, but the rest of
    # the file is CP1252", and its command passed the cut byte on as UTF-8).
    stray = len(_HIGH.findall(data, start, end)) - inside
    if stray * _STRAY > len(found):
        return None  # legacy bytes inside: not one piece
    if not (_HIGH.search(data, 0, start) or _HIGH.search(data, end)):
        return None  # every non-ASCII byte is in its lines: UTF-8 with damage
    word = max(data.rfind(b" ", 0, first), data.rfind(b"\n", 0, first)) + 1
    sample = data[word : first + 24].split(b"\n", 1)[0]
    sample = sample[: sample.rfind(b" ")] if b" " in sample[first - word :] else sample
    as_utf8 = sample.decode("utf-8", errors="replace")
    quoted = shlex.quote(source)
    head = (
        f"tail -c +{mark + 1} {quoted} | head -c {start}" if mark else f"head -c {start} {quoted}"
    )
    return (
        f"{file_span(start, end, size, mark)} are UTF-8 text "
        f"({len(found):,} UTF-8 characters, {as_utf8!r}; read as {label} it would be "
        f"{sample.decode(codec, errors='replace')!r}), but the rest of the file is "
        f"{label}{typed_option(typed, codec)}: a piece in another encoding joined in; nothing of the file was read: "
        f"convert it piece by piece to a new file, e.g. ({head} | iconv "
        f"-f {label} -t UTF-8; tail -c +{start + mark + 1} {quoted} | head -c {end - start}; "
        f"tail -c +{end + mark + 1} {quoted} | iconv -f {label} -t UTF-8) > book.utf8.txt, and "
        "read that"
    )
