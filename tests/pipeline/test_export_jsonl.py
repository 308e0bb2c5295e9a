"""``longctx export OUT --format jsonl``: one JSON object per row, read back by
``datasets.load_dataset("json")``, pandas and polars with exactly the shards' values
(token ids, -100 labels, positions restarting per packed document), and the same
safety rules as the Parquet export."""

from __future__ import annotations

import datetime
import gzip
import json
import time
import types
from pathlib import Path

import datasets
import pyarrow as pa
import pytest
import zstandard

from pipeline import cli, export, output
from pipeline.export import export_dataset
from schemas.dataset import CHUNK_ARROW_SCHEMA, load_manifest
from tests.conftest import readme_snippet

from .conftest import read

OPEN = {
    "none": lambda p: open(p, "rb"),
    "gzip": gzip.open,
    "zstd": lambda p: zstandard.ZstdDecompressor().stream_reader(open(p, "rb")),
}


def _lines(path, compression: str) -> list[dict]:
    with OPEN[compression](path) as handle:
        data = handle.read().decode("utf-8")
    assert data == "" or data.endswith("\n")
    # "\n" only: str.splitlines would also split at U+2028 / U+0085 inside a string
    return [json.loads(line) for line in data.split("\n")[:-1]]


@pytest.fixture(scope="module", params=["none", "gzip", "zstd"])
def exported(request, dataset, tmp_path_factory):
    dest = tmp_path_factory.mktemp("export") / "jsonl"
    summary = export_dataset(str(dataset), str(dest), "jsonl", request.param)
    return dataset, dest, summary, request.param


def test_every_shard_becomes_one_jsonl_file_with_exactly_its_rows(exported):
    """Clause jsonl_ints_exact: every line parses back to the shard's row, every column
    and value (a changed, dropped or reordered value fails)."""
    out, dest, summary, compression = exported
    manifest = json.loads((out / "manifest.json").read_text())
    listed = manifest["shards"] + manifest["documents_shards"]
    assert [f["source"] for f in summary["files"]] == [s["path"] for s in listed]
    suffix = {"none": ".jsonl", "gzip": ".jsonl.gz", "zstd": ".jsonl.zst"}[compression]
    scored = packed = 0
    for entry, file in zip(listed, summary["files"], strict=True):
        assert file["path"] == entry["path"].removesuffix(".arrow") + suffix
        rows = _lines(dest / file["path"], compression)
        expected = read(out / entry["path"]).to_pylist()
        assert len(rows) == entry["rows"] == file["rows"] == len(expected)
        assert rows == expected
        for row in rows:
            if "labels" in row:
                scored += sum(label != -100 for label in row["labels"])
                packed += len(row["pieces"]) > 1
    total = sum(b["scored_tokens"] for s in manifest["splits"].values() for b in s.values())
    assert scored == total > 0
    assert packed > 0  # the fixture packs documents: their positions restart in the row
    assert (dest / "_COMPLETE").exists()
    written = json.loads((dest / "export.json").read_text())
    assert written["format"] == "jsonl" and written["compression"] == compression
    assert output.export_files(str(dest)) == {f["path"] for f in summary["files"]} | {
        "export.json",
        "_COMPLETE",
        "_EXPORT",  # clause export_staging_marked (session 31): written first, kept
    }


def test_load_dataset_json_reads_a_bucket_with_the_stored_values(exported, tmp_path):
    out, dest, summary, compression = exported
    files = [
        str(dest / f["path"])
        for f in summary["files"]
        if f["split"] == "train" and f["window"] == 64
    ]
    rows = datasets.load_dataset(
        "json", data_files={"train": files}, cache_dir=str(tmp_path / "cache")
    )["train"]
    expected = []
    for f in summary["files"]:
        if f["split"] == "train" and f["window"] == 64:
            expected += read(out / f["source"]).to_pylist()
    assert len(rows) == len(expected) > 0
    for column in ("input_ids", "labels", "position_ids", "pieces", "section_path", "doc_id"):
        assert rows[column] == [r[column] for r in expected], column
    assert -100 in rows["labels"][0]  # the memory prefix / overlap context is not scored


def test_pandas_and_polars_read_the_lines(exported):
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    out, dest, summary, compression = exported
    file = next(f for f in summary["files"] if f["window"] == 256 and f["rows"])
    expected = read(out / file["source"]).to_pylist()
    frame = pd.read_json(dest / file["path"], lines=True, dtype=False)
    assert [list(v) for v in frame["labels"]] == [r["labels"] for r in expected]
    assert list(frame["num_scored"]) == [r["num_scored"] for r in expected]
    frame = pl.read_ndjson(dest / file["path"])  # polars decompresses .gz and .zst itself
    assert frame["position_ids"].to_list() == [r["position_ids"] for r in expected]
    assert frame["input_ids"].to_list() == [r["input_ids"] for r in expected]


@pytest.mark.parametrize("compression", ["gzip", "zstd"])
def test_jsonl_export_is_byte_identical_when_repeated(dataset, tmp_path, monkeypatch, compression):
    """gzip's header carries no time or file name: the same dataset, the same bytes,
    also when the second export runs a day later by gzip's clock (review wtF19r: two
    exports within one second had the same bytes without ``mtime=0`` too)."""
    first = export_dataset(str(dataset), str(tmp_path / "a"), "jsonl", compression)
    later = time.time() + 86400
    monkeypatch.setattr(gzip, "time", types.SimpleNamespace(time=lambda: later))
    export_dataset(str(dataset), str(tmp_path / "b"), "jsonl", compression)
    for f in first["files"]:
        data = (tmp_path / "a" / f["path"]).read_bytes()
        assert data == (tmp_path / "b" / f["path"]).read_bytes()
        if compression == "gzip":  # no FNAME flag, MTIME 0 (RFC 1952)
            assert data[3] & 0x08 == 0 and data[4:8] == bytes(4)


def test_readers_keep_digit_and_date_strings_as_the_readme_says(dataset, tmp_path):
    """The README's reader notes (review wtF19r): pandas needs ``dtype=False`` to keep a
    digit-string ``doc_id`` (``"00123"`` became ``123``), and ``load_dataset("json")``
    takes ISO-date strings for timestamps while polars keeps them."""
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    readme = " ".join((Path(__file__).parents[2] / "README.md").read_text("utf-8").split())
    assert "`pandas.read_json(..., lines=True, dtype=False)`" in readme
    assert "for a timestamp" in readme and "polars, pandas and `json.loads` keep" in readme
    entry = json.loads((dataset / "manifest.json").read_text())["shards"][0]
    rows = read(dataset / entry["path"]).to_pylist()[:2]
    for i, row in enumerate(rows):
        row["doc_id"] = f"0012{i}"
        row["section_path"] = [f"1851-03-0{i + 4}"]
    batch = pa.RecordBatch.from_pylist(rows, schema=CHUNK_ARROW_SCHEMA)
    target = tmp_path / "rows.jsonl"
    export.export_jsonl.write_jsonl([batch], str(target), "none")
    frame = pd.read_json(target, lines=True, dtype=False)
    assert list(frame["doc_id"]) == ["00120", "00121"]
    assert [list(v) for v in frame["section_path"]] == [["1851-03-04"], ["1851-03-05"]]
    assert list(pd.read_json(target, lines=True)["doc_id"]) == [120, 121]  # why dtype=False
    assert pl.read_ndjson(target)["section_path"].to_list() == [["1851-03-04"], ["1851-03-05"]]
    loaded = datasets.load_dataset(
        "json", data_files=str(target), cache_dir=str(tmp_path / "cache")
    )["train"]
    assert loaded["doc_id"] == ["00120", "00121"]
    assert isinstance(loaded["section_path"][0][0], datetime.datetime)  # the README's caveat


def test_jsonl_cli_defaults_to_out_jsonl_refuses_to_overwrite_and_keeps_the_dataset(copy, capsys):
    assert cli.main(["export", str(copy), "--format", "jsonl"]) == 0
    manifest = load_manifest(str(copy))
    rows = sum(s.rows for s in manifest.shards)
    printed = capsys.readouterr().out
    assert f"to {copy}/jsonl: {rows} rows in {len(manifest.shards)} shards" in printed
    assert (
        f"load_dataset('json', data_files='{copy}/jsonl/train/w256-*.jsonl')  # one window"
        in printed
    )
    assert (copy / "jsonl" / "_COMPLETE").exists()
    assert cli.main(["export", str(copy), "--format", "jsonl"]) == 2  # already there
    err = capsys.readouterr().err
    assert err.startswith("longctx export: error: ") and "--overwrite" in err
    assert err.count("\n") == 1
    args = ["export", str(copy), "--format", "jsonl", "--overwrite", "--compression", "zstd"]
    assert cli.main(args) == 0
    assert sorted(p.name for p in (copy / "jsonl" / "train").iterdir())[0].endswith(".jsonl.zst")
    assert not [p for p in copy.iterdir() if ".tmp-" in p.name]  # no staging left behind
    assert cli.main(["inspect", str(copy), "--verify"]) == 0  # the dataset is untouched


def test_compression_that_does_not_fit_jsonl_is_one_line(copy, capsys):
    assert cli.main(["export", str(copy), "--format", "jsonl", "--compression", "snappy"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "longctx export: error: --compression snappy does not apply to --format jsonl; "
        "use one of none, gzip, zstd\n"
    )
    assert not (copy / "jsonl").exists()


def test_a_damaged_shard_or_a_failed_write_leaves_no_jsonl_export(copy, capsys, monkeypatch):
    manifest = json.loads((copy / "manifest.json").read_text())
    shard = manifest["shards"][-1]["path"]
    data = (copy / shard).read_bytes()
    (copy / shard).write_bytes(data[: len(data) // 2])  # cut short
    assert cli.main(["export", str(copy), "--format", "jsonl"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and shard in err and "--verify" in err
    assert sorted(p.name for p in copy.iterdir() if p.name.startswith("jsonl")) == []
    (copy / shard).write_bytes(data)

    # A failure after some files were written (here: the disk refusing the third).
    calls = []
    real = export.export_jsonl.write_jsonl

    def failing(batches, target, *args):
        calls.append(target)
        if len(calls) == 3:
            raise OSError(5, "Input/output error", target)
        return real(batches, target, *args)

    monkeypatch.setattr(export.export_jsonl, "write_jsonl", failing)
    with pytest.raises(OSError):
        export_dataset(str(copy), None, "jsonl")
    assert len(calls) == 3
    assert sorted(p.name for p in copy.iterdir() if p.name.startswith("jsonl")) == []


def test_readme_jsonl_line_reads_the_export(exported, tmp_path):
    """The README's load line, run on an export (paths changed only)."""
    out, dest, summary, compression = exported
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    line = 'datasets.load_dataset("json", data_files="data/shakespeare/jsonl/train/w1024-*.jsonl")'
    assert line in readme, "the README no longer gives the jsonl load line"
    suffix = export.export_jsonl.SUFFIXES[compression]
    code = line.replace("data/shakespeare/jsonl", str(dest)).replace(
        "w1024-*.jsonl", "w64-*.jsonl" + suffix
    )
    code = code.replace(")", f", cache_dir={str(tmp_path / 'cache')!r})")
    rows = eval(code, {"datasets": datasets})["train"]  # noqa: S307
    expected = []
    for f in summary["files"]:
        if f["split"] == "train" and f["window"] == 64:
            expected += read(out / f["source"]).to_pylist()
    assert rows["labels"] == [r["labels"] for r in expected]


def test_one_document_per_row_is_the_readme_split_and_keeps_every_token(dataset, tmp_path):
    """Clause one_document_per_row: each packed row becomes one line per document, equal
    to what the README's one-document-per-row snippet makes from the shards (input_ids,
    attention_mask, labels: the columns by which axolotl takes rows as pre-tokenized),
    with the row's positions, every scored token kept."""
    summary = export_dataset(
        str(dataset), str(tmp_path / "one"), "jsonl", "gzip", one_document_per_row=True
    )
    manifest = json.loads((dataset / "manifest.json").read_text())
    scored = 0
    for file in summary["files"]:
        lines = _lines(tmp_path / "one" / file["path"], "gzip")
        rows = read(dataset / file["source"]).to_pylist()
        assert len(lines) == file["lines"] and len(rows) == file["rows"]
        if file["window"] is None:
            assert lines == rows  # documents/ rows are kept whole
            continue
        assert len(lines) == sum(len(r["pieces"]) for r in rows)
        at = 0
        for row in rows:
            parts = lines[at : at + len(row["pieces"])]
            at += len(row["pieces"])
            for key in ("input_ids", "labels", "position_ids"):
                assert [v for p in parts for v in p[key]] == row[key], key
            for part, piece in zip(parts, row["pieces"], strict=True):
                assert part["attention_mask"] == [1] * piece["length"] == [1] * len(part["labels"])
                assert part["position_ids"] == list(range(piece["length"]))
                assert part["doc_id"] == piece["doc_id"] and part["window"] == row["window"]
                assert part["labels"][0] == -100
                scored += sum(label != -100 for label in part["labels"])
    total = sum(b["scored_tokens"] for s in manifest["splits"].values() for b in s.values())
    assert scored == total > 0
    packed = [f for f in summary["files"] if f["window"] and f["lines"] > f["rows"]]
    assert packed  # the fixture packs documents into some rows: they were split
    split, window = packed[0]["split"], packed[0]["window"]
    bucket = [f for f in summary["files"] if f["split"] == split and f["window"] == window]

    code = readme_snippet("one-document-per-row")
    replaced = code
    for old, new in (
        ("data/shakespeare/train/w4096-*.arrow", f"{dataset}/{split}/w{window}-*.arrow"),
        ("data/shakespeare-w4096-plain", str(tmp_path / "plain")),
    ):
        assert old in replaced, f"the README snippet no longer mentions {old!r}"
        replaced = replaced.replace(old, new)
    exec(compile(replaced, "README.md:one-document-per-row", "exec"), {})  # noqa: S102
    plain = datasets.load_from_disk(str(tmp_path / "plain"))
    lines = [line for f in bucket for line in _lines(tmp_path / "one" / f["path"], "gzip")]
    for key in ("input_ids", "attention_mask", "labels"):
        assert plain[key] == [line[key] for line in lines], key


def test_one_document_per_row_with_parquet_is_one_line(copy, capsys):
    assert cli.main(["export", str(copy), "--one-document-per-row"]) == 2
    err = capsys.readouterr().err
    assert err == ("longctx export: error: --one-document-per-row applies to --format jsonl only\n")
    assert not (copy / "parquet").exists()


def test_titles_stay_in_their_own_script_and_line_separators_stay_inside_a_line(dataset, tmp_path):
    """``ensure_ascii=False`` (review wtF19r: untested before): a Chinese section title is
    written as UTF-8, not ``\\u`` escapes, and a U+2028 / U+0085 inside a title stays
    inside its line for pandas, polars and ``load_dataset("json")`` (escaped since clause
    ``jsonl_line_separators``, so that ``str.splitlines()`` keeps it in its line too)."""
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    entry = json.loads((dataset / "manifest.json").read_text())["shards"][0]
    rows = read(dataset / entry["path"]).to_pylist()[:2]
    titles = [["第一回　甄士隐梦幻识通灵"], ["Act I\u2028Scene\u0085ii"]]
    for row, path in zip(rows, titles, strict=True):
        row["section_path"] = path
    batch = pa.RecordBatch.from_pylist(rows, schema=CHUNK_ARROW_SCHEMA)
    target = tmp_path / "rows.jsonl"
    assert export.export_jsonl.write_jsonl([batch], str(target), "none") == (2, 2)
    data = target.read_bytes()
    assert "第一回　甄士隐梦幻识通灵".encode() in data
    # Clause jsonl_line_separators: only the two separators are escaped (str.splitlines).
    assert data.count(b"\\u") == 2 and b"Act I\\u2028Scene\\u0085ii" in data
    assert len(data.decode().splitlines()) == 2
    assert data.count(b"\n") == 2
    assert [json.loads(line) for line in data.decode().split("\n")[:-1]] == rows
    frame = pd.read_json(target, lines=True, dtype=False)
    assert [list(v) for v in frame["section_path"]] == titles
    assert pl.read_ndjson(target)["section_path"].to_list() == titles
    loaded = datasets.load_dataset(
        "json", data_files=str(target), cache_dir=str(tmp_path / "cache")
    )["train"]
    assert loaded["section_path"] == titles
