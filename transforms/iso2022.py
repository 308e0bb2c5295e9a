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


def decode_iso2022(data: bytes, codecs: tuple[str, ...]) -> tuple[str, str] | str:
    """``(text, codec)`` of the first codec that reads ``data`` strictly, else the
    one-line reason it cannot be read."""
    error = None
    for codec in codecs:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as e:
            error = error or e
    label = codecs[0].upper().replace("ISO2022_", "ISO-2022-")
    return (
        f"the file holds {label} escape sequences (ESC $ ...), but bytes {error.start}-"
        f"{error.end} are not valid {label} ({error.reason}): the file is cut or damaged; "
        f"get it whole, or keep what decodes (iconv -c -f {label} -t UTF-8)"
    )
