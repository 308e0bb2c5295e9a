import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.topics import (
    TextTilingConfig,
    depth_scores,
    english_stopwords,
    gap_scores,
    texttiling,
    unit_terms,
    unit_terms_and_stems,
)


def test_unit_terms_words_stopwords_and_cjk_bigrams():
    text = "The whale and THE sea. 红楼梦好"
    spans = np.array([[0, 22], [22, len(text)]])
    indptr, ids, vocab = unit_terms(text, spans)
    assert indptr.tolist() == [0, 2, 5]
    assert ids.tolist() == [0, 1, 2, 3, 4]  # whale, sea | 红楼 楼梦 梦好
    assert vocab == 5
    assert len(english_stopwords()) == 179 and "the" in english_stopwords()


def test_porter_stems_conflate_inflections_for_topics_and_leave_key_terms_alone(shared_data):
    """Rule ``porter_stems`` on Moby-Dick's own sentences: "whale", "whales" and
    "whaling" are one topic term; ``unit_terms`` (key sentences) keeps three words,
    and CJK text is its own stem."""
    import os

    with open(os.path.join(shared_data, "en_gutenberg", "pg2701.txt"), encoding="utf-8") as f:
        book = f.read()
    forms = ("whale", "whales", "whaling")
    found = [re.search(r"[^.]*\b" + w + r"\b[^.]*\.", book) for w in forms]
    assert all(found)
    text = " ".join(m.group().strip() for m in found)
    spans = np.array([[0, len(text)]])
    indptr, ids, vocab, stem_ids = unit_terms_and_stems(text, spans)
    plain = unit_terms(text, spans)
    assert plain[0].tolist() == indptr.tolist() and plain[1].tolist() == ids.tolist()
    words = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in english_stopwords()]
    assert len(words) == len(ids) == len(stem_ids)
    assert len({int(stem_ids[i]) for i, w in enumerate(words) if w in forms}) == 1
    assert len({int(ids[i]) for i, w in enumerate(words) if w in forms}) == 3
    assert len(set(stem_ids.tolist())) < vocab  # fewer topic terms than words
    cjk = "红楼梦好。红楼梦"
    _, cjk_ids, _, cjk_stems = unit_terms_and_stems(cjk, np.array([[0, len(cjk)]]))
    assert cjk_stems.tolist() == cjk_ids.tolist()


def naive_gap_scores(indptr, ids, w, k):
    """Block comparison written out: k units each side, widened unit by unit
    until the block holds at least w terms."""
    n = len(indptr) - 1
    out = []
    for g in range(1, n):
        lo = g - 1
        while lo > 0 and (g - lo < k or indptr[g] - indptr[lo] < w):
            lo -= 1
        hi = g + 1
        while hi < n and (hi - g < k or indptr[hi] - indptr[g] < w):
            hi += 1
        left = np.bincount(ids[indptr[lo] : indptr[g]], minlength=64)
        right = np.bincount(ids[indptr[g] : indptr[hi]], minlength=64)
        den = np.sqrt((left**2).sum() * (right**2).sum())
        out.append((left @ right) / den if den else 0.0)
    return np.asarray(out)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(0, 12), min_size=0, max_size=40),
    st.integers(1, 30),
    st.integers(1, 5),
    st.integers(0, 5),
)
def test_gap_scores_match_naive(lengths, w, k, seed):
    indptr = np.cumsum([0, *lengths])
    ids = np.random.default_rng(seed).integers(0, 64, size=int(indptr[-1]))
    got = gap_scores(indptr, ids, TextTilingConfig(w=w, k=k, dim=64))
    assert np.allclose(got, naive_gap_scores(indptr, ids, w, k), atol=1e-5)


def naive_depth_scores(scores):
    depth = np.zeros(len(scores))
    for i in range(len(scores)):
        lpeak = rpeak = scores[i]
        j = i - 1
        while j >= 0 and scores[j] >= lpeak:
            lpeak, j = scores[j], j - 1
        j = i + 1
        while j < len(scores) and scores[j] >= rpeak:
            rpeak, j = scores[j], j + 1
        depth[i] = lpeak + rpeak - 2 * scores[i]
    return depth


def test_depth_scores():
    scores = np.array([0.9, 0.5, 0.2, 0.6, 0.8, 0.8, 0.3, 0.7])
    # gap 2: left peak 0.9, right peak 0.8 -> 0.7 + 0.6 = 1.3
    assert depth_scores(scores)[2] == pytest.approx(1.3)
    assert depth_scores(scores)[0] == 0.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.7, 1.0]), max_size=50))
def test_depth_scores_match_the_climb(values):
    scores = np.asarray(values, dtype=np.float64)
    assert np.allclose(depth_scores(scores), naive_depth_scores(scores))


TOPIC_A = "whale harpoon ship sea sailor captain ocean voyage mast deck".split()
TOPIC_B = "court judge law trial verdict jury lawyer witness crime prison".split()


def paragraph(words, rng):
    return " ".join(rng.choice(words, size=40)) + "."


def test_texttiling_finds_the_topic_change():
    rng = np.random.default_rng(0)
    paras = [paragraph(TOPIC_A, rng) for _ in range(12)] + [
        paragraph(TOPIC_B, rng) for _ in range(12)
    ]
    text = "\n\n".join(paras)
    starts = np.cumsum([0] + [len(p) + 2 for p in paras[:-1]])
    spans = np.stack([starts, np.append(starts[1:], len(text))], axis=1)
    indptr, ids, _ = unit_terms(text, spans)
    found = texttiling(indptr, ids, TextTilingConfig(w=20, k=6, min_segment_terms=100))
    assert 12 in found.tolist()
    assert len(found) <= 3


def test_texttiling_finds_short_segments_between_sentences():
    """Segments of three 8-term sentences (the Manifesto regime): units are
    sentences and blocks are a few of them, so boundaries land on sentences."""
    rng = np.random.default_rng(1)
    vocabularies = [TOPIC_A, TOPIC_B, "tax budget deficit spending revenue income".split()]
    sentences = [
        " ".join(rng.choice(vocabularies[seg % 3], size=8)) + "."
        for seg in range(8)
        for _ in range(3)
    ]
    text = " ".join(sentences)
    starts = np.cumsum([0] + [len(x) + 1 for x in sentences[:-1]])
    spans = np.stack([starts, np.append(starts[1:], len(text))], axis=1)
    indptr, ids, _ = unit_terms(text, spans)
    config = TextTilingConfig(w=1, k=2, smoothing_width=0, cutoff_std=-0.5, min_segment_terms=0)
    found = set(texttiling(indptr, ids, config).tolist())
    truth = {3, 6, 9, 12, 15, 18, 21}
    # Every boundary found is a true one; the last may be too shallow (its right
    # block is cut short by the end of the text).
    assert found <= truth and len(found) >= 6, sorted(found)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 60), min_size=1, max_size=40), st.integers(0, 10))
def test_texttiling_returns_valid_unit_indices(lengths, seed):
    rng = np.random.default_rng(seed)
    indptr = np.cumsum([0, *lengths])
    ids = rng.integers(0, 30, size=int(indptr[-1]))
    found = texttiling(indptr, ids, TextTilingConfig(w=5, k=3, min_segment_terms=10))
    assert (np.diff(found) > 0).all() and ((found > 0) & (found < len(lengths))).all()
    assert np.array_equal(
        found, texttiling(indptr, ids, TextTilingConfig(w=5, k=3, min_segment_terms=10))
    )


def test_config_validation():
    with pytest.raises(ValueError, match="w must be"):
        TextTilingConfig(w=0)
    with pytest.raises(ValueError, match="smoothing_width"):
        TextTilingConfig(smoothing_width=-1)
    with pytest.raises(ValueError, match="cutoff_std"):
        TextTilingConfig(cutoff_std=5.0)


def naive_cjk_terms(text, spans):
    """Terms per span written out: CJK runs inside the span cut into bigrams (a
    lone character stays), other words (lying inside the span) minus stopwords;
    ids in order of first occurrence."""
    stop = set(english_stopwords())
    cjk = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(rf"[^\W\d_{cjk}]+", text.lower())]
    vocab, out = {}, []
    for s, e in spans:
        terms = []
        for m in re.finditer(rf"[{cjk}]+", text[s:e]):
            run = m.group()
            grams = [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]
            terms += [(s + m.start() + i, "cjk:" + g) for i, g in enumerate(grams)]
        terms += [(a, "w:" + w) for a, b, w in words if s <= a and b <= e and w not in stop]
        out.append([vocab.setdefault(t, len(vocab)) for _, t in sorted(terms)])
    return out


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["红", "楼", "梦", "好", "。", " ", "\n", "the", "Whale", "ab", "1"]),
        max_size=40,
    ),
    st.lists(st.integers(1, 8), min_size=1, max_size=6),
)
def test_cjk_terms_match_the_rule_written_out(pieces, cuts):
    text = "红" + "".join(pieces)
    bounds = sorted({0, len(text), *(min(c * 3, len(text)) for c in cuts)})
    spans = np.asarray(list(zip(bounds[:-1], bounds[1:], strict=True)))
    indptr, ids, vocab = unit_terms(text, spans)
    want = naive_cjk_terms(text, spans.tolist())
    got = [ids[indptr[i] : indptr[i + 1]].tolist() for i in range(len(spans))]
    # Same terms in the same order per span, up to a renaming of ids.
    assert [len(g) for g in got] == [len(w) for w in want]
    mapping = {}
    for g, w in zip(sum(got, []), sum(want, []), strict=True):
        assert mapping.setdefault(g, w) == w
    assert vocab == len(set(sum(want, [])))
