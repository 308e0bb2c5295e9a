"""Clause overlap_zero_keeps_one_token (session 38, ``pipeline.build_config``): a build
with ``--overlap 0`` scored each window's first token, which nothing in its row
precedes; ``training.data.collate_rows`` blanks a label at a sequence start, so the
trainer dropped one scored token per row while the manifest and ``longctx inspect
--verify`` counted it. Now overlap 0 keeps one token of context: every token the
dataset scores is trained exactly once. Real text: the openings of *Hamlet* and
*Macbeth* (Project Gutenberg)."""

from __future__ import annotations

import glob
import json
import logging
import os

import pyarrow as pa
import pytest

from pipeline.build import main
from pipeline.verify import verify
from tests.pipeline.test_held_out_line import MACBETH
from tests.training.test_eval_cli import HAMLET
from training.data import collate_rows


def _built(tmp_path, tokenizer, *extra) -> tuple[dict, dict]:
    """The manifest and, per train window, the labels the trainer scores (those of
    ``collate_rows``' batch after the model's one-token shift)."""
    books = tmp_path / "in"
    books.mkdir(exist_ok=True)
    (books / "hamlet.txt").write_text(HAMLET * 6, encoding="utf-8")
    (books / "macbeth.txt").write_text(MACBETH * 8, encoding="utf-8")
    out = tmp_path / f"ds{len(extra)}"
    args = ["--input", str(books), "--output", str(out), "--windows", "16,32"]
    assert main([*args, "--tokenizer", tokenizer, "--validation-fraction", "0", *extra]) == 0
    assert verify(str(out)) == []  # longctx inspect --verify: every check holds
    manifest = json.loads((out / "manifest.json").read_text())
    trained = {}
    for window in manifest["config"]["windows"]:
        rows = []
        for shard in sorted(glob.glob(os.path.join(out, "train", f"w{window}-*.arrow"))):
            rows += pa.ipc.open_stream(pa.memory_map(shard, "r")).read_all().to_pylist()
        batch = collate_rows(rows)
        trained[str(window)] = int((batch["labels"][:, 1:] != -100).sum())
    return manifest, trained


@pytest.mark.parametrize("overlap", [["--overlap", "0"], []])
def test_overlap_zero_keeps_one_token(tmp_path, tiny_tokenizer_path, overlap, caplog):
    """With --overlap 0 (and, the guard, the default overlap) the count of labels the
    trainer scores equals the manifest's scored tokens at each window (before, at
    --overlap 0: 3,151 of 3,358 at window 16, 3,256 at 32: one per row but the
    documents' first). --overlap 0 is built and recorded as overlap 1, no snapping."""
    caplog.set_level(logging.INFO, logger="longctx.dataset")
    manifest, trained = _built(tmp_path, tiny_tokenizer_path, *overlap)
    # clause overlap_zero_said (review 38): the build says what it did with --overlap 0
    said = "--overlap 0 is built as --overlap 1 (the manifest records 1)"
    assert (said in caplog.text) == bool(overlap), caplog.text[-2000:]
    scored = {w: b["scored_tokens"] for w, b in manifest["splits"]["train"].items()}
    assert trained == scored == {"16": 3358, "32": 3358}
    chunk = manifest["config"]["chunk"]
    if overlap:
        assert (chunk["overlaps"], chunk["snap_tolerances"]) == (
            {"16": 1, "32": 1},
            {"16": 0, "32": 0},
        )
    else:
        assert chunk["overlaps"] == {"16": 1, "32": 2}  # window / 16


def test_overlap_zero_keeps_one_token_asked_tolerance(tmp_path, tiny_tokenizer_path):
    """Guard: a --snap-tolerance given with --overlap 0 is kept as asked."""
    manifest, trained = _built(
        tmp_path, tiny_tokenizer_path, "--overlap", "0", "--snap-tolerance", "3"
    )
    assert manifest["config"]["chunk"]["snap_tolerances"] == {"16": 3, "32": 3}
    assert trained == {w: b["scored_tokens"] for w, b in manifest["splits"]["train"].items()}
