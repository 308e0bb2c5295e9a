"""Session 48, branch wtE: the topics step of a huge document in less memory, the same
numbers. Clause flat_ids_shared (transforms/dcm.py ``_shared_ids``): the DCM scorer reads
the windows' term ids and style tokens in place (they are slices of the document's arrays)
instead of copying every window one after another. Clauses style_terms_memory
(transforms/style_terms.py) and char_spans_int32 (transforms/topics.py ``char_spans``)."""

import os
import re
import tracemalloc

import numpy as np
import pytest

from transforms import c99, dcm, style_terms, topics
from transforms.c99 import C99Config
from transforms.normalize import normalize_text
from transforms.structure import analyze_text


@pytest.fixture(scope="module")
def hongloumeng(shared_data):
    """The opening of 红楼梦 (../shared/data/zh_classics/红楼梦.txt), ~60,000 characters."""
    with open(os.path.join(shared_data, "zh_classics", "红楼梦.txt"), encoding="utf-8") as f:
        return normalize_text(f.read()[:60_000])


@pytest.fixture(scope="module")
def english_book(shared_data):
    """~150,000 characters of the first Gutenberg book of ../shared/data/en_gutenberg."""
    folder = os.path.join(shared_data, "en_gutenberg")
    name = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))[0]
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return normalize_text(f.read()[20_000:170_000])


def _sentences(text: str) -> np.ndarray:
    """Sentence spans cut after 。！？ or a full stop and a space (enough for terms)."""
    cuts = [0] + [m.end() for m in re.finditer(r"[。！？]+|\.\s", text)] + [len(text)]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    return np.asarray(spans, dtype=np.int64)


def _flats(monkeypatch, run):
    """The ``_Flat``s the scorer builds while ``run()`` runs."""
    made = []
    of = dcm._Flat.of.__func__

    def record(cls, blocks, share=True):
        flat = of(cls, blocks, share)
        made.append(flat)
        return flat

    monkeypatch.setattr(dcm._Flat, "of", classmethod(record))
    return run(), made


def test_flat_ids_shared_reads_the_windows_in_place(hongloumeng, monkeypatch):
    """Both channels of every scorer (terms, style tokens) on 红楼梦's opening are views of
    the document's arrays, shorter than the windows' ids together (the windows overlap by
    a quarter block). Without the clause each was a fresh copy of every window."""
    spans = _sentences(hongloumeng)
    indptr, _, _, ids = topics.unit_terms_and_stems(hongloumeng, spans)
    style = style_terms.style_terms(hongloumeng, spans)
    config = C99Config()
    assert len(indptr) - 1 > 2 * config.block  # several overlapping windows
    found, made = _flats(
        monkeypatch,
        lambda: c99.segment_sequences([(indptr, ids)], config, 2.0, [style]),
    )
    assert len(found[0]) > 3
    # The last scorer's two channels (a first call may load the compiled loops first).
    for flat, whole in zip(made[-2:], (ids, style[1]), strict=True):
        assert not flat.ids.flags.owndata
        assert np.shares_memory(flat.ids, whole)
        assert len(flat.ids) < int(flat.tokens.sum())
        # Each block reads the ids of its window: the same numbers as a copy would hold.
        copied = dcm._Flat.of(
            [(flat.block(i) - flat.block(i)[0], flat.ids[flat.block(i)[0] :]) for i in range(3)],
            share=False,
        )
        assert copied.ids.flags.owndata


@pytest.mark.parametrize("book", ["hongloumeng", "english_book"])
def test_flat_ids_shared_same_topics(book, request, monkeypatch):
    """The whole structure with the ids read in place equals the structure with them copied
    (``_shared_ids`` answering None: the code before the clause), on real text."""
    text = request.getfixturevalue(book)
    shared = analyze_text(text)
    monkeypatch.setattr(dcm, "_shared_ids", lambda ids, tokens: None)
    copied = analyze_text(text)
    assert len(shared.topic_segments) > 3
    assert np.array_equal(shared.topic_segments, copied.topic_segments)
    assert np.array_equal(shared.paragraphs, copied.paragraphs)


def _blocks(text, shift=0, outside=None):
    """Six overlapping windows of 64 sentences of ``text``: slices of its term ids (plus
    ``shift``; ``outside``: the id put after the last window's end)."""
    indptr, _, _, ids = topics.unit_terms_and_stems(text, _sentences(text))
    ids = ids + shift
    wins = c99.windows(len(indptr) - 1, 64, 16)[:6]
    if outside is not None:
        ids[indptr[wins[-1][1]] + 1 :] = outside
    return ids, [c99._window(indptr, ids, s, e) for s, e, _, _ in wins]


def test_flat_ids_shared_falls_back(hongloumeng):
    """Blocks that are not slices of one int64 array are copied as before: separate copies,
    a strided view, int32 ids; the cuts are the same as from the slices."""
    ids, blocks = _blocks(hongloumeng)
    cuts = dcm.segment_blocks(blocks, 0.5, 4.0)
    assert sum(len(c) for c in cuts) > 3
    assert not dcm._Flat.of(blocks).ids.flags.owndata
    copies = [(ip, x.copy()) for ip, x in blocks]
    assert dcm._shared_ids([x for _, x in copies], np.zeros(len(copies), np.int64)) is None
    assert dcm._Flat.of(copies).ids.flags.owndata
    assert all(
        np.array_equal(a, b)
        for a, b in zip(dcm.segment_blocks(copies, 0.5, 4.0), cuts, strict=True)
    )
    narrow = [(ip, x.astype(np.int32)) for ip, x in blocks]
    assert dcm._Flat.of(narrow).ids.flags.owndata
    assert all(
        np.array_equal(a, b)
        for a, b in zip(dcm.segment_blocks(narrow, 0.5, 4.0), cuts, strict=True)
    )
    strided = np.repeat(ids, 2)[::2]  # the same ids, every other one of an array
    assert dcm._shared_ids([strided[:10]], np.asarray([10])) is None
    flat = dcm._Flat.of([(blocks[0][0], strided)])
    assert flat.ids.flags.owndata
    assert np.array_equal(dcm.segment_blocks([(blocks[0][0], strided)], 0.5, 4.0)[0], cuts[0])


def test_flat_ids_shared_large_ids_ranked_among_the_blocks(hongloumeng):
    """Ids past the dense map (``_DENSE_IDS``) are ranked among the blocks' own ids, as
    before: the same cuts as the small ids, though the array the blocks are slices of also
    holds a far larger id outside every block."""
    _, blocks = _blocks(hongloumeng)
    cuts = dcm.segment_blocks(blocks, 0.5, 4.0)
    big, shifted = _blocks(hongloumeng, shift=dcm._DENSE_IDS, outside=1 << 40)
    assert big.max() == 1 << 40
    flat = dcm._Flat.of(shifted)
    assert np.shares_memory(flat.ids, big)
    assert dcm._DENSE_IDS <= flat.span[0] and flat.span[1] < 1 << 40
    assert all(
        np.array_equal(a, b)
        for a, b in zip(dcm.segment_blocks(shifted, 0.5, 4.0), cuts, strict=True)
    )


def test_flat_ids_shared_still_refuses_a_bad_block(hongloumeng):
    """A block whose offsets go back is refused when read in place too (the check skips only
    the step from one block to the next, where overlapping windows go back)."""
    ids, blocks = _blocks(hongloumeng)
    ip, x = blocks[1]
    bad = ip.copy()
    bad[4] = bad[3] - 1  # unit 3 ends before it starts
    with pytest.raises(ValueError, match="non-decreasing"):
        dcm._Flat.of([blocks[0], (bad, x), blocks[2]])


@pytest.fixture(scope="module")
def hongloumeng_whole(shared_data):
    """The whole of 红楼梦 (943,745 characters normalized) and its sentence spans."""
    with open(os.path.join(shared_data, "zh_classics", "红楼梦.txt"), encoding="utf-8") as f:
        text = normalize_text(f.read())
    return text, _sentences(text)


def _traced_peak(call) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = call()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_style_terms_memory_peak_on_a_novel(hongloumeng_whole):
    """Clause style_terms_memory: ``style_terms`` of 红楼梦 allocates at most 45 bytes a
    character at its peak (35 now; 55 before the clause: the code points, the marks and
    their merged copies all held while every character's span was found), after a first
    call (the stopword index, built once a process). The tokens are the definition's:
    every CJK character or mark of a sentence, in text order."""
    text, spans = hongloumeng_whole
    style_terms.style_terms("热身。Warm up, the first call.", np.asarray([(0, 3), (3, 26)]))
    (indptr, keys), peak = _traced_peak(lambda: style_terms.style_terms(text, spans))
    assert peak < 45 * len(text)
    assert indptr[-1] == len(keys) and len(indptr) == len(spans) + 1
    k = len(spans) // 2
    a, b = spans[k]
    assert len(keys) > len(text) // 2
    want = [ord(c) for c in text[a:b] if ord(c) in set(keys[indptr[k] : indptr[k + 1]].tolist())]
    assert keys[indptr[k] : indptr[k + 1]].tolist() == want


def test_char_spans_int32_memory_and_definition(hongloumeng_whole):
    """Clause char_spans_int32: ``topics.char_spans`` of 红楼梦's sentences allocates at
    most 16 bytes a character (13.6 now; 20.6 with int64 counts cast), and every
    character's span is the definition's: the last span starting at or before it when it
    ends after it, else -1 (here every other sentence left out, so -1 occurs)."""
    text, spans = hongloumeng_whole
    spans = spans[::2]
    got, peak = _traced_peak(lambda: topics.char_spans(spans, len(text)))
    assert peak < 16 * len(text)
    pos = np.arange(len(text))
    last = np.searchsorted(spans[:, 0], pos, "right") - 1
    want = np.where((last >= 0) & (spans[np.maximum(last, 0), 1] > pos), last, -1)
    assert got.dtype == np.int32 and np.array_equal(got, want)
    assert (got == -1).sum() > len(text) // 4


def test_char_spans_int32_empty_and_bad_spans():
    """Empty spans count as before (a character after one belongs to the next span that
    holds it); a negative offset is still refused with numpy's error."""
    spans = np.asarray([(0, 0), (0, 3), (3, 3), (5, 9)], dtype=np.int64)
    assert topics.char_spans(spans, 10).tolist() == [1, 1, 1, -1, -1, 3, 3, 3, 3, -1]
    with pytest.raises(ValueError, match="negative"):
        topics.char_spans(np.asarray([(-1, 3)]), 5)


def test_flat_ids_shared_span_is_the_blocks_not_the_gaps(hongloumeng):
    """Review (session 48): windows with a gap between them (units no block holds) read in
    place: the ids in the gap are inside the shared array but in no block, so a huge id
    there neither sets the span (which sizes the dense map, or sends the blocks to ranks)
    nor changes a cut."""
    indptr, _, _, ids = topics.unit_terms_and_stems(hongloumeng, _sentences(hongloumeng))
    wins = c99.windows(len(indptr) - 1, 64, 16)[:6]
    kept = [wins[k] for k in (0, 1, 4, 5)]  # a gap: units wins[1][1] .. wins[4][0]
    assert kept[1][1] + 10 < kept[2][0]
    cuts = dcm.segment_blocks([c99._window(indptr, ids, s, e) for s, e, _, _ in kept], 0.5, 4.0)
    ids = ids.copy()
    ids[indptr[kept[1][1] + 5] : indptr[kept[2][0] - 5]] = 1 << 40  # only in the gap
    blocks = [c99._window(indptr, ids, s, e) for s, e, _, _ in kept]
    flat = dcm._Flat.of(blocks)
    assert np.shares_memory(flat.ids, ids) and flat.ids.max() == 1 << 40
    held = np.concatenate([x for _, x in blocks])
    assert held.max() < 1 << 40 and flat.span == (int(held.min()), int(held.max()))
    assert all(
        np.array_equal(a, b)
        for a, b in zip(dcm.segment_blocks(blocks, 0.5, 4.0), cuts, strict=True)
    )
