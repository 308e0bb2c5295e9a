"""Session 56 (wtH): what a run says about its precision, and the dtype error.

A new user training the real SmolLM2 on CPU with ``dtype: auto`` saw "device cpu,
world 1" and nothing about precision; ``--set dtype=fp16`` (the Hugging Face
``fp16=True`` habit) got a list of values with no word on what they do.
"""

import contextlib

import pytest
import torch

from tests.training.conftest import train_recipe
from training.config import TrainConfig
from training.modeling import autocast_for, describe_precision

CPU, CUDA = torch.device("cpu"), torch.device("cuda")


@pytest.mark.parametrize(
    "dtype, device, said",
    [
        ("auto", CPU, "precision float32 (dtype auto: bf16 autocast on CUDA only; "),
        ("float32", CPU, "precision float32 (dtype float32; "),
        ("float32", CUDA, "precision float32 (dtype float32; "),
        (
            "bfloat16",
            CPU,
            "precision bf16 autocast over float32 weights (dtype bfloat16; can be slower than "
            "float32 on a CPU without bf16 instructions; ",
        ),
        ("auto", CUDA, "precision bf16 autocast over float32 weights (dtype auto; "),
        ("bfloat16", CUDA, "precision bf16 autocast over float32 weights (dtype bfloat16; "),
    ],
)
def test_precision_said(dtype, device, said):
    """Clause precision_said: the model line names the precision the run trains in,
    and the sentence agrees with what autocast_for does for that dtype and device."""
    line = describe_precision(dtype, device)
    assert line.startswith(said)
    autocasts = autocast_for(dtype, device) is not contextlib.nullcontext
    assert autocasts == ("bf16 autocast over" in line)
    # the way out names the other value, never the one in use
    assert ("--set dtype=bfloat16" in line) == (not autocasts)
    assert ("--set dtype=float32" in line) == autocasts
    # the CPU warning only where bf16 runs on a CPU (review: a CUDA run is not told so)
    assert ("slower than float32" in line) == (autocasts and device.type == "cpu")


@pytest.mark.parametrize("wrong", ["fp16", "float16", "bf16", "half"])
def test_dtype_error_says_why(wrong):
    """Clause dtype_error_says_why: a wrong dtype is told what each value does and
    that float16 is not offered, not only the list of values."""
    with pytest.raises(ValueError) as error:
        TrainConfig(dtype=wrong)
    message = str(error.value)
    assert message.startswith(f"dtype must be auto, float32 or bfloat16, got {wrong!r} (")
    assert "bf16 autocast over float32 weights" in message
    assert "float16 is not offered" in message


def test_cpu_bf16_autocast_is_bf16():
    """What the line promises for dtype bfloat16 on CPU: a matmul in the run's
    autocast comes out bf16 while the weights stay float32."""
    layer = torch.nn.Linear(8, 8)
    with autocast_for("bfloat16", CPU)():
        out = layer(torch.ones(2, 8))
    assert out.dtype == torch.bfloat16 and layer.weight.dtype == torch.float32


def test_run_log_says_its_precision(run_copy, tiny_dataset, tiny_model, tiny_config, capsys):
    """Clause precision_said in a real run (review, session 56): the run's model line
    ends with the precision of the device it runs on (here a resume with nothing left
    to train: the model is loaded and the line printed, no step is taken)."""
    device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")
    capsys.readouterr()
    assert train_recipe(tiny_dataset, tiny_model, run_copy, tiny_config, "--resume") == 0
    out = capsys.readouterr().out
    line = f"; device {device}, world 1; {describe_precision('auto', device)}\n"
    assert line in out
