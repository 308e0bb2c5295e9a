"""Clause memory_source_needs_tokens (session 44): a memory flag without a memory budget
is an error that says what to add; with a budget, or at the defaults, the config is
built as asked."""

from __future__ import annotations

import pytest

from pipeline import options
from pipeline.build_config import config_from_args

BASE = ["--input", "x", "--output", "o", "--tokenizer", "t"]


def _config(*flags):
    return config_from_args(options.dataset_parser().parse_args([*BASE, *flags]), 0, ())


@pytest.mark.parametrize(
    "flags, named",
    [
        (["--memory-source", "retrieved"], "--memory-source retrieved sets"),
        (["--memory-source", "key"], "--memory-source key sets"),
        (
            ["--memory-source", "retrieved", "--retrieval-unit", "paragraph"],
            "--memory-source retrieved and --retrieval-unit paragraph set",
        ),
        (["--memory-source", "retrieved", "--memory-tokens", "0"], "--memory-source retrieved"),
    ],
)
def test_memory_flags_without_tokens_are_refused(flags, named):
    with pytest.raises(ValueError) as error:
        _config(*flags)
    line = str(error.value)
    assert named in line and "add --memory-tokens N" in line and "\n" not in line


def test_memory_flags_with_tokens_build_what_was_asked():
    chunk = _config(
        "--memory-source", "retrieved", "--retrieval-unit", "paragraph", "--memory-tokens", "64"
    ).chunk
    assert (chunk.memory_source, chunk.retrieval.unit, chunk.memory_tokens) == (
        "retrieved",
        "paragraph",
        64,
    )


def test_defaults_and_the_default_source_spelled_out_stay_memory_off():
    for flags in ([], ["--memory-source", "key-recent"], ["--retrieval-unit", "sentence"]):
        chunk = _config(*flags).chunk
        assert chunk.memory_tokens == 0 and chunk.memory_source == "key-recent", flags
