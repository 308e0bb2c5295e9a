"""Training refuses, before the first step, a dataset built for another vocabulary."""

from __future__ import annotations

import hashlib
import json
import os
import shutil

import pytest
from tokenizers import Tokenizer

from schemas.dataset import load_manifest, vocab_sha256
from tests.conftest import build_tiny_tokenizer
from training import recipe
from training.compatibility import check_tokenizer, max_token_id
from training.data import open_bucket
from training.modeling import build_tiny_llama

from .conftest import write_tiny_dataset

ONE_STAGE = ["--set", "curriculum=[{window: 32, steps: 1}]", "--set", "progress=false"]


def _built_with(data: str, tokenizer_path: str, record_vocab: bool = True) -> None:
    """Make the manifest say the dataset was tokenized with ``tokenizer_path``."""
    path = os.path.join(data, "manifest.json")
    manifest = json.load(open(path))
    manifest["tokenizer"].update(
        path=tokenizer_path,
        sha256=hashlib.sha256(open(tokenizer_path, "rb").read()).hexdigest(),
        vocab_sha256=vocab_sha256(Tokenizer.from_file(tokenizer_path)) if record_vocab else "",
    )
    json.dump(manifest, open(path, "w"))


@pytest.fixture
def model_with_tokenizer(tiny_model, tiny_tokenizer_path, tmp_path):
    model = tmp_path / "model"
    shutil.copytree(tiny_model, model)
    shutil.copy(tiny_tokenizer_path, model / "tokenizer.json")
    return model


def _train(data, model, run, capsys):
    capsys.readouterr()
    code = recipe.main(
        ["--data", str(data), "--model", str(model), "--output", str(run), *ONE_STAGE]
    )
    return code, capsys.readouterr()


def test_another_tokenizer_is_refused_before_training(model_with_tokenizer, tmp_path, capsys):
    data = write_tiny_dataset(str(tmp_path / "data"))
    other = build_tiny_tokenizer(str(tmp_path / "other.json"), vocab_size=300)
    _built_with(data, other)
    code, out = _train(data, model_with_tokenizer, tmp_path / "run", capsys)
    assert code == 2 and "Traceback" not in out.err
    (line,) = [x for x in out.err.splitlines() if x.startswith("longctx train: error:")]
    assert "other.json" in line and "--tokenizer" in line and "model's" in line
    assert not os.path.exists(tmp_path / "run" / "metrics.jsonl")


def test_the_same_vocabulary_saved_differently_is_accepted(
    model_with_tokenizer, tiny_tokenizer_path, tmp_path, capsys
):
    data = write_tiny_dataset(str(tmp_path / "data"))
    resaved = tmp_path / "resaved.json"
    resaved.write_text(json.dumps(json.load(open(tiny_tokenizer_path)), indent=1))
    for record_vocab in (True, False):  # recorded in the manifest, or read from its path
        _built_with(data, str(resaved), record_vocab)
        note = check_tokenizer(data, load_manifest(data), str(model_with_tokenizer))
        assert note.startswith("tokenizer: same vocabulary")
    code, out = _train(data, model_with_tokenizer, tmp_path / "run", capsys)
    assert code == 0, out.err


def test_token_ids_beyond_the_vocabulary_are_refused_before_training(tmp_path, capsys):
    data = write_tiny_dataset(str(tmp_path / "data"), vocab=400)
    small = build_tiny_llama(str(tmp_path / "small"), 300, 256)
    code, out = _train(data, small, tmp_path / "run", capsys)
    assert code == 2 and "IndexError" not in out.err and "Traceback" not in out.err
    (line,) = [x for x in out.err.splitlines() if x.startswith("longctx train: error:")]
    assert "has 300 token embeddings" in line and "token id 3" in line


def test_max_token_id_reads_the_bucket(tmp_path):
    data = write_tiny_dataset(str(tmp_path / "data"), vocab=50)
    bucket = open_bucket(data, load_manifest(data), "train", 32)
    ids = [i for row in bucket.rows.column("input_ids").to_pylist() for i in row]
    assert max_token_id(bucket.rows) == max(ids) and max(ids) < 50


def test_shell_line_quoted(tiny_model, tiny_tokenizer_path, tmp_path):
    """Clause shell_line_quoted: the `longctx dataset ... --tokenizer PATH` to paste,
    for a model folder named with a quote, `$`, spaces and Chinese, run by bash: PATH
    arrives as one word, as written (before: bash left the quote open)."""
    import subprocess

    from training.compatibility import ModelMismatchError

    model = tmp_path / "it's $HOME 红楼梦 model"
    shutil.copytree(tiny_model, model)
    shutil.copy(tiny_tokenizer_path, model / "tokenizer.json")
    data = write_tiny_dataset(str(tmp_path / "data"))
    _built_with(data, build_tiny_tokenizer(str(tmp_path / "other.json"), vocab_size=300))
    with pytest.raises(ModelMismatchError) as refused:
        check_tokenizer(data, load_manifest(data), str(model))
    command = str(refused.value).split("`")[1]
    assert command.startswith("longctx dataset ... --tokenizer ")
    words = subprocess.run(
        ["bash", "-c", f"set -- {command}; printf '%s\\n' \"$@\""],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    assert words == ["longctx", "dataset", "...", "--tokenizer", str(model / "tokenizer.json")]
