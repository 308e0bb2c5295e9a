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
