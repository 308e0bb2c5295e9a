"""Review of session 47's clause one_dtype_concatenate (branch wtH): each replacement of
``np.r_`` is compared with the ``np.r_`` expression it replaced, over the dtypes and
lengths 0-3 its call sites meet, for values and dtype.

The call sites feed (read in the code, session 47): ``zero_first`` a cumulative sum
(int64, uint64 never, float64 for key_sentences' running scores) or ``Wraps.end``
(int64); the appended / prepended Python ints go next to int64 index arrays
(``searchsorted``, ``flatnonzero``, ``arange``, ``Wraps.start``); the bool masks are
comparisons or ``in_class`` / ``_cjk_mask`` results. Where another dtype would give
another dtype than ``np.r_`` (an int32 array with an appended int: ``np.r_`` keeps
int32, ``np.concatenate`` gives int64) the values are still the same; those cases
are pinned below so that a caller with such an array is seen to differ."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms.test_small_documents_s46 import BBC
from transforms import paragraphs, structure
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sorted_unique import zero_first

NUMERIC = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"]
NUMERIC += ["float16", "float32", "float64"]
SMALL = st.lists(st.integers(0, 100), max_size=3)  # lengths 0..3, fit every dtype


def _same(got: np.ndarray, want: np.ndarray) -> None:
    assert got.dtype == want.dtype, (got.dtype, want.dtype)
    assert got.tobytes() == want.tobytes()


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(NUMERIC), SMALL)
def test_zero_first_is_r_zero_for_every_numeric_dtype(dtype, values):
    """zero_first(x) == np.r_[0, x], dtype included, for x of each numeric dtype as it
    is (the session's test built x by np.cumsum, which turns every integer dtype into
    int64 or uint64, so int8-uint32 and float16 were never compared)."""
    x = np.array(values, dtype=dtype)
    _same(zero_first(x), np.r_[0, x])


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["bool", *NUMERIC]), SMALL)
def test_zero_first_of_a_cumsum_is_r_zero(dtype, values):
    """Every zero_first call site passes a cumulative sum (or Wraps.end, int64): a
    cumsum of a bool mask (cjk_block_width, key_sentences, verse_lines) is int64,
    so zero_first never sees a bool array there."""
    x = np.cumsum(np.array(values, dtype=dtype))
    assert x.dtype != np.bool_
    _same(zero_first(x), np.r_[0, x])


def test_zero_first_bool_differs_from_r_():
    """Pinned: on a bool array zero_first keeps bool where np.r_[0, b] gives int64 (the
    docstring's "not bool"); no call site passes one (see the test above)."""
    b = np.array([True, False])
    assert np.r_[0, b].dtype == np.int64 and zero_first(b).dtype == np.bool_


@settings(max_examples=200, deadline=None)
@given(SMALL, st.integers(-1, 10**6))
def test_append_or_prepend_an_int_to_int64(values, k):
    """c99 (_merged_units, topic_starts' bounds, par_terms, sizes), verse_lines'
    unit_last, unwrap_wraps' starts: np.concatenate((x, [k])) == np.r_[x, k];
    cjk_ascii_quotes (k = -1), cjk_quotes (k = 0): np.concatenate(([k], x)) ==
    np.r_[k, x]; x int64 (intp) at every site, the empty x included."""
    x = np.array(values, dtype=np.int64)
    _same(np.concatenate((x, [k])), np.r_[x, k])
    _same(np.concatenate(([k], x)), np.r_[k, x])


@pytest.mark.parametrize("dtype", ["int32", "uint32", "float32"])
def test_append_an_int_to_another_dtype_same_values(dtype):
    """Pinned: np.r_ kept a narrower array's dtype, np.concatenate with a list does not;
    the values (all the index sites use) are the same."""
    x = np.array([3, 5], dtype=dtype)
    old, new = np.r_[x, 7], np.concatenate((x, [7]))
    assert old.dtype == np.dtype(dtype) and new.dtype != old.dtype
    assert new.tolist() == old.tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.booleans(), max_size=3), st.booleans(), st.booleans())
def test_bool_mask_with_a_flag_at_either_end(values, flag, numpy_flag):
    """char_classes (prev_run is bool(...)), cjk_block_width, key_sentences,
    sentence_rules, topics, unwrap, unwrap_wraps: a bool mask with True / False at
    its start or end (a Python bool or a numpy bool)."""
    m = np.array(values, dtype=bool)
    f = np.bool_(flag) if numpy_flag else flag
    _same(np.concatenate(([f], m)), np.r_[f, m])
    _same(np.concatenate((m, [f])), np.r_[m, f])


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(NUMERIC), SMALL, SMALL)
def test_two_arrays_of_one_dtype(dtype, a, b):
    """sentence_rules.unterminated_or_repeated and topics._piece_words: the two
    columns of one spans array, np.concatenate((starts, ends)) == np.r_[starts, ends]."""
    x, y = np.array(a, dtype=dtype), np.array(b, dtype=dtype)
    _same(np.concatenate((x, y)), np.r_[x, y])


@settings(max_examples=200, deadline=None)
@given(SMALL, SMALL, SMALL)
def test_structure_forced_starts_same_values(sections, headings, labels):
    """structure.layout's forced paragraph starts: the same values in the same order as
    np.r_[sec_starts, headings, labels]; int64 now, where np.r_ gave float64 when a list
    was empty (paragraph_starts reads them as int64 either way)."""
    sec = np.array(sections, dtype=np.int64)
    old = np.r_[sec, headings, labels]
    new = np.concatenate((sec, np.asarray(headings + labels, dtype=np.int64)))
    assert new.dtype == np.int64 and new.tolist() == old.astype(np.int64).tolist()
    assert old.dtype == (np.float64 if not headings or not labels else np.int64)


def test_layout_without_headings_or_labels_matches_float_forced_starts(monkeypatch):
    """A BBC article has no heading and no speech label: base47 passed paragraph_starts
    float64 forced starts there; layout's int64 starts give the same paragraphs."""
    text = clean_text(normalize_text(BBC)).text
    seen = []
    real = paragraphs.paragraph_starts

    def spy(text, forced=()):
        seen.append(np.asarray(forced))
        return real(text, forced)

    monkeypatch.setattr(structure.par, "paragraph_starts", spy)
    headings, _, sec_starts, para_starts, _ = structure.layout(text)
    assert headings == [] and len(seen) == 1 and seen[0].dtype == np.int64
    as_float = np.r_[sec_starts, [], []]  # base47's forced starts for this text
    assert as_float.dtype == np.float64
    assert real(text, as_float).tolist() == real(text, seen[0]).tolist()
    assert para_starts.dtype == np.int64 and para_starts.tolist() == [0, 35]
