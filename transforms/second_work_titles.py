"""The second work's title in a volume of two works (session 57).

A Gutenberg file may hold two works, the second's title in capitals set apart right
over a numbering that starts over: Hapgood's Tolstoy, What to Do?, whose "CHAPTER I."
.. "CHAPTER XX." are followed by "ON THE SIGNIFICANCE OF SCIENCE AND ART." over a new
"CHAPTER I." .. "CHAPTER VII.". The line is no confirmed heading (one line in capitals
over a chapter, no pair of titles for ``work_titles_over_restarts``), so the second
work's chapters sat beside the first work's, and the first work's last chapter held
the title. Clause:

``second_work_over_restart``
    a numbered division valued 1 (ranked as a chapter or above) whose series has
    already reached 2 or more is a restart; the nearest line over it, when only blank
    lines stand between, is the second work's title when it is in capitals (two words
    or more of letters, no lowercase letter, at most ``_MAX_TITLE`` characters), set
    apart (a blank line over it), no confirmed heading, not in a contents list, no
    closing line ("THE END", "FINIS", "TO BE CONTINUED", "HERE ENDS ...") or imprint
    ("PRINTED BY ..."), no apparatus ("NOTES", "INDEX", ...), and its text stands at
    most twice in the file (a running head repeats). It becomes a heading at the
    restarted division's rank (the first work's chapters' level), and that series'
    divisions from the restart on (to the next restart) rank one lower:
    the second work's chapters sit under its title. The first work's title (on the title
    page) gets no heading, so the pair is lopsided: its chapters stay at the level of
    the second work's title, their paths unchanged; the second work's chapters' paths
    gain its title, and no path loses one (paragraph and sentence starts, hence
    window starts, are the same: the title line was a paragraph already). Guards:
    ``restart_right_after_its_series``: the confirmed heading right before the restart
    is a division of the same series (the first work's last chapter; where other
    headings stand between, as works' titles in a collection, other rules placed them:
    Collins' Little Novels, Alcott's Silver Pitchers); ``title_again_is_a_volume``: a
    line whose text stands before the series' first division too (Scott's The Heart of
    Mid-Lothian, its title over volume 2's "CHAPTER FIRST.") is the book's own title
    over a volume, no second work; ``title_line_no_division``: a line a division rule
    reads ("BOOK II", "PART I.—THE DESCENT OF MAN.", in Dumas' My Memoirs' contents and
    Darwin's Descent of Man) is a division, no work's title; ``first_work_has_text``: the
    first work's last division runs ``_MIN_LAST`` characters or more up to the title (a
    contents list confirmed as headings restarts too: Darwin's "PART II. ..." entries
    then the body's title over "PART I.—"). The numbering restart is the evidence: a line in
    capitals over a series' first "CHAPTER I." is left to the other rules.

Cost: one pass over the confirmed headings; the line tests only at restarts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from transforms import headings as hd
from transforms.work_titles import APPARATUS

if TYPE_CHECKING:
    from transforms.contents import Lines

_DIVISIONS = ("keyword", "ordinal", "numeral", "numbered")
_MAX_TITLE = 80
_MIN_LAST = 2000  # characters of the first work's last division, at least
# Closing and imprint lines (review: "TO BE CONTINUED.", "HERE ENDS THE FIRST BOOK.",
# "PRINTED BY ..." over a restart are no title).
_CLOSING = re.compile(
    r"(?:THE\s+)?END\b|FINIS\b|CONCLUDED\b|TO\s+BE\s+CONTINUED\b|HERE\s+END|PRINTED\s+BY\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{2,}")
SERIES = "caps:second_work"


def _title_line(lines: Lines, i: int, in_list) -> bool:
    t = lines.texts[i]
    return (
        len(t) <= _MAX_TITLE
        and len(_WORD.findall(t)) >= 2
        and t.upper() == t
        and i > 0
        and lines.blank[i - 1]
        and not in_list[i]
        and not _CLOSING.match(t)
        and not APPARATUS.match(t)
        and lines.texts.count(t) <= 2
        # Guard title_line_no_division: "BOOK II" / "PART I.—THE DESCENT OF MAN." over a
        # "CHAPTER I" is a division of its own (Dumas' My Memoirs' contents, Darwin).
        and not any(
            c.kind in _DIVISIONS for c in hd.line_candidates(t, lines.starts[i], i, lines.ends[i])
        )
    )


def _in_front(lines: Lines, i: int, first: int) -> bool:
    """Guard ``title_again_is_a_volume``: the line's text stands before the series'
    first division too (the book's title over its volume 2)."""
    key = lines.texts[i].strip(" .").upper()
    return any(t.strip(" .").upper() == key for t in lines.texts[:first])


def second_work_titles(
    lines: Lines, confirmed: list[tuple[hd.Candidate, int]], in_list
) -> list[tuple[hd.Candidate, int]]:
    """Clause ``second_work_over_restart`` (module docstring)."""
    seen: dict[str, int] = {}  # series -> highest value so far
    at = {c.line for c, _ in confirmed}
    out = list(confirmed)
    work = None  # (series, rank) of the restarted numbering under an added title
    first: dict[str, int] = {}  # series -> line of its first division
    for k, (c, rank) in enumerate(confirmed):
        if c.kind not in _DIVISIONS or c.value is None:
            continue
        first.setdefault(c.series, c.line)
        restart = c.value == 1 and seen.get(c.series, 0) >= 2 and rank <= hd.CAPS_RANK
        # Guard restart_right_after_its_series: the heading before is the series' own.
        if restart and confirmed[k - 1][0].series == c.series:
            work = None
            i = c.line - 1
            while i >= 0 and lines.blank[i]:
                i -= 1
            if (
                i >= 0
                and i not in at
                and _title_line(lines, i, in_list)
                and not _in_front(lines, i, first[c.series])
                # Guard first_work_has_text: a contents' run ("CHAPTER VIII" then "BOOK II"
                # / "CHAPTER I", a few hundred characters apart) is no first work.
                and lines.starts[i] - confirmed[k - 1][0].start >= _MIN_LAST
            ):
                t = " ".join(lines.texts[i].split())
                title = hd.Candidate(lines.starts[i], lines.ends[i], i, "caps", rank, t, SERIES)
                out.append((title, rank))
                work = (c.series, rank)
        if work and c.series == work[0] and rank == work[1]:
            out[k] = (c, rank + 1)  # the work's own divisions, a level under its title
        seen[c.series] = max(seen.get(c.series, 0), c.value)
    return sorted(out, key=lambda cr: cr[0].start)
