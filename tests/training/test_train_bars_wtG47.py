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


def test_bars_off_puts_back_transformers_and_huggingface_hubs_settings():
    """Review (session 47): transformers' switch also turns huggingface_hub's bars on, so a
    caller's ``huggingface_hub.utils.disable_progress_bars()`` (transformers' bars on) was
    lost after a run with bars off; both settings are put back, whichever they were."""
    from huggingface_hub import utils as hub
    from transformers.utils import logging as hf_logging

    from training.hf_bars import transformers_bars

    def settings():
        return hf_logging.is_progress_bar_enabled(), hub.are_progress_bars_disabled()

    was = settings()
    try:
        for before in ((True, False), (True, True), (False, True)):
            (hf_logging.enable_progress_bar if before[0] else hf_logging.disable_progress_bar)()
            if before[1]:
                hub.disable_progress_bars()
            assert settings() == before
            with transformers_bars(False):
                assert settings() == (False, True)
            assert settings() == before
            with transformers_bars(True):
                assert settings() == before
            assert settings() == before
    finally:
        (hf_logging.enable_progress_bar if was[0] else hf_logging.disable_progress_bar)()
        if was[1]:
            hub.disable_progress_bars()
