"""Bad flags and paths for every subcommand: exit 2, one line that says what to fix, no
traceback (``--debug`` shows it), nothing written or deleted anywhere."""

from __future__ import annotations

import pytest

from pipeline import cli
from tests.reliability.conftest import snapshot
from tests.training.conftest import write_tiny_dataset


@pytest.fixture
def world(tmp_path, tiny_tokenizer_path, monkeypatch):
    """An input folder, a tokenizer, a finished-looking dataset and a tiny model folder
    under ``tmp_path``; the working directory is ``tmp_path``."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("One sentence. Another one here.\n", encoding="utf-8")
    (tmp_path / "precious").mkdir()
    (tmp_path / "precious" / "thesis.tex").write_text("years of work", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a tokenizer", encoding="utf-8")
    write_tiny_dataset(str(tmp_path / "ds"))
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "config.json").write_text("{}", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    return {"tok": tiny_tokenizer_path, "root": tmp_path}


def _dataset(world, *extra, output="out"):
    return ["dataset", "--input", "in", "--output", output, "--tokenizer", world["tok"], *extra]


DATASET = {
    "misspelled-flag": (
        lambda w: _dataset(w, "--windws", "512"),
        "--windws (did you mean --windows?)",
    ),
    "bad-windows": (lambda w: _dataset(w, "--windows", "512,abc"), "comma-separated token counts"),
    "decreasing-windows": (lambda w: _dataset(w, "--windows", "512,256"), "strictly increasing"),
    "validation-fraction": (lambda w: _dataset(w, "--validation-fraction", "1.5"), "[0, 1)"),
    "max-doc-chars-zero": (
        lambda w: _dataset(w, "--max-doc-chars", "0"),
        "--max-doc-chars must be >= 1",
    ),
    "unknown-encoding": (
        lambda w: _dataset(w, "--encoding", "gb-2312x"),
        "--encoding 'gb-2312x' is no codec Python knows",
    ),
    "bad-beam-option-value": (
        lambda w: _dataset(w, "--direct_num_workers", "many"),
        "Beam pipeline option",
    ),
    "memory-source-without-tokens": (
        lambda w: _dataset(w, "--memory-source", "retrieved"),
        "but --memory-tokens is 0 (memory off): add --memory-tokens N",
    ),
    "retrieval-unit-without-tokens": (
        lambda w: _dataset(w, "--retrieval-unit", "paragraph"),
        "--retrieval-unit paragraph sets the memory prefix",
    ),
    "stray-argument": (lambda w: _dataset(w, "extra"), "unexpected argument 'extra'"),
    "missing-output": (lambda w: ["dataset", "--input", "in", "--tokenizer", w["tok"]], "--output"),
    "input-matches-nothing": (
        lambda w: _dataset(w, "--input", "nowhere/*.jsonl"),
        "matched no files",
    ),
    "tokenizer-missing": (
        lambda w: ["dataset", "--input", "in", "--output", "out", "--tokenizer", "nope.json"],
        "not found",
    ),
    # README audit, session 12: a model folder was "not found", an empty folder
    # "matched no files: check the path or glob", and the overlap error named config
    # fields (snap_tolerance) instead of flags.
    "tokenizer-is-a-folder-holding-one": (
        lambda w: _dataset(w, "--tokenizer", w["tok"].rsplit("/", 1)[0]),
        "is a folder: pass --tokenizer ",
    ),
    "tokenizer-is-a-model-folder-without-one": (
        lambda w: _dataset(w, "--tokenizer", "model"),
        "is a folder without a tokenizer.json",
    ),
    "input-folder-empty": (lambda w: _dataset(w, "--input", "empty"), "holds no files"),
    "overlap-leaves-no-room": (
        lambda w: _dataset(w, "--windows", "64", "--overlap", "40"),
        "lower --overlap (the snap tolerance defaults to it), --snap-tolerance or",
    ),
    "tokenizer-not-json": (
        lambda w: ["dataset", "--input", "in", "--output", "out", "--tokenizer", "notes.txt"],
        "not a tokenizers tokenizer.json",
    ),
    "output-not-a-dataset": (lambda w: _dataset(w, output="precious"), "is not a longctx dataset"),
    "output-not-a-dataset-overwrite": (
        lambda w: _dataset(w, "--overwrite", output="precious"),
        "is not a longctx dataset",
    ),
    "output-is-the-input": (lambda w: _dataset(w, "--overwrite", output="in"), "holds the input"),
    "output-is-the-cwd": (lambda w: _dataset(w, "--overwrite", output="."), "holds the input"),
    "output-is-root": (lambda w: _dataset(w, "--overwrite", output="/"), "filesystem root"),
    "output-is-a-file": (lambda w: _dataset(w, output="notes.txt"), "is a file"),
    "output-under-a-file": (lambda w: _dataset(w, output="notes.txt/ds"), "cannot create"),
    "output-inside-the-input": (lambda w: _dataset(w, output="in/ds"), "inside the input folder"),
    # a recursive glob reads every folder under its base: the dataset too, next time
    "output-inside-a-recursive-glob": (
        lambda w: [
            "dataset",
            "--input",
            "in/**",
            "--output",
            "in/ds",
            "--tokenizer",
            w["tok"],
        ],
        "lies inside the input folder in",
    ),
    "complete-dataset-without-overwrite": (lambda w: _dataset(w, output="ds"), "--overwrite"),
    "near-duplicate-threshold-above-1": (
        lambda w: _dataset(w, "--near-duplicate-threshold", "1.5"),
        "must be in [0, 1]",
    ),
    "memory-source-unknown": (
        lambda w: _dataset(w, "--memory-source", "bogus"),
        "invalid choice: 'bogus'",
    ),
    "negative-memory-tokens": (lambda w: _dataset(w, "--memory-tokens", "-5"), "is negative"),
    "language-unknown": (
        lambda w: _dataset(w, "--language", "xx-yy"),
        "unknown language 'xx-yy'; use auto, zh, ja or a Punkt code",
    ),
}

TRAIN = {
    "max-steps-zero": (["--max-steps", "0"], "--max-steps"),
    "max-steps-negative": (["--max-steps", "-3"], "--max-steps"),
    "quoted-no-is-not-false": (
        ["--set", "gradient_checkpointing='no'"],
        "gradient_checkpointing: expected true or false",
    ),
    "wrong-type-names-the-key": (
        ["--set", "tokens_per_step=abc"],
        "tokens_per_step: expected a whole number",
    ),
    "wrong-type-in-a-stage": (
        ["--set", "curriculum=[{window: 32, steps: x}]"],
        "curriculum[0].steps",
    ),
    "unknown-key": (["--set", "optim.lrr=1"], "unknown keys ['lrr']"),
    # session 29, clauses config_numbers_finite and eval_counts_not_negative
    "lr-not-finite": (["--set", "optim.lr=.inf"], "optim.lr: expected a finite number"),
    "eval-rows-negative": (["--set", "eval_rows=-1"], "eval_rows, eval_every and eval_window"),
    "config-missing": (["--config", "nope.yaml"], "nope.yaml: No such file"),
    "config-not-yaml": (["--config", "notes.txt"], "expected a mapping"),
    "data-missing": (["--data", "nowhere"], "does not exist"),
    "model-not-a-model": (["--model", "precious"], "not a Hugging Face model folder"),
    "model-config-unreadable": (["--model", "model"], "cannot load the model"),
    "output-under-a-file": (["--output", "notes.txt/run"], "cannot create the folder"),
    "unknown-flag": (["--epochs", "3"], "unrecognized arguments: --epochs"),
}

EVAL = {
    "lengths-zero": (["--lengths", "0"], "at least 2 tokens"),
    "lengths-not-numbers": (["--lengths", "1k"], "--lengths takes token counts"),
    "negative-stride": (["--stride", "-1"], "--stride must be >= 0"),
    "depth-out-of-range": (["--depths", "0,2"], "between 0 and 1"),
    "depth-not-a-number": (["--depths", "half"], "--depths takes numbers"),
    "adapter-not-an-adapter": (["--adapter", "precious"], "not a peft adapter folder"),
    "output-under-a-file": (["--output", "notes.txt/eval"], "cannot create the folder"),
    "rope-without-factor": (["--rope-type", "linear"], "--rope-factor"),
}

INSPECT = {
    "not-a-dataset": (["precious"], "manifest.json"),
    "verify-not-a-dataset": (["precious", "--verify"], "manifest.json"),
    "unknown-flag": (["ds", "--summary"], "unrecognized arguments: --summary"),
    "missing-folder": (["nowhere"], "nowhere"),
    # used to print "not found" and exit 0
    "doc-missing": (["ds", "--doc", "missing"], "document 'missing' is not in"),
}


def _commands(world):
    for name, (make, says) in DATASET.items():
        yield f"dataset-{name}", make(world), says, "longctx dataset"
    train = ["train", "--data", "ds", "--model", "precious", "--output", "run"]
    for name, (extra, says) in TRAIN.items():
        args = train + ["--set", "curriculum=[{window: 32, steps: 1}]", *extra]
        yield f"train-{name}", args, says, "longctx train"
    evaluate = ["eval", "--model", "model", "--tokenizer", world["tok"], "--output", "eval"]
    for name, (extra, says) in EVAL.items():
        yield f"eval-{name}", evaluate + extra, says, "longctx eval"
    for name, (extra, says) in INSPECT.items():
        yield f"inspect-{name}", ["inspect", *extra], says, "longctx inspect"


CASE_NAMES = (
    [f"dataset-{n}" for n in DATASET]
    + [f"train-{n}" for n in TRAIN]
    + [f"eval-{n}" for n in EVAL]
    + [f"inspect-{n}" for n in INSPECT]
)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_user_errors_are_one_line_and_exit_2(world, capsys, name):
    (args, says, prog) = next((a, s, p) for n, a, s, p in _commands(world) if n == name)
    before = snapshot(world["root"])
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith(f"{prog}: error: ") and says in lines[0], lines[0]
    after = snapshot(world["root"])
    # train and eval create their (empty) output folder before loading anything
    created = {p for p in set(after) - set(before) if p not in ("run", "eval")}
    assert created == set() and {p: before[p] for p in after if p in before} == before


def test_debug_shows_the_traceback_of_a_user_error(world, capsys, monkeypatch):
    monkeypatch.setenv("LONGCTX_DEBUG", "")  # restored (removed) after the test
    assert cli.main(["--debug", *_dataset(world, "--windws", "512")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and "UserError" in err
    assert err.strip().splitlines()[-1].startswith("longctx dataset: error: unknown flag --windws")


def test_an_unknown_command_is_one_line(capsys):
    assert cli.main(["datset"]) == 2
    assert capsys.readouterr().err.strip().startswith("longctx: error: unknown command 'datset'")


def test_bugs_keep_their_traceback(world, monkeypatch):
    import training.recipe

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the trainer")

    monkeypatch.setattr(training.recipe, "plan_stages", broken)
    with pytest.raises(RuntimeError, match="a bug in the trainer"):
        cli.main(["train", "--data", "ds", "--model", "model", "--output", "run"])


def test_enough_flag_cases():
    assert len(CASE_NAMES) >= 40
