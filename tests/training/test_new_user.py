"""A new user's `make dataset` -> `make train` with their own sizes (session 23, wtF)."""

from __future__ import annotations

import json
import shlex

from tests.training.conftest import train_recipe
from tests.training.test_eval_cli import HAMLET


def test_curriculum_windows_hint(tmp_path, tiny_model, tiny_tokenizer_path, capsys):
    """Clause curriculum_windows_hint: a dataset built with small windows (`make dataset
    WINDOWS=256,512`) and the default two-stage curriculum (512, 1024) stopped with
    "... or change the curriculum" and no word of how; the error now ends with the
    `--set` that trains on the dataset's windows, and that `--set` trains."""
    from pipeline.build import run

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hamlet.txt").write_text(HAMLET * 6, encoding="utf-8")
    data = str(tmp_path / "data")
    args = ["--input", str(tmp_path / "in"), "--output", data, "--windows", "16,32"]
    run([*args, "--tokenizer", tiny_tokenizer_path, "--validation-fraction", "0"])
    config = tmp_path / "two_stages.yaml"  # the default config's shape, at the tiny scale
    config.write_text(
        "curriculum:\n  - {window: 32, steps: 2}\n  - {window: 64, steps: 1}\n"
        "tokens_per_step: 64\nmicro_batch_tokens: 64\neval_rows: 0\nprogress: false\n"
    )
    capsys.readouterr()
    assert train_recipe(data, tiny_model, tmp_path / "r1", str(config)) == 2
    err = capsys.readouterr().err
    wanted = "curriculum=[{window: 16, steps: 2}, {window: 32, steps: 1}]"
    assert "windows are [16, 32]. Rebuild" in err and f"--set '{wanted}'" in err, err
    assert f"make train TRAIN_ARGS=\"--set '{wanted}'\"" in err, err
    # the hint as a user pastes it: the run trains 3 steps and writes its adapter
    hint = err.split(": --set ", 1)[1].split(" (make train", 1)[0]
    assert (
        train_recipe(data, tiny_model, tmp_path / "r2", str(config), "--set", *shlex.split(hint))
        == 0
    )
    assert (tmp_path / "r2" / "adapter" / "adapter_config.json").exists()


def test_curriculum_windows_hint_fewer_windows():
    """Fewer dataset windows than stages: the first stages share the smallest window and
    are one stage (steps added); more windows: the largest ones, in order."""
    from types import SimpleNamespace as Stage

    from training.data import _curriculum_hint

    stages = [Stage(steps=3), Stage(steps=3)]
    assert "[{window: 512, steps: 6}]'" in _curriculum_hint(stages, [512])
    three = [Stage(steps=1), Stage(steps=2), Stage(steps=4)]
    assert "[{window: 128, steps: 3}, {window: 256, steps: 4}]" in _curriculum_hint(
        three, [128, 256]
    )
    assert "[{window: 256, steps: 3}, {window: 512, steps: 3}]" in _curriculum_hint(
        stages, [128, 256, 512]
    )


def test_curriculum_hint_keeps_other_train_args():
    """Clause curriculum_hint_keeps_args (session 43, the new user's walk-through): `make
    train TRAIN_ARGS='--max-steps 2'` on a 256,512 build was answered `(make train
    TRAIN_ARGS="--set 'curriculum=[...]'")`; pasted as printed, it dropped `--max-steps 2`.
    The make line now says to keep the other TRAIN_ARGS; the `--set` part is unchanged."""
    from types import SimpleNamespace as Stage

    from training.data import _curriculum_hint

    wanted = "curriculum=[{window: 256, steps: 3}, {window: 512, steps: 3}]"
    assert _curriculum_hint([Stage(steps=3), Stage(steps=3)], [256, 512]) == (
        f": --set '{wanted}' (make train TRAIN_ARGS=\"--set '{wanted}'\", after any other "
        "TRAIN_ARGS you passed)"
    )


def test_eval_report_scope(tmp_path, tiny_model, tiny_tokenizer_path):
    """Clause eval_report_scope: report.md now says which held-out documents it read, at
    which lengths each metric ran, and which metrics did not run; before, a report of
    `--no-longppl` said nothing of LongPPL and the documents were only counted."""
    from training import evaluate

    held = tmp_path / "held out"
    held.mkdir()
    (held / "hamlet.txt").write_text(HAMLET * 4, encoding="utf-8")
    out = tmp_path / "eval"
    base = ["--model", tiny_model, "--tokenizer", tiny_tokenizer_path, "--output", str(out)]
    small = ["--lengths", "16,32", "--passkey-lengths", "240", "--depths", "0.5"]
    args = [*base, "--text", str(held / "*.txt"), *small, "--trials", "1", "--fillers", "repeat"]
    assert evaluate.main([*args, "--no-longppl", "--no-progress"]) == 0
    head = (out / "report.md").read_text().split("\n## ", 1)[0]
    assert f"- data: 1 held-out document of `{held}/*.txt`: `hamlet.txt`" in head, head
    assert "- measured: perplexity (PPL) and loss by position at 16, 32 tokens; " in head
    assert "passkey at 240 tokens (fillers repeat; depths 0.5; 1 trial per cell)" in head
    assert "- not measured: LongPPL (--no-longppl)" in head, head
    # with LongPPL on and passkey off: the key tokens' evaluator is named, passkey missing
    assert evaluate.main([*args[:-6], "--passkey-lengths", "", "--no-progress"]) == 0
    head = (out / "report.md").read_text().split("\n## ", 1)[0]
    assert "key tokens chosen by `base`" in head and "- not measured: passkey" in head, head


def test_eval_text_repeats(tmp_path, tiny_model, tiny_tokenizer_path):
    """Clause eval_text_repeats: `--text=a --text b` (how a user adds a second place,
    and what make's EVAL_ARGS passes on as typed) evaluated b alone, silently: argparse's
    nargs="+" kept the last --text. Both files are now held-out documents."""
    from training import evaluate

    for name in ("act1", "act2"):  # the opening of *Hamlet*, Gutenberg
        (tmp_path / f"{name}.txt").write_text(HAMLET * 4, encoding="utf-8")
    out = tmp_path / "eval"
    args = ["--model", tiny_model, "--tokenizer", tiny_tokenizer_path, "--output", str(out)]
    texts = [f"--text={tmp_path}/act1.txt", "--text", f"{tmp_path}/act2.txt"]
    small = ["--lengths", "16", "--passkey-lengths", "", "--no-longppl", "--no-progress"]
    assert evaluate.main([*args, *texts, *small, "--max-docs", "0"]) == 0
    held = json.loads((out / "report.json").read_text())["settings"]["held_out"]
    assert sorted(held["documents"]) == ["act1.txt", "act2.txt"], held


def test_eval_report_scope_no_trials(tmp_path, tiny_model, tiny_tokenizer_path):
    """Clause eval_report_scope_no_trials: `--trials 0` runs no passkey prompt; report.md
    said "measured: ... passkey at 240 tokens (...; 0 trials per cell)"."""
    from training import evaluate

    (tmp_path / "hamlet.txt").write_text(HAMLET * 4, encoding="utf-8")  # Gutenberg
    out = tmp_path / "eval"
    args = ["--model", tiny_model, "--tokenizer", tiny_tokenizer_path, "--output", str(out)]
    args += ["--text", str(tmp_path / "hamlet.txt"), "--lengths", "16", "--no-longppl"]
    assert evaluate.main([*args, "--passkey-lengths", "240", "--trials", "0", "--no-progress"]) == 0
    head = (out / "report.md").read_text().split("\n## ", 1)[0]
    assert (
        "passkey at" not in head
        and "- not measured: LongPPL (--no-longppl); passkey (--trials 0)" in head
    ), head
