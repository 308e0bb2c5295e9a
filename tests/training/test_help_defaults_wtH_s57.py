"""Clause help_names_defaults (training/options.py, session 57): ``longctx train --help``
names the keys a first short run sets, each with its default, and each default is the
value training/configs/default.yaml gives (session 57's walk-through: a 2-step run on
256-token windows needed tokens_per_step, micro_batch_tokens and eval_rows, which the
help did not name)."""

import re

import yaml

from training.config import load_config
from training.options import TRAIN_DEFAULTS, train_parser


def _defaults() -> dict[str, object]:
    text = TRAIN_DEFAULTS.split("Defaults:", 1)[1].rstrip(".")
    text = re.sub(r"\s*\([^)]*\)", "", text)  # the notes in parentheses
    pairs = re.findall(r"([\w.]+)=(\[[^\]]*\]|\S+)", text)
    return {key: yaml.safe_load(value) for key, value in pairs}


def test_the_help_shows_the_defaults_line():
    help_text = " ".join(train_parser().format_help().split())
    assert " ".join(TRAIN_DEFAULTS.split()) in help_text


def test_every_default_the_help_names_is_the_config_default():
    defaults = _defaults()
    needed = {"curriculum", "tokens_per_step", "micro_batch_tokens", "eval_rows"}
    needed |= {"checkpoint_every", "dtype", "optim.lr", "peft.r", "seed"}
    assert needed <= set(defaults), sorted(needed - set(defaults))
    config = load_config()
    for key, value in defaults.items():
        node = config
        for part in key.split("."):
            node = getattr(node, part)
        if key == "curriculum":
            got = [{"window": s.window, "steps": s.steps} for s in node]
            assert got == value and all(s.tokens == 0 for s in node), (got, value)
        else:
            assert node == value, (key, node, value)


def test_the_help_says_what_a_config_file_without_the_key_gets(tmp_path):
    """Review (session 57): a ``--config`` file's missing keys take training/config.py's
    dataclass defaults, not default.yaml's; the help's note names those that differ,
    each checked here, and every key the help names that differs is in the note."""
    note = TRAIN_DEFAULTS.split("missing keys take training/config.py's:", 1)[1]
    said = {k: yaml.safe_load(v) for k, v in re.findall(r"([\w.]+)=([^\s)]+)", note)}
    own = tmp_path / "own.yaml"
    own.write_text("seed: 0\n", encoding="utf-8")
    bare, default = load_config(str(own)), load_config()
    differ = set()
    for key in _defaults():
        got = [bare, default]
        for part in key.split("."):
            got = [getattr(node, part) for node in got]
        if got[0] != got[1]:
            differ.add(key)
            assert said.get(key) == got[0], (key, said.get(key), got[0])
    assert differ == set(said), (sorted(differ), sorted(said))
