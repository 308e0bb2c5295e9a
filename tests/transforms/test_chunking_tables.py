"""Deterministic tables of the long-sequence builder: configs it refuses, the
windows of a long document, a document's EOS row, section paths (synthetic
documents of ``test_chunking``, whose property tests cover the invariants)."""

from __future__ import annotations

import numpy as np
import pytest

import schemas
from schemas import IGNORE_INDEX
from tests.transforms.test_chunking import EOS, make_document
from transforms.chunking import ChunkConfig, chunk_document
from transforms.packing import pack_pieces
from transforms.token_structure import char_to_token_starts


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"windows": ()}, "windows is empty"),
        ({"windows": (1024, 512)}, "strictly increasing"),
        ({"windows": (512, 512)}, "strictly increasing"),
        ({"windows": (1,)}, ">= 2"),
        ({"overlap": -1}, "negative"),
        # clause overlap_zero_refused_at_source (session 40): before, built overlap 0
        ({"windows": (8,), "overlap": 0}, "^overlap 0 leaves each window's first scored token"),
        ({"snap_tolerance": -3}, "negative"),
        ({"memory_tokens": -1}, "negative"),
        ({"windows": (64,), "overlap": 64}, "must be < 64"),
        ({"windows": (64,), "overlap": 20, "snap_tolerance": 20, "memory_tokens": 24}, "< 64"),
        ({"eos_id": -1}, "non-negative"),
    ],
)
def test_config_rejects_what_cannot_work(kwargs, message):
    with pytest.raises(ValueError, match=message):
        ChunkConfig(**kwargs)


def test_config_overlaps():
    default = ChunkConfig()
    assert [default.overlap_for(w) for w in default.windows] == [32, 64, 128, 256]
    assert default.tolerance_for(4096) == 256
    seed_style = ChunkConfig(windows=[4096], overlap=64)
    assert seed_style.windows == (4096,) and seed_style.overlap_for(4096) == 64
    assert seed_style.resolved()["overlaps"] == {"4096": 64}
    assert ChunkConfig(snap_tolerance=5).tolerance_for(512) == 5


def test_char_to_token_maps_a_token_carrying_the_preceding_space():
    # "Hi. The end." tokenized as "Hi", ".", " The", " end", "." (byte-level style):
    # the sentence "The end." starts at char 4, inside token " The" = [3, 7).
    offsets = np.array([[0, 2], [2, 3], [3, 7], [7, 11], [11, 12]], np.int32)
    assert char_to_token_starts(offsets, np.array([0, 4, 8, 12])).tolist() == [0, 2, 3, 5]
    # Whitespace not covered by any token: the next token starts the unit.
    gapped = np.array([[0, 2], [2, 3], [4, 7]], np.int32)
    assert char_to_token_starts(gapped, np.array([3, 4])).tolist() == [2, 2]


def test_long_document_windows_table():
    item = make_document("long", 1000, seed=3, sentence_every=10**9)  # one sentence only
    config = ChunkConfig(windows=(256,), overlap=16, snap_tolerance=0)
    rows, pending = chunk_document(item.doc, 256, config)
    assert pending == []
    spans = [(r["token_start"], r["token_end"]) for r in rows]
    # Stride 240; the fifth window would pass the end, so it is anchored at the EOS
    # that follows token 999: tokens [745, 1000) and the EOS, scoring the last 24
    # tokens and the EOS with 231 of context.
    assert spans == [(0, 256), (240, 496), (480, 736), (720, 976), (745, 1000)]
    assert [r["num_scored"] for r in rows] == [255, 240, 240, 240, 25]
    assert [r["chunk_index"] for r in rows] == [0, 1, 2, 3, 4]
    assert all(r["length"] == 256 for r in rows)  # long documents need no padding
    assert rows[-1]["input_ids"][-1] == EOS == rows[-1]["labels"][-1]
    assert all(EOS not in r["labels"][r["labels"] != IGNORE_INDEX] for r in rows[:-1])


def test_exact_window_length_document_sends_its_eos_to_the_packer():
    """Rule short_tail: 64 tokens and the EOS do not fit one 64-token row: the first
    row scores tokens 1-63 and the EOS goes to the packer in a piece of the window's
    usual left context (overlap 4: tokens 60-63, context only) and the EOS, instead
    of a second 64-token row scoring only the EOS (as before)."""
    item = make_document("exact", 64, seed=1, sentence_every=1000)  # no snapping
    config = ChunkConfig(windows=(64,), eos_id=EOS)
    rows, pending = chunk_document(item.doc, 64, config)
    assert [(r["token_start"], r["token_end"], r["num_scored"]) for r in rows] == [(0, 64, 63)]
    assert [(p.chunk_index, p.token_start, p.token_end, p.packed_length) for p in pending] == [
        (1, 60, 64, 5)
    ]
    assert pending[0].token_ids.tolist() == item.doc.token_ids[60:].tolist()
    assert (pending[0].labels == IGNORE_INDEX).all()  # tokens 60-63 were scored in row 0
    (packed,) = pack_pieces(pending, 64, config)
    assert packed["num_scored"] == 1 and packed["input_ids"][-1] == EOS == packed["labels"][-1]
    # One token shorter is a piece: 63 tokens and the EOS fill the row.
    short = make_document("short", 63, seed=1)
    assert chunk_document(short.doc, 64, ChunkConfig(windows=(64,)))[1][0].packed_length == 64


def test_a_few_tokens_past_the_window_go_to_the_packer():
    """Rule short_tail: 67 tokens at W 64 (overlap 4): the tail (tokens 64-66 and the
    EOS, 4 scored <= overlap) was a second 64-token row with 60 tokens of context;
    now it is a piece [60, 67) + EOS (8 tokens, 4 scored). 69 tokens (tail 6 >
    overlap) keep the anchored row [6, 69) + EOS."""
    config = ChunkConfig(windows=(64,), eos_id=EOS)
    item = make_document("few", 67, seed=2, sentence_every=1000)
    rows, pending = chunk_document(item.doc, 64, config)
    assert [(r["token_start"], r["token_end"]) for r in rows] == [(0, 64)]
    assert [(p.token_start, p.token_end, p.packed_length) for p in pending] == [(60, 67, 8)]
    assert pending[0].labels.tolist() == [IGNORE_INDEX] * 4 + item.doc.token_ids[64:].tolist()
    rows, pending = chunk_document(
        make_document("more", 69, seed=2, sentence_every=1000).doc, 64, config
    )
    assert pending == [] and [(r["token_start"], r["token_end"]) for r in rows] == [
        (0, 64),
        (6, 69),
    ]
    assert [r["num_scored"] for r in rows] == [63, 6]


def test_empty_document_gives_nothing():
    item = make_document("empty", 0, seed=1)
    assert chunk_document(item.doc, 512, ChunkConfig()) == ([], [])


def test_section_path_follows_levels():
    n = 60
    item = make_document("sec", n, seed=5, gaps=False)
    starts = item.doc.token_offsets[:, 0]
    cut = [0, 10, 20, 30, 40, 50]
    levels = [(0, ""), (1, "BOOK I"), (2, "CHAPTER 1"), (2, "CHAPTER 2"), (1, "BOOK II"), (3, "x")]
    ends = [int(starts[c]) for c in cut[1:]] + [int(item.doc.token_offsets[-1, 1])]
    item.doc.structure.sections = [
        schemas.Section(int(starts[c]), e, title, level)
        for c, e, (level, title) in zip(cut, ends, levels, strict=True)
    ]
    config = ChunkConfig(windows=(12,), overlap=2, snap_tolerance=0)
    rows, _ = chunk_document(item.doc, 12, config)
    paths = {r["token_start"]: r["section_path"] for r in rows}
    # Windows start 0, 10, 20, 30, 40, 49 (anchored at the EOS after token 59). The
    # path is that of the first scored token: the anchored window scores from token
    # 50, inside "x".
    assert paths == {
        0: [],
        10: ["BOOK I"],
        20: ["BOOK I", "CHAPTER 1"],
        30: ["BOOK I", "CHAPTER 2"],
        40: ["BOOK II"],
        49: ["BOOK II", "x"],
    }
