"""Review (session 51, CI time): the build's whole pipeline survives Beam's runner-API
round trip, and the shared Tempest build of ``tempest_built`` is guarded.

The tests' own pipelines (tests/beam_local.local_pipeline) skip ``TestPipeline``'s
round trip (``to_runner_api`` then ``from_runner_api``), as the build's in-process run
does; Dataflow and the portable runners do send the pipeline through the runner API. So
one test takes the real build pipeline (every transform the CLI's dataset build makes,
on real text: tests/tempest.py, Shakespeare) through that round trip and checks that the
copy runs and writes what the direct build wrote."""

from __future__ import annotations

import json
import os

import apache_beam as beam
import pyarrow as pa
import pytest

from pipeline import build as build_module
from tests.tempest import build_tempest, copy_tempest, tree_digest, unchanged_shared_build

# What two builds of the same texts in two folders may differ in: when and where they
# ran (the documents table names each document's input file by its path, and its
# state.json holds a fingerprint of the table).
_RUN_FILES = {"_BUILD", "_COMPLETE", "manifest.json", os.path.join("documents", "state.json")}
_DOCUMENTS = "documents"


def _data_files(out) -> dict[str, bytes]:
    """Every file of a dataset but the per-run ones and the documents table's Arrow
    files, by path under ``out``."""
    found = {}
    for folder, _, files in os.walk(out):
        for name in files:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, out)
            table = rel.startswith(_DOCUMENTS + os.sep) and name.endswith(".arrow")
            if rel not in _RUN_FILES and not table:
                with open(path, "rb") as f:
                    found[rel] = f.read()
    return found


def _documents(out) -> list[dict]:
    """The documents table's rows, each ``source`` relative to the build's folder."""
    rows = []
    for name in sorted(n for n in os.listdir(out / _DOCUMENTS) if n.endswith(".arrow")):
        with open(out / _DOCUMENTS / name, "rb") as f:
            rows += pa.ipc.open_stream(f.read()).read_all().to_pylist()
    root = str(out.parent) + os.sep
    for row in rows:
        assert row["source"].startswith(root), row["source"]
        row["source"] = row["source"][len(root) :]
    return rows


def _comparable(manifest: dict) -> dict:
    """The manifest less what says when and on what the build ran (the documents
    shards' sha256 covers their ``source`` paths: compared row by row instead)."""
    kept = {k: v for k, v in manifest.items() if k not in ("versions", "inputs", "config")}
    kept["documents_shards"] = [
        {k: v for k, v in s.items() if k != "sha256"} for s in kept["documents_shards"]
    ]
    return kept


def test_the_build_pipeline_runs_after_the_runner_api_round_trip(
    tmp_path, tempest_built, tiny_tokenizer_path, monkeypatch
):
    made, trips = build_module._make_pipeline, []
    real_from = beam.Pipeline.from_runner_api

    def from_runner_api(proto, *args, **kwargs):
        trips.append(len(proto.components.transforms))
        return real_from(proto, *args, **kwargs)

    def round_tripped(*args, **kwargs):
        p, local = made(*args, **kwargs)
        p.run = lambda: beam.Pipeline.run(p, test_runner_api=True)  # TestPipeline's default
        return p, local

    monkeypatch.setattr(beam.Pipeline, "from_runner_api", staticmethod(from_runner_api))
    monkeypatch.setattr(build_module, "_make_pipeline", round_tripped)
    out, manifest = build_tempest(tmp_path, tiny_tokenizer_path)
    # the round trip happened (Beam skips it silently when it finds the pipeline not
    # runner-API compatible), on the whole build: read, text stages, windows, shards
    assert len(trips) == 1 and trips[0] > 50, trips
    direct_out, direct = tempest_built[0] / "ds", tempest_built[1]
    assert manifest.documents == direct.documents and manifest.documents.written == 5
    assert manifest.splits == direct.splits and manifest.shards == direct.shards
    assert _documents(out) == _documents(direct_out) and len(_documents(out)) == 5
    read = lambda o: json.loads((o / "manifest.json").read_text(encoding="utf-8"))  # noqa: E731
    assert _comparable(read(out)) == _comparable(read(direct_out))
    data = _data_files(out)
    assert data and data == _data_files(direct_out)


def test_a_write_into_the_shared_build_is_caught(tmp_path, tempest_built):
    """Guard ``unchanged_shared_build``: a test that wrote into ``tempest_built``'s
    folder would change every later copy of the worker; the next copy fails instead.
    Planted on a copy of the shared build (the shared one is left alone)."""
    out, manifest = copy_tempest(tempest_built, tmp_path)
    built = (tmp_path, manifest, tree_digest(tmp_path))
    unchanged_shared_build(built)  # as made: no error
    with open(out / "manifest.json", "a", encoding="utf-8") as f:
        f.write("\n")
    with pytest.raises(AssertionError, match="was changed by a test"):
        copy_tempest(built, tmp_path / "next")


def test_a_copys_manifest_is_the_tests_own(tmp_path, tempest_built):
    """A test that changes its manifest's config does not change the next test's."""
    _, manifest = copy_tempest(tempest_built, tmp_path)
    manifest.config["windows"].append(4096)
    assert 4096 not in tempest_built[1].config["windows"]
