"""Checks of one JSONL or Parquet record's fields, beside ``transforms.read``.

Clause ``scalar_ids``: the ``--id-field`` value names a document, so it must be a
string or a number. An object, a list, a boolean or a non-finite number (``NaN``,
``Infinity``) was turned into Python's ``str()`` of it (``{'a': 1}``, ``True``,
``nan``) without a word: two records ``{"id": true}`` were then one id
(``duplicate_id``), and the written id was no value of the input. Such a record is
now one ``invalid_id`` rejection that names the type and says what to change.

Clause ``empty_parquet``: a Parquet file with a text column but 0 rows gave no record
at all (neither written nor rejected), so the manifest's counts could not show that
it was read; it is now one ``empty_file`` rejection.

Clause ``parquet_no_footer`` (session 28): a Parquet file cut short, or still being
written (its footer is written last), was ``unreadable_file`` "ArrowInvalid: Parquet
magic bytes not found in footer. Either the file is corrupted or this is not a parquet
file.", which said neither. One that starts with ``PAR1`` and does not end with it is
now ``truncated_input``, saying so and what to do (:func:`parquet_cut`).
"""

from __future__ import annotations

import math

PARQUET_MAGIC = b"PAR1"


class ParquetCut(EOFError):
    """A Parquet file without its footer: ``read_file`` says it as ``truncated_input``."""


def parquet_cut(handle) -> ParquetCut | None:
    """Clause ``parquet_no_footer``: the seekable ``handle`` of a file pyarrow could not
    open as Parquet starts with ``PAR1`` but does not end with it; None otherwise."""
    try:
        handle.seek(0)
        head = handle.read(4)
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 4))
        tail = handle.read(4)
    except (OSError, ValueError):
        return None
    if head != PARQUET_MAGIC or (size >= 12 and tail == PARQUET_MAGIC):
        return None
    return ParquetCut(
        f"the Parquet file ends without its footer after {size:,} bytes (Parquet writes "
        "the footer last, so a file still being written has none either)"
    )


_TYPES = {dict: "an object", list: "a list", bool: "a boolean (true/false)"}


def describe(value) -> str:
    """A text field's value that is no string, in a rejection's message."""
    if value is None:
        return "null"
    name = type(value).__name__
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name}, not a string"


def id_problem(value, field: str) -> str | None:
    """Why ``value`` cannot be the document id of field ``field``; None when it can."""
    what = next((name for kind, name in _TYPES.items() if isinstance(value, kind)), None)
    if what is None and isinstance(value, float) and not math.isfinite(value):
        what = f"the number {value!r} (not finite)"
    if what is None:
        return None
    return (
        f"the {field!r} field is {what}, not a string or a number, so it names no "
        f"document; write the id as a string or pass --id-field to name another field"
    )


def empty_jsonl(size: int) -> str:
    """Clause ``empty_jsonl`` (session 29): a JSONL file with no record (0 bytes, only
    blank lines, an empty gzip stream) gave nothing at all, neither written nor
    rejected, as Parquet did before ``empty_parquet``: "5 in" for 6 files and no line
    said which was not read. One ``empty_file`` rejection."""
    how = "it is 0 bytes" if not size else "only blank lines"
    return f"the JSONL file holds no record ({how}): no document was read from it"


def empty_parquet(rows: int) -> str | None:
    """The rejection message of a Parquet file that held ``rows`` rows, when 0."""
    if rows:
        return None
    return "the Parquet file has 0 rows: no document was read from it"


def not_parquet(handle, file):
    """Clause ``parquet_name_not_its_data`` (session 33): a file named .parquet that does
    not start with ``PAR1`` (JSONL or text saved under the wrong name, an export in
    another format) was "could not read parquet file: ArrowInvalid: Parquet magic bytes
    not found in footer. Either the file is corrupted or this is not a parquet file.",
    which names no way out. Now: what its bytes look like and the rename that reads
    them (one ``unreadable_file``). None for a file that starts with ``PAR1`` (a cut one:
    ``parquet_no_footer``)."""
    import posixpath
    import shlex

    from transforms.read_records import reject

    name = posixpath.basename(file.relative)
    try:
        handle.seek(0)
        head = handle.read(4096)
    except (OSError, ValueError):
        return None
    if head.startswith(PARQUET_MAGIC):
        return None
    bare = name.rsplit(".", 1)[0]
    try:
        head.decode("utf-8")
        text = 0 not in head
    except UnicodeDecodeError as e:  # a character cut at 4 KB is still text
        text = e.reason == "unexpected end of data" and e.start >= len(head) - 3
    if text:
        what, suffix = (
            ("JSON lines", ".jsonl") if head.lstrip()[:1] == b"{" else ("plain text", ".txt")
        )
        renamed = f"mv {shlex.quote(name)} {shlex.quote(bare + suffix)}"
        fix = f"rename it to end in {suffix} ({renamed})"
    else:
        what, fix = f"it starts with bytes {head[:4].hex(' ')}", "re-create or re-export it"
    said = f"the file is named .parquet but is not Parquet data ({what}): {fix}"
    return reject(file.relative, file.source, "unreadable_file", said)
