"""Clause ``kept_says_the_write`` (session 38, ``training.run_files.kept_note``): the
one line of a failed write says what that write left on disk. Before, every line said
"nothing half-written was kept", also for ``metrics.jsonl`` / ``rows/rankN.jsonl``
(appended to: a failure can cut their last line), the merged model and ``loss.png``
(both written in place). Now the merged model and ``loss.png`` are written beside and
renamed into place (so "nothing half-written" is true), the logs' line says their
earlier lines stay, and a start over accepts a ``metrics.jsonl`` whose last line was
cut (the line promised "the run starts over"). Each test looks at the disk after the
failure."""

from __future__ import annotations

import errno
import json
import os
from types import SimpleNamespace

import pytest

from schemas.errors import UserError
from training import adapter, outputs
from training.run_files import check_run_folder, full_disk_line


def _full(path: str) -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)


class _Merged:
    """A merged model whose ``save_pretrained`` writes one file, then (``fail``) meets
    a full disk, as a real one does midway through its weights."""

    def __init__(self, fail: bool):
        self.fail = fail

    def save_pretrained(self, folder, **_):
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "model-00001-of-00002.safetensors"), "wb") as f:
            f.write(b"\0" * 64)
        if self.fail:
            raise _full(os.path.join(folder, "model-00002-of-00002.safetensors"))


@pytest.mark.parametrize("before", [False, True])
def test_kept_says_the_write_merged_model(tmp_path, monkeypatch, before):
    """A full disk midway through the merged model: no ``RUN/merged`` with half its
    weights (before: the first file stayed in ``RUN/merged``), no staging folder; an
    earlier merged model stays as it was. Guard: a save that completes is in place,
    with the base's tokenizer file."""
    monkeypatch.setattr(adapter, "use_full_attention", lambda model: None)
    base = tmp_path / "base"
    base.mkdir()
    (base / "tokenizer.json").write_text("{}")
    run = tmp_path / "run"
    run.mkdir()
    out = run / "merged"
    if before:
        out.mkdir()
        (out / "old.txt").write_text("earlier merge\n")
    model = SimpleNamespace(merge_and_unload=lambda: _Merged(fail=True))
    with pytest.raises(OSError) as failed:
        adapter.merge_model(model, str(base), str(out))
    assert failed.value.errno == errno.ENOSPC
    assert sorted(os.listdir(run)) == (["merged"] if before else [])
    if before:
        assert sorted(os.listdir(out)) == ["old.txt"]
    model = SimpleNamespace(merge_and_unload=lambda: _Merged(fail=False))
    assert adapter.merge_model(model, str(base), str(out)) == str(out)
    assert sorted(os.listdir(out)) == ["model-00001-of-00002.safetensors", "tokenizer.json"]
    assert sorted(os.listdir(run)) == ["merged"]


def test_kept_says_the_write_loss_png(tmp_path, monkeypatch):
    """A full disk while ``loss.png`` is drawn (after the adapter): no cut ``loss.png``
    and no part file is left (before: drawn in place, the cut file stayed)."""
    run = tmp_path / "run"
    run.mkdir()
    (run / "metrics.jsonl").write_text('{"kind": "train", "step": 1, "loss": 1.0}\n')

    def plot_loss(metrics_path, out_path):
        with open(out_path, "wb") as f:
            f.write(b"\x89PNG\r\n")
        raise _full(out_path)

    monkeypatch.setattr(outputs, "plot_loss", plot_loss)
    monkeypatch.setattr(outputs, "save_adapter", lambda *a: str(run / "adapter"))
    config = SimpleNamespace(
        output=str(run), model="m", rope=None, trust_remote_code=False, merge=False
    )
    with pytest.raises(OSError) as failed:
        outputs.write_outputs(None, config, None, None, "fp", lambda *a: None)
    assert getattr(failed.value, "longctx_writing", None) == "loss.png"
    assert sorted(os.listdir(run)) == ["metrics.jsonl"]


def test_kept_says_the_write_loss_png_guard(tmp_path):
    """Guard: a drawn ``loss.png`` is in place (a real PNG), no part file beside it."""
    run = tmp_path / "run"
    run.mkdir()
    lines = [
        {"kind": "train", "step": s, "stage": 0, "window": 32, "loss": 2.0 / s} for s in (1, 2, 3)
    ]
    (run / "metrics.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    outputs.plot_beside(str(run / "metrics.jsonl"), str(run / "loss.png"))
    assert sorted(os.listdir(run)) == ["loss.png", "metrics.jsonl"]
    assert (run / "loss.png").read_bytes()[:4] == b"\x89PNG"


def test_kept_says_the_write_lines(tmp_path):
    """Each write's line says what is true of it: the logs keep their earlier lines,
    the rest keep nothing half-written."""
    run = str(tmp_path / "run")
    logs = (f"{run}/metrics.jsonl", f"{run}/rows/rank1.jsonl")
    for path in logs:
        line = full_disk_line(run, _full(path))
        assert (
            f"while writing {path} (No space left on device); {path} keeps the lines written "
            "before (a last line the failure cut short is dropped when the run starts again); "
            "free some space there"
        ) in line
        assert "nothing half-written" not in line
    for what in ("the merged model", "loss.png", "the adapter", f"{run}/config.yaml"):
        error = _full(None)
        error.longctx_writing = what
        line = full_disk_line(run, error)
        assert (
            f"while writing {what} (No space left on device); nothing half-written was kept;"
            in line
        )


def _early_run(tmp_path, metrics: str):
    run = tmp_path / "run"
    run.mkdir()
    (run / "config.yaml").write_text("curriculum: []\noutput: run\n")
    (run / "metrics.jsonl").write_text(metrics)
    return run


def test_kept_says_the_write_cut_metrics_line_starts_over(tmp_path):
    """The line promised "no checkpoint was complete yet: the run starts over": a run
    whose disk filled mid-line before its first checkpoint left a cut last line, and
    the same command was refused ("already holds metrics.jsonl"). Now a cut LAST line
    is accepted (the start rewrites the file)."""
    whole = '{"kind": "train", "step": 1, "loss": 1.5}\n'
    run = _early_run(tmp_path, whole + '{"kind": "train", "st')
    check_run_folder(str(run), str(tmp_path / "data"), str(tmp_path / "model"), False)


@pytest.mark.parametrize(
    "metrics",
    [
        '{"kind": "train", "st\n{"kind": "train", "step": 2}\n',  # cut, then more lines
        "my notes, not a run's\n",
        "my notes, not a run's",  # review 38: no newline (was taken for a cut line)
        '{"kind": "train", "step": 1}\n{"step": 2, "ki',  # cut, no metrics record's start
        '{"step": 1}\n{"kind": "tr',  # a line without "kind" before the cut one
    ],
)
def test_kept_says_the_write_cut_metrics_line_guard(tmp_path, metrics):
    """Guard: a cut line that is not the last, a user's own text, or a whole line that
    is no metrics record: still a file that is no run's, refused."""
    run = _early_run(tmp_path, metrics)
    with pytest.raises(UserError, match="already holds metrics.jsonl"):
        check_run_folder(str(run), str(tmp_path / "data"), str(tmp_path / "model"), False)
