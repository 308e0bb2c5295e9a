"""The chunked loss equals the plain HF loss, in value and gradients."""

from __future__ import annotations

import pytest
import torch

from schemas.records import IGNORE_INDEX
from training.config import PeftSettings
from training.data import collate_rows
from training.modeling import CausalLMLoss, chunked_lm_loss, wrap_peft

from .conftest import TINY_VOCAB


def _batch(seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    rows = []
    for lengths in [(40,), (17, 23), (9, 30)]:
        ids, pos = [], []
        for n in lengths:
            ids += torch.randint(1, TINY_VOCAB, (n,), generator=g).tolist()
            pos += list(range(n))
        labels = list(ids)
        labels[:5] = [IGNORE_INDEX] * 5  # some context-only tokens
        rows.append({"input_ids": ids, "labels": labels, "position_ids": pos})
    return collate_rows(rows, pad_id=0)


def _model(path, peft: PeftSettings | None):
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(path, attn_implementation="sdpa")
    if peft is None:
        return model
    model = wrap_peft(model, peft)
    # LoRA B starts at zero, which would make most gradients trivially equal.
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.02)
    return model


def _loss_and_grads(model, chunk, batch):
    model.zero_grad(set_to_none=True)
    total, n = CausalLMLoss(model, chunk)(
        batch["input_ids"], batch["labels"], batch["position_ids"]
    )
    (total / n).backward()
    grads = {k: p.grad.clone() for k, p in model.named_parameters() if p.grad is not None}
    return float(total), n, grads


@pytest.mark.parametrize(
    "peft",
    [
        None,  # full fine-tuning: gradients reach the (tied) LM head through the chunks
        PeftSettings(r=4, alpha=8),
        PeftSettings(r=4, alpha=8, train_embeddings=True, train_norms=True),
    ],
    ids=["full", "lora", "lora+embeddings+norms"],
)
@pytest.mark.parametrize("chunk", [1, 7, 64, 10_000])
def test_chunked_loss_and_gradients_equal_plain_hf_loss(tiny_model, peft, chunk):
    batch = _batch()
    model = _model(tiny_model, peft)
    plain_loss, plain_n, plain_grads = _loss_and_grads(model, 0, batch)
    chunk_loss, chunk_n, chunk_grads = _loss_and_grads(model, chunk, batch)
    assert chunk_n == plain_n == int((batch["labels"][:, 1:] != IGNORE_INDEX).sum())
    assert chunk_loss == pytest.approx(plain_loss, rel=1e-5)
    assert plain_grads and set(chunk_grads) == set(plain_grads)
    for name, grad in plain_grads.items():
        torch.testing.assert_close(chunk_grads[name], grad, rtol=1e-4, atol=1e-6, msg=name)
    assert any(g.abs().sum() > 0 for g in plain_grads.values())


def test_chunked_loss_matches_a_direct_computation():
    torch.manual_seed(1)
    head = torch.nn.Linear(8, 11, bias=False)
    hidden = torch.randn(2, 6, 8, requires_grad=True)
    labels = torch.randint(0, 11, (2, 6))
    labels[0, 2] = labels[1, 5] = IGNORE_INDEX
    total, n = chunked_lm_loss(hidden, labels, head, chunk=3)
    logits = head(hidden)[:, :-1].reshape(-1, 11)
    y = labels[:, 1:].reshape(-1)
    expected = torch.nn.functional.cross_entropy(
        logits, y, ignore_index=IGNORE_INDEX, reduction="sum"
    )
    assert n == int((y != IGNORE_INDEX).sum()) == 8
    torch.testing.assert_close(total, expected)


def test_nothing_scored_still_backpropagates():
    head = torch.nn.Linear(4, 5, bias=False)
    hidden = torch.randn(1, 3, 4, requires_grad=True)
    total, n = chunked_lm_loss(hidden, torch.full((1, 3), IGNORE_INDEX), head, chunk=2)
    total.backward()
    assert n == 0 and float(total) == 0.0
    assert hidden.grad is not None and float(hidden.grad.abs().sum()) == 0.0
