"""``longctx inspect OUT --verify``: check a built dataset against its manifest and
the chunking invariants.

Checks, each reported under its name: ``layout`` (marker, ``state.json`` naming
exactly the listed shards, chunk shard names carrying their window), ``hashes``, ``shards``/``schema`` (readable, declared
schema), ``counts`` (per shard and per bucket, with the totals of
``schemas.dataset.bucket_totals``), ``documents`` (in = written + rejected, per
split), ``lengths``/``labels``/``memory``/``structure``/``positions``/``pieces``
(row invariants), ``splits`` (no document in both), ``exactly-once`` (every
document token after the first scored once at every window length, and from
version 3 on the document's EOS too: one scored ``eos_id`` right after its last
token, rule ``document_eos``) and ``stitching`` (overlapping chunks agree on their
tokens).

Cost: every shard is read once. Per shard the row checks are vectorized over the
flattened token columns (O(tokens) numpy work); exactly-once scoring keeps one
uint8 counter per document token and window length, plus one int64 token copy per
document to check that overlapping windows agree, so memory is about
``(windows + 8) * total tokens`` bytes: ~50 MB for the 4.4M-token Gutenberg set.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict

import numpy as np
import pyarrow as pa

import schemas
from pipeline import storage
from pipeline.reading import arrow_files, documents, list_parts
from pipeline.verify_rows import Scoring, add_scoring, check_rows
from pipeline.verify_text import check_text
from pipeline.verify_trained import Untrained
from schemas import newer
from schemas.dataset import (
    COMPLETE_MARKER,
    COUNTS,
    DOCUMENTS,
    FORMAT,
    MANIFEST,
    REJECTED_DIR,
    REJECTED_FILE,
    STATE,
    VERSION,
    DatasetError,
    Manifest,
    bucket_totals,
    is_complete,
    load_manifest,
    read_arrow,
    shard_window,
    table_counts,
)
from schemas.wording import counted

MAX_FAILURES_PER_CHECK = 20
# Manifest versions this verifier reads; before 3, a long document's last window
# had no EOS (only packed pieces had one), so the EOS is checked from 3 on.
READABLE_VERSIONS = (2, VERSION)


class _Failures:
    """Failure messages grouped by check, at most ``MAX_FAILURES_PER_CHECK`` each."""

    def __init__(self):
        self.messages: list[str] = []
        self._counts: dict[str, int] = defaultdict(int)

    def add(self, check: str, message: str) -> None:
        self._counts[check] += 1
        if self._counts[check] <= MAX_FAILURES_PER_CHECK:
            self.messages.append(f"{check}: {message}")

    def result(self) -> list[str]:
        extra = [
            f"{check}: ... and {count - MAX_FAILURES_PER_CHECK} more"
            for check, count in self._counts.items()
            if count > MAX_FAILURES_PER_CHECK
        ]
        return self.messages + extra


def _check_hash(failures: _Failures, out_dir: str, entry) -> bytes | None:
    """The bytes of a listed shard (``ShardEntry`` or ``DocumentShardEntry``), hash checked."""
    path = storage.join(out_dir, entry.path)
    if not storage.exists(path):
        failures.add("shards", f"{entry.path} listed in the manifest is missing")
        return None
    data = storage.read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry.sha256:
        failures.add("hashes", f"{entry.path}: sha256 {digest[:16]}... != manifest {entry.sha256}")
    return data


def _readable(failures: _Failures, where: str, data: bytes | None) -> pa.Table | None:
    """The shard's table, or None (reported) when it is missing or not a whole Arrow
    stream (a truncated shard raises ``OSError``, garbled metadata ``ArrowInvalid``)."""
    if data is None:
        return None
    try:
        return read_arrow(data)
    except (OSError, pa.ArrowInvalid) as error:
        failures.add("shards", f"{where}: not a readable Arrow stream ({error})")
        return None


def _check_split_files(failures: _Failures, out_dir: str, folder: str, listed: list[str]):
    """The folder's state.json names exactly the manifest's shards, and no others exist."""
    state_path = storage.join(out_dir, folder, STATE)
    if not storage.exists(state_path):
        failures.add("layout", f"{folder}/state.json is missing (datasets.load_from_disk needs it)")
        return
    state = json.loads(storage.read_bytes(state_path))
    named = sorted(f["filename"] for f in state.get("_data_files", []))
    # datasets writes cache-*.arrow next to a loaded dataset when it is mapped or
    # filtered; those are the reader's, not the build's.
    present = sorted(
        name
        for name in (os.path.basename(p) for p in arrow_files(storage.join(out_dir, folder)))
        if not name.startswith("cache-")
    )
    expected = sorted(os.path.basename(p) for p in listed)
    if named != expected:
        failures.add("layout", f"{folder}/state.json lists {named}, manifest {expected}")
    if present != expected:
        failures.add("layout", f"{folder}/ holds shards {present}, manifest lists {expected}")


def _check_finite_scores(failures: _Failures, found: pa.Table) -> None:
    """Clause ``finite_key_scores``: a key sentence's ``score`` (a PageRank share, the
    one float of the dataset) is finite; a NaN or infinity means the row was changed
    (and the JSON export cannot write it: clause ``jsonl_no_nan``). Clause
    ``finite_key_scores_null``: a missing score (null, or a null key sentence), which a
    build never writes either, is reported the same way (it was a ``TypeError``
    traceback from ``np.isfinite(None)``)."""
    if "key_sentences" not in found.column_names:
        return
    for r, keys in enumerate(found.column("key_sentences").to_pylist()):
        scores = [None if key is None else key.get("score") for key in keys or []]
        bad = [k for k, v in enumerate(scores) if v is None or not np.isfinite(v)]
        if bad:
            doc_id = found.column("doc_id")[r].as_py()
            value = "null" if scores[bad[0]] is None else scores[bad[0]]
            failures.add(
                "documents",
                f"doc {doc_id}: key_sentences[{bad[0]}].score is {value}, not a finite number",
            )


def _check_documents(failures: _Failures, out_dir: str, manifest: Manifest) -> pa.Table:
    """Documents shards (hashes), counts reconciling; returns doc_id, split, num_tokens."""
    tables = []
    for entry in manifest.documents_shards:
        data = _check_hash(failures, out_dir, entry)
        table = _readable(failures, entry.path, data)
        if table is not None:  # clause verify_kept_text, then the text is let go
            check_text(failures, entry.path, table, manifest.config.get("keep_text", False))
            tables.append(table.drop_columns(["text"]) if "text" in table.column_names else table)
    if tables or manifest.documents_shards:
        found = pa.concat_tables(tables) if tables else schemas.DOCUMENT_SCHEMA.empty_table()
    else:
        found = documents(out_dir)
    _check_finite_scores(failures, found)
    found = found.select(["doc_id", "split", "num_tokens"])
    doc_ids = found.column("doc_id").to_pylist()
    splits = found.column("split").to_pylist()
    if len(set(doc_ids)) != len(doc_ids):
        failures.add("documents", "OUT/documents holds a doc_id more than once")
    counts = manifest.documents
    rejected_path = storage.join(out_dir, REJECTED_DIR, REJECTED_FILE)
    rejected = (
        [x for x in storage.read_bytes(rejected_path).splitlines() if x.strip()]
        if storage.exists(rejected_path)
        else []
    )
    if counts.documents_in != counts.written + counts.rejected:
        failures.add(
            "documents",
            f"documents in {counts.documents_in} != written {counts.written} + rejected "
            f"{counts.rejected}",
        )
    if counts.written != len(doc_ids):
        failures.add("documents", f"manifest says {counts.written} written, found {len(doc_ids)}")
    # One codec name per document ("cp1252+shift_jis" for a book in two); {} if older
    if counts.encodings and (n := sum(counts.encodings.values())) != counts.written:
        failures.add("documents", f"manifest's encodings add up to {n}, not {counts.written}")
    if counts.rejected != len(rejected):
        failures.add(
            "documents", f"manifest says {counts.rejected} rejected, found {len(rejected)}"
        )
    for split, n in counts.by_split.items():
        found_n = sum(1 for s in splits if s == split)
        if found_n != n:
            failures.add(
                "documents", f"manifest says {counted(n, f'{split} document')}, found {found_n}"
            )
    return found


def _check_chunk_shard(
    failures, out_dir, entry, split_of, scoring, seen_in, untrained
) -> dict | None:
    """One chunk shard: hash, schema, counts, row invariants, splits, scoring.

    Returns the counts found (None when the shard could not be read)."""
    where, split, window = entry.path, entry.split, entry.window
    if window is not None and (shard_window(where) != window or not where.startswith(f"{split}/")):
        # Stock loaders select a bucket by file name (train/w1024-*.arrow).
        failures.add(
            "layout",
            f"{where}: a {split} shard of window {window} must be named "
            f"{split}/w{window}-i-of-n.arrow",
        )
    table = _readable(failures, where, _check_hash(failures, out_dir, entry))
    if table is None:
        return None
    # Clause newer_columns_kept (schemas.newer): a column a newer longctx added is no
    # failure (named in one note); the declared ones are checked, order and types.
    if not newer.declared_part_matches(table.schema, schemas.CHUNK_SCHEMA):
        failures.add("schema", f"{where}: schema differs from schemas.CHUNK_SCHEMA")
        return None
    newer.note_unknown_columns(out_dir, newer.unknown_columns(table.schema, schemas.CHUNK_SCHEMA))
    found = table_counts(table, window or 0)
    for key in ("rows", "tokens", "scored_tokens"):
        if getattr(entry, key) != found[key]:
            failures.add("counts", f"{where}: manifest {key} {getattr(entry, key)} != {found[key]}")
    if window is None:
        if table.num_rows:
            failures.add("buckets", f"{where}: has rows but no window in the manifest")
        return None
    check_rows(failures, where, table, window)
    untrained.add(split, window, table)  # clause verify_says_untrained
    _, pieces = list_parts(table, "pieces")
    for doc_id in set(pieces["doc_id"].to_pylist()):
        seen_in[doc_id].add(split)
        if doc_id in split_of and split_of[doc_id] != split:
            failures.add("splits", f"{where}: doc {doc_id} of split {split_of[doc_id]} in {split}")
    add_scoring(failures, scoring, where, table, window)
    return found


def verify(out_dir: str, notes: list[str] | None = None) -> list[str]:
    """Check a dataset against its manifest and the chunking invariants.

    Returns one message per failure (empty when the dataset is sound): shard hashes,
    row and token counts, row lengths within the window, aligned token columns,
    position_ids restarting exactly at piece offsets, exactly-once scoring of every
    document token after the first at every window length, overlapping chunks
    agreeing on their tokens, no document in both splits, and documents in =
    written + rejected. Raises ``DatasetError`` when ``out_dir`` has no manifest.
    ``notes``: given a list, what is no failure but the user should know is appended
    (clause verify_says_untrained: scored tokens no trainer can train).
    """
    if not storage.exists(storage.join(out_dir, MANIFEST)):
        raise DatasetError(f"{out_dir}: no {MANIFEST}; not a longctx dataset or not finished")
    failures = _Failures()
    if not is_complete(out_dir):
        failures.add("layout", f"{COMPLETE_MARKER} is missing: the build did not finish")
    try:
        manifest = load_manifest(out_dir, require_complete=False)
    except DatasetError as error:
        failures.add("manifest", str(error))
        return failures.result()
    if manifest.format != FORMAT or manifest.version not in READABLE_VERSIONS:
        failures.add("manifest", f"format is not {FORMAT} version {VERSION}")

    found_docs = _check_documents(failures, out_dir, manifest)
    doc_ids = found_docs.column("doc_id").to_pylist()
    split_of = dict(zip(doc_ids, found_docs.column("split").to_pylist(), strict=True))
    scoring = Scoring(
        dict(zip(doc_ids, found_docs.column("num_tokens").to_pylist(), strict=True)),
        manifest.tokenizer.eos_id if manifest.version >= 3 else None,
    )
    seen_in: dict[str, set[str]] = defaultdict(set)
    found_by_split: dict[str, list] = defaultdict(list)
    untrained = Untrained()
    for entry in manifest.shards:
        found = _check_chunk_shard(failures, out_dir, entry, split_of, scoring, seen_in, untrained)
        if found is not None:
            found_by_split[entry.split].append((entry.window, found))
    for doc_id, splits in seen_in.items():
        if len(splits) > 1:
            failures.add("splits", f"doc {doc_id} has rows in both {sorted(splits)}")
    for split, buckets in manifest.splits.items():
        found_totals = bucket_totals(found_by_split.get(split, []))
        for window, listed in buckets.items():
            found = found_totals.get(window)
            for key in COUNTS:
                value = getattr(found, key) if found else 0
                if getattr(listed, key) != value:
                    failures.add(
                        "counts",
                        f"{split} window {window}: manifest {key} {getattr(listed, key)} "
                        f"!= shards {value}",
                    )
    windows = set(manifest.config.get("windows", [])) or {
        w for shards in found_by_split.values() for w, _ in shards
    }
    scoring.check(failures, windows)
    for split in schemas.SPLITS:
        listed = [e.path for e in manifest.shards if e.split == split]
        _check_split_files(failures, out_dir, split, listed)
    if manifest.documents_shards:
        listed = [e.path for e in manifest.documents_shards]
        _check_split_files(failures, out_dir, DOCUMENTS, listed)
    if notes is not None and untrained.note():
        notes.append(untrained.note())
    return failures.result()
