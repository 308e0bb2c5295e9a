"""``longctx inspect OUT [--doc ID] [--verify]``: look inside a built dataset.

    longctx inspect OUT              summary per split and bucket, one decoded chunk
    longctx inspect OUT --doc ID     follow one document across its chunks
    longctx inspect OUT --verify     recompute hashes and check every invariant

The decoded text marks what a row is made of, without colours: ``[[mem: ...]]`` the
key-sentence memory prefix, ``[[ctx: ...]]`` left context repeated from the previous
window (label -100), plain text the scored tokens, ``[[eos]]`` a packed piece's end.

``verify`` reads every shard once. Per shard the row checks are vectorized over the
flattened token columns (O(tokens) numpy work); exactly-once scoring keeps one
uint8 counter per document token and window length, plus one int32 token copy per
document to check that overlapping windows agree, so memory is about
``(windows + 4) * total tokens`` bytes: ~35 MB for the 4.4M-token Gutenberg set.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator

import numpy as np
import pyarrow as pa

import schemas
from pipeline import storage
from schemas import IGNORE_INDEX
from transforms.chunking import piece_layout

MANIFEST = "manifest.json"
COMPLETE_MARKER = "_COMPLETE"
DOCUMENTS = "documents"
MAX_FAILURES_PER_CHECK = 20


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------
def load_manifest(out_dir: str) -> dict:
    return json.loads(storage.read_bytes(storage.join(out_dir, MANIFEST)))


def read_arrow(data: bytes) -> pa.Table:
    """An Arrow IPC stream (the shard format) as a table."""
    with pa.ipc.open_stream(pa.BufferReader(data)) as reader:
        return reader.read_all()


def _read_table(path: str) -> pa.Table:
    return read_arrow(storage.read_bytes(path))


def _arrow_files(folder: str) -> list[str]:
    if not storage.exists(folder):
        return []
    return [
        p
        for p in storage.list_files(folder)
        if p.endswith(".arrow") and os.path.basename(os.path.dirname(p)) != "_parts"
    ]


def _documents(out_dir: str) -> pa.Table:
    tables = [_read_table(p) for p in _arrow_files(storage.join(out_dir, DOCUMENTS))]
    return pa.concat_tables(tables) if tables else schemas.DOCUMENT_SCHEMA.empty_table()


def _chunk_shards(out_dir: str, manifest: dict) -> Iterator[tuple[dict, pa.Table]]:
    for shard in manifest["shards"]:
        yield shard, _read_table(storage.join(out_dir, shard["path"]))


def _list_parts(table: pa.Table, name: str) -> tuple[np.ndarray, np.ndarray | dict[str, pa.Array]]:
    """(offsets from 0, flat values) of a list column: row i is values[offsets[i]:offsets[i+1]]."""
    column = table.column(name).combine_chunks()
    offsets = column.offsets.to_numpy().astype(np.int64)
    values = column.values.slice(offsets[0], offsets[-1] - offsets[0])
    offsets -= offsets[0]
    if pa.types.is_struct(values.type):
        names = [values.type.field(i).name for i in range(values.type.num_fields)]
        return offsets, dict(zip(names, values.flatten(), strict=True))
    return offsets, values.to_numpy(zero_copy_only=False)


def _tokenizer_decoder(manifest: dict) -> Callable[[list[int]], str] | None:
    path = manifest.get("tokenizer", {}).get("path", "")
    try:
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(path)
    except Exception:  # noqa: BLE001 - inspecting works without the tokenizer: show ids
        return None
    return lambda ids: tokenizer.decode(list(ids), skip_special_tokens=False)


# --------------------------------------------------------------------------
# Summary and rendering
# --------------------------------------------------------------------------
def _bucket_stats(out_dir: str, manifest: dict) -> dict[tuple[str, int], dict]:
    stats: dict[tuple[str, int], dict] = {}
    for shard, table in _chunk_shards(out_dir, manifest):
        if shard["window"] is None or table.num_rows == 0:
            continue
        key = (shard["split"], int(shard["window"]))
        bucket = stats.setdefault(
            key, {"docs": set(), "rows": 0, "tokens": 0, "scored": 0, "capacity": 0}
        )
        _, pieces = _list_parts(table, "pieces")
        bucket["docs"].update(pieces["doc_id"].to_pylist())
        lengths = table.column("length").to_numpy()
        bucket["rows"] += table.num_rows
        bucket["tokens"] += int(lengths.sum())
        bucket["scored"] += int(table.column("num_scored").to_numpy().sum())
        bucket["capacity"] += key[1] * table.num_rows
    return stats


def summary(out_dir: str) -> str:
    """Documents in / written / rejected, then a table per split and length bucket."""
    manifest = load_manifest(out_dir)
    docs = manifest["documents"]
    complete = storage.exists(storage.join(out_dir, COMPLETE_MARKER))
    lines = [f"dataset {out_dir} ({'complete' if complete else 'INCOMPLETE: no _COMPLETE'})"]
    by_split = ", ".join(f"{s} {n}" for s, n in docs.get("by_split", {}).items())
    by_stage = ", ".join(f"{s}: {n}" for s, n in docs.get("rejected_by_stage", {}).items())
    lines.append(
        f"documents: {docs['in']} in, {docs['written']} written ({by_split}), "
        f"{docs['rejected']} rejected" + (f" ({by_stage})" if by_stage else "")
    )
    config = manifest.get("config", {})
    overlaps = config.get("overlaps", {})
    lines.append(
        "windows: "
        + ", ".join(f"{w} (overlap {overlaps.get(str(w), '?')})" for w in config.get("windows", []))
        + f"; memory prefix {config.get('memory_tokens', 0) or 'off'}"
    )
    header = f"{'split':<11}{'window':>7}{'docs':>8}{'rows':>9}{'tokens':>12}{'scored':>12}{'padding':>9}"
    lines += ["", header, "-" * len(header)]
    for (split, window), b in sorted(_bucket_stats(out_dir, manifest).items()):
        padding = (b["capacity"] - b["tokens"]) / b["capacity"] if b["capacity"] else 0.0
        lines.append(
            f"{split:<11}{window:>7}{len(b['docs']):>8}{b['rows']:>9}{b['tokens']:>12}"
            f"{b['scored']:>12}{padding:>9.2%}"
        )
    return "\n".join(lines)


def _shorten(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    half = max_chars // 2
    return f"{text[:half]} ... ({len(text) - 2 * half} chars) ... {text[-half:]}"


def render_row(row: dict, decode: Callable[[list[int]], str] | None, max_chars: int = 600) -> str:
    """One row as text with memory, context and EOS marked; ``row`` as a python dict."""
    ids, labels = row["input_ids"], row["labels"]

    def text(tokens) -> str:
        if decode is None:
            return "ids " + " ".join(map(str, tokens))
        return decode(tokens)

    path = " > ".join(row["section_path"]) or "-"
    out = [
        f"--- {row['doc_id']} chunk {row['chunk_index']}, window {row['window']}, "
        f"length {row['length']}, scored {row['num_scored']}, tokens "
        f"[{row['token_start']}, {row['token_end']}), chars [{row['char_start']}, "
        f"{row['char_end']}), section: {path}"
    ]
    packed = len(row["pieces"]) > 1
    for piece, first in piece_layout(row):
        end_doc = first + piece["token_end"] - piece["token_start"]
        end = piece["offset"] + piece["length"]
        parts = []
        if packed:
            parts.append(
                f"[[piece {piece['doc_id']} tokens {piece['token_start']}-{piece['token_end']}]] "
            )
        if first > piece["offset"]:
            parts.append(f"[[mem: {_shorten(text(ids[piece['offset'] : first]), max_chars)}]]")
        scored = np.asarray(labels[first:end_doc]) != IGNORE_INDEX
        cuts = np.flatnonzero(np.diff(scored.astype(np.int8))) + 1
        for a, b in zip(np.r_[0, cuts], np.r_[cuts, len(scored)], strict=True):
            if a == b:
                continue
            segment = _shorten(text(ids[first + a : first + b]), max_chars)
            parts.append(segment if scored[a] else f"[[ctx: {segment}]]")
        if end > end_doc:
            parts.append("[[eos]]")
        out.append("".join(parts))
    return "\n".join(out)


def _python_row(table: pa.Table, i: int) -> dict:
    return table.slice(i, 1).to_pylist()[0]


def _sample_row(out_dir: str, manifest: dict) -> dict | None:
    """A row that shows the most: memory, else context, else packing, else any."""
    best, best_rank = None, -1
    for _, table in _chunk_shards(out_dir, manifest):
        if table.num_rows == 0:
            continue
        memory = table.column("memory_length").to_numpy()
        chunk = table.column("chunk_index").to_numpy()
        pieces_offsets, _ = _list_parts(table, "pieces")
        packed = np.diff(pieces_offsets) > 1
        for rank, mask in ((3, memory > 0), (2, (chunk > 0) & ~packed), (1, packed)):
            if rank > best_rank and mask.any():
                best, best_rank = _python_row(table, int(np.argmax(mask))), rank
        if best is None:
            best, best_rank = _python_row(table, 0), 0
        if best_rank == 3:
            break
    return best


def follow_document(out_dir: str, doc_id: str, max_chars: int = 120) -> str:
    """Every chunk of one document, per split and window, with boundaries decoded."""
    manifest = load_manifest(out_dir)
    decode = _tokenizer_decoder(manifest)
    documents = _documents(out_dir)
    matches = [r for r in documents.to_pylist() if r["doc_id"] == doc_id] if documents else []
    if not matches:
        return f"document {doc_id!r} not found in {out_dir}/documents"
    record = matches[0]
    lines = [
        f"document {doc_id}: split {record['split']}, {record['num_tokens']} tokens, "
        f"{record['num_chars']} chars, {len(record['sections'])} sections, "
        f"{len(record['sentences'])} sentences, {len(record['key_sentences'])} key sentences",
        f"source: {record['source']}",
    ]
    by_window: dict[int, list[tuple[dict, dict, int]]] = defaultdict(list)
    for _, table in _chunk_shards(out_dir, manifest):
        _, pieces = _list_parts(table, "pieces")
        if doc_id not in set(pieces["doc_id"].to_pylist()):
            continue
        for row in table.to_pylist():
            for piece, first in piece_layout(row):
                if piece["doc_id"] == doc_id:
                    by_window[row["window"]].append((row, piece, first))
    n = record["num_tokens"]
    for window in sorted(by_window):
        chunks = sorted(by_window[window], key=lambda c: (c[1]["chunk_index"], c[1]["token_start"]))
        lines += ["", f"window {window}: {len(chunks)} chunks"]
        lines.append(f"{'chunk':>6} {'tokens':>17} {'mem':>5} {'ctx':>5} {'scored':>7}  row")
        total = 0
        for row, piece, first in chunks:
            span = piece["token_end"] - piece["token_start"]
            labels = np.asarray(row["labels"][first : first + span])
            scored = int((labels != IGNORE_INDEX).sum())
            total += scored
            where = f"packed with {len(row['pieces']) - 1} others" if len(row["pieces"]) > 1 else ""
            lines.append(
                f"{piece['chunk_index']:>6} {piece['token_start']:>8}-{piece['token_end']:<8} "
                f"{first - piece['offset']:>5} {span - scored:>5} {scored:>7}  "
                f"{' > '.join(row['section_path']) or '-'} {where}".rstrip()
            )
            if decode is not None and span - scored > 0 and scored:
                split_at = first + span - scored
                before = decode(row["input_ids"][max(first, split_at - 24) : split_at])
                after = decode(row["input_ids"][split_at : split_at + 24])
                lines.append(
                    f"{'':>8}...{before[-max_chars:]!r} [[scored from]] {after[:max_chars]!r}"
                )
        ok = "exactly once" if total == max(n - 1, 0) else "MISMATCH"
        lines.append(f"scored {total} of {max(n - 1, 0)} tokens after the first ({ok})")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Verification
# --------------------------------------------------------------------------
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


class _Scoring:
    """Per (window, document) token scoring counts and the tokens seen so far."""

    def __init__(self, num_tokens: dict[str, int]):
        self.num_tokens = num_tokens
        self.counts: dict[int, dict[str, np.ndarray]] = defaultdict(dict)
        self.tokens: dict[str, np.ndarray] = {}

    def add(self, failures, where, window, doc_id, start, end, tokens, scored) -> None:
        n = self.num_tokens.get(doc_id)
        if n is None:
            failures.add("documents", f"{where}: doc {doc_id!r} is not in OUT/documents")
            return
        if not 0 <= start < end <= n or len(tokens) != end - start:
            failures.add(
                "pieces", f"{where}: doc {doc_id} span [{start}, {end}) outside its {n} tokens"
            )
            return
        counts = self.counts[window].get(doc_id)
        if counts is None:
            counts = self.counts[window][doc_id] = np.zeros(n, np.uint8)
        counts[start:end] += scored
        known = self.tokens.get(doc_id)
        if known is None:
            known = self.tokens[doc_id] = np.full(n, -1, np.int64)
        seen = known[start:end] >= 0
        if (known[start:end][seen] != tokens[seen]).any():
            failures.add(
                "stitching",
                f"{where}: doc {doc_id} tokens [{start}, {end}) disagree with another chunk",
            )
        known[start:end] = tokens

    def check(self, failures, windows: set[int]):
        for doc_id, n in self.num_tokens.items():
            for window in sorted(windows):
                counts = self.counts[window].get(doc_id)
                if counts is None:
                    if n:
                        failures.add("exactly-once", f"doc {doc_id} has no rows at window {window}")
                    continue
                bad = np.flatnonzero(counts[1:] != 1) + 1
                if counts[0] != 0:
                    failures.add(
                        "exactly-once", f"doc {doc_id} window {window}: first token is scored"
                    )
                if len(bad):
                    failures.add(
                        "exactly-once",
                        f"doc {doc_id} window {window}: {len(bad)} tokens not scored exactly once "
                        f"(first at token {bad[0]}, scored {counts[bad[0]]} times)",
                    )


def _check_rows(failures: _Failures, where: str, table: pa.Table, window: int) -> None:
    """Vectorized row invariants of one shard."""
    rows = table.num_rows
    length = table.column("length").to_numpy().astype(np.int64)
    id_off, ids = _list_parts(table, "input_ids")
    lab_off, labels = _list_parts(table, "labels")
    pos_off, positions = _list_parts(table, "position_ids")
    for name, offsets in (("input_ids", id_off), ("labels", lab_off), ("position_ids", pos_off)):
        bad = np.flatnonzero(np.diff(offsets) != length)
        for i in bad[:3]:
            failures.add(
                "lengths",
                f"{where} row {i}: {name} has {np.diff(offsets)[i]} != length {length[i]}",
            )
        if len(bad):
            return  # later checks assume aligned columns
    windows = table.column("window").to_numpy()
    for i in np.flatnonzero(windows != window)[:3]:
        failures.add("buckets", f"{where} row {i}: window {windows[i]} in a {window} shard")
    for i in np.flatnonzero((length > window) | (length <= 0))[:3]:
        failures.add("lengths", f"{where} row {i}: length {length[i]} not in [1, {window}]")
    row_of = np.repeat(np.arange(rows), length)
    starts = np.r_[0, np.cumsum(length)[:-1]].astype(np.int64)
    in_row = np.arange(len(ids)) - starts[row_of]
    scored = labels != IGNORE_INDEX
    for t in np.flatnonzero(scored & (labels != ids))[:3]:
        failures.add("labels", f"{where} row {row_of[t]}: scored label != input id at {in_row[t]}")
    num_scored = np.bincount(row_of, weights=scored, minlength=rows).astype(np.int64)
    for i in np.flatnonzero(num_scored != table.column("num_scored").to_numpy())[:3]:
        failures.add("labels", f"{where} row {i}: num_scored column != {num_scored[i]} scored")
    memory = table.column("memory_length").to_numpy().astype(np.int64)
    for t in np.flatnonzero(scored & (in_row < memory[row_of]))[:3]:
        failures.add("memory", f"{where} row {row_of[t]}: memory prefix token {in_row[t]} scored")
    for name in ("sentence_starts", "paragraph_starts", "topic_starts", "key_sentence_starts"):
        offsets, values = _list_parts(table, name)
        owner = np.repeat(np.arange(rows), np.diff(offsets))
        for v in np.flatnonzero((values < 0) | (values >= length[owner]))[:3]:
            failures.add("structure", f"{where} row {owner[v]}: {name} {values[v]} outside the row")
    piece_off, pieces = _list_parts(table, "pieces")
    p_offset = pieces["offset"].to_numpy().astype(np.int64)
    p_length = pieces["length"].to_numpy().astype(np.int64)
    p_row = np.repeat(np.arange(rows), np.diff(piece_off))
    p_first = piece_off[:-1]
    before = np.cumsum(p_length) - p_length  # pieces' lengths before each, over the shard
    tiled = (
        (np.diff(piece_off) > 0).all()
        and (p_offset == before - before[p_first[p_row]]).all()
        and (np.bincount(p_row, weights=p_length, minlength=rows) == length).all()
    )
    if not tiled:
        failures.add("pieces", f"{where}: piece offsets/lengths do not tile their rows")
        return
    expected_positions = np.arange(len(ids)) - np.repeat(starts[p_row] + p_offset, p_length)
    bad = np.flatnonzero(positions != expected_positions)
    if len(bad):
        t = bad[0]
        failures.add(
            "positions",
            f"{where} row {row_of[t]}: position_ids do not restart at 0 exactly at piece "
            f"offsets ({len(bad)} tokens, first at row position {in_row[t]})",
        )
    for column in ("doc_id", "chunk_index", "token_start", "token_end"):
        row_values = table.column(column).to_numpy(zero_copy_only=False)
        piece_values = pieces[column].to_numpy(zero_copy_only=False)[p_first]
        for i in np.flatnonzero(row_values != piece_values)[:3]:
            failures.add("pieces", f"{where} row {i}: {column} differs from its first piece's")


def _add_scoring(failures, scoring: _Scoring, where, table: pa.Table, window: int):
    id_off, ids = _list_parts(table, "input_ids")
    _, labels = _list_parts(table, "labels")
    memory = table.column("memory_length").to_pylist()
    for i, pieces in enumerate(table.column("pieces").to_pylist()):
        base = id_off[i]
        for k, (piece, in_row) in enumerate(
            piece_layout({"pieces": pieces, "memory_length": memory[i]})
        ):
            first = base + in_row
            span = piece["token_end"] - piece["token_start"]
            if first + span > base + piece["offset"] + piece["length"]:
                failures.add("pieces", f"{where} row {i}: piece {k} shorter than its token span")
                continue
            scoring.add(
                failures,
                f"{where} row {i}",
                window,
                piece["doc_id"],
                piece["token_start"],
                piece["token_end"],
                ids[first : first + span].astype(np.int64),
                (labels[first : first + span] != IGNORE_INDEX).astype(np.uint8),
            )


def _check_hash(failures: _Failures, out_dir: str, entry: dict) -> bytes | None:
    path = storage.join(out_dir, entry["path"])
    if not storage.exists(path):
        failures.add("shards", f"{entry['path']} listed in the manifest is missing")
        return None
    data = storage.read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry.get("sha256"):
        failures.add(
            "hashes", f"{entry['path']}: sha256 {digest[:16]}... != manifest {entry.get('sha256')}"
        )
    return data


def _check_split_files(failures: _Failures, out_dir: str, folder: str, listed: list[str]):
    """The folder's state.json names exactly the manifest's shards, and no others exist."""
    state_path = storage.join(out_dir, folder, "state.json")
    if not storage.exists(state_path):
        failures.add("layout", f"{folder}/state.json is missing (datasets.load_from_disk needs it)")
        return
    state = json.loads(storage.read_bytes(state_path))
    named = sorted(f["filename"] for f in state.get("_data_files", []))
    # datasets writes cache-*.arrow next to a loaded dataset when it is mapped or
    # filtered; those are the reader's, not the build's.
    present = sorted(
        name
        for name in (os.path.basename(p) for p in _arrow_files(storage.join(out_dir, folder)))
        if not name.startswith("cache-")
    )
    expected = sorted(os.path.basename(p) for p in listed)
    if named != expected:
        failures.add("layout", f"{folder}/state.json lists {named}, manifest {expected}")
    if present != expected:
        failures.add("layout", f"{folder}/ holds shards {present}, manifest lists {expected}")


def verify(out_dir: str) -> list[str]:
    """Check a dataset against its manifest and the chunking invariants.

    Returns one message per failure (empty when the dataset is sound): shard hashes,
    row and token counts, row lengths within the window, aligned token columns,
    position_ids restarting exactly at piece offsets, exactly-once scoring of every
    document token after the first at every window length, overlapping chunks
    agreeing on their tokens, no document in both splits, and documents in =
    written + rejected.
    """
    failures = _Failures()
    if not storage.exists(storage.join(out_dir, MANIFEST)):
        return [f"layout: {out_dir}/{MANIFEST} is missing; not a longctx dataset or not finished"]
    if not storage.exists(storage.join(out_dir, COMPLETE_MARKER)):
        failures.add("layout", f"{COMPLETE_MARKER} is missing: the build did not finish")
    manifest = load_manifest(out_dir)
    if manifest.get("format") != "longctx-dataset" or manifest.get("version") != 1:
        failures.add("manifest", "format is not longctx-dataset version 1")

    # Documents and counts.
    doc_entries = manifest.get("documents_shards", [])
    doc_tables = []
    for entry in doc_entries:
        data = _check_hash(failures, out_dir, entry)
        if data is not None:
            doc_tables.append(read_arrow(data))
    documents = (pa.concat_tables(doc_tables) if doc_tables else _documents(out_dir)).select(
        ["doc_id", "split", "num_tokens"]
    )
    doc_ids = documents.column("doc_id").to_pylist()
    split_of = dict(zip(doc_ids, documents.column("split").to_pylist(), strict=True))
    num_tokens = dict(zip(doc_ids, documents.column("num_tokens").to_pylist(), strict=True))
    if len(split_of) != len(doc_ids):
        failures.add("documents", "OUT/documents holds a doc_id more than once")
    counts = manifest["documents"]
    rejected_path = storage.join(out_dir, "rejected", "rejected.jsonl")
    rejected = (
        [x for x in storage.read_bytes(rejected_path).splitlines() if x.strip()]
        if storage.exists(rejected_path)
        else []
    )
    if counts["in"] != counts["written"] + counts["rejected"]:
        failures.add(
            "documents",
            f"documents in {counts['in']} != written {counts['written']} + rejected "
            f"{counts['rejected']}",
        )
    if counts["written"] != len(doc_ids):
        failures.add(
            "documents", f"manifest says {counts['written']} written, found {len(doc_ids)}"
        )
    if counts["rejected"] != len(rejected):
        failures.add(
            "documents", f"manifest says {counts['rejected']} rejected, found {len(rejected)}"
        )
    for split, n in counts.get("by_split", {}).items():
        found = sum(1 for s in split_of.values() if s == split)
        if found != n:
            failures.add("documents", f"manifest says {n} {split} documents, found {found}")

    # Chunk shards.
    scoring = _Scoring(num_tokens)
    seen_in: dict[str, set[str]] = defaultdict(set)
    windows_by_split: dict[str, set[int]] = defaultdict(set)
    listed_by_split: dict[str, list[str]] = defaultdict(list)
    totals: dict[tuple[str, str], dict] = defaultdict(lambda: defaultdict(int))
    for entry in manifest["shards"]:
        where, split, window = entry["path"], entry["split"], entry["window"]
        listed_by_split[split].append(entry["path"])
        data = _check_hash(failures, out_dir, entry)
        if data is None:
            continue
        try:
            table = read_arrow(data)
        except pa.ArrowInvalid as error:
            failures.add("shards", f"{where}: not a readable Arrow stream ({error})")
            continue
        if not table.schema.equals(schemas.CHUNK_SCHEMA, check_metadata=False):
            failures.add("schema", f"{where}: schema differs from schemas.CHUNK_SCHEMA")
            continue
        lengths = table.column("length").to_numpy()
        found = {
            "rows": table.num_rows,
            "tokens": int(lengths.sum()),
            "scored_tokens": int(table.column("num_scored").to_numpy().sum()),
        }
        for key, value in found.items():
            if entry.get(key) != value:
                failures.add("counts", f"{where}: manifest {key} {entry.get(key)} != {value}")
        if window is None:
            if table.num_rows:
                failures.add("buckets", f"{where}: has rows but no window in the manifest")
            continue
        windows_by_split[split].add(int(window))
        bucket = totals[(split, str(window))]
        for key, value in found.items():
            bucket[key] += value
        bucket["padding_tokens"] += int(window) * table.num_rows - found["tokens"]
        _check_rows(failures, where, table, int(window))
        _, pieces = _list_parts(table, "pieces")
        for doc_id in set(pieces["doc_id"].to_pylist()):
            seen_in[doc_id].add(split)
            if doc_id in split_of and split_of[doc_id] != split:
                failures.add(
                    "splits", f"{where}: doc {doc_id} of split {split_of[doc_id]} in {split}"
                )
        _add_scoring(failures, scoring, where, table, int(window))
    for doc_id, splits in seen_in.items():
        if len(splits) > 1:
            failures.add("splits", f"doc {doc_id} has rows in both {sorted(splits)}")
    for split, buckets in manifest.get("splits", {}).items():
        for window, listed in buckets.items():
            found = totals.get((split, window), {})
            for key in ("rows", "tokens", "scored_tokens", "padding_tokens"):
                if listed.get(key) != found.get(key, 0):
                    failures.add(
                        "counts",
                        f"{split} window {window}: manifest {key} {listed.get(key)} "
                        f"!= shards {found.get(key, 0)}",
                    )
    windows = set(manifest.get("config", {}).get("windows", [])) or set().union(
        *windows_by_split.values()
    )
    scoring.check(failures, windows)
    for split in schemas.SPLITS:
        _check_split_files(failures, out_dir, split, listed_by_split.get(split, []))
    if doc_entries:
        _check_split_files(failures, out_dir, DOCUMENTS, [e["path"] for e in doc_entries])
    return failures.result()


# --------------------------------------------------------------------------
# Plot
# --------------------------------------------------------------------------
def plot_lengths(out_dir: str, path: str) -> None:
    """PNG of the document-length and chunk-length distributions (no _COMPLETE needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    doc_lengths = _documents(out_dir).column("num_tokens").to_numpy()
    chunk_lengths: dict[int, list[np.ndarray]] = defaultdict(list)
    for split in schemas.SPLITS:
        for shard in _arrow_files(storage.join(out_dir, split)):
            table = _read_table(shard)
            if table.num_rows:
                windows = table.column("window").to_numpy()
                lengths = table.column("length").to_numpy()
                for window in np.unique(windows):
                    chunk_lengths[int(window)].append(lengths[windows == window])

    figure = Figure(figsize=(11, 4), dpi=100)
    FigureCanvasAgg(figure)
    left, right = figure.subplots(1, 2)
    positive = doc_lengths[doc_lengths > 0]
    if len(positive):
        low, high = np.log10(positive.min()), np.log10(positive.max())
        bins = np.logspace(low - 0.05, max(high, low + 1) + 0.05, 40)
        left.hist(positive, bins=bins, color="tab:blue")
        left.set_xscale("log")
    left.set_title(f"document length ({len(doc_lengths)} documents)")
    left.set_xlabel("tokens")
    left.set_ylabel("documents")
    for window in sorted(chunk_lengths):
        lengths = np.concatenate(chunk_lengths[window])
        right.hist(
            lengths / window,
            bins=np.linspace(0, 1, 41),
            histtype="step",
            linewidth=1.5,
            label=f"{window} ({len(lengths)} rows)",
        )
    right.set_title("row length / window (1.0 = no padding)")
    right.set_xlabel("fraction of window filled")
    right.set_ylabel("rows")
    if chunk_lengths:
        right.legend(title="window")
    figure.tight_layout()
    figure.savefig(path, format="png")


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------
def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="longctx inspect",
        description="Summarize a longctx dataset, follow one document, or verify it.",
    )
    parser.add_argument("out", metavar="OUT", help="dataset folder written by longctx dataset")
    parser.add_argument("--doc", metavar="ID", help="follow one document across its chunks")
    parser.add_argument(
        "--verify",
        action="store_true",
        help="recompute shard hashes and check every invariant; exit 1 on any failure",
    )
    parser.add_argument(
        "--max-chars", type=int, default=600, help="longest decoded segment shown (default 600)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    out = args.out.rstrip("/")
    if not storage.exists(storage.join(out, MANIFEST)):
        print(f"{out}: no {MANIFEST}; not a finished longctx dataset", file=sys.stderr)
        return 2
    if args.verify:
        failures = verify(out)
        for failure in failures:
            print(f"FAIL {failure}")
        manifest = load_manifest(out)
        print(
            f"verify: {'FAILED' if failures else 'OK'} "
            f"({len(manifest['shards'])} shards, {manifest['documents']['written']} documents)"
        )
        return 1 if failures else 0
    if args.doc:
        print(follow_document(out, args.doc))
        return 0
    print(summary(out))
    manifest = load_manifest(out)
    row = _sample_row(out, manifest)
    if row is not None:
        print("\nsample chunk ([[mem: ...]] memory prefix, [[ctx: ...]] context, rest scored):")
        print(render_row(row, _tokenizer_decoder(manifest), args.max_chars))
    return 0


if __name__ == "__main__":
    sys.exit(main())
