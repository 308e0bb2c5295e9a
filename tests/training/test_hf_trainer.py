"""longctx rows in Hugging Face ``Trainer``: the README's snippet runs as written, our
collator keeps every document to itself, and the stock collators the README warns
about do break packed rows, each in the way it says."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from schemas.records import IGNORE_INDEX
from tests.conftest import readme_snippet
from training.data import PackedRowCollator

from .conftest import run_plain_snippet, write_tiny_dataset

MODEL_INPUTS = ("input_ids", "attention_mask", "position_ids", "labels")


@pytest.mark.slow
def test_readme_hf_trainer_snippet_trains_two_steps_on_packed_rows(
    tiny_model, tmp_path, monkeypatch
):
    import datasets

    data = write_tiny_dataset(str(tmp_path / "data"), windows=(32, 64))
    code = readme_snippet("hf-trainer")
    for old, new in (
        ("data/shakespeare", data),
        ("w1024", "w64"),  # the tiny dataset's buckets are 32 and 64 tokens
        ("defaults/smollm2-135m", tiny_model),
        ("runs/hf-trainer", str(tmp_path / "run")),
    ):
        assert old in code, f"the README snippet no longer mentions {old!r}"
        code = code.replace(old, new)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))
    namespace: dict = {}
    exec(compile(code, "README.md:hf-trainer", "exec"), namespace)  # noqa: S102
    trainer = namespace["trainer"]
    assert trainer.args.per_device_train_batch_size == 2
    assert trainer.state.global_step == 2
    rows = namespace["rows"]
    assert set(rows["window"]) == {64} and min(rows["length"]) < 64  # short (packed) rows too
    (summary,) = [r for r in trainer.state.log_history if "train_loss" in r]
    assert math.isfinite(summary["train_loss"]) and summary["train_loss"] > 0


# ---------------------------------------------------------------- collators
@pytest.fixture(scope="module")
def model(tiny_model):
    from transformers import AutoModelForCausalLM

    m = AutoModelForCausalLM.from_pretrained(tiny_model, attn_implementation="sdpa").eval()
    m.config.use_cache = False  # as Trainer sets it
    return m


@pytest.fixture(scope="module")
def hf_tokenizer(tiny_tokenizer_path):
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(tokenizer_file=tiny_tokenizer_path, pad_token="<|endoftext|>")


def _row(pieces: list[list[int]], context: int = 0) -> dict:
    """A stored row: pieces packed with restarting positions; each piece's first token
    and the first ``context`` tokens are context only (label -100)."""
    ids = [t for p in pieces for t in p]
    positions = [i for p in pieces for i in range(len(p))]
    labels = [IGNORE_INDEX if pos == 0 else t for t, pos in zip(ids, positions, strict=True)]
    labels[:context] = [IGNORE_INDEX] * context
    return {"input_ids": ids, "labels": labels, "position_ids": positions}


def _pieces(seed: int, lengths) -> list[list[int]]:
    g = torch.Generator().manual_seed(seed)
    return [torch.randint(1, 400, (n,), generator=g).tolist() for n in lengths]


EQUAL = [_row(_pieces(1, (6, 10))), _row(_pieces(2, (16,)), context=5)]  # both 16 tokens
RAGGED = [_row(_pieces(1, (6, 10))), _row(_pieces(3, (9,)))]  # a short row: padding


def _expected(model, rows) -> tuple[float, int]:
    """Mean loss over the stored labels, every piece run alone; and the scored count."""
    total, count = 0.0, 0
    for row in rows:
        starts = [i for i, p in enumerate(row["position_ids"]) if p == 0] + [len(row["input_ids"])]
        for a, b in zip(starts, starts[1:], strict=False):
            ids = torch.tensor([row["input_ids"][a:b]])
            with torch.no_grad():
                logits = model(input_ids=ids, use_cache=False).logits[0]
            labels = torch.tensor(row["labels"][a + 1 : b])
            keep = labels != IGNORE_INDEX
            total += float(F.cross_entropy(logits[:-1][keep], labels[keep], reduction="sum"))
            count += int(keep.sum())
    return total / count, count


def _outcome(model, collator, rows) -> str:
    """ok | error (cannot batch) | rescored (other tokens scored) | leaks (other loss)."""
    try:
        batch = collator([dict(r) for r in rows])
    except Exception:  # noqa: BLE001 - any failure to batch is the outcome we record
        return "error"
    expected, count = _expected(model, rows)
    if int((batch["labels"][:, 1:] != IGNORE_INDEX).sum()) != count:
        return "rescored"
    with torch.no_grad():
        loss = model(**{k: batch[k] for k in MODEL_INPUTS if k in batch}).loss
    return "ok" if abs(float(loss) - expected) < 1e-4 * expected else "leaks"


def _stock(name: str, tokenizer):
    from transformers import (
        DataCollatorForLanguageModeling,
        DataCollatorForSeq2Seq,
        DataCollatorWithFlattening,
        DataCollatorWithPadding,
        default_data_collator,
    )

    return {
        "PackedRowCollator": PackedRowCollator(pad_token_id=0),
        "default_data_collator": default_data_collator,
        "DataCollatorWithFlattening": DataCollatorWithFlattening(),
        "DataCollatorWithPadding": DataCollatorWithPadding(tokenizer),
        "DataCollatorForLanguageModeling": DataCollatorForLanguageModeling(tokenizer, mlm=False),
        "DataCollatorForSeq2Seq": DataCollatorForSeq2Seq(tokenizer),
    }[name]


# (name, full rows of equal length, a batch with a short row): what the README says.
TABLE = [
    ("PackedRowCollator", "ok", "ok"),
    ("default_data_collator", "ok", "error"),
    ("DataCollatorWithFlattening", "leaks", "leaks"),  # positions rebuilt per row
    ("DataCollatorWithPadding", "leaks", "error"),  # attention_mask: no packed detection
    ("DataCollatorForLanguageModeling", "rescored", "error"),  # labels = input_ids
    ("DataCollatorForSeq2Seq", "leaks", "error"),  # cannot pad position_ids
]


@pytest.mark.parametrize("name, equal, ragged", TABLE)
def test_collators_on_packed_rows_as_the_readme_says(model, hf_tokenizer, name, equal, ragged):
    collator = _stock(name, hf_tokenizer)
    assert (_outcome(model, collator, EQUAL), _outcome(model, collator, RAGGED)) == (
        equal,
        ragged,
    )


def test_packed_row_collator_pads_with_ignored_labels_and_continuing_positions():
    batch = PackedRowCollator(pad_token_id=7)(RAGGED)
    assert set(batch) == {"input_ids", "labels", "position_ids"}  # no attention_mask
    assert batch["input_ids"].shape == (2, 16)
    assert batch["input_ids"][1, 9:].tolist() == [7] * 7
    assert batch["labels"][1, 9:].tolist() == [IGNORE_INDEX] * 7
    assert batch["position_ids"][1].tolist() == list(range(16))  # one sequence, then padding
    assert batch["position_ids"][0].tolist() == list(range(6)) + list(range(10))
    assert batch["labels"][0].tolist() == RAGGED[0]["labels"]


def test_readme_one_document_per_row_snippet_keeps_every_scored_token(tmp_path, monkeypatch):
    """The README's conversion for trainers that take only input_ids, attention_mask
    and labels: each packed document becomes its own row, with its own tokens and
    labels, and the scored tokens are exactly the bucket's."""
    import datasets

    namespace, _, plain_path = run_plain_snippet(tmp_path, monkeypatch)
    rows, plain = namespace["rows"], datasets.load_from_disk(plain_path)
    assert sorted(plain.column_names) == ["attention_mask", "input_ids", "labels"]
    pieces = [(row, p) for row in rows for p in row["pieces"]]
    assert len(plain) == len(pieces) > len(rows)  # the tiny dataset packs documents
    for (row, piece), out in zip(pieces, plain, strict=True):
        span = slice(piece["offset"], piece["offset"] + piece["length"])
        assert out["input_ids"] == row["input_ids"][span]
        assert out["labels"] == row["labels"][span] and out["labels"][0] == IGNORE_INDEX
        assert out["attention_mask"] == [1] * piece["length"]
    scored = sum(sum(label != IGNORE_INDEX for label in r["labels"]) for r in plain)
    assert scored == sum(rows["num_scored"])
