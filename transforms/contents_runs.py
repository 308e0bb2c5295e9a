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
        for k, (a, b) in enumerate(zip(starts, starts[1:], strict=False)):
            first, restart = members[a], members[b]
            # starts[k + 1] is b (clause contents_run_linear, session 41: starts.index(b)
            # made a run of restarts, "CHAPTER I" over and over, quadratic)
            end = members[starts[k + 2] - 1] if k + 2 < len(starts) else members[-1]
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


def listed_list(cands: list[hd.Candidate], text) -> list[hd.Candidate]:
    """Clause ``listed_list`` (rules ``listed``, ``glued_heading``): ``cands`` less the
    runs of three or more lines those rules take ("listed" candidates) with no real text
    between (``text.between``) whose titles all head later candidates: a preface that
    lists the chapters ("This manual is divided into four chapters:" / "1 Introduction" /
    blank / "2 Installation" ...) named the contents list's entries first, and made four
    empty sections above the chapters themselves."""
    later: dict[str, int] = {}
    for c in cands:
        later[" ".join(c.title.split()).casefold()] = c.line
    runs: list[list[hd.Candidate]] = []
    for c in cands:
        if c.kind != "listed":
            continue
        if runs and not text.between(runs[-1][-1].line, c.line):
            runs[-1].append(c)
        else:
            runs.append([c])
    drop = set()
    for run in runs:
        last = run[-1].line
        titles = [" ".join(c.title.split()).casefold() for c in run]
        if len(run) >= 3 and all(later.get(t, -1) > last for t in titles):
            drop.update(c.line for c in run)
    return [c for c in cands if c.kind != "listed" or c.line not in drop]
