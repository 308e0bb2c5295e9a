"""Helpers of the JSONL reader (``transforms.read``): the message of a line that is
not JSON, whether its value goes on past the line, and skipping a long line.

Clause ``json_value_limits`` (:func:`loads`): a line holding a number of over 4,300
digits (Python's ``int_max_str_digits``) or a value nested deeper than the
recursion limit is valid JSON that ``json.loads`` refuses with a ``ValueError`` or
``RecursionError``, not a ``JSONDecodeError``: the reader's catch-all then rejected
the whole rest of the file (its later records lost, uncounted). Both are now a
``JSONDecodeError`` of their own, so the line is one ``invalid_json`` rejection
that says what to change and the next lines are read.

Clause ``bare_cr_lines``: a JSONL file whose lines end with a bare ``\r`` (classic
Mac OS) is one line to the reader; its "Extra data" rejection now says so and how
to convert it (the records stay one rejection: the file is not JSON Lines).
"""

from __future__ import annotations

import json
import re

from transforms.file_kinds import wide_encoding

# Python's own message: "Exceeds the limit (4300 digits) for integer string
# conversion: value has 5000 digits; ..." (clause json_limit_message: the numbers are
# taken from it, not from the longest run of digits in the line, which may be text).
_INT_LIMIT = re.compile(r"limit \((\d+) digits\).*value has (\d+) digits")


class JsonLimit(json.JSONDecodeError):
    """A JSON line Python's reader cannot take (clause ``json_value_limits``)."""


def loads(line: str):
    """``json.loads(line)``; a value over Python's limits raises :class:`JsonLimit`."""
    try:
        return json.loads(line)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise JsonLimit(
            "the line holds a JSON value nested deeper than Python's JSON reader can "
            "follow ([ and { inside each other about 1,000 deep); flatten the record",
            line,
            0,
        ) from None
    except ValueError as e:
        found = _INT_LIMIT.search(str(e))
        limit, size = (int(found[1]), int(found[2])) if found else (4300, 0)
        size = f"{size:,} digits" if size else f"too many digits ({e})"
        raise JsonLimit(
            f"the line holds a number of {size}, over Python's limit of {limit:,} digits "
            "for reading an integer; write such a number as a string",
            line,
            0,
        ) from None


def json_error(error: json.JSONDecodeError) -> str:
    if isinstance(error, JsonLimit):
        return error.msg
    # JSONDecodeError.msg may end with "at" ("Unterminated string starting at").
    where = "column" if error.msg.endswith(" at") else "at column"
    hint = ""
    if error.msg == "Extra data" and "\r" in error.doc:  # clause bare_cr_lines
        hint = (
            "; its lines end with a bare carriage return (classic Mac OS), so the records "
            "read as one line: convert them, e.g. tr '\\r' '\\n' < FILE > NEW.jsonl"
        )
    return f"line is not valid JSON: {error.msg} {where} {error.colno}{hint}"


def continues(line: str, error: json.JSONDecodeError) -> bool:
    """The line's JSON value is unfinished (not malformed): it goes on past the line."""
    return error.pos >= len(line.rstrip())


def skip_rest_of_line(handle) -> None:
    while True:
        chunk = handle.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def json_lines_by_content(look: bytes, whole: bool) -> str:
    """Clause ``pipe_jsonl_by_content``: a pipe with no name to go by (``--input -``,
    ``<(zcat books.jsonl.gz)``) is JSON Lines when its first line is a JSON object:
    after a BOM and blank space it starts with ``{`` and that line parses as an object.
    ``look``: the stream's first bytes (decompressed), ``whole`` when that is all of
    it; a first line longer than ``look`` counts when it starts ``{"`` (a key). A text
    that starts otherwise, or with a ``{`` line that is no object (RTF, TeX, a
    pretty-printed JSON document), is read as one text, as before.

    Clause ``pipe_jsonl_by_lines`` (session 22): the first line alone decided, so a
    text piped in whose first line is a JSON object (one line of front matter, a log
    line, then prose) was read as JSON Lines, each of its prose lines an
    ``invalid_json`` rejection and no document. Now the lines looked at decide: it is
    JSON Lines only when more than half of their non-blank lines are records (parse as
    a JSON object, or start ``{"``: a damaged record, or the last line, cut by the
    look); else it is one text. Returns ``"jsonl"``, ``"text"`` (the first line is no
    JSON object) or ``"text_json_first_line"`` (it is, but most lines are not), which
    the build's summary names (``transforms.pipes.pipe_format``)."""
    start = as_utf8(look).removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    if not start.startswith(b"{"):
        return "text"
    end = start.find(b"\n")
    if end < 0 and not whole:
        return "jsonl" if _RECORD_START.match(start) else "text"
    if not _is_object(start[: end if end >= 0 else None]):
        return "text"
    lines = start.split(b"\n")
    cut = b"" if whole else lines.pop()  # the last line goes on past the look
    lines = [line for line in lines if line.strip()]
    found = [line for line in lines if _RECORD_START.match(line) or _is_object(line)]
    if cut.strip():
        lines.append(cut)
        found += [cut] if _RECORD_START.match(cut.lstrip()) else []
    # Clause pipe_jsonl_by_weight (session 22 review): "more than half of the lines"
    # read JSON Lines with one short non-record line a record (a "# comment" or "--"
    # between records, a trailing Ctrl-Z) as ONE text of JSON syntax, written and
    # trained on with no rejection (it was each record a document, each odd line an
    # invalid_json rejection). A text is one whose records are a minority both of
    # the lines and of the bytes: read wrongly as JSON Lines a text is rejected
    # loudly, read wrongly as a text JSON Lines is trained on silently.
    share = sum(map(len, found)) / max(1, sum(map(len, lines)))
    return "jsonl" if 2 * len(found) >= len(lines) or share > 0.5 else "text_json_first_line"


_RECORD_START = re.compile(rb'[ \t]*\{[ \t]*"')


def _is_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):  # JSONDecodeError, UnicodeDecodeError: no record
        return False


def as_utf8(look: bytes) -> bytes:
    """Clause ``utf16_jsonl_read``: the look of a stream that starts with a UTF-16 or
    UTF-32 byte order mark, or (rule ``utf16_without_bom``) with ``{`` beside a NUL,
    as UTF-8 (a code unit cut at the end is dropped). ASCII UTF-16 without a mark is
    valid UTF-8, NULs and all: a JSONL pipe of it was one text of JSON syntax; as JSON
    Lines its reader rejects it ``utf16_jsonl``, naming the byte order to convert."""
    wide = wide_encoding(look) or {b"{\x00": "utf-16-le", b"\x00{": "utf-16-be"}.get(look[:2])
    return look.decode(wide, errors="replace").encode("utf-8") if wide else look
