"""A run's adapter loads with stock peft from any folder, as the run trained it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from training import recipe
from training.adapter import BASE_DIR, base_reference
from training.config import RopeSettings

from .conftest import write_tiny_dataset

# Loads the adapter the way a user would, in a fresh process, and prints the largest
# logit difference to the run's merged model: peft's one-line load, transformers' own
# adapter loading, and the plain base + PeftModel (which ignores the run's RoPE).
LOAD = """
import json, sys, torch
from peft import AutoPeftModelForCausalLM, PeftModel
from transformers import AutoModelForCausalLM
adapter, merged, plain_base = sys.argv[1:4]
ids = (torch.arange(400) * 7 % 399 + 1).unsqueeze(0)  # 400 tokens: past the 256 positions
with torch.no_grad():
    want = AutoModelForCausalLM.from_pretrained(merged).eval()(input_ids=ids).logits
    one_line = AutoPeftModelForCausalLM.from_pretrained(adapter).eval()(input_ids=ids).logits
    native = AutoModelForCausalLM.from_pretrained(adapter).eval()(input_ids=ids).logits
    base = AutoModelForCausalLM.from_pretrained(plain_base)
    plain = PeftModel.from_pretrained(base, adapter).eval()(input_ids=ids).logits
print(json.dumps({k: (v - want).abs().max().item()
                  for k, v in (("one_line", one_line), ("native", native), ("plain", plain))}))
"""


@pytest.mark.slow
def test_adapter_of_a_linear_x2_run_loads_anywhere_with_the_merged_logits(
    tiny_model, tmp_path, monkeypatch
):
    """Trained from relative paths (as `make train` passes them), loaded from another
    folder with the hub off: the one-line load gives the merged model's logits."""
    work = tmp_path / "work"
    work.mkdir()
    shutil.copytree(tiny_model, work / "model")
    write_tiny_dataset(str(work / "data"), windows=(512,), rows={"train": 2, "validation": 1})
    (work / "c.yaml").write_text(
        "curriculum: [{window: 512, steps: 2}]\ntokens_per_step: 512\neval_rows: 0\n"
        "optim: {lr: 1.0e-2}\nprogress: false\n"
    )
    monkeypatch.chdir(work)
    args = ["--data", "data", "--model", "model", "--output", "run", "--config", "c.yaml"]
    scaling = ["--set", "rope.type=linear", "--set", "rope.factor=2"]
    assert recipe.main([*args, *scaling, "--merge"]) == 0

    adapter = work / "run" / "adapter"
    recorded = json.loads((adapter / "adapter_config.json").read_text())
    assert recorded["base_model_name_or_path"] == str(work / "run" / BASE_DIR)
    scaled = json.loads((work / "run" / BASE_DIR / "config.json").read_text())
    assert scaled["rope_parameters"]["rope_type"] == "linear"
    assert scaled["rope_parameters"]["factor"] == 2.0

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = subprocess.run(
        [sys.executable, "-c", LOAD, str(adapter), str(work / "run" / "merged"), tiny_model],
        cwd=elsewhere,
        env=os.environ | {"HF_HUB_OFFLINE": "1", "PYTHONPATH": os.getcwd()},
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    diff = json.loads(out.stdout.strip().splitlines()[-1])
    assert diff["one_line"] < 1e-4 and diff["native"] < 1e-4, diff
    assert diff["plain"] > 1e-3, diff  # the base without the run's scaling: another model


def test_the_base_is_recorded_as_an_absolute_path_or_the_given_name(tiny_model, tmp_path):
    run = tmp_path / "run"
    relative = os.path.relpath(tiny_model)
    assert base_reference(str(run), relative, RopeSettings(), None) == os.path.abspath(tiny_model)
    assert not (run / BASE_DIR).exists()  # no scaling: the base as it is
    assert base_reference(str(run), relative, RopeSettings(), "org/model") == "org/model"
    rope = RopeSettings(type="linear", factor=2.0)
    assert base_reference(str(run), relative, rope, "org/model") == "org/model"
    assert base_reference(str(run), relative, rope, None) == str(run / BASE_DIR)
    base = run / BASE_DIR
    assert os.path.realpath(base / "model.safetensors") == os.path.realpath(
        os.path.join(tiny_model, "model.safetensors")
    )
    config = json.loads((base / "config.json").read_text())
    assert config["rope_parameters"]["factor"] == 2.0 and "_longctx_context" not in config
