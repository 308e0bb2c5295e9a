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
import pipeline.build, pipeline.shards, transforms.structure, transforms.tokenize
try:
    import pandas
except ImportError:
    print("no pandas", sys.modules.get("pandas"))
"""


def test_a_worker_imports_beam_and_every_stage_without_pandas():
    """Beam's import of pandas (for DataFrame type hints) fails fast and Beam goes on;
    our stages import without it (a stage that needed it would fail here, and the
    multi-process build of the end-to-end tests would fail in its workers)."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "no pandas None"


def test_a_module_already_imported_is_left_alone(monkeypatch):
    from pipeline import beam_worker

    sentinel = object()
    monkeypatch.setitem(sys.modules, "pandas", sentinel)
    beam_worker.skip_unused_imports()
    assert sys.modules["pandas"] is sentinel
