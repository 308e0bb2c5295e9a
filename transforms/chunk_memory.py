"""The memory prefix of a row (step 5 of :mod:`transforms.chunking`): the key
sentences (``memory_source`` ``key`` / ``key-recent``) or the BM25-retrieved passages
(``retrieved``, :mod:`transforms.retrieval`) of the document before a window, whole,
within the budget, followed by ``memory_separator_ids``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import numpy as np

import schemas
from transforms.char_starts import end_before_blank, span_char_ends
from transforms.memory_parts import join_parts, part_end
from transforms.retrieval import PassageIndex, RetrievedMemory, passage_spans, select_by_score
from transforms.token_structure import (
    TokenStructure,
    char_to_token_ends,
    char_to_token_starts,
    token_structure,
)

if TYPE_CHECKING:
    from transforms.chunking import ChunkConfig


def select_memory(ts: TokenStructure, before: int, budget: int, recent: bool = False) -> np.ndarray:
    """Indices (document order) of the key sentences that form the memory of a window
    starting at token ``before``: those ending at or before it, by score, whole, the
    best-scored prefix (after skipping any longer than ``budget``) that fits.

    ``recent`` (rule ``key_recent``): ranked by their end instead of their score, so
    the key sentences closest before the window are taken (docs/QUALITY.md: in
    English they lower the window's loss more than the best-scored ones)."""
    scores = ts.key_ends.astype(np.float64) if recent else ts.key_scores
    return select_by_score(ts.key_starts, ts.key_ends, scores, before, budget)


def key_memory(doc: schemas.TokenizedDocument, config: ChunkConfig):
    """``(before, budget) -> prefix ids`` (int32, separator included; empty when no key
    sentence fits) of a key-sentence source (``key`` / ``key-recent``, from
    ``config.memory_source``): what the builder puts before a window starting at token
    ``before``. For measuring a prefix on fixed windows (bench/memory_prefix.py)."""
    ts = token_structure(doc)
    return functools.partial(memory_ids, doc, ts, config=config)


def memory_ids(doc: schemas.TokenizedDocument, ts, before: int, budget: int, config) -> np.ndarray:
    chosen = select_memory(ts, before, budget, recent=config.memory_source == "key-recent")
    if not len(chosen):
        return np.zeros(0, np.int32)
    offsets, text = doc.token_offsets, doc.text
    starts = [int(ts.key_starts[k]) for k in chosen]
    ends = [  # clause key_end_no_next_word
        part_end(offsets, text, s, int(ts.key_ends[k]), int(ts.key_char_ends[k]))
        for s, k in zip(starts, chosen, strict=True)
    ]
    ends[-1] = end_before_blank(doc, starts[-1], ends[-1])  # clause memory_prefix_one_break
    separator = np.asarray(config.memory_separator_ids, dtype=np.int32)
    return np.concatenate([join_parts(doc, starts, ends, separator, budget), separator]).astype(
        np.int32
    )


def retrieved_memory(doc: schemas.TokenizedDocument, config: ChunkConfig) -> RetrievedMemory:
    """The document's BM25 passage index as a memory source; build it once and pass
    it to :func:`chunk_document` for every window length."""
    spans = passage_spans(doc.structure, config.retrieval.unit)
    n = len(doc.token_ids)
    starts = char_to_token_starts(doc.token_offsets, spans[:, 0])
    ends = np.minimum(char_to_token_ends(doc.token_offsets, spans[:, 1]), n)
    ends = span_char_ends(doc.token_offsets, starts, ends)  # rule memory_char_end
    index = PassageIndex(doc.text, spans, config.retrieval)
    return RetrievedMemory(doc, index, starts, ends, config.memory_separator_ids)
