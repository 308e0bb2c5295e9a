"""`make dataset/train/eval` with paths as users name their folders (clause
make_paths_typed) and the way on after a run that has checkpoints (clause
make_rerun_hint_keeps_args), both in the Makefile.

The Makefile is run for real in a copy of the project folder whose `.venv/bin/longctx`
and `.venv/bin/python` are recorders: each writes the argv it received, so the tests
assert what `longctx` gets, word for word. Before make_paths_typed, `RUN="My Books/run"`
reached it as `--output My Books/run` (two words) and a `$` in a path was read by make."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys

import pytest

from schemas.errors import UserError

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Folder names users have: spaces, an apostrophe, a $, double quotes, non-ASCII.
SHELF = 'Mes livres/L\'Étranger (Camus) $5 "poche"'

pytestmark = pytest.mark.skipif(
    shutil.which("make") is None or not os.path.exists("/bin/bash"), reason="needs make and bash"
)


def _project(tmp_path):
    """A copy of the Makefile with recording `longctx` and `python` in `.venv/bin`."""
    project, log = tmp_path / "project", tmp_path / "argv.jsonl"
    (project / ".venv" / "bin").mkdir(parents=True)
    shutil.copy(os.path.join(ROOT, "Makefile"), project / "Makefile")
    (project / "pyproject.toml").write_text("")
    os.utime(project / "pyproject.toml", (0, 0))  # older than the venv: no reinstall
    recorder = (
        f"#!{sys.executable}\nimport json, os, sys\n"
        f"with open({str(log)!r}, 'a', encoding='utf-8') as f:\n"
        "    f.write(json.dumps([os.path.basename(sys.argv[0]), *sys.argv[1:]]) + '\\n')\n"
    )
    for name in ("longctx", "python"):
        path = project / ".venv" / "bin" / name
        path.write_text(recorder)
        path.chmod(0o755)
    return project, log


def _env():
    """The environment without make's own settings or the Makefile's variables."""
    drop = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL", "INPUT", "OUT", "DATA", "RUN", "EVAL", "MODEL"}
    return {k: v for k, v in os.environ.items() if k not in drop and not k.endswith("_ARGS")}


def _make(project, *args, **env):
    return subprocess.run(
        ["make", "-s", *args], cwd=project, capture_output=True, text=True, env={**_env(), **env}
    )


def _calls(log):
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def test_make_dataset_paths_typed(tmp_path):
    """Clause make_paths_typed: INPUT, OUT and TOKENIZER reach longctx as typed."""
    project, log = _project(tmp_path)
    shelf = tmp_path / SHELF
    books, out, tokenizer = f"{shelf}/*.txt", f"{shelf}/données $HOME", f"{shelf}/tok.json"
    args = ["dataset", f"INPUT={books}", f"OUT={out}", f"TOKENIZER={tokenizer}", "WINDOWS=128,256"]
    done = _make(project, *args, "DATASET_ARGS=--memory-tokens 32 --language 'fr'")
    assert done.returncode == 0, done.stderr
    words = ["--input", books, "--output", out, "--tokenizer", tokenizer, "--windows", "128,256"]
    assert _calls(log) == [
        ["longctx", "dataset", *words, "--memory-tokens", "32", "--language", "fr"]
    ]
    # the command make prints is the one it ran, ready to paste into a shell
    printed = done.stdout.splitlines()[0]
    again = subprocess.run(["bash", "-c", printed], cwd=project, env=_env())
    assert again.returncode == 0
    assert _calls(log)[1] == _calls(log)[0]
    # a complete OUT is checked by pipeline.existing, with the same words
    os.makedirs(out)
    open(os.path.join(out, "_COMPLETE"), "w").close()
    assert _make(project, *args).returncode == 0
    existing = [
        "python",
        "-m",
        "pipeline.existing",
        out,
        "--input",
        books,
        "--tokenizer",
        tokenizer,
    ]
    assert _calls(log)[2] == [*existing, "--windows", "128,256"]
    assert _make(project, *args, "DATASET_ARGS=--overwrite").returncode == 0
    assert _calls(log)[3] == ["longctx", "dataset", *words, "--overwrite"]


def test_make_train_and_eval_paths_typed(tmp_path):
    """Clause make_paths_typed: DATA, MODEL, RUN, CONFIG, EVAL reach longctx as typed."""
    project, log = _project(tmp_path)
    shelf = tmp_path / SHELF
    data, model, run = f"{shelf}/data", f"{shelf}/modèle", f"{shelf}/run 1"
    config = f"{shelf}/conf $x.yaml"
    os.makedirs(data)
    open(os.path.join(data, "_COMPLETE"), "w").close()
    paths = [f"DATA={data}", f"MODEL={model}", f"RUN={run}"]
    steps = "--set 'curriculum=[{window: 128, steps: 3}]' --max-steps 2"
    done = _make(project, "train", *paths, f"CONFIG={config}", f"TRAIN_ARGS={steps}")
    assert done.returncode == 0, done.stderr
    curriculum = ["--set", "curriculum=[{window: 128, steps: 3}]", "--max-steps", "2"]
    trained = ["--config", config, "--data", data, "--model", model, "--output", run]
    assert _calls(log) == [["longctx", "train", *trained, *curriculum]]
    # eval: EVAL defaults to RUN/eval; the adapter is passed when RUN has one
    os.makedirs(os.path.join(run, "adapter"))
    open(os.path.join(run, "adapter", "adapter_config.json"), "w").close()
    done = _make(project, "eval", *paths, "EVAL_ARGS=--lengths 128 --trials 1")
    assert done.returncode == 0, done.stderr
    evaluated = ["--model", model, "--data", data, "--output", f"{run}/eval"]
    assert _calls(log)[1] == [
        "longctx",
        "eval",
        *evaluated,
        "--adapter",
        f"{run}/adapter",
        "--lengths",
        "128",
        "--trials",
        "1",
    ]
    # no dataset: the message names the folder as typed
    done = _make(project, "train", f"DATA={shelf}/none", f"MODEL={model}")
    assert done.returncode == 2  # make says a recipe failed
    assert done.stdout.startswith(f"no complete dataset at {shelf}/none: run 'make dataset' first")


def test_make_rerun_hint_keeps_args(tmp_path):
    """Clause make_rerun_hint_keeps_args: the way on after a run with checkpoints said
    `make train TRAIN_ARGS=--resume`, dropping the first run's RUN, DATA, MODEL and
    TRAIN_ARGS (its curriculum); it now prints this run's own command with --resume
    added, and that command, pasted into a shell, resumes with the same argv."""
    project, log = _project(tmp_path)
    shelf = tmp_path / SHELF
    data, model, run = f"{shelf}/data", f"{shelf}/modèle", f"{shelf}/run 1"
    os.makedirs(data)
    open(os.path.join(data, "_COMPLETE"), "w").close()
    os.makedirs(os.path.join(run, "checkpoints", "step-00000002"))
    # two spaces inside the quotes: the hint repeats TRAIN_ARGS as typed (it once stripped them)
    steps = "--set 'curriculum=[{window: 128,  steps: 3}]'"
    done = _make(
        project, "train", f"DATA={data}", f"MODEL={model}", f"RUN={run}", f"TRAIN_ARGS={steps}"
    )
    assert done.returncode == 2
    said, command, other = done.stdout.splitlines()
    assert said == f"{run} already has checkpoints. To continue that run:"
    assert other == "To start a new one, pass another RUN=, e.g. RUN=runs/other."
    assert _calls(log) == []
    resumed = subprocess.run(["bash", "-c", command], cwd=project, env=_env())
    assert resumed.returncode == 0
    (call,) = _calls(log)
    assert call == [
        "longctx", "train", "--config", "training/configs/default.yaml", "--data", data,
        "--model", model, "--output", run, "--set", "curriculum=[{window: 128,  steps: 3}]", "--resume",
    ]  # fmt: skip


def test_make_paths_home(tmp_path):
    """Clause make_paths_home: `make train DATA=~/data` typed in zsh or fish (which leave
    the ~ after `=` as it is) reached longctx as `~/data` once make_paths_typed quoted the
    paths (main passed them unquoted, and bash expanded the ~): a leading ~/ is the home
    folder, the rest is still taken as typed; a ~ anywhere else is a plain character."""
    project, log = _project(tmp_path)
    home = tmp_path / "home"
    data, model = home / "Mes livres" / "données", home / "modèle"
    os.makedirs(data)
    open(data / "_COMPLETE", "w").close()
    paths = ["DATA=~/Mes livres/données", "MODEL=~/modèle", "RUN=~/runs/l'été ~1"]
    done = _make(project, "train", *paths, HOME=str(home))
    assert done.returncode == 0, done.stderr
    trained = ["--data", str(data), "--model", str(model), "--output", f"{home}/runs/l'été ~1"]
    assert _calls(log) == [
        ["longctx", "train", "--config", "training/configs/default.yaml", *trained]
    ]
    # INPUT keeps its glob for longctx to expand, under the home folder
    args = ["INPUT=~/livres/*.txt", "OUT=~/out", "TOKENIZER=tok/~/t.json", "WINDOWS=128"]
    done = _make(project, "dataset", *args, HOME=str(home))
    assert done.returncode == 0, done.stderr
    assert _calls(log)[1] == [
        "longctx", "dataset", "--input", f"{home}/livres/*.txt", "--output", f"{home}/out",
        "--tokenizer", "tok/~/t.json", "--windows", "128",
    ]  # fmt: skip


def test_make_paths_home_user(tmp_path):
    """Clause make_paths_home_user: `DATA=~name/data` is that user's home folder, as bash
    expands it (only ~/ was); a name with no such user, and ~1 / ~- / ~+ (bash's folder
    stack), stay as typed."""
    import pwd

    me = pwd.getpwuid(os.getuid())
    if not me.pw_name.replace("_", "a").replace("-", "a").replace(".", "a").isalnum():
        pytest.skip(f"user name {me.pw_name!r} is not a portable name")
    project, log = _project(tmp_path)
    data = tmp_path / "data"
    os.makedirs(data)
    open(data / "_COMPLETE", "w").close()
    run = f"~{me.pw_name}/runs/l'été ~1"
    done = _make(project, "train", f"DATA={data}", f"MODEL=~{me.pw_name}", f"RUN={run}")
    assert done.returncode == 0, done.stderr
    (call,) = _calls(log)
    assert call[call.index("--model") + 1] == me.pw_dir
    assert call[call.index("--output") + 1] == f"{me.pw_dir}/runs/l'été ~1"
    for typed in ("~no_such_user_longctx/run", "~1/run", "~-/run", "~+/run"):
        os.makedirs(os.path.join(project, typed, "checkpoints", "step-00000001"))
        done = _make(project, "train", f"DATA={data}", f"RUN={typed}")
        assert done.stdout.startswith(f"{typed} already has checkpoints."), typed


def _python_recorder(path, log):
    """A `python` that records its argv and, for `-m venv DIR`, makes DIR/bin/python
    (a recorder too) and DIR/bin/longctx."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"#!{sys.executable}\nimport json, os, shutil, sys\n"
        f"with open({str(log)!r}, 'a', encoding='utf-8') as f:\n"
        "    f.write(json.dumps([os.path.basename(sys.argv[0]), *sys.argv[1:]]) + '\\n')\n"
        "if sys.argv[1:3] == ['-m', 'venv']:\n"
        "    os.makedirs(os.path.join(sys.argv[3], 'bin'))\n"
        "    shutil.copy(sys.argv[0], os.path.join(sys.argv[3], 'bin', 'python'))\n"
    )
    path.chmod(0o755)


@pytest.mark.parametrize("words", [False, True])
def test_make_python_words(tmp_path, words):
    """Clause make_python_words: `make venv PYTHON='uv run python'` (a command of several
    words) worked before make_paths_typed made PYTHON one quoted word; a python whose
    path holds a space must still work. Both do now."""
    project, log = _project(tmp_path)
    shutil.rmtree(project / ".venv")
    python = tmp_path / "my python" / "bin" / "python3"
    _python_recorder(python, log)
    if words:  # a command of words, like `uv run python`: here env with a setting
        typed, first = f"env LONGCTX_VIA=env {tmp_path}/my\\ python/bin/python3", "python3"
    else:
        typed, first = str(python), "python3"
    done = _make(project, "venv", f"PYTHON={typed}", "TORCH=torch==0")
    assert done.returncode == 0, done.stderr
    calls = _calls(log)
    assert calls[0] == [first, "-m", "venv", ".venv"]
    assert calls[-1] == ["python", "-m", "pip", "install", "-q", "-e", ".[train,dev]"]
    assert (project / ".venv" / "bin" / "longctx").exists()


def test_make_eval_text(tmp_path):
    """Clause make_eval_text: `make eval EVAL_ARGS='--text FILES'` passed --data too, which
    longctx eval refuses with --text (and stopped first when DATA had no dataset); the
    files now replace DATA."""
    project, log = _project(tmp_path)
    shelf = tmp_path / SHELF
    held_out = f"{shelf}/held out/*.txt"
    model, text = f"MODEL={shelf}/modèle", f"EVAL_ARGS=--text {shlex.quote(held_out)}"
    done = _make(project, "eval", f"DATA={shelf}/none", model, text)
    assert done.returncode == 0, done.stderr
    assert _calls(log) == [
        ["longctx", "eval", "--model", f"{shelf}/modèle", "--output", "runs/default/eval",
         "--text", held_out],
    ]  # fmt: skip
    # without --text, DATA is still needed and passed
    done = _make(project, "eval", f"DATA={shelf}/none", model)
    assert done.returncode == 2 and done.stdout.startswith(f"no complete dataset at {shelf}/none")


def test_make_python_not_found(tmp_path):
    """Clause make_python_not_found: `make venv PYTHON='/opt/my python/bin/python3'` with no
    python there said only "/opt/my: No such file or directory" (the words branch of
    make_python_words ran its first word); now one line names the value as typed."""
    project, log = _project(tmp_path)
    shutil.rmtree(project / ".venv")
    typed = f"{tmp_path}/my python/bin/python3"  # no such program
    done = _make(project, "venv", f"PYTHON={typed}", "TORCH=torch==0")
    assert done.returncode != 0 and _calls(log) == []
    first = done.stderr.splitlines()[0]
    assert first.startswith(f"no program PYTHON={typed} (nor {tmp_path}/my): "), done.stderr
    done = _make(project, "venv", "PYTHON=python3.99-longctx", "TORCH=torch==0")
    assert done.stderr.startswith("no program PYTHON=python3.99-longctx: give a python 3")


def test_make_python_words_not_a_shell_line(tmp_path):
    """Clause make_python_not_found, its eval: words whose quotes do not pair (`env
    NOTE=l'été python3`) broke the recipe's own line, which then ran no python at all
    and went on to `pip install` with no venv; now the words fail on their own."""
    project, log = _project(tmp_path)
    shutil.rmtree(project / ".venv")
    done = _make(project, "venv", "PYTHON=env LONGCTX_NOTE=l'été python3", "TORCH=torch==0")
    assert done.returncode != 0 and _calls(log) == []
    assert "matching" in done.stderr.splitlines()[0], done.stderr  # bash: unmatched '
    assert ".venv/bin/python: No such file" not in done.stderr


@pytest.mark.parametrize("flag", ["--tex", "--te", "'--tex=", '"--text='])
def test_make_eval_text_abbrev(tmp_path, flag):
    """Clause make_eval_text_abbrev: argparse takes an option by a prefix of its name, so
    `EVAL_ARGS='--tex FILES'` is longctx eval's --text (it then says --tex could be
    --text or --text-field); make did not see it, stopped with "no complete dataset at
    DATA" and, with a DATA, passed --data beside it."""
    project, log = _project(tmp_path)
    held_out = f"{tmp_path}/held out/*.txt"
    args = (
        f"{flag} {shlex.quote(held_out)}" if flag.startswith("--") else f"{flag}{held_out}{flag[0]}"
    )
    model = f"MODEL={tmp_path}/model"  # not the default: nothing to fetch
    done = _make(project, "eval", f"DATA={tmp_path}/none", model, f"EVAL_ARGS={args}")
    assert done.returncode == 0, done.stdout + done.stderr
    called = _calls(log)
    assert len(called) == 1 and "--data" not in called[0], called
    assert called[0][-1].endswith("held out/*.txt")
    # --te/--tex are passed on for longctx eval to name the real mistake: they are
    # ambiguous there (--text, --text-field), not --text
    from training.options import eval_parser

    if not flag.startswith(("'", '"')):
        with pytest.raises(UserError, match="ambiguous option: --te"):
            eval_parser().parse_args(["--model", "m", "--output", "o", flag, "a.txt"])
