"""bench/build_cpu_split.py: one build, its CPU split into driver and workers."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT


@pytest.mark.slow
def test_the_split_accounts_for_the_driver_and_its_workers(small_book_folder, tiny_tokenizer_path):
    corpus = small_book_folder
    out = subprocess.run(
        [sys.executable, "bench/build_cpu_split.py", "--input", str(corpus)]
        + ["--tokenizer", tiny_tokenizer_path, "--workers", "2"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    split = json.loads(out.stdout.strip().splitlines()[-1])
    # Beam and the runner are imported once the driver starts; the workers (forked,
    # with their server, from the driver) are counted as its children.
    assert split["driver_import_cpu_s"] > 0.1
    assert split["workers_cpu_s"] > split["driver_import_cpu_s"]
    assert 0 < split["finish_cpu_s"] <= split["driver_run_cpu_s"]
