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
"""

from __future__ import annotations

import math

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


def empty_parquet(rows: int) -> str | None:
    """The rejection message of a Parquet file that held ``rows`` rows, when 0."""
    if rows:
        return None
    return "the Parquet file has 0 rows: no document was read from it"
