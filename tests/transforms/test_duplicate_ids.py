"""One document per id: the first in natural source order is kept, the others rejected."""

from __future__ import annotations

import json

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Document
from tests.beam_local import local_pipeline
from transforms.beam_utils import MAIN, REJECTED
from transforms.duplicate_ids import RejectDuplicateIds, first_of_duplicates, source_order
from transforms.read import ReadConfig, ReadDocuments, expand_inputs


@pytest.mark.parametrize(
    "source, order",
    [
        ("data/f.jsonl:2", ("data/f.jsonl", 2)),
        ("data/f.jsonl:10", ("data/f.jsonl", 10)),
        ("data/f.parquet:0", ("data/f.parquet", 0)),
        ("books/a.txt", ("books/a.txt", -1)),  # a whole file comes before its lines
        ("gs://bucket/a.txt", ("gs://bucket/a.txt", -1)),  # the scheme's colon is no line
        ("gs://bucket/f.jsonl:7", ("gs://bucket/f.jsonl", 7)),
        ("odd:name.txt", ("odd:name.txt", -1)),
    ],
)
def test_source_order(source, order):
    assert source_order(source) == order


def _doc(source: str, doc_id: str = "x") -> Document:
    return Document(doc_id=doc_id, source=source, text=f"text of {source}")


def test_line_2_comes_before_line_10():
    """As strings "f.jsonl:10" < "f.jsonl:2"; the file's order keeps line 2."""
    kept, rejected = first_of_duplicates(
        "x", [_doc("f.jsonl:10"), _doc("f.jsonl:2"), _doc("f.jsonl:3")]
    )
    assert kept.source == "f.jsonl:2"
    assert [r.source for r in rejected] == ["f.jsonl:3", "f.jsonl:10"]
    for r in rejected:
        assert (r.doc_id, r.stage, r.reason) == ("x", "read", "duplicate_id")
        assert "f.jsonl:2" in r.error and "--id-field" in r.error


def test_files_compare_before_lines():
    kept, rejected = first_of_duplicates("x", [_doc("b.jsonl:1"), _doc("a.jsonl:99")])
    assert kept.source == "a.jsonl:99" and [r.source for r in rejected] == ["b.jsonl:1"]


def test_a_unique_id_is_kept_alone():
    kept, rejected = first_of_duplicates("x", [_doc("f.jsonl:5")])
    assert kept.source == "f.jsonl:5" and rejected == []


@settings(max_examples=40)
@given(
    lines=st.lists(st.integers(0, 10_000), min_size=1, max_size=12, unique=True),
    data=st.data(),
)
def test_the_choice_does_not_depend_on_arrival_order(lines, data):
    docs = [_doc(f"f.jsonl:{n}") for n in lines]
    shuffled = data.draw(st.permutations(docs))
    kept, rejected = first_of_duplicates("x", shuffled)
    assert kept.source == f"f.jsonl:{min(lines)}"
    assert [r.source for r in rejected] == [f"f.jsonl:{n}" for n in sorted(lines)[1:]]


def test_beam_transform_on_real_jsonl_sources(tmp_path):
    """Read a JSONL file whose id "dup" is on lines 2 and 10: line 2's document is kept,
    line 10's rejected, and documents in = kept + rejected."""
    lines = [json.dumps({"id": f"doc-{i}", "text": f"Document number {i}."}) for i in range(1, 12)]
    lines[1] = json.dumps({"id": "dup", "text": "first, on line 2"})
    lines[9] = json.dumps({"id": "dup", "text": "second, on line 10"})
    (tmp_path / "f.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = expand_inputs([str(tmp_path)])
    with local_pipeline() as p:
        read = p | ReadDocuments(files, ReadConfig())
        unique = read[MAIN] | RejectDuplicateIds()
        kept = unique[MAIN] | "KeptText" >> beam.Map(lambda d: (d.doc_id, d.text))
        rejected = unique[REJECTED] | "RejectedWhat" >> beam.Map(
            lambda r: (r.doc_id, r.source.rsplit("/", 1)[-1], r.reason)
        )
        expected_kept = [(f"doc-{i}", f"Document number {i}.") for i in range(1, 12)]
        expected_kept = [k for k in expected_kept if k[0] not in ("doc-2", "doc-10")]
        assert_that(
            kept, equal_to([*expected_kept, ("dup", "first, on line 2")]), label="CheckKept"
        )
        assert_that(rejected, equal_to([("dup", "f.jsonl:10", "duplicate_id")]), label="CheckRej")
