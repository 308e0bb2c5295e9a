"""Review of session 46's speed clauses (branch wtH): each against base46's own form.

lexrank_small_steps against base46's LexRank (scipy products, the dangling mass always
indexed), bit for bit, over random small similarity graphs and real text cut to 999, 1,000
and 1,001 nonzeros; plain_concatenate's helpers against their ``np.r_`` forms over small
arrays; line_keys_gate with case-folding and compatibility characters in the titles
(U+FB01 "ﬁ", U+0130 "İ", full-width Latin, CJK compatibility ideographs); passkey_release
by weak references (nothing of the filler's text is held once its sentences are split).

Real text: 红楼梦's opening (tests/transforms/test_chinese_speed_s44.py) and 老殘遊記's
Markdown opening (tests/transforms/test_small_documents_s46.py)."""

from __future__ import annotations

import gc
import re
import types
import weakref

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import training.passkey as passkey
from tests.transforms.test_chinese_speed_s44 import HONGLOU
from tests.transforms.test_small_documents_s46 import BBC, LAOCAN, LAOCAN_2
from transforms import char_classes, lexrank, sorted_unique, topics
from transforms.markup_headings import key_lines, line_key, line_keys
from transforms.sentences import sentence_spans
from transforms.unwrap import unwrap_text


# --------------------------------------------------------------------------
# lexrank_small_steps: base46's ranking, verbatim (scipy's products, r[dangling] indexed)
# --------------------------------------------------------------------------
def _base46_lexrank(indptr, ids, vocab_size, damping=0.85, tol=1e-6, max_iter=100):
    from scipy.sparse import csr_matrix

    n = len(indptr) - 1
    if n == 0:
        return np.zeros(0)
    rows, cols, values, norms = lexrank.tfidf_rows(indptr, ids, vocab_size)
    p = np.full(n, 1.0 / n)
    self_sim = (norms > 0).astype(np.float64)
    x = csr_matrix(
        (values, cols, np.r_[0, np.cumsum(np.bincount(rows, minlength=n))]),
        shape=(n, max(vocab_size, 1)),
    )
    xt = x.T

    def sim_times(v):
        return x @ (xt @ v) - self_sim * v

    degree = sim_times(np.ones(n))
    degree[degree < 1e-12] = 0.0
    dangling = degree == 0
    inv_degree = np.divide(1.0, degree, out=np.zeros(n), where=~dangling)
    r = p.copy()
    for _ in range(max_iter):
        new = damping * sim_times(r * inv_degree)
        new += (damping * r[dangling].sum() + (1 - damping)) * p
        new /= new.sum()
        if np.abs(new - r).sum() < tol:
            r = new
            break
        r = new
    return r


@st.composite
def _graphs(draw):
    """Small sentence-term CSR inputs: empty sentences (zero rows), sentences sharing no
    term (dangling), repeated terms (tf > 1), one-sentence documents."""
    vocab = draw(st.integers(1, 12))
    n = draw(st.integers(1, 9))
    sentences = [draw(st.lists(st.integers(0, vocab - 1), max_size=6)) for _ in range(n)]
    indptr = np.cumsum([0] + [len(s) for s in sentences]).astype(np.int64)
    ids = np.asarray([i for s in sentences for i in s], dtype=np.int64)
    return indptr, ids, vocab


@settings(max_examples=400, deadline=None)
@given(_graphs())
def test_lexrank_small_steps_bit_for_bit_on_random_graphs(graph):
    got = lexrank.lexrank(*graph)
    assert np.array_equal(got, _base46_lexrank(*graph))


def _cut_to_nonzeros(target: int):
    """红楼梦's opening as sentence terms, cut to exactly ``target`` distinct (sentence,
    term) pairs: whole sentences, then the next one's terms one at a time."""
    text = "\n".join([HONGLOU, LAOCAN] * 6)
    indptr, ids, vocab = topics.unit_terms(text, sentence_spans(text))
    pairs: set[tuple[int, int]] = set()
    out_ids: list[int] = []
    out_ptr = [0]
    for row in range(len(indptr) - 1):
        for term in ids[indptr[row] : indptr[row + 1]].tolist():
            if len(pairs) == target:
                break
            pairs.add((row, term))
            out_ids.append(term)
        out_ptr.append(len(out_ids))
        if len(pairs) == target:
            break
    assert len(pairs) == target
    return np.asarray(out_ptr, dtype=np.int64), np.asarray(out_ids, dtype=np.int64), vocab


@pytest.mark.parametrize("target", [999, 1000, 1001])
def test_lexrank_small_steps_at_the_switch(target, monkeypatch):
    """Real text at 999 / 1,000 / 1,001 nonzeros: the first two take the bincount products,
    the third scipy's; all three base46's scores bit for bit."""
    case = _cut_to_nonzeros(target)
    assert len(lexrank.tfidf_rows(*case)[2]) == target
    built = []
    import scipy.sparse

    real = scipy.sparse.csr_matrix
    monkeypatch.setattr(
        scipy.sparse, "csr_matrix", lambda *a, **k: built.append(1) or real(*a, **k)
    )
    got = lexrank.lexrank(*case)
    assert bool(built) == (target > lexrank.SMALL_PRODUCTS)
    monkeypatch.undo()
    assert np.array_equal(got, _base46_lexrank(*case))


# --------------------------------------------------------------------------
# plain_concatenate: the helpers against their np.r_ forms
# --------------------------------------------------------------------------
_INTS = st.sampled_from([np.int8, np.uint8, np.int32, np.uint32, np.int64, np.uint64, np.bool_])


@settings(max_examples=300, deadline=None)
@given(_INTS, st.lists(st.integers(0, 40), max_size=12))
def test_plain_concatenate_unique_as_r_(dtype, values):
    array = np.asarray(values).astype(dtype)
    out = np.sort(array)
    want = out if len(out) < 2 else out[np.r_[True, out[1:] != out[:-1]]]
    got = sorted_unique.unique(array)
    assert got.dtype == want.dtype and np.array_equal(got, want)
    if array.dtype.kind in "iu" and len(array):
        s = np.sort(array, kind="stable")
        new = np.r_[True, s[1:] != s[:-1]]
        at = np.flatnonzero(new)
        want_counts = np.diff(np.r_[at, len(s)]).astype(np.intp)
        values_got, counts_got = sorted_unique.unique_counts(array)
        assert values_got.dtype == s[new].dtype and np.array_equal(values_got, s[new])
        assert counts_got.dtype == want_counts.dtype and np.array_equal(counts_got, want_counts)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("第一回 老殘a1_。\n") + ["\U00020000"]), max_size=20))
def test_plain_concatenate_class_runs_as_r_(text):
    code = char_classes.code_points(text)
    inside = np.r_[False, char_classes.in_class(code, r"\w"), False]
    edges = np.flatnonzero(inside[1:] != inside[:-1])
    got = char_classes.class_runs(code, r"\w")
    for a, b in zip(got, (edges[0::2], edges[1::2]), strict=True):
        assert a.dtype == b.dtype and np.array_equal(a, b)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([0.0, 0.1, 0.25, 0.5, 1.0]), min_size=1, max_size=12))
def test_plain_concatenate_depth_and_valleys_as_r_(values):
    scores = np.asarray(values)
    n = len(scores)
    idx = np.arange(n)
    left = np.maximum.accumulate(np.where(np.r_[True, scores[:-1] < scores[1:]], idx, 0))
    right_stop = np.r_[scores[1:] < scores[:-1], True]
    right = np.minimum.accumulate(np.where(right_stop, idx, n - 1)[::-1])[::-1]
    depth = scores[left] + scores[right] - 2 * scores
    got = topics.depth_scores(scores)
    assert got.dtype == depth.dtype and np.array_equal(got, depth)
    valley = np.r_[True, scores[1:] <= scores[:-1]] & np.r_[scores[:-1] <= scores[1:], True]
    valley &= depth > 0
    if valley.any():
        cutoff = depth[valley].mean() + 0.5 * depth[valley].std()
        want = np.flatnonzero(valley & (depth > cutoff))
    else:
        want = np.zeros(0, dtype=np.int64)
    got_valleys = topics.deep_valleys(scores, depth, 0.5)
    assert got_valleys.dtype == want.dtype and np.array_equal(got_valleys, want)


def test_plain_concatenate_unwrap_last_line():
    """unwrap's line ends (np.concatenate for np.r_): a paragraph whose last line is one
    letter (Numantia's introduction, Gutenberg, cut there) is joined to the end: the last
    line ends at the text's end, not one before it."""
    text = (
        "This is an attempt to render for the first time into readable\n"
        "English verse the one great drama of Cervantes. It was presented on\n"
        "the Madrid stage about the year 1586, during the reign of Philip\n"
        "II., and was received with great applause as a work of national\n"
        "i"
    )
    assert unwrap_text(text)[0] == text.replace("\n", " ")


# --------------------------------------------------------------------------
# line_keys_gate: titles with folding and compatibility characters
# --------------------------------------------------------------------------
def _all_lines(text: str, wanted: set[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for i, key in enumerate(line_keys(text)):
        if key in wanted:
            found.setdefault(key, []).append(i)
    return found


def test_line_keys_gate_folding_and_compatibility_titles():
    """Titles holding ﬁ, İ, full-width Latin and CJK compatibility ideographs (U+F900 豈,
    U+FA0C 兀, U+F91D 欄): every line whose key is the title's found, in either spelling
    where the case fold merges them (ﬁ/FI/fi, Ｆ/ｆ), and none where only NFKC would."""
    text = (
        LAOCAN
        + "## 第三回　\ufb01nal 老殘 \u0130stanbul\n"
        + "第三回 FINAL 老殘 i\u0307stanbul\n"
        + "## 第四回　ＦＯＯ \uf900 \ufa0c\n"
        + "第四回 ｆｏｏ \uf900 \ufa0c\n"
        + "第四回 ｆｏｏ \u8c48 \u5140\n"  # NFKC's forms: another key
        + "## \uf91d杆\n\u6b04杆\n\uf91d杆\n"  # U+F91D and U+6B04
        + LAOCAN_2
    )
    lines = text.split("\n")
    wanted = {line_key(line) for line in lines if line.startswith("#")} - {""}
    got = key_lines(text, wanted)
    assert got == _all_lines(text, wanted)
    third = next(i for i, line in enumerate(lines) if line.startswith("## 第三回"))
    assert got[line_key(lines[third])] == [third, third + 1]
    fourth = third + 2
    assert got[line_key(lines[fourth])] == [fourth, fourth + 1]
    assert got[line_key("\uf91d杆")] == [fourth + 3, fourth + 5]


_FOLD = list(
    "第一回老殘\uf900\u8c48\ufa0c\u5140\uf91d\u6b04ｶカ\ufb01fiFI\u0130i\u0307\u0131ＦｆＯｏ \ufb00#\u3000"
) + ["\n"]


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(_FOLD), max_size=50), st.lists(st.text(st.sampled_from(_FOLD))))
def test_line_keys_gate_property_folding_characters(text, extra):
    wanted = ({k for k in line_keys(text) if k} | {line_key(e) for e in extra}) - {""}
    assert key_lines(text, wanted) == _all_lines(text, wanted)


# --------------------------------------------------------------------------
# passkey_release: nothing of the filler's text held (weak references)
# --------------------------------------------------------------------------
class _Text(str):
    """A str that takes weak references."""


@pytest.mark.parametrize("language", ["en", "zh"])
def test_passkey_release_nothing_held(language, monkeypatch):
    """The filler's text and the English filler's whitespace-folded copy are freed once
    the filler is (base46 kept the English copy in literal_scan's cache)."""
    refs = []

    def sub(*args, **kwargs):
        out = _Text(re.sub(*args, **kwargs))
        refs.append(weakref.ref(out))
        return out

    monkeypatch.setattr(passkey, "re", types.SimpleNamespace(sub=sub))
    base = BBC.replace("\n", " ") * 12 if language == "en" else HONGLOU * 60
    text = _Text(base)
    refs.append(weakref.ref(text))
    filler = passkey.Filler(language, language, text)
    assert len(filler.sentences) > 20
    del filler, text
    gc.collect()
    assert len(refs) == (2 if language == "en" else 1)
    assert [r() is None for r in refs] == [True] * len(refs)
