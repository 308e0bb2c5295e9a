"""LongCE: cross-entropy re-weighted towards the tokens that need long context.

Fang et al. 2024 (definitions in :mod:`training.longppl`; reference code
github.com/PKU-ML/LongPPL ``finetune/finetune.py``, ``loss_weight``). Each scored token's
cross-entropy is weighted by

    weight = min(exp(LSD), gamma),   LSD = short_loss - long_loss

from the model being trained, without gradient (``gamma = loss.max_weight``, paper 5).
The sum is divided by the scored tokens, as the recipe already does (the reference:
``mean(loss * weight)``), so CE and LongCE runs share one normalization. A token
without a shorter context (before position ``K + d`` of its packed piece) has weight 1;
a weight is below 1 where the short context predicts better, as in the reference.

Per micro-batch:

1. plan (pure, :func:`row_short_windows`): for each packed piece of each row (runs of
   consecutive ``position_ids``), :func:`training.longppl.short_context_windows` over
   the piece alone, keeping the windows that hold a scored token. A window never
   crosses a piece boundary, and context-only tokens (window overlap, memory prefix,
   padding) never cost a window;
2. short losses of those tokens, windows batched, under ``no_grad`` and in eval mode
   (no dropout, no random numbers drawn: the run's RNG stream is that of CE);
3. the usual forward with gradient; each chunk of the chunked loss computes the sum
   of its cross-entropies exactly as :class:`training.modeling.CausalLMLoss` does, plus
   ``sum((weight - 1) * CE)`` with the weights from the chunk's detached CE (recomputed
   identically in backward). Where every weight is 1 that term is exactly 0, so loss and
   gradients are CE's bit for bit.

Cost: step 2 forwards ``~(1 + K/d)`` tokens per scored token past position ``K + d``
(5x at the paper's ``K / d = 4``) without backward, about ``5/3`` of a CE step's
forward+backward where the MLPs dominate (short sequences); at 32k, where attention
dominates, the short windows cost relatively less. ``metrics.jsonl`` logs the time.
"""

from __future__ import annotations

import os
import time

import numpy as np
import torch
import torch.nn.functional as F
from tokenizers import Tokenizer
from torch import nn
from torch.utils.checkpoint import checkpoint

from schemas.records import IGNORE_INDEX
from training.checkpoint_files import file_sha256
from training.longppl import short_context_windows, short_geometry, short_window_losses
from training.modeling import CausalLMLoss, causal_lm, chunked_lm_loss
from training.perplexity import Window
from transforms.char_starts import continuation_ids, id_char_starts

STAT_NAMES = ("ce_sum", "weight_sum", "weighted_tokens", "capped_tokens")


def row_short_windows(
    labels: np.ndarray,
    position_ids: np.ndarray,
    short_context: int,
    stride: int,
    input_ids: np.ndarray | None = None,
    continuation: np.ndarray | None = None,
) -> list[Window]:
    """The short-context windows (row coordinates) one row's scored tokens need (pure).

    ``labels[t]`` (HF convention: the token at ``t``, or -100) is predicted from the
    tokens of its piece before ``t``; a piece is a run of consecutive ``position_ids``.
    Rule ``longce_char_start``: with the row's ``input_ids`` and the tokenizer's
    :func:`transforms.char_starts.continuation_ids` table, a window that would begin
    inside a character (byte-level BPE cuts a CJK character into 2-3 tokens) begins on
    its first token, 1-3 tokens earlier in the same piece, as ``longctx eval``'s short
    windows do (rule ``eval_char_start``); without them (or English: no token begins
    inside a character) the windows are as before.
    """
    n = len(labels)
    starts = np.flatnonzero(np.r_[True, position_ids[1:] != position_ids[:-1] + 1])
    ends = np.r_[starts[1:], n]
    scored = labels != IGNORE_INDEX
    out = []
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        found = np.flatnonzero(scored[a:b])
        if not len(found):
            continue
        chars = None if input_ids is None else id_char_starts(input_ids[a:b], continuation)
        for w in short_context_windows(int(found[-1]) + 1, short_context, stride, chars):
            if scored[a + w.score_from : a + w.end].any():
                out.append(Window(a + w.begin, a + w.end, a + w.score_from))
    return out


def batch_short_losses(
    model,
    input_ids: torch.Tensor,
    labels: torch.Tensor,
    position_ids: torch.Tensor,
    short_context: int,
    stride: int,
    batch_tokens: int,
    chunk: int = 1024,
    continuation: np.ndarray | None = None,
) -> tuple[torch.Tensor, torch.Tensor, int]:
    """``(short, weighted, forwarded)``: ``short[b, t]`` the loss of the token at ``t``
    from its short context where ``weighted[b, t]`` (a scored token that has one), and
    the number of tokens forwarded. ``continuation``: rule ``longce_char_start``."""
    lab, pos = labels.cpu().numpy(), position_ids.cpu().numpy()
    ids = input_ids.cpu().numpy() if continuation is not None else [None] * lab.shape[0]
    jobs = [
        (b, w)
        for b in range(lab.shape[0])
        for w in row_short_windows(lab[b], pos[b], short_context, stride, ids[b], continuation)
    ]
    short = torch.zeros(labels.shape, dtype=torch.float32, device=labels.device)
    weighted = torch.zeros(labels.shape, dtype=torch.bool, device=labels.device)
    if jobs:
        results = short_window_losses(
            model, [(input_ids[b], w) for b, w in jobs], batch_tokens, chunk=chunk or 1024
        )
        for (b, w), losses in zip(jobs, results, strict=True):
            short[b, w.score_from : w.end] = losses
            weighted[b, w.score_from : w.end] = True
    weighted &= labels != IGNORE_INDEX
    return short, weighted, sum(w.end - w.begin for _, w in jobs)


def _weight_correction(hidden, labels, short, head, softcap, max_weight):
    """``sum((weight - 1) * CE)`` over weighted tokens, and (sum of weight - 1, capped count).

    The weights come from the detached CE, so they carry no gradient."""
    logits = head(hidden).float()
    if softcap:
        logits = torch.tanh(logits / softcap) * softcap
    ce = F.cross_entropy(logits, labels, reduction="none")
    raw = torch.exp(short - ce.detach())
    weight = torch.clamp(raw, max=max_weight)
    stats = torch.stack([(weight - 1.0).sum().detach(), (raw >= max_weight).sum().float()])
    return ((weight - 1.0) * ce).sum(), stats


def weighted_chunked_lm_loss(
    hidden: torch.Tensor,
    labels: torch.Tensor,
    short: torch.Tensor,
    weighted: torch.Tensor,
    head: nn.Module,
    chunk: int,
    max_weight: float,
    softcap=None,
) -> tuple[torch.Tensor, int, torch.Tensor]:
    """LongCE's sum over scored tokens, their count, and statistics (``STAT_NAMES``).

    Same layout as :func:`training.modeling.chunked_lm_loss`; ``short`` and ``weighted``
    are ``[B, T]`` like ``labels`` (the loss of the token at ``t``). The plain CE of
    every scored token goes through ``chunked_lm_loss`` itself (so with no weighted
    token the loss and its gradients are CE's bit for bit); the weighted tokens add
    ``(weight - 1) * CE``, computed for them only, checkpointed per chunk."""
    base, n = chunked_lm_loss(hidden, labels, head, chunk, softcap)
    h = hidden[:, :-1].reshape(-1, hidden.shape[-1])
    y = labels[:, 1:].reshape(-1)
    keep = (y != IGNORE_INDEX).nonzero().squeeze(-1)
    m = weighted[:, 1:].reshape(-1).index_select(0, keep)
    pick = keep.index_select(0, m.nonzero().squeeze(-1))
    h, y = h.index_select(0, pick), y.index_select(0, pick)
    s = short[:, 1:].reshape(-1).index_select(0, pick)
    total = base
    extra = torch.zeros(2, dtype=torch.float32, device=hidden.device)
    for start in range(0, h.shape[0], chunk):
        part, part_stats = checkpoint(
            _weight_correction,
            h[start : start + chunk],
            y[start : start + chunk],
            s[start : start + chunk],
            head,
            softcap,
            max_weight,
            use_reentrant=False,
        )
        total = total + part
        extra = extra + part_stats
    stats = torch.stack(
        [
            base.detach().float(),
            n + extra[0],
            torch.tensor(float(pick.numel()), device=hidden.device),
            extra[1],
        ]
    )
    return total, n, stats


class LongCELoss(nn.Module):
    """``forward(batch) -> (loss_sum, scored_tokens)`` like :class:`CausalLMLoss`, with
    LongCE weights. Per-step statistics accumulate until :meth:`pop_stats`."""

    def __init__(
        self,
        model: nn.Module,
        chunk: int,
        short_context: int,
        short_stride: int,
        max_weight: float,
        batch_tokens: int,
        continuation: np.ndarray | None = None,
        char_note: str = "",
    ):
        super().__init__()
        self.model, self.chunk = model, chunk
        self.short_context, self.short_stride = short_context, short_stride
        self.max_weight, self.batch_tokens = max_weight, batch_tokens
        # Rule longce_char_start: the tokenizer's continuation_ids (None: as before).
        self.continuation = continuation
        self.char_note = char_note  # rule longce_char_start_said: why there is no table
        self._stats = None
        self._short_tokens = 0
        self._short_seconds = 0.0

    def describe(self) -> str:
        """The loss line the trainer says at the start (rank 0, once), and on a line
        of its own the ``char_note`` when there is one (rule ``longce_char_start_said``)."""
        line = (
            f"loss longce: weight min(exp(LSD), {self.max_weight:g}), short context "
            f"{self.short_context} tokens, stride {self.short_stride}"
        )
        return f"{line}\n{self.char_note}" if self.char_note else line

    def forward(self, input_ids, labels, position_ids):
        scored = labels != IGNORE_INDEX
        if bool((scored & (labels != input_ids)).any()):
            raise ValueError("LongCE needs labels equal to input_ids where scored (HF convention)")
        lm = causal_lm(self.model)
        sync = torch.cuda.synchronize if input_ids.is_cuda else (lambda: None)
        start = time.perf_counter()
        was_training = self.model.training
        self.model.eval()
        try:
            short, weighted, forwarded = batch_short_losses(
                self.model,
                input_ids,
                labels,
                position_ids,
                self.short_context,
                self.short_stride,
                self.batch_tokens,
                self.chunk,
                self.continuation,
            )
        finally:
            self.model.train(was_training)
        sync()
        self._short_seconds += time.perf_counter() - start
        self._short_tokens += forwarded
        # use_cache=False: with a cache, transformers skips the packed-sequence mask.
        hidden = lm.model(
            input_ids=input_ids, position_ids=position_ids, use_cache=False
        ).last_hidden_state
        total, n, stats = weighted_chunked_lm_loss(
            hidden,
            labels,
            short,
            weighted,
            lm.get_output_embeddings(),
            self.chunk or max(1, labels.numel()),
            self.max_weight,
            getattr(lm.config, "final_logit_softcapping", None),
        )
        self._stats = stats if self._stats is None else self._stats + stats
        return total, n

    def pop_stats(self) -> dict:
        """Sums since the last call: ``STAT_NAMES``, ``short_tokens``, ``short_s``."""
        values = self._stats.tolist() if self._stats is not None else [0.0] * len(STAT_NAMES)
        out = dict(zip(STAT_NAMES, values, strict=True))
        out.update(short_tokens=self._short_tokens, short_s=self._short_seconds)
        self._stats, self._short_tokens, self._short_seconds = None, 0, 0.0
        return out


def model_continuation_ids(model_dir: str, dataset_tokenizer=None) -> np.ndarray | None:
    """Rule ``longce_char_start``: :func:`continuation_ids` of the model folder's
    ``tokenizer.json`` (the trainer has checked it is the dataset's, or that the folder
    has none). Rule ``longce_char_start_dataset_tokenizer``: a folder without one (a
    sentencepiece ``tokenizer.model`` only, or weights alone) or with an unreadable one
    takes the table of the ``tokenizer.json`` the rows' ids came from,
    ``dataset_tokenizer`` (the manifest's ``TokenizerInfo``), when that file is still
    there with the recorded sha256. None when neither (windows as before)."""
    return _continuation_table(model_dir, dataset_tokenizer)[0]


def _continuation_table(model_dir: str, dataset_tokenizer=None) -> tuple[np.ndarray | None, bool]:
    """``(table, read)``: :func:`model_continuation_ids`'s table and whether a usable
    tokenizer.json was read (a table of None then means tokens of whole characters)."""
    found = [(os.path.join(model_dir, "tokenizer.json"), "")]
    if dataset_tokenizer is not None and dataset_tokenizer.path:
        found.append((dataset_tokenizer.path, dataset_tokenizer.sha256))
    for path, sha256 in found:
        if not os.path.isfile(path):
            continue
        try:
            if sha256:
                if file_sha256(path) != sha256:  # clause one_file_hasher
                    continue  # changed since the build: not the rows' tokenizer
            return continuation_ids(Tokenizer.from_file(path)), True
        except Exception:  # unreadable: the token-id check covers the data
            continue
    return None, False


def no_table_note(model_dir: str, dataset_tokenizer=None) -> str:
    """Rule ``longce_char_start_said``: the one line the trainer says when neither the
    model folder nor the dataset has a usable tokenizer.json, so LongCE's short windows
    start at token indices (a CJK window may begin inside a character)."""
    built = getattr(dataset_tokenizer, "path", "") or ""
    dataset = (
        f"the dataset's {built} is missing or changed" if built else "the dataset records none"
    )
    return (
        f"LongCE: no usable tokenizer.json in {model_dir} ({dataset}): short windows start at "
        "token indices and may begin inside a CJK character; put the tokenizer.json the dataset "
        "was built with in the model folder"
    )


def training_objective(model: nn.Module, config, dataset_tokenizer=None) -> nn.Module:
    """The run's loss module: :class:`CausalLMLoss` (``loss.type: ce``) or
    :class:`LongCELoss`, its ``K`` and ``d`` resolved from the longest curriculum window,
    its short windows on whole characters (rule ``longce_char_start``; ``dataset_tokenizer``:
    the manifest's ``TokenizerInfo``, rule ``longce_char_start_dataset_tokenizer``)."""
    if config.loss.type == "ce":
        return CausalLMLoss(model, config.loss_chunk_tokens)
    k, d = short_geometry(max(config.windows), config.loss.short_context, config.loss.short_stride)
    table, read = _continuation_table(config.model, dataset_tokenizer)
    return LongCELoss(
        model,
        config.loss_chunk_tokens,
        k,
        d,
        config.loss.max_weight,
        config.loss.short_batch_tokens or config.micro_batch_tokens,
        table,
        "" if read else no_table_note(config.model, dataset_tokenizer),  # longce_char_start_said
    )


def step_record(objective: nn.Module, scored_tokens: float, world: int, device) -> dict:
    """LongCE's numbers for one step of ``metrics.jsonl`` (summed over ranks); ``{}`` for CE.

    ``ce_loss``: the plain cross-entropy of the same tokens (``loss`` is the weighted
    objective); ``mean_weight`` over scored tokens; ``weighted_tokens``: scored tokens with
    a short context; ``capped_tokens``: those at ``max_weight``; ``short_tokens`` /
    ``short_s``: tokens forwarded and seconds spent on the short contexts (rank 0's time).
    """
    if not isinstance(objective, LongCELoss):
        return {}
    stats = objective.pop_stats()
    keys = [*STAT_NAMES, "short_tokens"]
    values = torch.tensor([float(stats[k]) for k in keys], dtype=torch.float64, device=device)
    if world > 1:
        torch.distributed.all_reduce(values)
    total = dict(zip(keys, values.tolist(), strict=True))
    scored = max(scored_tokens, 1.0)
    return {
        "ce_loss": round(total["ce_sum"] / scored, 6),
        "mean_weight": round(total["weight_sum"] / scored, 6),
        "weighted_tokens": int(total["weighted_tokens"]),
        "capped_tokens": int(total["capped_tokens"]),
        "short_tokens": int(total["short_tokens"]),
        "short_s": round(stats["short_s"], 3),
    }
