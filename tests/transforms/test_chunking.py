"""Tests of the long-sequence builder on synthetic tokenized documents.

Documents are built in process: random token ids, random character lengths per
token, and sentence / paragraph / topic / section boundaries cut at known token
positions, so every expected structure offset is known independently of the code.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import schemas
from schemas import IGNORE_INDEX
from transforms.chunking import ChunkConfig, chunk_document
from transforms.packing import pack_pieces, piece_eos, piece_layout

EOS = 0
SEP = (7, 7)


# --------------------------------------------------------------------------
# Synthetic documents
# --------------------------------------------------------------------------
@dataclass
class Synthetic:
    doc: schemas.TokenizedDocument
    sentence_tokens: np.ndarray  # token index where each sentence starts
    paragraph_tokens: np.ndarray
    topic_tokens: np.ndarray
    key_tokens: list[tuple[int, int]]  # token span of each key sentence (document order)


def make_document(
    doc_id: str,
    n: int,
    seed: int,
    sentence_every: int = 20,
    paragraph_prob: float = 0.3,
    key_prob: float = 0.2,
    gaps: bool = True,
) -> Synthetic:
    rng = np.random.default_rng(seed)
    ids = rng.integers(1, 1000, n).astype(np.int32)
    # Characters per token, and optional untokenized whitespace gaps between tokens.
    widths = rng.integers(1, 5, n)
    gap = rng.integers(0, 2, n) if gaps else np.zeros(n, np.int64)
    starts = np.cumsum(np.r_[0, (widths + gap)[:-1]])[:n]
    offsets = np.stack([starts, starts + widths], axis=1).astype(np.int32).reshape(-1, 2)
    num_chars = int(offsets[-1, 1]) if n else 0
    if n:
        cuts = np.flatnonzero(rng.random(n) < 1.0 / sentence_every)
        sentence_tokens = np.unique(np.r_[0, cuts]).astype(np.int64)
    else:
        sentence_tokens = np.zeros(0, np.int64)
    para_mask = rng.random(len(sentence_tokens)) < paragraph_prob
    para_mask[:1] = True
    paragraph_tokens = sentence_tokens[para_mask]
    topic_mask = rng.random(len(paragraph_tokens)) < 0.3
    topic_mask[:1] = True
    topic_tokens = paragraph_tokens[topic_mask]

    def spans(token_starts):
        if not len(token_starts):
            return np.zeros((0, 2), np.int32)
        char_starts = offsets[token_starts, 0]
        ends = np.r_[char_starts[1:], num_chars]
        return np.stack([char_starts, ends], axis=1).astype(np.int32).reshape(-1, 2)

    sentences = spans(sentence_tokens)
    key_index = np.flatnonzero(rng.random(len(sentence_tokens)) < key_prob).astype(np.int32)
    sentence_ends = np.r_[sentence_tokens[1:], n]
    key_tokens = [(int(sentence_tokens[k]), int(sentence_ends[k])) for k in key_index]
    section_tokens = paragraph_tokens[rng.random(len(paragraph_tokens)) < 0.2]
    section_tokens = np.unique(np.r_[0, section_tokens]) if n else section_tokens
    section_spans = spans(section_tokens)
    sections = [
        schemas.Section(int(a), int(b), f"S{i}" if i else "", int(rng.integers(1, 3)) if i else 0)
        for i, (a, b) in enumerate(section_spans)
    ]
    structure = schemas.TextStructure(
        sections=sections,
        topic_segments=spans(topic_tokens),
        paragraphs=spans(paragraph_tokens),
        sentences=sentences,
        key_sentences=key_index,
        key_scores=rng.random(len(key_index)).astype(np.float32),
    )
    doc = schemas.TokenizedDocument(
        doc_id=doc_id,
        source=f"synthetic:{seed}",
        split="train",
        text="x" * num_chars,
        structure=structure,
        token_ids=ids,
        token_offsets=offsets,
    )
    return Synthetic(doc, sentence_tokens, paragraph_tokens, topic_tokens, key_tokens)


@st.composite
def configs(draw):
    windows = tuple(sorted(draw(st.sets(st.integers(16, 300), min_size=1, max_size=3))))
    smallest = windows[0]
    overlap = draw(st.one_of(st.none(), st.integers(1, smallest // 4)))  # 0: refused
    tolerance = draw(st.one_of(st.none(), st.integers(0, smallest // 4)))
    memory = draw(st.sampled_from([0, 0, smallest // 4]))
    return ChunkConfig(
        windows=windows,
        overlap=overlap,
        snap_tolerance=tolerance,
        memory_tokens=memory,
        eos_id=EOS,
        memory_separator_ids=SEP if memory else (),
    )


@st.composite
def corpora(draw, max_docs=6, max_tokens=1500):
    count = draw(st.integers(1, max_docs))
    return [
        make_document(
            f"doc{i}",
            draw(st.integers(0, max_tokens)),
            seed=draw(st.integers(0, 2**31)),
            sentence_every=draw(st.integers(2, 60)),
            gaps=draw(st.booleans()),
        )
        for i in range(count)
    ]


def build(corpus: list[Synthetic], window: int, config: ChunkConfig) -> list[dict]:
    rows, pending = [], []
    for item in corpus:
        full, pieces = chunk_document(item.doc, window, config)
        rows += full
        pending += pieces
    return rows + pack_pieces(pending, window, config)


def stitch(rows: list[dict], docs: dict[str, schemas.TokenizedDocument]):
    """Per document: tokens rebuilt from the rows' piece spans, and scoring counts
    with the document's EOS counted as token ``n`` (rule ``document_eos``: it must
    follow the last document token, in the same row, and be scored)."""
    rebuilt = {d: np.full(len(doc.token_ids), -1, np.int64) for d, doc in docs.items()}
    scored = {d: np.zeros(len(doc.token_ids) + 1, np.int64) for d, doc in docs.items()}
    for row in rows:
        for piece, first in piece_layout(row):
            a, b = piece["token_start"], piece["token_end"]
            eos = piece_eos(piece, first)
            if eos is not None:
                assert b == len(docs[piece["doc_id"]].token_ids), "EOS before the document end"
                assert eos == piece["offset"] + piece["length"] - 1
                assert row["input_ids"][eos] == EOS == row["labels"][eos]
                scored[piece["doc_id"]][b] += 1
            tokens = row["input_ids"][first : first + b - a]
            labels = row["labels"][first : first + b - a]
            target = rebuilt[piece["doc_id"]]
            seen = target[a:b] >= 0
            # Overlapping windows must agree on the tokens they share.
            assert (target[a:b][seen] == tokens[seen]).all()
            target[a:b] = tokens
            is_scored = labels != IGNORE_INDEX
            assert (labels[is_scored] == tokens[is_scored]).all()
            scored[piece["doc_id"]][a:b] += is_scored
    return rebuilt, scored


# --------------------------------------------------------------------------
# Properties: exactly-once scoring, stitching, snapping, structure offsets
# --------------------------------------------------------------------------
PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(corpus=corpora(), config=configs())
def test_every_token_from_the_second_is_scored_exactly_once_and_stitches_back(corpus, config):
    """Every document token from the second on and the document's EOS (counted as
    token n) are scored exactly once at every window length, long documents too."""
    docs = {item.doc.doc_id: item.doc for item in corpus}
    for window in config.windows:
        rows = build(corpus, window, config)
        rebuilt, scored = stitch(rows, docs)
        for doc_id, doc in docs.items():
            np.testing.assert_array_equal(rebuilt[doc_id], doc.token_ids)
            if len(doc.token_ids):
                assert scored[doc_id][0] == 0, "a document's first token has no context"
                assert (scored[doc_id][1:] == 1).all(), (doc_id, window)
            else:
                assert scored[doc_id].tolist() == [0], "an empty document has no rows"
        total = sum(len(d.token_ids) for d in docs.values() if len(d.token_ids))
        assert sum(r["num_scored"] for r in rows) == total, "doc tokens - first + EOS"


@PROPERTY_SETTINGS
@given(corpus=corpora(), config=configs())
def test_rows_fit_their_window_and_columns_agree(corpus, config):
    for window in config.windows:
        for row in build(corpus, window, config):
            assert list(row) == schemas.CHUNK_SCHEMA.names
            length = row["length"]
            assert 0 < length <= window
            assert row["window"] == window
            for name in ("input_ids", "labels", "position_ids"):
                assert row[name].dtype == np.int32 and row[name].shape == (length,)
            assert row["num_scored"] == int((row["labels"] != IGNORE_INDEX).sum())
            assert (
                row["labels"][: row["memory_length"]].tolist()
                == [IGNORE_INDEX] * row["memory_length"]
            )
            pieces = row["pieces"]
            assert sum(p["length"] for p in pieces) == length
            assert [p["offset"] for p in pieces] == list(
                np.cumsum([0] + [p["length"] for p in pieces[:-1]])
            )
            first = pieces[0]
            for key in ("doc_id", "chunk_index", "token_start", "token_end"):
                assert row[key] == first[key]


@PROPERTY_SETTINGS
@given(corpus=corpora(), config=configs())
def test_packed_pieces_never_share_a_position_run(corpus, config):
    for window in config.windows:
        for row in build(corpus, window, config):
            positions = row["position_ids"]
            run_starts = np.flatnonzero(np.r_[True, np.diff(positions) != 1])
            assert run_starts.tolist() == [p["offset"] for p in row["pieces"]]
            assert positions[run_starts].tolist() == [0] * len(run_starts)
            for piece, first in piece_layout(row):
                end = piece["offset"] + piece["length"]
                span = piece["token_end"] - piece["token_start"]
                if first + span < end:  # the piece ends its document with a scored EOS
                    assert first + span == end - 1
                    assert row["input_ids"][end - 1] == EOS == row["labels"][end - 1]


@PROPERTY_SETTINGS
@given(corpus=corpora(max_docs=3, max_tokens=3000), config=configs())
def test_window_starts_snap_to_sentence_starts_within_tolerance(corpus, config):
    for window in config.windows:
        overlap, tolerance = config.overlap_for(window), config.tolerance_for(window)
        for item in corpus:
            rows, _ = chunk_document(item.doc, window, config)
            for previous, row in zip(rows, rows[1:], strict=False):
                start = row["token_start"]
                if row is rows[-1]:
                    continue  # the last window is anchored at the document's EOS
                nominal = previous["token_end"] - overlap
                low = nominal - tolerance
                paragraphs = item.paragraph_tokens[
                    (item.paragraph_tokens >= low) & (item.paragraph_tokens <= nominal)
                ]
                sentences = item.sentence_tokens[
                    (item.sentence_tokens >= low) & (item.sentence_tokens <= nominal)
                ]
                if len(paragraphs):
                    assert start == paragraphs.max()
                elif len(sentences):
                    assert start == sentences.max()
                else:
                    assert start == nominal


@PROPERTY_SETTINGS
@given(corpus=corpora(max_docs=3, max_tokens=3000), config=configs())
def test_structure_offsets_are_the_known_boundaries(corpus, config):
    window = config.windows[0]
    for item in corpus:
        for row in build([item], window, config):
            for piece, first in piece_layout(row):
                a, b = piece["token_start"], piece["token_end"]

                def expected(tokens, a=a, b=b, first=first):
                    tokens = np.asarray(tokens)
                    return (tokens[(tokens >= a) & (tokens < b)] - a + first).tolist()

                def inside(offsets, first=first, a=a, b=b):
                    offsets = np.asarray(offsets)
                    return offsets[(offsets >= first) & (offsets < first + b - a)].tolist()

                assert inside(row["sentence_starts"]) == expected(item.sentence_tokens)
                assert inside(row["paragraph_starts"]) == expected(item.paragraph_tokens)
                assert inside(row["topic_starts"]) == expected(item.topic_tokens)
                keys = sorted({k for k, _ in item.key_tokens})
                assert inside(row["key_sentence_starts"]) == expected(keys)


# --------------------------------------------------------------------------
# Memory prefix
# --------------------------------------------------------------------------
def expected_memory(item: Synthetic, scores, before: int, budget: int) -> list[int]:
    """Plain-loop oracle: key sentences ending by ``before``, best score first
    (ties: later first), skipping any longer than the budget, while they fit."""
    candidates = [
        (float(scores[k]), a, b)
        for k, (a, b) in enumerate(item.key_tokens)
        if b <= before and b - a <= budget
    ]
    candidates.sort(key=lambda c: (-c[0], -c[1]))
    chosen, used = [], 0
    for _, a, b in candidates:
        if used + (b - a) > budget:
            break
        chosen.append((a, b))
        used += b - a
    ids = item.doc.token_ids
    # Clause memory_parts_separated (session 43, second pass): the text is "xxx…" (no
    # whitespace), so two sentences apart in it get SEP between them while it fits.
    out, room, last = [], budget - used, None
    for a, b in sorted(chosen):
        if last is not None and last < a and room >= len(SEP):
            out += SEP
            room -= len(SEP)
        out += [int(t) for t in ids[a:b]]
        last = b
    return out


@PROPERTY_SETTINGS
@given(
    n=st.integers(200, 3000),
    seed=st.integers(0, 2**31),
    window=st.integers(64, 256),
    memory=st.integers(1, 24),
)
def test_memory_prefix_holds_key_sentences_before_the_window(n, seed, window, memory):
    item = make_document("m", n, seed, sentence_every=6, key_prob=0.5)
    config = ChunkConfig(
        windows=(window,),
        memory_tokens=memory,
        memory_separator_ids=SEP,
        eos_id=EOS,
        memory_source="key",  # by score (key-recent: tests/transforms/test_memory_order.py)
    )
    rows, pending = chunk_document(item.doc, window, config)
    scores = item.doc.structure.key_scores
    overlap = config.overlap_for(window)
    for k, row in enumerate(rows):
        m = row["memory_length"]
        assert m <= memory + len(SEP) and row["length"] <= window
        assert (row["labels"][:m] == IGNORE_INDEX).all()
        if k == 0 or len(rows) == 1:
            assert m == 0  # nothing lies before the first window
            continue
        if k == len(rows) - 1 and not pending:
            # Anchored last window, ending with the EOS (token n): only key sentences
            # before its earliest possible start (n + 1 - window), leaving it at least
            # `overlap` tokens of context.
            assert row["token_end"] == n and row["input_ids"][-1] == EOS
            previous_end = rows[k - 1]["token_end"]
            budget = min(memory, previous_end - overlap - (n + 1 - window) - len(SEP))
            expected = expected_memory(item, scores, n + 1 - window, budget)
            assert previous_end - row["token_start"] >= overlap
        else:
            expected = expected_memory(item, scores, row["token_start"], memory)
        prefix = row["input_ids"][:m].tolist()
        assert prefix == (expected + list(SEP) if expected else [])
    # A short tail (rule short_tail) is packed without memory.
    rows += pack_pieces(pending, window, config)
    assert all(r["memory_length"] == 0 for r in rows[len(rows) - len(pending) :])
    rebuilt, scored = stitch(rows, {"m": item.doc})
    np.testing.assert_array_equal(rebuilt["m"], item.doc.token_ids)
    assert scored["m"][0] == 0 and (scored["m"][1:] == 1).all()  # EOS included


def test_memory_prefix_table():
    # 40 tokens, sentences every 5 tokens; key sentences 0 (score .9), 2 (.1), 4 (.5).
    n = 40
    ids = np.arange(100, 100 + n, dtype=np.int32)
    offsets = np.stack([np.arange(n), np.arange(1, n + 1)], axis=1).astype(np.int32)
    sentence_starts = np.arange(0, n, 5)
    sentences = np.stack([sentence_starts, sentence_starts + 5], axis=1).astype(np.int32)
    structure = schemas.TextStructure(
        sections=[schemas.Section(0, n, "Only", 1)],
        topic_segments=np.array([[0, n]], np.int32),
        paragraphs=np.array([[0, n]], np.int32),
        sentences=sentences,
        key_sentences=np.array([0, 2, 4], np.int32),
        key_scores=np.array([0.9, 0.1, 0.5], np.float32),
    )
    doc = schemas.TokenizedDocument("t", "table", "train", "x" * n, structure, ids, offsets)
    config = ChunkConfig(
        windows=(16,),
        overlap=2,
        snap_tolerance=0,
        memory_tokens=10,
        memory_separator_ids=(1,),
        memory_source="key",
    )
    rows, pending = chunk_document(doc, 16, config)
    spans = [(r["token_start"], r["token_end"], r["memory_length"]) for r in rows]
    # Window 1 [0,16). Window 2 nominal start 14: key sentence 0 (tokens 0-4) ended
    # -> memory 5 + separator, window [14, 24). Window 3 starts 22: sentences 0 and 2
    # both fit (10 tokens), emitted in document order -> [22, 27) ... [34, 39); token
    # 39 and the EOS (2 <= overlap) go to the packer as a piece [37, 40) without
    # memory (rule short_tail), not a 16-token anchored row scoring 2.
    assert spans[0] == (0, 16, 0)
    assert spans[1] == (14, 24, 6)
    assert rows[1]["input_ids"][:6].tolist() == [100, 101, 102, 103, 104, 1]
    assert rows[2]["token_start"] == 22 and rows[2]["memory_length"] == 11
    assert rows[2]["input_ids"][:11].tolist() == [*range(100, 105), *range(110, 115), 1]
    assert rows[-1]["token_end"] == n - 1
    assert [(p.token_start, p.token_end, p.chunk_index) for p in pending] == [(37, 40, len(rows))]
    assert pending[0].labels.tolist() == [IGNORE_INDEX, IGNORE_INDEX, 139]
    assert all(r["length"] <= 16 for r in rows)
    assert [r["section_path"] for r in rows] == [["Only"]] * len(rows)


# --------------------------------------------------------------------------
# Table-driven unit tests
# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Rules eos_in_last_window and short_tail: no row for the EOS alone, no row
# that is (nearly) all context
# --------------------------------------------------------------------------
@PROPERTY_SETTINGS
@given(corpus=corpora(max_docs=3, max_tokens=3000), config=configs())
def test_no_row_of_a_long_document_scores_only_its_eos(corpus, config):
    """A document of at least the window's length never leaves its EOS to a row of
    its own, nor a tail of at most ``max(overlap, 1)`` scored tokens (EOS included)
    to a full row: that tail is a piece for the packer, with left context, at most
    ``window`` tokens, after the document's rows (``chunk_index``). Every token is
    still scored once (the property above)."""
    for window in config.windows:
        limit = max(config.overlap_for(window), 1)
        for item in corpus:
            n = len(item.doc.token_ids)
            if n < window:
                continue
            rows, pending = chunk_document(item.doc, window, config)
            assert min(r["num_scored"] for r in rows) >= 2, [r["num_scored"] for r in rows]
            if not pending:
                assert rows[-1]["token_end"] == n and rows[-1]["input_ids"][-1] == EOS
                assert rows[-1]["num_scored"] > limit, rows[-1]["num_scored"]
                continue
            (piece,) = pending
            scored = int((piece.labels != IGNORE_INDEX).sum()) + 1  # its EOS too
            assert 1 <= scored <= limit and piece.packed_length <= window
            assert piece.token_end == n and piece.chunk_index == len(rows)
            assert piece.token_start < n  # at least one token of context
            assert n - rows[-1]["token_end"] == scored - 1  # the piece scores the rest


def test_a_window_ending_at_the_last_token_takes_the_eos():
    """W = 16, overlap 2, no snapping: the second window [14, 30) would end at the
    last token of a 30-token document and leave the EOS to a third row [15, 31)
    scoring it alone; now the second window is [15, 31): one token less of
    context, the EOS scored in it."""
    item = make_document("d", 30, seed=3)
    config = ChunkConfig(windows=(16,), overlap=2, snap_tolerance=0, eos_id=EOS)
    rows, pending = chunk_document(item.doc, 16, config)
    assert pending == []
    assert [(r["token_start"], r["token_end"], r["num_scored"]) for r in rows] == [
        (0, 16, 15),
        (15, 30, 15),
    ]
    last = rows[-1]
    assert last["length"] == 16 and last["input_ids"][-1] == EOS == last["labels"][-1]
    assert (last["labels"][:1] == IGNORE_INDEX).all() and (last["labels"][1:] != IGNORE_INDEX).all()
    _, scored = stitch(rows, {"d": item.doc})
    assert scored["d"][0] == 0 and (scored["d"][1:] == 1).all()  # EOS (token 30) once
    # One token less: the windows were already right. One more: the second window
    # [14, 30) leaves token 30 and the EOS, which went to a third row [16, 31) of 14
    # context tokens; now a piece [28, 31) + EOS for the packer (rule short_tail).
    rows, pending = chunk_document(make_document("d", 29, seed=3).doc, 16, config)
    assert [(r["token_start"], r["token_end"]) for r in rows] == [(0, 16), (14, 29)]
    assert pending == []
    rows, pending = chunk_document(make_document("d", 31, seed=3).doc, 16, config)
    assert [(r["token_start"], r["token_end"]) for r in rows] == [(0, 16), (14, 30)]
    assert [(p.token_start, p.token_end, p.packed_length) for p in pending] == [(28, 31, 4)]
