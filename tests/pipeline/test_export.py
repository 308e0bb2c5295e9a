"""``longctx export OUT --format parquet``: polars and duckdb scan the files directly,
with the declared types and exactly the shards' rows."""

from __future__ import annotations

import json

import datasets
import pyarrow.parquet as pq
import pytest

import schemas
from pipeline import cli
from pipeline.export import export_parquet
from schemas.dataset import load_manifest
from tests.conftest import readme_snippet

from .conftest import read

# Test-only dependencies (the "dev" extra); the export itself needs only pyarrow.
pl = pytest.importorskip("polars", reason="polars (dev extra) reads the export lazily")
duckdb = pytest.importorskip("duckdb", reason="duckdb (dev extra) reads the export")


@pytest.fixture(scope="module")
def exported(dataset, tmp_path_factory):
    dest = tmp_path_factory.mktemp("export") / "pq"
    summary = export_parquet(str(dataset), str(dest))
    return dataset, dest, summary


def _bucket_rows(out, split: str, window: int) -> list[dict]:
    manifest = json.loads((out / "manifest.json").read_text())
    rows = []
    for shard in manifest["shards"]:
        if shard["split"] == split and shard["window"] == window:
            rows += read(out / shard["path"]).to_pylist()
    return rows


def test_every_shard_becomes_one_parquet_file_with_its_rows(exported):
    out, dest, summary = exported
    manifest = json.loads((out / "manifest.json").read_text())
    listed = manifest["shards"] + manifest["documents_shards"]
    assert [f["source"] for f in summary["files"]] == [s["path"] for s in listed]
    for entry, file in zip(listed, summary["files"], strict=True):
        assert file["path"] == entry["path"].removesuffix(".arrow") + ".parquet"
        table = pq.read_table(dest / file["path"])
        assert table.num_rows == entry["rows"] == file["rows"]
        source = read(out / entry["path"])
        assert table.schema.equals(source.schema, check_metadata=False)  # types as declared
        assert table.equals(source)
    assert (dest / "_COMPLETE").exists()
    assert json.loads((dest / "export.json").read_text())["files"] == summary["files"]


def test_polars_scans_one_bucket_with_the_declared_types(exported):
    out, dest, _ = exported
    frame = pl.scan_parquet(str(dest / "train" / "w64-*.parquet"))
    schema = frame.collect_schema()
    assert schema["input_ids"] == pl.List(pl.Int32)
    assert schema["labels"] == pl.List(pl.Int32) and schema["window"] == pl.Int32
    assert schema["section_path"] == pl.List(pl.String)
    assert schema["pieces"] == pl.List(
        pl.Struct({f.name: pl.String if f.name == "doc_id" else pl.Int32 for f in _piece_fields()})
    )
    rows = frame.collect().to_dicts()
    expected = _bucket_rows(out, "train", 64)
    assert len(rows) == len(expected) > 0
    assert rows == expected  # same rows, same order, every column


def _piece_fields():
    return schemas.CHUNK_SCHEMA.field("pieces").type.value_type


def test_duckdb_reads_a_bucket_glob_directly(exported):
    out, dest, _ = exported
    manifest = json.loads((out / "manifest.json").read_text())
    glob = str(dest / "validation" / "w256-*.parquet")
    con = duckdb.connect()
    rows, scored, tokens = con.execute(
        f"SELECT count(*), sum(num_scored), sum(len(input_ids)) FROM '{glob}'"
    ).fetchone()
    bucket = manifest["splits"]["validation"]["256"]
    assert (rows, scored, tokens) == (bucket["rows"], bucket["scored_tokens"], bucket["tokens"])
    types = dict(
        (row[0], row[1])
        for row in con.execute(
            f"DESCRIBE SELECT input_ids, \"window\", pieces FROM '{glob}'"
        ).fetchall()
    )
    assert types["input_ids"] == "INTEGER[]" and types["window"] == "INTEGER"
    assert types["pieces"].startswith("STRUCT(doc_id VARCHAR, chunk_index INTEGER")
    docs = con.execute(f"SELECT count(*) FROM '{dest}/documents/*.parquet'").fetchone()[0]
    assert docs == manifest["documents"]["written"]


def test_datasets_reads_the_export_with_the_declared_features(exported, tmp_path):
    _, dest, _ = exported
    bucket = datasets.load_dataset(
        "parquet",
        data_files=str(dest / "train" / "w256-*.parquet"),
        cache_dir=str(tmp_path / "cache"),
    )["train"]
    assert bucket.features == schemas.CHUNK_FEATURES


def test_export_cli_defaults_to_out_parquet_and_refuses_to_overwrite(copy, capsys):
    assert cli.main(["export", str(copy), "--format", "parquet"]) == 0
    # Rule export_counts_apart: the rows are the build's rows, the documents apart.
    manifest = load_manifest(str(copy))
    rows, shards = sum(s.rows for s in manifest.shards), len(manifest.shards)
    documents = sum(s.rows for s in manifest.documents_shards)
    files = shards + len(manifest.documents_shards)
    assert capsys.readouterr().out.startswith(
        f"exported {files} files to {copy}/parquet: {rows} rows in {shards} shards, "
        f"{documents} documents\n"
    )
    assert (copy / "parquet" / "_COMPLETE").exists()
    assert cli.main(["export", str(copy)]) == 2  # already there
    err = capsys.readouterr().err
    assert err.startswith("longctx export: error: ") and "--overwrite" in err
    assert cli.main(["export", str(copy), "--overwrite", "--compression", "snappy"]) == 0
    assert not [p for p in copy.iterdir() if ".tmp-" in p.name]  # no staging left behind
    assert cli.main(["inspect", str(copy), "--verify"]) == 0  # the dataset is untouched


def test_readme_parquet_snippet_runs_on_an_export(exported):
    out, dest, _ = exported
    code = readme_snippet("parquet")
    for old, new in (("data/shakespeare/parquet", str(dest)), ("w1024", "w64")):
        assert old in code, f"the README snippet no longer mentions {old!r}"
        code = code.replace(old, new)
    namespace: dict = {}
    exec(compile(code, "README.md:parquet", "exec"), namespace)  # noqa: S102
    expected = _bucket_rows(out, "train", 64)
    assert namespace["frame"].to_dicts() == [
        {"doc_id": r["doc_id"], "num_scored": r["num_scored"]} for r in expected
    ]
    per_doc: dict[str, int] = {}
    for r in expected:
        per_doc[r["doc_id"]] = per_doc.get(r["doc_id"], 0) + r["num_scored"]
    assert dict(namespace["scored"]) == per_doc
