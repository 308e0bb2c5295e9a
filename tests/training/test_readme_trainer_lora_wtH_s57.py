"""README's Hugging Face Trainer section (session 57's walk-through): the snippet's
``LoraConfig(r=8)`` is peft's default (q_proj, v_proj, alpha 8), not ``longctx train``'s
adapter, and the ``peft.LoraConfig(...)`` the README gives for ``longctx train``'s
adapter wraps the same modules with the same scale and trainable parameters as
``training.modeling.wrap_peft`` with the default config's ``peft`` settings."""

from __future__ import annotations

import os
import re

import pytest

README = os.path.join(os.path.dirname(__file__), "..", "..", "README.md")


def _readme_lora_expression() -> str:
    with open(README, encoding="utf-8") as f:
        text = " ".join(f.read().split())
    found = re.findall(r"For `longctx train`'s adapter use `(peft\.LoraConfig\([^`]*\))`", text)
    assert len(found) == 1, found
    return found[0]


def _lora_modules(model) -> dict[str, tuple[int, float]]:
    return {
        name: (module.r["default"], module.scaling["default"])
        for name, module in model.named_modules()
        if hasattr(module, "lora_A")
    }


def _trainable(model) -> int:
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


@pytest.fixture
def base(tiny_model):
    from transformers import AutoModelForCausalLM

    return lambda: AutoModelForCausalLM.from_pretrained(tiny_model)


def test_readme_lora_config_is_longctx_trains_adapter(base):
    import peft

    from training.config import load_config
    from training.modeling import wrap_peft

    ours = wrap_peft(base(), load_config().peft)
    readme = peft.get_peft_model(base(), eval(_readme_lora_expression(), {"peft": peft}))
    assert _lora_modules(readme) == _lora_modules(ours)
    assert _trainable(readme) == _trainable(ours) > 0


def test_snippet_lora_config_is_not_longctx_trains_adapter(base):
    """What the README says of the snippet's own ``LoraConfig(r=8)``."""
    import peft

    from training.config import load_config
    from training.modeling import wrap_peft

    snippet = peft.get_peft_model(base(), peft.LoraConfig(task_type="CAUSAL_LM", r=8))
    names = {name.rsplit(".", 1)[-1] for name in _lora_modules(snippet)}
    assert names == {"q_proj", "v_proj"}
    assert {scale for _, scale in _lora_modules(snippet).values()} == {8 / 8}
    ours = wrap_peft(base(), load_config().peft)
    assert {scale for _, scale in _lora_modules(ours).values()} == {16 / 8}
    assert _trainable(snippet) < _trainable(ours)


def test_readme_learning_rate_advice_is_the_defaults():
    """Review (session 57): what README says of the two learning-rate schedules is
    ``training/configs/default.yaml``'s and ``TrainingArguments``' defaults, and the
    Trainer schedule it names for a longer run follows ``lr_factor`` within one step."""
    import transformers
    from transformers.optimization import get_scheduler

    from training.config import load_config
    from training.curriculum import lr_factor

    with open(README, encoding="utf-8") as f:
        text = " ".join(f.read().split())
    said = re.search(
        r"`Trainer` uses learning rate ([0-9.e-]+) on a (\w+) schedule \(`longctx train`: "
        r"([0-9.e-]+) with (\d+) warmup step, then (\w+) down to ([0-9.]+) of it",
        text,
    )
    assert said, "README's learning-rate sentence changed"
    args = transformers.TrainingArguments("unused", report_to="none")
    assert (args.learning_rate, args.lr_scheduler_type.value) == (float(said[1]), said[2])
    optim = load_config().optim
    assert (optim.lr, optim.warmup_steps) == (float(said[3]), int(said[4]))
    assert (optim.schedule, optim.min_lr_ratio) == (said[5], float(said[6]))
    assert '`lr_scheduler_kwargs={"min_lr_rate": 0.1}`' in text
    steps = 6
    import torch

    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
    trainer_lr = get_scheduler(
        "cosine_with_min_lr", opt, 0, steps, scheduler_specific_kwargs={"min_lr_rate": 0.1}
    ).lr_lambdas[0]
    ours = [
        lr_factor(s, steps, optim.warmup_steps, optim.schedule, optim.min_lr_ratio)
        for s in range(steps)
    ]
    theirs = [trainer_lr(s) for s in range(steps)]
    assert ours[0] == theirs[0] == 1.0
    assert all(theirs[s] <= ours[s] <= theirs[s - 1] + 1e-9 for s in range(1, steps)), (
        ours,
        theirs,
    )
