"""The line `longctx export` prints for loading what it wrote (session 23, wtF)."""

from __future__ import annotations

import glob
import json

import datasets

from pipeline import cli
from tests.training.test_eval_cli import HAMLET  # the opening of *Hamlet*, Gutenberg


def test_export_hint_one_bucket(tmp_path, tiny_tokenizer_path, capsys):
    """Clause export_hint_one_bucket: after `longctx export OUT --format jsonl` of a
    build with windows 16 and 32, the printed `load_dataset('json', ...)` globbed
    `train/w*-*`, which loads every scored token twice (once per window); the line now
    names one bucket, whose rows score each of the train text's tokens once."""
    from pipeline.build import run

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hamlet.txt").write_text(HAMLET * 6, encoding="utf-8")
    out = tmp_path / "ds"
    args = ["--input", str(tmp_path / "in"), "--output", str(out), "--windows", "16,32"]
    run([*args, "--tokenizer", tiny_tokenizer_path, "--validation-fraction", "0"])
    capsys.readouterr()
    for form in (["--format", "jsonl"], ["--format", "parquet"]):
        assert cli.main(["export", str(out), *form]) == 0
    printed = capsys.readouterr().out
    assert printed.count("# one window: each covers every token once; the others: w16") == 2
    pattern = printed.split("data_files='", 1)[1].split("'", 1)[0]
    assert pattern == f"{out}/jsonl/train/w32-*.jsonl"
    assert f"pl.scan_parquet('{out}/parquet/train/w32-*.parquet')" in printed
    rows = datasets.load_dataset("json", data_files=pattern, cache_dir=str(tmp_path / "cache"))[
        "train"
    ]
    manifest = json.loads((out / "manifest.json").read_text())
    scored = {int(w): v["scored_tokens"] for w, v in manifest["splits"]["train"].items()}
    assert set(scored) == {16, 32} and scored[16] == scored[32]
    assert sum(rows["num_scored"]) == scored[32]  # each token once, not twice
    assert len(glob.glob(f"{out}/jsonl/train/w*-*.jsonl")) == 2


def _exported_line(tmp_path, tiny_tokenizer_path, capsys, out, form):
    from pipeline.build import run

    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / "hamlet.txt").write_text(HAMLET * 6, encoding="utf-8")
    args = ["--input", str(tmp_path / "in"), "--output", str(out), "--windows", "16,32"]
    if not (out / "manifest.json").exists():
        run([*args, "--tokenizer", tiny_tokenizer_path, "--validation-fraction", "0"])
    capsys.readouterr()
    assert cli.main(["export", str(out), "--format", form]) == 0
    return capsys.readouterr().out.splitlines()[-1].strip()


def _run_line(tmp_path, line, use):
    """Runs the printed line as pasted (python -c); the number ``use`` prints."""
    import os
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    env = os.environ | {"HF_DATASETS_CACHE": str(tmp_path / "cache")}
    code = f"import datasets\nimport polars as pl\nx = {line}\n{use}\n"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, (line, done.stderr[-3000:])
    return int(done.stdout.split()[-1])


# A folder name a user may have: a quote, a double quote, spaces, Chinese (红楼梦).
ODD_NAME = 'it\'s "x" 红楼梦 data'


def _both_lines_load_every_row(tmp_path, tiny_tokenizer_path, capsys, out):
    """Export to `out` in both formats and run each printed load line as pasted: it must
    load every train row the manifest counts."""
    for form, use in (
        ("jsonl", "print(x['train'].num_rows)"),
        ("parquet", "print(x.collect().height)"),
    ):
        line = _exported_line(tmp_path, tiny_tokenizer_path, capsys, out, form)
        rows = json.loads((out / "manifest.json").read_text())["splits"]["train"]["32"]["rows"]
        assert _run_line(tmp_path, line, use) == rows


def test_load_line_quoted(tmp_path, tiny_tokenizer_path, capsys):
    """Clause load_line_quoted: the printed load lines of both formats are run for real,
    as pasted, for a dataset in a folder whose name holds a quote, a double quote,
    spaces and Chinese. Before: `data_files='.../it's ...'` ended the literal at the
    `'`, a SyntaxError."""
    out = tmp_path / ODD_NAME
    _both_lines_load_every_row(tmp_path, tiny_tokenizer_path, capsys, out)


def test_load_line_dollar(tmp_path, tiny_tokenizer_path, capsys):
    """Clause load_line_dollar: with a `$` in the folder name datasets itself reads
    `$HOME` as the variable (os.path.expandvars in datasets.utils.file_utils), so the
    jsonl line says what to do; polars reads the parquet line's path as written."""
    out = tmp_path / ("$HOME " + ODD_NAME)
    line = _exported_line(tmp_path, tiny_tokenizer_path, capsys, out, "jsonl")
    assert "# datasets reads $NAME in a local path as a variable: move or link" in line
    line = _exported_line(tmp_path, tiny_tokenizer_path, capsys, out, "parquet")
    rows = json.loads((out / "manifest.json").read_text())["splits"]["train"]["32"]["rows"]
    assert _run_line(tmp_path, line, "print(x.collect().height)") == rows


def test_load_line_glob_escaped(tmp_path, tiny_tokenizer_path, capsys):
    """Clause load_line_glob_escaped (review of wtF): a folder named like an edition,
    `Hamlet [Q1 1603] draft*?` (the opening of *Hamlet*, Gutenberg): datasets and polars
    read `[Q1 1603]` as a character class and matched no file (StopIteration, "expanded
    paths were empty"); the printed lines, run as pasted, now load every row."""
    out = tmp_path / "Hamlet [Q1 1603] draft*?"
    _both_lines_load_every_row(tmp_path, tiny_tokenizer_path, capsys, out)
