"""The chains of page lines of rule ``page_furniture``, in linear memory.

A page line (line, value) steps to the first page line after it (in document order)
8-400 lines on whose number is 1-3 above its own. The steps form a forest: each line
has at most one successor, but several lines may step to the same one (a page's
number and a count "12" in its text both step to the head of page 13). A chain
opens at every line nothing steps to and follows the steps to their end.

Clause ``shared_tails_once`` (session 52): the chains are counted, not built. Until
session 52 every chain was built in full as a list, and chains that share a tail
built it again each: on a text with thousands of numbered lines in groups (a PDF
decoded as text, "12 0 obj"; a numbered log or table) that was O(n^2) lists, past
10 GB (session 51's review). ``Forest`` keeps one successor a line and, a line, how
many of the chains of at least ``min_run`` lines pass through it; callers read the
same multiset of lines, steps and ratios the lists gave (a line in k chains counts
k times), so the output is the same. The successor of a line is found by value
(bisect on the lines of each of the 3 numbers above it), not by a scan of the next
400 lines.
"""

from __future__ import annotations

import bisect

MIN_GAP, MAX_GAP, MAX_STEP = 8, 400, 3


def successors(occ: list[tuple[int, int]]) -> list[int]:
    """The index of each page line's successor in ``occ`` ((line, value), sorted,
    distinct lines), -1 where it has none: the first line 8-400 lines on whose
    value is 1-3 above its own."""
    lines_of: dict[int, list[int]] = {}
    index_of: dict[int, list[int]] = {}
    for i, (line, value) in enumerate(occ):
        lines_of.setdefault(value, []).append(line)
        index_of.setdefault(value, []).append(i)
    succ = []
    for line, value in occ:
        best = -1
        for step in range(1, MAX_STEP + 1):
            at = lines_of.get(value + step)
            if at is None:
                continue
            p = bisect.bisect_left(at, line + MIN_GAP)
            if p < len(at) and at[p] - line <= MAX_GAP:
                j = index_of[value + step][p]
                best = j if best < 0 else min(best, j)
        succ.append(best)
    return succ


class Forest:
    """The chains of at least ``min_run`` lines over ``occ`` (sorted, distinct
    lines), line ``i`` standing ``copies[i]`` times (1 when not given) in the list
    the chains were searched in (clause ``shared_tails_once``): the copies of a line
    after its first open a chain each, the first one when nothing steps to it."""

    def __init__(self, occ: list[tuple[int, int]], min_run: int, copies: list[int] | None = None):
        n = len(occ)
        self.occ = occ
        self.succ = succ = successors(occ)
        indeg = [0] * n
        for j in succ:
            if j >= 0:
                indeg[j] += 1
        length, root = [1] * n, list(range(n))
        for i in range(n - 1, -1, -1):
            if succ[i] >= 0:
                length[i] = length[succ[i]] + 1
                root[i] = root[succ[i]]
        self.root = root
        # starts[i]: the chains of at least min_run lines opening at line i.
        self.starts = [
            (c - 1 + (indeg[i] == 0)) * (length[i] >= min_run)
            for i, c in enumerate(copies or [1] * n)
        ]
        # through[i]: how many of those chains hold line i.
        self.through = through = list(self.starts)
        for i in range(n):
            if through[i] and succ[i] >= 0:
                through[succ[i]] += through[i]

    def lines(self) -> dict[tuple[int, int], int]:
        """The lines of the chains, each with the number of chains holding it."""
        return {o: t for o, t in zip(self.occ, self.through, strict=True) if t}

    def steps(self) -> list[tuple[int, int]]:
        """The steps (i, successor) of the chains."""
        return [(i, j) for i, j in enumerate(self.succ) if j >= 0 and self.through[i]]

    def page_lines(self) -> float:
        """The median lines per page number over the chains listed one after the
        other (the old ``_page_lines`` of the concatenated lists): every step, as
        often as chains take it, and where one chain's last line is numbered below
        the next chain's first, that gap too."""
        occ, weighted = self.occ, []
        for i, j in self.steps():
            (a0, a1), (b0, b1) = occ[i], occ[j]
            weighted.append(((b0 - a0) / (b1 - a1), self.through[i]))
        last = None
        for i, n in enumerate(self.starts):
            if not n:
                continue
            if last is not None and occ[i][1] > occ[last][1]:
                weighted.append(((occ[i][0] - occ[last][0]) / (occ[i][1] - occ[last][1]), 1))
            last = self.root[i]
        return weighted_median(weighted)


def weighted_median(weighted: list[tuple[float, int]]) -> float:
    """The value at index n // 2 of the sorted list holding each value its weight
    times (0.0 when empty)."""
    total = sum(w for _, w in weighted)
    if not total:
        return 0.0
    seen = 0
    for value, w in sorted(weighted):
        seen += w
        if seen > total // 2:
            return value
    raise AssertionError("unreachable")


def page_order(chains: dict[str, dict[tuple[int, int], int]]) -> set[str]:
    """Clause ``page_order`` (rule ``page_furniture``): the keys of which at least 3 in 4
    lines (each as many times as chains hold it) number their page as the lines of
    other keys around them do (the nearest before numbered at most 1 higher, the
    nearest after at most 1 lower): "Chapter 2" on page 9 is out of order.

    Clause ``order_once`` (session 52): each line's nearest lines of another key are
    found in one pass over all keys' lines; until session 52 every key listed all other
    keys' lines again (O(keys x lines): 1,000 sections' heads beside a book's, 4 million).
    """
    lines = sorted((o, k) for k, c in chains.items() for o in c)
    n = len(lines)
    before: list[int | None] = [None] * n
    after: list[int | None] = [None] * n
    for p in range(1, n):
        (_, value), key = lines[p - 1]
        before[p] = value if key != lines[p][1] else before[p - 1]
    for p in range(n - 2, -1, -1):
        (_, value), key = lines[p + 1]
        after[p] = value if key != lines[p][1] else after[p + 1]
    ok = dict.fromkeys(chains, 0)
    for p, ((_, value), key) in enumerate(lines):
        b, a = before[p], after[p]
        ok[key] += chains[key][lines[p][0]] * (
            (b is None or b <= value + 1) and (a is None or a >= value - 1)
        )
    return {k for k, c in chains.items() if 4 * ok[k] >= 3 * sum(c.values())}
