"""``transforms.sorted_unique`` gives what ``np.unique`` / ``np.union1d`` give."""

import os

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from transforms import near_duplicates
from transforms.sorted_unique import union, unique


def same(a, b):
    assert a.dtype == b.dtype and a.shape == b.shape
    assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f")


@given(
    hnp.arrays(
        st.sampled_from([np.int32, np.int64, np.uint32, np.uint64, np.bool_, np.float64]),
        hnp.array_shapes(min_dims=1, max_dims=2, min_side=0, max_side=30),
    )
)
def test_unique_is_np_unique(values):
    same(unique(values), np.unique(values))


@given(st.lists(st.integers(-5, 50)), st.lists(st.integers(-5, 50)))
def test_union_is_union1d(a, b):
    a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int32)
    same(union(a, b), np.union1d(a, b))


def test_unique_of_real_shingle_hashes_and_offsets(shared_data):
    """On what the stages pass it: Moby-Dick's word 3-gram hashes before the
    dedup (uint32, repeats included) and its line starts with repeats (int64)."""
    with open(os.path.join(shared_data, "en_gutenberg", "pg2701.txt"), encoding="utf-8") as f:
        text = f.read()
    ids, vocab = near_duplicates._word_ids(text, 1 << 20)
    table = np.asarray([near_duplicates._word_hash(w) for w in vocab], dtype=np.uint64)
    hashes = ((table[ids[:-1]] * np.uint64(3) + table[ids[1:]]) >> np.uint64(40)).astype(np.uint32)
    assert len(np.unique(hashes)) < len(hashes)  # there are repeats to drop
    same(unique(hashes), np.unique(hashes))
    starts = np.asarray([0] + [i + 1 for i, c in enumerate(text) if c == "\n"], dtype=np.int64)
    doubled = np.concatenate([starts, starts[::7]])
    same(unique(doubled), np.unique(doubled))
    same(union(starts[::3], starts[::5]), np.union1d(starts[::3], starts[::5]))
