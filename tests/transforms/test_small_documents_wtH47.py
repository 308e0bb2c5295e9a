"""Session 47's speed clause one_dtype_concatenate (issue 10, Chinese text stages and the
small documents' fixed cost): the per-document helpers that built arrays with ``np.r_``
(~9 µs of indexing machinery a call against 1.5-2 µs for ``np.concatenate``; 23 calls a
2,000-character Chinese document, 16 an English one) use ``np.concatenate`` of one dtype
or ``sorted_unique.zero_first`` instead: the same values and dtypes, cost only.

Excerpts: 红楼梦's opening lines (tests/transforms/test_chinese_speed_s44.py, hard-wrapped:
unwrap, the CJK block width and verse checks run), 老殘遊記's Markdown opening and a BBC
business article's opening (tests/transforms/test_small_documents_s46.py); the expected
values below are base47's (the code before the clause) on the same excerpts."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms.test_chinese_speed_s44 import HONGLOU
from tests.transforms.test_small_documents_s46 import BBC, LAOCAN
from transforms import lexrank, paragraphs, topics
from transforms.cjk_ascii_quotes import _AsciiClose
from transforms.clean import clean_text
from transforms.key_quotes import group_rows
from transforms.key_sentences import latin_speech_scores, lead_teleport
from transforms.normalize import normalize_text
from transforms.sentence_rules import _back_over, unterminated_or_repeated
from transforms.structure import analyze_text

# The modules whose np.r_ calls the clause replaced (a call from any other module, e.g.
# dcm's cached table, still goes to the real np.r_).
CHANGED = {
    "transforms.c99",
    "transforms.char_classes",
    "transforms.cjk_ascii_quotes",
    "transforms.cjk_block_width",
    "transforms.cjk_quotes",
    "transforms.key_quotes",
    "transforms.key_sentences",
    "transforms.lexrank",
    "transforms.sentence_rules",
    "transforms.structure",
    "transforms.style_terms",
    "transforms.topics",
    "transforms.unwrap",
    "transforms.unwrap_wraps",
    "transforms.verse_lines",
}
# char_classes' one-time power table (_powers, cached) keeps its np.r_.
ALLOWED = {("transforms.char_classes", "_powers")}


@pytest.fixture
def no_r_(monkeypatch):
    """np.r_ refused when called from a changed per-document helper; the calls seen."""
    real = np.r_
    seen = []

    class Guard:
        def __getitem__(self, key):
            frame = sys._getframe(1)
            where = (frame.f_globals.get("__name__"), frame.f_code.co_name)
            if where[0] in CHANGED and where not in ALLOWED:
                seen.append(where)
                raise AssertionError(f"np.r_ called from {where}")
            return real[key]

    monkeypatch.setattr(np, "r_", Guard())
    return seen


# base47's results (clean_text then analyze_text) on the three excerpts.
EXPECTED = {
    "HONGLOU": {
        "chars": 98,
        "sentences": [[0, 11], [11, 25], [25, 72], [72, 98]],
        "paragraphs": [[0, 25], [25, 72], [72, 98]],
        "topics": [[0, 25], [25, 72], [72, 98]],
        "keys": [1],
        "sections": [(0, 98, 0, "")],
    },
    "BBC": {
        "chars": 492,
        "sentences": [[0, 35], [35, 171], [171, 315], [315, 385], [385, 492]],
        "paragraphs": [[0, 35], [35, 492]],
        "topics": [[0, 492]],
        "keys": [3],
        "sections": [(0, 492, 0, "")],
    },
    "LAOCAN": {
        "chars": 250,
        "sentences": [
            [0, 16],
            [16, 42],
            [42, 64],
            [64, 77],
            [77, 96],
            [96, 122],
            [122, 159],
            [159, 171],
            [171, 185],
            [185, 202],
            [202, 224],
            [224, 250],
        ],  # fmt: skip
        "paragraphs": [[0, 16], [16, 42], [42, 171], [171, 250]],
        "topics": [[0, 16], [16, 171], [171, 250]],
        "keys": [8],
        "sections": [
            (0, 16, 1, "老殘遊記|〔清〕劉鶚 著"),
            (16, 250, 2, "第一回 土不制水歷年成患 風能鼓浪到處可危"),
        ],
    },
}
TEXTS = {"HONGLOU": HONGLOU, "BBC": BBC, "LAOCAN": LAOCAN}


def _stages(text: str) -> dict:
    cleaned = clean_text(normalize_text(text))
    result = analyze_text(
        cleaned.text, markup=cleaned.markup_headings, fortune_entries=cleaned.fortune_entries
    )
    return {
        "chars": len(cleaned.text),
        "sentences": result.sentences.tolist(),
        "paragraphs": result.paragraphs.tolist(),
        "topics": result.topic_segments.tolist(),
        "keys": result.key_sentences.tolist(),
        "sections": [(s.start, s.end, s.level, s.title) for s in result.sections],
    }


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_one_dtype_concatenate_stages_without_r_(no_r_, name):
    """The whole text path of a short document calls no np.r_ from the changed helpers
    (base47: 13-30 sites on these excerpts: c99, unwrap, unwrap_wraps, cjk_block_width,
    verse_lines, topics, style_terms, sentence_rules, structure, ...) and gives base47's
    sentences, paragraphs, topics, key sentences and sections."""
    assert _stages(TEXTS[name]) == EXPECTED[name]
    assert no_r_ == []


def test_one_dtype_concatenate_helpers_without_r_(no_r_):
    """The helpers the excerpts do not reach, called directly: values (and dtypes)
    worked out by hand."""
    # key_sentences.lead_teleport: 1 + bias / (1 + position in section).
    got = lead_teleport(np.array([0, 0, 1, 1, 1, 2]), 1.0)
    assert got.tolist() == [2.0, 1.5, 2.0, 1.5, 1.0 + 1.0 / 3.0, 2.0]
    # key_quotes.group_rows: units [1, 1] (terms 2..4) and [0, 2] (terms 0..5).
    sub_indptr, positions = group_rows(np.array([0, 2, 5, 6]), np.array([[1, 1], [0, 2]]))
    assert sub_indptr.dtype == np.int64 and sub_indptr.tolist() == [0, 3, 9]
    assert positions.tolist() == [2, 3, 4, 0, 1, 2, 3, 4, 5]
    # sentence_rules._back_over: the offset before a run of positions holding p.
    got = _back_over(np.array([2, 3, 4, 7], dtype=np.int64), np.array([0, 3, 5, 7, 8]))
    assert got.tolist() == [0, 1, 5, 6, 8]
    # cjk_ascii_quotes: the 2nd, 4th, ... '"' of each line closes.
    quoted = 'a"b"c\n"d"e"'
    close = _AsciiClose(quoted)
    assert [j for j in range(len(quoted)) if close(j)] == [3, 8]
    # sentence_rules.unterminated_or_repeated over BBC's sentences.
    spans = np.array(EXPECTED["BBC"]["sentences"], dtype=np.int64)
    unterminated, repeated = unterminated_or_repeated(BBC, spans, np.arange(5))
    assert unterminated.tolist() == [True, False, False, False, False]
    assert repeated.tolist() == [False] * 5
    assert no_r_ == []


def test_one_dtype_concatenate_rankings_without_r_(no_r_, monkeypatch):
    """LexRank's scipy path (its CSR row pointer) and the English speech scores (their
    sub-graph's row pointer and the running sums), on BBC's sentences."""
    text = normalize_text(BBC)
    spans = np.array(EXPECTED["BBC"]["sentences"], dtype=np.int64)
    indptr, ids, vocab = topics.unit_terms(text, spans)
    small = lexrank.lexrank(indptr, ids, vocab)
    monkeypatch.setattr(lexrank, "SMALL_PRODUCTS", -1)  # every product through scipy
    assert lexrank.lexrank(indptr, ids, vocab).tobytes() == small.tobytes()
    eligible = np.array([True, False, True, True, True])
    units = np.array([[0, 1], [2, 4], [1, 1]])
    section = np.zeros(5, dtype=np.int64)
    got = latin_speech_scores(indptr, ids, vocab, section, 0.85, 0.0, eligible, units)
    keep = np.flatnonzero(eligible)
    sizes = np.diff(indptr)
    sub = np.concatenate(([0], np.cumsum(sizes[keep])))
    single = np.zeros(5)
    single[keep] = lexrank.lexrank(sub, ids[np.repeat(eligible, sizes)], vocab, 0.85)
    assert got[0] == single[0] and got[2] == 0.0  # one eligible sentence; none
    assert abs(got[1] - single[2:5].mean()) < 1e-15
    assert no_r_ == []


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(
        ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]
        + ["float32", "float64"]
    ),
    st.lists(st.integers(0, 120), max_size=6),
)
def test_zero_first_same_as_r_(dtype, values):
    """sorted_unique.zero_first is np.r_[0, x]: the same values and the same dtype (the
    Python 0 promotes weakly), for every numeric dtype, the empty array included."""
    from transforms.sorted_unique import zero_first

    x = np.array(values, dtype=dtype)  # review: not np.cumsum (int64 / uint64 only)
    want = np.r_[0, x]
    got = zero_first(x)
    assert got.dtype == want.dtype and got.tobytes() == want.tobytes()


@pytest.mark.parametrize("name", ["BBC", "LAOCAN"])
def test_one_dtype_concatenate_forced_paragraphs_float_or_int(name):
    """Guard: structure passes paragraph_starts its forced starts as int64 where np.r_
    made float64 (an empty heading list): the same paragraph starts either way."""
    text = clean_text(normalize_text(TEXTS[name])).text
    starts = [section[0] for section in EXPECTED[name]["sections"]]
    as_float = np.r_[np.asarray(starts, dtype=np.int64), [], []]
    assert as_float.dtype == np.float64
    want = paragraphs.paragraph_starts(text, as_float)
    got = paragraphs.paragraph_starts(text, np.asarray(starts, dtype=np.int64))
    assert got.dtype == want.dtype and got.tolist() == want.tolist()
    assert set(starts) <= set(got.tolist()) and len(got) >= len(EXPECTED[name]["paragraphs"])
