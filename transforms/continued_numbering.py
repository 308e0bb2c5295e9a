"""Rule ``continued_numbering``: bare numbers that go on counting a book's
keyword chapters are chapters of that series, not sections under one of them.

Some books set the chapter keyword on a few chapters only: ELTeC-rom ROM036
has "CAP. I" .. "CAP. VII", then bare "VIII" .. "XIV", "CAP. XV", bare "XVI"
.. "XXXIX" (review wtE19r of clause ``cap_abbreviation``: before this rule
the bare numbers ranked under the "CAP." headings, so chapters VIII-XIV read
as sections of chapter VII). Where the values of every chapter-keyword
heading and every bare-numeral heading, in the order of the text, count
on by one (1, 2, 3 ...) with no gap or repeat, and each kind holds at least two, the
numerals take the keyword's rank. Numbers that restart under each chapter
("CHAPTER I" / "1" "2" "3" / "CHAPTER II" / "1" ...) or skip a value do not
count on, so they keep their rank."""

from __future__ import annotations

from transforms import headings as hd


def continued_numbering(confirmed: list[tuple[hd.Candidate, float]]) -> list[tuple]:
    """``confirmed`` (candidate, rank) with the bare numerals ranked as the
    chapter keywords where they count on one series (module docstring)."""
    chapters = [(c, r) for c, r in confirmed if c.kind == "keyword" and c.series == "kw:chapter"]
    numerals = [(c, r) for c, r in confirmed if c.kind == "numeral"]
    if len(chapters) < 2 or len(numerals) < 2 or len({r for _, r in chapters}) != 1:
        return confirmed
    counted = [(c, r) for c, r in confirmed if (c, r) in chapters or c.kind == "numeral"]
    values = [c.value for c, _ in counted]
    if values != list(range(values[0], values[0] + len(values))):
        return confirmed
    rank = chapters[0][1]
    return [(c, rank if c.kind == "numeral" else r) for c, r in confirmed]
