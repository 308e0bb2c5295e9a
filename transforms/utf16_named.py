"""A text file named UTF-16 or UTF-32 by ``--encoding`` that has no byte order mark
(session 44, the Left of session 43's wtC).

Clause ``named_wide_order``: ``--encoding utf-16`` (and "ucs-2", "unicode", "csUnicode",
the WHATWG Encoding Standard's UTF-16 labels, clause ``whatwg_charset_labels``) names no
byte order; Python's codec then reads the machine's (little-endian), so a UTF-16BE book
without a mark was read as mojibake ("\\u0a00\\u2000\\u2000∀䄀刀吀" for "\\n    \\"ART"),
silently, with the manifest saying utf-16. Now the byte order whose text reads as common
scripts (``transforms.encodings._plausible``, the measure of ``utf16_order``) over the
first 64 KB is used, the little-endian one on a tie (the standard's and Windows' order),
and the document's line says which order was used and the flag that reads it the other
way. The same for ``--encoding utf-32``.

Clause ``named_wide_order_wrong``: ``--encoding utf-16le`` over UTF-16BE bytes (or the
reverse; UTF-32 alike), which decode strictly either way, was read as mojibake. Where the
named order's text is not common scripts (under the 95% of ``utf16_order``) and the other
order's is, the file is rejected (``invalid_encoding``) with one line naming the order
its bytes read in and the flag to pass. A file the named order reads as text is read as
before.

Clause ``named_wide_family_wrong`` (session 45, the Left of session 44's wtG): a UTF-32
file under ``--encoding utf-16`` (any order) decodes strictly as UTF-16 too, to the text
with a NUL after every character, which was kept silently; a UTF-16 file under
``--encoding utf-32`` was rejected with the codec's error ("code point not in
range(0x110000)"), not told what it is. Where no order of the named family reads the
bytes as common scripts (the 95% bar) and an order of the other family does, the file is
rejected (``invalid_encoding``) with one line naming what the bytes are and the flag to
pass. Pages (``.html``) get both clauses too (clause ``named_wide_order_pages``,
``transforms.read_text``).

Clauses ``named_wide_order_read`` and ``named_wide_utf8_kept`` (review, session 45, base45
too): ASCII text in the named order (UTF-16LE under ``utf-16le``) is valid UTF-8 as
well and was read as UTF-8 with a NUL beside every character: where the named order
reads the text it is read so; and a UTF-8 file without a NUL under a UTF-16/32 label
(CJK mojibake under ``utf-16``: an English text's byte pairs are 88% CJK ideographs) is
left to the reader, which reads valid UTF-8 as UTF-8, as --help says.

A byte order mark decides as before (``transforms.read_text``: the mark is honoured
whatever ``--encoding`` says). Cost: only under a UTF-16/32 ``--encoding``, on a file
without a mark: one decoding of 64 KB per byte order.
"""

from __future__ import annotations

from transforms.charset_labels import known_name
from transforms.encodings import _UTF16_PLAUSIBLE_SHARE, _UTF16_SAMPLE, _plausible


def _name(order: str) -> str:
    """ "UTF-16BE" for "utf-16-be" (the name iconv and the Unicode Standard use)."""
    return order.upper().replace("-LE", "LE").replace("-BE", "BE")


def _share(data: bytes, order: str) -> float:
    """The share of common-script characters in ``data``'s first 64 KB read in
    ``order``; -1 when those bytes are no text in it (an unpaired surrogate, a code
    point over U+10FFFF)."""
    sample = data[: _UTF16_SAMPLE - _UTF16_SAMPLE % 4]
    try:
        text = sample.decode(order, errors="strict")
    except UnicodeDecodeError as e:
        if e.start < len(sample) - 4:  # not a pair cut at the sample's end
            return -1.0
        text = sample[: e.start].decode(order)
    return sum(map(_plausible, text)) / len(text) if text else -1.0


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _other_family(data: bytes, codec: str, typed: str, family: str) -> str | None:
    """Clause ``named_wide_family_wrong``: the rejection line when ``data`` reads as
    common scripts in an order of the other wide family than ``codec``'s, else None."""
    other = "utf-32" if family == "utf-16" else "utf-16"
    shares = {order: _share(data, order) for order in (f"{other}-le", f"{other}-be")}
    best = max(shares, key=shares.__getitem__)
    if shares[best] < _UTF16_PLAUSIBLE_SHARE:
        return None
    return (
        f"the bytes are {_name(best)} text (no byte order mark), not {_name(codec)} as "
        f"--encoding {typed} says: pass --encoding {known_name(best)} (or {other}, which "
        "reads the order from the text)"
    )


def named_order(data: bytes, codec: str, typed: str = "") -> tuple[str, str, str] | str | None:
    """Clauses ``named_wide_order`` / ``named_wide_order_wrong``: for ``data`` without
    a byte order mark under ``--encoding`` ``codec`` (Python's name; ``typed``: as the
    user typed it): ``(text, order, line)`` where ``codec`` names no byte order (the
    line says which was used), a rejection line where it names the order the bytes do
    not read in, None otherwise (any other codec; the reader decodes as before)."""
    family = codec[:6]
    if family not in ("utf-16", "utf-32") or codec not in (family, f"{family}-le", f"{family}-be"):
        return None
    if not data:
        return None  # an empty file: the reader's own rejection
    if b"\x00" not in data and _utf8(data):
        # Clause named_wide_utf8_kept (review, session 45): valid UTF-8 without a NUL is
        # no UTF-16/32 text; read as UTF-8, as --help says (utf-16 made CJK mojibake of
        # an English UTF-8 file: 88% of its pairs are CJK ideographs, and the order was
        # taken without the 95% bar).
        return None
    typed = typed or codec
    little, big = f"{family}-le", f"{family}-be"
    shares = {order: _share(data, order) for order in (little, big)}
    if max(shares.values()) < _UTF16_PLAUSIBLE_SHARE:  # clause named_wide_family_wrong
        if line := _other_family(data, codec, typed, family):
            return line
    if codec == family:
        order = big if shares[big] > shares[little] else little
        other = little if order == big else big
        try:
            text = data.decode(order)
        except UnicodeDecodeError:
            return None  # the reader's strict decoding says where
        why = (
            "the byte order its text reads in"
            if shares[order] > shares[other]
            else "both orders read alike: the standard's order"
        )
        line = (
            f"--encoding {typed}: the file has no byte order mark, so it was read as "
            f"{_name(order)} ({why}); if its "
            f"text is wrong, pass --encoding {known_name(other)}"
        )
        return text, order, line
    other = big if codec == little else little
    if shares[codec] >= _UTF16_PLAUSIBLE_SHARE and b"\x00" in data:
        # Clause named_wide_order_read (review, session 45): the named order reads the
        # text: read it so; ASCII text in UTF-16LE (or UTF-32BE...) is valid UTF-8 too,
        # and was read as UTF-8, a NUL after (or before) every character.
        try:
            return data.decode(codec), codec, ""
        except UnicodeDecodeError:
            return None  # the reader's strict decoding says where
    if shares[codec] < _UTF16_PLAUSIBLE_SHARE <= shares[other]:
        return (
            f"the bytes are {_name(other)} text (no byte order mark), not {_name(codec)} "
            "as --encoding "
            f"{typed} says: pass --encoding {known_name(other)} (or {family}, which reads the "
            "order from the text)"
        )
    return None
