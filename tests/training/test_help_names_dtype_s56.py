"""Clause ``help_names_dtype`` (training/options.py, session 56): ``longctx train --help``
names the precision key (session 56's walk-through: README named it, the help did not),
and the help's ``--set`` examples, given together, load with those values."""

import re
import shlex

from training.config import load_config
from training.options import TRAIN_EPILOG


def _examples() -> list[str]:
    words = shlex.split(TRAIN_EPILOG.split("Overrides:", 1)[1].split("(", 1)[0])
    return [words[i + 1] for i, w in enumerate(words) if w == "--set"]


def test_help_names_the_dtype_key_and_its_values():
    assert "--set dtype=bfloat16" in TRAIN_EPILOG
    assert re.search(r"dtype auto: bf16 on CUDA, float32 on CPU", TRAIN_EPILOG)


def test_every_set_example_in_the_help_loads_with_its_value():
    examples = _examples()
    assert "dtype=bfloat16" in examples and len(examples) >= 7, examples
    config = load_config(overrides=examples)  # together: rope.type=yarn needs its target_length
    for text in examples:
        key, value = text.split("=", 1)
        node = config
        for part in key.split("."):
            node = node[part] if isinstance(node, dict) else getattr(node, part)
        if key == "curriculum":
            stages = [(stage.window, stage.steps, stage.tokens) for stage in node]
            assert stages == [(512, 20, 0), (2048, 0, 200000)], stages
        elif key == "optim.lr":
            assert float(node) == 1e-4
        else:
            assert str(node).lower() == value.lower(), (key, node)
