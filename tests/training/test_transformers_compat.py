"""Helpers that keep the trainer working across transformers 5.x releases (the GPU
machine runs 5.17, this project's environment 5.24)."""

from __future__ import annotations

from training.modeling import build_tiny_llama, enable_activation_checkpointing


class OldModel:
    """What transformers 5.17 offers: only ``gradient_checkpointing_enable``."""

    def __init__(self):
        self.calls = []

    def gradient_checkpointing_enable(self, **kwargs):
        self.calls.append(kwargs)


def test_checkpointing_uses_the_old_name_when_the_new_one_is_missing():
    model = OldModel()
    enable_activation_checkpointing(model)
    assert model.calls == [{"gradient_checkpointing_kwargs": {"use_reentrant": False}}]


def test_checkpointing_checkpoints_the_decoder_layers(tmp_path):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(
        build_tiny_llama(str(tmp_path / "m"), vocab=64, positions=32)
    )
    assert not any(getattr(m, "gradient_checkpointing", False) for m in model.modules())
    enable_activation_checkpointing(model)
    flagged = [m for m in model.modules() if getattr(m, "gradient_checkpointing", False)]
    assert flagged, "no module was switched to checkpointing"
