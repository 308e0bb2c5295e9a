"""The package layers point one way, and importing them changes nothing global.

    training -> pipeline -> transforms -> schemas

(a module may import its own layer and the ones to its right). The pure stage code
and the dataset contract (what the trainer reads shards with) import no Beam.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

LAYERS = ("schemas", "transforms", "pipeline", "training")


def _imports(path: str) -> set[str]:
    tree = ast.parse(open(path, encoding="utf-8").read(), path)
    found = set()
    for node in ast.walk(tree):  # function-level (lazy) imports count too
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", LAYERS)
def test_imports_point_down_the_layers(package):
    allowed = set(LAYERS[: LAYERS.index(package) + 1])
    wrong = {}
    for root, _, names in os.walk(os.path.join(REPO_ROOT, package)):
        for name in names:
            if name.endswith(".py"):
                path = os.path.join(root, name)
                bad = (_imports(path) & set(LAYERS)) - allowed
                if bad:
                    wrong[os.path.relpath(path, REPO_ROOT)] = sorted(bad)
    assert wrong == {}, f"{package} may only import {sorted(allowed)}"


def test_no_import_side_effects_and_no_beam_where_pure():
    code = """
import logging, sys
before = (list(logging.getLogger().filters), list(logging.getLogger().handlers))
import schemas, schemas.dataset, schemas.errors
import transforms, transforms.chunking, transforms.packing, transforms.runtime
import transforms.sections, transforms.split
assert "apache_beam" not in sys.modules, "a pure module imported Beam"
import pipeline
after = (list(logging.getLogger().filters), list(logging.getLogger().handlers))
assert before == after, f"an import changed the root logger: {after}"
print("ok")
"""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]
