"""Packing short documents into rows: deterministic, tight, and attention-isolated."""

from __future__ import annotations

import random

import numpy as np
import pytest

from schemas import IGNORE_INDEX
from transforms.chunking import ChunkConfig, chunk_document
from transforms.packing import PendingPiece, pack_pieces

from .test_chunking import EOS, make_document


def test_packing_is_deterministic_and_tight():
    corpus = [make_document(f"s{i}", n, seed=i) for i, n in enumerate([5, 30, 12, 60, 1, 44, 19])]
    config = ChunkConfig(windows=(64,), eos_id=EOS)
    pieces = [p for item in corpus for p in chunk_document(item.doc, 64, config)[1]]
    assert all(isinstance(p, PendingPiece) for p in pieces) and len(pieces) == 7
    rows = pack_pieces(pieces, 64, config)
    shuffled = pieces[:]
    random.Random(0).shuffle(shuffled)
    again = pack_pieces(shuffled, 64, config)
    assert [[p["doc_id"] for p in r["pieces"]] for r in rows] == [
        [p["doc_id"] for p in r["pieces"]] for r in again
    ]
    for a, b in zip(rows, again, strict=True):
        np.testing.assert_array_equal(a["input_ids"], b["input_ids"])
    # 178 tokens incl. one EOS each: best-fit decreasing needs the minimum, 3 rows.
    assert sum(r["length"] for r in rows) == sum(n + 1 for n in [5, 30, 12, 60, 1, 44, 19])
    assert len(rows) == 3
    # Sizes with EOS: s3 61, s5 45, s1 31, s6 20, s2 13, s0 6, s4 2; each goes to the
    # open row with the least room that still fits it.
    assert [[p["doc_id"] for p in r["pieces"]] for r in rows] == [
        ["s3", "s4"],
        ["s5", "s0"],
        ["s1", "s6", "s2"],
    ]


def test_packing_rejects_a_piece_longer_than_the_window():
    item = make_document("big", 100, seed=0)
    _, pieces = chunk_document(item.doc, 128, ChunkConfig(windows=(128,)))
    with pytest.raises(ValueError, match="needs 101 tokens > window 64"):
        pack_pieces(pieces, 64, ChunkConfig(windows=(64,)))


# --------------------------------------------------------------------------
# Packing and attention: a packed piece scores as it does alone
# --------------------------------------------------------------------------
def _per_token_loss(model, input_ids, labels, position_ids=None):
    import torch

    ids = torch.as_tensor(np.asarray(input_ids, dtype=np.int64))[None]
    kwargs = {"use_cache": False}
    if position_ids is not None:
        # attention_mask stays None: transformers then derives per-piece attention
        # blocks from where position_ids restart (sdpa / eager / flash varlen).
        kwargs["position_ids"] = torch.as_tensor(np.asarray(position_ids, dtype=np.int64))[None]
    with torch.no_grad():
        logits = model(input_ids=ids, **kwargs).logits[0]
    target = torch.as_tensor(np.asarray(labels, dtype=np.int64))
    loss = torch.nn.functional.cross_entropy(
        logits[:-1].float(), target[1:], ignore_index=IGNORE_INDEX, reduction="none"
    )
    return loss.numpy(), target[1:].numpy() != IGNORE_INDEX


def test_packed_row_gives_each_piece_the_loss_it_has_alone():
    torch = pytest.importorskip("torch")
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    model = LlamaForCausalLM(
        LlamaConfig(
            vocab_size=1000,
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=2,
            num_attention_heads=4,
            num_key_value_heads=2,
            max_position_embeddings=128,
            attn_implementation="sdpa",
        )
    ).eval()
    corpus = [make_document(f"p{i}", n, seed=i) for i, n in enumerate([23, 9, 40, 17])]
    config = ChunkConfig(windows=(96,), eos_id=EOS)
    pieces = [p for item in corpus for p in chunk_document(item.doc, 96, config)[1]]
    (row,) = pack_pieces(pieces, 96, config)
    assert len(row["pieces"]) == 4

    packed, packed_scored = _per_token_loss(
        model, row["input_ids"], row["labels"], row["position_ids"]
    )
    alone_losses = []
    for piece in row["pieces"]:
        a, b = piece["offset"], piece["offset"] + piece["length"]
        loss, scored = _per_token_loss(
            model, row["input_ids"][a:b], row["labels"][a:b], np.arange(b - a)
        )
        alone_losses.append(loss[scored])
    # In the packed row a piece's first token is predicted from the previous piece:
    # it is labelled -100, so exactly the same tokens are scored both ways.
    alone = np.concatenate(alone_losses)
    assert packed_scored.sum() == len(alone) == row["num_scored"]
    np.testing.assert_allclose(packed[packed_scored], alone, rtol=1e-4, atol=1e-5)

    # Control: without position_ids the later pieces attend to earlier ones.
    leaky, _ = _per_token_loss(model, row["input_ids"], row["labels"])
    assert not np.allclose(leaky[packed_scored], alone, rtol=1e-4, atol=1e-5)
