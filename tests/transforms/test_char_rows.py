"""Rule ``window_char_end_table`` (review 39): the chunker's whole-character row ends
read a per-document table (``TokenStructure.char_heads``, ``TokenStructure.marks``)
built once per document, in ``transforms.char_rows``. The table must say exactly
what ``begins_character`` and the paragraph/sentence starts say, and the fill
candidates must come in the order the first version gave (a set of the starts in the
snap range, sorted by distance then position): same rows, byte for byte
(checked on built CJK and English corpora in docs/quality/session-39-wtH.md)."""

from __future__ import annotations

import os
from types import SimpleNamespace

import numpy as np
import pytest

from tests.transforms.test_chunking_char_start import SMOLLM2, tokenized
from transforms import char_rows
from transforms.char_starts import begins_character, character_heads
from transforms.token_structure import token_structure


def reference_fill(marks, start, on_mark, lo, hi):
    """The candidates as session 39's first version listed them."""
    if not on_mark:
        return list(range(start - 1, max(start - char_rows.FILL_REACH, 0) - 1, -1))
    near = {m for m in marks if lo <= m <= hi}
    near.discard(start)
    return sorted(near, key=lambda t: (abs(t - start), t))


def test_window_char_end_table_fill_order():
    """``fill_starts`` (two pointers from a bisect) gives the reference order for
    random marks, starts inside, below and above ``[lo, hi]``, ties to the earlier."""
    rng = np.random.default_rng(39)
    for _ in range(3000):
        marks = sorted(set(rng.integers(0, 80, rng.integers(0, 25)).tolist()))
        start = int(rng.integers(0, 90))
        lo = int(rng.integers(0, 80))
        hi = lo + int(rng.integers(-3, 30))
        for on_mark in (True, False):
            got = list(char_rows.fill_starts(marks, start, on_mark, lo, hi))
            assert got == reference_fill(marks, start, on_mark, lo, hi), (marks, start, lo, hi)


def test_window_char_end_table_char_end_unit():
    """``char_end`` on the table is ``window_char_end`` on the offsets."""
    from transforms.char_starts import window_char_end

    chars = [0, 1, 1, 1, 2, 3, 3, 4, 4, 4, 4, 5]
    offsets = np.array([[c, c + 1] for c in chars], dtype=np.int32)
    heads = character_heads(offsets)
    assert list(heads) == [int(begins_character(offsets, k)) for k in range(len(chars) + 1)]
    for end in range(1, len(chars) + 1):
        for first in range(1, end + 1):
            assert char_rows.char_end(heads, end, first) == window_char_end(offsets, end, first)


@pytest.mark.skipif(not os.path.isfile(SMOLLM2), reason="defaults/smollm2-135m not found")
def test_window_char_end_table_matches_offsets(shared_data):
    """On 红楼梦 and an English text with SmolLM2: ``char_heads`` is
    ``begins_character`` of every token and the EOS; ``marks`` the sorted union of the
    paragraph and sentence starts."""
    with open(os.path.join(shared_data, "zh_classics", "红楼梦.txt"), encoding="utf-8") as f:
        zh = f.read()[20000:32000]
    en = "It was a dark night. The wind, æther-cold, blew.\n\nA new paragraph: œuvre. " * 40
    split = []
    for doc in (tokenized("zh", zh, SMOLLM2), tokenized("en", en, SMOLLM2)):
        ts, n = token_structure(doc), len(doc.token_ids)
        heads = [int(begins_character(doc.token_offsets, k)) for k in range(n + 1)]
        assert list(ts.char_heads) == heads
        marks = set(ts.paragraph_starts.tolist()) | set(ts.sentence_starts.tolist())
        assert ts.marks == sorted(marks) and len(ts.marks) > 10
        split.append(heads.count(0))
    assert split[0] > 1000, split  # CJK: most characters are 2-3 byte tokens


def offsets_of(chars: list[int]) -> np.ndarray:
    return np.array([[c, c + 1] for c in chars], dtype=np.int32)


def test_window_char_end_fill_memory_same_length():
    """Rule ``window_char_end_fill``: a candidate start whose memory prefix, chosen
    again, has another length is skipped (the row would be more or less than W);
    with none left the row ends 1-3 tokens short as before (``window_char_end``).
    Tokens 10-12 are one character; the row [3, 11) with a 2-token prefix (W 10)
    cuts it."""
    chars = [*range(10), 10, 10, 10, *range(11, 18)]
    offsets = offsets_of(chars)
    ts = SimpleNamespace(char_heads=character_heads(offsets), marks=[])
    prefix = np.zeros(2, np.int32)

    def memory(before, query_start, query_end, budget):
        return prefix if before == 3 else np.zeros(3, np.int32)

    span = (3, 11, False)
    start, end, more = char_rows.whole_character_row(offsets, ts, span, 8, prefix, memory, 2, 0, 7)
    assert (start, end, len(more)) == (3, 10, 2)  # no fill: 1 token short, never W + 1
    same = char_rows.whole_character_row(offsets, ts, span, 8, prefix, lambda *_: prefix, 2, 0, 7)
    assert same[:2] == (2, 10) and len(same[2]) == 2  # filled: 10 tokens with its prefix


def test_window_char_end_first_scored_keeps_context():
    """Rule ``window_char_end_first_scored``: the start moves forward at most to the
    token before the row's first scored one, never onto it (the row's first token is
    context only). W 2, overlap 1 with 4-token characters: the row after (4, 6) would
    have started at its first scored token 6 (label scored at position 0)."""
    from tests.transforms.test_chunking import EOS
    from tests.transforms.test_chunking_char_start import split_document
    from transforms.chunking import ChunkConfig, chunk_document

    chars = [0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6]
    doc = split_document(chars, [[0, 7]], "x" * 7)
    config = ChunkConfig(windows=(2,), overlap=1, snap_tolerance=0, eos_id=EOS)
    rows, _ = chunk_document(doc, 2, config)
    # (the anchored last row is window_char_start_anchored's, not this rule's)
    assert [int(row["labels"][0]) for row in rows[:-1]] == [-100] * (len(rows) - 1)
    assert [(r["token_start"], r["token_end"]) for r in rows][4:6] == [(4, 6), (5, 7)]
