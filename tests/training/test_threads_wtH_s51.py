"""Review (session 51, CI time): under ``pytest -n`` (``make test``) each xdist worker
runs torch on one thread (tests/conftest.py), so the CI's two workers keep its two cores
busy without four threads contending for them."""

from __future__ import annotations

import os

import pytest
import torch


@pytest.mark.skipif(
    not os.environ.get("PYTEST_XDIST_WORKER"), reason="only under pytest -n (xdist workers)"
)
def test_an_xdist_worker_runs_torch_on_one_thread():
    """The worker's torch took its thread count from the environment tests/conftest.py
    set before torch was imported (1, unless the user set OMP_NUM_THREADS)."""
    assert "OMP_NUM_THREADS" in os.environ
    assert torch.get_num_threads() == int(os.environ["OMP_NUM_THREADS"])
