"""Rule ``window_char_start`` (and ``window_char_end``'s three end rules), property test:
documents whose characters span 1-3 tokens, every chunking config; the expected row
spans come from an independent model (:func:`expected_span`). Split from
test_chunking_char_start.py (session 39), which keeps the real-text tests."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

import schemas
from tests.transforms.test_chunking import (
    EOS,
    PROPERTY_SETTINGS,
    build,
    configs,
    make_document,
    stitch,
)
from transforms.chunking import chunk_document, snap_start
from transforms.token_structure import token_structure


# --------------------------------------------------------------------------
# Synthetic: characters of 1-3 tokens, every config
# --------------------------------------------------------------------------
def with_split_characters(item, seed: int):
    """``make_document`` with some tokens made the continuation of the character
    before (the span of the previous token, as byte-level BPE gives them), never a
    unit's start, at most 2 in a row (a character of at most 3 tokens)."""
    doc = item.doc
    n = len(doc.token_ids)
    offsets = doc.token_offsets.copy()
    rng = np.random.default_rng(seed)
    units = set(item.sentence_tokens.tolist())
    run = 0
    for i in range(1, n):
        if i not in units and run < 2 and rng.random() < 0.5:
            offsets[i] = offsets[i - 1]
            run += 1
        else:
            run = 0
    item.doc = schemas.TokenizedDocument(
        doc_id=doc.doc_id, source=doc.source, split=doc.split, text=doc.text,
        structure=doc.structure, token_ids=doc.token_ids, token_offsets=offsets,
    )  # fmt: skip
    return item


@st.composite
def split_corpora(draw):
    count = draw(st.integers(1, 4))
    return [
        with_split_characters(
            make_document(
                f"doc{i}",
                draw(st.integers(0, 1500)),
                seed=draw(st.integers(0, 2**31)),
                sentence_every=draw(st.integers(2, 200)),
            ),
            seed=i,
        )
        for i in range(count)
    ]


def heads_between(offsets, lo: int, hi: int) -> list[int]:
    """Tokens in ``[lo, hi]`` that begin a character (token 0 does; a token whose start
    is before the previous token's end does not), written out here, not the rule's."""
    return [t for t in range(max(lo, 0), hi + 1) if t == 0 or offsets[t, 0] >= offsets[t - 1, 1]]


def expected_span(offsets, ts, start: int, prev_end: int, room: int, lo: int, hi: int):
    """A regular row's ``(start, end)`` from its start on a whole character, written
    out here: ``end = start + room`` where that begins a character. Else
    (``window_char_end_fill``) the first candidate start whose row of the same room
    begins and ends on characters and scores past ``prev_end``: for a start on a
    sentence or paragraph start the other such starts in ``[lo, hi]``, nearest first
    (the earlier on a tie), else the 12 tokens before it, nearest first. Else the
    last character start after ``prev_end`` within 3 tokens back (``window_char_end``);
    else (``window_char_end_first_scored``) the next character start within 3 tokens
    ahead, the start as far forward (the first character start from there, before
    ``prev_end``); else unchanged."""
    n, end = len(offsets), start + room

    def head(t):
        return t >= n or bool(heads_between(offsets, t, t))

    if head(end):
        return start, end
    marks = set(ts.sentence_starts.tolist()) | set(ts.paragraph_starts.tolist())
    if start in marks:
        others = [t for t in sorted(marks) if lo <= t <= hi and t != start]
        candidates = sorted(others, key=lambda t: (abs(t - start), t))
    else:
        candidates = list(range(start - 1, max(start - 12, 0) - 1, -1))
    for first in candidates:
        if prev_end < first + room < n and head(first) and head(first + room):
            return first, first + room
    back = [t for t in heads_between(offsets, end - 3, end - 1) if t > prev_end]
    if back:
        return start, back[-1]
    ahead = [t for t in range(end + 1, min(end + 3, n) + 1) if head(t)]
    later = heads_between(offsets, start + (ahead[0] - end), prev_end - 1) if ahead else []
    return (later[0], ahead[0]) if later else (start, end)


@PROPERTY_SETTINGS
@given(corpus=split_corpora(), config=configs())
def test_window_char_start_property(corpus, config):
    """Exactly-once scoring and stitching hold with split characters, and each window
    start is: the snapped start moved back to the nearest character start within the
    tolerance, else up to 3 tokens back while the window still scores a new token (rule
    window_char_start_any_tolerance), else forward to one before its first scored token,
    else unchanged; the anchored last window's start (W before the EOS, after its memory)
    moved forward to a character start before its first scored token (rule
    window_char_start_anchored)."""
    docs = {item.doc.doc_id: item.doc for item in corpus}
    for window in config.windows:
        rebuilt, scored = stitch(build(corpus, window, config), docs)
        for doc_id, doc in docs.items():
            np.testing.assert_array_equal(rebuilt[doc_id], doc.token_ids)
            if len(doc.token_ids):
                assert scored[doc_id][0] == 0 and (scored[doc_id][1:] == 1).all()
        overlap, tolerance = config.overlap_for(window), config.tolerance_for(window)
        for item in corpus:
            doc, n = item.doc, len(item.doc.token_ids)
            offsets = doc.token_offsets
            rows, _ = chunk_document(doc, window, config)
            ts = token_structure(doc)
            for previous, row in zip(rows, rows[1:], strict=False):
                prev_end = previous["token_end"]
                if row["token_end"] == n and row["input_ids"][-1] == EOS and row is rows[-1]:
                    first = n + 1 - window + row["memory_length"]
                    ahead = heads_between(offsets, first, prev_end - 1)
                    assert row["token_start"] == (ahead[0] if ahead else first)
                    continue
                nominal = prev_end - overlap
                snapped = snap_start(nominal, tolerance, ts)
                lowest = prev_end - window + config.max_memory_length + 1
                back = heads_between(
                    offsets, max(lowest, min(nominal - tolerance, snapped - 3)), snapped
                )
                ahead = heads_between(offsets, snapped, prev_end - 1)
                expected = back[-1] if back else (ahead[0] if ahead else snapped)
                room = window - row["memory_length"]
                lo, hi = max(nominal - tolerance, lowest), min(nominal, prev_end - 1)
                got = (row["token_start"], row["token_end"])
                span = expected_span(offsets, ts, expected, prev_end, room, lo, hi)
                # With memory, window_char_end_fill skips a start whose prefix has
                # another length: only check the row ends on a whole character then.
                if config.memory_tokens and got != span:
                    assert heads_between(offsets, got[1], got[1]) or got[1] == n
                else:
                    assert got == span
                assert row["token_end"] > prev_end  # progress
