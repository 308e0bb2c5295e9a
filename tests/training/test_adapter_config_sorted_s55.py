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

from training.modeling import default_target_modules

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


# The set's order in a process of hash seed ``argv[1]`` of the names in ``argv[2:]``, the
# way peft's LoraConfig builds it (``set(list)``, iterated by ``to_dict``): a bare Python
# process, no torch, so a few of them cost less than one more save.
SET_ORDER = "import sys; print(' '.join(set(sys.argv[2:])))"


def _set_order(seed: int, names: list[str]) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    done = subprocess.run(
        [sys.executable, "-c", SET_ORDER, str(seed), *names],
        check=True, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    return done.stdout.strip()


def test_two_processes_write_the_same_adapter_config(tiny_model, tmp_path):
    """Session 56 (CI time): two saves, not four: the second save's hash seed is one
    whose process iterates the target names' set in another order than seed 1's (checked
    in bare processes, without torch), so the two processes are known to hold the set
    in different orders; four random seeds (before) could by chance all hold it alike.
    Each save is a process importing torch, transformers and peft (~9 s each in CI)."""
    first = _save(tiny_model, str(tmp_path / "run1"), 1)
    config = json.loads(first)
    names = config["target_modules"]
    # the Llama default targets, more than one, so set order could differ
    assert len(names) >= 4
    assert names == sorted(names)
    listed = default_target_modules("llama")  # the list peft makes its set of, in order
    assert sorted(listed) == names
    order = _set_order(1, listed)
    seed = next(s for s in range(2, 40) if _set_order(s, listed) != order)
    assert _set_order(seed, listed) != order  # the two processes' set orders differ
    second = _save(tiny_model, str(tmp_path / f"run{seed}"), seed)
    assert second == first
    # written as peft writes it: indent 2, keys sorted
    assert first.decode() == json.dumps(config, indent=2, sort_keys=True)
