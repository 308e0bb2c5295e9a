"""bench/build_timeline.py: a local build's start, workers' span and end."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT


@pytest.mark.slow
def test_the_timeline_splits_a_build_into_start_workers_and_end(
    small_book_folder, tiny_tokenizer_path
):
    out = subprocess.run(
        [sys.executable, "bench/build_timeline.py", "--input", str(small_book_folder)]
        + ["--tokenizer", tiny_tokenizer_path, "--workers", "2", "--rows"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = out.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    # The three parts tile the build's wall time; the workers did the work.
    parts = result["start_s"] + result["workers_s"] + result["end_s"]
    assert abs(parts - result["wall_s"]) < 0.02
    assert result["workers_s"] > 0 and result["start_s"] > 0
    assert result["workers_and_server_cpu_s"] > result["server_cpu_s"] >= 0
    assert result["driver_cpu_s"] > 0
    # One row per sample, the driver named in it.
    assert len(lines) > 2 and all(" driver:" in row for row in lines[:-1])
