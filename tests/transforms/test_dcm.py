import glob
import itertools
import json
import os
import subprocess
import sys
import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.special import gammaln

from bench.segeval import nearest_units, pk_windowdiff
from tests.conftest import REPO_ROOT
from transforms import dcm
from transforms.c99 import C99Config
from transforms.normalize import normalize_text
from transforms.structure import StructureConfig, analyze_text
from transforms.topics import bigram_share


def naive_scores(indptr, ids, alpha):
    """The DCM log likelihood of every segment [a, b), from its term counts."""
    n = len(indptr) - 1
    terms = sorted(set(ids.tolist()))
    vocab = max(len(terms), 1)
    out = np.full((n + 1, n + 1), -np.inf)
    for a in range(n):
        for b in range(a + 1, n + 1):
            seg = ids[indptr[a] : indptr[b]]
            counts = np.asarray([np.count_nonzero(seg == t) for t in terms], dtype=float)
            out[a, b] = (
                gammaln(vocab * alpha)
                - gammaln(len(seg) + vocab * alpha)
                + (gammaln(counts + alpha) - gammaln(alpha)).sum()
            )
    return out


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 6), max_size=7), min_size=1, max_size=12),
    st.sampled_from([0.1, 0.5, 2.0]),
    st.sampled_from([64, 2]),
)
def test_segment_scores_match_the_counts(units, alpha, limit):
    """Pairs of occurrences (past the limit, counts) give the same scores as the
    formula over each segment's term counts."""
    old = dcm._PAIR_LIMIT
    dcm._PAIR_LIMIT = limit  # 2: most terms are counted
    try:
        indptr = np.r_[0, np.cumsum([len(u) for u in units])]
        ids = np.asarray([t * 3 for u in units for t in u], dtype=np.int64)
        got = dcm.segment_scores(indptr, ids, alpha, len(units) + 2)
    finally:
        dcm._PAIR_LIMIT = old
    n = len(units)
    want = naive_scores(indptr, ids, alpha)
    assert np.allclose(got[: n + 1, : n + 1], want, equal_nan=False)
    assert np.isneginf(got[n + 1 :]).all() and np.isneginf(got[:, n + 1 :]).all()


def test_best_segmentation_is_the_best_of_all():
    rng = np.random.default_rng(3)
    for cost in (0.0, 2.0, 6.0):
        sizes = np.asarray([1, 5, 7, 8])
        scores = np.full((len(sizes), 9, 9), -np.inf)
        for i, n in enumerate(sizes):
            indptr = np.r_[0, np.cumsum(rng.integers(1, 6, n))]
            ids = rng.integers(0, 5, indptr[-1])
            scores[i, : n + 1, : n + 1] = naive_scores(indptr, ids, 0.5)
        for i, (n, cuts) in enumerate(
            zip(sizes, dcm.best_segmentation(scores, sizes, cost), strict=True)
        ):
            best, best_cuts = -np.inf, None
            for k in range(n):
                for c in itertools.combinations(range(1, n), k):
                    edges = [0, *c, n]
                    v = sum(
                        scores[i, a, b] - cost for a, b in zip(edges[:-1], edges[1:], strict=True)
                    )
                    if v > best + 1e-9:
                        best, best_cuts = v, list(c)
            assert cuts.tolist() == best_cuts


def test_config_validation():
    with pytest.raises(ValueError, match="method"):
        C99Config(method="bayes")
    with pytest.raises(ValueError, match="dcm_alpha"):
        C99Config(dcm_alpha=0)


def test_bigram_share():
    assert bigram_share("Call me Ishmael.", 2) == 0.0
    assert bigram_share("宝玉听了。", 3) == 1.0  # 宝玉 玉听 听了
    assert bigram_share("宝玉 saw Ishmael.", 3) == pytest.approx(1 / 3)


def _bbc_documents(shared_data, count):
    """Choi's construction on BBC articles, in file order: document d joins the
    opening 3-11 sentences of articles 10d..10d+9 into one paragraph."""
    path = os.path.join(shared_data, "sum_bbc_news", "bbc_news_summary.dev.jsonl")
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(10 * count), f, strict=False)]
    passages = []
    for i, rec in enumerate(records):
        body = normalize_text(rec["article"])[len(rec["title"]) :].strip()
        spans = analyze_text(body).sentences[: 3 + i % 9].tolist()
        passages.append([" ".join(body[s:e].split()) for s, e in spans])
    return [passages[d * 10 : d * 10 + 10] for d in range(count)]


def _mean_pk(documents, configs):
    """Mean Pk per config of ``analyze_text`` on each document's passages joined
    by one space (a document: a list of passages, each a list of sentences)."""
    pks = {name: [] for name in configs}
    for segs in documents:
        sents = [s for seg in segs for s in seg]
        starts = np.r_[0, np.cumsum([len(s) + 1 for s in sents])[:-1]]
        gold = np.cumsum([len(s) for s in segs])[:-1]
        for name, config in configs.items():
            found = analyze_text(" ".join(sents), config)
            pred = nearest_units(starts, found.topic_segments[1:, 0])
            pks[name].append(pk_windowdiff(gold, pred, len(sents))[0])
    return {name: float(np.mean(v)) for name, v in pks.items()}


def test_news_articles_run_together_are_cut_better_than_by_c99(shared_data):
    """Ten documents of ten BBC article openings each (no layout cue): rule
    ``dcm_segments`` (the shipped default) places the joins with mean Pk 0.101
    (0.091 before rule ``style_evidence``, whose lower segment cost adds a cut
    in some articles); C99 (the previous default) 0.130."""
    configs = {"shipped": StructureConfig(), "c99": StructureConfig(topics=C99Config(method="c99"))}
    pks = _mean_pk(_bbc_documents(shared_data, 10), configs)
    assert pks["shipped"] < 0.11 < 0.12 < pks["c99"]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.lists(st.lists(st.integers(0, 9), max_size=8), min_size=0, max_size=9),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([64, 3]),
    st.sampled_from([0.5, 0.3]),
)
def test_batched_blocks_score_as_each_alone(blocks, limit, alpha):
    """``batch_scores`` of blocks of different sizes (padded to one width; terms
    shared between blocks; frequent terms) gives every block exactly, bit for
    bit, its scores alone, and those match the formula (style channel
    included)."""
    old = dcm._PAIR_LIMIT
    dcm._PAIR_LIMIT = limit
    try:
        csr = [
            (
                np.r_[0, np.cumsum([len(u) for u in units])].astype(np.int64),
                np.asarray([t for u in units for t in u], dtype=np.int64),
            )
            for units in blocks
        ]
        # The style channel: the same units' tokens reversed, under other ids.
        style = [(indptr, 100 + ids[::-1]) for indptr, ids in csr]
        width = max(len(units) for units in blocks) + 1
        together = dcm.batch_scores(csr, alpha, width, style, 0.3)
        for k, ((indptr, ids), s) in enumerate(zip(csr, style, strict=True)):
            alone = dcm.segment_scores(indptr, ids, alpha, width, style=s, style_weight=0.3)
            assert np.array_equal(together[k], alone)
            n = len(indptr) - 1
            want = naive_scores(indptr, ids, alpha) + 0.3 * naive_scores(*s, alpha)
            assert np.allclose(alone[: n + 1, : n + 1], want)
            assert np.isneginf(alone[n + 1 :]).all() and np.isneginf(alone[:, n + 1 :]).all()
    finally:
        dcm._PAIR_LIMIT = old


@pytest.mark.parametrize("low", [0, -(1 << 63)])
def test_ids_far_apart_are_grouped_by_block_and_term(monkeypatch, low):
    """Term ids spread over most of int64 (any int64 is a term id): the
    (block, term) key must not overflow, so each block still scores bit for bit
    as alone and as the formula (a wrapped key put block 1's terms before block
    0's, and two blocks' k-th frequent terms were added to one block)."""
    monkeypatch.setattr(dcm, "_PAIR_LIMIT", 1)  # most terms counted, one block at a time
    small = (np.asarray([0, 2, 4]), np.asarray([0, 0, 1, 0]))
    wide = (np.asarray([0, 3, 6]), np.asarray([1 << 62, 1, 1 << 62, low, 1 << 62, 2]))
    for blocks in ([small, wide], [wide, small]):
        together = dcm.batch_scores(blocks, 0.5, 3)
        for k, (indptr, ids) in enumerate(blocks):
            alone = dcm.batch_scores([(indptr, ids)], 0.5, 3)[0]
            assert np.array_equal(together[k], alone)
            n = len(indptr) - 1
            assert np.allclose(alone[: n + 1, : n + 1], naive_scores(indptr, ids, 0.5))


def test_a_long_block_beside_short_ones_costs_its_own_length():
    """The normalizer's lgamma rows are as long as each block's own token count:
    one block of 400,000 tokens batched with 100 blocks of a few tokens must not
    allocate 101 rows of 400,000 (320 MB); its scores are the formula's."""
    import tracemalloc

    rng = np.random.default_rng(5)
    big = (np.asarray([0, 150_000, 400_000]), rng.integers(0, 50_000, 400_000))
    small = [(np.asarray([0, 2, 3]), rng.integers(0, 5, 3)) for _ in range(100)]
    tracemalloc.start()
    try:
        scores = dcm.batch_scores([big, *small], 0.5, 2)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 100 * 2**20
    counts = np.bincount(big[1])  # the whole block [0, 2): the formula from its counts
    n, vocab = 400_000, np.count_nonzero(counts)
    whole = (
        gammaln(vocab * 0.5) - gammaln(n + vocab * 0.5)
        + (gammaln(counts[counts > 0] + 0.5) - gammaln(0.5)).sum()
    )  # fmt: skip
    assert np.isclose(scores[0, 0, 2], whole)
    assert np.allclose(scores[1], dcm.segment_scores(*small[0], 0.5, 2))


def test_blocks_of_long_units_are_scored_in_bounded_memory():
    """64 blocks of 3 units of 20,000 tokens each (a "sentence" of a table or of
    a text without marks): arrays per token (the numpy version before the
    compiled one held a dozen int64 per token of a batch: ~480 MB for all 3.8M)
    must not be made for all blocks at once (one copy of the ids: 31 MB; the
    scratch is one block's), and the boundaries are those of each block alone."""
    import tracemalloc

    rng = np.random.default_rng(3)
    blocks = [
        (np.asarray([0, 20_000, 40_000, 60_000]), rng.integers(0, 20_000, 60_000))
        for _ in range(64)
    ]
    blocks[5] = (blocks[5][0], np.r_[np.zeros(40_000, np.int64), np.ones(20_000, np.int64)])
    tracemalloc.start()
    try:
        together = dcm.segment_blocks(blocks, 0.5, 2.0)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 80 * 2**20
    assert together[5].tolist() == [2]  # a cut where the words change
    for k in (0, 5, 63):
        assert together[k].tolist() == dcm.segment_blocks([blocks[k]], 0.5, 2.0)[0].tolist()


def test_segment_blocks_do_not_depend_on_the_batch():
    """Blocks of many sizes segmented together or one call per block: the same
    boundaries (scratch arrays sized for the largest block, reused by the
    others; style tokens beside the terms)."""
    rng = np.random.default_rng(11)
    blocks, style = [], []
    for _ in range(40):
        n = int(rng.integers(2, 40))
        indptr = np.r_[0, np.cumsum(rng.integers(0, 9, n))].astype(np.int64)
        # Two topics: the first half of the units draws from ids 0-19, the rest 20-39.
        cut = int(rng.integers(1, n)) if n > 2 else 1
        ids = np.concatenate(
            [
                rng.integers(0 if u < cut else 20, 20 if u < cut else 40, indptr[u + 1] - indptr[u])
                for u in range(n)
            ]
        ).astype(np.int64)
        blocks.append((indptr, ids))
        style.append((indptr, 1000 + ids % 3))
    together = dcm.segment_blocks(blocks, 0.5, 1.0, style, 0.3)
    alone = [
        dcm.segment_blocks([b], 0.5, 1.0, [s], 0.3)[0] for b, s in zip(blocks, style, strict=True)
    ]
    assert [c.tolist() for c in together] == [c.tolist() for c in alone]
    assert sum(len(c) for c in together) >= 20  # the topic changes are found


def test_many_frequent_terms_are_counted_one_by_one(monkeypatch):
    """Many frequent terms (each counted on its own): the same scores as the formula."""
    monkeypatch.setattr(dcm, "_PAIR_LIMIT", 1)
    rng = np.random.default_rng(7)
    indptr = np.r_[0, np.cumsum(rng.integers(0, 12, 20))]
    ids = rng.integers(0, 40, indptr[-1])
    assert np.count_nonzero(np.bincount(ids) > 1) > 16 * 2
    got = dcm.segment_scores(indptr, ids, 0.5, 20)
    assert np.allclose(got, naive_scores(indptr, ids, 0.5))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 6), max_size=7), min_size=1, max_size=10),
    st.lists(st.lists(st.integers(0, 4), max_size=9), min_size=10, max_size=10),
    st.sampled_from([0.25, 1.0, 2.0]),
    st.sampled_from([64, 2]),
)
def test_style_channel_adds_its_own_weighted_likelihood(units, style_units, weight, limit):
    """Rule ``style_evidence``: with style tokens, every segment scores its
    terms' DCM log likelihood plus ``weight`` times its style tokens' (their own
    vocabulary), pairs or counts alike."""
    style_units = style_units[: len(units)]
    old = dcm._PAIR_LIMIT
    dcm._PAIR_LIMIT = limit
    try:
        indptr = np.r_[0, np.cumsum([len(u) for u in units])]
        ids = np.asarray([t for u in units for t in u], dtype=np.int64)
        s_indptr = np.r_[0, np.cumsum([len(u) for u in style_units])]
        s_ids = np.asarray([1000 + t for u in style_units for t in u], dtype=np.int64)
        got = dcm.segment_scores(
            indptr, ids, 0.5, len(units) + 1, style=(s_indptr, s_ids), style_weight=weight
        )
    finally:
        dcm._PAIR_LIMIT = old
    n = len(units)
    want = naive_scores(indptr, ids, 0.5) + weight * naive_scores(s_indptr, s_ids, 0.5)
    assert np.allclose(got[: n + 1, : n + 1], want)
    assert np.isneginf(got[n + 1 :]).all() and np.isneginf(got[:, n + 1 :]).all()


def _book_passage_documents(shared_data, count):
    """Choi's construction on Gutenberg books: document d joins ten passages of
    3-11 consecutive sentences (5-40 words each), from ten different books,
    taken from the middle of each book."""
    paths = sorted(glob.glob(os.path.join(shared_data, "en_gutenberg", "*.txt")))[:12]
    runs = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = normalize_text(f.read())
        config = StructureConfig(topics=C99Config(style_weight=0.0))
        sents = [
            " ".join(text[s:e].split()) for s, e in analyze_text(text, config).sentences.tolist()
        ]
        prose = [s for s in sents[len(sents) // 2 :] if 5 <= len(s.split()) <= 40]
        assert len(prose) > 100
        runs.append(prose)
    docs = []
    for d in range(count):
        books = [(d + k) % len(runs) for k in range(10)]
        at = [(97 * d) % (len(runs[b]) - 12) for b in books]
        docs.append([runs[b][a : a + 3 + (b + d) % 9] for a, b in zip(at, books, strict=True)])
    return docs


def test_style_evidence_finds_the_joins_of_book_passages(shared_data):
    """Rule ``style_evidence`` on real fiction and essays: twenty documents of
    ten passages from different Gutenberg books (no layout cue). Passages a few
    sentences long share few content words; their punctuation and function
    words tell them apart. The shipped defaults (terms + style tokens at weight
    0.3, segment cost 2.5) place the joins with mean Pk 0.200; the terms alone
    0.246 at the same cost and 0.250 at the previous defaults (cost 6, units of
    5+ terms)."""
    configs = {
        "shipped": StructureConfig(),
        "terms, cost 2.5": StructureConfig(topics=C99Config(style_weight=0.0)),
        "terms, cost 6": StructureConfig(
            topics=C99Config(style_weight=0.0, dcm_cost=6.0, min_unit_terms=5)
        ),
    }
    means = _mean_pk(_book_passage_documents(shared_data, 20), configs)
    assert means["shipped"] < min(means["terms, cost 2.5"], means["terms, cost 6"]) - 0.04


def test_threads_segment_at_once_as_one_alone():
    """The compiled loops release the GIL (Beam runs a worker's bundles in
    threads): four threads segmenting at once, each with its own scratch map
    of term ids, give the boundaries of one thread alone."""
    from concurrent.futures import ThreadPoolExecutor

    rng = np.random.default_rng(2)
    jobs = []
    for _ in range(4):
        blocks = []
        for _ in range(100):
            n = int(rng.integers(2, 80))
            indptr = np.r_[0, np.cumsum(rng.integers(1, 40, n))].astype(np.int64)
            # Three topics; ids shared across jobs, so a shared map would mix them.
            topic = np.repeat(rng.integers(0, 3, n), np.diff(indptr))
            blocks.append((indptr, topic * 50 + rng.integers(0, 60, indptr[-1])))
        jobs.append(blocks)
    alone = [dcm.segment_blocks(b, 0.5, 2.0) for b in jobs]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda b: dcm.segment_blocks(b, 0.5, 2.0), jobs * 3))
    for k, cuts in enumerate(together):
        assert [c.tolist() for c in cuts] == [c.tolist() for c in alone[k % len(jobs)]]
    assert sum(len(c) for cuts in alone for c in cuts) > 100


def test_the_loops_compile_without_a_cache_directory(monkeypatch):
    """Where numba finds no writable cache directory (a read-only install and
    home), it refuses ``cache=True`` when the function is decorated; the loops
    are then compiled in the process instead of failing the import."""
    import numba

    from transforms import dcm_kernel

    real, asked = numba.njit, []

    def njit(*args, **options):
        if args:  # numba's own modules, imported on first compile: @njit as is
            return real(*args, **options)
        asked.append(options)
        if options.get("cache"):
            raise RuntimeError("cannot cache function 'f': no locator available for file 'f.py'")
        return real(**options)

    monkeypatch.setattr(numba, "njit", njit)

    def plus_one(x):
        return x + 1

    assert dcm_kernel._jit(plus_one)(np.int64(2)) == 3
    assert asked == [{"cache": True, "nogil": True}, {"nogil": True}]


_BAD_INPUTS = """
import numpy as np
from transforms import dcm
I = lambda *a: np.asarray(a, dtype=np.int64)
terms = [(I(0, 2, 4, 6), I(1, 2, 3, 1, 2, 3))]
cases = [
    (terms, [(I(0, 1, 2), I(5, 6))]),  # style: fewer units than the terms
    (terms, [(I(0, 1, 2, 3, 4), I(5, 6, 5, 6))]),  # style: more units
    (terms + terms, [(I(0, 1, 2, 3), I(5, 6, 5))]),  # style: fewer blocks
    ([(I(0, 2, 9), I(1, 2, 3, 1))], None),  # indptr past the ids
    ([(I(0, 4, 2), I(1, 2, 3, 1))], None),  # indptr decreasing
    (terms + [(I(), I())], None),  # a block without offsets
]
for blocks, style in cases:
    try:
        dcm.segment_blocks(blocks, 0.5, 1.0, style, 0.3)
    except ValueError as e:
        print(str(e).split(":")[0])
    else:
        print("accepted")
"""


def test_a_malformed_block_is_refused_not_read_out_of_bounds():
    """The compiled loops have no bounds checks: a style channel whose blocks do
    not have the term blocks' units, or offsets past the ids or decreasing, read
    and wrote outside their arrays (a segmentation fault, or heap corruption:
    "free(): invalid pointer"); each is refused with a ValueError instead (run in
    a child process, so a crash fails this test rather than the test run)."""
    out = subprocess.run(
        [sys.executable, "-c", _BAD_INPUTS], cwd=REPO_ROOT, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["dcm"] * 6


def test_an_id_below_the_dense_limit_holds_a_bounded_scratch_map(monkeypatch):
    """Term ids up to ``_DENSE_IDS`` are grouped through a per-thread map as long
    as the largest id, kept between calls: at 2^26 one id of 2^26 - 1 in a block
    of 4 tokens held 512 MB for the thread's life. The map stays within 2^22
    entries (32 MB), and such ids score as the formula and as their ranks."""
    monkeypatch.setattr(dcm, "_LOCAL", threading.local())  # this test's own map
    indptr = np.asarray([0, 2, 4, 7])
    ids = np.asarray([(1 << 26) - 1, 5, 5, (1 << 26) - 1, 9, (1 << 22) - 1, 5])
    got = dcm.segment_scores(indptr, ids, 0.5, 3)
    assert len(dcm._LOCAL.slot) <= 1 << 22
    assert np.allclose(got, naive_scores(indptr, ids, 0.5))
    ranks = np.unique(ids, return_inverse=True)[1].reshape(-1)
    assert np.array_equal(got, dcm.segment_scores(indptr, ranks, 0.5, 3))
