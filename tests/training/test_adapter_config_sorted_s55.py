"""Clause ``adapter_config_sorted`` (training/adapter.py): peft holds ``target_modules``
as a set and wrote it in the set's order, which the process's string hash seed decides;
session 55's walk-through (wtH review) found an unbroken and a resumed run's
adapter_config.json differing only there, so `cmp` of two adapters reported a break
where the weights were identical. Each save is a separate process with its own hash
seed, as two runs are."""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SAVE = """
import sys

from transformers import AutoModelForCausalLM
from training.adapter import save_adapter
from training.config import PeftSettings, RopeSettings
from training.modeling import wrap_peft
model_dir, run = sys.argv[1], sys.argv[2]
model = wrap_peft(AutoModelForCausalLM.from_pretrained(model_dir), PeftSettings(r=4, alpha=8))
save_adapter(model, run, model_dir, RopeSettings())
"""


def _save(model_dir: str, run: str, seed: int) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=ROOT)
    subprocess.run(
        [sys.executable, "-c", SAVE, model_dir, run], check=True, env=env, cwd=ROOT, timeout=300
    )
    return open(os.path.join(run, "adapter", "adapter_config.json"), "rb").read()


def test_two_processes_write_the_same_adapter_config(tiny_model, tmp_path):
    written = [_save(tiny_model, str(tmp_path / f"run{seed}"), seed) for seed in (1, 2, 3, 4)]
    config = json.loads(written[0])
    # the Llama default targets, more than one, so set order could differ
    assert len(config["target_modules"]) >= 4
    assert config["target_modules"] == sorted(config["target_modules"])
    assert all(w == written[0] for w in written[1:])
    # written as peft writes it: indent 2, keys sorted
    assert written[0].decode() == json.dumps(config, indent=2, sort_keys=True)
