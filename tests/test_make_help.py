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
    commands = re.findall(r"^make (?:dataset|train|eval|test)\b.*$", readme, flags=re.M)
    commands += re.findall(r"`make (?:dataset|train|eval|test) [^`]*`", readme)
    documented = {v for c in commands for v in re.findall(r"\b([A-Z][A-Z_]+)=", c)}
    want = {"INPUT", "OUT", "TOKENIZER", "DATA", "MODEL", "RUN", "TRAIN_ARGS", "PYTEST_ARGS"}
    assert want <= documented  # PYTEST_ARGS: session 47's walk of make test
    helped = subprocess.run(
        ["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    (line,) = [x for x in helped.splitlines() if x.startswith("variables")]
    assert sorted(documented - set(re.findall(r"[A-Z][A-Z_]+", line))) == []


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_train_rerun_hint(tmp_path):
    """Clause make_train_rerun_hint: a second `make train` into a run with checkpoints
    said, after loading the model (85 s here), "pass --resume, or choose a new --output",
    flags `make train` has no place for; it now names TRAIN_ARGS=--resume and RUN= (and,
    clause make_rerun_hint_keeps_args, repeats the variables this make train was given)."""
    data, run = tmp_path / "data", tmp_path / "run"
    data.mkdir()
    (data / "_COMPLETE").write_text("")
    (run / "checkpoints" / "step-00000006").mkdir(parents=True)
    args = ["make", "-s", "train", f"DATA={data}", f"RUN={run}", f"MODEL={tmp_path / 'model'}"]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 2
    model = tmp_path / "model"
    assert done.stdout == (
        f"{run} already has checkpoints. To continue that run:\n"
        f"  make train DATA='{data}' MODEL='{model}' RUN='{run}' TRAIN_ARGS='--resume'\n"
        "To start a new one, pass another RUN=, e.g. RUN=runs/other.\n"
    )
    # --resume goes on to longctx train (which stops here on the fake dataset)
    done = subprocess.run([*args, "TRAIN_ARGS=--resume"], cwd=ROOT, capture_output=True, text=True)
    assert "already has checkpoints" not in done.stdout + done.stderr
    assert "longctx train: error:" in done.stderr
