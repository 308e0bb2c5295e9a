"""Memory at long length: the chunked loss never holds more than ``chunk`` rows of
logits, and :func:`bound_heap_retention` makes freed CPU tensors leave the process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import torch
from torch.utils._python_dispatch import TorchDispatchMode

from training.modeling import CausalLMLoss

from .conftest import TINY_VOCAB
from .test_loss import _batch, _model

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class VocabRows(TorchDispatchMode):
    """Largest number of rows of any ``[..., vocab]`` tensor an op produces, the
    ``[hidden, vocab]`` ones aside (the tied head's transposed weight and gradient)."""

    def __init__(self, vocab: int, hidden: int):
        super().__init__()
        self.vocab, self.weight_shape, self.rows = vocab, (hidden, vocab), 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        for t in out if isinstance(out, (tuple, list)) else [out]:
            if (
                isinstance(t, torch.Tensor)
                and t.dim() >= 2
                and t.shape[-1] == self.vocab
                and tuple(t.shape) != self.weight_shape
            ):
                self.rows = max(self.rows, t.numel() // self.vocab)
        return out


@pytest.mark.parametrize("checkpointing", [False, True])
def test_chunked_loss_never_materializes_more_than_a_chunk_of_logits(tiny_model, checkpointing):
    batch = _batch()
    model = _model(tiny_model, None)  # full fine-tuning: the head's gradient is computed too
    if checkpointing:
        model.activation_checkpointing_enable(
            activation_checkpointing_kwargs={"use_reentrant": False}
        )
    model.train()
    scored = int((batch["labels"][:, 1:] != -100).sum())
    assert model.config.hidden_size not in (7, 16)
    for chunk, bound in [(0, batch["input_ids"].numel()), (7, 7), (16, 16)]:
        watch = VocabRows(TINY_VOCAB, model.config.hidden_size)
        with watch:
            total, n = CausalLMLoss(model, chunk)(
                batch["input_ids"], batch["labels"], batch["position_ids"]
            )
            (total / n).backward()
        assert n == scored
        # the plain loss (chunk 0) is the control: it holds logits for every position
        assert watch.rows == bound, (chunk, watch.rows)


# Allocates 8 MiB tensors, each followed by a small long-lived one that pins the heap
# above it, frees the big ones and prints how much resident memory stayed.
_RETAINED = """
import sys, torch
sys.path.insert(0, {root!r})
from transforms.runtime import bound_heap_retention
if {bounded}:
    assert bound_heap_retention()
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096
warm = torch.ones(10 << 18); del warm  # glibc raises its mmap threshold on this free
base = rss()
big, pins = [], []
for _ in range(24):
    big.append(torch.ones(2 << 20))
    pins.append(torch.ones(1 << 14))
del big
print((rss() - base) / 2**20)
"""


def _retained_mb(bounded: bool) -> float:
    code = _RETAINED.format(root=ROOT, bounded=bounded)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="mallopt(M_MMAP_THRESHOLD) is glibc's")
def test_bound_heap_retention_returns_freed_tensors_to_the_os():
    import platform

    if platform.libc_ver()[0] != "glibc":
        pytest.skip("mallopt(M_MMAP_THRESHOLD) is glibc's; nothing to bound elsewhere")
    # control: with glibc's default policy the 24 x 8 MiB stay resident in the heap
    assert _retained_mb(bounded=False) > 150
    assert _retained_mb(bounded=True) < 16
