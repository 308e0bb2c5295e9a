"""The fused LM head + cross-entropy: same loss and gradients as autograd over full
logits, one chunk of logits at a time, and no recomputed head matmul."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from torch.utils._python_dispatch import TorchDispatchMode

from training.loss import fused_linear_cross_entropy


def _reference(hidden, weight, bias, targets, softcap):
    logits = F.linear(hidden, weight, bias).float()
    if softcap:
        logits = torch.tanh(logits / softcap) * softcap
    return F.cross_entropy(logits, targets, reduction="sum")


def _grads(fn, hidden, weight, bias, targets, softcap, scale):
    leaves = [t.detach().clone().requires_grad_(True) for t in (hidden, weight, bias)]
    total = fn(*leaves, targets, softcap)
    (total * scale).backward()
    return total.detach(), [t.grad for t in leaves]


@pytest.mark.parametrize("chunk", [1, 3, 7, 100])
@pytest.mark.parametrize("softcap", [None, 2.0])
def test_fused_loss_and_gradients_equal_autograd(chunk, softcap):
    g = torch.Generator().manual_seed(chunk)
    hidden = torch.randn(11, 8, generator=g)
    weight = torch.randn(13, 8, generator=g)
    bias = torch.randn(13, generator=g)
    targets = torch.randint(0, 13, (11,), generator=g)
    expected, expected_grads = _grads(_reference, hidden, weight, bias, targets, softcap, 0.37)
    total, grads = _grads(
        lambda h, w, b, y, c: fused_linear_cross_entropy(h, w, b, y, chunk, c),
        hidden,
        weight,
        bias,
        targets,
        softcap,
        0.37,  # backward scales by the incoming gradient (the recipe's 1 / scored tokens)
    )
    torch.testing.assert_close(total, expected)
    for got, want, name in zip(grads, expected_grads, ("hidden", "weight", "bias"), strict=True):
        torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-6, msg=name)


def test_frozen_head_gets_no_gradient_and_no_grad_mode_computes_the_loss_only():
    hidden = torch.randn(5, 4, requires_grad=True)
    weight = torch.randn(6, 4)  # frozen, as in LoRA
    targets = torch.tensor([0, 5, 2, 2, 1])
    total = fused_linear_cross_entropy(hidden, weight, None, targets, chunk=2)
    total.backward()
    assert hidden.grad is not None and weight.grad is None
    with torch.no_grad():
        again = fused_linear_cross_entropy(hidden, weight, None, targets, chunk=2)
    assert again.grad_fn is None
    torch.testing.assert_close(again, total.detach())
    with pytest.raises(ValueError, match="chunk"):
        fused_linear_cross_entropy(hidden, weight, None, targets, chunk=0)


class HeadMatmuls(TorchDispatchMode):
    """Counts ops whose output has ``vocab`` columns (logit blocks), and their rows."""

    def __init__(self, vocab: int):
        super().__init__()
        self.vocab, self.blocks, self.rows = vocab, 0, 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        if func in (torch.ops.aten.mm.default, torch.ops.aten.addmm.default):
            if out.shape[-1] == self.vocab:
                self.blocks += 1
                self.rows = max(self.rows, out.shape[0])
        return out


def test_head_runs_once_per_chunk_in_forward_and_backward_together():
    vocab, chunk = 50, 4
    hidden = torch.randn(10, 6, requires_grad=True)
    weight = torch.randn(vocab, 6)
    targets = torch.randint(0, vocab, (10,))
    watch = HeadMatmuls(vocab)
    with watch:
        fused_linear_cross_entropy(hidden, weight, None, targets, chunk).backward()
    # 3 chunks (4 + 4 + 2 rows), one logits matmul each: the checkpointed chunks ran 6
    assert (watch.blocks, watch.rows) == (3, chunk)
