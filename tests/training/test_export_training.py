"""A real training step on ``longctx export --format jsonl``: a dataset built by the
pipeline from real text (Shakespeare), exported, read with
``datasets.load_dataset("json")`` and trained by ``transformers.Trainer`` (a tiny
random-init Llama, CPU): the loss is finite, exactly the manifest's scored tokens reach
the model as labels, and packed documents keep their restarting ``position_ids`` (so
each attends only to itself, as the README says)."""

from __future__ import annotations

import json
import math

import pytest
import torch

from pipeline.export import export_dataset
from schemas.records import IGNORE_INDEX
from tests.tempest import build_tempest
from training.data import PackedRowCollator

WINDOW = 256


@pytest.fixture(scope="module")
def exported(tmp_path_factory, tiny_tokenizer_path):
    """(dataset folder, its manifest, the jsonl export's folder and summary)."""
    root = tmp_path_factory.mktemp("export_training")
    out, manifest = build_tempest(root, tiny_tokenizer_path, f"64,{WINDOW}")
    summary = export_dataset(str(out), str(root / "jsonl"), "jsonl")
    return out, manifest, root / "jsonl", summary


def _bucket(exported, window: int):
    import datasets

    out, manifest, dest, summary = exported
    files = [
        str(dest / f["path"])
        for f in summary["files"]
        if f["split"] == "train" and f["window"] == window
    ]
    cache = dest.parent / "hf-cache"
    return datasets.load_dataset("json", data_files={"train": files}, cache_dir=str(cache))["train"]


class _Seen:
    """What reaches the model's ``forward`` in every training step."""

    def __init__(self, model):
        self.batches: list[dict] = []
        model.register_forward_pre_hook(self, with_kwargs=True)

    def __call__(self, module, args, kwargs):
        if module.training:
            self.batches.append({k: v for k, v in kwargs.items() if torch.is_tensor(v)})


@pytest.mark.parametrize("window", [64, WINDOW])
def test_trainer_steps_on_the_jsonl_export_score_exactly_the_manifests_tokens(
    exported, tiny_model, tmp_path, monkeypatch, window
):
    import transformers

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    out, manifest, dest, summary = exported
    rows = _bucket(exported, window)
    listed = json.loads((out / "manifest.json").read_text())  # as a user reads it
    scored = listed["splits"]["train"][str(window)]["scored_tokens"]
    assert sum(sum(v != IGNORE_INDEX for v in r) for r in rows["labels"]) == scored > 0
    model = transformers.AutoModelForCausalLM.from_pretrained(tiny_model)
    seen = _Seen(model)
    before = [p.detach().clone() for p in model.parameters()]
    trainer = transformers.Trainer(
        model=model,
        args=transformers.TrainingArguments(
            str(tmp_path / "run"),
            per_device_train_batch_size=2,
            num_train_epochs=1,  # every row once
            learning_rate=1e-2,
            logging_steps=1,
            save_strategy="no",
            report_to="none",
            use_cpu=True,
        ),
        train_dataset=rows,
        data_collator=PackedRowCollator(),
    )
    trainer.train()
    steps = math.ceil(len(rows) / 2)
    assert trainer.state.global_step == steps == len(seen.batches) >= 1
    losses = [r["loss"] for r in trainer.state.log_history if "loss" in r]
    assert len(losses) == steps and all(math.isfinite(v) and v > 0 for v in losses)
    assert any(not torch.equal(a, b) for a, b in zip(before, model.parameters(), strict=True))
    # Exactly the scored tokens reach the model, each row once with its stored values.
    assert sum(int((b["labels"] != IGNORE_INDEX).sum()) for b in seen.batches) == scored
    stored = {tuple(r["input_ids"]): r for r in rows}
    reached = []
    for batch in seen.batches:
        assert "attention_mask" not in batch  # packed-row detection stays on
        for ids, labels, positions in zip(
            batch["input_ids"].tolist(),
            batch["labels"].tolist(),
            batch["position_ids"].tolist(),
            strict=True,
        ):
            n = next(n for n in range(len(ids), 0, -1) if tuple(ids[:n]) in stored)
            row = stored[tuple(ids[:n])]
            assert labels[:n] == row["labels"] and set(labels[n:]) <= {IGNORE_INDEX}
            assert positions[:n] == row["position_ids"]
            # The model shifts labels by one itself: a scored label is the token at its
            # own place (not pre-shifted), and every document's first token is -100, so
            # the loss covers exactly the labels != -100 and no document's first token
            # is predicted from the one before it (reviewer, session 20).
            assert all(v in (IGNORE_INDEX, t) for v, t in zip(labels, ids, strict=True))
            for piece in row["pieces"]:
                span = slice(piece["offset"], piece["offset"] + piece["length"])
                assert labels[piece["offset"]] == IGNORE_INDEX
                assert positions[span] == list(range(piece["length"]))
            reached.append(tuple(ids[:n]))
    assert sorted(reached) == sorted(tuple(r["input_ids"]) for r in rows)  # each row once


def test_packed_documents_reach_the_model_apart(exported, tiny_model):
    """A packed row of the export, collated as in training: its position_ids restart at
    every document, and each document's logits are those it gets alone (no document
    sees another), while the same row with positions counted through does mix them."""
    import transformers

    rows = _bucket(exported, WINDOW)
    packed = [r for r in rows if len(r["pieces"]) > 1]
    assert packed, "the short texts are packed into a shared row"
    row = packed[0]
    model = transformers.AutoModelForCausalLM.from_pretrained(tiny_model).eval()
    model.config.use_cache = False
    batch = PackedRowCollator()([{k: row[k] for k in ("input_ids", "labels", "position_ids")}])
    assert "attention_mask" not in batch
    with torch.no_grad():
        whole = model(**{k: batch[k] for k in ("input_ids", "position_ids")}).logits[0]
        through = model(batch["input_ids"]).logits[0]
        for piece in row["pieces"]:
            span = slice(piece["offset"], piece["offset"] + piece["length"])
            assert batch["position_ids"][0, span].tolist() == list(range(piece["length"]))
            alone = model(torch.tensor([row["input_ids"][span]])).logits[0]
            torch.testing.assert_close(whole[span], alone, atol=1e-4, rtol=1e-4)
        later = row["pieces"][1]
        span = slice(later["offset"], later["offset"] + later["length"])
        assert not torch.allclose(through[span], whole[span], atol=1e-3)


def test_trainer_steps_on_the_one_document_per_row_export(
    exported, tiny_model, tiny_tokenizer_path, tmp_path, monkeypatch
):
    """The axolotl-style export (``--one-document-per-row``: input_ids, attention_mask,
    labels) trained with transformers' own padding collator: every document its own row,
    exactly the manifest's scored tokens reach the model, the loss is finite."""
    import datasets
    import transformers

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    out, manifest, dest, summary = exported
    split = export_dataset(str(out), str(tmp_path / "one"), "jsonl", one_document_per_row=True)
    files = [
        str(tmp_path / "one" / f["path"])
        for f in split["files"]
        if f["split"] == "train" and f["window"] == WINDOW
    ]
    rows = datasets.load_dataset(
        "json", data_files={"train": files}, cache_dir=str(tmp_path / "cache")
    )["train"]
    listed = json.loads((out / "manifest.json").read_text())
    scored = listed["splits"]["train"][str(WINDOW)]["scored_tokens"]
    assert len(rows) == sum(
        f["lines"] for f in split["files"] if str(tmp_path / "one" / f["path"]) in files
    )
    assert len(rows) > listed["splits"]["train"][str(WINDOW)]["rows"]  # the packed row split
    rows = rows.select_columns(["input_ids", "attention_mask", "labels"])
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_file=tiny_tokenizer_path, pad_token="<|endoftext|>"
    )
    model = transformers.AutoModelForCausalLM.from_pretrained(tiny_model)
    seen = _Seen(model)
    trainer = transformers.Trainer(
        model=model,
        args=transformers.TrainingArguments(
            str(tmp_path / "run"),
            per_device_train_batch_size=2,
            num_train_epochs=1,
            logging_steps=1,
            save_strategy="no",
            report_to="none",
            use_cpu=True,
        ),
        train_dataset=rows,
        data_collator=transformers.DataCollatorForSeq2Seq(tokenizer, label_pad_token_id=-100),
    )
    trainer.train()
    losses = [r["loss"] for r in trainer.state.log_history if "loss" in r]
    assert len(losses) == math.ceil(len(rows) / 2) and all(math.isfinite(v) for v in losses)
    assert sum(int((b["labels"] != IGNORE_INDEX).sum()) for b in seen.batches) == scored
    for batch in seen.batches:  # padding is masked out and never scored
        assert not ((batch["attention_mask"] == 0) & (batch["labels"] != IGNORE_INDEX)).any()
