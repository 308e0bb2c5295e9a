"""The local worker entry point starts without modules no stage uses."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO_ROOT

PROBE = """
import sys
from pipeline.beam_worker import skip_unused_imports
skip_unused_imports()
from apache_beam.runners.worker import sdk_worker_main  # what main() imports
import numpy as np
import pyarrow as pa
import pipeline.build, pipeline.shards, transforms.structure, transforms.tokenize
# pyarrow asks for pandas when converting numpy arrays (the chunking step does): it
# must see "not installed", not a broken module.
assert pa.array([np.arange(3, dtype=np.int32)]).to_pylist() == [[0, 1, 2]]
try:
    import pandas
except ImportError:
    print("no pandas", "pandas" in sys.modules)
# Beam's MongoDB connector fell back to its stubs; nothing else pulled them in.
print("absent", sorted(m for m in ("pandas", "pymongo", "bson") if m in sys.modules))
"""


def test_a_worker_imports_beam_and_every_stage_without_pandas_or_pymongo():
    """Beam's import of pandas (for DataFrame type hints) fails fast and Beam goes on;
    our stages and pyarrow's conversions work without it (the multi-process builds
    of tests/pipeline/test_end_to_end.py run in such workers)."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().splitlines()[-2:] == ["no pandas False", "absent []"]


def test_nothing_changes_when_pandas_is_already_imported(monkeypatch):
    from pipeline import beam_worker

    sentinel = object()
    monkeypatch.setitem(sys.modules, "pandas", sentinel)
    before = list(sys.meta_path)
    beam_worker.skip_unused_imports()
    assert sys.modules["pandas"] is sentinel and sys.meta_path == before


def test_the_worker_starts_without_a_word_on_stderr():
    """Beam's start-up warnings (apitools, and the MongoDB connector's missing bson,
    which the worker refuses) are not printed to the user's terminal."""
    out = subprocess.run(
        [sys.executable, "-c", "from pipeline.beam_worker import start_quietly; start_quietly()"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stderr == ""


DRIVER_PROBE = """
import sys
from pipeline.cli import import_dataset_builder
import_dataset_builder()  # Beam and every stage, as the CLI driver imports them
print("inside", "pandas" in sys.modules, "pymongo" in sys.modules)
# After the block pandas imports as usual, and pyarrow's pandas bridge works: the
# refusal is not remembered by pyarrow's lazy pandas check.
import pandas
import pyarrow as pa
print("after", list(pa.table({"a": [1, 2]}).to_pandas()["a"]), sys.meta_path[0].__class__.__name__)
"""


def test_the_driver_imports_beam_without_pandas_only_while_it_does():
    out = subprocess.run(
        [sys.executable, "-c", DRIVER_PROBE],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = out.stdout.strip().splitlines()
    assert lines[0] == "inside False True"  # pandas refused; pymongo is not, in the driver
    assert lines[1].startswith("after [1, 2]") and "RefuseImports" not in lines[1]
    assert "bson" not in out.stderr  # no "Could not find a compatible bson package."
