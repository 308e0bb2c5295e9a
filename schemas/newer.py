"""What a reader does with the fields and columns a *newer* longctx adds to its outputs.

Session 22 added a shard column (``control_chars``) and a manifest field
(``near_duplicates.train_fallback``): the longctx before it refused the manifest
("not a longctx-dataset manifest (TypeError ...)") and its ``export`` stopped with a
traceback (``RecordBatch.cast``: field names do not match). Older versions cannot be
changed; from session 23 on every reader of a dataset (the manifest loader, so
``inspect``, ``verify``, the trainer and ``pipeline.existing``; ``export``; the
trainer's shard loading) follows one policy:

* Clause ``newer_fields_ignored``: a manifest field this version does not know is kept
  (``Manifest.unknown``, by its dotted path) and ignored; one line on stderr names them.
* Clause ``newer_columns_kept``: a shard column this version does not know is passed
  through by ``export`` as written (one line names it: the user's data is not dropped,
  and a column means the same in Parquet and JSON Lines whatever wrote it), ignored by
  the trainer (it reads its columns by name) and by ``verify`` (the declared columns
  are checked, in their order and types; the others are named as a note).
* Clause ``newer_format_refused``: ``format_version`` (the manifest's ``version``,
  ``schemas.dataset.VERSION``) changes only when an existing field or column changes
  meaning (version 3: where the document's EOS is). A manifest of a later version is
  refused with one line (upgrade, or rebuild with this version); an added field or
  column does not change the version.
"""

from __future__ import annotations

import dataclasses
import difflib
import sys

import pyarrow as pa

# The paths noted once per process (load_manifest runs several times per command).
_NOTED: set[str] = set()


class Unknown(dict):
    """``Manifest.unknown``: dotted path -> value of the fields this version does not
    know; ``close``: dotted path -> the absent known field it looks like a misspelling
    of (clause ``typo_not_newer``)."""

    def __init__(self) -> None:
        super().__init__()
        self.close: dict[str, str] = {}


def known_fields(cls, data: dict, where: str, unknown: dict, renamed: dict | None = None) -> dict:
    """The items of ``data`` that are fields of the dataclass ``cls`` (``renamed``: JSON
    key -> field name, e.g. ``{"in": "documents_in"}``); the others go to ``unknown``
    as ``where + key``. Clause ``newer_fields_ignored``."""
    _object(data, where)
    renamed = renamed or {}
    keys = {v: k for k, v in renamed.items()}
    names = {f.name for f in dataclasses.fields(cls)}
    kept = {}
    for key, value in data.items():
        name = renamed.get(key, key)
        if name in names:
            kept[name] = value
        else:
            unknown[f"{where}{key}"] = value
    _note_close(data, [keys.get(n, n) for n in names], where, unknown)
    return kept


def extra_keys(data: dict, known: tuple[str, ...], where: str, unknown: dict) -> None:
    """The keys of ``data`` outside ``known`` into ``unknown`` (as ``where + key``)."""
    _object(data, where)
    for key, value in data.items():
        if key not in known:
            unknown[f"{where}{key}"] = value
    _note_close(data, known, where, unknown)


def _note_close(data: dict, known, where: str, unknown: dict) -> None:
    """Clause ``typo_not_newer`` (session 24): an unknown key that is close to a known
    field *absent* from ``data`` (an optional one: a required one missing is the
    loader's error) is most likely that field misspelt by a hand edit
    (``near_duplicates.train_falback``): its default is read and the value written is
    not. It was named "written by a newer longctx ... upgrade longctx", which would
    not help; the note now names the field it looks like. Close: difflib's ratio at
    least 0.8 (one letter dropped, doubled or swapped in a name of 6+ letters)."""
    if not isinstance(unknown, Unknown):
        return
    absent = [name for name in known if name not in data]
    for key in data:
        if f"{where}{key}" in unknown and (like := difflib.get_close_matches(key, absent, 1, 0.8)):
            if _one_slip(key, like[0]):  # clause typo_one_slip_only
                unknown.close[f"{where}{key}"] = f"{where}{like[0]}"


# Clause typo_one_slip_only (review of typo_not_newer): ratio 0.8 also took a newer
# longctx's field for a misspelling of an optional one it is absent beside: the
# optional fields are named after their rule and left out when unused
# (near_duplicates.train_fallback), and a newer one grows the same way:
# `train_fallbacks` (0.97), `train_fallback_key` (0.88), `valid_fallback` (0.85 to
# validation_fallback), `vocab_sha512` (0.83). The user was told to rename it to the
# older field ("correct the name"), putting a newer value where this version reads
# its own. A hand slip is one letter dropped, added inside, changed or two swapped,
# and does not lengthen the name at its end (that is how new names are made).
def _one_slip(key: str, name: str) -> bool:
    if key.startswith(name):
        return False
    if len(key) == len(name):
        wrong = [i for i in range(len(key)) if key[i] != name[i]]
        return len(wrong) == 1 or (
            len(wrong) == 2
            and wrong[1] == wrong[0] + 1
            and key[wrong[0]] == name[wrong[1]]
            and key[wrong[1]] == name[wrong[0]]
        )
    short, long = sorted((key, name), key=len)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def _object(data, where: str) -> None:
    """Clause ``manifest_shape_checked`` (review): a part of the manifest that must be
    a JSON object and is not (a list, a string) is the manifest loader's one-line
    error (a ``TypeError``), as before newer_fields_ignored; ``data.items()`` on it
    was an ``AttributeError`` traceback from every command that reads the dataset."""
    if not isinstance(data, dict):
        shown = where.rstrip(".") or "the manifest"
        raise TypeError(f"{shown} is a {type(data).__name__}, not an object")


def note_unknown_fields(path: str, unknown: dict) -> None:
    """One line on stderr, once per manifest path, naming the fields ignored."""
    if not unknown or path in _NOTED:
        return
    _NOTED.add(path)
    close = getattr(unknown, "close", {})  # clause typo_not_newer
    names = [name for name in dict.fromkeys(unknown) if name not in close]
    shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
    said = []
    if close:
        typos = ", ".join(f"{name} looks like {like} misspelt" for name, like in close.items())
        said.append(
            f"{typos} (the manifest edited by hand? this longctx reads the default of "
            f"the absent field{'s' if len(close) > 1 else ''}: correct the name)"
        )
    if names:
        said.append(
            f"{shown}: written by a newer longctx; "
            f"{'they are' if len(names) > 1 else 'it is'} ignored (upgrade longctx to use "
            f"{'them' if len(names) > 1 else 'it'})"
        )
    print(
        f"longctx: note: {path} has fields this longctx does not know: {'; '.join(said)}",
        file=sys.stderr,
    )


def note_unknown_columns(out_dir: str, names: list[str]) -> None:
    """One line on stderr, once per dataset and columns, naming shard columns a newer
    longctx added (``verify`` does not check them)."""
    key = f"{out_dir}\0{names}"
    if not names or key in _NOTED:
        return
    _NOTED.add(key)
    print(
        f"longctx: note: {out_dir}'s shards have columns this longctx does not know "
        f"({', '.join(names)}): written by a newer longctx; not checked",
        file=sys.stderr,
    )


def newer_version_line(where: str, version, readable: int) -> str:
    """Clause ``newer_format_refused``: the one line for a manifest of a later version."""
    return (
        f"{where} was built by a newer longctx (dataset format version {version}; this "
        f"longctx reads versions up to {readable}, and version {version} changed what "
        "existing fields or columns mean): upgrade longctx (pip install -U longctx), or "
        "rebuild it with this one (`longctx dataset ... --overwrite`)"
    )


def unknown_columns(found: pa.Schema, declared: pa.Schema) -> list[str]:
    """The columns of a shard (``found``) that ``declared`` does not have, in order."""
    return [name for name in found.names if name not in declared.names]


def missing_columns(found: pa.Schema, declared: pa.Schema, defaults=()) -> list[str]:
    """The declared columns a shard lacks (``defaults``: those an older build lacks,
    which read as their default)."""
    return [n for n in declared.names if n not in found.names and n not in defaults]


def declared_part_matches(found: pa.Schema, declared: pa.Schema) -> bool:
    """The shard's declared columns, in its order without the others, are ``declared``
    (names, order and types). Clause ``newer_columns_kept`` for ``verify``."""
    names = [n for n in found.names if n in declared.names]
    return names == declared.names and all(
        found.field(n).type.equals(declared.field(n).type) for n in names
    )


def widened(declared: pa.Schema, found: pa.Schema) -> pa.Schema:
    """``declared`` with the unknown columns of ``found`` (a shard's schema) at their
    place in it (after the declared column before them), their types as written; the
    ``huggingface`` features metadata redone for them (dropped when a type has no
    feature: ``datasets`` then reads the Arrow types). ``declared`` itself when the
    shard has no unknown column."""
    from schemas.shard_format import schema_with_features

    extra = unknown_columns(found, declared)
    if not extra:
        return declared
    fields = list(declared)
    for name in extra:
        before = found.names[: found.get_field_index(name)]
        at = 1 + max((i for i, f in enumerate(fields) if f.name in before), default=-1)
        fields.insert(at, found.field(name))
    schema = pa.schema(fields)
    try:
        return schema_with_features(schema)
    except TypeError:  # a type schemas.hf_features does not name
        return schema


def conform(batch: pa.RecordBatch, schema: pa.Schema) -> pa.RecordBatch:
    """``batch`` with the columns of ``schema`` in its order and types."""
    if batch.schema.equals(schema, check_metadata=True):
        return batch
    columns = [batch.column(f.name).cast(f.type) for f in schema]
    return pa.RecordBatch.from_arrays(columns, schema=schema)
