"""``np.unique`` of integer arrays by a sort.

numpy 2.3 made ``np.unique`` (without ``return_index``/``inverse``/``counts``)
hash the values and sort what is left; on the arrays the stages pass it (token,
sentence and paragraph offsets, MinHash shingle hashes) that is 10-40x slower
than sorting the array and keeping each value that differs from the one before
(measured with numpy 2.4 on this machine: 100,000 uint32 values 29.6 ms vs
0.7 ms; 20,000 int64 3.1 ms vs 0.2 ms). Same values, same dtype, by construction.

Likewise ``argsort(kind="stable")`` of non-negative integers: numpy sorts values
several times faster than it argsorts them (585k CJK bigram keys: 10 ms vs 45-67
ms), so the index is packed below the key and the packed values sorted.
"""

from __future__ import annotations

import numpy as np


def unique(values) -> np.ndarray:
    """``np.unique(values)``: the sorted distinct values, flattened. Integer and
    boolean arrays by a sort; anything else (floats, whose NaNs ``np.unique``
    merges, objects) through ``np.unique`` itself."""
    array = np.asarray(values)
    if array.dtype.kind not in "biu":
        return np.unique(array)
    out = np.sort(array, axis=None)
    if len(out) < 2:
        return out
    return out[np.concatenate(([True], out[1:] != out[:-1]))]  # clause plain_concatenate


def unique_counts(values, overwrite: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_counts=True)`` of a 1-D integer array (clause
    ``unique_counts_stable``, session 35): sorted with ``kind="stable"``, which runs on
    the ascending runs of row-major keys (the key-sentence stage's (sentence, term) keys:
    7 ms against 27-30 ms for np.unique's own sort on 580k keys of 红楼梦). Same values,
    same counts (int64), by construction; anything else through ``np.unique`` itself.
    ``overwrite``: ``values`` (an integer array the caller no longer needs) is sorted in
    place instead of copied."""
    array = np.asarray(values)
    if array.dtype.kind not in "iu" or array.ndim != 1 or not len(array):
        return np.unique(array, return_counts=True)
    if overwrite and array is values and array.flags.writeable:
        array.sort(kind="stable")  # clause tfidf_memory: the caller's keys, sorted in place
        out = array
    else:
        out = np.sort(array, kind="stable")
    new = np.concatenate(([True], out[1:] != out[:-1]))  # clause plain_concatenate
    at = np.flatnonzero(new)
    return out[new], np.diff(np.concatenate((at, [len(out)]))).astype(np.intp)


def union(a, b) -> np.ndarray:
    """``np.union1d(a, b)``: the sorted distinct values of both."""
    return unique(np.concatenate((np.ravel(a), np.ravel(b))))


_TAKE_BLOCK = 1 << 16  # clause ids_memory: positions renumbered per block (512 KB of int64)


def first_occurrence_ids(key: np.ndarray) -> tuple[np.ndarray, int]:
    """Each key's number among the distinct keys in order of first occurrence,
    and their count (as numbering ``np.unique(key, return_index=True,
    return_inverse=True)``'s keys by their first index). Non-negative keys are
    sorted with their index packed below them (numpy's sort of values is several
    times faster than its argsort), others by a stable argsort."""
    n = len(key)
    if n == 0:
        return np.zeros(0, dtype=np.int64), 0
    # Clause ids_memory (session 46): each n-long temporary is deleted, or overwritten in
    # place, as soon as it is read (the sorted keys after ``new``, ``is_first`` after the
    # ranks, the group numbers become the ids' values): ~5 int64 arrays of the keys' length
    # alive at the peak, was ~7 (a CJK book has ~1 key a character).
    by_key, sorted_key = stable_key_order(key)
    new = np.ones(n, dtype=bool)
    np.not_equal(sorted_key[1:], sorted_key[:-1], out=new[1:])
    del sorted_key
    first = by_key[new]  # each key's first index (a stable order)
    is_first = np.zeros(n, dtype=bool)
    is_first[first] = True
    rank = np.cumsum(is_first)[first] - 1  # keys numbered in order of first index
    del is_first
    values = np.cumsum(new)
    del new
    values -= 1
    # each sorted position's rank, over its group number a block at a time (review, session
    # 46: ``take`` with ``out`` aliasing its own indices is no documented numpy guarantee;
    # numpy only checks ``out`` against the source array; a block's gather is a new array)
    for start in range(0, n, _TAKE_BLOCK):
        block = values[start : start + _TAKE_BLOCK]
        block[...] = rank[block]
    ids = np.empty(n, dtype=np.int64)
    ids[by_key] = values
    return ids, len(first)


def stable_key_order(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.argsort(key, kind="stable")`` and the sorted keys (integer keys
    packed with their index when they fit in 63 bits together)."""
    n = len(key)
    bits = max(n - 1, 1).bit_length()
    packable = n and key.dtype.kind in "biu" and int(key.min()) >= 0
    if packable and int(key.max()).bit_length() + bits <= 63:
        # clause ids_memory: one array, shifted, or-ed, sorted and split in place
        packed = key.astype(np.int64)  # a copy: the caller's keys stay as they are
        packed <<= bits
        packed |= np.arange(n, dtype=np.int64)
        packed.sort()  # distinct values: any sort gives the one order
        by_key = packed & ((1 << bits) - 1)
        packed >>= bits
        return by_key, packed
    by_key = np.argsort(key, kind="stable")
    return by_key, key[by_key]


SEARCH_MAX = 1024  # values looked up by the search; more go to np.isin (clause isin_by_search)


def isin(values, members) -> np.ndarray:
    """``np.isin(values, members)`` of integer arrays (clause ``isin_by_search``, session
    45): the members sorted, each value looked up with ``searchsorted``. ``np.isin`` spends
    15-100 µs a call on checks and dispatch before its work; the text stages call it ~50
    times a document on a few hundred line marks against a handful of codes, ~1.4 ms of a
    small Chinese file's fixed cost. Same answer, by construction (both arrays in their
    common integer type, which holds every value of each); a float or object array, or
    integers whose common type is a float (uint64 with int64), and more than ``SEARCH_MAX``
    values (a book's code points: np.isin 8 ms, the search 58 ms on 红楼梦's 957k against 2k
    codes; even at ~2,000 values), through ``np.isin`` itself."""
    a = np.asarray(values)
    b = np.asarray(members)
    common = np.result_type(a, b)
    if a.dtype.kind not in "iu" or b.dtype.kind not in "iu" or common.kind not in "iu":
        return np.isin(a, b)
    if a.size > SEARCH_MAX:  # np.isin's own work is cheaper there (a table or one pass a code)
        return np.isin(a, b)
    sought = np.sort(b.astype(common, copy=False), axis=None)
    flat = a.astype(common, copy=False).ravel()
    if not len(sought) or not len(flat):
        return np.zeros(a.shape, dtype=bool)
    at = np.minimum(np.searchsorted(sought, flat), len(sought) - 1)
    return (sought[at] == flat).reshape(a.shape)


def zero_first(values: np.ndarray) -> np.ndarray:
    """``np.r_[0, values]`` for a 1-d numeric (not bool) array: a zero of the array's
    own dtype, then the array; the same values and dtype (``np.r_`` promotes the
    Python 0 weakly, so it keeps the array's dtype), without ``np.r_``'s indexing
    machinery (~9 µs a call against ~1.5 µs; clause one_dtype_concatenate, session 47)."""
    out = np.empty(len(values) + 1, dtype=values.dtype)
    out[0] = 0
    out[1:] = values
    return out
