"""Rule progress_off_all_bars, session 47: ``progress: false`` in a recipe (the tiny
config's) turns off every progress bar the run would draw, transformers' own
"Loading weights" bar included (the new user's walk asked whether it still printed);
``progress: true`` keeps both bars (the "Loading weights" bar and "train:")."""

import re

from tests.training.conftest import train_recipe

_BAR = re.compile(r"\d+%\|")  # tqdm's "100%|" (any bar: train, Loading weights, ...)


def test_progress_off_draws_no_bar_at_all(tiny_dataset, tiny_model, tiny_config, tmp_path, capfd):
    capfd.readouterr()
    assert (
        train_recipe(tiny_dataset, tiny_model, tmp_path / "off", tiny_config, "--max-steps", "1")
        == 0
    )
    err = capfd.readouterr().err
    assert "Loading weights" not in err, err
    assert not _BAR.search(err), err


def test_progress_on_keeps_the_bars(tiny_dataset, tiny_model, tiny_config, tmp_path, capfd):
    capfd.readouterr()
    args = ("--max-steps", "1", "--set", "progress=true")
    assert train_recipe(tiny_dataset, tiny_model, tmp_path / "on", tiny_config, *args) == 0
    err = capfd.readouterr().err
    assert "Loading weights" in err, err
    assert "train:" in err and _BAR.search(err), err
