"""Session 22 (branch wtG): headings in other scripts and capitals, and the
sibling walk of clause ``parent_number_rank`` made linear."""

from __future__ import annotations

import random
from types import SimpleNamespace

from transforms import technical_headings as th


def _walk_per_parent(confirmed, numbers):
    """The sibling walk of session 21 (one walk per parent, quadratic in a run):
    the specification the one-pass ``_parent_series_ranks`` must keep."""
    ranks = [rank for _, rank in confirmed]
    above = {}
    for k in range(len(confirmed) - 1):
        p, rank = numbers[k], confirmed[k][1]
        if p is not None:
            above[p] = min(above.get(p, rank), rank)
        if p is None or len(p) != 1 or not p[0].isdigit() or numbers[k + 1] != (*p, "1"):
            continue
        if above.get(p, ranks[k]) < ranks[k]:
            continue
        top = min(ranks[k], confirmed[k + 1][1])
        for step in (-1, 1):
            j, value = k, int(p[0])
            while 0 <= j < len(confirmed):
                q = numbers[j]
                if q is not None and len(q) > 1:
                    j += step
                    continue
                if (
                    confirmed[j][0].kind not in th._SIBLING_KINDS
                    or q is None or not q[0].isdigit()
                    or j != k and (int(q[0]) - value) * step <= 0
                ):  # fmt: skip
                    break
                ranks[j], value = min(ranks[j], top), int(q[0])
                j += step
    return ranks


def test_parent_number_rank_one_pass_keeps_the_walk():
    """The one pass gives the ranks of the per-parent walk on 20,000 random
    outlines of titled numbers, listed lines, keywords, "N.", "N.1", "A", and
    a run of 999 "N." each over its "N.1" ranks every "N." as its "N.1"."""
    rng = random.Random(22)
    kinds = ["numbered", "numeral", "listed", "keyword", "md"]
    for _ in range(20000):
        confirmed, numbers = [], []
        for _ in range(rng.randint(1, 12)):
            confirmed.append(
                (SimpleNamespace(kind=rng.choice(kinds)), rng.choice([10, 20, 25, 38]))
            )
            r = rng.random()
            numbers.append(
                None if r < 0.1 else ("A",) if r < 0.15
                else (str(rng.randint(0, 4)),) if r < 0.6
                else (str(rng.randint(0, 4)), str(rng.randint(1, 2)))
            )  # fmt: skip
        got = [rank for _, rank in th._parent_series_ranks(confirmed, numbers)]
        assert got == _walk_per_parent(confirmed, numbers), (confirmed, numbers)
    confirmed, numbers = [], []
    for i in range(1, 1000):
        confirmed += [(SimpleNamespace(kind="numbered"), 38), (SimpleNamespace(kind="listed"), 20)]
        numbers += [(str(i),), (str(i), "1")]
    assert [rank for _, rank in th._parent_series_ranks(confirmed, numbers)] == [20] * 1998
