"""Perplexity by context length and loss by position, on held-out documents.

* **Sliding-window perplexity** (HF, "Perplexity of fixed-length models"): windows of
  ``length`` tokens advance by ``stride`` tokens; a window scores only the tokens no
  earlier window scored, so every token after a document's first is scored exactly
  once, with ``length - stride`` to ``length - 1`` tokens of left context (less only
  in the first window). Cost per length: ``~ num_tokens / stride`` forwards of
  ``length`` tokens.
* **Loss by position**: consecutive ``length``-token spans of each document; a
  token at span position ``p`` has ``p`` tokens of context. The mean loss per
  position bucket is the curve that shows whether a model uses distant context
  (a model that does has a falling curve).

Every length scores the same tokens: each document contributes exactly its first
``doc_tokens`` tokens (documents shorter than that are skipped), so perplexities at
different lengths differ only in the context the model was given. Loss by position
reads spans from the whole of each document.

Held-out documents come from a longctx dataset (its validation split, rebuilt from
the rows of its largest window) or from text files tokenized with the model's tokenizer.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np
import torch
import torch.nn.functional as F

from schemas.errors import UserError
from transforms.char_starts import (
    continuation_ids,
    id_char_starts,
    starts_at_or_after,
    starts_at_or_before,
)


@dataclass(frozen=True)
class HeldOutDocument:
    doc_id: str
    token_ids: np.ndarray  # int64
    # Per token: whether it begins a character (rule eval_char_start); None: all do.
    char_starts: np.ndarray | None = field(default=None, compare=False, repr=False)


def with_char_starts(docs: list[HeldOutDocument], tokenizer) -> list[HeldOutDocument]:
    """``docs`` with their ``char_starts`` from ``tokenizer``'s vocabulary (rule
    ``eval_char_start``: byte-level BPE splits a CJK character into 2-3 tokens, and an
    eval window that began with the second gave its first tokens a broken byte as
    context; English text has no such token and keeps ``None``: every window as before)."""
    table = continuation_ids(tokenizer)
    return [replace(d, char_starts=id_char_starts(d.token_ids, table)) for d in docs]


@dataclass(frozen=True)
class Window:
    """Forward ``ids[begin:end]``; tokens ``[score_from, end)`` are scored, each one
    with the tokens from ``begin`` up to it as context."""

    begin: int
    end: int
    score_from: int


def sliding_windows(
    num_tokens: int, length: int, stride: int, char_starts: np.ndarray | None = None
) -> list[Window]:
    """The windows that score tokens ``1 .. num_tokens - 1`` exactly once (pure).

    Window ``k`` ends at ``min(length + k * stride, num_tokens)`` and is ``length``
    tokens long where the document allows; it scores what earlier windows did not.
    Unlike HF's loop, the last window is anchored at the document's end rather than
    cut short, so its tokens keep ``length - stride`` or more tokens of context too.
    Rule ``eval_char_start`` (``char_starts``: :class:`HeldOutDocument`'s): a window
    that would begin inside a character begins 1-3 tokens later, on the next one
    (never past its first scored token's context: ``score_from - 1``), so it is at
    most ``length`` tokens and its first scored tokens keep ``length - stride - 3`` or
    more tokens of whole-character context.
    """
    if length < 2:
        raise ValueError(f"context length {length} must be at least 2 tokens")
    if not 0 < stride < length:
        raise ValueError(
            f"stride {stride} must be in 1..{length - 1}: below the context length, so each "
            "window's first scored token has context"
        )
    windows: list[Window] = []
    scored_to = 1  # token 0 has no left context: never scored
    while scored_to < num_tokens:
        end = min(length + len(windows) * stride, num_tokens)
        begin = starts_at_or_after(char_starts, max(0, end - length), scored_to - 1)
        windows.append(Window(begin, end, scored_to))
        scored_to = end
    return windows


def position_edges(length: int, first: int = 64) -> list[int]:
    """Bucket edges of left-context sizes: ``[1, 64), [64, 128), ... [length/2, length)``."""
    edges = [1]
    edge = first
    while edge < length:
        edges.append(edge)
        edge *= 2
    return edges + [length]


# --------------------------------------------------------------------------
# Model side
# --------------------------------------------------------------------------
@torch.no_grad()
def window_losses(
    model, ids: np.ndarray, device, autocast=contextlib.nullcontext, chunk: int = 1024
) -> np.ndarray:
    """Next-token loss (nats) of ``ids[1:]``, each predicted from all of ``ids`` before it.

    Runs the decoder once and the LM head over ``chunk`` positions at a time, so the
    ``length x vocabulary`` logits never exist at once.
    """
    from training.modeling import causal_lm

    lm = causal_lm(model)
    x = torch.as_tensor(np.asarray(ids), dtype=torch.long, device=device)[None]
    with autocast():
        hidden = lm.model(input_ids=x, use_cache=False).last_hidden_state[0, :-1]
    head = lm.get_output_embeddings()
    softcap = getattr(lm.config, "final_logit_softcapping", None)
    targets = x[0, 1:]
    out = []
    for start in range(0, hidden.shape[0], chunk):
        with autocast():
            logits = head(hidden[start : start + chunk]).float()
        if softcap:
            logits = torch.tanh(logits / softcap) * softcap
        out.append(F.cross_entropy(logits, targets[start : start + chunk], reduction="none"))
    return torch.cat(out).double().cpu().numpy() if out else np.zeros(0)


class TokenLosses:
    """Per-token losses of one model, memoized per ``(document, begin, end)`` span, so
    a span shared by the perplexity and the position passes is computed once."""

    def __init__(
        self,
        model,
        device,
        autocast=contextlib.nullcontext,
        chunk: int = 1024,
        on_forward: Callable[[int], None] | None = None,
    ):
        self.model, self.device, self.autocast, self.chunk = model, device, autocast, chunk
        self.on_forward = on_forward
        self._memo: dict[tuple[str, int, int], np.ndarray] = {}

    def __call__(self, doc: HeldOutDocument, begin: int, end: int) -> np.ndarray:
        """Losses of tokens ``begin + 1 .. end - 1`` with context from ``begin``."""
        key = (doc.doc_id, begin, end)
        if key not in self._memo:
            self._memo[key] = window_losses(
                self.model, doc.token_ids[begin:end], self.device, self.autocast, self.chunk
            )
            if self.on_forward:
                self.on_forward(end - begin)
        return self._memo[key]


def score_document(
    losses: TokenLosses, doc: HeldOutDocument, length: int, stride: int
) -> tuple[np.ndarray, np.ndarray]:
    """``(loss, context)`` of every scored token of ``doc`` (tokens 1..n-1, in order)."""
    all_losses, all_contexts = [], []
    for w in sliding_windows(len(doc.token_ids), length, stride, doc.char_starts):
        window = losses(doc, w.begin, w.end)
        scored = np.arange(w.score_from, w.end)
        all_losses.append(window[scored - w.begin - 1])
        all_contexts.append(scored - w.begin)
    if not all_losses:
        return np.zeros(0), np.zeros(0, dtype=np.int64)
    return np.concatenate(all_losses), np.concatenate(all_contexts)


def perplexity_at_length(
    losses: TokenLosses, docs: list[HeldOutDocument], length: int, stride: int
) -> dict:
    total, count, windows = 0.0, 0, 0
    for doc in docs:
        token_losses, _ = score_document(losses, doc, length, stride)
        total += float(token_losses.sum())
        count += len(token_losses)
        windows += len(sliding_windows(len(doc.token_ids), length, stride, doc.char_starts))
    loss = total / count if count else float("nan")
    return {
        "length": length,
        "stride": stride,
        "documents": len(docs),
        "windows": windows,
        "tokens_scored": count,
        "loss": loss,
        "perplexity": math.exp(loss) if count else None,
    }


def position_spans(docs: list[HeldOutDocument], length: int, max_spans: int = 0) -> list:
    """``(doc, begin)`` of the spans for loss by position (pure).

    The candidates are each document's consecutive ``length``-token spans; with a
    budget, each document gets an equal share, spread evenly over it (its first span
    included), so the curve averages over many parts of the text rather than the
    openings of documents.
    """
    # Rule eval_char_start: a span that would begin inside a character begins on its
    # first token, 1-3 tokens earlier (still `length` tokens; position p keeps p tokens
    # of context, none of them half a character).
    candidates = [
        (
            d,
            [
                starts_at_or_before(d.char_starts, b)
                for b in range(0, len(d.token_ids) - length + 1, length)
            ],
        )
        for d in docs
    ]
    candidates = [(d, begins) for d, begins in candidates if begins]
    if not max_spans:
        return [(d, b) for d, begins in candidates for b in begins]
    spans = []
    for i, (doc, begins) in enumerate(candidates):
        share = max_spans // len(candidates) + (i < max_spans % len(candidates))
        if share:
            picks = np.unique(np.linspace(0, len(begins) - 1, min(share, len(begins))).round())
            spans += [(doc, begins[int(k)]) for k in picks]
    return spans


def loss_by_position(
    losses: TokenLosses,
    docs: list[HeldOutDocument],
    length: int,
    edges: list[int] | None = None,
    max_spans: int = 0,
) -> dict:
    """Mean loss per left-context bucket over ``length``-token spans of ``docs``."""
    edges = edges or position_edges(length)
    sums = np.zeros(len(edges) - 1)
    counts = np.zeros(len(edges) - 1, dtype=np.int64)
    bucket = np.searchsorted(edges, np.arange(1, length), side="right") - 1
    spans = position_spans(docs, length, max_spans)
    for doc, begin in spans:
        np.add.at(sums, bucket, losses(doc, begin, begin + length))
        np.add.at(counts, bucket, 1)
    buckets = [
        {
            "start": edges[i],
            "end": edges[i + 1],
            "tokens": int(counts[i]),
            "loss": float(sums[i] / counts[i]) if counts[i] else None,
        }
        for i in range(len(edges) - 1)
    ]
    return {"length": length, "spans": len(spans), "buckets": buckets}


# --------------------------------------------------------------------------
# Held-out documents
# --------------------------------------------------------------------------
class HeldOutError(UserError):
    """No usable held-out documents, or documents tokenized with another tokenizer."""


class NoHeldOutRows(HeldOutError):
    """The dataset's split has no rows at all (a one-document build, or
    --validation-fraction 0): ``longctx eval`` evaluates what needs no held-out text."""


def dataset_documents(data_dir: str, split: str = "validation") -> list[HeldOutDocument]:
    """The ``split`` documents of a longctx dataset, rebuilt from its largest window.

    Every document token lies in some row of each window bucket (the windows cover
    the document), so the pieces of one bucket give back each document exactly.
    """
    import datasets

    from schemas.dataset import load_manifest
    from transforms.packing import piece_layout

    manifest = load_manifest(data_dir)
    windows = manifest.windows_with_rows(split)
    if not windows:
        raise NoHeldOutRows(f"{data_dir!r} has no {split} rows; pass --text FILES instead")
    shards = [s for s in manifest.bucket_shards(split, windows[-1]) if s.rows]
    tokens: dict[str, np.ndarray] = {}
    for shard in shards:
        rows = datasets.Dataset.from_file(os.path.join(data_dir, shard.path))
        rows = rows.select_columns(["input_ids", "memory_length", "pieces"])
        for row in rows:
            ids = row["input_ids"]
            for piece, first in piece_layout(row):
                n = piece["token_end"] - piece["token_start"]
                doc = tokens.get(piece["doc_id"])
                if doc is None or len(doc) < piece["token_end"]:
                    grown = np.full(piece["token_end"], -1, dtype=np.int64)
                    if doc is not None:
                        grown[: len(doc)] = doc
                    tokens[piece["doc_id"]] = doc = grown
                doc[piece["token_start"] : piece["token_end"]] = ids[first : first + n]
    for doc_id, ids in tokens.items():
        if (ids < 0).any():
            raise HeldOutError(
                f"{data_dir!r}: document {doc_id!r} has gaps in its window-{windows[-1]} "
                "rows; the dataset is incomplete (check it with `longctx inspect --verify`)"
            )
    return [HeldOutDocument(d, tokens[d]) for d in sorted(tokens)]


def text_documents(
    patterns: list[str], tokenizer, text_field: str = "text"
) -> list[HeldOutDocument]:
    """Documents of text / JSONL / Parquet files (compressed too), tokenized with
    ``tokenizer`` (a ``tokenizers.Tokenizer``), normalized as the dataset builder does."""
    from schemas.records import Document
    from transforms.normalize import normalize_text
    from transforms.read import ReadConfig, expand_inputs, read_file

    config = ReadConfig(text_field=text_field)
    read, unreadable = [], []
    for file in expand_inputs(patterns):
        for record in read_file(file, config):
            (read if isinstance(record, Document) else unreadable).append(record)
    if unreadable:
        first = unreadable[0]
        print(
            f"longctx eval: skipped {len(unreadable)} unreadable record(s), e.g. "
            f"{first.doc_id!r}: {first.error}",
            file=sys.stderr,
        )
    # One batch: the Rust tokenizer spreads it over its thread pool (as the builder does).
    encodings = tokenizer.encode_batch(
        [normalize_text(d.text) for d in read], add_special_tokens=False
    )
    docs = [
        HeldOutDocument(d.doc_id, np.asarray(e.ids, dtype=np.int64))
        for d, e in zip(read, encodings, strict=True)
    ]
    return sorted(docs, key=lambda d: d.doc_id)


def select_documents(
    docs: list[HeldOutDocument], min_tokens: int, max_docs: int
) -> list[HeldOutDocument]:
    """The first ``max_docs`` documents (by id) with at least ``min_tokens`` tokens."""
    long_enough = [d for d in docs if len(d.token_ids) >= min_tokens]
    if not long_enough:
        longest = max((len(d.token_ids) for d in docs), default=0)
        # clause count_agrees: "none of the 1 held-out documents has" said of one document
        short = (
            f"the one held-out document has {longest} tokens, fewer than {min_tokens}"
            if len(docs) == 1
            else f"none of the {len(docs)} held-out documents has {min_tokens} tokens "
            f"(the longest has {longest})"
        )
        raise HeldOutError(
            f"{short}; lower --doc-tokens / --lengths or pass longer documents with --text"
        )
    return long_enough[:max_docs] if max_docs else long_enough


def truncate(docs: list[HeldOutDocument], num_tokens: int) -> list[HeldOutDocument]:
    """Each document's first ``num_tokens`` tokens (same ids: shared spans stay shared)."""
    return [
        HeldOutDocument(
            d.doc_id,
            d.token_ids[:num_tokens],
            None if d.char_starts is None else d.char_starts[:num_tokens],
        )
        for d in docs
    ]


# --------------------------------------------------------------------------
# Validation loss during training (per dataset row)
# --------------------------------------------------------------------------
@torch.no_grad()
def validation_loss(
    loss_module,
    bucket,
    max_rows: int,
    micro_batch_size: int,
    pad_id: int,
    device,
    autocast,
    rank: int = 0,
    world: int = 1,
) -> float | None:
    """Mean loss per scored token over the bucket's first ``max_rows`` rows (ranks split
    them); None when they score no token (a NaN there would read as a broken model)."""
    from training.data import collate_rows, micro_batches
    from training.distributed import forward_is_collective

    module = getattr(loss_module, "module", loss_module)  # no DDP collectives in eval
    every = list(range(min(max_rows, len(bucket))))
    batches = micro_batches(every[rank::world], micro_batch_size)
    if forward_is_collective(module):
        # FSDP gathers weights inside forward: every rank runs as many forwards as
        # rank 0 (which has the most rows), the extra ones on row 0, not counted.
        most = len(micro_batches(every[0::world], micro_batch_size))
        batches += [None] * (most - len(batches))
    was_training = module.training
    module.eval()
    totals = torch.zeros(2, dtype=torch.float64, device=device)
    for mb in batches:
        batch = collate_rows(bucket.take(mb or every[:1]), pad_id)
        with autocast():
            loss_sum, n = module(
                **{k: batch[k].to(device) for k in ("input_ids", "labels", "position_ids")}
            )
        if mb is not None:
            totals += torch.tensor([float(loss_sum), n], dtype=torch.float64, device=device)
    if world > 1:
        torch.distributed.all_reduce(totals)
    module.train(was_training)
    return float(totals[0] / totals[1]) if totals[1] else None  # None: no token scored
