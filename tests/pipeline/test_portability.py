"""The build is portable Beam: Beam's portable job service gives the same shards as
the default local runner, and the package ``--setup_file ./setup.py`` ships to
remote workers (what Beam's stager builds) holds every module and data file a
worker imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
import textwrap

import pytest

from pipeline.build import build
from tests.conftest import REPO_ROOT

from .conftest import dataset_args

PORTABLE = ["--runner=PortableRunner", "--job_endpoint=embed", "--environment_type=LOOPBACK"]
PROJECT_PACKAGES = ("pipeline", "transforms", "schemas", "training")


@pytest.fixture(autouse=True)
def _beam_temp_in_tmp_path(tmp_path, monkeypatch):
    """Beam's job service and stager make folders under ``tempfile.gettempdir()``
    (``beam-requirements-cache``, artifact staging ``tmp*``) and leave them; here
    they go under this test's ``tmp_path`` (pytest removes it), not the machine's
    /tmp."""
    beam_tmp = tmp_path / "beam-tmp"
    beam_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(beam_tmp))
    yield beam_tmp


def _shards(out) -> dict[str, str]:
    """Every shard (chunk and document) by path, with its sha256 from the manifest."""
    manifest = json.loads((out / "manifest.json").read_text())
    entries = manifest["shards"] + manifest["documents_shards"]
    return {e["path"]: e["sha256"] for e in entries}


@pytest.mark.slow
def test_portable_runner_gives_the_same_shards(
    dataset_build, dataset_inputs, tiny_tokenizer_path, tmp_path, _beam_temp_in_tmp_path
):
    out, manifest, _ = dataset_build
    portable = tmp_path / "portable"
    args = dataset_args(dataset_inputs, portable, tiny_tokenizer_path)
    portable_manifest, counters = build([*args, *PORTABLE])
    assert portable_manifest.config["output"] == str(portable)
    assert portable_manifest.documents == manifest.documents
    assert portable_manifest.splits == manifest.splits
    assert _shards(portable) == _shards(out)  # byte-identical, by the recorded sha256
    for path in _shards(out):  # and the recorded hashes are of the files there
        assert (portable / path).read_bytes() == (out / path).read_bytes()
    assert (portable / "rejected" / "rejected.jsonl").read_bytes() == (
        out / "rejected" / "rejected.jsonl"
    ).read_bytes()
    # The job service reports the same counters as the local runner.
    assert counters["rows_written"] == sum(
        b.rows for buckets in manifest.splits.values() for b in buckets.values()
    )
    # What Beam's stager and job service leave went under this test's folder.
    assert (_beam_temp_in_tmp_path / "beam-requirements-cache").is_dir()


def _setup_file_package(dest) -> str:
    """Beam's own build of the ``--setup_file`` package, unpacked under ``dest``;
    returns the unpacked source folder."""
    from apache_beam.runners.portability.stager import Stager

    tarball = Stager._build_setup_package(os.path.join(REPO_ROOT, "setup.py"), str(dest))
    with tarfile.open(tarball) as tar:
        tar.extractall(dest / "unpacked", filter="data")
    (source,) = (dest / "unpacked").iterdir()
    return str(source)


# Runs in a fresh interpreter with the unpacked package first on sys.path: a build on
# the in-process runner executes every DoFn a worker runs, and the worker entry point
# of local multi-process runs is imported too; then it lists where each project
# module came from.
WORKER_PROBE = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    from pipeline.build import run
    import pipeline.beam_worker

    manifest = run(json.loads(sys.argv[2]))
    modules = {
        name: getattr(module, "__file__", None)
        for name, module in list(sys.modules.items())
        if name.split(".")[0] in json.loads(sys.argv[3])
    }
    print(json.dumps({"written": manifest.documents.written, "modules": modules}))
    """
)


@pytest.mark.slow
def test_setup_file_package_holds_everything_a_worker_imports(
    dataset_build, dataset_inputs, tiny_tokenizer_path, tmp_path
):
    manifest = dataset_build[1]
    source = _setup_file_package(tmp_path)
    packaged = {
        os.path.relpath(os.path.join(root, name), source)
        for root, _, names in os.walk(source)
        for name in names
    }
    # Package data read at run time travels too.
    assert "transforms/data/stopwords_en.txt" in packaged
    out = tmp_path / "from-package"
    args = dataset_args(dataset_inputs, out, tiny_tokenizer_path)
    result = subprocess.run(
        [sys.executable, "-I", "-c", WORKER_PROBE, source, json.dumps(args)]
        + [json.dumps(PROJECT_PACKAGES)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["written"] == manifest.documents.written
    modules = probe["modules"]
    assert {"pipeline.build", "pipeline.beam_worker", "transforms.chunking"} <= set(modules)
    outside = {n: f for n, f in modules.items() if f and not f.startswith(source + os.sep)}
    assert not outside, f"imported from outside the --setup_file package: {outside}"
    assert _shards(out) == _shards(dataset_build[0])  # the packaged code builds the same
