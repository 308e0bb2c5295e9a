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

from pipeline import build_config
from pipeline.build import main
from pipeline.export import main as export_main
from pipeline.inspection import main as inspect_main
from pipeline.verify import verify
from tests.pipeline.test_held_out_line import MACBETH
from tests.training.test_eval_cli import HAMLET
from training.data import collate_rows
from transforms import chunk_config


def _built(tmp_path, tokenizer, *extra, windows="16,32", notes=None) -> tuple[dict, dict]:
    """The manifest and, per train window, the labels the trainer scores (those of
    ``collate_rows``' batch after the model's one-token shift)."""
    books = tmp_path / "in"
    books.mkdir(exist_ok=True)
    (books / "hamlet.txt").write_text(HAMLET * 6, encoding="utf-8")
    (books / "macbeth.txt").write_text(MACBETH * 8, encoding="utf-8")
    out = tmp_path / f"ds{len(extra)}"
    args = ["--input", str(books), "--output", str(out), "--windows", windows]
    assert main([*args, "--tokenizer", tokenizer, "--validation-fraction", "0", *extra]) == 0
    notes = [] if notes is None else notes
    assert verify(str(out), notes) == []  # longctx inspect --verify: every check holds
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


def test_small_window_keeps_one_token(tmp_path, tiny_tokenizer_path):
    """Clause small_window_keeps_one_token (session 39, ``ChunkConfig.overlap_for``): a
    dataset built with the defaults at windows under 16 tokens keeps one token of
    context, so the trainer scores every token the manifest counts (before: the default
    ``window // 16`` was overlap 0 there, and each row's first scored token was lost)."""
    notes = []
    manifest, trained = _built(tmp_path, tiny_tokenizer_path, windows="8,12", notes=notes)
    assert notes == []  # guard of verify_says_untrained: nothing untrained to say
    chunk = manifest["config"]["chunk"]
    assert chunk["overlaps"] == {"8": 1, "12": 1}
    assert chunk["snap_tolerances"] == {"8": 0, "12": 0}  # no snapping, as before
    scored = {w: b["scored_tokens"] for w, b in manifest["splits"]["train"].items()}
    assert trained == scored
    assert scored["8"] == scored["12"] > 3000  # every token once per window length
    # guard of verify_strict (session 40): nothing untrained, --strict exits 0; --strict
    # alone is one line, exit 2
    assert inspect_main([str(tmp_path / "ds0"), "--verify", "--strict"]) == 0
    assert inspect_main([str(tmp_path / "ds0"), "--strict"]) == 2


def test_verify_says_untrained(tmp_path, tiny_tokenizer_path, monkeypatch, capsys):
    """Clause verify_says_untrained (session 39, ``pipeline.verify_trained``): a dataset
    built the old way (overlap 0: session 37's ``--overlap 0``, with the session-38
    mapping taken out) passes ``longctx inspect --verify`` as before, which now also
    says in one line how many scored tokens the trainer really trains per window (the
    counts ``collate_rows`` gives) and why the rest cannot be trained."""
    old_rule = lambda overlap, tolerance: {"overlap": overlap, "snap_tolerance": tolerance}  # noqa: E731
    monkeypatch.setattr(build_config, "one_token_of_context", old_rule)
    monkeypatch.setattr(chunk_config, "MIN_OVERLAP", 0)  # before overlap_zero_refused_at_source
    manifest, trained = _built(tmp_path, tiny_tokenizer_path, "--overlap", "0")
    assert manifest["config"]["overlaps"] == {"16": 0, "32": 0}  # written the old way
    # Review 40: read by this longctx, with overlap_zero_refused_at_source in place (no
    # path that reads an old dataset may rebuild a ChunkConfig from its overlap 0)
    monkeypatch.setattr(chunk_config, "MIN_OVERLAP", 1)
    assert export_main([str(tmp_path / "ds2"), "--output", str(tmp_path / "pq")]) == 0
    scored = {w: b["scored_tokens"] for w, b in manifest["splits"]["train"].items()}
    assert scored == {"16": 3358, "32": 3358} and trained == {"16": 3151, "32": 3256}
    capsys.readouterr()
    assert inspect_main([str(tmp_path / "ds2"), "--verify"]) == 0  # no failure: a note
    lines = capsys.readouterr().out.splitlines()
    note = [line for line in lines if line.startswith("note:")]
    assert note == [
        "note: the trainer trains 3,151 of the 3,358 scored tokens at train window 16, "
        "3,256 of the 3,358 at train window 32: the other 309 are each the first token of "
        "a row built with overlap 0, with no token before it in its row to predict it "
        "from, so no trainer can train them; rebuild the dataset with --overlap 1 or more "
        "(or the default) to train every scored token"
    ], lines
    assert lines[-1].startswith("verify: OK")
    # Clause verify_strict (session 40): --strict makes the note exit 3, the status
    # pipeline.existing gives a dataset to be rebuilt; a failure stays 1 (below).
    assert inspect_main([str(tmp_path / "ds2"), "--verify", "--strict"]) == 3
    strict = capsys.readouterr().out.splitlines()
    assert strict[:-1] == lines[:-1] and strict[-1] == (
        "verify: OK (3 shards, 2 documents); --strict: the note above asks for a rebuild (exit 3)"
    ), strict
    shard = sorted(glob.glob(str(tmp_path / "ds2" / "train" / "w16-*.arrow")))[0]
    with open(shard, "ab") as f:
        f.write(b"\0")  # its sha256 no longer the manifest's: a failure
    assert inspect_main([str(tmp_path / "ds2"), "--verify", "--strict"]) == 1  # failure wins
    # the last line is the failure's alone: --strict's rebuild clause is not added to it
    assert capsys.readouterr().out.splitlines()[-1] == "verify: FAILED (3 shards, 2 documents)"
