"""The build's driver imports the stages' graph, not what only the workers run."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO_ROOT

# Imported by the stages when they run (C99's sparse product: scipy; the DCM
# segmenter's compiled loops: numba; the plot: matplotlib, at finish), or never on
# the build path (the trainer's stack).
NOT_AT_IMPORT = (
    "scipy", "numba", "matplotlib", "torch", "transformers", "datasets", "datasketch"
)  # fmt: skip

PROBE = f"""
import sys
import pipeline.build, pipeline.finish, transforms.structure, transforms.c99
print(sorted(m for m in {NOT_AT_IMPORT!r} if m in sys.modules))
"""


def test_importing_the_build_leaves_the_workers_and_trainers_modules_out():
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_c99_similarities_import_scipy_when_they_run():
    """The lazy import still works: the first call brings scipy.sparse in."""
    import numpy as np

    from transforms.c99_ranks import cosine_matrices

    blocks = [(np.array([0, 2, 3]), np.array([5, 7, 5]))]  # unit 0: terms 5, 7; unit 1: 5
    sims = cosine_matrices(blocks, 2)
    assert "scipy.sparse" in sys.modules
    np.testing.assert_allclose(sims[0], [[1.0, 1 / np.sqrt(2)], [1 / np.sqrt(2), 1.0]])
