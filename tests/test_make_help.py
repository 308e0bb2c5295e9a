"""`make help` names the variables the README's `make` commands set (rule
help_names_variables, review of session 17): it named the targets only, so a user
reading `make help` did not learn that OUT=, DATA=, TRAIN_ARGS=... exist."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_help_names_every_variable_the_readme_sets():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    commands = re.findall(r"^make (?:dataset|train|eval)\b.*$", readme, flags=re.M)
    commands += re.findall(r"`make (?:dataset|train|eval) [^`]*`", readme)
    documented = {v for c in commands for v in re.findall(r"\b([A-Z][A-Z_]+)=", c)}
    assert {"INPUT", "OUT", "TOKENIZER", "DATA", "MODEL", "RUN", "TRAIN_ARGS"} <= documented
    helped = subprocess.run(
        ["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    (line,) = [x for x in helped.splitlines() if x.startswith("variables")]
    assert sorted(documented - set(re.findall(r"[A-Z][A-Z_]+", line))) == []
