"""Clause ``numbered_paragraphs``: a lone number that opens a numbered paragraph (an
aphorism, a verse, a numbered section: "1" / "It is often enough, and always with great
surprise, ..." in Nietzsche's *Human, All Too Human*) is content, not a page number.

Rule ``page_furniture``'s chains take every lone number that steps 1-3 above the one
before, 8-400 lines on. A book whose paragraphs are numbered on their own lines
("1", "2", ... between blank lines, the aphorisms of pg38145, the sections of
Aristotle's *Poetics*) laid out as pages mixes two such series, and the chains ran
through both: laid out as pages of 40 lines, the base rule cut 136 aphorism numbers
of pg38145 (its page length read 23 for 43).

A page break falls inside a sentence more often than not; a numbered paragraph's
number never does. So the lone page lines that stand in a sentence (clause
``mid_sentence``'s test) and the page lines with a text ("Chapter 3 ... 42") are
the anchors, less those out of order (the longest run of anchors whose numbers rise
with the lines: a heading without a period above aphorism "1" reads as in a
sentence). A lone page line between sentences is kept as a page line only when its
number is where the anchor before or the one after it puts the page: the anchor's
number plus the pages (the page length) between them, give or take 1 and a quarter
of those pages. Aphorism "5" between the anchors "9" and "10" is text; a manual's
pages 2-12 that all end on a paragraph (debmake-doc's chapter 2) step from the page
"14" after them. Clause ``number_held``: nor one whose number an anchor less than
half a page away has (page "28" ends a sentence 11 lines above the aphorism "28",
where the two series cross; a number printed at the top and the foot of one page
stands most of a page apart). Cost: one pass
over the page lines.
"""

from __future__ import annotations

import bisect

from transforms.rising_runs import longest_rising

MIN_RUN = 5  # anchors in a rising run of its own (clause restart_runs), as the chains


def _rising(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``points`` (line, value; in line order) whose values rise."""
    return [points[i] for i in longest_rising([value for _, value in points])]


def _runs(points: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The rising runs of ``points`` (line, value; in line order), in line order: the
    longest, then again before its first line and after its last, each a run of pages
    (``_paged``)."""
    # Clause restart_runs: a document whose page numbers start again (the Valgrind
    # manual's books each from "1": Quick Start 1-3, User Manual, FAQ, ..., the GPL 1-15)
    # has one rising run per numbering. The longest rising run of the whole took one
    # book's anchors and left every other book's out, so their page lines read as
    # paragraph numbers and stayed in the text with their heads ("29" / "Using and
    # understanding the Valgrind core": 70 lines of valgrind_manual.txt, 51 of -layout).
    out, todo = [], [points]
    while todo:
        part = todo.pop()
        run = _rising(part)
        if not run or out and not _paged(run, out[0]):
            continue
        out.append(run)
        todo.append([p for p in part if p[0] < run[0][0]])
        todo.append([p for p in part if p[0] > run[-1][0]])
    return sorted(out)


def _paged(run: list[tuple[int, int]], first: list[tuple[int, int]]) -> bool:
    """Whether ``run`` is a numbering of its own beside the longest run ``first``:
    ``MIN_RUN`` anchors, of its steps ``MIN_RUN`` - 1 and at least half a page of
    ``first``'s length a number (half to twice). A plain contents list's chapter
    numbers ("Introduction . . ." / "2", read as in a sentence: R-lang's 2, 3, 4, 8 on
    lines 26-155, R-FAQ's 3, 6, 8 on 52-156) are no run of pages and stay out (gri's 7,
    at 61 lines a number, pass: its "3" and "5" are cut as on main)."""
    page = _page_length([first])
    steps = [
        page * 0.5 <= (b[0] - a[0]) / (b[1] - a[1]) <= 2 * page
        for a, b in zip(run, run[1:], strict=False)
    ]
    return sum(steps) >= max(MIN_RUN - 1, len(steps) / 2)


def _page_length(runs: list[list[tuple[int, int]]]) -> float:
    """The median lines per page number between consecutive points of each of ``runs``
    (0 if none)."""
    r = sorted(
        (b[0] - a[0]) / (b[1] - a[1]) for run in runs for a, b in zip(run, run[1:], strict=False)
    )
    return r[len(r) // 2] if r else 0.0


def _beside(lines: list[str], i: int) -> int:
    """How many of line ``i``'s two neighbours have text."""
    return sum(0 <= k < len(lines) and bool(lines[k].strip()) for k in (i - 1, i + 1))


def paragraph_numbers(
    values: dict[int, int],
    lone: set[int],
    in_sentence: set[int],
    page: float,
    lines: list[str] | None = None,
) -> set[int]:
    """The lone page lines (``lone``, line indexes into ``values``: line -> number)
    that number a paragraph, not a page (module doc). ``in_sentence``: the page lines
    whose block stands inside a sentence; ``lines``: the text's lines (clause
    ``held_by_a_mark``)."""
    runs = _runs(sorted((i, v) for i, v in values.items() if i not in lone or i in in_sentence))
    anchors = [a for run in runs for a in run]
    if not anchors:
        return set()
    # Clause anchor_pages: the page length read from the anchors, where they step (the
    # chains' median ran through both series: pg38145's read 23 for 43).
    page = _page_length(runs) or page
    held: dict[int, list[int]] = {}
    for i, v in values.items():
        if i not in lone or i in in_sentence:
            held.setdefault(v, []).append(i)
    out = set()
    for i in lone - in_sentence:
        v = values[i]
        # Clause number_held: a page line in a sentence half a page away has the number.
        holders = [j for j in held.get(v, ()) if abs(i - j) < 0.5 * page]
        # Clause held_by_a_mark: not when this line stands apart, as a folio does, and
        # each holder has text on both sides, as a mark in running text does: the zoo
        # vignette's footnote mark "5" (a data row above, its note below) 4 lines over
        # page 5's folio ("" / "5" / "" / "Achim Zeileis, Gabor Grothendieck"), which
        # the clause left in the text. The line is then judged as any other (where the
        # anchors put page 5). A folio under its head ("THE BOOK" / "31" / "") still
        # holds its number from an aphorism "31" set apart below it.
        mark = lines is not None and _beside(lines, i) == 0
        if holders and not (mark and all(_beside(lines, j) == 2 for j in holders)):
            out.add(i)
            continue
        k = bisect.bisect_left(anchors, (i, -1))
        near = [anchors[j] for j in (k - 1, k) if 0 <= j < len(anchors)]
        if not any(
            abs(v - va - (i - la) / page) <= 1 + 0.25 * abs(i - la) / page for la, va in near
        ):
            out.add(i)
    return out
