"""`longctx eval` as a new user (session 30, docs/quality/session-30-wtF2.md): an
adapter evaluated on a base model other than the one its run trained on."""

from __future__ import annotations

import shutil

import torch

from training import evaluate
from training.modeling import build_tiny_llama


def _eval(tmp_path, model, adapter, data, tokenizer):
    return evaluate.main(
        ["--model", model, "--adapter", adapter, "--data", data, "--tokenizer", tokenizer,
         "--output", str(tmp_path / "eval"), "--lengths", "16", "--passkey-lengths", "",
         "--no-longppl", "--no-progress"]
    )  # fmt: skip


def _error_line(err: str) -> str:
    (line,) = [x for x in err.splitlines() if x.startswith("longctx eval: error: ")]
    return line


def test_adapter_base_model_checked(run_dir, tiny_dataset, tiny_tokenizer_path, tmp_path, capsys):
    """Another seed of the same shapes: peft loaded the adapter silently and the report
    named the numbers `adapter:a` (exit 0). A copy of the run's own model elsewhere is
    the same model and is evaluated."""
    from tests.training.conftest import TINY_POSITIONS, TINY_VOCAB

    other = build_tiny_llama(str(tmp_path / "seed1"), TINY_VOCAB, TINY_POSITIONS, seed=1)
    adapter = f"{run_dir}/adapter"
    assert _eval(tmp_path, other, adapter, tiny_dataset, tiny_tokenizer_path) == 2
    line = _error_line(capsys.readouterr().err)
    assert line.startswith(
        f"longctx eval: error: adapter:a: the adapter {adapter!r} was trained on another "
        "base model (its run trained on '"
    )
    assert line.endswith(f"differ from --model {other!r}): pass --model the base it was trained on")
    assert not (tmp_path / "eval").exists()


def test_adapter_base_model_checked_copied_model(
    run_dir, tiny_model, tiny_dataset, tiny_tokenizer_path, tmp_path
):
    copy = tmp_path / "copy"
    shutil.copytree(tiny_model, copy)
    assert _eval(tmp_path, str(copy), f"{run_dir}/adapter", tiny_dataset, tiny_tokenizer_path) == 0


def test_adapter_shapes_one_line(run_dir, tiny_dataset, tiny_tokenizer_path, tmp_path, capsys):
    """The adapter copied away from its run (no checkpoints to tell its base) onto a
    model of hidden size 96: peft's `size mismatch` traceback, exit 1, before."""
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    wide = str(tmp_path / "wide")
    LlamaForCausalLM(
        LlamaConfig(vocab_size=400, hidden_size=96, intermediate_size=128, num_hidden_layers=2,
                    num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256,
                    tie_word_embeddings=True)
    ).save_pretrained(wide)  # fmt: skip
    adapter = tmp_path / "mine" / "adapter"
    shutil.copytree(f"{run_dir}/adapter", adapter)
    (adapter / "longctx_base.json").unlink()  # saved before session 31: nothing tells its base
    assert _eval(tmp_path, wide, str(adapter), tiny_dataset, tiny_tokenizer_path) == 2
    line = _error_line(capsys.readouterr().err)
    assert line.startswith(f"longctx eval: error: adapter:mine: the adapter {str(adapter)!r} "
                           "does not fit --model (size mismatch for base_model.model.")  # fmt: skip
    assert line.endswith("pass --model the base it was trained on")


def test_refused_eval_leaves_no_folder(tiny_model, tiny_dataset, tiny_tokenizer_path, tmp_path):
    """A missing adapter (a typo): refused, and before the empty `eval` folder stayed.
    A folder the user made stays."""
    missing = str(tmp_path / "run" / "adaptr")
    assert _eval(tmp_path, tiny_model, missing, tiny_dataset, tiny_tokenizer_path) == 2
    assert not (tmp_path / "eval").exists()
    (tmp_path / "eval").mkdir()
    assert _eval(tmp_path, tiny_model, missing, tiny_dataset, tiny_tokenizer_path) == 2
    assert (tmp_path / "eval").is_dir()


def test_refused_eval_leaves_no_folder_parents(
    tiny_model, tiny_dataset, tiny_tokenizer_path, tmp_path
):
    """`--output new/sub/eval` refused (a missing adapter): `new/sub/` stayed, made by
    the refused evaluation (review of session 30)."""
    missing = str(tmp_path / "run" / "adaptr")
    out = tmp_path / "new" / "sub"
    assert _eval(out, tiny_model, missing, tiny_dataset, tiny_tokenizer_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    (tmp_path / "mine").mkdir()  # the user's own folder stays, and above it
    assert _eval(tmp_path / "mine" / "x", tiny_model, missing, tiny_dataset,
                 tiny_tokenizer_path) == 2  # fmt: skip
    assert [p.name for p in tmp_path.iterdir()] == ["mine"]
    assert list((tmp_path / "mine").iterdir()) == []


def test_refused_eval_keeps_what_it_wrote(monkeypatch, tmp_path):
    """A refusal after the evaluation wrote into its new folder: the folder and what it
    holds stay (only empty folders are removed)."""
    from schemas.errors import UserError

    out = tmp_path / "new" / "eval"

    def refuse_after_writing(args):
        (out / "report.json").write_text("{}")
        raise UserError("refused late")

    monkeypatch.setattr(evaluate, "_main", refuse_after_writing)
    args = evaluate.parse_args(["--model", "m", "--output", str(out), "--passkey-lengths", "8"])
    try:
        evaluate._reading_main(args)
    except UserError:
        pass
    assert (out / "report.json").read_text() == "{}"


def test_adapter_records_its_base(
    run_dir, tiny_model, tiny_dataset, tiny_tokenizer_path, tmp_path, capsys
):
    """Clause adapter_records_its_base: an adapter copied away from its run (no
    checkpoints beside it) onto another seed of the same shapes was evaluated in
    silence, exit 0 (session 30, wtF2, Left 4); its own base record now tells. A run
    without the record (older) is still checked from its newest state.pt, mapped."""
    import json

    from tests.training.conftest import TINY_POSITIONS, TINY_VOCAB
    from training.model_fingerprint import model_fingerprint

    record = json.loads(open(f"{run_dir}/adapter/longctx_base.json").read())
    assert record == {"model_fingerprint": model_fingerprint(tiny_model), "model": tiny_model}
    other = build_tiny_llama(str(tmp_path / "seed1"), TINY_VOCAB, TINY_POSITIONS, seed=1)
    alone = tmp_path / "copied" / "adapter"
    shutil.copytree(f"{run_dir}/adapter", alone)
    assert _eval(tmp_path, other, str(alone), tiny_dataset, tiny_tokenizer_path) == 2
    assert _error_line(capsys.readouterr().err) == (
        f"longctx eval: error: adapter:copied: the adapter {str(alone)!r} was trained on "
        f"another base model (its run trained on {tiny_model!r}, whose weights differ from "
        f"--model {other!r}): pass --model the base it was trained on"
    )
    same = tmp_path / "same"
    shutil.copytree(tiny_model, same)
    assert _eval(tmp_path, str(same), str(alone), tiny_dataset, tiny_tokenizer_path) == 0
    older = tmp_path / "older"
    shutil.copytree(run_dir, older)
    (older / "adapter" / "longctx_base.json").unlink()
    shutil.rmtree(tmp_path / "eval")
    assert _eval(tmp_path, other, str(older / "adapter"), tiny_dataset, tiny_tokenizer_path) == 2


def test_another_dtype_said(
    run_dir, tiny_model, tiny_dataset, tiny_tokenizer_path, tmp_path, capsys
):
    """Clause another_dtype_said: the run's base re-saved in bfloat16 is refused as
    "another base model" (other bytes); the line now says it is the same tensors in
    another dtype (session 30, wtF2 review, Left)."""
    from transformers import AutoModelForCausalLM

    bf16 = str(tmp_path / "bf16")
    AutoModelForCausalLM.from_pretrained(tiny_model, dtype=torch.bfloat16).save_pretrained(bf16)
    assert _eval(tmp_path, bf16, f"{run_dir}/adapter", tiny_dataset, tiny_tokenizer_path) == 2
    assert _error_line(capsys.readouterr().err).endswith(
        f"differ from --model {bf16!r}; the same tensors in BF16 there, F32 in the run's "
        "model: a copy re-saved in another dtype holds other weights): pass --model the base "
        "it was trained on"
    )
