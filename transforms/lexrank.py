"""LexRank over the sentence-term matrix (``transforms.key_sentences``' ranking; moved
here in session 41 to split that module by what it does: this one ranks, that one
decides which sentences are candidates and picks them)."""

from __future__ import annotations

import numpy as np

from transforms import sorted_unique

SMALL_PRODUCTS = 1_000  # clause lexrank_small_steps: nonzeros up to which S v is bincounts


def tfidf_rows(indptr: np.ndarray, ids: np.ndarray, vocab_size: int):
    """(row index per nonzero, column ids, L2-normalized tf-idf values) of the
    deduplicated sentence-term matrix, plus the row norms before normalizing."""
    n = len(indptr) - 1
    rows = np.repeat(np.arange(n), np.diff(indptr))
    if not len(ids):
        return rows, ids, np.zeros(0), np.zeros(n)
    # Merge duplicate (row, term) pairs: tf counts.
    # Clause tfidf_memory (session 46): the keys are made in the rows' array and sorted
    # there (as ``rows * vocab + ids``, for int64 ids: the same values), and each array is
    # deleted once read: ~3 arrays of the terms' length alive at the peak, was ~5.
    vocab = max(vocab_size, 1)
    if rows.dtype == np.int64 and np.asarray(ids).dtype.kind == "i":
        key = rows
        key *= vocab
        key += ids
    else:
        key = rows * vocab + ids
    del rows
    # Clause unique_counts_stable (session 35, transforms.sorted_unique): np.unique's
    # sort was ~27 ms a Chinese book; a stable sort uses the rows' ascending runs.
    uniq, tf = sorted_unique.unique_counts(key, overwrite=True)
    del key
    rows, cols = np.divmod(uniq, vocab)
    del uniq
    df = np.bincount(cols, minlength=vocab_size)
    idf = np.log((1 + n) / (1 + df)) + 1.0
    values = (1.0 + np.log(tf)) * idf[cols]
    norms = np.sqrt(np.bincount(rows, weights=values**2, minlength=n))
    values /= norms[rows]  # clause tfidf_memory: in place (the same quotients)
    return rows, cols, values, norms


def lexrank(
    indptr: np.ndarray,
    ids: np.ndarray,
    vocab_size: int,
    damping: float = 0.85,
    teleport: np.ndarray | None = None,
    tol: float = 1e-6,
    max_iter: int = 100,
) -> np.ndarray:
    """Stationary PageRank scores (sum 1) of the implicit cosine-similarity graph."""
    n = len(indptr) - 1
    if n == 0:
        return np.zeros(0)
    rows, cols, values, norms = tfidf_rows(indptr, ids, vocab_size)
    p = np.full(n, 1.0 / n) if teleport is None else teleport / teleport.sum()
    self_sim = (norms > 0).astype(np.float64)  # ||x_i||^2 after normalization
    sim_times = similarity_times(rows, cols, values, self_sim, vocab_size)
    del rows, cols, values  # clause tfidf_memory: the matrix holds what is needed

    degree = sim_times(np.ones(n))
    degree[degree < 1e-12] = 0.0
    dangling = degree == 0
    inv_degree = np.divide(1.0, degree, out=np.zeros(n), where=~dangling)
    r = p.copy()
    # Clause lexrank_small_steps: with no dangling sentence the dangling mass is 0.0
    # (the empty sum), so no step indexes ``r`` for it; the same floats.
    any_dangling = bool(dangling.any())
    for _ in range(max_iter):
        # P^T r = S (D^-1 r) since S is symmetric; dangling mass teleports.
        new = damping * sim_times(r * inv_degree)
        new += (damping * (r[dangling].sum() if any_dangling else 0.0) + (1 - damping)) * p
        new /= new.sum()
        if np.abs(new - r).sum() < tol:
            r = new
            break
        r = new
    return r


def similarity_times(
    rows: np.ndarray, cols: np.ndarray, values: np.ndarray, self_sim: np.ndarray, vocab_size: int
):
    """``v -> S v`` for ``S = X X^T - diag(self_sim)``, ``X`` given by ``tfidf_rows``.
    X as CSR (rows ascending, columns ascending in a row): scipy's two products add
    the same products in the same order as ``np.bincount`` over ``(rows, cols)``
    (identical float64, tests/transforms/test_cjk_fast_paths.py), with no
    temporaries of nnz values."""
    n = len(self_sim)
    if len(values) <= SMALL_PRODUCTS:
        # Clause lexrank_small_steps: scipy's matrix-vector call costs ~7 µs of checks
        # and dispatch; below ~1,000 nonzeros np.bincount adds the same products in the
        # same order (the docstring above) in less (83 nonzeros: 3.4 against 7.3 µs per
        # S v; 981: the same; 3,000: 20 against 12.5). A short document's power
        # iteration runs ~35 of them.
        def small_times(v: np.ndarray) -> np.ndarray:
            xt_v = np.bincount(cols, weights=values * v[rows], minlength=vocab_size)
            return np.bincount(rows, weights=values * xt_v[cols], minlength=n) - self_sim * v

        return small_times
    # Here, not at the top: the build's driver imports the stages' graph only.
    from scipy.sparse import csr_matrix

    x = csr_matrix(
        (values, cols, sorted_unique.zero_first(np.cumsum(np.bincount(rows, minlength=n)))),
        shape=(n, max(vocab_size, 1)),
    )
    xt = x.T
    return lambda v: x @ (xt @ v) - self_sim * v
