"""``make dataset`` reuses a complete OUT only when it was built from the INPUT,
TOKENIZER and WINDOWS asked now (rule ``stale_dataset``, ``pipeline/existing.py``).
It used to answer "Nothing to be done" for any complete OUT, so ``make dataset
INPUT=my_books/`` after the default build left the Shakespeare dataset in place for
``make train``."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from pipeline import existing
from tests.conftest import REPO_ROOT, build_tiny_tokenizer


def _asked(dataset_inputs, tokenizer, windows="64,256"):
    return ["--input", str(dataset_inputs), "--tokenizer", tokenizer, "--windows", windows]


def test_the_same_build_is_reused(dataset, dataset_inputs, tiny_tokenizer_path, capsys):
    assert existing.main([str(dataset), *_asked(dataset_inputs, tiny_tokenizer_path)]) == 0
    assert "already built from this input" in capsys.readouterr().out


def test_the_same_tokenizer_under_another_path_is_the_same(
    dataset, dataset_inputs, tiny_tokenizer_path, tmp_path
):
    copy = shutil.copy(tiny_tokenizer_path, tmp_path / "tokenizer.json")
    assert existing.differences(str(dataset), [str(dataset_inputs)], str(copy), (64, 256)) == []


@pytest.mark.parametrize("what", ["input", "windows", "tokenizer"])
def test_another_input_tokenizer_or_windows_is_one_line_and_exit_2(
    dataset, dataset_inputs, tiny_tokenizer_path, tmp_path, capsys, what
):
    inputs, tokenizer, windows = str(dataset_inputs), tiny_tokenizer_path, "64,256"
    if what == "input":
        inputs = str(tmp_path / "my_books")
    elif what == "windows":
        windows = "64"
    else:
        tokenizer = build_tiny_tokenizer(str(tmp_path / "other.json"), vocab_size=300)
    argv = [str(dataset), "--input", inputs, "--tokenizer", tokenizer, "--windows", windows]
    assert existing.main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("make dataset: error: "), err
    assert f"{what} " in err[0] and "DATASET_ARGS=--overwrite" in err[0]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_dataset_refuses_a_complete_out_built_from_other_input(
    dataset, tiny_tokenizer_path, tmp_path
):
    """The Makefile rule itself, with the venv of this checkout."""
    bin_dir = os.path.join(REPO_ROOT, ".venv", "bin")
    if not os.path.exists(os.path.join(bin_dir, "longctx")):
        pytest.skip("no .venv in this checkout")
    make = ["make", "-s", "-C", REPO_ROOT, "-o", ".venv/bin/longctx", "dataset"]
    make += [f"OUT={dataset}", f"TOKENIZER={tiny_tokenizer_path}"]
    done = subprocess.run(
        [*make, f"INPUT={tmp_path / 'my_books'}", "WINDOWS=64,256"], capture_output=True, text=True
    )
    assert done.returncode == 2 and "built from other settings: input" in done.stderr, done
