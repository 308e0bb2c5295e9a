"""Clause ``roman_run_over_text``: bare Roman chapter numbers with text right under them.

A bare or titled number with text right under it is no heading candidate in
``find_headings`` ("1 Cit. You shall ha't", a numbered list item). Russian e-books
set a novel's chapters otherwise: one paragraph per line and no blank line, "I" /
"Каждый день над рабочей слободкой ..." (Gorky's "Мать", "Фома Гордеев", Gogol's
"Тарас Бульба", Chekhov's "Дуэль"), or the number over its title, "IV" / "Третий сын
Алеша" / blank ("Братья Карамазовы"): 462 chapter numbers of 39 of the 373 RusLit
works were lost, whole novels came out as one section.

A bare Roman numeral ("IV", "XII.") alone on its line stays a candidate though text
follows when it is one of a run of at least ``MIN_RUN`` such lines whose values
count on by one (I, II, III ...; a run restarts at I, a new part or book). Lines
of one value each, or numbers that skip, stay out as before. And the run must number
chapters, not stanzas: the median distance between its numbers is at least
``MIN_CHAPTER_CHARS`` (a song's stanzas "I." / "Blow, blow, thou winter wind" in As
You Like It are 144 characters apart, Nekrasov's verse parts 206-917; the prose
chapters above 3,000, Gorky's shortest articles 1,041 at the least). Cost: one pass
over the candidates.

Clause ``roman_run_over_text_gap`` (review, session 27): a run goes on over one
missing number (IV right after II), as a source loses one: Gorky's "Фома Гордеев"
in RusLit reads "111" for III and a Cyrillic "Х" for X, so its run I, II, IV ... IX,
XI ... XIII broke at IV and none of its 13 chapters counted. Two numbers missing in
a row still end the run; the run still starts at I and keeps the distance clause.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

MIN_RUN = 3
MIN_CHAPTER_CHARS = 1000
ROMAN_SERIES = "num:#:roman"


def roman_run_lines(cands: Sequence) -> set[int]:
    """Line indices of bare Roman numeral candidates (``kind`` "numeral", no title
    after the number) that stand in a counting run of ``MIN_RUN`` or more whose
    numbers stand a median ``MIN_CHAPTER_CHARS`` or more apart (one number may be
    missing between two of the run, clause ``roman_run_over_text_gap``)."""
    bare = [c for c in cands if c.kind == "numeral" and c.series == ROMAN_SERIES]
    out: set[int] = set()
    run: list = []
    for c in bare:
        if run and run[-1].value < c.value <= run[-1].value + 2:  # _gap: one may be missing
            run.append(c)
            continue
        out.update(_chapters(run))
        run = [c] if c.value == 1 else []
    out.update(_chapters(run))
    return out


def _chapters(run: list) -> list[int]:
    """The lines of ``run`` if it is long enough and its numbers far enough apart."""
    if len(run) < MIN_RUN:
        return []
    gaps = [b.start - a.start for a, b in zip(run[:-1], run[1:], strict=True)]
    return [c.line for c in run] if statistics.median(gaps) >= MIN_CHAPTER_CHARS else []
