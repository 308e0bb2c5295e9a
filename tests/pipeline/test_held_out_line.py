"""What `longctx dataset` (and so `make dataset`) prints when a corpus of a few books
holds a large share of its text out of training (session 24, wtF)."""

from __future__ import annotations

from tests.training.test_eval_cli import HAMLET  # the opening of *Hamlet*, Gutenberg

# The opening of *Macbeth* (Project Gutenberg, `macbeth_gut.txt` of the default corpus).
MACBETH = (
    "FIRST WITCH.\nWhen shall we three meet again?\nIn thunder, lightning, or in rain?\n\n"
    "SECOND WITCH.\nWhen the hurlyburly's done,\nWhen the battle's lost and won.\n\n"
    "THIRD WITCH.\nThat will be ere the set of sun.\n\n"
    "FIRST WITCH.\nWhere the place?\n\nSECOND WITCH.\nUpon the heath.\n\n"
)


def _build(tmp_path, tokenizer, capsys, *extra):
    from pipeline.build import main

    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / "hamlet.txt").write_text(HAMLET * 6, encoding="utf-8")
    (tmp_path / "in" / "macbeth.txt").write_text(MACBETH * 8, encoding="utf-8")
    out = tmp_path / f"ds{len(extra)}"
    args = ["--input", str(tmp_path / "in"), "--output", str(out), "--windows", "16,32"]
    capsys.readouterr()
    assert main([*args, "--tokenizer", tokenizer, *extra]) == 0
    return capsys.readouterr().out


def test_held_out_share_line(tmp_path, tiny_tokenizer_path, capsys):
    """Clause held_out_share_line: two books, the default --validation-fraction 0.05:
    one of them is validation (by its hash or rule at_least_one_validation), about half
    the scored tokens;
    the build says so and how to train on both. With --validation-fraction 0 there is
    nothing held out and no such line."""
    printed = _build(tmp_path, tiny_tokenizer_path, capsys)
    lines = [line for line in printed.splitlines() if "held out of training" in line]
    assert [line.split(" (", 1)[0] for line in lines] == ["validation: 1 of 2 documents"]
    share = int(lines[0].split(" (", 1)[1].split("%")[0])
    assert 25 < share < 75, lines  # one of two books of about the same length
    assert lines[0].endswith(
        "held out of training (the split is by document); to train on all of them: --validation-fraction 0 (make "
        "dataset DATASET_ARGS='--validation-fraction 0'), and make eval EVAL_ARGS='--text "
        "FILES' for perplexity on other text"
    ), printed
    printed = _build(tmp_path, tiny_tokenizer_path, capsys, "--validation-fraction", "0")
    assert "held out of training" not in printed and "validation window" not in printed


def test_held_out_share_asked(tmp_path, tiny_tokenizer_path, capsys):
    """Clause held_out_share_asked (review of wtF): the same two play openings with
    --validation-fraction 0.5, a validation split asked for on purpose: one play is
    validation, as asked, and the build does not advise --validation-fraction 0
    (before: "validation: 1 of 2 documents (..%) held out ... --validation-fraction 0")."""
    printed = _build(tmp_path, tiny_tokenizer_path, capsys, "--validation-fraction", "0.5")
    assert "validation window" in printed  # one play is validation, as asked
    assert "held out of training" not in printed, printed
