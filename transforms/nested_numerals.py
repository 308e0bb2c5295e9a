"""Rule ``lower_roman_under_upper`` (session 30): a book that numbers its chapters with
capital Roman numerals and each chapter's sections with small ones ("-II-" / "--i--"
.. "--vi--" / "-III-" / "--i--" .., Galdós' Fortunata y Jacinta, Project Gutenberg)
set both as bare numerals of the same rank: the 193 sections stood beside their
chapters, at the same level.

Of the confirmed bare Roman numerals, take the series of small ones and the series of
capital ones that hold the most headings ("--i--" and "-I-"). Where the small numerals
come only after the first capital one, the first small numeral under each capital one
is "i" and they rise under it (a gap is the source's: Fortunata's chapter VII goes
"--i--", "--iii--"), in at least ``MIN_RUNS`` chapters and half of them, the small
numerals rank one under the capital ones. Clause ``small_numeral_slips``: the source's
slips ("--III--" for "-III-", a chapter numeral missing, so a run restarts without one)
are let pass up to ``MAX_SLIPS`` of the small numerals (Fortunata: 4 of 193). A small
series that goes on across a capital numeral (a list "i" .. "ix" run through a chapter
break) or starts before the first chapter keeps its rank.
"""

from __future__ import annotations

from transforms import headings as hd

MIN_RUNS = 3
MAX_SLIPS = 0.05
_MARKS = "-—–~*=#§[(<«]>».:) \t"


def _case(c: hd.Candidate) -> str:
    """ "lower" or "upper" for a bare Roman numeral heading, else ""."""
    if c.kind != "numeral" or not c.series.endswith(":roman"):
        return ""
    token = c.title.strip(_MARKS)
    return "lower" if token.islower() else "upper" if token.isupper() else ""


def lower_roman_under_upper(confirmed: list[tuple[hd.Candidate, float]]) -> list[tuple]:
    """``confirmed`` (candidate, rank) with the small Roman numerals one rank under the
    capital ones where they number each chapter's sections (module docstring)."""
    count: dict[str, dict[str, int]] = {"lower": {}, "upper": {}}
    for c, _ in confirmed:
        if case := _case(c):
            count[case][c.series] = count[case].get(c.series, 0) + 1
    if not count["lower"] or not count["upper"]:
        return confirmed
    low = max(count["lower"], key=count["lower"].get)
    up = max(count["upper"], key=count["upper"].get)
    runs, breaks, last, upper_rank = 0, 0, None, None
    for c, rank in confirmed:
        case = _case(c)
        if c.series == up and case == "upper":
            last, upper_rank = 0, rank
        elif c.series == low and case == "lower":
            if last is None:
                return confirmed  # a small numeral before the first chapter
            if c.value is None or c.value <= last or (last == 0 and c.value != 1):
                breaks += 1  # clause small_numeral_slips
            runs += last == 0 and c.value == 1
            last = c.value or last
    small = count["lower"][low]
    if runs < MIN_RUNS or 2 * runs < count["upper"][up] or breaks > MAX_SLIPS * small:
        return confirmed
    return [
        (c, upper_rank + 1 if c.series == low and _case(c) == "lower" else r) for c, r in confirmed
    ]
