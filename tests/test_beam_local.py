"""The tests' Beam pipeline (tests/beam_local.py) runs in process and leaves nothing
in the temp dir, and every test's pipeline is made by it."""

from __future__ import annotations

import os
import re
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


def test_every_test_pipeline_is_made_by_the_helper():
    made_elsewhere = []
    for folder, _, names in os.walk(os.path.join(REPO_ROOT, "tests")):
        for name in names:
            path = os.path.join(folder, name)
            if not name.endswith(".py") or path.endswith(os.path.join("tests", "beam_local.py")):
                continue
            with open(path, encoding="utf-8") as f:
                source = f.read()
            if re.search(r"\bTestPipeline\(|\bFnApiRunner\(|beam\.Pipeline\(", source):
                made_elsewhere.append(os.path.relpath(path, REPO_ROOT))
    assert made_elsewhere == []
