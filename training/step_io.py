"""What one training step moves between the host and the device, and reads back.

Clause one_read_per_step (session 40): a step of ``training.recipe`` reads the device
once, after the optimizer step is queued: the step's loss sum (kept on the device,
float64, over its micro-batches) and the gradient norm come back together
(:func:`read_step`). The token counts it logs are counted on the collated batches'
numpy views (:func:`batch_counts`), never by reading a tensor. Before, a step made six
reads (``int()`` / ``float()`` of a tensor): four of host tensors (no wait on a GPU, but
one ``aten::item`` each in a profile) and two of device tensors, back to back. The
logged numbers are the same: float64 and float32 values converted exactly as before.

Clause pinned_batch_copies (session 40): on CUDA, :func:`to_device` copies each
micro-batch tensor into page-locked memory and sends it with ``non_blocking=True``, as
Hugging Face's ``DataLoader(pin_memory=True)`` does; a copy from pageable memory makes
the host wait for everything queued before it. Elsewhere tensors move as they are.
"""

from __future__ import annotations

import resource

import numpy as np
import torch

from schemas.records import IGNORE_INDEX


def batch_counts(batches: list[dict]) -> tuple[int, int]:
    """Scored labels (a row's first label never counts: nothing precedes it) and real
    tokens of collated micro-batches (``training.data.collate_rows``), from numpy views."""
    scored = sum(int(np.count_nonzero(b["labels"].numpy()[:, 1:] != IGNORE_INDEX)) for b in batches)
    return scored, sum(int(b["lengths"].numpy().sum()) for b in batches)


def to_device(batch: dict, keys: tuple[str, ...], device: torch.device) -> dict:
    """``batch[k]`` for ``keys`` on ``device`` (clause pinned_batch_copies)."""
    if device.type != "cuda":
        return {k: batch[k].to(device) for k in keys}
    return {k: batch[k].pin_memory().to(device, non_blocking=True) for k in keys}


def read_step(loss_sum: torch.Tensor, grad_norm: torch.Tensor) -> tuple[float, float]:
    """The step's loss sum and gradient norm as Python floats, in one device read."""
    loss, norm = torch.stack([loss_sum.double(), grad_norm.double()]).tolist()
    return loss, norm


def peak_memory_mb(device: torch.device) -> float:
    """CUDA: peak allocated tensors. CPU: the process's peak RSS (ru_maxrss, KiB on Linux)."""
    if device.type == "cuda":
        return torch.cuda.max_memory_allocated(device) / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
