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
)


def test_unit_terms_words_stopwords_and_cjk_bigrams():
    text = "The whale and THE sea. 红楼梦好"
    spans = np.array([[0, 22], [22, len(text)]])
    indptr, ids, vocab = unit_terms(text, spans)
    assert indptr.tolist() == [0, 2, 5]
    assert ids.tolist() == [0, 1, 2, 3, 4]  # whale, sea | 红楼 楼梦 梦好
    assert vocab == 5
    assert len(english_stopwords()) == 179 and "the" in english_stopwords()


def naive_gap_scores(ids, w, k):
    pseudo = [ids[i : i + w] for i in range(0, len(ids), w)]
    out = []
    for g in range(1, len(pseudo)):
        left = np.bincount(np.concatenate(pseudo[max(0, g - k) : g]), minlength=64)
        right = np.bincount(np.concatenate(pseudo[g : g + k]), minlength=64)
        den = np.sqrt((left**2).sum() * (right**2).sum())
        out.append((left @ right) / den if den else 0.0)
    return np.asarray(out)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 63), min_size=0, max_size=300), st.integers(1, 8), st.integers(1, 5))
def test_gap_scores_match_naive(ids, w, k):
    ids = np.asarray(ids, dtype=np.int64)
    got = gap_scores(ids, TextTilingConfig(w=w, k=k, dim=64))
    assert np.allclose(got, naive_gap_scores(ids, w, k), atol=1e-5)


def test_depth_scores():
    scores = np.array([0.9, 0.5, 0.2, 0.6, 0.8, 0.8, 0.3, 0.7])
    # gap 2: left peak 0.9, right peak 0.8 -> 0.7 + 0.6 = 1.3
    assert depth_scores(scores)[2] == pytest.approx(1.3)
    assert depth_scores(scores)[0] == 0.0


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
