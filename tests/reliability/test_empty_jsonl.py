"""Clause ``empty_jsonl`` (transforms/record_checks.py, transforms/read.py): a JSONL file
with no record (0 bytes, only blank lines, an empty gzip stream) gave nothing at all: session 29 hunt, 6 files and
"documents: 5 in, 1 written, 4 rejected", no line naming the one not read. Each is now
one ``empty_file`` rejection; a JSONL with records is read as before. Real text: the
first stanza of Shakespeare's "A Lover's Complaint" (defaults/shakespeare, Gutenberg)."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from schemas import Document, Rejected
from tests.conftest import REPO_ROOT
from transforms.read import ReadConfig, expand_inputs, read_file

STANZA = (
    "From off a hill whose concave womb reworded\n"
    "A plaintful story from a sist'ring vale,\n"
    "My spirits t'attend this double voice accorded,\n"
    "And down I laid to list the sad-tuned tale,"
)


def _read(path) -> list:
    return [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]


def test_empty_jsonl_each_is_one_rejection(tmp_path):
    (tmp_path / "zero.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_text("\n  \n\n")
    (tmp_path / "stream.jsonl.gz").write_bytes(gzip.compress(b""))
    items = _read(tmp_path)
    assert all(isinstance(i, Rejected) and i.reason == "empty_file" for i in items)
    assert {(i.doc_id, i.error.split("(")[1].split(")")[0]) for i in items} == {
        ("zero.jsonl", "it is 0 bytes"),
        ("blank.jsonl", "only blank lines"),
        ("stream.jsonl.gz", "only blank lines"),
    }


def test_empty_jsonl_not_a_file_with_records(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_text("\n" + json.dumps({"text": STANZA}) + "\n\n")
    (item,) = _read(path)
    assert isinstance(item, Document) and item.text.startswith("From off a hill")


def test_empty_jsonl_a_rejected_line_is_not_also_empty(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "From off a hill\n')  # a cut record: invalid_json only
    assert [i.reason for i in _read(path)] == ["invalid_json"]


@pytest.mark.skipif(not os.path.isdir(os.path.join(REPO_ROOT, "defaults")), reason="defaults")
def test_empty_jsonl_counts_reconcile(tmp_path, tiny_tokenizer_path):
    from tests.reliability.conftest import build_small

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "zero.jsonl").write_bytes(b"")
    (tmp_path / "in" / "one.jsonl").write_text(json.dumps({"text": STANZA * 8}) + "\n")
    manifest, rejected, docs = build_small(tmp_path / "in", tmp_path / "out", tiny_tokenizer_path)
    counts = manifest.documents
    assert (counts.documents_in, counts.written, counts.rejected) == (2, 1, 1)
    assert [r["doc_id"] for r in rejected] == ["zero.jsonl"]


def test_empty_compressed_is_cut(tmp_path):
    """Clause ``empty_compressed_is_cut`` (transforms/read.py): a 0-byte ``.gz``/``.zst``
    holds no stream, which no compressor writes: ``truncated_input`` like ``.bz2`` (it
    was ``empty_text`` "fix the reader for its format", or for JSONL nothing)."""
    for name in ("zero.txt.gz", "zero.txt.zst", "zero.jsonl.gz", "zero.txt.bz2"):
        (tmp_path / name).write_bytes(b"")
    items = _read(tmp_path)
    assert sorted((i.doc_id, i.reason) for i in items) == [
        ("zero.jsonl.gz", "truncated_input"),
        ("zero.txt.bz2", "truncated_input"),
        ("zero.txt.gz", "truncated_input"),
        ("zero.txt.zst", "truncated_input"),
    ]
    assert all("cut short" in i.error for i in items)
