"""Key tokens and LongPPL: perplexity on the tokens that need long context.

Fang et al. 2024, "What is Wrong with Perplexity for Long-context Language Modeling?"
(arXiv 2410.23771; reference code github.com/PKU-ML/LongPPL, ``longppl/longppl.py``
and ``finetune/finetune.py``). Per scored token ``x_i``, with losses in nats
(``-log p``) from one model:

* **long-short difference** ``LSD(x_i) = log p(x_i | full context) - log p(x_i | last K
  tokens) = short_loss - long_loss``: how much the distant context helps;
* **long-context likelihood** ``LCL(x_i) = log p(x_i | full context) = -long_loss``;
* **key token**: ``LSD > alpha`` and ``LCL > beta`` (paper: ``alpha = 2``,
  ``beta = -2``): the long context makes the token ``e^2 ~ 7.4`` times likelier, and
  with it the model gives the token more than ``e^-2 ~ 0.14``;
* **LongPPL** of a model: ``exp`` of its mean loss over the key tokens, the key tokens
  chosen once by one *evaluator* model so that every compared model is scored on the
  same tokens;
* **LongCE** weight: ``min(exp(LSD), gamma)`` (paper ``gamma = 5``) from the trained
  model's own predictions, without gradient (:mod:`training.longce`).

**Short context**, laid out as the reference code does (``find_key_token``,
``loss_weight``): windows ``[s, s + K + d)`` for ``s = d, 2d, ...`` while ``s < n - K``
(the last one cut at ``n``), each scoring its tokens from ``s + K`` on, so the token at
position ``t >= K + d`` of its sequence sees exactly ``K + (t - K) mod d`` tokens of
short context, between ``K`` and ``K + d - 1`` (the paper's "tokens in a window share
one short context", Appendix A.1). The reference's window at ``s = 0`` is skipped: its
tokens would see their whole context, so their LSD is 0 by definition, and so is that
of every token before position ``K + d``. Positions restart at 0 in each window (the
reference feeds the truncated ids alone). Windows are stacked ``batch_tokens`` at a
time, a short last window right-padded (padding comes after every real token, so
causal attention keeps it out). Cost: about ``(n - K) / d - 1`` windows of ``K + d``
tokens, i.e. ``~n (1 + K/d)`` tokens of no-grad forward (5 n at ``K / d = 4``).

**Scaling.** The paper uses ``K = 4096``, ``d = 1024`` on 32k-token sequences:
``K = L / 8`` and ``d = K / 4``. Unless set, ``K`` and ``d`` keep those ratios of the
longest length (eval) or the longest curriculum window (LongCE): 512 / 128 at 4k,
4096 / 1024 at 32k. ``alpha``, ``beta`` and ``gamma`` are thresholds on
log-probabilities and weights, independent of length, and stay as in the paper.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from training.perplexity import (
    HeldOutDocument,
    TokenLosses,
    Window,
    position_edges,
    score_document,
)
from transforms.char_starts import starts_at_or_before

LSD_THRESHOLD = 2.0  # alpha
LCL_THRESHOLD = -2.0  # beta


@dataclass(frozen=True)
class KeyTokenSettings:
    """``short_context`` (K) and ``short_stride`` (d), 0: the paper's ratios of the
    longest length; ``lsd_threshold`` (alpha) and ``lcl_threshold`` (beta) in nats."""

    short_context: int = 0
    short_stride: int = 0
    lsd_threshold: float = LSD_THRESHOLD
    lcl_threshold: float = LCL_THRESHOLD

    def __post_init__(self):
        if self.short_context < 0 or self.short_stride < 0:
            raise ValueError(
                f"short context {self.short_context} and stride {self.short_stride} must be "
                ">= 0 (0: the paper's ratios, K = length / 8 and d = K / 4)"
            )
        object.__setattr__(self, "lsd_threshold", float(self.lsd_threshold))
        object.__setattr__(self, "lcl_threshold", float(self.lcl_threshold))


def short_geometry(length: int, short_context: int = 0, short_stride: int = 0) -> tuple[int, int]:
    """``(K, d)`` for sequences up to ``length`` tokens; 0 picks the paper's ratios
    (``K = length / 8``, ``d = K / 4``: 4096 / 1024 at 32k)."""
    k = short_context or max(1, length // 8)
    return k, short_stride or max(1, k // 4)


def evaluator_length(lengths: list[int], context: int) -> int:
    """The length at which the evaluator chooses key tokens: the longest evaluated
    length within its own positions (``context``; 0: unknown, the longest length).

    Key tokens are those whose prediction the *evaluator* improves with long context;
    past its positions its long-context losses are noise, and the tokens it happens to
    predict there are no key tokens (the first GPU run chose them at 4x the base's
    positions and its "LongPPL" fell to 3.4 while its perplexity rose to 426)."""
    fitting = [n for n in lengths if not context or n <= context]
    if not fitting:
        raise ValueError(
            f"LongPPL: the key-token evaluator has {context} positions, shorter than every "
            f"length {sorted(lengths)}; add a length <= {context} (or pass --no-longppl, or "
            "a --key-evaluator with more positions)"
        )
    return max(fitting)


def short_context_windows(
    num_tokens: int, short_context: int, stride: int, char_starts: np.ndarray | None = None
) -> list[Window]:
    """The windows that give each token at position ``t >= K + d`` its short context of
    ``K + (t - K) mod d`` tokens, each token once (pure). Earlier tokens get none: their
    short context would be their whole context. Rule ``eval_char_start``
    (``char_starts``: the document's, :class:`HeldOutDocument`): a window that would
    begin inside a character begins on its first token, 1-3 tokens earlier (the short
    context 1-3 tokens longer, none of it half a character)."""
    if short_context < 1 or stride < 1:
        raise ValueError(f"short context {short_context} and stride {stride} must be >= 1")
    k, d = short_context, stride
    return [
        Window(starts_at_or_before(char_starts, s), min(s + k + d, num_tokens), s + k)
        for s in range(d, num_tokens - k, d)
    ]


def key_token_mask(long_loss, short_loss, has_short, lsd_threshold, lcl_threshold):
    """``LSD > alpha and LCL > beta`` where the token has a short context (numpy or torch).

    ``LSD = short_loss - long_loss``, ``LCL = -long_loss``; elsewhere ``short_loss``
    may be anything (NaN included)."""
    return has_short & (short_loss - long_loss > lsd_threshold) & (-long_loss > lcl_threshold)


# --------------------------------------------------------------------------
# Model side: short-context losses in batches of equal-length windows
# --------------------------------------------------------------------------
@torch.no_grad()
def short_window_losses(
    model,
    jobs: list[tuple[torch.Tensor, Window]],
    batch_tokens: int,
    autocast=contextlib.nullcontext,
    chunk: int = 1024,
) -> list[torch.Tensor]:
    """Losses (float32, nats) of tokens ``[w.score_from, w.end)`` of each job's ``ids``
    (1-D, on the model's device), each from a forward over ``ids[w.begin:w.end]`` alone.

    Windows are stacked ``max(1, batch_tokens // longest)`` at a time, shorter ones
    right-padded; only scored positions reach the LM head, ``chunk`` rows at a time.
    """
    from training.modeling import causal_lm

    lm = causal_lm(model)
    head = lm.get_output_embeddings()
    softcap = getattr(lm.config, "final_logit_softcapping", None)
    out: list[torch.Tensor] = []
    if not jobs:
        return out
    longest = max(w.end - w.begin for _, w in jobs)
    per_batch = max(1, batch_tokens // longest)
    for first in range(0, len(jobs), per_batch):
        group = jobs[first : first + per_batch]
        length = max(w.end - w.begin for _, w in group)
        x = torch.zeros((len(group), length), dtype=torch.long, device=group[0][0].device)
        for b, (ids, w) in enumerate(group):
            x[b, : w.end - w.begin] = ids[w.begin : w.end]
        with autocast():
            hidden = lm.model(input_ids=x, use_cache=False).last_hidden_state
        rows, targets, sizes = [], [], []
        for b, (_, w) in enumerate(group):
            s, n = w.score_from - w.begin, w.end - w.begin
            rows.append(hidden[b, s - 1 : n - 1])
            targets.append(x[b, s:n])
            sizes.append(n - s)
        h, y = torch.cat(rows), torch.cat(targets)
        losses = []
        for start in range(0, h.shape[0], chunk):
            with autocast():
                logits = head(h[start : start + chunk]).float()
            if softcap:
                logits = torch.tanh(logits / softcap) * softcap
            losses.append(F.cross_entropy(logits, y[start : start + chunk], reduction="none"))
        out += list(torch.cat(losses).split(sizes))
    return out


# --------------------------------------------------------------------------
# Evaluation: key tokens chosen once, LongPPL for every model and length
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class DocumentKeys:
    """Per scored token of one document (tokens ``1 .. n-1``, in order)."""

    doc_id: str
    key: np.ndarray  # bool: a key token
    has_short: np.ndarray  # bool: its short context is shorter than its long one


def document_keys(
    losses: TokenLosses,
    doc: HeldOutDocument,
    length: int,
    stride: int,
    short_context: int,
    short_stride: int,
    settings: KeyTokenSettings,
    batch_tokens: int,
) -> DocumentKeys:
    """Key tokens of ``doc`` by the model of ``losses``: long losses from the
    sliding-window pass at ``length`` (shared with perplexity, memoized), short losses
    from :func:`short_context_windows`."""
    long_loss, long_context = score_document(losses, doc, length, stride)
    n = len(doc.token_ids)
    short_loss = np.full(max(n - 1, 0), np.nan)
    short_context_of = np.array(long_context)
    windows = short_context_windows(n, short_context, short_stride, doc.char_starts)
    if windows:
        ids = torch.as_tensor(doc.token_ids, dtype=torch.long, device=losses.device)
        results = short_window_losses(
            losses.model, [(ids, w) for w in windows], batch_tokens, losses.autocast, losses.chunk
        )
        for w, r in zip(windows, results, strict=True):
            short_loss[w.score_from - 1 : w.end - 1] = r.double().cpu().numpy()
            short_context_of[w.score_from - 1 : w.end - 1] = (
                np.arange(w.score_from, w.end) - w.begin
            )
            if losses.on_forward:
                losses.on_forward(w.end - w.begin)
    has_short = ~np.isnan(short_loss) & (short_context_of < long_context)
    key = key_token_mask(
        long_loss, short_loss, has_short, settings.lsd_threshold, settings.lcl_threshold
    )
    return DocumentKeys(doc.doc_id, key, has_short)


def short_window_tokens(docs: list[HeldOutDocument], short_context: int, stride: int) -> int:
    """Tokens the evaluator forwards for the short contexts (a progress bar's share)."""
    return sum(
        w.end - w.begin
        for d in docs
        for w in short_context_windows(len(d.token_ids), short_context, stride, d.char_starts)
    )


class LongPPL:
    """Key tokens chosen once by the evaluator, then LongPPL of each model at each length.

    ``select`` runs on the evaluator's :class:`TokenLosses` (the evaluated base model's
    own, when the base is the evaluator, so its long pass is not run twice);
    ``score`` on every model's.
    """

    def __init__(
        self,
        settings: KeyTokenSettings,
        evaluator: str,
        docs: list[HeldOutDocument],
        length: int,
        stride: int,
        batch_tokens: int,
    ):
        self.settings, self.evaluator, self.docs = settings, evaluator, docs
        self.length, self.stride, self.batch_tokens = length, stride, batch_tokens
        self.short_context, self.short_stride = short_geometry(
            length, settings.short_context, settings.short_stride
        )
        if self.short_context + self.short_stride >= length:
            raise ValueError(
                f"LongPPL: a short context of {self.short_context} + stride {self.short_stride} "
                f"tokens leaves no token with more context at length {length}; lower "
                "--short-context / --short-stride (default length / 8 and K / 4)"
            )
        self.keys: dict[str, DocumentKeys] | None = None

    def select(self, losses: TokenLosses) -> None:
        self.keys = {
            d.doc_id: document_keys(
                losses,
                d,
                self.length,
                self.stride,
                self.short_context,
                self.short_stride,
                self.settings,
                self.batch_tokens,
            )
            for d in self.docs
        }

    def summary(self) -> dict:
        """Settings and key-token counts, for ``report.json``'s settings."""
        keys = list((self.keys or {}).values())
        scored = sum(len(k.key) for k in keys)
        found = sum(int(k.key.sum()) for k in keys)
        return {
            "evaluator": self.evaluator,
            "evaluator_length": self.length,
            "short_context": self.short_context,
            "short_stride": self.short_stride,
            "lsd_threshold": self.settings.lsd_threshold,
            "lcl_threshold": self.settings.lcl_threshold,
            "tokens_scored": scored,
            "tokens_with_short_context": sum(int(k.has_short.sum()) for k in keys),
            "key_tokens": found,
            "key_fraction": found / scored if scored else None,
            "key_tokens_per_document": {k.doc_id: int(k.key.sum()) for k in keys},
        }

    def score(self, losses: TokenLosses, lengths: list[int], strides: dict[int, int]) -> dict:
        """LongPPL per length, and the key tokens' loss by left context at the
        evaluator's length (from the same sliding-window passes as the perplexity)."""
        if self.keys is None:
            raise RuntimeError("LongPPL.select must run (on the evaluator) before score")
        rows = []
        edges = position_edges(self.length)
        sums = np.zeros(len(edges) - 1)
        counts = np.zeros(len(edges) - 1, dtype=np.int64)
        for length in lengths:
            key_sum, key_count = 0.0, 0
            for doc in self.docs:
                token_losses, context = score_document(losses, doc, length, strides[length])
                mask = self.keys[doc.doc_id].key
                key_sum += float(token_losses[mask].sum())
                key_count += int(mask.sum())
                if length == self.length:
                    bucket = np.searchsorted(edges, context[mask], side="right") - 1
                    np.add.at(sums, bucket, token_losses[mask])
                    np.add.at(counts, bucket, 1)
            loss = key_sum / key_count if key_count else None
            rows.append(
                {
                    "length": length,
                    "key_tokens": key_count,
                    "loss": loss,
                    "longppl": math.exp(loss) if key_count else None,
                }
            )
        buckets = [
            {
                "start": edges[i],
                "end": edges[i + 1],
                "tokens": int(counts[i]),
                "loss": float(sums[i] / counts[i]) if counts[i] else None,
            }
            for i in range(len(edges) - 1)
        ]
        return {
            "by_length": rows,
            "key_loss_by_position": {"length": self.length, "buckets": buckets},
        }


def resolve_evaluator(
    evaluator: str, evaluated: list[str], base_path: str, tokenizer_sha256: str
) -> tuple[str, str | None]:
    """``(name, folder to load)`` of the key-token evaluator: an evaluated model by name
    (folder None: it chooses while it is evaluated), the base model, or another model
    folder that must share the tokenizer (key tokens are token positions)."""
    import os

    from training.checkpoint_files import file_sha256

    if evaluator in evaluated:
        return evaluator, None
    if evaluator == "base" or os.path.abspath(evaluator) == os.path.abspath(base_path):
        return ("base", None) if "base" in evaluated else ("base", base_path)
    if not os.path.isdir(evaluator):
        raise ValueError(
            f"--key-evaluator {evaluator!r} is neither an evaluated model "
            f"({', '.join(evaluated)}) nor a model folder"
        )
    own = os.path.join(evaluator, "tokenizer.json")
    if os.path.exists(own):
        if file_sha256(own) != tokenizer_sha256:  # clause one_file_hasher
            raise ValueError(
                f"--key-evaluator {evaluator!r} has another tokenizer: key tokens are "
                "token positions, so the evaluator must share the evaluated models' tokenizer"
            )
    return f"evaluator:{os.path.basename(os.path.abspath(evaluator))}", evaluator
