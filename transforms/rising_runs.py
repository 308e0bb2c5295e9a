"""The longest strictly rising run of a sequence (patience sorting, O(n log n)).

Shared by the rules that keep the entries of a numbering that go forward and drop the
ones out of order: ``glued_headings`` (section numbers), ``markup_headings`` (contents
targets' lines) and ``page_paragraphs`` (page-number anchors)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence


def longest_rising(keys: Sequence) -> list[int]:
    """Indices into ``keys`` of the longest run whose keys strictly rise; of runs of
    equal length, the one ending at the latest smallest tail, as patience sorting
    builds it."""
    tails: list[int] = []  # tails[k]: index of the key ending the best run of k + 1
    ends: list = []  # their keys (kept sorted)
    prev = [-1] * len(keys)
    for i, key in enumerate(keys):
        k = bisect.bisect_left(ends, key)
        prev[i] = tails[k - 1] if k else -1
        if k == len(tails):
            tails.append(i)
            ends.append(key)
        else:
            tails[k], ends[k] = i, key
    out, i = [], tails[-1] if tails else -1
    while i >= 0:
        out.append(i)
        i = prev[i]
    return out[::-1]
