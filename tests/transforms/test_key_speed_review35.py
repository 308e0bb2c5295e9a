"""Review of session 35 (wtA), clause counts_once_per_document (transforms/quote_marks.py
``sentence_counts``): the per-document counts must answer each (text, spans) with its
own counts when Beam's DirectRunner runs documents on several threads (an equal text in
another string, the same string with other spans, ``release`` from another thread), and
analyze_text must drop them with the document; clause unique_counts_stable on the inputs
its dtype guard sends to np.unique."""

import sys
import threading

import numpy as np

from transforms import cjk_quotes as cq
from transforms import key_quotes as kq
from transforms import quote_marks as qm
from transforms import sorted_unique
from transforms.sentences import sentence_spans
from transforms.structure import analyze_text

from .test_key_speed_s35 import QUOTED, _old_fragments
from .test_quote_marks_s34 import old_quote_groups


def _want(text, spans):
    every, some = np.arange(len(spans)), np.arange(1, len(spans), 2)
    marks = qm.mark_positions(text)
    return (
        _old_fragments(text, spans, every).tolist(),
        _old_fragments(text, spans, some).tolist(),
        old_quote_groups(text, spans).tolist(),
        {m: qm.span_counts(marks[m], spans).tolist() for m in qm.QUOTES},
    )


def _got(text, spans):
    every, some = np.arange(len(spans)), np.arange(1, len(spans), 2)
    return (
        cq.quote_fragments(text, spans, every).tolist(),
        cq.quote_fragments(text, spans, some).tolist(),
        kq.quote_groups(text, spans).tolist(),
        {m: a.tolist() for m, a in qm.sentence_counts(text, spans).items()},
    )


def test_counts_once_threads_interleaving_four_documents():
    # counts_once_threads: four threads, four (text, spans): the same string with other
    # spans, an equal string (another object) with its own spans, another text; one
    # thread releases the caches now and then. Each answer must be its own document's.
    base = QUOTED
    spans = np.asarray(sentence_spans(base, "auto"), dtype=np.int64)
    merged = np.c_[spans[::2, 0], np.r_[spans[1::2, 1], spans[-1, 1]][: len(spans[::2])]]
    equal = "".join(list(base))
    assert equal is not base and equal == base
    other = base[len(base) // 3 :] + "\n" + base[: len(base) // 3]
    docs = [
        (base, spans),
        (base, merged),  # same string, other spans
        (equal, spans[::3].copy()),  # equal string, its own spans
        (other, np.asarray(sentence_spans(other, "auto"), dtype=np.int64)),
    ]
    want = [_want(t, s) for t, s in docs]
    assert len({repr(w) for w in want}) == 4
    errors = []
    start = threading.Barrier(4)

    def work(k):
        start.wait()
        for r in range(150):
            d = (k + r) % 4
            text, sp = docs[d]
            if k == 3 and r % 7 == 0:
                qm.release()
            got = _got(text, sp)
            if got != want[d]:
                errors.append((k, r, d))
        for r in range(3000):  # the counts alone: many more switches inside the cache
            d = (k + r) % 4
            text, sp = docs[d]
            got = qm.sentence_counts(text, sp)["“"]
            if got.tolist() != want[d][3]["“"]:
                errors.append((k, r, d, "counts"))

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
        qm.release()
    assert errors == []


def test_counts_once_released_by_analyze_text():
    # counts_once_release: analyze_text drops the counts' entry (it holds the text, a
    # copy of its spans and the counts) with the document, not at the next one.
    text = QUOTED * 3
    analyze_text(text)
    assert qm._COUNTS == (None, None, None)
    assert qm.mark_positions.cache_info().currsize == 0


def test_unique_counts_stable_guard_sends_other_dtypes_to_np_unique():
    # unique_counts_stable_guard: floats (NaN equal to NaN in np.unique), bools, 2-D and
    # 0-d arrays and lists are np.unique's own answers, dtypes included.
    cases = [
        np.array([np.nan, 1.0, np.nan, -0.0, 0.0]),
        np.array([True, False, True]),
        np.array([[3, 1], [1, 3]]),
        np.array(5),
        [4, -1, 4],
        np.array([], dtype=np.int64),
        np.array([2**63 - 1, -(2**63), 2**63 - 1]),
        np.array([7, 7, 3], dtype=">i4"),
    ]
    for a in cases:
        u1, c1 = np.unique(a, return_counts=True)
        u2, c2 = sorted_unique.unique_counts(a)
        assert u1.dtype == u2.dtype and c1.dtype == c2.dtype
        assert np.array_equal(u1, u2, equal_nan=u1.dtype.kind == "f") and np.array_equal(c1, c2)
