"""Packed rows: pieces must not attend to each other.

transformers 5 builds a block-diagonal causal mask from restarting ``position_ids``
when no ``attention_mask`` and no cache are given (``use_cache=False``). These tests
pin that behaviour on a tiny model, through our collator and loss.
"""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from schemas.records import IGNORE_INDEX
from training.data import collate_rows
from training.modeling import CausalLMLoss

from .conftest import TINY_VOCAB


@pytest.fixture(scope="module")
def model(tiny_model):
    from transformers import AutoModelForCausalLM

    m = AutoModelForCausalLM.from_pretrained(tiny_model, attn_implementation="sdpa").eval()
    return m


def per_token_loss(model, ids, positions):
    """Cross-entropy of predicting ids[t] from ids[:t], for t >= 1 (no reduction)."""
    with torch.no_grad():
        logits = model(
            input_ids=torch.tensor([ids]), position_ids=torch.tensor([positions]), use_cache=False
        ).logits[0]
    return F.cross_entropy(logits[:-1], torch.tensor(ids[1:]), reduction="none")


@pytest.mark.parametrize("lengths", [(5, 7), (9, 3, 11), (1, 16, 2, 6)])
def test_packed_row_and_its_pieces_give_the_same_per_token_loss(model, lengths):
    g = torch.Generator().manual_seed(sum(lengths))
    pieces = [torch.randint(1, TINY_VOCAB, (n,), generator=g).tolist() for n in lengths]
    packed_ids = [t for p in pieces for t in p]
    packed_pos = [i for p in pieces for i in range(len(p))]
    packed = per_token_loss(model, packed_ids, packed_pos)
    offset = 0
    for piece in pieces:
        n = len(piece)
        if n > 1:
            alone = per_token_loss(model, piece, list(range(n)))
            # losses of predicting the piece's tokens 1..n-1 from inside the piece
            torch.testing.assert_close(packed[offset : offset + n - 1], alone, rtol=1e-4, atol=1e-5)
        offset += n


def test_without_restarting_positions_the_pieces_do_leak(model):
    """Control: the same row with continuous positions (plain causal) differs, so the
    test above can fail."""
    g = torch.Generator().manual_seed(0)
    a, b = (torch.randint(1, TINY_VOCAB, (8,), generator=g).tolist() for _ in range(2))
    packed = per_token_loss(model, a + b, list(range(8)) + list(range(8)))
    causal = per_token_loss(model, a + b, list(range(16)))
    alone = per_token_loss(model, b, list(range(8)))
    torch.testing.assert_close(packed[8:], alone, rtol=1e-4, atol=1e-5)
    assert not torch.allclose(causal[8:], alone, rtol=1e-3, atol=1e-4)


def test_loss_module_on_a_padded_batch_of_packed_rows_matches_pieces_alone(model):
    """Through the collator (right padding, boundary labels) and the chunked loss: the
    summed loss of a batch equals the sum over its pieces computed one by one."""
    g = torch.Generator().manual_seed(3)
    rows, expected, scored = [], 0.0, 0
    for lengths in [(6, 10), (12,), (3, 4, 5)]:
        ids, pos = [], []
        for n in lengths:
            piece = torch.randint(1, TINY_VOCAB, (n,), generator=g).tolist()
            ids += piece
            pos += list(range(n))
            expected += float(per_token_loss(model, piece, list(range(n))).sum())
            scored += n - 1
        rows.append({"input_ids": ids, "labels": list(ids), "position_ids": pos})
    batch = collate_rows(rows, pad_id=0)
    assert int((batch["labels"] != IGNORE_INDEX).sum()) == scored
    for chunk in (0, 5):
        with torch.no_grad():
            total, n = CausalLMLoss(model, chunk)(
                batch["input_ids"], batch["labels"], batch["position_ids"]
            )
        assert n == scored
        assert float(total) == pytest.approx(expected, rel=1e-4)
