"""UTF-32 without a byte order mark (session 35, the Left of session 34).

Clause ``utf32_unmarked_decoded``: a text file (``--encoding auto``) in UTF-32LE or
UTF-32BE without a mark was rejected naming UTF-32 and an iconv line (clause
``utf8_mostly_controls`` when its bytes are valid UTF-8, as English and most Chinese
are; Chinese with a byte over 0x7f got the UTF-16 hint or "binary"). It is decoded, and
labelled ``utf-32-le``/``utf-32-be``, when the evidence is unambiguous, as the UTF-16
path decodes (``transforms.utf16_unmarked``):

* the whole file decodes strictly in that order: every 4-byte unit a code point
  (U+10FFFF at most, no surrogate), so its high byte is NUL in every unit;
* the NUL pattern of UTF-32 in the first and in the last 64 KiB alike: 90% or more of
  the units with two NUL high bytes (every character of the Basic Multilingual Plane);
* no U+0000 (a text with a run of NULs after it, zeroed blocks), at most 0.1% control
  characters, 98% or more of the characters in common scripts (``_more_plausible``
  or the one or two letter blocks of ``_script_blocks``), and letters: letters and
  digits a third or more of the characters that are not space (康熙字典索引, an index of
  page numbers, is 6% letters), one letter at least; of 32 or more hanzi, three
  quarters common ones (the legacy encodings' level-1 sets, as ``utf16_unmarked``'s
  ``cjk`` evidence: 32-bit numbers in the CJK range read as rare hanzi).

Why it is safe: any other text read as UTF-32 fails the first test at once (ASCII
"abcd" is 0x64636261, over U+10FFFF; UTF-16's "H\\0i\\0" is 0x00690048), and the
decoding then fails too; binary passes it only as 32-bit numbers under 0x110000, which
read as controls and unassigned characters, not letters. Both orders valid is possible
only for units of NULs and bytes under 0x11 (controls): the text test refuses them.

Clause ``utf32_unmarked_cut``: such a file whose length is no multiple of 4 (`echo >>`
added a byte, or it was cut) is rejected ``invalid_utf16`` naming the stray bytes, as
``utf16_unmarked_odd_length`` rejects UTF-16 (a cut and an added byte are the same
bytes; dropping them could hide the rest of a book).

Cost: a text file whose first unit has a NUL in UTF-32's high byte only: a byte count
of every fourth byte of the first 64 KiB; the strict decoding only when that holds.
"""

from __future__ import annotations

import shlex

from transforms.utf16_unmarked import (
    _CJK_SHARE,
    _cjk_common,
    _in_blocks,
    _more_plausible,
    _script_blocks,
)
from transforms.utf16_unmarked import (
    _MIN_CJK_CHARS as _MIN_HANZI,
)

_SAMPLE = 1 << 16
_ORDERS = (("utf-32-le", "UTF-32LE", 3, 2), ("utf-32-be", "UTF-32BE", 0, 1))
_PATTERN_SHARE = 0.9  # units of a sample with both high bytes NUL
_PLAUSIBLE_SHARE = 0.98
_CONTROL_SHARE = 0.001
_LETTER_SHARE = 1 / 3


def _pattern(sample: bytes, top: int, second: int) -> bool:
    """Every unit of ``sample`` has a NUL ``top`` byte and 90% a NUL ``second`` one."""
    units = len(sample) // 4
    if units < 2:
        return False
    sample = sample[: units * 4]
    return sample[top::4].count(0) == units and sample[second::4].count(0) >= _PATTERN_SHARE * units


def _reads_as_text(text: str) -> bool:
    if not text or "\x00" in text:
        return False
    controls = sum(ch < " " and ch not in "\t\n\r\f" for ch in text)
    if controls > _CONTROL_SHARE * len(text):
        return False
    wide = [ch for ch in text if ch > "\x7f" and not ch.isspace()]
    blocks = _script_blocks(wide)
    plausible = sum(_more_plausible(ch) or bool(blocks and _in_blocks(ch, blocks)) for ch in text)
    if plausible < _PLAUSIBLE_SHARE * len(text):
        return False
    hanzi = [ch for ch in wide if "\u3400" <= ch <= "\u9fff" or ch >= "\U00020000"]
    if len(hanzi) >= _MIN_HANZI and sum(map(_cjk_common().__contains__, hanzi)) < (
        _CJK_SHARE * len(hanzi)
    ):
        return False  # random numbers in the CJK range read as rare hanzi: no text
    shown = [ch for ch in text if not ch.isspace()]
    words = sum(ch.isalnum() for ch in shown)  # letters and digits (an index of pages)
    return any(map(str.isalpha, shown)) and words >= _LETTER_SHARE * len(shown)


def _evidence(body: bytes, codec: str, top: int, second: int) -> str | None:
    """The text of ``body`` (a multiple of 4 bytes) when it is UTF-32 in ``codec``'s
    order by the evidence of the module docstring, else None."""
    head, tail = body[:_SAMPLE], body[-_SAMPLE:]
    if not (_pattern(head, top, second) and _pattern(tail, top, second)):
        return None
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        return None
    chars = _SAMPLE // 4
    if not (_reads_as_text(text[:chars]) and _reads_as_text(text[-chars:])):
        return None
    return text if "\x00" not in text else None


def maybe_utf32(data: bytes) -> bool:
    """The cheap test: the first unit has UTF-32's NUL high byte in one order and the
    file is long enough to tell (two units)."""
    return len(data) >= 8 and (data[3] == 0 or data[0] == 0)


def unmarked_utf32(data: bytes, source: str = "FILE") -> tuple[str, str] | str | None:
    """``(text, codec)`` when ``data`` (no byte order mark) is mark-less UTF-32 by the
    evidence of clause ``utf32_unmarked_decoded``; the one-line rejection of clause
    ``utf32_unmarked_cut`` when it is that UTF-32 with stray bytes after its last unit;
    else None."""
    if not maybe_utf32(data) or data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return None
    stray = len(data) % 4
    body = data[: len(data) - stray]
    found = [
        (codec, name, text)
        for codec, name, top, second in _ORDERS
        if (text := _evidence(body, codec, top, second)) is not None
    ]
    if len(found) != 1:
        return None
    ((codec, name, text),) = found
    if stray:
        ends, it = data[-stray:].hex(" "), "it" if stray == 1 else "them"
        last = "byte" if stray == 1 else f"{stray} bytes"
        return (
            f"the file is {name} without a byte order mark but its {len(data):,} bytes are no "
            f"whole number of 4-byte characters: its last {last} ({ends}) "
            f"{'is' if stray == 1 else 'are'} part of one, nothing of the file was read: if "
            f"`echo >>` or an editor added {it}, remove {it} (truncate -s -{stray} "
            f"{shlex.quote(source)}); if the file was cut short, get it whole"
        )
    return text, codec
