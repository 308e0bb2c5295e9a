"""Clause memory_source_needs_tokens (sessions 44 and 46): a memory flag without a memory
budget is an error that says what to add, the default source spelled out included; with
a budget, or with no memory flag, the config is built as asked."""

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


def test_the_default_source_spelled_out_is_refused_too():
    """Session 46: ``--memory-source key-recent`` (the default's name) or
    ``--retrieval-unit sentence`` without a budget asked for a prefix too; before, they
    built memory off silently."""
    for flags, named in (
        (["--memory-source", "key-recent"], "--memory-source key-recent sets"),
        (["--retrieval-unit", "sentence"], "--retrieval-unit sentence sets"),
    ):
        with pytest.raises(ValueError) as error:
            _config(*flags)
        line = str(error.value)
        assert named in line and "add --memory-tokens N" in line and "\n" not in line


def test_no_memory_flag_stays_memory_off_and_a_budget_takes_the_default_source():
    chunk = _config().chunk
    assert (chunk.memory_tokens, chunk.memory_source, chunk.retrieval.unit) == (
        0,
        "key-recent",
        "sentence",
    )
    chunk = _config("--memory-tokens", "32").chunk
    assert (chunk.memory_tokens, chunk.memory_source, chunk.retrieval.unit) == (
        32,
        "key-recent",
        "sentence",
    )
    chunk = _config("--memory-source", "key-recent", "--memory-tokens", "32").chunk
    assert (chunk.memory_tokens, chunk.memory_source) == (32, "key-recent")
