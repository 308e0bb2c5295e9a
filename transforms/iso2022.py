"""Text files in the 7-bit ISO-2022 encodings of Japanese and Korean (session 25).

ISO-2022-JP (RFC 1468: Japanese mail, news, Emacs files of the 1990s: ddskk's SKK.tut
says ``-*- coding: iso-2022-jp -*-``) and ISO-2022-KR (RFC 1557: Korean mail) write
only bytes under 0x80: a kanji is two ASCII letters after the escape sequence
``ESC $ B``. Such a file is valid UTF-8, so the reader took it as UTF-8, and the
normalize stage removed the escapes as terminal codes (rule ``ansi_escapes``) and left
the pairs: ddskk's tutorial "SKK は Emacs のための高速で効率的な日本語入力システムです。"
went into the training text as "SKK $O Emacs $N$?$a$N9bB.$G8zN(E*$JF|K\\8lF~NO%7%9%F%`$G$9!#"
(destroyed text, silently, with ``encoding`` "utf-8").

* Clause ``iso2022_escapes``: bytes that are all 7-bit and hold a designation of a
  double-byte set (``ESC $ @``, ``ESC $ B``, ``ESC $ ( D``/``O``/``P``/``Q`` of JIS;
  ``ESC $ ) C`` of KS X 1001) are that encoding: the escape sequence is the encoding's
  own label in the bytes, which no other text holds (a terminal's colour codes are
  ``ESC [``, its charset reset ``ESC ( B`` has no ``$``). They are decoded with the
  first of the codecs below that reads them strictly; bytes that none reads (a cut or
  damaged file) are rejected, never read as ASCII pairs.
* Clause ``iso2022_terminal_codes`` (review, session 25): a script(1) typescript of a
  terminal showing ISO-2022-JP text holds colour codes too (``tput sgr0`` writes
  ``ESC ( B ESC [ m``), and Python's decoders take an escape they do not know up to
  the next capital: ``ESC [ m ESC $ B`` was passed through whole, so the line after it
  stayed ASCII pairs under the label iso2022_jp ('$b$H$G@_7W!":n@.' of ddskk's
  SKK.tut shown by sed after tput), and a colour code inside a kanji run swallowed the
  ``ESC ( B`` after it, so the English after it was read as kanji and the whole file
  was rejected as "cut or damaged". Terminal sequences (the normalize stage's rule
  ``ansi_escapes``: CSI, OSC, other escapes) that are not the codec's own are cut out
  first and kept as they are (normalize removes them, counted); the text between them
  is decoded with the designations and shift in force carried over.
"""

from __future__ import annotations

import re

_JAPANESE = re.compile(rb"\x1b\$(?:[@B]|\([DOPQ])")
_KOREAN = re.compile(rb"\x1b\$\)C")
# iso2022_jp first (RFC 1468's sets); the others add JIS X 0212, half-width katakana
# (ESC ( I), JIS X 0213; each reads iso2022_jp's bytes to the same text.
_JAPANESE_CODECS = ("iso2022_jp", "iso2022_jp_ext", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_3")
_KOREAN_CODECS = ("iso2022_kr",)


def iso2022_codecs(data: bytes) -> tuple[str, ...]:
    """The ISO-2022 codecs ``data`` names by its escape sequences (clause
    ``iso2022_escapes``); () when it holds a byte over 0x7F or no designation."""
    if b"\x1b$" not in data or not data.isascii():
        return ()
    if _JAPANESE.search(data):
        return _JAPANESE_CODECS
    if _KOREAN.search(data):
        return _KOREAN_CODECS
    return ()


# Clause iso2022_terminal_codes: the terminal sequences (normalize's _ANSI, in bytes);
# the ISO-2022-JP/-JP-2/-KR ones among them; what stays in force across a cut.
_ESCAPE = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[!-/]*[0-~])")
_OWN = re.compile(rb"\x1b(?:\$[@AB]|\$\([@-~]|\$\)C|\([BIJ]|\.[AF]|N)")
_G0 = re.compile(rb"\x1b(?:\$[@AB]|\$\([@-~]|\([BIJ])")
_G2 = re.compile(rb"\x1b\.[AF]")
_SHIFT = re.compile(rb"[\x0e\x0f]")


# Clause iso2022_mixed_sets_said (review, session 25): ddskk's skk-vars.el ("coding:
# iso-2022-7bit-ss2") holds kana in GB 2312 (ESC $ A: '\x1b$A$G$"$l$P') and JIS X 0213
# (ESC $ ( O) in one file: iso2022_jp_2 has the one, iso2022_jp_3 the other, none both.
# It was rejected as "cut or damaged" (it is whole); the rejection now names the sets.
_SETS_NAMED = {
    b"\x1b$@": "JIS C 6226",
    b"\x1b$B": "JIS X 0208",
    b"\x1b$A": "GB 2312",
    b"\x1b$(C": "KS X 1001",
    b"\x1b$(D": "JIS X 0212",
    b"\x1b$(O": "JIS X 0213",
    b"\x1b$(P": "JIS X 0213 plane 2",
    b"\x1b$(Q": "JIS X 0213",
    b"\x1b(I": "JIS X 0201 katakana",
    b"\x1b.A": "ISO-8859-1",
    b"\x1b.F": "ISO-8859-7",
}
_SETS = re.compile(b"|".join(re.escape(d) for d in _SETS_NAMED))
_JIS = {b"\x1b$@", b"\x1b$B"}
_HELD = {  # the double-byte and extra sets each of Python's codecs reads
    "iso2022_jp": _JIS,
    "iso2022_jp_1": _JIS | {b"\x1b$(D"},
    "iso2022_jp_2": _JIS | {b"\x1b$A", b"\x1b$(C", b"\x1b$(D", b"\x1b.A", b"\x1b.F"},
    "iso2022_jp_3": _JIS | {b"\x1b$(O", b"\x1b$(P", b"\x1b$(Q", b"\x1b(I"},
    "iso2022_jp_ext": _JIS | {b"\x1b$(D", b"\x1b(I"},
}


def _last(pattern: re.Pattern, data: bytes) -> bytes:
    found = pattern.findall(data)
    return found[-1] if found else b""


def _decode_around_terminal_codes(data: bytes, codec: str) -> str:
    """``data`` decoded with ``codec``, terminal sequences kept as they are (clause
    ``iso2022_terminal_codes``); raises UnicodeDecodeError at the offset in ``data``."""
    out, pos, state = [], 0, b""
    cuts = [m for m in _ESCAPE.finditer(data) if not _OWN.fullmatch(m.group())]
    for start, end in [(m.start(), m.end()) for m in cuts] + [(len(data), len(data))]:
        piece = state + data[pos:start]
        try:
            out.append(piece.decode(codec))
        except UnicodeDecodeError as e:
            at = pos + e.start - len(state)
            raise UnicodeDecodeError(codec, data, at, at + e.end - e.start, e.reason) from None
        kr = b"\x1b$)C" if b"\x1b$)C" in piece else b""
        shift = b"\x0e" if _last(_SHIFT, piece) == b"\x0e" else b""
        state = kr + _last(_G2, piece) + _last(_G0, piece) + shift
        out.append(data[start:end].decode("ascii"))
        pos = end
    return "".join(out)


def decode_iso2022(data: bytes, codecs: tuple[str, ...], mark: int = 0) -> tuple[str, str] | str:
    """``(text, codec)`` of the first codec that reads ``data`` strictly, else the
    one-line reason it cannot be read."""
    error = None
    terminal = any(not _OWN.fullmatch(m.group()) for m in _ESCAPE.finditer(data))
    for codec in codecs:
        try:
            if terminal:  # clause iso2022_terminal_codes
                return _decode_around_terminal_codes(data, codec), codec
            return data.decode(codec), codec
        except UnicodeDecodeError as e:
            error = error or e
    label = codecs[0].upper().replace("ISO2022_", "ISO-2022-")
    found = {m.group() for m in _SETS.finditer(data)}
    if not any(found <= _HELD.get(codec, found) for codec in codecs):  # iso2022_mixed_sets_said
        sets = ", ".join(
            f"ESC {' '.join(chr(b) for b in d[1:])} ({_SETS_NAMED[d]})" for d in sorted(found)
        )
        return (
            f"the file mixes character sets that no one {label} codec holds ({sets}: "
            f"Emacs's iso-2022-7bit writes so); bytes {error.start + mark}-{error.end + mark} are not "
            f"{label}; convert it to UTF-8 with the program that wrote it (Emacs: C-x RET f "
            f"utf-8), or keep what decodes (iconv -c -f {label} -t UTF-8)"
        )
    return (
        f"the file holds {label} escape sequences (ESC $ ...), but bytes {error.start + mark}-"
        f"{error.end + mark} are not valid {label} ({error.reason}): the file is cut or damaged; "
        f"get it whole, or keep what decodes (iconv -c -f {label} -t UTF-8)"
    )
