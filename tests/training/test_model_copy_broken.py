"""Clause ``model_copy_broken`` (training/modeling.py ``load_model``, session 36): a
broken or partial copy of the model (a truncated or garbled ``model.safetensors``, an
empty one) raised safetensors' ``SafetensorError`` with a traceback; now one line (exit
2) naming the model folder, what is wrong and what to do (copy or download it again,
``make defaults``, or point --model at another copy). The lines already said for a
missing ``config.json`` and a config transformers cannot read now say what to do too.
Errors of the code keep their traceback."""

from __future__ import annotations

import os
import shutil

import pytest

from schemas.errors import UserError
from tests.training.conftest import train_recipe
from training.config import RopeSettings
from training.modeling import load_model

FIX = "copy or download it again (`make defaults` rebuilds defaults/), or point --model at another copy"


def _truncate(folder):
    path = os.path.join(folder, "model.safetensors")
    raw = open(path, "rb").read()
    open(path, "wb").write(raw[: len(raw) // 2])


def _garble_header(folder):
    path = os.path.join(folder, "model.safetensors")
    raw = open(path, "rb").read()
    open(path, "wb").write(b"\xff" * 8 + raw[8:])


def _empty(folder):
    open(os.path.join(folder, "model.safetensors"), "wb").close()


def _no_config(folder):
    os.remove(os.path.join(folder, "config.json"))


BROKEN = {
    "truncated": (_truncate, "a weight file is truncated or damaged: "),
    "garbled-header": (_garble_header, "a weight file is truncated or damaged: "),
    "empty": (_empty, "a weight file is truncated or damaged: "),
    "no-config": (_no_config, "is not a Hugging Face model folder (no config.json)"),
}


@pytest.fixture
def copy_of(tiny_model, tmp_path):
    def make(how):
        folder = str(tmp_path / "model")
        shutil.copytree(tiny_model, folder)
        BROKEN[how][0](folder)
        return folder

    return make


@pytest.mark.parametrize("how", BROKEN)
def test_model_copy_broken_one_line(copy_of, how):
    """Each broken copy: a ``UserError`` naming the folder, what is wrong and what to
    do (before: ``SafetensorError`` for the weight files)."""
    folder = copy_of(how)
    with pytest.raises(UserError) as caught:
        load_model(folder, RopeSettings())
    line = str(caught.value)
    assert repr(folder) in line and BROKEN[how][1] in line and line.endswith(FIX)
    assert "\n" not in line


def test_model_copy_broken_train_exit_2(copy_of, tiny_dataset, tiny_config, tmp_path, capsys):
    """``longctx train`` on a truncated copy: exit 2, one line, no traceback, no run
    folder left (before: a traceback, exit 1)."""
    folder = copy_of("truncated")
    capsys.readouterr()
    assert train_recipe(tiny_dataset, folder, tmp_path / "run", tiny_config) == 2
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.startswith("longctx train: error: ")]
    assert lines == [
        f"longctx train: error: cannot load the model in {folder!r}: a weight file is "
        "truncated or damaged: Error while deserializing header: incomplete metadata, file "
        f"not fully covered; if it is a broken or partial copy, {FIX}"
    ]
    assert "Traceback" not in err and not os.path.exists(tmp_path / "run")


def test_model_copy_broken_bug_keeps_traceback(tiny_model, monkeypatch):
    """What must stay: an error of the code inside the load (a ``TypeError``) is not
    called the user's (it propagates as itself, with its traceback)."""
    import transformers

    def broken(*args, **kwargs):
        raise TypeError("an error of the code")

    monkeypatch.setattr(transformers.AutoModelForCausalLM, "from_pretrained", broken)
    with pytest.raises(TypeError, match="an error of the code"):
        load_model(tiny_model, RopeSettings())
