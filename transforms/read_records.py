"""How the bytes of one record or text file become a ``schemas.Document`` or a
``schemas.Rejected`` record of stage ``read`` (moved out of ``transforms.read``, whose
readers use them, unchanged): UTF-8 decoding with its fallbacks and hints, the
too-long and lone-surrogate rejections, and a JSON/Parquet record to a document."""

from __future__ import annotations

import re

from schemas import Document, Rejected
from transforms.charset_labels import known_name
from transforms.damaged_middle import _ZEROS, damaged_middle, zeroed_blocks, zeroed_tail
from transforms.encodings import utf16_ascii_order, utf16_cjk_order, utf16_order
from transforms.file_kinds import binary_hint
from transforms.iso2022 import decode_iso2022, iso2022_codecs
from transforms.legacy_encodings import CANDIDATES, guess_encoding
from transforms.legacy_fallback import decode_fallback
from transforms.legacy_middle import legacy_damaged_middle
from transforms.legacy_mixed import UTF8_SEQUENCE, utf8_piece
from transforms.record_checks import describe, id_problem
from transforms.utf8_misnamed import utf8_by_chance, utf8_evidence, utf8_misnamed
from transforms.utf16_unmarked import mostly_controls, unmarked_utf16
from transforms.utf32_unmarked import maybe_utf32, unmarked_utf32

LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def reject(doc_id: str, source: str, reason: str, error: str) -> Rejected:
    return Rejected(doc_id=doc_id, source=source, stage="read", reason=reason, error=error)


def decode(
    data: bytes, doc_id: str, source: str, encoding: str = "", mark: int = 0, typed: str = ""
) -> str | tuple[str, str] | Rejected:
    """UTF-8 text; with ``encoding`` (a text file's ``--encoding``) ``(text, codec)``,
    bytes that are not UTF-8 going to ``legacy_fallback.decode_fallback``. ``mark``: the
    length of the byte order mark the reader took off before ``data``: every offset a
    rejection names is the file's (clause ``bom_offsets_at_source``, transforms.file_spans).
    ``typed``: ``--encoding`` as the user typed it ("latin-1" for the checked "iso8859-1"),
    which the lines about the named codec show (clause ``typed_codec_name``)."""
    typed = typed or encoding
    # Clauses utf32_unmarked_decoded / utf32_unmarked_cut (transforms.utf32_unmarked):
    # UTF-32 without a mark is decoded on unambiguous evidence (it was rejected).
    if encoding == "auto" and maybe_utf32(data) and (said := unmarked_utf32(data, source)):
        return said if isinstance(said, tuple) else reject(doc_id, source, "invalid_utf16", said)
    try:
        text = data.decode("utf-8")
        # Clause utf16_ascii_without_bom (transforms.encodings): ASCII-range UTF-16
        # without a mark is valid UTF-8; a text file under auto is read as the UTF-16.
        if encoding == "auto" and (order := utf16_ascii_order(data)):
            return data.decode(order), order
        # Clause utf16_unmarked_odd_length (transforms.utf16_unmarked): the same UTF-16
        # with an odd number of bytes is no UTF-8 either: rejected, its last byte named.
        if encoding == "auto" and len(data) % 2 and b"\x00" in data[:65536]:
            if isinstance(said := unmarked_utf16(data, source), str):
                return reject(doc_id, source, "invalid_utf16", said)
        # Clause iso2022_escapes (transforms.iso2022): 7-bit bytes with ISO-2022-JP/KR's
        # own escape sequences are that encoding, not ASCII pairs ("$O Emacs $N$?$a").
        codecs = encoding in ("auto",) or encoding.startswith("iso2022")
        codecs = codecs and iso2022_codecs(data)
        if codecs:
            if encoding.startswith("iso2022"):  # a named codec is the user's word
                codecs = (encoding,)
            decoded = decode_iso2022(data, codecs, mark)
            if isinstance(decoded, str):
                return reject(doc_id, source, "invalid_encoding", decoded)
            return decoded
        # Clause utf8_mostly_controls (transforms.utf16_unmarked): valid UTF-8 that is
        # mostly control bytes is mark-less UTF-16 (Thai, Russian) or no text.
        if encoding == "auto" and (said := mostly_controls(data, source, mark)):
            return _unmarked(said, data, doc_id, source, "invalid_encoding")
        # Clause zeroed_blocks_said (transforms.damaged_middle): 4 KB of NULs with text
        # after them is text missing (an unfinished download), not text to glue over.
        if encoding and (said := zeroed_blocks(data, source, mark)):
            return reject(doc_id, source, "invalid_encoding", said)
        # Clause zeroed_tail_said (transforms.damaged_middle): 4 KB of NULs after the
        # text is its end missing (a preallocated, unfinished download), not padding.
        if encoding and (said := zeroed_tail(data, source, mark)):
            return reject(doc_id, source, "truncated_input", said)
        # Clause utf8_valid_by_chance (transforms.utf8_misnamed): a CP1250 file whose
        # few non-ASCII bytes happen to be valid UTF-8 ("SPÓŁKI" is "SPӣKI") was read as
        # UTF-8 under --encoding cp1250: the named codec is honoured.
        if (
            encoding not in ("", "auto", "utf-8")
            and not text.isascii()
            and utf8_by_chance(text, encoding)
        ):
            return data.decode(encoding), encoding
        return (text, "utf-8") if encoding else text
    except UnicodeDecodeError as e:
        reason, hint = "invalid_utf8", ""
        # Clauses utf16_unmarked_decoded / utf16_unmarked_odd_length (transforms.
        # utf16_unmarked): UTF-16 without a mark is decoded on strong evidence (text with
        # NULs here; a NUL-less one only once the legacy guess left it undecided, below).
        if encoding == "auto" and b"\x00" in data[:65536]:
            if said := unmarked_utf16(data, source):
                return _unmarked(said, data, doc_id, source)
        if encoding in ("", "utf-8", "auto"):  # a named codec is the user's word: decode
            # Clause utf16_needs_nul (session 25): Shift_JIS kana (lead bytes 0x82/0x83) read
            # as UTF-16BE are CJK ideographs, so utf16_order named UTF-16BE for 98 of 379
            # real Japanese Shift_JIS/CP932 pieces (manpages-ja '数字またはシンボルで指定する
            # ことができます。'): rejected with "iconv -f UTF-16BE" (which makes mojibake),
            # never decided. UTF-16 text holds NUL bytes (its line ends, spaces, ASCII);
            # Shift_JIS, EUC and GB18030 never do.
            order = utf16_order(data) if b"\x00" in data else None
            hint = _utf16_hint(order) if order else binary_hint(data) or ""
        elif not encoding.startswith(("utf-16", "utf-32")):
            # Rule named_codec_binary: a single-byte codec (latin-1) decodes any bytes,
            # so an image or a program in the input folder would become text; NULs,
            # which no 8-bit or multibyte text has, say it is binary (UTF-16/32 have).
            hint = binary_hint(data) or ""
        undefined = -1  # clause utf8_misnamed_undefined_bytes: decode_fallback's offset
        if encoding and not hint:
            decoded = decode_fallback(data, encoding, mark, typed)
            undefined = decoded.undefined
            # Clause utf8_piece_in_legacy (transforms.legacy_mixed): a UTF-8 piece in a
            # CP1252... book was read as mojibake ("PrÃ©fet"): rejected, the piece named.
            if decoded.text is not None and (
                said := utf8_piece(
                    data,
                    decoded.encoding,
                    _label(decoded.encoding),
                    source,
                    mark,
                    _shown(encoding, typed),
                )
            ):
                return reject(doc_id, source, "invalid_encoding", said)
            # Clause utf8_misnamed_codec (transforms.utf8_misnamed): a UTF-8 book with a
            # byte that is not UTF-8, under --encoding cp1252, was read as mojibake.
            if (
                decoded.text is not None
                and encoding not in ("auto", "utf-8")
                and (
                    said := utf8_misnamed(
                        data, decoded.encoding, _label(decoded.encoding), typed, source, mark
                    )
                )
            ):
                return reject(doc_id, source, "invalid_encoding", said)
            # Clause legacy_damaged_middle_named: zeroed blocks in a book read under a
            # named legacy codec (which decodes NULs) were read, the text glued over them.
            if decoded.text is not None and encoding != "auto" and _ZEROS in data:
                if said := legacy_damaged_middle(data, source, decoded.encoding, mark, typed):
                    return reject(doc_id, source, "invalid_encoding", said)
            if decoded.text is not None:
                return decoded.text, decoded.encoding
            reason, hint = decoded.reason, decoded.hint
        # Clause utf16_cjk_without_nul (transforms.encodings): one line of Chinese or
        # Japanese in UTF-16 holds no NUL; named after the legacy guess left it undecided.
        if encoding in ("", "utf-8", "auto") and b"\x00" not in data:
            if order := utf16_cjk_order(data):
                hint = _utf16_hint(order)
                if encoding == "auto" and (said := unmarked_utf16(data, source)):
                    return _unmarked(said, data, doc_id, source)  # utf16_unmarked_decoded
        hint = hint or "re-encode the input as UTF-8 (e.g. iconv -f GB18030 -t UTF-8)"
        plain = f"bytes {e.start + mark}-{e.end + mark} are not valid UTF-8 ("
        said = f"{plain}{e.reason}); {hint}"
        # Clause damaged_middle_said (transforms.damaged_middle): bad bytes only between a
        # valid UTF-8 start and end are a damaged region: said where, not a codec guess.
        if encoding and reason == "invalid_utf8" and e.start >= 1024:
            said = damaged_middle(data, source, mark) or said
        # Clause legacy_damaged_middle_said (transforms.legacy_middle): the same for a
        # file whose start and end are GB18030, Big5, Shift_JIS, CP1252... text.
        if encoding in ("auto", "utf-8") and reason == "invalid_utf8":
            if said.startswith(plain):
                said = legacy_damaged_middle(data, source, mark=mark) or said
            if said.startswith(plain):
                said = _mixed(data, source, mark) or said  # clause utf8_piece_in_legacy
        # Clause legacy_damaged_middle_named (transforms.legacy_middle): under a named
        # legacy codec the damaged region is named too (was the codec's own error).
        if encoding not in ("", "auto", "utf-8") and reason in ("invalid_utf8", "invalid_encoding"):
            if not encoding.startswith(("utf-16", "utf-32", "iso2022")):
                # Clause utf8_misnamed_undefined_bytes (session 40): a UTF-8 book whose
                # UTF-8 holds a byte the named codec leaves undefined ("”" is e2 80 9d,
                # no CP1252) was said to be a damaged region of CP1252 text: it is UTF-8
                # under the wrong codec, the line of clause utf8_misnamed_codec.
                # Where it says nothing, legacy_damaged_middle is asked as before (also
                # over a line damaged_middle gave: review, session 40).
                misnamed = None
                if reason == "invalid_encoding" and _utf8_before_undefined(
                    data, encoding, undefined
                ):
                    misnamed = utf8_misnamed(data, encoding, _label(encoding), typed, source, mark)
                said = (
                    misnamed or legacy_damaged_middle(data, source, encoding, mark, typed) or said
                )
                # Clause utf8_piece_undefined_bytes: a UTF-8 piece whose bytes the named
                # codec leaves undefined (Greek UTF-8 holds 0xd2 and 0xaa, none in CP1253)
                # got the codec's "bytes 780-781 (character maps to <undefined>)".
                if reason == "invalid_encoding" and said.startswith(plain):  # no binary hint
                    said = utf8_piece(data, encoding, _label(encoding), source, mark, typed) or said
        return reject(doc_id, source, reason, said)


def _utf8_before_undefined(data: bytes, codec: str, first: int) -> bool:
    """Clause ``utf8_misnamed_undefined_bytes``: the paragraphs before the one holding
    the first byte ``codec`` leaves undefined (at ``first``: ``Decoded.undefined``, the
    offset the strict decode failed at; session 41, was a second decode of the whole
    file to find it) are UTF-8 text too (``utf8_evidence``):
    the file is UTF-8 through, not a legacy book with a UTF-8 piece pasted in (whose
    paragraphs before the piece are the codec's: measured, 281 of 2,048 Gutenberg books
    in CP1252 with a UTF-8 paragraph in their middle held enough UTF-8 for the share
    over the whole file, 112 over the bytes before its first "”")."""
    if first < 0:
        return False
    head = data[: max(data.rfind(b"\n\n", 0, first), data.rfind(b"\n\r\n", 0, first), 0)]
    return utf8_evidence(head, codec) is not None


def _unmarked(said, data: bytes, doc_id: str, source: str, other: str = "invalid_utf8"):
    """``unmarked_utf16``'s answer as ``decode``'s: ``(text, codec)`` or a rejection."""
    if isinstance(said, tuple):
        return said
    odd = len(data) % 2 and not said.startswith("the text is")  # utf8_mostly_controls
    reason = "invalid_utf16" if odd else other
    return reject(doc_id, source, reason, said)


def _shown(encoding: str, typed: str) -> str:
    """The typed ``--encoding`` for a line about a named codec; "" under auto/utf-8."""
    return "" if encoding in ("", "auto", "utf-8") else typed


def _label(codec: str) -> str:
    # clause reading_known_names (transforms.legacy_encodings)
    return next((label for name, _, label in CANDIDATES if name == codec), known_name(codec))


def _mixed(data: bytes, source: str, mark: int = 0) -> str | None:
    """Clause ``utf8_piece_in_legacy`` under ``auto``: the codec of the book around a
    UTF-8 piece, decided on the bytes outside the piece's UTF-8 sequences."""
    rest = UTF8_SEQUENCE.sub(b"", data[:65536]) + UTF8_SEQUENCE.sub(b"", data[-65536:])
    decided, _ = guess_encoding(rest)
    if decided is None:
        return None
    return utf8_piece(data, decided.encoding, decided.label, source, mark)


def _utf16_hint(order: str) -> str:
    return (
        f"the bytes look like {order} without a byte order mark; re-encode the input as "
        f"UTF-8 (iconv -f {order} -t UTF-8)"
    )


def too_long(doc_id: str, source: str, size: str, config) -> Rejected:
    return reject(
        doc_id,
        source,
        "document_too_long",
        f"{size}, over --max-doc-chars {config.max_doc_chars:,}; split it into smaller "
        "documents, or raise --max-doc-chars if the workers have the memory "
        "(docs/RELIABILITY.md: peak memory per character)",
    )


def not_unicode(value: str, what: str, doc_id: str, source: str) -> Rejected:
    """The rejection of a ``value`` holding a lone surrogate (a JSON ``\\udXXX`` escape
    without its pair: no Unicode character, and no UTF-8 for it)."""
    match = LONE_SURROGATE.search(value)
    return reject(
        doc_id,
        source,
        "invalid_unicode",
        f"{what} holds \\u{ord(match.group()):04x} at character {match.start()}: half of a "
        "UTF-16 surrogate pair, which is no character; fix the program that wrote the "
        "JSON (it escaped text that was cut inside a pair)",
    )


def record_to_document(record, doc_id_default: str, source: str, config, escapes: bool = False):
    """``escapes``: the JSON line held a ``\\ud``/``\\uD`` escape, so its strings may
    hold lone surrogates (no other input can: decoded UTF-8 never does)."""
    if not isinstance(record, dict):
        return reject(
            doc_id_default,
            source,
            "not_an_object",
            f"expected a JSON object with a {config.text_field!r} field, got {type(record).__name__}",
        )
    text = record.get(config.text_field)
    if not isinstance(text, str):
        field = config.text_field
        if field in record:
            what = f"field {field!r} is {describe(text)}"
        else:
            what = f"no field {field!r} (fields: {', '.join(sorted(map(str, record))[:10])})"
        return reject(
            doc_id_default,
            source,
            "missing_text_field",
            f"{what}; pass --text-field to name the text field",
        )
    doc_id = doc_id_default
    if config.id_field and record.get(config.id_field) not in (None, ""):
        if bad := id_problem(record[config.id_field], config.id_field):  # clause scalar_ids
            return reject(doc_id_default, source, "invalid_id", bad)
        doc_id = str(record[config.id_field])
        if escapes and LONE_SURROGATE.search(doc_id):
            return not_unicode(doc_id, f"the {config.id_field!r} field", doc_id_default, source)
    if len(text) > config.max_doc_chars:
        return too_long(doc_id, source, f"document has {len(text):,} characters", config)
    if escapes and LONE_SURROGATE.search(text):
        return not_unicode(text, "the text", doc_id, source)
    return Document(doc_id=doc_id, source=source, text=text)


class Progress:
    """How far a reader got in its file, for the rejection of a file that fails midway."""

    def __init__(self):
        self.records = 0  # records yielded (documents or rejections)
        self.position = 0  # last line (JSONL) or row (Parquet) reached
