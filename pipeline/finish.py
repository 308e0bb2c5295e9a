"""The finishing step: turn the staging folder of a finished pipeline into a dataset.

After the Beam pipeline, the driver names the part files in a stable order
(``w{window}-i-of-n.arrow`` per bucket, ``documents/{split}-i-of-n.arrow``), writes ``state.json`` / ``dataset_info.json`` per split, checks
that documents in = written + rejected, writes the manifest, the length plot and
``_COMPLETE`` last (``schemas.dataset`` declares the layout). The caller then
moves the folder into place, so a killed build never leaves an ``OUT`` that looks
complete. A build that wrote no document is not complete: the manifest and the
rejected records are written (``longctx inspect`` reads them) but not
``_COMPLETE``, and :class:`NothingWrittenError` says why. Cost: one listing and rename per shard, no shard is read again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import platform
import threading

import schemas
from pipeline import progress, shards, storage
from schemas.dataset import (
    CHUNK_ARROW_SCHEMA,
    COMPLETE_MARKER,
    COUNTS,
    DATASET_DICT,
    DOCUMENTS,
    EMPTY_SHARD,
    LENGTH_PLOT,
    MANIFEST,
    PARTS,
    DocumentCounts,
    DocumentShardEntry,
    Manifest,
    NearDuplicateCounts,
    ShardEntry,
    TokenizerInfo,
    bucket_totals,
    chunk_shard_name,
    document_arrow_schema,
    document_shard_name,
    json_bytes,
    table_to_stream_bytes,
)
from schemas.errors import UserError
from schemas.hf_features import features_of
from transforms.charset_labels import known_counts


def _read_parts(part_dir: str) -> list[tuple[dict, str]]:
    """(stats, arrow path) of every part in ``part_dir``."""
    found = []
    for path in storage.list_files(part_dir):
        if path.endswith(".json"):
            stats = json.loads(storage.read_bytes(path))
            found.append((stats, path[: -len(".json")] + ".arrow"))
    return found


def _finish_split(split_dir: str, parts: list[tuple[dict, str]], schema, features, group, name):
    """Name the parts in a stable order (by group, then shard); write split metadata.

    ``group(stats)`` is what a part's name carries (its window, or its split for the
    documents); ``name(group, index, count)`` is the file name, counted within the group.
    """
    parts = sorted(parts, key=lambda p: (group(p[0]), p[0]["shard"]))
    named = []
    if not parts:  # an empty split still loads, with the right schema
        data = table_to_stream_bytes(schema.empty_table())
        empty = storage.join(split_dir, PARTS, EMPTY_SHARD)
        storage.write_bytes(empty, data)
        stats = dict.fromkeys(COUNTS, 0) | {"sha256": shards.sha256_hex(data), "window": None}
        named = [(EMPTY_SHARD, stats, empty)]
    sizes: dict = {}
    for stats, _ in parts:
        sizes[group(stats)] = sizes.get(group(stats), 0) + 1
    seen: dict = {}
    for stats, path in parts:
        key = group(stats)
        index = seen[key] = seen.get(key, -1) + 1
        named.append((name(key, index, sizes[key]), stats, path))
    names, hashes, listed = [], [], []
    for file_name, stats, path in named:
        storage.rename(path, storage.join(split_dir, file_name))
        names.append(file_name)
        hashes.append(stats["sha256"])
        listed.append({"file": file_name, **stats})
    storage.delete_tree(storage.join(split_dir, PARTS))
    shards.write_split_metadata(split_dir, names, hashes, features)
    return listed


class NothingWrittenError(UserError):
    """Every document was rejected (or the inputs held none): there is nothing to train on."""


def _sum_counts(counts) -> dict[str, int]:
    """{name: n} dicts summed, names sorted."""
    total: dict[str, int] = {}
    for part in counts:
        for name, n in part.items():
            total[name] = total.get(name, 0) + n
    return dict(sorted(total.items()))


def part_encodings(doc_parts) -> dict[str, int]:
    """The manifest's ``encodings``: the documents parts' counts summed, each codec under
    the name users know. Clause ``codec_names_counted_once`` (session 45, the Left of
    session 44's wtG): parts written by code before clause known_codec_names (a worker
    still running it) count "cp1252" where the others count "windows-1252"; summed as
    they were, the manifest counted one codec under two names (inspect added them)."""
    return known_counts(_sum_counts(p[0].get("encodings", {}) for p in doc_parts))


def nothing_written_message(staging: str, documents_in: int, rejected: list[dict]) -> str:
    """What went wrong, from the rejected records: counts per reason and the first error."""
    if not rejected:
        return (
            "the inputs hold no documents (every file is empty or blank); check --input, "
            "and --text-field for JSONL/Parquet"
        )
    reasons: dict[str, int] = {}
    for r in rejected:
        reasons[r["reason"]] = reasons.get(r["reason"], 0) + 1
    counted = ", ".join(
        f"{n} {reason}" for reason, n in sorted(reasons.items(), key=lambda x: -x[1])
    )
    first = rejected[0]
    return (
        # clause count_agrees: "all 1 documents were rejected" said of one input
        f"{'the one document was' if documents_in == 1 else f'all {documents_in} documents were'}"
        f" rejected ({counted}), nothing was written and "
        f"--output was left as it was; e.g. {first['source']}: {first['error']}. Every "
        f"rejected record is in {shards.rejected_path(staging)} (removed by the next build)"
    )


def library_versions() -> dict:
    """Versions of what writes the bytes; ``datasets`` only when installed (the builder
    writes its format without it, see ``schemas.hf_features``)."""
    from importlib import metadata

    versions = {"python": platform.python_version()}
    for key, dist in _VERSIONED:
        try:
            versions[key] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            if key != "datasets":
                raise
    return versions


_VERSIONED = (
    ("apache_beam", "apache-beam"),
    ("pyarrow", "pyarrow"),
    ("datasets", "datasets"),
    ("tokenizers", "tokenizers"),
    ("numpy", "numpy"),
)


def finish(
    staging: str,
    config: dict,
    tokenizer: TokenizerInfo,
    inputs: dict | None = None,
    counters: dict[str, int] | None = None,
) -> Manifest:
    """Turn the staging folder into a complete dataset; return the manifest.

    ``config``: the resolved build config as saved in the manifest;
    ``counters``: the run's Beam counters (``pipeline.progress.counters_of``): the
    archive members skipped, by kind, and how pipes were read. Raises
    ``RuntimeError`` (a bug, not a user error) when the document counts do not
    reconcile; the staging folder is then kept for inspection.
    """
    listed_shards, splits = [], {}
    for split in schemas.SPLITS:
        split_dir = storage.join(staging, split)
        listed = _finish_split(
            split_dir,
            _read_parts(storage.join(split_dir, PARTS)),
            CHUNK_ARROW_SCHEMA,
            features_of(schemas.CHUNK_SCHEMA),
            group=lambda s: s["window"],
            name=chunk_shard_name,
        )
        listed_shards += [
            ShardEntry(
                path=f"{split}/{e['file']}",
                split=split,
                window=e["window"],
                sha256=e["sha256"],
                **{k: e[k] for k in COUNTS},
            )
            for e in listed
        ]
        splits[split] = bucket_totals((e["window"], e) for e in listed)
    storage.write_bytes(
        storage.join(staging, DATASET_DICT), json_bytes({"splits": list(schemas.SPLITS)})
    )

    doc_dir = storage.join(staging, DOCUMENTS)
    doc_parts = _read_parts(storage.join(doc_dir, PARTS))
    by_split = {
        s: sum(p[0]["rows"] for p in doc_parts if p[0]["split"] == s) for s in schemas.SPLITS
    }
    doc_listed = _finish_split(
        doc_dir,
        doc_parts,
        document_arrow_schema(config.get("keep_text", False)),
        features_of(schemas.document_schema(config.get("keep_text", False))),
        group=lambda s: s["split"],
        name=document_shard_name,
    )

    rejected_path = shards.rejected_path(staging)
    if not storage.exists(rejected_path):
        storage.write_bytes(rejected_path, b"")
    rejected_lines = [json.loads(x) for x in storage.read_bytes(rejected_path).splitlines() if x]
    count_path = shards.input_count_path(staging)
    documents_in = json.loads(storage.read_bytes(count_path))["documents_in"]
    near_path = shards.near_duplicates_path(staging)
    near_duplicates = (
        NearDuplicateCounts(**json.loads(storage.read_bytes(near_path)))
        if storage.exists(near_path)
        else None
    )
    hints_path = shards.codec_hints_path(staging)  # clause codec_hint_said_once
    hints = json.loads(storage.read_bytes(hints_path)) if storage.exists(hints_path) else {}
    storage.delete_tree(storage.join(staging, shards.COUNTS_DIR))
    storage.delete_tree(storage.join(staging, shards.SPILL_DIR))
    written = sum(by_split.values())
    rejected_by_stage: dict[str, int] = {}
    for r in rejected_lines:
        rejected_by_stage[r["stage"]] = rejected_by_stage.get(r["stage"], 0) + 1
    manifest = Manifest(
        config=config,
        tokenizer=tokenizer,
        versions=library_versions(),
        documents=DocumentCounts(
            documents_in=documents_in,
            written=written,
            rejected=len(rejected_lines),
            by_split=by_split,
            rejected_by_stage=dict(sorted(rejected_by_stage.items())),
            boilerplate_chars=sum(p[0].get("boilerplate_chars", 0) for p in doc_parts),
            control_chars=sum(p[0].get("control_chars", 0) for p in doc_parts),
            encodings=part_encodings(doc_parts),
            archive_skipped=dict(sorted(progress.archive_skipped(counters or {}).items())),
            codec_hints=progress.codec_hints(counters or {}),
            codec_hint_files=hints.get("files", {}),
            codec_hint_files_more=hints.get("more", 0),
        ),
        splits=splits,
        shards=tuple(listed_shards),
        documents_shards=tuple(
            DocumentShardEntry(path=f"{DOCUMENTS}/{e['file']}", rows=e["rows"], sha256=e["sha256"])
            for e in doc_listed
        ),
        near_duplicates=near_duplicates,
        inputs=inputs,
    )
    if documents_in != written + len(rejected_lines):
        raise RuntimeError(
            f"document counts do not reconcile: {documents_in} in, {written} written, "
            f"{len(rejected_lines)} rejected; the staging output is kept at {staging}"
        )
    storage.write_bytes(storage.join(staging, MANIFEST), json_bytes(manifest.to_dict()))
    if written == 0:
        said = nothing_written_message(staging, documents_in, rejected_lines)
        # Clause read_as_when_all_rejected: how each unnamed pipe was read (the success
        # summary's line) says why its records were all rejected, e.g. a text piped in
        # read as JSON Lines: every line an invalid_json.
        said += "".join(f"; {line.strip()}" for line in progress.read_as(counters or {}))
        raise NothingWrittenError(said)
    _write_length_plot(staging)
    storage.write_bytes(storage.join(staging, COMPLETE_MARKER), b"")
    return manifest


def _import_plotting() -> None:
    with contextlib.suppress(Exception):  # reported by _write_length_plot, if at all
        import matplotlib  # noqa: F401
        from matplotlib import figure  # noqa: F401
        from matplotlib.backends import backend_agg  # noqa: F401


def import_plotting_meanwhile() -> threading.Thread:
    """Import matplotlib on a thread while the workers run (the driver waits for
    them): ~0.45 CPU-s the build's serial end no longer pays. The build joins it
    before ``finish``; a missing or broken matplotlib is reported there, as before."""
    thread = threading.Thread(
        target=_import_plotting,
        name="longctx-import-matplotlib",
        daemon=True,
    )
    thread.start()
    return thread


def _write_length_plot(staging: str) -> None:
    # matplotlib is the optional `plots` extra: the driver draws this diagnostic, workers
    # never do, so a Dataflow worker (--setup_file) does not install it.
    try:
        import matplotlib  # noqa: F401
    except ModuleNotFoundError as error:
        if error.name != "matplotlib":
            raise  # a broken matplotlib install
        logging.getLogger("longctx.dataset").warning(
            "%s skipped: matplotlib is not installed (pip install 'longctx[plots]')",
            LENGTH_PLOT,
        )
        return
    from pipeline.plots import plot_lengths

    if storage.is_remote(staging):
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            local = os.path.join(tmp, LENGTH_PLOT)
            plot_lengths(staging, local)
            with open(local, "rb") as handle:
                storage.write_bytes(storage.join(staging, LENGTH_PLOT), handle.read())
    else:
        plot_lengths(staging, os.path.join(staging, LENGTH_PLOT))
