"""A chapter's title repeated over each of its numbered parts (session 46).

Clause ``title_repeated_over_parts``: Kipling's *Sea Warfare* sets each chapter of "THE
FRINGES OF THE FLEET" in parts, the chapter's title in capitals over each part's bare
numeral: "THE AUXILIARIES" / "I", then "THE AUXILIARIES" / "II", "SUBMARINES" / "I",
"SUBMARINES" / "II", "PATROLS" / "I" ... The numerals were confirmed, the title lines
were not (a line in capitals right over a number is confirmed as a heading only where
the number starts its series over, rule ``restart``: the first chapter's title, over the
series' first "I", was lost, and every repeated title line was left in the text at the
end of the part before). Here the first line of each such run titles a chapter at a
chapter's rank (the numerals, ranked below, are its parts), and each repeated line
belongs to its part's heading (its span starts there; its title stays the numeral).

Guards (each keeps the confirmed headings as they were):
- the numerals are confirmed bare numerals ("I", "II" ...: kind ``numeral``) of one
  series, numbered 1, 2, 3 ... on from 1, each directly under a candidate line in
  capitals with only blank lines between;
- every title line of the run is the same text; two or more parts;
- a confirmed heading between two parts of the run that is not one of them ends it
  (a heading at the title's rank or above, or another numeral).

Cost: one pass over the confirmed headings and one dictionary look-up each.
"""

from __future__ import annotations

import dataclasses

from transforms import contents as ct
from transforms import headings as hd

_MIN_PARTS = 2


def titles_over_parts(
    lines: ct.Lines, kept: list[hd.Candidate], confirmed: list[tuple[hd.Candidate, int]]
) -> tuple[list[tuple[hd.Candidate, int]], dict[int, frozenset[int]]]:
    """Clause ``title_repeated_over_parts`` (module docstring): the confirmed headings
    with each run's title line confirmed and its repeats taken into their parts'
    headings (ranks unchanged), and each chapter title's line -> its parts' lines (for
    clause ``listed_work_over_parted_chapters``, transforms.listed_works)."""
    caps = {c.line: c for c in kept if c.kind == "caps" and not c.second}
    if not caps:
        return confirmed, {}
    over: dict[int, hd.Candidate] = {}  # confirmed index of a numeral -> the title over it
    for k, (c, _) in enumerate(confirmed):
        if c.kind == "numeral" and c.value is not None and not c.second:
            above = c.line - 1
            while above >= 0 and lines.blank[above]:
                above -= 1
            if above >= 0 and above in caps:
                over[k] = caps[above]
    runs: list[list[int]] = []
    run: list[int] = []
    for k, (c, _) in enumerate(confirmed):
        if k in over and c.value == 1:
            if len(run) >= _MIN_PARTS:
                runs.append(run)
            run = [k]
            continue
        if not run:
            continue
        if k + 1 in over and c.line == over[k + 1].line:
            continue  # the next part's title line, confirmed on its own (rule restart)
        first = confirmed[run[0]][0]
        if (
            k in over
            and c.series == first.series
            and c.value == confirmed[run[-1]][0].value + 1
            and over[k].title == over[run[0]].title
        ):
            run.append(k)
        else:
            if len(run) >= _MIN_PARTS:
                runs.append(run)
            run = []
    if len(run) >= _MIN_PARTS:
        runs.append(run)
    if not runs:
        return confirmed, {}
    confirmed_lines = {c.line for c, _ in confirmed}
    add: list[tuple[hd.Candidate, int]] = []
    moved: dict[int, hd.Candidate] = {}
    for run in runs:
        title = over[run[0]]
        if title.line not in confirmed_lines:
            add.append((title, title.rank))
        moved[run[0]] = confirmed[run[0]][0]
        for k in run[1:]:
            moved[k] = dataclasses.replace(confirmed[k][0], start=over[k].start)
    repeats = {over[k].line for run in runs for k in run[1:]}
    out = [
        (moved[k], r) if k in moved else (c, r)
        for k, (c, r) in enumerate(confirmed)
        if c.line not in repeats
    ]  # fmt: skip
    parts = {over[run[0]].line: frozenset(confirmed[k][0].line for k in run) for run in runs}
    out = sorted(out + add, key=lambda cr: (cr[0].line, cr[0].second))
    for run in runs:
        out = _chapters_in_last_part(out, confirmed[run[-1]], over[run[0]].rank)
    return out, parts


def _chapters_in_last_part(
    confirmed: list[tuple[hd.Candidate, int]], part: tuple[hd.Candidate, int], top: int
) -> list[tuple[hd.Candidate, int]]:
    """Clause ``part_holds_its_chapters`` (session 47): a series of headings numbered from 1
    that stands wholly inside a run's last part (after it, before the next heading ranked
    at the title's rank ``top`` or above) is that part's chapters: it ranks one below the
    part. Collins's My Miscellanies 1: "NOOKS AND CORNERS OF HISTORY." over essays "I."
    and "II.", essay II's own "I. OF THE FRENCH INVASION AS SEEN FROM ILFRACOMBE." ..
    "VI. OF HOW IT ALL ENDED." (numbered, rank 38) stood a level above the essays (bare
    numerals, rank 40). Guards: the series' first heading there is its 1; none of the
    series stands outside that stretch; each heading of the stretch is of that series."""
    at = next(k for k, (c, _) in enumerate(confirmed) if c.line == part[0].line)
    end = at + 1
    while end < len(confirmed) and confirmed[end][1] > top:
        end += 1
    inside = confirmed[at + 1 : end]
    if not inside or inside[0][0].value != 1 or inside[0][1] >= part[1]:
        return confirmed
    series = inside[0][0].series
    if any(c.series != series for c, _ in inside) or any(
        c.series == series for c, _ in confirmed[: at + 1] + confirmed[end:]
    ):
        return confirmed
    lower = [(c, part[1] + 1) for c, _ in inside]
    return confirmed[: at + 1] + lower + confirmed[end:]
