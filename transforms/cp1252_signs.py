"""Where CP1252's signs stand in text, for bytes 0x80-0x9f read under ``--encoding
latin-1`` (session 41; the Left of session 40's wtC).

Under Latin-1 the bytes 0x80-0x9f are C1 control characters, which no book uses; in
CP1252 they are quotes, dashes, letters ("œ", "Š") and signs ("™", "…", "€", "†").
Session 40 read a file named latin-1 as CP1252 when half of those bytes were quotes and
dashes standing as such (clause ``named_latin1_shows_cp1252``); a CP1252 book whose
only such bytes were "œ", "Œ", "†", "‡", "™" or "…" (no quote, no dash: 130 of the
mirror's 1,282 books with one) stayed Latin-1, its "manœuvre" made "manuvre" by the
normalizer.

Clause ``named_latin1_every_sign`` (:func:`every_sign_placed`): every byte 0x80-0x9f of
the file is a CP1252 sign standing where that sign stands in text (:func:`placed`): "œ"
and "š" inside a word, "Œ" and "Š" opening one, "™" after a word, "†" beside one and
not inside, "€" beside a number, "…" anywhere but before a letter (and only in a file
with line feeds: a file whose lines end in NEL, 0x85, keeps them). One byte out of
place (a DOS or Mac codec's letter: CP850's "é" 0x82 is a low quote inside a word)
keeps the named reading. The quotes and dashes are asked by the caller's own shapes.

Clause ``cp1252_letters_misplaced`` (:func:`misplaced_hint`): a file read as CP1252 whose
bytes put CP1252 signs between two lowercase letters, where no language has them
("cafŽ", "r“le", "Espa–a": Mac Roman's "é", CP850's "ô", Mac Roman's "ñ"), is read as
before and the reader says so in a one-line warning naming the codec whose letters
they would be and the flag that reads it.

Measured (docs/quality/session-41-wtC.md): 137 more of the mirror's 1,282 CP1252 books
read as CP1252 (6 left), and 8-11 of ~1,400-1,460 books saved in CP850, CP437 or Mac
Roman under a wrong latin-1 (1-2 such bytes each: "_Žclat_", "cošperation"), where both
readings are wrong; the hint: none over the CP1252 books and 29,372 pieces of them, the
right codec for every whole wrong-codec book it names (CP850 for 24 of 141 Mac Roman
4 KB pieces).

Session 42 (docs/quality/session-42-wtC.md): clause ``low_quotes_elisions``
(:func:`paired`: German „quotes“ and elisions "’m", each where the file shows the
sign's other half: Irving's *Pennsylvania Dutch Rip Van Winkle* now CP1252, no
wrong-codec book changed); clause ``declared_cp1252_letters_misplaced`` (the hint for
a page or EPUB chapter read as CP1252 by its declared charset, whose fix is the
declaration); the line goes with the document (``Document.codec_hint``, clause
``codec_hint_said_once``), printed once by the launcher.

Cost: one pass over the bytes 0x80-0x9f, stopping at the first out of place; the hint,
one pass over the bytes 0x80-0xbf of a file read as CP1252 under a named codec (21 ms
for Voltaire's *Dictionary* vol. 2 x4, 1.86 MB, in CP1252).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.charset_labels import known_name

_LOWER = frozenset(b"abcdefghijklmnopqrstuvwxyz" + bytes(range(0xDF, 0x100))) - {0xF7}
_UPPER = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ" + bytes(range(0xC0, 0xDF))) - {0xD7}
_LETTER = _LOWER | _UPPER
_DIGIT = frozenset(b"0123456789")
_WORD = _LETTER | _DIGIT
_ASCII_LOWER = frozenset(b"abcdefghijklmnopqrstuvwxyz")
_ASCII_LETTER = _ASCII_LOWER | frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LINE_FEEDS = re.compile(rb"[\r\n]")

_C1_BYTE = re.compile(rb"[\x80-\x9f]")

_LOWER_SIGNS = frozenset({0x9A, 0x9C, 0x9E})  # š œ ž
_UPPER_SIGNS = frozenset({0x8A, 0x8C, 0x8E, 0x9F})  # Š Œ Ž Ÿ


def placed(byte: int, before: int, after: int, line_feeds: bool) -> bool | None:
    """Clause ``named_latin1_every_sign``: the CP1252 sign ``byte`` (0x80-0x9f, not a
    quote or dash 0x91-0x94, 0x96-0x97: None, the caller's) stands where it stands in
    text, between the bytes ``before`` and ``after`` (0x20 at the file's ends)."""
    if 0x91 <= byte <= 0x97 and byte != 0x95:
        return None
    word_before, word_after = before in _WORD, after in _WORD
    if byte in _LOWER_SIGNS:  # "cœur", "œuvre", "Ko\x9aice": in a word, lowercase after;
        if not word_before and not word_after:  # or the letter named alone ("_œ_")
            return True
        return (before in _LETTER or not word_before) and (
            after in _LOWER or (not word_after and before in _LETTER)
        )
    if byte in _UPPER_SIGNS:  # "Œdipus", "ŠKODA": opening a word, or in capitals
        if before in _UPPER:  # not "MŽre", "SŠvres" (Mac Roman's, CP850's "è")
            return after in _UPPER or after not in _WORD
        return not word_before and after in _LETTER
    if byte == 0x99:  # "™" after a word, a bracket or a space ("Gutenberg ™ License")
        return (word_before or before in b") ") and not word_after
    if byte in (0x86, 0x87):  # "†", "‡": a footnote or a death's mark, not in a word
        return not (before in _LETTER and after in _LETTER)  # Poe's cipher "6†8" passes
    if byte == 0x85:  # "…": not before a letter, and no NEL line end
        return line_feeds and after not in _LETTER
    if byte == 0x80:  # "€5", "5 €", "5€"
        return after in _DIGIT or before in _DIGIT or (before == 0x20 and not word_after)
    if byte in (0x84, 0x8B):  # "„", "‹" open: not after a word (no "‚": CP850's
        # "é" opening a word, "‚clat", is that shape, and no book of the mirror has one)
        return not word_before and (word_after or after in _OPENED)
    if byte == 0x9B:  # "›" closes
        return not word_after
    if byte == 0x89:  # "‰" after a number
        return before in _DIGIT or (before == 0x20 and not word_after)
    if byte == 0x83:  # "ƒ" (florin) before a number
        return after in _DIGIT
    if byte == 0x95:  # "•" a bullet: between spaces or at a line's start
        return not word_before and not word_after
    return False  # ˆ ˜ and the five CP1252 leaves undefined


# Clause low_quotes_elisions (session 42): two more shapes of "“" and "’", each asked
# only of a file that shows the same sign's other half elsewhere. German quotes
# „Wort“: "“" closes after a word, a stop or a closing mark (not before a word) in a
# file that holds "„" (0x84); in a file holding both, both count in session 40's half
# rule too (transforms.declared_codec.shows_cp1252), as English quotes do. Elisions "’em",
# "’Tis", "’m": "’" opens a word before an ASCII letter in a file that holds an
# apostrophe between two letters ("we’d", "don’t").
# CP850's "ä" 0x84 and "ô" 0x93 (German in CP850 has "ä" inside words: out of place),
# Mac Roman's "Ñ"/"ì", CP850's "Æ" opening "Æsop" alone (no "’" between letters) stay.
_APOSTROPHE = re.compile(rb"[A-Za-z]\x92[a-z]")
# what a closing quote may follow (a stop, a dash, a closing mark: "but--“", "dream—“",
# "‘Yes.’“", "_now!_“", "on.'“", "then…“") and an opening one precede ("„‘Pale",
# "„'Prisoners", "„_Cara mia_", "„’Pon"): the shapes of session 40's English quotes
_CLOSED = frozenset(b".,;:!?-_')]" + bytes([0x85, 0x92, 0x94, 0x97]))
_OPENED = frozenset(b" _'(" + bytes([0x91, 0x92]))


# Clause low_single_quotes (session 43): German single quotes ‚Wort‘ in a file that
# quotes with „...“ (holds 0x84 and 0x93) and holds a "‚" 0x82: "‚" opens a word (or
# "‘", "_", "(" before one), "‘" 0x91 closes after a word, a stop or a closing mark. Each
# alone is another codec's letter in the mirror's books: CP850's "é" opening a French
# word ("‚t‚" for "été": 787 times in Hugo's *Légende des Siècles*), CP850's "æ" after a
# word (Irving's Pennsylvania Dutch "kæ fun", 71 times); neither book holds the gate.
def low_single(byte: int, before: int, after: int) -> bool:
    """Clause ``low_single_quotes``: ``byte`` opens ("‚") or closes ("‘") a German
    single quote between ``before`` and ``after`` (the caller asks only in a file that
    holds „, “ and ‚)."""
    if byte == 0x82:
        return before not in _WORD and (after in _WORD or after in _OPENED)
    if byte == 0x91:
        return (before in _WORD or before in _CLOSED) and after not in _WORD
    return False


def paired(byte: int, before: int, after: int, low_quotes: bool, apostrophes: bool) -> bool:
    """Clause ``low_quotes_elisions``: the quote ``byte`` closes a German
    quote ("Wort“", ``low_quotes``: the file holds "„") or opens an elision ("’em",
    ``apostrophes``: the file holds "’" between two letters)."""
    if byte == 0x93 and low_quotes:
        return (before in _WORD or before in _CLOSED) and after not in _WORD
    if byte == 0x92 and apostrophes:
        return before not in _WORD and after in _ASCII_LETTER  # "’Tis", "’S war"
    return False


def every_sign_placed(data: bytes, as_mark, in_utf8) -> bool:
    """Clause ``named_latin1_every_sign``: ``data`` holds bytes 0x80-0x9f and each one
    stands where its CP1252 sign does (:func:`placed`; quotes and dashes by ``as_mark``,
    or, session 42, :func:`paired`), none continuing a UTF-8 character (``in_utf8``)."""
    line_feeds = _LINE_FEEDS.search(data) is not None
    low_quotes = b"\x84" in data
    apostrophes = _APOSTROPHE.search(data) is not None
    singles = low_quotes and b"\x93" in data and b"\x82" in data  # clause low_single_quotes
    found = False
    for match in _C1_BYTE.finditer(data):
        at = match.start()
        before = data[at - 1] if at else 0x20
        after = data[at + 1] if at + 1 < len(data) else 0x20
        byte = data[at]
        shown = placed(byte, before, after, line_feeds)
        if singles and byte in (0x82, 0x91) and low_single(byte, before, after):
            shown = True  # clause low_single_quotes
        if shown is None:
            shown = as_mark(byte, before, after) or paired(
                byte, before, after, low_quotes, apostrophes
            )
        if not shown or (before >= 0x80 and in_utf8(data, at)):
            return False
        found = True
    return found


# Clause cp1252_letters_misplaced: a byte between two lowercase letters whose CP1252
# (or Latin-1) character is no lowercase letter nor an apostrophe or dash: "‚", "ƒ",
# "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", "Ž", "“", "”", "•", "˜", "™", "›", "Ÿ",
# and the Latin-1 signs "¡"-"¿" (CP850's "í" is "¡"). Not "‘": Wade-Giles writes it in
# words ("Chou-t‘ien-i", Lang's *Books and Bookmen*). Not the no-break space 0xA0
# (CP850's "á"; review, session 42): a space, not a sign, between two words ("Mark
# vi", "John iv" in Nietzsche's *The Antichrist*; "Luke iii." in Tolstoy's *What Shall
# We Do?*): a right windows-1252 page of either was told to declare cp437.
_MISPLACED_BYTES = bytes(
    b
    for b in range(0x80, 0xC0)
    if b not in (0x91, 0x92, 0x96, 0x97, 0x9A, 0x9C, 0x9E, 0xA0, 0xAA, 0xBA)
)
# and CP1252's capitals "Š", "Œ", "Ž", "Ÿ" after a lowercase letter ("cafŽ", Mac's "café").
# Found byte by byte (review, session 41: one regex with a look-behind at every
# position of the file took ~150 ms per MB of a CP1252 book that holds none).
_SIGN_BYTE = re.compile(b"[" + re.escape(_MISPLACED_BYTES) + b"]")
_CAPITALS = frozenset({0x8A, 0x8C, 0x8E, 0x9F})
_IN_WORD = re.compile(rb"(?<=[a-z])[\x80-\xff](?=[a-z])")
_CODECS = ("mac_roman", "cp850", "cp437")
LEAST_MISPLACED = 3
# Beam counter codec_hint.CODEC (transforms.read_text): the build's summary and the
# manifest's ``documents.codec_hints`` count the files warned of (review, session 41: a
# worker's log line may never reach the user: Dataflow, a multi-process build's relay).
HINT_PREFIX = "codec_hint."


class Hint(NamedTuple):
    """Clause ``cp1252_letters_misplaced``: the codec the warning's flag names, and the
    warning's line."""

    codec: str
    line: str


def _misplaced(data: bytes) -> list[int]:
    """The offsets of the bytes ``_SIGN_BYTE`` after an ASCII lowercase letter, before
    another (a capital "Š Œ Ž Ÿ": before anything)."""
    found = []
    for match in _SIGN_BYTE.finditer(data):
        at = match.start()
        if at and data[at - 1] in _ASCII_LOWER:
            after = data[at + 1] if at + 1 < len(data) else 0x20
            if data[at] in _CAPITALS or after in _ASCII_LOWER:
                found.append(at)
    return found


def _lower(codec: str, data: bytes, found) -> int:
    return sum(bytes([data[at]]).decode(codec).islower() for at in found)


def misplaced_hint(data: bytes, typed: str, declared: str = "") -> Hint | None:
    """Clause ``cp1252_letters_misplaced``: the warning for ``data`` read as CP1252
    under ``--encoding`` ``typed`` when ``LEAST_MISPLACED`` or more of its bytes put a
    CP1252 sign inside a word, after a lowercase letter ("Ign‡titch", "cafŽ"), and
    another codec reads nine in ten of them as lowercase letters: that codec (the one
    reading most of the file's non-ASCII bytes between two lowercase letters as
    lowercase letters; ties named together, the first in the flag) and its flag; else
    None. Clause ``declared_cp1252_letters_misplaced`` (session 42): ``declared``, the
    charset an HTML page or an EPUB chapter declares ("windows-1252", "iso-8859-1"),
    decided the reading, not ``--encoding``: the line says so and that the fix is the
    declaration's (a declared charset is read before ``--encoding``)."""
    found = _misplaced(data)
    if len(found) < LEAST_MISPLACED:
        return None
    letters = {codec: _lower(codec, data, found) for codec in _CODECS}
    if max(letters.values()) < 0.9 * len(found):
        return None  # no codec makes them letters: some other damage, not said here
    inside = [m.start() for m in _IN_WORD.finditer(data)]
    scores = {c: _lower(c, data, inside) for c in _CODECS if letters[c] >= 0.9 * len(found)}
    best = max(scores.values())
    named = [codec for codec in _CODECS if scores.get(codec) == best]
    at = found[0]
    start = max(data.rfind(b" ", 0, at), data.rfind(b"\n", 0, at), data.rfind(b">", 0, at)) + 1
    ends = [i for i in (data.find(b" ", at), data.find(b"\n", at), data.find(b"<", at)) if i >= 0]
    word = data[start : min(min(ends, default=len(data)), at + 20)]
    shown = word.decode("cp1252", errors="replace")
    how, what = f"under --encoding {typed}", "file"
    # Clause hint_known_names (session 44, wtG's Left): the line names each codec as
    # the manifest counts it (clause known_codec_names: "macintosh", not Python's
    # "mac_roman"); --encoding and a page's charset take that name back.
    said = [known_name(codec) for codec in named]
    fix = f"rerun with --encoding {said[0]}"
    if declared:  # clause declared_cp1252_letters_misplaced
        how, what = f"by its declared charset {declared}", "page"
        fix = f"declare charset {said[0]} in it (a declared charset is read before --encoding)"
    return Hint(
        named[0],
        f"read as windows-1252 {how}, but {len(found):,} of its bytes put a "
        f"windows-1252 sign inside a word, after a lowercase letter, where no language has one "
        f"(the first at byte {at:,}: {shown!r}, as {said[0]} {word.decode(named[0])!r}): "
        f"if the {what} is in {' or '.join(said)}, {fix}",
    )
