"""The example configs of training/configs/ for the long-context options: they load,
name the command that runs them, and take --set overrides."""

from __future__ import annotations

import os

import pytest


@pytest.mark.parametrize("name", ["s2_attention", "sliding_attention", "recurrence"])
def test_example_configs_load_and_override(name):
    from training.config import CONFIG_DIR, load_config

    path = os.path.join(CONFIG_DIR, f"{name}.yaml")
    config = load_config(path)
    assert (config.attention.pattern, config.recurrence.memory_tokens) == {
        "s2_attention": ("s2", 0),
        "sliding_attention": ("sliding", 0),
        "recurrence": ("full", 1024),
    }[name]
    with open(path) as f:
        assert f.readline().startswith("# longctx train --config training/configs/")
    changed = load_config(path, ["recurrence.memory_tokens=0", "attention.pattern=s2"])
    assert (changed.attention.pattern, changed.recurrence.memory_tokens) == ("s2", 0)
    with pytest.raises(ValueError, match="attention.pattern=full"):
        load_config(path, ["recurrence.memory_tokens=64", "attention.pattern=sliding"])


def test_recurrence_sink_tokens_key():
    from training.config import CONFIG_DIR, load_config

    path = os.path.join(CONFIG_DIR, "recurrence.yaml")
    assert load_config(path).recurrence.sink_tokens == 4
    assert load_config(path, ["recurrence.sink_tokens=0"]).recurrence.sink_tokens == 0
    with pytest.raises(ValueError, match="recurrence.sink_tokens must be >= 0"):
        load_config(path, ["recurrence.sink_tokens=-1"])
