"""The finishing step: turn the staging folder of a finished pipeline into a dataset.

After the Beam pipeline, the driver names the part files ``data-i-of-n.arrow`` in
a stable order, writes ``state.json`` / ``dataset_info.json`` per split, checks
that documents in = written + rejected, writes the manifest, the length plot and
``_COMPLETE`` last (``schemas.dataset`` declares the layout). The caller then
moves the folder into place, so a killed build never leaves an ``OUT`` that looks
complete. Cost: one listing and rename per shard, no shard is read again.
"""

from __future__ import annotations

import json
import os
import platform

import schemas
from pipeline import shards, storage
from schemas.dataset import (
    CHUNK_ARROW_SCHEMA,
    COMPLETE_MARKER,
    COUNTS,
    DATASET_DICT,
    DOCUMENT_ARROW_SCHEMA,
    DOCUMENTS,
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
    json_bytes,
    shard_name,
    table_to_stream_bytes,
)


def _read_parts(part_dir: str) -> list[tuple[dict, str]]:
    """(stats, arrow path) of every part in ``part_dir``."""
    found = []
    for path in storage.list_files(part_dir):
        if path.endswith(".json"):
            stats = json.loads(storage.read_bytes(path))
            found.append((stats, path[: -len(".json")] + ".arrow"))
    return found


def _finish_split(split_dir: str, parts: list[tuple[dict, str]], schema, features, sort_key):
    """Name the parts ``data-i-of-n.arrow`` in a stable order; write split metadata."""
    parts = sorted(parts, key=lambda p: sort_key(p[0]))
    if not parts:  # an empty split still loads, with the right schema
        data = table_to_stream_bytes(schema.empty_table())
        empty = storage.join(split_dir, PARTS, "empty.arrow")
        storage.write_bytes(empty, data)
        stats = dict.fromkeys(COUNTS, 0) | {"sha256": shards.sha256_hex(data), "window": None}
        parts = [(stats, empty)]
    names, hashes, listed = [], [], []
    for index, (stats, path) in enumerate(parts):
        name = shard_name(index, len(parts))
        storage.rename(path, storage.join(split_dir, name))
        names.append(name)
        hashes.append(stats["sha256"])
        listed.append({"file": name, **stats})
    storage.delete_tree(storage.join(split_dir, PARTS))
    shards.write_split_metadata(split_dir, names, hashes, features)
    return listed


def library_versions() -> dict:
    import apache_beam
    import datasets
    import numpy
    import pyarrow
    import tokenizers

    return {
        "python": platform.python_version(),
        "apache_beam": apache_beam.__version__,
        "pyarrow": pyarrow.__version__,
        "datasets": datasets.__version__,
        "tokenizers": tokenizers.__version__,
        "numpy": numpy.__version__,
    }


def finish(staging: str, config: dict, tokenizer: TokenizerInfo) -> Manifest:
    """Turn the staging folder into a complete dataset; return the manifest.

    ``config``: the resolved build config as saved in the manifest. Raises
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
            schemas.CHUNK_FEATURES,
            sort_key=lambda s: (s["window"], s["shard"]),
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
        DOCUMENT_ARROW_SCHEMA,
        schemas.DOCUMENT_FEATURES,
        sort_key=lambda s: (s["split"], s["shard"]),
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
        ),
        splits=splits,
        shards=tuple(listed_shards),
        documents_shards=tuple(
            DocumentShardEntry(path=f"{DOCUMENTS}/{e['file']}", rows=e["rows"], sha256=e["sha256"])
            for e in doc_listed
        ),
        near_duplicates=near_duplicates,
    )
    if documents_in != written + len(rejected_lines):
        raise RuntimeError(
            f"document counts do not reconcile: {documents_in} in, {written} written, "
            f"{len(rejected_lines)} rejected; the staging output is kept at {staging}"
        )
    storage.write_bytes(storage.join(staging, MANIFEST), json_bytes(manifest.to_dict()))
    _write_length_plot(staging)
    storage.write_bytes(storage.join(staging, COMPLETE_MARKER), b"")
    return manifest


def _write_length_plot(staging: str) -> None:
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
