"""Clause ``glob_chars_in_a_name`` (transforms/inputs.py ``expand_inputs``), session 32:
a file named with glob characters, given as itself, was refused ("matched no files:
check the path or glob"). Real text: the opening of Hamlet (defaults/shakespeare)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from schemas import Document
from transforms.inputs import expand_inputs
from transforms.read import read_file

TEXTS = Path(__file__).resolve().parents[2] / "defaults/shakespeare/texts"
pytestmark = pytest.mark.skipif(not TEXTS.is_dir(), reason="run `make defaults`")


def test_glob_chars_in_a_name_read_as_itself(tmp_path, monkeypatch):
    hamlet = (TEXTS / "hamlet_gut.txt").read_text(encoding="utf-8")[:3000]
    for name in ("hamlet[1].txt", "who's there?.txt"):
        (tmp_path / name).write_text(hamlet, encoding="utf-8")
        (got,) = expand_inputs([str(tmp_path / name)])
        assert (got.relative, got.size) == (name, 3000)
        (doc,) = read_file(got)
        assert isinstance(doc, Document) and doc.doc_id == name and "Hamlet" in doc.text
    monkeypatch.chdir(tmp_path)  # relative, in the current folder
    (got,) = expand_inputs(["hamlet[1].txt"])
    assert (got.path, got.relative) == ("hamlet[1].txt", "hamlet[1].txt")


def test_glob_chars_in_a_name_a_matching_glob_stays_a_glob(tmp_path, caplog):
    """Guard: `hamlet[12].txt` matches hamlet1.txt and hamlet2.txt, not a file of that name.
    Review (clause ``glob_chars_in_a_name_said``): the file of that name was left out in
    silence; a line says so and how to name it, and that name reads it."""
    hamlet = (TEXTS / "hamlet_gut.txt").read_text(encoding="utf-8")[:3000]
    for name in ("hamlet1.txt", "hamlet2.txt", "hamlet[12].txt"):
        (tmp_path / name).write_text(hamlet, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="longctx"):
        got = expand_inputs([str(tmp_path / "hamlet[12].txt")])
    assert [f.relative for f in got] == ["hamlet1.txt", "hamlet2.txt"]
    escaped = str(tmp_path / "hamlet[[]12].txt")
    assert [r.getMessage() for r in caplog.records] == [
        f"--input {tmp_path / 'hamlet[12].txt'} is a file's name and a glob matching other "
        f"files ({tmp_path / 'hamlet1.txt'}, {tmp_path / 'hamlet2.txt'}): the glob's files "
        f"are read, not the file of that name; to read it, name it as {escaped}"
    ]
    assert [f.relative for f in expand_inputs([escaped])] == ["hamlet[12].txt"]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="longctx"):  # guard: a glob, no such file
        assert len(expand_inputs([str(tmp_path / "hamlet[0-9].txt")])) == 2
    assert not caplog.records
