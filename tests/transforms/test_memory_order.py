"""Rule ``key_recent`` of the memory prefix (``ChunkConfig.memory_source="key-recent"``):
the key sentences closest before the window, on a real book through the real
structure analysis and a byte-level BPE tokenizer."""

from __future__ import annotations

import os

import numpy as np
import pytest

import schemas
from transforms.chunking import ChunkConfig, chunk_document
from transforms.memory_parts import join_parts, part_end
from transforms.normalize import normalize_document
from transforms.structure import analyze_document
from transforms.token_structure import char_to_token_ends, char_to_token_starts
from transforms.tokenize import load_tokenizer, tokenize_documents

SEP = (7, 7)
WINDOW, MEMORY = 256, 64


@pytest.fixture(scope="module")
def book(shared_data, tiny_tokenizer_path) -> schemas.TokenizedDocument:
    with open(os.path.join(shared_data, "en_gutenberg", "pg1153.txt"), encoding="utf-8") as f:
        text = f.read()[20_000:80_000]
    doc = normalize_document(schemas.Document("pg1153", "pg1153.txt", text, "train"))
    (out,) = tokenize_documents([analyze_document(doc)], load_tokenizer(tiny_tokenizer_path))
    return out


def key_spans(doc: schemas.TokenizedDocument) -> np.ndarray:
    """Token spans of the key sentences, in document order, empty ones dropped."""
    s = doc.structure
    chars = np.asarray(s.sentences, dtype=np.int64).reshape(-1, 2)[np.asarray(s.key_sentences)]
    n = len(doc.token_ids)
    starts = char_to_token_starts(doc.token_offsets, chars[:, 0])
    ends = np.minimum(char_to_token_ends(doc.token_offsets, chars[:, 1]), n)
    keep = ends > starts
    return np.stack([starts[keep], ends[keep], chars[:, 1][keep]], axis=1)


def rows_of(doc, source: str) -> list[dict]:
    config = ChunkConfig(
        windows=(WINDOW,),
        overlap=32,
        memory_tokens=MEMORY,
        memory_separator_ids=SEP,
        memory_source=source,
    )
    rows, _ = chunk_document(doc, WINDOW, config)
    return rows


def test_the_prefix_is_the_run_of_key_sentences_closest_before_the_window(book):
    spans = key_spans(book)
    rows = rows_of(book, "key-recent")
    n = len(book.token_ids)
    checked = 0
    for row in rows[1:]:
        if row["token_end"] == n:  # the anchored last window has its own budget
            continue
        before = row["token_start"]
        lengths = spans[:, 1] - spans[:, 0]
        candidates = np.flatnonzero((spans[:, 1] <= before) & (lengths <= MEMORY))
        # from the closest back, as many whole sentences as fit
        chosen, used = [], 0
        for k in candidates[::-1]:
            if used + lengths[k] > MEMORY:
                break
            chosen.append(k)
            used += lengths[k]
        ends = {  # clause key_end_no_next_word (session 43, second pass)
            int(k): part_end(book.token_offsets, book.text, *map(int, spans[k])) for k in chosen
        }
        if chosen:  # clause memory_prefix_one_break (review, session 43): the last one
            last = max(chosen)  # without the whitespace-only tokens it ends on
            while (
                ends[last] - 1 > spans[last, 0]
                and book.text[slice(*book.token_offsets[ends[last] - 1])].isspace()
            ):
                ends[last] -= 1
        order = sorted(chosen)  # clause memory_parts_separated: the separator between
        # two sentences apart in the text that would touch without a space
        starts = [int(spans[k, 0]) for k in order]
        sep = np.asarray(SEP, np.int32)
        parts = join_parts(book, starts, [ends[k] for k in order], sep, MEMORY) if order else []
        expected = [int(t) for t in parts]
        m = row["memory_length"]
        assert row["input_ids"][:m].tolist() == (expected + list(SEP) if expected else [])
        checked += bool(expected)
    assert checked >= 10


def test_closest_and_best_scored_prefixes_differ_on_real_text(book):
    recent = [r["input_ids"][: r["memory_length"]].tolist() for r in rows_of(book, "key-recent")]
    scored = [r["input_ids"][: r["memory_length"]].tolist() for r in rows_of(book, "key")]
    # while every key sentence so far fits the budget both take them all; later the
    # closest ones are not the best-scored ones
    assert recent[:10] == scored[:10]
    assert any(a != b for a, b in zip(recent, scored, strict=False))
