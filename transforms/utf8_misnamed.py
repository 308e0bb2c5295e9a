"""A UTF-8 book read under a wrongly named single-byte codec (session 37; the Left of
session 36's wtC2: "a UTF-8 book read under a wrongly named ``--encoding cp1252`` is
decoded as the user said (mojibake), as before").

What the reader did: bytes that are valid UTF-8 are read as UTF-8 whatever
``--encoding`` names, but a UTF-8 book with one byte that is not (a stray CP1252 "é", a
character cut at the end, a damaged sector) went whole to the named codec: under
``--encoding cp1252`` (or ``latin-1``, ``iso-8859-15``, ``cp1250``) every accented letter
became two or three characters of mojibake ("Odéon" -> "OdÃ©on", "’" -> "â€™") in the
training text, without a word.

Clause ``utf8_misnamed_codec``: in a file that a named single-byte codec X decodes, when
the valid UTF-8 sequences whose character is a common letter or mark (those of
``legacy_mixed.utf8_letters``: Latin-1 and Latin Extended-A letters, Greek, Cyrillic,
general punctuation, the euro) number ``_LEAST`` or more and make up at least
``_SHARE`` of the file's non-ASCII bytes, the file is UTF-8 and X is the wrong codec:
rejected ``invalid_encoding``, the line naming the file, the first such character (its
byte offset, the word as UTF-8 and as X would read it), the first byte that is not
UTF-8, and the fix (drop ``--encoding`` or name utf-8; that reading then names the bad
bytes). Measured on real legacy text (``/tmp/wtC37/fp2.py``, session 37's record): in
real CP1252/Latin-1 books such sequences are rare pairs (an accented capital before a
dash or a curly quote: "NÃO’"), far below the share. Guards: a CP1252 book with a few
such pairs; a CP1252 book with one UTF-8 piece (clause ``utf8_piece_in_legacy`` runs
first and names the piece); ``auto`` (the guesser weighs UTF-8 sequences itself);
multibyte codecs (a GB18030 or Shift_JIS text is no UTF-8 by accident: its own clauses).

Cost: one regex scan of a file that is not UTF-8 and that a named single-byte codec
decodes (no shared-data document is one).
"""

from __future__ import annotations

import re
import shlex
import unicodedata

from transforms.legacy_mixed import UTF8_SEQUENCE, single_byte, utf8_letters

_LEAST = 3  # UTF-8 letters needed
_SHARE = 0.5  # of the non-ASCII bytes, in those letters
_ASCII = bytes(range(0x80))
# What may follow an accented capital in real CP1252 text ("IRMÃ…", "MAMÃ”", "NÃO—"):
# a pair read so is no mojibake evidence (clause utf8_misnamed_few).
_AFTER_CAPITAL = frozenset("…”’»—–‚„›“‘•\"'")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def utf8_misnamed(
    data: bytes, codec: str, label: str, typed: str, source: str, mark: int = 0
) -> str | None:
    """The rejection's line (clause ``utf8_misnamed_codec``) when ``data``, which is not
    valid UTF-8 and which the user's ``--encoding`` (typed as ``typed``; the single-byte ``codec``)
    decodes, is UTF-8 text; else None. ``mark``: the byte order mark's length taken off
    before ``data`` (clause ``bom_offsets_at_source``)."""
    evidence = utf8_evidence(data, codec)
    if evidence is None:
        return None
    found, inside, high = evidence
    first = found[0][0]
    word = max(data.rfind(b" ", 0, first), data.rfind(b"\n", 0, first)) + 1
    stop = min(
        (i for i in (data.find(b" ", first), data.find(b"\n", first)) if i >= 0), default=len(data)
    )
    sample = data[word : min(stop, first + 24)]
    try:
        data.decode("utf-8")
        bad = ""
    except UnicodeDecodeError as e:
        bad = f"; byte {e.start + mark:,} (0x{data[e.start]:02x}) is not UTF-8"
    return (
        f"{shlex.quote(source)} is UTF-8 text, not {label} as --encoding {typed} says: "
        f"{len(found):,} UTF-8 characters make up {inside / high:.0%} of its non-ASCII bytes "
        f"(the first at byte {first + mark:,}: "
        f"{sample.decode('utf-8', errors='replace')!r}, which read as {label} would be "
        f"{sample.decode(codec, errors='replace')!r}){bad}; nothing of the file was read: "
        "drop --encoding (or name --encoding utf-8), and the reader names the bytes that "
        "are not UTF-8"
    )


def utf8_evidence(data: bytes, codec: str) -> tuple[list[tuple[int, int]], int, int] | None:
    """``(found, inside, high)`` when ``data``, not valid UTF-8, is UTF-8 text rather
    than the single-byte ``codec``'s (clauses ``utf8_misnamed_codec``,
    ``utf8_misnamed_few``): the spans of its UTF-8 letters, their bytes, and the file's
    non-ASCII bytes; else None. Also the evidence against a page's declared charset
    (clause ``declared_charset_utf8_bytes``, ``transforms.declared_codec``)."""
    if not single_byte(codec):
        return None
    found = utf8_letters(data, codec)
    if not found:
        return None
    high = len(data.translate(None, _ASCII))
    inside = sum(end - start for start, end in found)
    if inside < _SHARE * high and inside < _SHARE * (high - _other_utf8(data, inside)):
        return None
    # Clause utf8_misnamed_few (session 38): a UTF-8 book with 1-2 non-ASCII letters
    # (a lone "£", "Ã©" for "é") and a stray byte was read as mojibake. Fewer letters
    # than _LEAST are evidence only when each reads as mojibake in the codec (a letter
    # and a symbol: "Ã©", "Â£", "â€™"; not a capital before a dash or a quote, "IRMÃ…")
    # and the other non-ASCII bytes are at most half theirs (one stray or cut byte).
    if len(found) < _LEAST and not (
        2 * (high - inside) <= inside
        and all(_mojibake(data[start:end].decode(codec, errors="replace")) for start, end in found)
    ):
        return None
    return found, inside, high


def _other_utf8(data: bytes, inside: int) -> int:
    """Clause ``utf8_misnamed_other_chars`` (session 39; the Left of session 38: 3 of 300
    stray-byte UTF-8 books read): the bytes of ``data``'s valid UTF-8 sequences that are
    no common letter (``inside``: the bytes of those that are), which the share leaves
    out: they are UTF-8 too, evidence neither way. A UTF-8 book whose non-ASCII is
    mostly Arabic words (Burton's *Nights* vol. 10), modifier letters (*The Story of
    Troy*'s "ʹ" after every stressed syllable) or symbols ("™", "☞": Alcott's *Hospital
    Sketches*) held too few common letters for half its non-ASCII bytes, and with a stray
    byte under ``--encoding latin-1`` it was read as mojibake ("IlÊ¹i-ad"). C1 controls
    (U+0080-U+009F, "\xc2\x97": CP1252 text garbled once already) are not counted."""
    every = 0
    for match in UTF8_SEQUENCE.finditer(data):
        try:
            char = match.group().decode("utf-8")
        except UnicodeDecodeError:  # a surrogate or an overlong form
            continue
        if not "\x80" <= char <= "\x9f":
            every += len(char.encode())
    return every - inside


def _mojibake(read: str) -> bool:
    """Whether a UTF-8 letter's bytes read in the named codec as ``read`` look like
    mojibake: a character after the first that is no letter and no punctuation that
    follows a capital in real text ("Ã©" yes, "Ã…" no, "ÓŁ" no; the ordinals "ª" "º"
    count as symbols: "Ãª" is "ê")."""
    return any((not c.isalpha() or c in "ªº") and c not in _AFTER_CAPITAL for c in read[1:])


def utf8_by_chance(text: str, codec: str) -> bool:
    """Clause ``utf8_valid_by_chance`` (session 38; the Left of session 37): whether
    ``text``, the UTF-8 reading of a file the user named the single-byte ``codec`` for,
    is that codec's text whose non-ASCII bytes happen to form valid UTF-8 ("SPÓŁKI" in
    CP1250 is "SPӣKI" as UTF-8, "ŇŠ ĎŤ" is "Ҋ ύ"). Valid UTF-8 was read as UTF-8
    whatever --encoding said, so such a file was read silently in another codec than
    the one named. True when every non-ASCII character is foreign to the text around
    it: its bytes read in ``codec`` as a letter followed by letters or punctuation, and
    as UTF-8 it is a letter of U+0370-U+07FF (Greek, Cyrillic, Armenian,
    Hebrew, Arabic...) with an ASCII letter beside it (inside a Latin word: clause
    ``utf8_letters_script_words``), in a word in capitals or before punctuation ending
    a word (clause ``utf8_by_chance_cased``, :func:`_legacy_word`). One plausible character (a Latin letter, "º", a
    symbol, a lone Greek "κ" of a formula, a CJK character) keeps the file UTF-8, as
    before; the scan stops at it, so a real UTF-8 book costs one look. Measured on the
    UTF-8 Gutenberg books under named codecs (session 38's record): a first version that
    counted any letter with no letter of its script beside it read "20º" and "κ being"
    in the named codec; one that counted C1 controls read a Dryden line's "\x97\x97"
    (CP1252 dashes already garbled in the Gutenberg text) as "Â—Â—"."""
    if not single_byte(codec):
        return False
    seen = False
    for match in _NON_ASCII.finditer(text):
        i = match.start()
        if not _foreign(text, i, codec):
            return False
        seen = True
    return seen


def _foreign(text: str, i: int, codec: str) -> bool:
    char = text[i]
    try:
        read = char.encode().decode(codec)
    except UnicodeDecodeError:
        return False
    if not read[0].isalpha() or any(unicodedata.category(c)[0] not in "LP" for c in read[1:]):
        return False
    near = [text[j] for j in (i - 1, i + 1) if 0 <= j < len(text)]
    return (
        "\u0370" <= char <= "\u07ff"
        and char.isalpha()
        and any(c.isascii() and c.isalpha() for c in near)
        and _legacy_word(text, i, read)
    )


def _legacy_word(text: str, i: int, read: str) -> bool:
    """Clause ``utf8_by_chance_cased`` (review, session 38): whether the codec's reading
    ``read`` of ``text[i]`` fits the word around it as a legacy letter pair does: a
    capital (or "ß") before punctuation that ends a word of its case ("SPÓŁKA”",
    "daß…"), or two capitals in a word in capitals ("SPÓŁKA"). Greek glued to a
    Latin letter in a formula of real UTF-8 does not: "Δx" is "Î”x" (a quote inside a
    word), "εN" "ÎµN", "σx" "Ïƒx", "ωt" "Ï‰t", "λx" "Îťx" (ISO-8859-2): all were read
    in the named codec, mojibake, where the reader read them right before."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    first, tail = read[0], read[1:]
    if not tail or not first.isalpha():
        return False
    if all(unicodedata.category(c)[0] == "P" for c in tail):
        return not nxt.isalpha() and prev.isalpha() and prev.isupper() == first.isupper()
    word = [c for c in (prev, nxt) if c.isalpha()]
    return first.isupper() and all(c.isupper() for c in tail + "".join(word))  # capitals
