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
