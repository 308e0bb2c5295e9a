"""Clause memory_source_needs_tokens, made in Python (session 46): a ``ChunkConfig``
with a memory source or retrieval settings but ``memory_tokens`` 0 built rows with no
memory prefix and said nothing; now it is one line that says what to set. Guards: the
defaults, and every source with a budget, are built as before."""

from __future__ import annotations

import pytest

from transforms.chunk_config import MEMORY_SOURCES, ChunkConfig
from transforms.retrieval import RetrievalConfig


@pytest.mark.parametrize(
    "kwargs, named",
    [
        ({"memory_source": "retrieved"}, "memory_source 'retrieved'"),
        ({"memory_source": "key"}, "memory_source 'key'"),
        ({"memory_source": "retrieved", "memory_tokens": 0}, "memory_source 'retrieved'"),
        ({"retrieval": RetrievalConfig(unit="paragraph")}, "unit='paragraph'"),
        ({"retrieval": RetrievalConfig(k1=1.2)}, "k1=1.2"),
    ],
)
def test_a_memory_source_without_a_budget_is_one_line(kwargs, named):
    with pytest.raises(ValueError) as error:
        ChunkConfig(**kwargs)
    line = str(error.value)
    assert named in line and "\n" not in line
    assert "memory_tokens is 0 (memory off): set memory_tokens to N" in line
    assert "--memory-tokens N" in line


def test_the_defaults_and_a_budget_build_as_before():
    default = ChunkConfig()
    assert (default.memory_tokens, default.memory_source, default.max_memory_length) == (
        0,
        "key-recent",
        0,
    )
    # The default source named in Python is the default itself: memory off, no error.
    assert ChunkConfig(memory_source="key-recent") == default
    for source in MEMORY_SOURCES:
        config = ChunkConfig(
            windows=(256,), memory_tokens=32, memory_source=source, memory_separator_ids=(198,)
        )
        assert (config.memory_source, config.max_memory_length) == (source, 33)
        assert config.resolved()["memory_source"] == source
    paragraph = ChunkConfig(
        windows=(256,), memory_tokens=32, retrieval=RetrievalConfig(unit="paragraph")
    )
    assert paragraph.resolved()["retrieval"]["unit"] == "paragraph"
