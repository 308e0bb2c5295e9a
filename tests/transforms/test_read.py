"""Reading JSONL, Parquet and text (plain, gzip, zstd) into documents or rejects."""

import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from apache_beam.testing.util import assert_that, equal_to

from schemas import Document, Rejected
from tests.beam_local import local_pipeline
from transforms.beam_utils import MAIN, REJECTED
from transforms.read import ReadConfig, ReadDocuments, expand_inputs, read_file

LINES = [
    json.dumps({"id": "a", "text": "Alpha text."}),
    "{not json",
    json.dumps({"text": "No id here."}),
    "",
    json.dumps({"id": "d", "body": "wrong field"}),
    json.dumps(["not", "an", "object"]),
]


def _write_jsonl(path, opener=open):
    with opener(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(LINES) + "\n")


def _outcomes(items):
    return [(i.doc_id, type(i).__name__, getattr(i, "reason", None)) for i in items]


EXPECTED_JSONL = [
    ("a", "Document", None),
    ("x.jsonl:2", "Rejected", "invalid_json"),
    ("x.jsonl:3", "Document", None),
    ("x.jsonl:5", "Rejected", "missing_text_field"),
    ("x.jsonl:6", "Rejected", "not_an_object"),
]


@pytest.mark.parametrize("suffix", ["", ".gz", ".zst"])
def test_jsonl_plain_and_compressed(tmp_path, suffix):
    path = tmp_path / f"x.jsonl{suffix}"
    if suffix == ".gz":
        _write_jsonl(path, gzip.open)
    elif suffix == ".zst":
        path.write_bytes(zstandard.ZstdCompressor().compress(("\n".join(LINES) + "\n").encode()))
    else:
        _write_jsonl(path)
    (file,) = expand_inputs([str(tmp_path)])
    expected = [(i.replace("x.jsonl", f"x.jsonl{suffix}"), k, r) for i, k, r in EXPECTED_JSONL]
    items = list(read_file(file))
    assert _outcomes(items) == expected
    assert items[0].text == "Alpha text." and items[0].source.endswith(f"x.jsonl{suffix}:1")


def test_custom_text_and_id_fields(tmp_path):
    path = tmp_path / "y.jsonl"
    path.write_text(json.dumps({"key": 7, "body": "Body text."}) + "\n")
    (file,) = expand_inputs([str(path)])
    (doc,) = read_file(file, ReadConfig(text_field="body", id_field="key"))
    assert doc == Document(doc_id="7", source=f"{path}:1", text="Body text.")


def test_parquet_rows_and_missing_column(tmp_path):
    table = pa.table({"id": ["p0", None], "text": ["First.", "Second."]})
    pq.write_table(table, tmp_path / "docs.parquet")
    (file,) = expand_inputs([str(tmp_path / "*.parquet")])
    docs = list(read_file(file))
    assert [(d.doc_id, d.text) for d in docs] == [("p0", "First."), ("docs.parquet:1", "Second.")]
    (rejected,) = read_file(file, ReadConfig(text_field="content"))
    assert isinstance(rejected, Rejected) and rejected.reason == "missing_text_field"


def test_text_folder_ids_are_relative_paths_and_bad_utf8_is_rejected(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("One.\n", encoding="utf-8")
    (tmp_path / "two.txt.gz").write_bytes(gzip.compress(b"Two."))
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait")
    (tmp_path / ".hidden").write_text("skip me")
    files = expand_inputs([str(tmp_path)])
    assert [f.relative for f in files] == ["bad.txt", "sub/one.txt", "two.txt.gz"]
    items = [item for f in files for item in read_file(f)]
    assert _outcomes(items) == [
        ("bad.txt", "Rejected", "invalid_utf8"),
        ("sub/one.txt", "Document", None),
        ("two.txt.gz", "Document", None),
    ]
    assert "UTF-8" in items[0].error


def test_pattern_matching_nothing_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="matched no files"):
        expand_inputs([str(tmp_path / "*.jsonl")])


def test_read_documents_transform_routes_rejects(tmp_path):
    _write_jsonl(tmp_path / "x.jsonl")
    files = expand_inputs([str(tmp_path / "x.jsonl")])
    with local_pipeline() as p:
        out = p | ReadDocuments(files)
        assert_that(out[MAIN] | "ids" >> _ids(), equal_to(["a", "x.jsonl:3"]), label="docs")
        assert_that(
            out[REJECTED] | "reasons" >> _reasons(),
            equal_to(["invalid_json", "missing_text_field", "not_an_object"]),
            label="rejected",
        )


def _ids():
    import apache_beam as beam

    return beam.Map(lambda d: d.doc_id)


def _reasons():
    import apache_beam as beam

    return beam.Map(lambda r: r.reason)


def test_a_long_line_is_held_once_while_its_document_goes_on(tmp_path):
    """While the next stages work on a document of a JSONL file, the reader holds
    its text only: not the line's bytes, its decoded copy and the parsed record
    beside it (3x the text for an ASCII line)."""
    import tracemalloc

    text = "word " * 2_000_000 + "end"
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "long", "text": text}) + "\n", encoding="utf-8")
    (file,) = expand_inputs([str(path)])
    del text
    tracemalloc.start()
    try:
        reader = read_file(file, ReadConfig(max_doc_chars=10**8))
        doc = next(reader)
        held = tracemalloc.get_traced_memory()[0]  # what is alive as the document goes on
        assert list(reader) == []
    finally:
        tracemalloc.stop()
    assert isinstance(doc, Document) and len(doc.text) == 10_000_003
    assert held < 1.5 * len(doc.text)
