"""Review of session 34 (wtA), clauses quote_marks_once / counts_from_marks
(transforms/quote_marks.py): the positions cache must answer each text with its own
marks when Beam's DirectRunner runs documents on several threads, and the chunked pass
must place marks past the first chunk at their own positions."""

import sys
import threading

import numpy as np
import pytest

from transforms import cjk_quotes as cq
from transforms import key_quotes as kq
from transforms import quote_marks as qm
from transforms.quote_marks import mark_positions
from transforms.sentences import sentence_spans

from .test_quote_marks_s34 import HONGLOU, SHUIHU


def _outputs(text, spans):
    every = np.arange(len(spans))
    return (
        cq.quote_fragments(text, spans, every).tolist(),
        cq.speech_middles(text, spans, every).tolist(),
        kq.quote_groups(text, spans).tolist(),
    )


def test_threads_interleaving_two_documents_get_their_own_marks():
    # quote_marks_once_threads: two threads alternate two documents whose marks differ
    # (the one-entry cache is replaced at every call): each call must read its own
    # document's positions, as when run alone.
    docs = [HONGLOU + SHUIHU, SHUIHU + "\n" + HONGLOU[:300] + "\n" + SHUIHU]
    spans = [np.asarray(sentence_spans(t, "auto"), dtype=np.int64) for t in docs]
    want = [_outputs(t, s) for t, s in zip(docs, spans, strict=True)]
    marks_want = [{m: a.tolist() for m, a in mark_positions(t).items()} for t in docs]
    assert want[0] != want[1]
    errors = []
    start = threading.Barrier(4)

    def work(k):
        start.wait()
        for r in range(400):
            d = (k + r) % 2
            # a fresh, equal string now and then: the cache is keyed on the value
            text = docs[d] if r % 3 else "".join(list(docs[d]))
            got = _outputs(text, spans[d])
            marks = {m: a.tolist() for m, a in mark_positions(text).items()}
            if got != want[d] or marks != marks_want[d]:
                errors.append((k, r, d))

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # threads switch often, as under load
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []


def test_mark_positions_across_chunks(monkeypatch):
    # quote_marks_once_chunks: the text is read in chunks of _CHUNK characters; marks in
    # the later chunks keep their positions in the whole text.
    text = HONGLOU + SHUIHU
    monkeypatch.setattr(qm, "_CHUNK", 7)
    mark_positions.cache_clear()
    try:
        marks = mark_positions(text)
        for m in qm.MARKS:
            assert marks[m].tolist() == [i for i, ch in enumerate(text) if ch == m]
            assert marks[m].dtype == np.int64
    finally:
        mark_positions.cache_clear()


def test_mark_positions_holds_one_document():
    # The cache keeps one entry (the last text's positions and the text itself): a
    # long run of documents never accumulates them.
    for k in range(5):
        mark_positions(HONGLOU[k:])
    assert mark_positions.cache_info().currsize == 1
    assert mark_positions.cache_info().maxsize == 1


def test_cached_mapping_is_not_shared_for_writing():
    # The positions are shared by every caller of the same text: arrays read-only.
    marks = mark_positions(SHUIHU)
    with pytest.raises(ValueError):
        marks["“"][0] = 1


def test_span_counts_backwards_spans_take_the_plain_searches():
    # counts_from_marks' guard: a span that runs backwards (b < a) in an otherwise
    # ascending list answers what the binary searches answer (a negative count).
    at = np.array([1, 4, 6, 9, 12], dtype=np.int64)
    spans = np.array([[0, 3], [5, 4], [6, 10], [11, 13]], dtype=np.int64)
    want = np.searchsorted(at, spans[:, 1]) - np.searchsorted(at, spans[:, 0])
    assert qm.span_counts(at, spans).tolist() == want.tolist()


def test_group_never_runs_over_a_line_break():
    # groups_rows_once kept session 33's test that a group ends at its line (now
    # text.find instead of a slice): a quotation left open at the end of a line
    # ('“我说「好。坏。」' then '走罢。”' on the next line) is no group; the same
    # sentences on one line are one.
    parts = ["他道：“我说「好。", "坏。」", "\n", "走罢。”", "众人都笑了。"]
    spans, at = [], 0
    for p in parts:
        if p != "\n":
            spans.append((at, at + len(p)))
        at += len(p)
    spans = np.asarray(spans, dtype=np.int64)
    text = "".join(parts)
    assert kq.quote_groups(text, spans).tolist() == []
    assert kq.quote_groups(text.replace("\n", "，"), spans).tolist() == [[0, 2]]


def test_analyze_text_releases_the_document_it_cached():
    # quote_marks_once_release: after a document's structure the one-entry cache no
    # longer holds its text (a large document would stay alive until the next Chinese
    # document with quotes, doubling the text's memory then).
    from transforms.structure import analyze_text

    text = (HONGLOU + SHUIHU) * 3
    mark_positions.cache_clear()
    structure = analyze_text(text)
    assert len(structure.key_sentences)
    assert mark_positions.cache_info().currsize == 0
