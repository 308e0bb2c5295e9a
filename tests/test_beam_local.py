"""The tests' Beam pipeline (tests/beam_local.py) runs in process and leaves nothing
in the temp dir, and every test's pipeline is made by it."""

from __future__ import annotations

import ast
import os
import tempfile

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from tests.beam_local import local_pipeline
from tests.conftest import REPO_ROOT


def test_a_run_leaves_nothing_in_the_temp_dir(tmp_path, monkeypatch):
    fresh = tmp_path / "tmp"
    fresh.mkdir()
    monkeypatch.setenv("TMPDIR", str(fresh))
    monkeypatch.setattr(tempfile, "tempdir", str(fresh))
    with local_pipeline() as p:
        words = p | beam.Create(["to be", "or not", "to be"]) | beam.FlatMap(str.split)
        assert_that(
            words | beam.combiners.Count.PerElement(),
            equal_to([("to", 2), ("be", 2), ("or", 1), ("not", 1)]),
        )
    # the DirectRunner's Prism attempt left beam-temp*, beam-requirements-cache, tmp*
    assert sorted(os.listdir(fresh)) == []


# What makes a pipeline or a runner: called by name or as an attribute (beam.Pipeline,
# apache_beam.Pipeline, an alias), found in the code, not in comments or docstrings.
_MAKERS = {"Pipeline", "TestPipeline", "FnApiRunner", "DirectRunner", "PrismRunner"}


def pipelines_made(source: str) -> list[int]:
    """The lines of ``source`` that call one of :data:`_MAKERS` or import one under
    another name (whose calls the scan would not know)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if any(a.name in _MAKERS and a.asname for a in node.names):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in _MAKERS:
                lines.append(node.lineno)
    return lines


def test_the_scan_finds_calls_not_mentions():
    source = (
        '"""Beam\'s ``beam.Pipeline()`` and TestPipeline() leave folders."""\n'
        "# TestPipeline(runner=None) would too\n"
        "import apache_beam as ab\n"
        "from apache_beam import Pipeline as P\n"
        "p = ab.Pipeline(options=None)\n"
        "q = TestPipeline (\n)\n"
        "r = P()\n"  # not seen by its name: the import line is
        "s = local_pipeline()\n"
    )
    assert sorted(pipelines_made(source)) == [4, 5, 6]


def test_every_test_pipeline_is_made_by_the_helper():
    made_elsewhere = []
    for folder, _, names in os.walk(os.path.join(REPO_ROOT, "tests")):
        for name in names:
            path = os.path.join(folder, name)
            if not name.endswith(".py") or path.endswith(os.path.join("tests", "beam_local.py")):
                continue
            with open(path, encoding="utf-8") as f:
                source = f.read()
            made_elsewhere += [
                f"{os.path.relpath(path, REPO_ROOT)}:{n}" for n in pipelines_made(source)
            ]
    assert made_elsewhere == []
