"""Outputs written by a *newer* longctx, read by this one (schemas.newer): session 22's
real additions were a documents column (``control_chars``) and a manifest field
(``near_duplicates.train_fallback``), which the longctx before refused (the manifest)
or broke on (``export``: ``RecordBatch.cast``). Here the fixture dataset (the
session's tiny corpus: Dickens' "It was the best of times", Moby-Dick's "Call me
Ishmael") is given such additions, as a next version might write them."""

from __future__ import annotations

import hashlib
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import existing
from pipeline.export import export_dataset
from pipeline.export import main as export_main
from pipeline.verify import verify
from schemas import newer
from schemas.dataset import DatasetError, load_manifest, read_arrow, table_to_stream_bytes
from schemas.shard_format import schema_with_features
from tests.pipeline.test_existing import FIXTURE_FLAGS
from training.data import open_bucket

# What a newer manifest adds (dotted path -> value), at every level the loader parses.
ADDED = {
    "build_host": "worker-7",
    "documents.nbsp_chars": 12,
    "tokenizer.merges_sha256": "ab" * 32,
    "near_duplicates.minhash_seed": 1,
    "shards[].bytes": 4096,
    "documents_shards[].bytes": 2048,
}


def _add_fields(out) -> None:
    path = out / "manifest.json"
    data = json.loads(path.read_text())
    data["build_host"] = ADDED["build_host"]
    data["documents"]["nbsp_chars"] = 12
    data["tokenizer"]["merges_sha256"] = ADDED["tokenizer.merges_sha256"]
    data["near_duplicates"]["minhash_seed"] = 1
    for entry in data["shards"]:
        entry["bytes"] = 4096
    for entry in data["documents_shards"]:
        entry["bytes"] = 2048
    path.write_text(json.dumps(data))


def _add_columns(out) -> None:
    """Every chunk and documents shard gets a column ``quality`` (int8, its row
    number), in the middle (after the second column), with the features metadata
    redone; the manifest gets the new hashes."""
    path = out / "manifest.json"
    data = json.loads(path.read_text())
    for entry in data["shards"] + data["documents_shards"]:
        table = read_arrow((out / entry["path"]).read_bytes())
        column = pa.array(range(table.num_rows), pa.int8())
        table = table.add_column(2, pa.field("quality", pa.int8()), column)
        table = table.cast(schema_with_features(table.schema))
        raw = table_to_stream_bytes(table)
        (out / entry["path"]).write_bytes(raw)
        entry["sha256"] = hashlib.sha256(raw).hexdigest()
    path.write_text(json.dumps(data))


# ------------------------------------------------------------ newer_fields_ignored
def test_newer_fields_ignored_kept_and_named_in_one_line(dataset, copy, capsys):
    """Clause ``newer_fields_ignored``: the manifest reads as before (the same
    Manifest), the added fields kept by their paths, one note line on stderr naming
    them; ``verify`` finds nothing wrong; ``pipeline.existing`` still reuses the
    dataset (same input and settings)."""
    _add_fields(copy)
    manifest = load_manifest(str(copy))
    assert manifest == load_manifest(str(dataset))
    assert manifest.unknown == ADDED
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "does not know" in line and all(name in line for name in ADDED), line
    assert verify(str(copy)) == []
    inputs = [str(p) for p in json.loads((copy / "manifest.json").read_text())["config"]["inputs"]]
    tokenizer = manifest.tokenizer.path
    assert existing.differences(str(copy), inputs, tokenizer, (64, 256), FIXTURE_FLAGS) == []


# ------------------------------------------------------------ newer_columns_kept
@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_newer_columns_kept_by_export_trainer_and_verify(copy, tmp_path, fmt, capsys):
    """Clause ``newer_columns_kept``: ``export`` passes the unknown column through as
    written (at its place, the declared columns in their types) and says so in one
    line; the trainer reads its columns by name; ``verify`` checks the declared
    columns and notes the other. Before: the export stopped on ``RecordBatch.cast``
    (field names do not match) and verify said "schema differs"."""
    _add_columns(copy)
    dest = tmp_path / fmt
    assert export_main([str(copy), "--format", fmt, "--output", str(dest)]) == 0
    out = capsys.readouterr().out
    assert "note: column quality is not known to this longctx" in out, out
    summary = json.loads((dest / "export.json").read_text())
    assert summary["unknown_columns"] == ["quality"]
    for file in summary["files"]:
        source = read_arrow((copy / file["source"]).read_bytes())
        if fmt == "parquet":
            table = pq.read_table(dest / file["path"])
            assert table.schema.names == source.schema.names
            assert table.column("quality").to_pylist() == source.column("quality").to_pylist()
            assert table.column("doc_id").to_pylist() == source.column("doc_id").to_pylist()
        else:
            rows = [json.loads(line) for line in (dest / file["path"]).read_text().splitlines()]
            assert [r["quality"] for r in rows] == source.column("quality").to_pylist()
    manifest = load_manifest(str(copy))
    bucket = open_bucket(str(copy), manifest, "train", 64)
    assert len(bucket) == manifest.splits["train"]["64"].rows
    assert verify(str(copy)) == []
    assert "columns this longctx does not know (quality)" in capsys.readouterr().err


def test_newer_columns_kept_a_missing_declared_column_is_one_line(copy, tmp_path):
    """Guard: a shard without a declared column (a later format) is one line naming
    it, not a traceback."""
    data = json.loads((copy / "manifest.json").read_text())
    entry = data["shards"][0]
    table = read_arrow((copy / entry["path"]).read_bytes()).drop_columns(["labels"])
    (copy / entry["path"]).write_bytes(table_to_stream_bytes(table))
    with pytest.raises(DatasetError, match="has no column labels, which this longctx exports"):
        export_dataset(str(copy), str(tmp_path / "pq"))
    assert not (tmp_path / "pq").exists()


# ------------------------------------------------------------ newer_format_refused
def test_newer_format_refused_in_one_line(copy, tmp_path, capsys):
    """Clause ``newer_format_refused``: a manifest of format version 4 (an existing
    column's meaning changed) is refused by every reader with one line that says
    what to do; before, it was read as version 3."""
    path = copy / "manifest.json"
    data = json.loads(path.read_text())
    path.write_text(json.dumps(data | {"version": 4}))
    with pytest.raises(DatasetError) as error:
        load_manifest(str(copy))
    said = str(error.value)
    assert f"{copy} was built by a newer longctx (dataset format version 4" in said
    assert "upgrade longctx" in said and "\n" not in said
    assert export_main([str(copy), "--output", str(tmp_path / "pq")]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "format version 4" in line
    assert any("format version 4" in f for f in verify(str(copy)))


def test_known_fields_splits_known_from_unknown():
    """The helper on its own: renamed keys and the dotted paths."""
    from schemas.dataset import DocumentCounts

    unknown: dict = {}
    kept = newer.known_fields(
        DocumentCounts,
        {"in": 3, "written": 2, "x": 1},
        "documents.",
        unknown,
        {"in": "documents_in"},
    )
    assert kept == {"documents_in": 3, "written": 2} and unknown == {"documents.x": 1}


@pytest.mark.parametrize(
    "where,value",
    [
        ("tokenizer", ["tiny-tokenizer.json"]),
        ("near_duplicates", "enabled"),
        ("shards", ["train/w64-00000-of-00001.arrow"]),
        ("splits", {"train": {"64": [1, 2]}}),
        ("splits", []),
        ("version", "4"),
        ("version", 3.0),
    ],
)
def test_manifest_shape_checked(copy, where, value):
    """Clause ``manifest_shape_checked`` (review): the fixture dataset's manifest with a
    part that is not what the loader reads (a list where an object goes, a version
    that is no whole number, as a hand edit or another tool writes it) is the one-line
    "not a longctx-dataset manifest"; newer_fields_ignored made the first four an
    AttributeError traceback, and a version "4" was read (then `make dataset`'s
    older_rows stopped on "4" < 3)."""
    path = copy / "manifest.json"
    path.write_text(json.dumps(json.loads(path.read_text()) | {where: value}))
    with pytest.raises(DatasetError, match="is not a longctx-dataset manifest"):
        load_manifest(str(copy))


# ------------------------------------------------------------ typo_not_newer
def test_typo_not_newer_a_misspelt_optional_field_is_named(copy, capsys):
    """Clause ``typo_not_newer``: ``near_duplicates.train_falback`` (a hand edit of the
    optional ``train_fallback``, which names the document a build put in train) was
    called a newer longctx's field ("upgrade longctx"), and its value was silently not
    read. Now the note says which field it looks like and that its default is read; a
    genuinely new field in the same manifest is still named as a newer longctx's."""
    path = copy / "manifest.json"
    data = json.loads(path.read_text())
    assert "train_fallback" not in data["near_duplicates"]
    data["near_duplicates"]["train_falback"] = "hamlet"
    data["near_duplicates"]["minhash_seed"] = 1
    path.write_text(json.dumps(data))
    manifest = load_manifest(str(copy))
    assert manifest.near_duplicates.train_fallback == ""  # the default, as before
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert (
        "near_duplicates.train_falback looks like near_duplicates.train_fallback misspelt" in line
    ), line
    assert "correct the name" in line, line
    assert "near_duplicates.minhash_seed: written by a newer longctx; it is ignored" in line
    assert line.count("train_falback") == 1, line  # not also called a newer one


def test_typo_not_newer_not_for_a_field_that_is_present(copy, capsys):
    """Guard: a key close to a field the manifest *has* is no misspelling of it (both
    are there): named as a newer longctx's (``documents.written_`` next to ``written``)."""
    path = copy / "manifest.json"
    data = json.loads(path.read_text())
    data["documents"]["written_"] = 1
    path.write_text(json.dumps(data))
    load_manifest(str(copy))
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "documents.written_: written by a newer longctx" in line and "misspelt" not in line


# ------------------------------------------------------------ newer_setting_compared
def test_newer_setting_compared_a_newer_builds_setting_is_a_difference(copy, capsys):
    """Clause ``newer_setting_compared``: the fixture dataset's config given a setting
    this longctx does not have (``chunk.max_sentences_per_key``, as a newer one might
    write) was skipped by ``setting_differences``: ``make dataset`` called it ready
    ("not rebuilt") though a newer longctx made its rows with that setting. Now it is
    one difference, and ``make dataset``'s line names it (exit 2)."""
    path = copy / "manifest.json"
    data = json.loads(path.read_text())
    data["config"]["chunk"]["max_sentences_per_key"] = 3
    path.write_text(json.dumps(data))
    inputs = [str(p) for p in data["config"]["inputs"]]
    tokenizer = load_manifest(str(copy)).tokenizer.path
    found = existing.differences(str(copy), inputs, tokenizer, (64, 256), FIXTURE_FLAGS)
    assert found == [("chunk.max_sentences_per_key", 3, existing.NEWER_SETTING)], found
    argv = [str(copy), "--tokenizer", tokenizer, "--windows", "64,256"]
    argv += [a for i in inputs for a in ("--input", i)]
    assert existing.main(argv + list(FIXTURE_FLAGS)) == 2
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert "chunk.max_sentences_per_key 3 (asked: 'no such setting in this longctx" in line


def test_retired_settings_not_newer_an_older_builds_setting_is_skipped(copy, capsys):
    """Clause ``retired_settings_not_newer`` (review): a dataset an older longctx built
    (30 November, format version 3) has the TextTiling settings this one removed
    (``structure.topics.k`` ...; values as it wrote them). newer_setting_compared called
    them a newer longctx's, "upgrade longctx", and `make dataset` refused (exit 2) on
    the newest version; they are skipped as before, and the dataset is ready."""
    path = copy / "manifest.json"
    data = json.loads(path.read_text())
    old = {"w": 100, "k": 5, "smoothing_width": 1, "dim": 1024, "min_segment_terms": 200}
    data["config"]["structure"]["topics"].update(old)
    path.write_text(json.dumps(data))
    inputs = [str(p) for p in data["config"]["inputs"]]
    tokenizer = load_manifest(str(copy)).tokenizer.path
    found = existing.differences(str(copy), inputs, tokenizer, (64, 256), FIXTURE_FLAGS)
    assert found == [], found
    argv = [str(copy), "--tokenizer", tokenizer, "--windows", "64,256"]
    argv += [a for i in inputs for a in ("--input", i)]
    assert existing.main(argv + list(FIXTURE_FLAGS)) == 0
    assert "newer longctx" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "key, value",
    [
        ("train_fallbacks", ["hamlet", "sonnets"]),
        ("train_fallback_key", "hamlet"),
        ("valid_fallback", "sonnets"),
    ],
)
def test_typo_one_slip_only_a_newer_field_beside_an_absent_one(copy, capsys, key, value):
    """Clause ``typo_one_slip_only`` (review): fields a newer longctx might add next to
    the optional ``train_fallback``/``validation_fallback`` (absent when their rule was
    not used), named the way this schema grows, were called misspellings of them and
    the user told to "correct the name"; they are a newer longctx's, as before."""
    path = copy / "manifest.json"
    data = json.loads(path.read_text())
    assert "train_fallback" not in data["near_duplicates"]
    data["near_duplicates"][key] = value
    path.write_text(json.dumps(data))
    load_manifest(str(copy))
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert f"near_duplicates.{key}: written by a newer longctx" in line, line
    assert "misspelt" not in line, line


@pytest.mark.parametrize(
    "slip", ["train_falback", "trian_fallback", "train_fallbak", "tran_fallback"]
)
def test_typo_one_slip_only_slips_still_named(copy, capsys, slip):
    """Guard: a letter dropped, two swapped, inside the name: still a misspelling."""
    path = copy / "manifest.json"
    data = json.loads(path.read_text())
    data["near_duplicates"][slip] = "hamlet"
    path.write_text(json.dumps(data))
    load_manifest(str(copy))
    line = capsys.readouterr().err
    assert f"{slip} looks like near_duplicates.train_fallback misspelt" in line, line


def test_retired_settings_not_newer_in_an_older_format(copy, capsys):
    """Clause ``retired_settings_not_newer``: a format version 2 dataset (an older
    longctx's) with a setting this one lacks is no newer longctx's: not refused with
    "upgrade longctx" but left to older_rows, which says how its rows differ."""
    path = copy / "manifest.json"
    data = json.loads(path.read_text())
    data["version"] = 2
    data["config"]["structure"]["segmenter"] = "texttiling"  # any setting since removed
    path.write_text(json.dumps(data))
    inputs = [str(p) for p in data["config"]["inputs"]]
    tokenizer = load_manifest(str(copy)).tokenizer.path
    found = existing.differences(str(copy), inputs, tokenizer, (64, 256), FIXTURE_FLAGS)
    assert found == [], found
    assert "format version 2" in existing.older_rows(str(copy))
