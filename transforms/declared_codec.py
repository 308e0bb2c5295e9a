"""A page's declared charset checked against its bytes (session 39; the Left of
sessions 37-38: "EPUB chapters and HTML with a wrong declared charset").

What the reader did (``/tmp/wtC39/now.py``: 40 KB of Dumas' *Captain Paul* from the
Gutenberg mirror, 219 curly quotes and accents, as a Gutenberg-shaped XHTML page and as
an EPUB's chapter): bytes that are valid UTF-8 were read as UTF-8 whatever the page
declared (clause ``chapter_encoding``), and a page declaring another codec whose bytes
are not UTF-8 was read in that codec. Two kinds of page were read silently wrong:

* UTF-8 bytes with one stray byte (a CP1252 "\\x92" pasted in) under ``<meta
  charset=iso-8859-1>``: the whole page read as Latin-1, every "’" became "â\\x80\\x99"
  (431 C1 controls; the normalizer then drops them: "Cooperâs"), for the HTML page and
  the EPUB chapter alike.
* CP1252 bytes (curly quotes 0x91-0x94, dashes 0x96-0x97) under ``iso-8859-1``, the
  commonest wrong declaration on the web: read as Latin-1, each quote a C1 control that
  the normalizer drops ("Cooper\\x92s" -> "Coopers"; 215 of them).

Clause ``declared_charset_utf8_bytes`` (:func:`utf8_despite`): when the bytes of a page
declaring a single-byte codec are UTF-8 text by the evidence the reader already uses
against a wrongly named ``--encoding`` (``utf8_misnamed.utf8_evidence``: UTF-8 letters
make up half its non-ASCII bytes, 3 or more, or 1-2 that read as mojibake with one
stray byte), the declaration is not used: the page is read as if it declared nothing
(the bytes decide: a UTF-8 page with a damaged byte is rejected as such a text file is,
nothing decoded), and the rejection says the declaration was wrong and why. Guards:
real CP1252/Latin-1 text declared so (such letters are rare pairs, far below the share:
session 37-38's measures, and this session's record); a multibyte declaration (no
UTF-8 by chance: their own clauses).

Clause ``declared_latin1_is_cp1252`` (:func:`codec_for`): a page declaring ISO-8859-1
(or ASCII) whose bytes hold 0x80-0x9f, which are C1 controls in Latin-1 and no text, is
read as CP1252 when CP1252 decodes it, as the WHATWG Encoding Standard has browsers do
(its labels "iso-8859-1", "latin1", "us-ascii"... all name windows-1252); the document's
``encoding`` says "cp1252" (the manifest's count). A page whose bytes hold no 0x80-0x9f
is read as declared, as before (the same text).

Session 40 (the Left of session 39: "two behaviours"): clause ``named_latin1_is_cp1252``
(:func:`named_reading`) reads a text file (or an undeclared EPUB chapter) under
``--encoding latin-1`` as CP1252 when its bytes 0x80-0x9f show CP1252 (clause
``named_latin1_shows_cp1252``, :func:`shows_cp1252`: at least half of them quotes and
dashes standing in its sentences); the user named Latin-1, so bytes that are something
else (NEL line ends, a DOS codec's letters) are kept as named. Clause
``declared_codec_python_name`` (:func:`python_name`): a page's codec is recorded by
Python's name, as a text file's. Session 41: clause ``named_latin1_every_sign``
(transforms.cp1252_signs) shows CP1252 where no quote or dash does ("manœuvre").
"""

from __future__ import annotations

import codecs
import re

from transforms.charset_labels import WHATWG_ONLY, browser_codec, python_codec
from transforms.cp1252_signs import every_sign_placed, low_single, paired, placed
from transforms.utf8_misnamed import utf8_evidence

_C1 = bytes(range(0x80, 0xA0))


def python_name(codec: str) -> str:
    """Clause ``declared_codec_python_name``: the name Python gives the codec a page
    was read in ("cp1252" for "windows-1252", "iso8859-1" for "ISO-8859-1"), the name a
    text file's ``--encoding`` records, so the manifest counts one codec under one
    name (it counted "windows-1252" and "cp1252" apart)."""
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return codec


def codec_for(declared: str, data: bytes) -> str:
    """Clause ``declared_latin1_is_cp1252``: the codec to read ``data`` with for the
    ``declared`` charset: "cp1252" for a Latin-1/ASCII label when the bytes hold C1
    bytes (0x80-0x9f) and CP1252 decodes them all. Session 43: a WHATWG label Python
    does not know ("x-mac-roman") is read as its encoding (clause
    ``whatwg_charset_labels``), and the other labels browsers read in a larger codec
    likewise (clause ``whatwg_browser_codecs``, transforms.charset_labels); a label
    no one knows is returned as it is (its decode raises ``LookupError``)."""
    codec = python_codec(declared)
    if codec is None:
        return declared
    read = browser_codec(codec, data)
    # the label as declared where Python reads it so (the lines name it as the page does)
    return read if read != codec or declared in WHATWG_ONLY else declared


# Clause named_latin1_shows_cp1252: a CP1252 quote or dash (0x91-0x97: ‘ ’ “ ” • – —)
# where such a mark stands in a sentence (:func:`_as_mark`), no byte of a valid UTF-8
# character (UTF-8's "œ" is c5 93, "—" e2 80 94).
# and "„" (clause low_quotes_elisions), "‚" (clause low_single_quotes)
_QUOTE_OR_DASH = re.compile(rb"[\x82\x84\x91-\x97]")
_WORD_BYTE = frozenset(
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    + bytes(b for b in range(0xC0, 0x100) if b not in (0xD7, 0xF7))
)
_END_PUNCT = frozenset(b".,;:!?")
_DIGIT = frozenset(b"0123456789")


def _as_mark(byte: int, before: int, after: int) -> bool:
    """The quote or dash ``byte`` stands as that mark between ``before`` and ``after``:
    "‘"/"“" opening a word ("\\x93Well", "\\x93\\x91Old"), "”" closing one or a
    sentence ("it.\\x94", "letters.\\x92\\x94"), "’" after a letter ("Kitty\\x92s",
    "Jones\\x92 house"), "–" between digits or spaces, "—" after a stop ("says:\\x97"),
    between spaces, in a run (" \\x97\\x97 "), or beside a word and not before a space
    ("him\\x97and"). A DOS or
    Mac codec's letters inside words ("r\\x93le", CP850's "rôle"; "Espa\\x96a", Mac
    Roman's "España"; "o\\x97 ", CP850's "où ") stand as none of these."""
    word_before, word_after = before in _WORD_BYTE, after in _WORD_BYTE
    if byte in (0x91, 0x93):
        return not word_before and (word_after or after in (0x91, 0x93))
    if byte == 0x94:
        return (word_before or before in _END_PUNCT or before == 0x92) and not word_after
    if byte == 0x92:
        return word_before or (before in _END_PUNCT and not word_after)
    if byte == 0x96:
        return (before in _DIGIT and after in _DIGIT) or before == after == 0x20
    if byte == 0x97:
        if before in _END_PUNCT or before == after == 0x20 or 0x97 in (before, after):
            return True  # after a stop, between spaces, in a run ("\\x97\\x97")
        return (word_before or word_after) and after not in b" \t\r\n"
    return False  # 0x95, the bullet


def _in_utf8(data: bytes, at: int) -> bool:
    """The byte at ``at`` (0x80-0xbf) continues a valid UTF-8 character."""
    for start in range(max(at - 3, 0), at):
        lead = data[start]
        size = (
            2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 * (0xF0 <= lead <= 0xF4)
        )
        if start + size > at:
            try:
                data[start : start + size].decode("utf-8")
                return True
            except UnicodeDecodeError:
                pass
    return False


def shows_cp1252(data: bytes) -> bool:
    """Clause ``named_latin1_shows_cp1252``: at least half of the bytes 0x80-0x9f of
    ``data`` are CP1252 quotes or dashes standing in its words and sentences
    ("Cooper\\x92s", "\\x93Well", "him\\x97and"); or, session 41, every one of them is a
    CP1252 sign in its place (clause ``named_latin1_every_sign``, transforms.cp1252_signs:
    "man\\x9cuvre", "Gutenberg\\x99"). Other files holding such bytes keep
    them: NEL (0x85) line ends of text converted from EBCDIC, a DOS or Mac codec's
    letters ("caf\\x82" is CP850's "café") under a wrong ``--encoding``."""
    c1 = len(data) - len(data.translate(None, _C1))
    needed, shown = (c1 + 1) // 2, 0
    # Clause low_quotes_elisions: German „...“ count too, in a file holding both (a
    # CP850 "ä" 0x84 opening words, "(är b?´ l_?_)" in Wells' index, has no "“" 0x93)
    low_quotes = b"\x84" in data and b"\x93" in data
    singles = low_quotes and b"\x82" in data  # clause low_single_quotes: ‚...‘ too
    for found in _QUOTE_OR_DASH.finditer(data):
        at = found.start()
        byte = data[at]
        before = data[at - 1] if at else 0x20
        after = data[at + 1] if at + 1 < len(data) else 0x20
        if byte == 0x82 and not singles:
            continue  # CP850's "é" ("caf\x82"): no quote unless the file quotes „...“
        mark = (
            low_quotes and placed(byte, before, after, True)
            if byte == 0x84
            else low_single(byte, before, after)
            if byte == 0x82 or (singles and byte == 0x91 and low_single(byte, before, after))
            else _as_mark(byte, before, after) or paired(byte, before, after, low_quotes, False)
        )
        # a byte after an ASCII one continues no UTF-8 character: no decode to try
        if mark and (before < 0x80 or not _in_utf8(data, at)):
            shown += 1
            if shown >= needed:
                return True
    # Clause named_latin1_every_sign (session 41): no half of quotes and dashes, but
    # every byte 0x80-0x9f a CP1252 sign in its place ("manœuvre", "Œdipus", "Smith†").
    return every_sign_placed(data, _as_mark, _in_utf8)


def named_reading(codec: str, data: bytes) -> str | None:
    """Clause ``named_latin1_is_cp1252``: ``data`` (not UTF-8) read as CP1252 under
    ``--encoding`` ``codec`` (checked: "iso8859-1" for latin-1, iso-8859-1, latin1,
    l1...) when its bytes hold 0x80-0x9f, show CP1252 (:func:`shows_cp1252`) and CP1252
    decodes them all, as a page declaring iso-8859-1 is read (clause
    ``declared_latin1_is_cp1252``); else None: read as named (a Latin-1 file, with no
    byte 0x80-0x9f, as before). One decode: the text is the caller's."""
    if python_name(codec) != "iso8859-1" or len(data.translate(None, _C1)) == len(data):
        return None
    if not shows_cp1252(data):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: no CP1252 either


def named_codec(codec: str, data: bytes) -> str:
    """The codec :func:`named_reading` reads ``data`` in: "cp1252" or ``codec``."""
    return codec if named_reading(codec, data) is None else "cp1252"


def utf8_despite(data: bytes, declared: str, codec: str) -> str | None:
    """Clause ``declared_charset_utf8_bytes``: why ``data`` (not valid UTF-8), declared
    ``declared`` (read as ``codec``), is UTF-8 text and not that codec's, for the
    rejection's line; None when it is no such page (or ``codec`` is no single-byte
    codec: ``utf8_evidence`` says None)."""
    try:
        evidence = utf8_evidence(data, codec)
    except LookupError:
        return None
    if evidence is None:
        return None
    found, inside, high = evidence
    first = found[0][0]
    word = (
        max(data.rfind(b" ", 0, first), data.rfind(b"\n", 0, first), data.rfind(b">", 0, first)) + 1
    )
    stops = [
        i
        for i in (data.find(b" ", first), data.find(b"\n", first), data.find(b"<", first))
        if i >= 0
    ]
    sample = data[word : min(min(stops, default=len(data)), first + 24)]
    # Review (clause declared_charset_utf8_bytes_label): the sample is decoded in the
    # codec the page would be read in; a Latin-1 label read as CP1252 (clause
    # declared_latin1_is_cp1252) said "read as iso-8859-1 would be 'â€œThe'" (CP1252).
    label = declared if codec == declared else codec
    return (
        f"it declares charset {declared}, but its bytes are UTF-8 text: "
        f"{len(found):,} UTF-8 characters make up {inside / high:.0%} of its non-ASCII bytes "
        f"(the first at byte {first:,}: {sample.decode('utf-8', errors='replace')!r}, which "
        f"read as {label} would be {sample.decode(codec, errors='replace')!r}), so the "
        "declaration was not used"
    )
