"""Clause ``page_break_evidence``: pdftotext's page breaks as evidence for rule
``page_furniture``.

pdftotext (plain or ``-layout``) ends every page with a form feed. ``normalize``
removes the form feeds (the text and its offsets stay as they are) and notes the
lines of the normalized text that open a page (``Document.page_breaks``, from
:func:`page_break_lines`). ``page_furniture`` reads its page numbers from the
numbers alone, and so also cut lone numbers inside a page: footnote numbers ("2"
over its note), a plain contents list's chapter numbers, line numbers of code and
critical editions, an aphorism's number where its series runs beside the page
numbers (pg38145). With the breaks (:func:`off_page_numbers`), a lone number the
rule cut stays in the text when it stands beyond the page's head or foot block and

* its number does not count the pages as the page lines around it do (offset: the
  number less the breaks before it; a folio keeps its offset wherever pdftotext put
  it, reledmac's odd folios stand up to 54 lines from their break, under the page's
  marginal notes and code line numbers), or
* its page already has a page line at its edge that does (a page has one number).

The block: the distance (non-blank lines to the nearer break) most of the cut lone
numbers stand at, plus one line, at least 2 (most manuals 0-1; jurabook's folio
under "JURABOOK" / "3" at 2, under "JURABOOK" / "3" / "3.3" at 3). The breaks are
trusted only where at least half of the cut page lines share their offset with 2
of their 8 neighbours: form feeds that part chapters, not pages (a text file's
sections, a C source's ^L), leave the rule as it was. Nothing is newly cut: the
rule runs again with those lines left out of the cut only. Cost: one pass over the
lines and a second run of the rule, for texts with form feeds only.
"""

from __future__ import annotations

import bisect
import collections
import re

MIN_BREAKS = 3  # form feeds a text needs before its breaks are read as pages
MIN_WINDOW = 2  # non-blank lines between a page line and its break, at least allowed
MAX_LINE = 80  # as page_furniture
NEIGHBOURS = 4  # page lines each side whose offsets a page line's is compared with
_NUMBERED = re.compile(r"(\d{1,4})(?:[ \t]+\S.*)?|.*\S[ \t]+(\d{1,4})")


def page_break_lines(raw: str, text: str) -> tuple[int, ...]:
    """The lines of ``text`` (``raw`` normalized) that open a page: those after a
    form feed in ``raw``; () when ``raw`` has fewer than ``MIN_BREAKS`` or when the
    lines no longer match (normalization made more or fewer lines than counted here).

    Clause ``page_break_evidence_blank_pages`` (review): a form feed inside a line is
    a line break to ``normalize`` (clause line_break_controls), and pdftotext writes a
    blank page as a form feed alone, so a book's blank verso gives "\\f\\fText": one
    line of the raw text, two of the normalized one. Every such PDF lost all its
    breaks; now each raw line is split as normalize splits it, and a line after a
    form feed, at a line's start or inside it, opens a page (a blank page is a page:
    the page count the folios are read against counts it).
    """
    if raw.count("\f") < MIN_BREAKS:
        return ()
    from transforms.normalize import _LINE_CONTROL, _OTHER_CONTROL  # normalize imports us

    out, n = [], 0
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _OTHER_CONTROL.sub("", line)
        if line.startswith("\f"):
            out.append(n)
        for m in _LINE_CONTROL.finditer(line):
            n += 1
            if m.group() == "\f":
                out.append(n)
        n += 1
    return tuple(out) if n == text.count("\n") + 1 else ()


def cut_lines(text: str, edits) -> set[int]:
    """Indexes of the lines of ``text`` that ``edits`` remove whole."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    out = set()
    for e in edits:
        i = bisect.bisect_left(starts, e.start)
        while i < len(starts) - 1 and starts[i + 1] - 1 <= e.end:
            out.add(i)
            i += 1
    return out


def _value(line: str) -> int | None:
    """The page number a cut line holds ("12", "Chapter 1: Introduction 4"), or None."""
    m = _NUMBERED.fullmatch(line.strip()) if len(line) <= MAX_LINE else None
    return int(m.group(1) or m.group(2)) if m else None


def edge_distances(lines: list[str], breaks: tuple[int, ...]) -> dict[int, int]:
    """For each non-blank line, how many non-blank lines stand between it and the
    nearer end of its page (0: the page's first or last line)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    ranks = sorted({bisect.bisect_left(filled, b) for b in breaks})
    out = {}
    for rank, i in enumerate(filled):
        k = bisect.bisect_right(ranks, rank)
        after = rank - ranks[k - 1] if k else len(filled)
        before = ranks[k] - rank - 1 if k < len(ranks) else len(filled)
        out[i] = min(after, before)
    return out


def _window(dist: dict[int, int], lone: set[int]) -> int:
    """The head or foot block's size: the distance most cut lone numbers stand at,
    plus one line (a head block one line longer on some pages), at least 2."""
    counts = collections.Counter(dist[i] for i in lone)
    mode = max(counts, key=lambda d: (counts[d], -d))  # a tie: the nearer distance
    return max(MIN_WINDOW, mode + 1)


def off_page_numbers(lines: list[str], breaks: tuple[int, ...], cut: set[int]) -> set[int]:
    """The lone-number lines of ``cut`` (what the rule cuts without the breaks) that
    are no page numbers (module doc); empty when the breaks are not pages."""
    if len(breaks) < MIN_BREAKS:
        return set()
    dist = edge_distances(lines, breaks)
    lone = {i for i in cut if i in dist and lines[i].strip().isdigit()}
    if not lone:
        return set()
    window = _window(dist, lone)
    # A page line's offset: its number less the breaks before it (page 25 on the 31st
    # page: -6); the same from page to page wherever on its page the number stands.
    numbered = [
        (i, v - bisect.bisect_right(breaks, i))
        for i in sorted(cut)
        if i in dist and (v := _value(lines[i])) is not None
    ]
    agree = {
        i: sum(o == off for _, o in numbered[max(0, n - NEIGHBOURS) : n + NEIGHBOURS + 1]) > 2
        for n, (i, off) in enumerate(numbered)
    }
    # Form feeds that part chapters, not pages, leave the rule as it was.
    if 2 * sum(agree.values()) < len(numbered):
        return set()
    # A page with its own number at its edge has no other: a second one inside it is a
    # paragraph's (pg38145's aphorisms, where the two series run side by side).
    page = {i: bisect.bisect_right(breaks, i) for i, _ in numbered}
    at_edge = {page[i] for i, _ in numbered if dist[i] <= window and agree[i]}
    return {i for i in lone if dist[i] > window and (not agree[i] or page[i] in at_edge)}
