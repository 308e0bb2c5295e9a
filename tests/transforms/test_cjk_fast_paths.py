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
def _old_segment_scores(indptr, ids, alpha, width, pair_limit=64):
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
    # Each pair of occurrences of a term (not frequent), the later one the j-th
    # after the earlier, adds log(a + j) - log(a + j - 1) at [later's unit,
    # earlier's unit]: added one by one in the order the old code's bincount did.
    js = np.arange(1, pair_limit + 1)
    delta = (np.log(alpha + js) - np.log(alpha + js - 1)).tolist()
    d = [[0.0] * n for _ in range(n)]
    groups = np.split(np.argsort(inverse, kind="stable"), np.cumsum(counts)[:-1])
    for occurrences in (g for g in groups if len(g) <= pair_limit):
        units = unit[occurrences].tolist()
        for k in range(1, len(units)):
            for j in range(1, k + 1):
                d[units[k]][units[k - j]] += delta[j - 1]
    d = np.asarray(d)
    e = np.cumsum(d[:, ::-1], axis=1)[:, ::-1]
    t = np.zeros((n, n + 1))
    t[:, 1:] = np.cumsum(np.triu(e.T), axis=1)
    size = np.r_[0, np.cumsum(np.diff(indptr))].astype(np.float64)
    tokens = np.maximum(size[None, :] - size[:, None], 0)
    rare_tokens = np.r_[0, np.cumsum(np.bincount(unit[~frequent], minlength=n))].astype(float)
    scores = t + np.log(alpha) * (rare_tokens[None, :] - rare_tokens[:-1, None])
    for part in _old_frequent_term_sums(unit, inverse, counts, n, alpha, pair_limit):
        scores += part
    scores += gammaln(vocab * alpha) - gammaln(tokens[:-1] + vocab * alpha)
    valid = np.arange(n + 1)[None, :] > np.arange(n)[:, None]
    out[:n, : n + 1] = np.where(valid, scores, -np.inf)
    return out


def _old_frequent_term_sums(unit, inverse, counts, n, alpha, pair_limit):
    """The previous ``dcm.frequent_term_sums``: groups of 16 terms with more
    than ``pair_limit`` occurrences, their lgamma sums over every segment at
    ``[a, b]`` (0 where ``b <= a``)."""
    many = np.flatnonzero(counts > pair_limit)
    frequent = counts[inverse] > pair_limit
    slot = np.full(len(counts), -1)
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
        yield (gammaln(seg + alpha) - gammaln(alpha)).sum(axis=0)


def _chinese_blocks(text, spans):
    """C99's windows of 128 sentences over the text's bigram terms (as the
    shipped topic stage cuts running Chinese text)."""
    indptr, ids, _ = topics.unit_terms(text, spans)
    blocks = []
    for s, e, _, _ in c99.windows(len(indptr) - 1, 128):
        blocks.append((indptr[s : e + 1] - indptr[s], ids[indptr[s] : indptr[e]]))
    return blocks


@pytest.mark.parametrize("limit, alpha", [(64, 0.5), (3, 0.5), (64, 0.3)])
def test_segment_scores_are_the_old_ones(chinese, monkeypatch, limit, alpha):
    """Every 5th (9th) block of both novels, with the shipped pair limit and prior
    (whose lgamma values come from one table, ``dcm.lgamma_from``), with most terms
    counted as frequent, and with a prior that is no multiple of 1/2: the same
    float64 values up to the order of the sums (bit for bit until rule
    ``style_evidence`` merged the channels' cells into one pass), and the same
    -inf cells."""
    monkeypatch.setattr(dcm, "_PAIR_LIMIT", limit)
    checked = 0
    for text, spans in chinese:
        for indptr, ids in _chinese_blocks(text, spans)[:: 5 if limit == 64 else 9]:
            want = _old_segment_scores(indptr, ids, alpha, 130, pair_limit=limit)
            got = dcm.segment_scores(indptr, ids, alpha, 130)
            assert (np.isneginf(got) == np.isneginf(want)).all()
            finite = np.isfinite(want)
            assert np.allclose(got[finite], want[finite], rtol=1e-12, atol=1e-9)
            checked += 1
    assert checked > 10


def test_lgamma_from_the_table_is_gammaln():
    for c in (0.5, 1.0, 1234.5, 0.3, 2.25):
        for count in (1, 7, 20_000, 3):  # grows the table, then reads a short slice
            want = gammaln(np.arange(count, dtype=np.float64) + c)
            assert dcm.lgamma_from(c, count).tobytes() == want.tobytes()


# --------------------------------------------------------------------------
# sorted_unique.first_occurrence_ids / stable_key_order
# --------------------------------------------------------------------------
def _old_first_occurrence_ids(key):
    uniq, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    rank = np.empty(len(uniq), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(uniq))
    return rank[inverse.reshape(-1)], len(uniq)


def test_first_occurrence_ids_are_np_unique_ranked(chinese):
    """Bigram keys of a novel (packed sort), the same keys shifted past 2^40,
    made negative or halved to floats (the stable-argsort fallback): the same ids
    and count."""
    text, _ = chinese[0]
    code = code_points(text).astype(np.int64)
    key = (code[:-1] << 16) | code[1:]
    for k in (key, key + (1 << 45), key - (1 << 40), key[:5000] * 0.5, key[:1], key[:0]):
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
_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


def _is_cjk(ch):
    return any(
        lo <= ord(ch) <= hi for lo, hi in ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xF900, 0xFAFF))
    )


def _unit_terms_by_hand(text, spans):
    """``unit_terms``' definition, character by character: in each span, each run
    of CJK characters gives its bigrams (a lone character, itself) and each word
    of other scripts lying inside the span its lower case (stopwords out); ids in
    order of first occurrence."""
    stop = set(topics.english_stopwords())
    words = {m.start(): (m.end(), m.group().lower()) for m in _WORD.finditer(text)}
    ids, indptr, number = [], [0], {}
    for s, e in spans.tolist():
        for p in range(s, e):
            if _is_cjk(text[p]):
                next_cjk = p + 1 < e and _is_cjk(text[p + 1])
                prev_cjk = p > s and _is_cjk(text[p - 1])
                term = text[p : p + 2] if next_cjk else None if prev_cjk else text[p]
            elif p in words and words[p][0] <= e and words[p][1] not in stop:
                term = words[p][1]
            else:
                term = None
            if term is not None:
                ids.append(number.setdefault(term, len(number)))
        indptr.append(len(ids))
    return np.asarray(indptr), np.asarray(ids), len(number)


def test_cjk_unit_terms_follow_the_definition(chinese):
    """Both novels (their first 100,000 characters); every third sentence only
    (characters outside all spans); with Latin words, a dotted capital I and
    sigmas added in a last span."""
    for text, spans in chinese:
        text, spans = text[:100_000], spans[spans[:, 1] <= 100_000]
        tail = " Call me Ishmael, said 宝玉 in İstanbul: ΣΑΣ and the end"
        cases = [
            (text, spans),
            (text, spans[::3]),
            (text + tail, np.r_[spans, [[len(text), len(text) + len(tail)]]]),
        ]
        for t, s in cases:
            got, want = topics._cjk_unit_terms(t, s), _unit_terms_by_hand(t, s)
            assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
            assert got[2] == want[2] > 10_000


# --------------------------------------------------------------------------
# sentences._cjk_scan
# --------------------------------------------------------------------------
# (without "；" and ";" since clause semicolon_within, session 20)
_OLD_CJK_END = re.compile(r"(?:[。！？]+|[!?…]+)[」』”’）)》〉\]\"'〕】]*")


def test_cjk_scan_is_the_old_one(chinese, english):
    """The one scan it replaced (both kinds of runs in one alternation): its
    full-width runs, spaces skipped, give the full-width starts, and its runs of
    !?;… are the ones ``_half_width_starts`` reads."""
    texts = [text for text, _ in chinese] + [english[0]]
    texts.append("他走了!她也走了。」 \n好……\n Yes… No。…」他说；")
    for text in texts:
        full, half = [], []
        for m in _OLD_CJK_END.finditer(text):
            if m.group()[0] in "!?…":
                half.append(m.span())
                continue
            end = m.end()
            while end < len(text) and text[end].isspace():
                end += 1
            full.append(end)
        assert half == [m.span() for m in sent._HALF_END.finditer(text)]
        want = sorted({e for e in full if e < len(text)} | set(sent._half_width_starts(text)))
        assert sent._cjk_scan(text).tolist() == want
    assert len(sent._cjk_scan(texts[0])) > 5_000


# --------------------------------------------------------------------------
# key_sentences: unterminated_or_repeated, lexrank's products
# --------------------------------------------------------------------------
_OLD_TERMINATED = re.compile(r"[.!?…;。！？；][\"'”’」』）)\]》*_]*(?:\[\w{1,8}\])?$")


def _old_unterminated_or_repeated(text, spans, candidates):
    """The loop it replaced, sentence by sentence, setting the masks item by item."""
    seen = set()
    unterminated = np.zeros(len(candidates), dtype=bool)
    repeated = np.zeros(len(candidates), dtype=bool)
    for j, (s, e) in enumerate(np.asarray(spans)[candidates].tolist()):
        body = text[s:e]
        unterminated[j] = _OLD_TERMINATED.search(body[-24:].rstrip()) is None
        key = "".join(body.lower().split())
        repeated[j] = key in seen
        seen.add(key)
    return unterminated, repeated


def test_unterminated_or_repeated_is_the_old_loop(chinese, english):
    """Every sentence a candidate (both rules fire on these texts), and every other
    one; the novels, an English book and a few made-up sentences (a final sigma,
    a footnote mark, a repeat across a line break, no final mark)."""
    made_up = ["Ἐν ἀρχῇ ΟΔΟΣ. ", "ΟΔΟΣ. ", "end.[12] ", "好。」 ", "好。」\n", "no end"]
    bounds = np.cumsum([0] + [len(m) for m in made_up])
    cases = [*chinese, english, ("".join(made_up), np.c_[bounds[:-1], bounds[1:]])]
    for text, spans in cases:
        for candidates in (np.arange(len(spans)), np.arange(0, len(spans), 2)):
            got = ks.unterminated_or_repeated(text, spans, candidates)
            want = _old_unterminated_or_repeated(text, spans, candidates)
            assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
            if len(candidates) == len(spans):  # all candidates: both rules fire
                assert got[0].any() and got[1].any()


def _bincount_similarity_times(rows, cols, values, self_sim, vocab_size):
    """The products ``lexrank`` made before, with ``np.bincount``."""
    n = len(self_sim)

    def sim_times(v):
        xt_v = np.bincount(cols, weights=values * v[rows], minlength=vocab_size)
        return np.bincount(rows, weights=values * xt_v[cols], minlength=n) - self_sim * v

    return sim_times


def test_lexrank_by_sparse_products_is_bit_for_bit_the_bincount_one(chinese, english, monkeypatch):
    cases = [topics.unit_terms(text, spans) for text, spans in [*chinese, english]]
    got = [ks.lexrank(*case) for case in cases]
    monkeypatch.setattr(ks, "similarity_times", _bincount_similarity_times)
    for case, scores in zip(cases, got, strict=True):
        assert scores.tobytes() == ks.lexrank(*case).tobytes()
        assert len(scores) > 1000


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
