"""Fused LM head + cross-entropy over chunks: the gradient is computed in the forward.

The loss of a causal LM is ``sum_t CE(W h_t + b, y_t)`` over the scored positions. Its
logits ``[N, V]`` are the largest tensors of a LoRA step (SmolLM2: 49,152 x 4 bytes =
192 KiB per token, 0.8 GB at 4096 tokens) and autograd keeps them, their log-softmax
and their gradient alive together. :func:`fused_linear_cross_entropy` instead walks
the rows ``chunk`` at a time and, for each chunk, computes the logits, the loss, and
at once the gradient of the loss with respect to the chunk's hidden states (and to
``W``, ``b`` when they train):

    p = softmax(z);  dL/dz = p - onehot(y);  dL/dh = (dL/dz) W;  dL/dW = (dL/dz)^T h

so only one ``chunk x V`` block exists at a time and nothing is recomputed in
backward, which only scales the stored gradients by the incoming scalar. Cost per
token: the two head matmuls autograd would run anyway (logits, ``dL/dz W``), the
log-softmax, and the softmax in place of it. The checkpointed chunks it
replaces ran the head matmul a third time (the recompute) and held three blocks
(``log_softmax``, ``nll_loss_backward``, ``_log_softmax_backward_data``) in backward.

Used when the loss needs a gradient (training); under ``no_grad`` it computes the
loss alone. Same idea as Liger-Kernel's ``FusedLinearCrossEntropy``, in plain torch.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F


def _loss_and_grads(hidden, weight, bias, targets, chunk, softcap, need):
    """The summed loss and, for each of ``hidden, weight, bias`` flagged in ``need``,
    its gradient (else None), one ``chunk`` of rows at a time."""
    grad_hidden = torch.empty_like(hidden) if need[0] else None
    grad_weight = torch.zeros_like(weight) if need[1] else None
    grad_bias = torch.zeros_like(bias) if bias is not None and need[2] else None
    want_grad = any(need)
    total = hidden.new_zeros((), dtype=torch.float32)
    for start in range(0, hidden.shape[0], chunk):
        h, y = hidden[start : start + chunk], targets[start : start + chunk]
        z = F.linear(h, weight, bias).float()
        if softcap:
            t = torch.tanh(z / softcap)
            z = t * softcap
        # log_softmax is one fused kernel (two passes over the block, one output);
        # logsumexp + sub_ + exp_ made full-size temporaries and ~1.3x its CPU time
        logp = torch.log_softmax(z, dim=-1)
        del z  # one block alive again (softcap keeps ``t``)
        total -= logp.gather(1, y[:, None]).sum()
        if not want_grad:
            del logp  # before the next chunk's logits exist
            continue
        dz = logp.exp_()  # the softmax, in place of the log-probabilities
        dz[torch.arange(len(y), device=y.device), y] -= 1.0
        if softcap:
            dz.mul_(1.0 - t * t)
        dz = dz.to(h.dtype)
        if grad_hidden is not None:
            grad_hidden[start : start + chunk] = dz @ weight.to(h.dtype)
        if grad_weight is not None:
            grad_weight += (dz.t() @ h).to(weight.dtype)
        if grad_bias is not None:
            grad_bias += dz.sum(0).to(bias.dtype)
        del logp, dz  # else this block lives on while the next chunk's logits are made
    return total, (grad_hidden, grad_weight, grad_bias)


class _FusedLinearCrossEntropy(torch.autograd.Function):
    @staticmethod
    def forward(ctx, hidden, weight, bias, targets, chunk, softcap):
        total, grads = _loss_and_grads(
            hidden, weight, bias, targets, chunk, softcap, ctx.needs_input_grad[:3]
        )
        ctx.save_for_backward(*grads)
        return total

    @staticmethod
    def backward(ctx, grad_total):
        grads = tuple(None if g is None else g * grad_total.to(g.dtype) for g in ctx.saved_tensors)
        return (*grads, None, None, None)


def fused_linear_cross_entropy(
    hidden: torch.Tensor,
    weight: torch.Tensor,
    bias: torch.Tensor | None,
    targets: torch.Tensor,
    chunk: int,
    softcap: float | None = None,
) -> torch.Tensor:
    """``sum(cross_entropy(F.linear(hidden, weight, bias), targets))`` in float32.

    ``hidden`` is ``[N, H]`` (every row scored), ``targets`` ``[N]``; at most ``chunk``
    rows of logits exist at once, forward or backward. ``softcap`` applies Gemma 2's
    ``tanh(z / c) * c`` to the logits first.
    """
    if chunk <= 0:
        raise ValueError(f"chunk must be > 0, got {chunk}")
    if not torch.is_grad_enabled():  # evaluation: the loss alone, no gradient work
        return _loss_and_grads(hidden, weight, bias, targets, chunk, softcap, (False,) * 3)[0]
    return _FusedLinearCrossEntropy.apply(hidden, weight, bias, targets, int(chunk), softcap)
