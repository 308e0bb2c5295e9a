import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.key_sentences import (
    key_sentence_count,
    key_sentences,
    lexrank,
    quotas,
    select_key_sentences,
    tfidf_rows,
)


def dense_lexrank(indptr, ids, vocab, damping=0.85):
    rows, cols, values, _ = tfidf_rows(indptr, ids, vocab)
    n = len(indptr) - 1
    x = np.zeros((n, vocab))
    x[rows, cols] = values
    s = x @ x.T
    np.fill_diagonal(s, 0)
    deg = s.sum(1)
    p = np.full(n, 1 / n)
    trans = np.divide(s, deg[:, None], out=np.zeros_like(s), where=deg[:, None] > 1e-12)
    r = p.copy()
    for _ in range(500):
        dangling = r[deg <= 1e-12].sum()
        r = damping * trans.T @ r + (damping * dangling + 1 - damping) * p
        r /= r.sum()
    return r


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.integers(0, 15), max_size=8), min_size=1, max_size=25))
def test_lexrank_matches_dense_power_iteration(sentences):
    indptr = np.cumsum([0] + [len(s) for s in sentences])
    ids = np.asarray([t for s in sentences for t in s], dtype=np.int64)
    got = lexrank(indptr, ids, 16, tol=1e-12, max_iter=500)
    assert np.allclose(got, dense_lexrank(indptr, ids, 16), atol=1e-6)
    assert got.dtype == np.float64 and got.shape == (len(sentences),)
    assert (got >= 0).all() and abs(got.sum() - 1) < 1e-9  # a probability distribution


def test_central_sentence_wins():
    # sentence 1 shares terms with every other sentence; 3 shares none.
    sentences = [[0, 1], [0, 1, 2, 3], [2, 3], [9]]
    indptr = np.cumsum([0] + [len(s) for s in sentences])
    ids = np.asarray([t for s in sentences for t in s])
    idx, scores = key_sentences(indptr, ids, 10, np.zeros(4, dtype=int), k=1)
    assert idx.tolist() == [1] and scores.dtype == np.float32


def test_quotas_and_selection_per_section():
    assert quotas(np.array([10, 10, 0, 5]), 5).tolist() == [2, 2, 0, 1]
    assert quotas(np.array([1, 1]), 5).tolist() == [1, 1]
    scores = np.array([0.1, 0.5, 0.2, 0.05, 0.3, 0.9])
    section_of = np.array([0, 0, 0, 1, 1, 1])
    idx, out = select_key_sentences(scores, section_of, 2)
    assert idx.tolist() == [1, 5]  # one per section, best of each, document order
    assert np.allclose(out, scores[[1, 5]] * 6)


def test_key_sentence_count():
    assert key_sentence_count(100, 0.05, 256) == 5
    assert key_sentence_count(100_000, 0.05, 256) == 256
    assert key_sentence_count(3, 0.05, 256, min_k=1) == 1
    assert key_sentence_count(0, 0.5, 10) == 0


def test_hundred_thousand_sentence_book_is_sparse_and_deterministic():
    rng = np.random.default_rng(7)
    n = 100_000
    lengths = rng.integers(3, 15, size=n)
    indptr = np.cumsum(np.r_[0, lengths])
    ids = (rng.zipf(1.3, size=int(indptr[-1])) % 30_000).astype(np.int64)
    section_of = np.repeat(np.arange(100), n // 100)
    idx, scores = key_sentences(indptr, ids, 30_000, section_of, k=256)
    assert len(idx) == 256 and (np.diff(idx) > 0).all()
    assert np.bincount(section_of[idx], minlength=100).max() <= 3  # spread over sections
    again = key_sentences(indptr, ids, 30_000, section_of, k=256)
    assert np.array_equal(idx, again[0]) and np.array_equal(scores, again[1])
