"""Rule ``contents_run`` (moved out of ``transforms.contents``, which re-exports it):
a numbered series that starts over at (or below) the value it began with, with no
higher heading between, and whose first run is less than a tenth as long as the
second: the first run was a contents list (entries separated by their chapter
lists or page numbers, so no cluster of candidates shows it).

Cost: one pass over the confirmed candidates per series.
"""

from __future__ import annotations

from transforms import headings as hd


def contents_runs(cands: list[hd.Candidate], confirmed: set[int]) -> set[int]:
    """Rule ``contents_run``: indices of the confirmed candidates that are a
    contents list's entries (see module docstring)."""
    drop: set[int] = set()
    by_series: dict[str, list[int]] = {}
    for i in sorted(confirmed):
        if cands[i].value is not None:
            by_series.setdefault(cands[i].series, []).append(i)
    for members in by_series.values():
        starts = [0] + [
            k
            for k in range(1, len(members))
            if cands[members[k]].value <= cands[members[k - 1]].value
        ]
        for a, b in zip(starts, starts[1:], strict=False):
            first, restart = members[a], members[b]
            end = members[starts[starts.index(b) + 1] - 1] if b != starts[-1] else members[-1]
            if cands[restart].value > cands[first].value:
                continue  # not a start over: the second run does not repeat the first
            # A higher heading between (confirmed, or a named or capital line
            # that may be one) explains the start over: parts restart chapters.
            higher = any(
                (j in confirmed or cands[j].kind in ("named", "caps"))
                and cands[j].rank < cands[first].rank
                for j in range(members[b - 1] + 1, restart)
            )
            listed = cands[members[b - 1]].start - cands[first].start
            body = max(cands[end].start - cands[restart].start, 1)
            if not higher and b - a >= 2 and listed < 0.1 * body:
                drop.update(members[a:b])
    return drop
