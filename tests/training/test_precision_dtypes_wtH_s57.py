"""Clause precision_said (training/modeling.py, session 56) checked on every dtype the
CLI accepts (``training.config.DTYPES``, session 57: session 56's review asked for it):
the run's precision line and ``autocast_for`` agree, and under bf16 autocast a packed
row still keeps its documents apart (per-token losses as each document alone)."""

from __future__ import annotations

import contextlib
import warnings

import pytest
import torch
import torch.nn.functional as F

from training.config import DTYPES, TrainConfig
from training.modeling import autocast_for, describe_precision

from .conftest import TINY_VOCAB

DEVICES = (torch.device("cpu"), torch.device("cuda", 0))


@pytest.mark.parametrize("device", DEVICES, ids=str)
@pytest.mark.parametrize("dtype", DTYPES)
def test_precision_line_says_what_autocast_for_does(dtype, device):
    TrainConfig(dtype=dtype)  # the CLI accepts it
    autocasts = autocast_for(dtype, device) is not contextlib.nullcontext
    line = describe_precision(dtype, device)
    assert line.startswith("precision bf16 autocast over float32 weights") == autocasts, line
    assert line.startswith("precision float32") == (not autocasts), line
    assert f"dtype {dtype}" in line, line
    # the --set it offers leads to the other precision, on the same device
    other = "float32" if autocasts else "bfloat16"
    assert f"--set dtype={other}" in line, line
    assert (autocast_for(other, device) is not contextlib.nullcontext) != autocasts
    assert ("slower than float32" in line) == (autocasts and device.type == "cpu"), line


@pytest.mark.parametrize("device", DEVICES, ids=str)
@pytest.mark.parametrize("dtype", DTYPES)
def test_the_autocast_built_is_bf16_on_the_run_device(dtype, device):
    """Review (session 57): the test above checks only whether ``autocast_for``
    autocasts; this one checks the context it builds, for CUDA too, without a GPU: the
    ``torch.autocast`` object names the run's device type and bf16 (a CPU-only torch
    disables it, with a warning, but keeps both). Without it an ``autocast_for`` that
    always autocast on "cpu", or in float16, passed on CUDA."""
    factory = autocast_for(dtype, device)
    if factory is contextlib.nullcontext:
        assert describe_precision(dtype, device).startswith("precision float32")
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "CUDA is not available ..."
        context = factory()
    assert isinstance(context, torch.autocast)
    assert (context.device, context.fast_dtype) == (device.type, torch.bfloat16)


@pytest.mark.parametrize("dtype", DTYPES)
def test_cpu_matmul_runs_in_the_precision_the_line_names(dtype):
    device = torch.device("cpu")
    layer = torch.nn.Linear(8, 8)
    with autocast_for(dtype, device)():
        out = layer(torch.ones(2, 8))
    said_bf16 = describe_precision(dtype, device).startswith("precision bf16 autocast")
    assert out.dtype == (torch.bfloat16 if said_bf16 else torch.float32)
    assert layer.weight.dtype == torch.float32  # "over float32 weights"


def test_dtypes_is_what_the_config_accepts():
    for text in DTYPES:
        assert TrainConfig(dtype=text).dtype == text
    for text in ("float16", "fp16", "bf16", "fp32", "half", "BFloat16"):
        with pytest.raises(ValueError, match="dtype must be auto, float32 or bfloat16"):
            TrainConfig(dtype=text)


@pytest.fixture(scope="module")
def model(tiny_model):
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(tiny_model, attn_implementation="sdpa").eval()


def _losses(model, ids, positions):
    with torch.no_grad(), autocast_for("bfloat16", torch.device("cpu"))():
        logits = model(
            input_ids=torch.tensor([ids]), position_ids=torch.tensor([positions]), use_cache=False
        ).logits[0]
    return F.cross_entropy(logits[:-1].float(), torch.tensor(ids[1:]), reduction="none")


def test_bf16_packed_row_keeps_documents_apart(model):
    """bf16 autocast on the tiny model: each document of a packed row has the per-token
    losses it has alone (bf16 rounding only), while the same row with continuous
    positions (one causal block: the documents see each other) moves them far more."""
    g = torch.Generator().manual_seed(57)
    a, b = (torch.randint(1, TINY_VOCAB, (n,), generator=g).tolist() for n in (24, 20))
    packed = _losses(model, a + b, list(range(24)) + list(range(20)))
    joined = _losses(model, a + b, list(range(44)))
    alone_a, alone_b = _losses(model, a, list(range(24))), _losses(model, b, list(range(20)))
    apart = max((packed[:23] - alone_a).abs().max(), (packed[24:] - alone_b).abs().max())
    leak = (joined[24:] - alone_b).abs().max()
    assert apart < 0.05, float(apart)
    assert leak > 10 * max(float(apart), 0.01), (float(leak), float(apart))
