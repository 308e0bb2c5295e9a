"""The Chinese text stages' faster paths (1 December, session 7) give what the
paths they replaced gave, value for value, on the real Chinese novels (and an
English book where the path also runs). Each ``_old_*`` below is the replaced
code, kept here as the reference."""

import os
import re

import numpy as np
import pytest
from scipy.special import gammaln

from transforms import c99, dcm, sorted_unique, topics, verse_lines
from transforms import key_sentences as ks
from transforms import sentences as sent
from transforms.char_classes import code_points
from transforms.normalize import normalize_text
from transforms.structure import analyze_text


@pytest.fixture(scope="module")
def chinese(shared_data):
    """(text, sentence spans) of the first 300,000 characters of 红楼梦 and 水浒传."""
    out = []
    for name in ("红楼梦.txt", "水浒传.txt"):
        with open(os.path.join(shared_data, "zh_classics", name), encoding="utf-8") as f:
            text = normalize_text(f.read()[:300_000])
        out.append((text, analyze_text(text).sentences.astype(np.int64)))
    return out


@pytest.fixture(scope="module")
def english(shared_data):
    with open(os.path.join(shared_data, "en_gutenberg", "pg74.txt"), encoding="utf-8") as f:
        text = normalize_text(f.read())
    return text, analyze_text(text).sentences.astype(np.int64)


# --------------------------------------------------------------------------
# dcm.segment_scores
# --------------------------------------------------------------------------
def _old_segment_scores(indptr, ids, alpha, width, pair_limit=64, pair_chunk=1 << 20):
    indptr = np.asarray(indptr, dtype=np.int64)
    ids = np.asarray(ids, dtype=np.int64)
    n = len(indptr) - 1
    out = np.full((width + 1, width + 1), -np.inf)
    if n < 1:
        return out
    unit = np.repeat(np.arange(n), np.diff(indptr))
    terms, inverse, counts = np.unique(ids, return_inverse=True, return_counts=True)
    vocab = max(len(terms), 1)
    inverse = inverse.reshape(-1)
    frequent = counts[inverse] > pair_limit
    rare = np.flatnonzero(~frequent)
    order = rare[np.argsort(inverse[rare], kind="stable")]
    group = inverse[order]
    first = np.r_[True, group[1:] != group[:-1]]
    rank = np.arange(len(order)) - np.maximum.accumulate(np.where(first, np.arange(len(order)), 0))
    d = np.zeros(n * n)
    ends = np.cumsum(rank)
    lo = 0
    while lo < len(order):
        hi = max(int(np.searchsorted(ends, ends[lo] - rank[lo] + pair_chunk, "right")), lo + 1)
        r = rank[lo:hi]
        later = np.repeat(np.arange(lo, hi), r)
        j = np.arange(len(later)) - np.repeat(np.cumsum(r) - r, r) + 1
        delta = np.log(alpha + j) - np.log(alpha + j - 1)
        cell = unit[order[later]] * n + unit[order[later - j]]
        d += np.bincount(cell, weights=delta, minlength=n * n)
        lo = hi
    d = d.reshape(n, n)
    e = np.cumsum(d[:, ::-1], axis=1)[:, ::-1]
    t = np.zeros((n, n + 1))
    t[:, 1:] = np.cumsum(np.triu(e.T), axis=1)
    size = np.r_[0, np.cumsum(np.diff(indptr))].astype(np.float64)
    tokens = np.maximum(size[None, :] - size[:, None], 0)
    rare_tokens = np.r_[0, np.cumsum(np.bincount(unit[~frequent], minlength=n))].astype(float)
    scores = t + np.log(alpha) * (rare_tokens[None, :] - rare_tokens[:-1, None])
    many = np.flatnonzero(counts > pair_limit)
    slot = np.full(len(terms), -1)
    slot[many] = np.arange(len(many))
    for f0 in range(0, len(many), 16):
        pick = frequent & (slot[inverse] >= f0) & (slot[inverse] < f0 + 16)
        k = min(16, len(many) - f0)
        c = np.zeros((k, n + 1))
        c[:, 1:] = (
            np.bincount((slot[inverse[pick]] - f0) * n + unit[pick], minlength=k * n)
            .reshape(k, n)
            .cumsum(axis=1)
        )
        seg = np.maximum(c[:, None, :] - c[:, :-1, None], 0)
        scores += (gammaln(seg + alpha) - gammaln(alpha)).sum(axis=0)
    scores += gammaln(vocab * alpha) - gammaln(tokens[:-1] + vocab * alpha)
    valid = np.arange(n + 1)[None, :] > np.arange(n)[:, None]
    out[:n, : n + 1] = np.where(valid, scores, -np.inf)
    return out


def _chinese_blocks(text, spans):
    """C99's windows of 128 sentences over the text's bigram terms (as the
    shipped topic stage cuts running Chinese text)."""
    indptr, ids, _ = topics.unit_terms(text, spans)
    blocks = []
    for s, e, _, _ in c99.windows(len(indptr) - 1, 128):
        blocks.append((indptr[s : e + 1] - indptr[s], ids[indptr[s] : indptr[e]]))
    return blocks


@pytest.mark.parametrize("limit", [64, 3])
def test_segment_scores_are_the_old_ones_bit_for_bit(chinese, monkeypatch, limit):
    """Every block of both novels, with the shipped pair limit and with most terms
    counted as frequent: the same float64 values (and -inf cells)."""
    monkeypatch.setattr(dcm, "_PAIR_LIMIT", limit)
    checked = 0
    for text, spans in chinese:
        for indptr, ids in _chinese_blocks(text, spans)[:: 1 if limit == 64 else 7]:
            want = _old_segment_scores(indptr, ids, 0.5, 130, pair_limit=limit)
            got = dcm.segment_scores(indptr, ids, 0.5, 130)
            assert got.tobytes() == want.tobytes()
            checked += 1
    assert checked > 20


# --------------------------------------------------------------------------
# sorted_unique.first_occurrence_ids / stable_key_order
# --------------------------------------------------------------------------
def _old_first_occurrence_ids(key):
    uniq, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    rank = np.empty(len(uniq), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(uniq))
    return rank[inverse.reshape(-1)], len(uniq)


def test_first_occurrence_ids_are_np_unique_ranked(chinese):
    """Bigram keys of a novel (packed sort), the same keys shifted past 2^40 and
    made negative (the stable-argsort fallback): the same ids and count."""
    text, _ = chinese[0]
    code = code_points(text).astype(np.int64)
    key = (code[:-1] << 16) | code[1:]
    for k in (key, key + (1 << 45), key - (1 << 40), key[:1], key[:0]):
        ids, count = sorted_unique.first_occurrence_ids(k)
        want_ids, want_count = _old_first_occurrence_ids(k)
        assert count == want_count and np.array_equal(ids, want_ids)
        order, sorted_key = sorted_unique.stable_key_order(k)
        assert np.array_equal(order, np.argsort(k, kind="stable"))
        assert np.array_equal(sorted_key, np.sort(k))
    assert sorted_unique.first_occurrence_ids(key)[1] > 50_000


# --------------------------------------------------------------------------
# topics._cjk_unit_terms
# --------------------------------------------------------------------------
_OLD_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


def _old_cjk_unit_terms(text, spans):
    code = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    n = len(code)
    cjk = topics._cjk_mask(code)
    span_of = np.searchsorted(spans[:, 0], np.arange(n), side="right") - 1
    inside = span_of >= 0
    inside[inside] = np.arange(n)[inside] < spans[span_of[inside], 1]
    span_of[~inside] = -1
    same_span_next = np.r_[span_of[1:] == span_of[:-1], False] & inside
    next_cjk = np.r_[cjk[1:], False] & same_span_next
    prev_cjk = np.r_[False, cjk[:-1] & same_span_next[:-1]]
    bigram = np.flatnonzero(cjk & inside & next_cjk)
    single = np.flatnonzero(cjk & inside & ~next_cjk & ~prev_cjk)
    positions = [bigram, single]
    keys = [(code[bigram] << 21) | code[bigram + 1], code[single]]
    stop = set(topics.english_stopwords())
    words, word_pos, word_end, word_key = {}, [], [], []
    for m in _OLD_WORD.finditer(text):
        w = m.group().lower()
        if w not in stop:
            word_pos.append(m.start())
            word_end.append(m.end())
            word_key.append(words.setdefault(w, len(words)))
    word_pos = np.asarray(word_pos, dtype=np.int64)
    word_end = np.asarray(word_end, dtype=np.int64)
    keep = inside[word_pos] if len(word_pos) else np.zeros(0, dtype=bool)
    keep[keep] = word_end[keep] <= spans[span_of[word_pos[keep]], 1]
    positions.append(word_pos[keep])
    keys.append(np.asarray(word_key, dtype=np.int64)[keep] + (1 << 42))
    pos = np.concatenate(positions)
    key = np.concatenate(keys)
    order = np.argsort(pos, kind="stable")
    pos, key = pos[order], key[order]
    ids, count = _old_first_occurrence_ids(key)
    counts = np.bincount(span_of[pos], minlength=len(spans))
    return np.r_[0, np.cumsum(counts)].astype(np.int64), ids, count


def test_cjk_unit_terms_are_the_old_ones(chinese):
    """Both novels; every third sentence only (characters outside all spans); with
    Latin words, a dotted capital I and sigmas added in a last span."""
    for text, spans in chinese:
        tail = " Call me Ishmael, said 宝玉 in İstanbul: ΣΑΣ and the end"
        cases = [
            (text, spans),
            (text, spans[::3]),
            (text + tail, np.r_[spans, [[len(text), len(text) + len(tail)]]]),
        ]
        for t, s in cases:
            got, want = topics._cjk_unit_terms(t, s), _old_cjk_unit_terms(t, s)
            assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
            assert got[2] == want[2] > 10_000


# --------------------------------------------------------------------------
# sentences._cjk_scan
# --------------------------------------------------------------------------
_OLD_CJK_END = re.compile(r"(?:[。！？；]+|[!?;…]+)[」』”’）)》〉\]\"'〕】]*")


def _old_cjk_scan(text):
    starts, n = [], len(text)
    for m in _OLD_CJK_END.finditer(text):
        start, end = m.span()
        if text[start] in "!?;…" and not (start and sent._CJK_BEFORE.match(text, start - 1)):
            run = m.group(0)
            ellipsis_end = start + len(run) - len(run.lstrip("…"))
            if ellipsis_end == start or not sent._CAPITAL.match(text, ellipsis_end):
                continue
            end = ellipsis_end
        while end < n and text[end].isspace():
            end += 1
        if end < n:
            starts.append(end)
    return np.asarray(starts, dtype=np.int64)


def test_cjk_scan_is_the_old_one(chinese, english):
    texts = [text for text, _ in chinese] + [english[0]]
    texts.append("他走了!她也走了。」 \n好……\n Yes… No。…」他说；")
    for text in texts:
        got = sent._cjk_scan(text)
        assert np.array_equal(got, _old_cjk_scan(text))
    assert len(sent._cjk_scan(texts[0])) > 5_000


# --------------------------------------------------------------------------
# key_sentences: unterminated_or_repeated, lexrank's products
# --------------------------------------------------------------------------
def test_unterminated_or_repeated_all_at_once_is_one_by_one(chinese, english):
    """Every sentence a candidate, and every other one: the NUL-joined pass and
    the sentence-by-sentence pass agree (and both rules fire on these texts)."""
    for text, spans in [*chinese, english]:
        for candidates in (np.arange(len(spans)), np.arange(0, len(spans), 2)):
            got = ks.unterminated_or_repeated(text, spans, candidates)
            want = ks._unterminated_or_repeated_one_by_one(text, spans[candidates])
            assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
            assert got[0].any() and got[1].any()
    text, spans = chinese[0]
    with_nul = text[:20_000] + "\x00"  # NUL in the text: one by one
    cut = spans[spans[:, 1] <= 20_000]
    got = ks.unterminated_or_repeated(with_nul, cut, np.arange(len(cut)))
    want = ks._unterminated_or_repeated_one_by_one(with_nul, cut)
    assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])


def _old_lexrank(indptr, ids, vocab_size, damping=0.85, tol=1e-6, max_iter=100):
    n = len(indptr) - 1
    rows, cols, values, norms = ks.tfidf_rows(indptr, ids, vocab_size)
    p = np.full(n, 1.0 / n)
    self_sim = (norms > 0).astype(np.float64)

    def sim_times(v):
        xt_v = np.bincount(cols, weights=values * v[rows], minlength=vocab_size)
        return np.bincount(rows, weights=values * xt_v[cols], minlength=n) - self_sim * v

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
            return new
        r = new
    return r


def test_lexrank_by_sparse_products_is_bit_for_bit_the_bincount_one(chinese, english):
    for text, spans in [*chinese, english]:
        indptr, ids, vocab = topics.unit_terms(text, spans)
        got = ks.lexrank(indptr, ids, vocab)
        assert got.tobytes() == _old_lexrank(indptr, ids, vocab).tobytes()


# --------------------------------------------------------------------------
# verse_lines.chars_pass
# --------------------------------------------------------------------------
def test_chars_pass_tests_each_character_as_before(chinese):
    """Every position of a Chinese text (ideographs, full-width marks, Latin):
    once per distinct character gives what once per position gave."""
    text = chinese[0][0][:50_000] + " Été ÉTÉ İı Σς ＡＢＣ"
    cp = code_points(text).astype(np.int64)
    pos = np.arange(len(text))
    for test, ranges in ((str.isupper, (65, 90)), (str.isalpha, (65, 90, 97, 122))):
        got = verse_lines.chars_pass(text, cp, pos, test, *ranges)
        assert np.array_equal(got, np.fromiter(map(test, text), bool, len(text)))
        assert got.any() and not got.all()
