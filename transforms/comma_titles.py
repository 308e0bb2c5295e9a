"""Titles in capitals that end in a comma (part of ``transforms.sections``' title rules).

Clause ``comma_title_runs_on`` (session 47; widened in session 48): a heading in capitals
whose title ends in a comma goes on, after at most one blank line, on lines in capitals,
the last of them ending the title on ".", "!" or "?" and set off by a blank line:
Henty's "A BRUSH WITH THE CHINESE," / "" / "AND WHAT CAME OF IT." and "WHITE-FACED DICK,"
/ "" / "A STORY OF PINE-TREE GULCH." (Tales of Daring and Danger), whose titles stopped at
the comma. Session 48:

* clause ``comma_title_lines``: a line between that does not end the title goes on when it
  ends in a comma or a word no title ends on (``_GOES_ON``: "OR, THE"), up to
  ``MAX_REST_LINES`` lines: Dryden's "ALMANZOR AND ALMAHIDE," / "OR, THE" / "CONQUEST OF
  GRANADA." (Scott's Dryden, vol. 4), titled by its first line only in session 47;
* clause ``comma_title_named``: a named division ("PROLOGUE,", "EPILOGUE,", "APPENDIX,")
  goes on too, not only a title a contents list names: "PROLOGUE," / "SPOKEN BY MR
  BETTERTON." (Dryden's plays, vols. 2, 6-10), "APPENDIX," / "ADDRESSED TO TEACHERS."
  (Carroll's Symbolic Logic), which were two headings or a bare "PROLOGUE,";
* clause ``comma_title_mixed_rest``: when the title does not go on and the next line (at
  most one blank between) has a lower-case letter, the title's trailing comma is cut:
  "THE HUNTING OF THE SNARK," / "" / "An Agony in Eight Fits." (Carroll's Rhyme? And
  Reason?) is titled "THE HUNTING OF THE SNARK"; the subtitle stays text.

Session 49 (clause ``caps_possessive``): a possessive "'s" after a capital is no lower-case
letter of a line in capitals: Scott's Dryden vol. 12's "PREFACE ON TRANSLATION," / "" /
"PREFIXED TO DRYDEN's SECOND MISCELLANY," / "" / "PUBLISHED IN 1685." was cut at the first
comma (its rest read as mixed case), now one title of three lines.

Guards: a line with a lower-case letter (but ``caps_possessive``), a line longer than ``TITLE_LINE_CHARS``, a line
in the lines other titles took, a last line with text right under it, a line between
that ends on a word a title may end on ("OR, THE PRINCE" goes no further) is not taken.
"""

from __future__ import annotations

import re

from transforms import headings as hd
from transforms.contents import TITLE_LINE_CHARS, Lines

COMMA_TITLE_KINDS = ("listed", "named")  # clause comma_title_named: "named" since session 48
MAX_REST_LINES = 3  # clause comma_title_lines: lines after the comma line, at most
# Clause comma_title_lines: a line that ends so goes on ("OR, THE", "THE HISTORY OF").
_GOES_ON = re.compile(r"(?:,|\b(?:THE|A|AN|OF|AND|OR|NOR|BUT|BY|TO|IN|ON|AT|FOR|FROM|WITH))$")
# Clause caps_possessive: "DRYDEN's", "OVID’s": the "s" a capital's apostrophe carries
_POSSESSIVE = re.compile(r"(?<=[A-Z]['’])s\b")


def _has_lower(line: str) -> bool:
    """A lower-case letter in ``line``, a possessive "'s" after a capital aside (clause
    ``caps_possessive``)."""
    return any(map(str.islower, _POSSESSIVE.sub("", line)))


def is_comma_title(c: hd.Candidate) -> bool:
    """A heading of the kinds the clauses read, in capitals, its title ending in a comma."""
    return c.kind in COMMA_TITLE_KINDS and c.title[-1:] == "," and not _has_lower(c.title)


def _next_line(lines: Lines, i: int) -> int:
    """The line after ``i``, past at most one blank line."""
    j = i + 1
    if j < len(lines.texts) and lines.blank[j]:
        j += 1
    return j


def comma_title_rest(lines: Lines, c: hd.Candidate, taken: set[int]) -> int | None:
    """Clauses ``comma_title_runs_on``, ``comma_title_lines``: the line that ends the
    title, or None (the title is the heading's line)."""
    n, i = len(lines.texts), c.line
    for _ in range(MAX_REST_LINES):
        i = _next_line(lines, i)
        if i >= n or lines.blank[i] or i in taken:
            return None
        line = lines.texts[i]
        if _has_lower(line) or not any(map(str.isupper, line)):
            return None
        if len(line) > TITLE_LINE_CHARS:
            return None
        if line.rstrip("'\"’”)]")[-1:] in ".!?":  # the title ends there
            return i if i + 1 >= n or lines.blank[i + 1] else None
        if not _GOES_ON.search(line.rstrip()):
            return None
    return None


def title_rest_lines(lines: Lines, head: int, last: int) -> list[int]:
    """The lines of a title after its heading's line ``head`` up to ``last``, blank
    lines aside (one line for every title rule but ``comma_title_lines``)."""
    return [k for k in range(head + 1, last + 1) if not lines.blank[k]]


def mixed_rest(lines: Lines, c: hd.Candidate) -> bool:
    """Clause ``comma_title_mixed_rest``: the line after the comma title (at most one
    blank line between) has a lower-case letter: the comma is cut from the title."""
    i = _next_line(lines, c.line)
    return i < len(lines.texts) and not lines.blank[i] and _has_lower(lines.texts[i])
