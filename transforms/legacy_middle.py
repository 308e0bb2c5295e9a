"""A damaged region in the middle of a text file whose start is NOT UTF-8 (session 36,
the Left of session 35: GB18030, Big5, Shift_JIS, CP1252 books).

What the reader did (``/tmp/wtC36/probe1.py``): 背影 in GB18030, 孟子 in Big5, 古城 in
Shift_JIS and Les Misérables in CP1252, each with 4 KB of random bytes, 8 KB or 100
NULs or a UTF-8 piece in the middle, were rejected whole (nothing glued: the legacy
guess reads the whole file and decides none of them), but the line was the guesser's
list: "the bytes decode, but not surely, as ISO-8859-2 (it holds 919 control
characters); KOI8-R ...; if one of them is the file's encoding, rerun with --encoding
iso8859_2", advice that makes mojibake of the whole book and says nothing of where it
is broken.

Clause ``legacy_damaged_middle_said``: when the UTF-8 rejection of a text file
(``--encoding auto`` or ``utf-8``) kept the guesser's line, and its first quarter (64 KB
at most) is decided by the legacy guess as one codec, the bytes of the file that codec
does not decode strictly, and its control bytes (NUL, 0x01-0x08, 0x0e-0x1f: in no text
of these codecs; their multibyte trail bytes are 0x30 and above), are found; when they
all lie between a start of 1 KB or more and an end of 1 KB or more that the codec reads
as text of its language (the end, from its first line start: a confident candidate of
that codec's family; in a single-byte codec the region's bounds are the first and last
byte it cannot read or that is a control: random bytes that decode may run a few bytes
past them), the
region at most half of the file, the line names the region as ``damaged_middle_said``
does for UTF-8: where (byte offsets, how far in), what (not valid CODEC, or N NUL bytes:
zeroed blocks), what to fix. Only the message changes: the file was rejected before too;
nothing is decoded around the hole.

Cost: only for a file already rejected: the legacy guess on 2 × 64 KB and one decoding
pass.
"""

from __future__ import annotations

import codecs
import shlex
import threading
from types import SimpleNamespace

from transforms.charset_labels import known_name
from transforms.damaged_middle import _CONTROLS
from transforms.file_spans import file_span, typed_option
from transforms.legacy_encodings import _FAMILY, CANDIDATES, candidates, guess_encoding

_ENDS = 1024  # text needed before and after the region
_SAMPLE = 1 << 16  # the most of the start and end the guess reads
_CHUNK = 1 << 20
_FOUND = threading.local()


def _record(error: UnicodeDecodeError):
    _FOUND.spans.append((_FOUND.offset + error.start, _FOUND.offset + error.end))
    return "", error.end


def _bad_spans(data: bytes, codec: str) -> list[tuple[int, int]]:
    """(start, end) of each piece of ``data`` that ``codec`` does not decode strictly and
    of each run of control bytes, in order."""
    try:
        codecs.lookup_error("longctx.bad_legacy")
    except LookupError:
        codecs.register_error("longctx.bad_legacy", _record)
    decoder = codecs.getincrementaldecoder(codec)("longctx.bad_legacy")
    _FOUND.spans, view = [], memoryview(data)
    for start in range(0, len(data), _CHUNK):
        _FOUND.offset = start - len(decoder.getstate()[0])  # bytes held from the last chunk
        decoder.decode(view[start : start + _CHUNK], final=start + _CHUNK >= len(data))
    found, _FOUND.spans = _FOUND.spans, []
    found += [m.span() for m in _CONTROLS.finditer(data)]
    return sorted(found)


def _family(codec: str) -> str:
    return _FAMILY.get(codec, codec)


def _text_part(part: bytes) -> bytes:
    """``part`` cut to whole lines (at most 64 KB), as the guess reads it."""
    part = part[:_SAMPLE]
    return part[: part.rfind(b"\n") + 1] or part


def _clean(part: bytes) -> bool:
    return b"\x00" not in part and not _CONTROLS.search(part)


def _decided(data: bytes):
    """The codec the file's first quarter decides, or else its last quarter (clause
    ``legacy_damaged_middle_early``: a region in the first quarter), or None."""
    size = len(data)
    head = _text_part(data[: min(_SAMPLE, size // 4)])
    start = max(size - min(_SAMPLE, size // 4), 0)
    start = data.find(b"\n", start) + 1 if b"\n" in data[start:] else size
    for part in (head, data[start:]):
        if _clean(part) and (decided := guess_encoding(part)[0]) is not None:
            return decided
    return None


def _named(codec: str):
    """A Guess-like (encoding, label, language) for a codec the user named."""
    found = next((c for c in CANDIDATES if c[0] == codec), None)
    label = found[2] if found else known_name(codec)  # clause reading_known_names
    language = found[1] if found else ""
    return SimpleNamespace(encoding=codec, label=label, language=language)


def legacy_damaged_middle(
    data: bytes, source: str, codec: str = "", mark: int = 0, typed: str = ""
) -> str | None:
    """The rejection's line (clause ``legacy_damaged_middle_said``) when ``data``'s start
    and end are text in one legacy codec and what is not lies in its middle; else None.
    ``codec``: the codec of the ``--encoding`` the user gave (clause
    ``legacy_damaged_middle_named``): that codec, no guess; ``typed``: that option as the
    user typed it, which the line shows (clauses ``typed_codec_name``, ``typed_name_one_word``:
    the same name in every legacy message maker, ``decode_fallback``, ``utf8_piece``,
    ``utf8_misnamed``)."""
    size = len(data)
    if size < 4 * _ENDS:
        return None
    decided = _named(codec) if codec else _decided(data)
    if decided is None:
        return None
    try:
        spans = _bad_spans(data, decided.encoding)
    except LookupError:
        return None
    if not spans:
        return None
    first, last = spans[0][0], max(end for _, end in spans)
    if first < _ENDS or size - last < _ENDS or last - first > size // 2:
        return None
    # the end read from the next line on: garbage that decodes (in CP1252 most bytes do)
    # may run on a few bytes after the last byte that does not
    tail = _text_part(data[data.find(b"\n", last) + 1 :]) if b"\n" in data[last:] else b""
    before = data[max(0, first - _SAMPLE) : first]
    before = before[before.find(b"\n") + 1 :] if first > _SAMPLE else before
    before = before[: before.rfind(b"\n") + 1]  # garbage may start mid-line
    if len(tail) < _ENDS // 2 or len(before) < _ENDS // 2:
        return None
    family = _family(decided.encoding)
    for side in () if codec else (before, tail):
        if not any(g.confident and _family(g.encoding) == family for g in candidates(side)):
            return None
    label, language = decided.label, decided.language
    kind = f"{language} text".lstrip()
    fix = "" if codec else f" (--encoding {known_name(decided.encoding)} reads the file as it is)"
    if not data[first:last].strip(b"\x00"):
        what = (
            f"are {last - first:,} NUL bytes (zeroed blocks, as an unfinished download or "
            "a crashed write leaves: text is missing there)"
        )
    else:
        bad = sum(end - start for start, end in spans)
        what = (
            f"are not {kind} in {label} ({bad:,} bad or control "
            f"byte{'s' if bad != 1 else ''}, starting {data[first : first + 8].hex(' ')})"
        )
    return (
        f"{file_span(first, last, size, mark)} {what}, but the "
        f"{first + mark:,} bytes before them and the {size - last:,} after are {kind} in "
        f"{label}{typed_option(typed, codec) if codec else ''}: a damaged region in the middle of the file (binary data, zeroed blocks, "
        "or text in another encoding joined in); nothing of the file was read: re-create "
        f"or re-download {shlex.quote(source)}, or cut the region out{fix}"
    )
