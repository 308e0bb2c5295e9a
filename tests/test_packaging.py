"""What a Dataflow worker gets: the package ``--setup_file`` ships and the base install.

Beam stages the project by running its own ``Stager._build_setup_package`` on
``setup.py`` (``python setup.py sdist`` when ``build`` is not installed) and each worker
``pip install``s that sdist, with its base dependencies and no extras. So:

* the builder's modules import only distributions of the base install (a static walk,
  lazy imports included); the trainer stack is an extra that the base never pulls in;
* the builder runs with the extras' packages absent and writes the same bytes, and
  ``longctx train`` then names the extra to install (one line, exit 2);
* (slow, uses PyPI through pip) the sdist built exactly as Beam builds it, installed
  into a fresh virtual environment without extras, builds the same shards as this
  development install, with two local worker processes, and every first-party module
  that the driver and the workers import comes from that install, not this checkout.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata as md
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import textwrap
import time

import pytest
from packaging.requirements import Requirement

from tests.conftest import REPO_ROOT
from tests.test_layout import _imports  # every import of a file, lazy ones included

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

FIRST_PARTY = ("pipeline", "transforms", "schemas", "training")
BUILDER = ("pipeline", "transforms", "schemas")
# What issue 19 moves out of the base install (the trainer and evaluation stack).
TRAINER_STACK = {"torch", "transformers", "peft", "gguf", "safetensors", "matplotlib", "datasets"}
# Imports of the builder's modules that may come from an extra (each is done on first
# use and only where the extra's feature is asked for), and the extra.
OPTIONAL_IMPORTS = {
    "pipeline/plots.py": {"matplotlib": "plots"},  # lengths.png, by the driver
    "pipeline/finish.py": {"matplotlib": "plots"},  # skips lengths.png without it
    "schemas/records.py": {"datasets": "train"},  # the *_FEATURES objects, for users
}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _project() -> dict:
    with open(os.path.join(REPO_ROOT, "pyproject.toml"), "rb") as handle:
        return tomllib.load(handle)["project"]


def _closure(requirements: list[str]) -> set[str]:
    """Canonical names of the distributions ``requirements`` install, transitively, as
    the installed metadata of this environment declares them (extras followed)."""
    seen: set[str] = set()
    stack = [Requirement(r) for r in requirements]
    while stack:
        req = stack.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        name = _canonical(req.name)
        key = name + "[" + ",".join(sorted(req.extras)) + "]"
        if key in seen:
            continue
        seen.add(key)
        try:
            requires = md.requires(req.name) or []
        except md.PackageNotFoundError:
            continue  # an optional platform dependency not installed here
        for text in requires:
            sub = Requirement(text)
            marker = sub.marker
            wanted = marker is None or any(
                marker.evaluate({"extra": extra}) for extra in ("", *req.extras)
            )
            if wanted:
                sub.marker = None
                stack.append(sub)
    return {key.split("[")[0] for key in seen}


def _package_files(packages=FIRST_PARTY) -> list[str]:
    """Every file of the packages in this checkout (code and data), relative paths."""
    found = []
    for package in packages:
        for root, dirs, names in os.walk(os.path.join(REPO_ROOT, package)):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            found += [
                os.path.relpath(os.path.join(root, n), REPO_ROOT)
                for n in names
                if not n.endswith(".pyc")
            ]
    return sorted(found)


def test_base_install_leaves_out_the_trainer_stack():
    project = _project()
    base = _closure(project["dependencies"])
    assert base & TRAINER_STACK == set(), "the base install (a Dataflow worker) pulls these in"
    train = _closure(project["optional-dependencies"]["train"])
    assert TRAINER_STACK <= train, "the train extra must bring the whole trainer stack"


def test_builder_imports_only_the_base_install():
    project = _project()
    base = _closure(project["dependencies"])
    extras = {extra: _closure(reqs) for extra, reqs in project["optional-dependencies"].items()}
    owners = md.packages_distributions()
    wrong = {}
    for path in _package_files(BUILDER):
        if not path.endswith(".py"):
            continue
        optional = OPTIONAL_IMPORTS.get(path, {})
        for name in _imports(os.path.join(REPO_ROOT, path)):
            if name in sys.stdlib_module_names or name in FIRST_PARTY or name == "__future__":
                continue
            allowed = extras[optional[name]] | base if name in optional else base
            dists = {_canonical(d) for d in owners.get(name, [])}
            if not dists & allowed:
                wrong.setdefault(path, []).append(f"{name} ({', '.join(sorted(dists)) or '?'})")
    assert wrong == {}, "builder modules import what the base install does not provide"


# --------------------------------------------------------------------------
# A small build, shared by the two run-time tests
# --------------------------------------------------------------------------
def _write_inputs(folder) -> None:
    """Every reader (text, gzip'd JSONL, zstd JSONL, Parquet) and one rejected line;
    varied prose (the end-to-end test's generator), so no document is near-duplicate
    or not prose and both splits get documents."""
    import gzip

    import pyarrow as pa
    import pyarrow.parquet as pq
    import zstandard

    from tests.pipeline.test_end_to_end import _english_book

    os.makedirs(folder, exist_ok=True)
    for i in range(3):
        with open(os.path.join(folder, f"book{i}.txt"), "w", encoding="utf-8") as handle:
            handle.write(_english_book(300 + i, 4 + i))
    lines = [json.dumps({"id": f"news-{i}", "text": _english_book(i, 1)}) for i in range(6)]
    with gzip.open(os.path.join(folder, "news.jsonl.gz"), "wt", encoding="utf-8") as handle:
        handle.write("\n".join([*lines, '{"id": "broken", ']) + "\n")
    zst = "\n".join(json.dumps({"id": f"z{i}", "text": _english_book(20 + i, 2)}) for i in range(3))
    with open(os.path.join(folder, "more.jsonl.zst"), "wb") as handle:
        handle.write(zstandard.ZstdCompressor().compress(zst.encode("utf-8")))
    table = pa.table({"id": ["p0", "p1"], "text": [_english_book(40, 2), _english_book(41, 3)]})
    pq.write_table(table, os.path.join(folder, "rows.parquet"))


def _build_args(inputs, out, tokenizer) -> list[str]:
    return [
        "--input", str(inputs),
        "--output", str(out),
        "--tokenizer", str(tokenizer),
        "--windows", "64,256",
        "--memory-tokens", "24",
        "--memory-source", "retrieved",  # bm25s on the workers too
        "--validation-fraction", "0.3",
    ]  # fmt: skip


def _shard_hashes(out) -> dict[str, str]:
    """sha256 of every file of a built dataset except the ones that name the host."""
    found = {}
    for root, _, names in os.walk(out):
        for name in names:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, out)
            if rel.endswith(".arrow") or rel.endswith("rejected.jsonl"):
                with open(path, "rb") as handle:
                    found[rel] = hashlib.sha256(handle.read()).hexdigest()
    return found


@pytest.fixture(scope="module")
def reference(tmp_path_factory, tiny_tokenizer_path):
    """The small build with this development install (every extra present)."""
    from pipeline.build import run

    root = tmp_path_factory.mktemp("packaging")
    _write_inputs(root / "in")
    manifest = run(_build_args(root / "in", root / "dev", tiny_tokenizer_path))
    docs = manifest.documents
    assert docs.rejected_by_stage == {"read": 1} and docs.written == 14
    assert min(docs.by_split.values()) > 0, docs.by_split
    assert (root / "dev" / "lengths.png").exists()
    return root, _shard_hashes(root / "dev")


def _blocked_names() -> list[str]:
    """Import names of everything the extras install and the base does not."""
    project = _project()
    base = _closure(project["dependencies"])
    extra = set().union(*(_closure(r) for r in project["optional-dependencies"].values()))
    names = set()
    for name, dists in md.packages_distributions().items():
        private = name.startswith("_")  # e.g. setuptools' _distutils_hack, loaded by site
        if {_canonical(d) for d in dists} <= extra - base and name.isidentifier() and not private:
            names.add(name)
    return sorted(names)


@pytest.mark.slow
def test_builder_runs_without_the_extras(reference, tiny_tokenizer_path, tmp_path):
    root, expected = reference
    blocked = _blocked_names()
    assert TRAINER_STACK <= set(blocked) and "pandas" in blocked
    code = textwrap.dedent(f"""
        import sys

        class NotInstalled:  # first on the meta path: these import as if not installed
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {blocked!r}:
                    raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)

        sys.meta_path.insert(0, NotInstalled())
        from pipeline.cli import main
        code = main(["dataset"] + {_build_args(root / "in", tmp_path / "out", tiny_tokenizer_path)!r})
        assert code == 0, code
        assert main(["inspect", {str(tmp_path / "out")!r}, "--verify"]) == 0
        print("train exit", main(["train", "--data", {str(tmp_path / "out")!r}]))
        assert not any(sys.modules.get(n) for n in {sorted(TRAINER_STACK)!r})
    """)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "train exit 2" in done.stdout
    assert _shard_hashes(tmp_path / "out") == expected
    assert not (tmp_path / "out" / "lengths.png").exists()
    assert "lengths.png skipped: matplotlib is not installed" in done.stderr
    extra_line = [line for line in done.stderr.splitlines() if line.startswith("longctx train")]
    assert extra_line == [
        "longctx train: error: torch is not installed: `longctx train` needs the 'train' "
        "extra: pip install 'longctx[train]' (or `make venv`)"
    ]


# --------------------------------------------------------------------------
# The package --setup_file ships, in a fresh virtual environment
# --------------------------------------------------------------------------
RECORDER = '''"""Test hook: log where every first-party module of this Python comes from."""
import importlib.machinery
import os
import sys

_LOG = os.environ.get("LONGCTX_IMPORT_LOG")


class _Recorder:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] not in {first_party!r}:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        with open(_LOG, "a") as handle:
            handle.write(f"{{os.getpid()}}\\t{{name}}\\t{{spec.origin if spec else None}}\\n")
        return spec


if _LOG:
    sys.meta_path.insert(0, _Recorder())
'''


def _copy_checkout(target) -> None:
    """The checkout as Beam sees it (untracked files too), less the environment and outputs."""
    top = {".venv", ".git", "defaults", "data", "runs", "out"}

    def ignore(folder, names):
        return [
            n
            for n in names
            if (os.path.samefile(folder, REPO_ROOT) and n in top)
            or n.endswith(".egg-info")
            or n in ("__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis")
        ]

    shutil.copytree(REPO_ROOT, target, ignore=ignore)


@pytest.mark.slow
def test_setup_file_package_builds_the_same_shards_in_a_fresh_venv(
    reference, tiny_tokenizer_path, tmp_path
):
    root, expected = reference
    # 1. The sdist, by Beam's own staging code, from a copy (sdist writes egg-info).
    _copy_checkout(tmp_path / "src")
    (tmp_path / "stage").mkdir()
    staged = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from apache_beam.runners.portability.stager import Stager;"
            "print(Stager._build_setup_package(sys.argv[1], sys.argv[2]))",
            str(tmp_path / "src" / "setup.py"),
            str(tmp_path / "stage"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    sdist = staged.stdout.strip().splitlines()[-1]
    with tarfile.open(sdist) as archive:
        shipped = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    missing = [path for path in _package_files() if path not in shipped]
    assert missing == [], "files of the packages that the sdist does not ship"

    # 2. A fresh environment, no extras; versions pinned to this one's so bytes compare.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    freeze = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (tmp_path / "constraints.txt").write_text(freeze)
    start = time.perf_counter()
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-compile", "--disable-pip-version-check"]
        + ["-c", str(tmp_path / "constraints.txt"), sdist],
        check=True,
        capture_output=True,
        timeout=900,
    )
    print(f"pip install of the staged sdist: {time.perf_counter() - start:.1f} s")
    listed = subprocess.run(
        [
            python,
            "-c",
            "import importlib.metadata as m; print([d.name for d in m.distributions()])",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    installed = {_canonical(n) for n in ast.literal_eval(listed)}
    assert installed & TRAINER_STACK == set()
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    with open(os.path.join(site, "sitecustomize.py"), "w") as handle:
        handle.write(RECORDER.format(first_party=FIRST_PARTY))

    # 3. The build there, outside the checkout, on two local worker processes.
    log = tmp_path / "imports.tsv"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["LONGCTX_IMPORT_LOG"] = str(log)
    out = tmp_path / "out"
    args = _build_args(root / "in", out, tiny_tokenizer_path)
    args += ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]
    built = subprocess.run(
        [str(venv / "bin" / "longctx"), "dataset", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    assert _shard_hashes(out) == expected

    # 4. What the driver and the workers imported came from the installed package.
    records = [line.split("\t") for line in log.read_text().splitlines()]
    by_pid: dict[str, set[str]] = {}
    for pid, module, origin in records:
        assert origin.startswith(site), f"{module} came from {origin}, not the package"
        by_pid.setdefault(pid, set()).add(module)
    # The driver runs the CLI and imports Beam and every stage; the workers' server is
    # forked from it (pipeline.early_start) and the workers from the server, so no
    # other process imports the stages again (a worker started directly would import
    # pipeline.beam_worker and the stages itself; a forked one records only what it
    # imports later).
    drivers = [mods for mods in by_pid.values() if "pipeline.cli" in mods]
    assert len(drivers) == 1, "expected one driver process"
    for module in ("pipeline.fork_server", "pipeline.early_start", "pipeline.shards") + (
        "transforms.read",
        "transforms.tokenize",
        "transforms.chunking_beam",
    ):
        assert module in drivers[0], module
    again = {"pipeline.beam_worker", "transforms.read", "transforms.tokenize"}
    assert not any(again & mods for mods in by_pid.values() if mods is not drivers[0])
