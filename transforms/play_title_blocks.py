"""Clause ``play_title_over_act_one`` (session 51): in a volume of plays, the title block
right over a play's first act heads that play.

Scott's Dryden vol. 5 prints each play's title again right over its "ACT I.", with only
blank lines between: "AMBOYNA." (its persons list above), "THE" / "STATE OF INNOCENCE," /
"AND" / "FALL OF MAN." (one line each, one blank line between). Those lines were no
headings: a line in capitals right over a number is confirmed by rule ``restart`` only when
the number ranks below it (an act ranks above a line in capitals), and the contents list's
entry went to the editor's title page before (or, for "AMBOYNA", the title is shorter than
``MIN_READER_CHARS``). The acts of Amboyna and of The State of Innocence then sat, with
nothing between, under "TRAGEDY." (the last line of Amboyna's title page). Now such a block
is a heading in capitals over the act, its lines joined ("THE STATE OF INNOCENCE, AND FALL
OF MAN."), and clause ``work_titles_over_restarts`` (transforms.work_titles) ranks it with
the volume's other titles, above the acts; a PROLOGUE right above such a block is the play's
own (it stays under the play before's title, as before: clause
``work_titles_keyword_parts`` lifts no part over a ``PLAY_BLOCK``).

Guards: a volume of plays only (two or more acts numbered 1 of one series confirmed; a single
play's title over its "ACT I." is left as it was); the block is set apart (``_APART`` blank
lines or more above it), right over the act (1 to ``_GAP`` blank lines between), each of its
lines in capitals and short (at most ``_LINE_CHARS`` characters), at most ``_LINES`` lines,
no blank line or one between them (clause
``play_block_adjacent_lines``); no persons list's line ("DRAMATIS PERSONÆ.") and no book's
apparatus (clause ``work_titles_all_caps_apparatus``'s words: the Cambridge Shakespeare vol. 8
sets "NOTES." / "NOTE I." over a note that opens "ACT I. SCENE I. In this play the Acts ...",
itself read as an act), no closing line or synopsis (guard ``play_block_no_end_or_synopsis``:
"END OF PROLOGUE.", "SYNOPSIS OF ACTS AND TABLEAUX"); no heading is
confirmed already between the play before and the act with the block's title (Dryden's
"AURENG-ZEBE." heads its title page, introduction and acts: its second "AURENG-ZEBE." over
"ACT I." adds nothing; titles compared up to a subtitle, "ALL FOR LOVE." and "ALL FOR LOVE;
OR, THE WORLD WELL LOST."), nor any line in capitals or a listed line confirmed right over the
act (that line is the title already).

Cost: a pass over the confirmed headings; a few lines read above each act numbered 1.
"""

from __future__ import annotations

import re

from transforms import headings as hd
from transforms.contents import Lines
from transforms.reader_titles import entry_title, reader_form
from transforms.work_titles import APPARATUS, PERSONS, PLAY_BLOCK

ACT_SERIES = ("kw:act", "ord:act")
_APART = 2  # blank lines over the block, at least
_GAP = 4  # blank lines between the block and the act, at most
_LINE_CHARS = 60
_LINES = 6
# Guard play_block_no_end_or_synopsis: a closing line ("END OF PROLOGUE." in Wilde's Vera,
# "END OF THE FORE SCENE" in Hardy's Dynasts) or a synopsis over its list of acts ("SYNOPSIS
# OF ACTS AND TABLEAUX" in the Henley-Stevenson Plays) is no play's title.
_NOT_TITLE = re.compile(r"(?:THE\s+)?(?:END\b|SYNOPSIS\b|ARGUMENT\b)", re.IGNORECASE)


def _short_form(title: str) -> str:
    """A title as a reader compares it, up to its subtitle: "ALL FOR LOVE; OR, THE WORLD WELL
    LOST." and "ALL FOR LOVE." are one title (``reader_form`` of ``entry_title``)."""
    return reader_form(entry_title(title)) or reader_form(title)


def title_block(lines: Lines, act: int) -> tuple[int, int] | None:
    """(first, last) line of the title block right over line ``act``, or None."""
    j, gap = act - 1, 0
    while j >= 0 and lines.blank[j]:
        j, gap = j - 1, gap + 1
    if j < 0 or not 1 <= gap <= _GAP:
        return None
    last = top = j
    count = 1  # the block's lines
    while True:
        t = lines.texts[top]
        if len(t) > _LINE_CHARS or t.upper() != t or not any(map(str.isalpha, t)):
            return None
        # Clause play_block_adjacent_lines (review, session 51): the block's lines stand one
        # under another or with one blank line between ("THE" / "WILD GALLANT." in Scott's
        # Dryden vol. 2, set without a blank line; before, only "WILD GALLANT." was read, its
        # "THE" right above, and the block was refused as not set apart).
        step = 1 if top >= 1 and not lines.blank[top - 1] else 2
        if top >= step and not lines.blank[top - step] and (step == 1 or lines.blank[top - 1]):
            top, count = top - step, count + 1
            if count > _LINES:
                return None  # a column of names (a persons list), no title
            continue
        k, over = top - 1, 0
        while k >= 0 and lines.blank[k]:
            k, over = k - 1, over + 1
        return (top, last) if over >= _APART or k < 0 else None


def first_acts(confirmed: list[tuple[hd.Candidate, int]]) -> list[int]:
    """Indices of the acts numbered 1 in ``confirmed``; none unless the text is a volume of
    plays (two or more acts numbered 1 of one series confirmed)."""
    firsts = [k for k, (c, _) in enumerate(confirmed) if c.series in ACT_SERIES and c.value == 1]
    series = {confirmed[k][0].series for k in firsts}
    if not any(sum(confirmed[k][0].series == s for k in firsts) >= 2 for s in series):
        return []  # guard: a volume of plays only
    return firsts


def play_titles_over_acts(
    lines: Lines, confirmed: list[tuple[hd.Candidate, int]]
) -> list[tuple[hd.Candidate, int]]:
    """Clause ``play_title_over_act_one`` (module docstring): ``confirmed`` with the title
    blocks over a volume's first acts added, each a heading in capitals."""
    firsts = first_acts(confirmed)
    if not firsts:
        return confirmed
    line_of = [c.line for c, _ in confirmed]
    added = []
    for k in firsts:
        act = confirmed[k][0]
        if act.second or (k and line_of[k - 1] == act.line):
            continue
        block = title_block(lines, act.line)
        if block is None:
            continue
        top, last = block
        # A confirmed heading on the block's lines or right over the act: the title already.
        if k and line_of[k - 1] >= top:
            continue
        title = " ".join(" ".join(lines.texts[top : last + 1]).split())
        if PERSONS.match(title) or APPARATUS.match(title) or _NOT_TITLE.match(title):
            continue  # guard: a persons list's line, a book's apparatus ("NOTE I.")
        # The play before ends at the last act numbered 1 above (or the text's start).
        before = max((m for m in firsts if m < k), default=-1)
        form = _short_form(title)
        if any(
            c.kind in ("caps", "listed") and _short_form(c.title) == form
            for c, _ in confirmed[before + 1 : k]
        ):
            continue
        cand = hd.Candidate(
            lines.starts[top], lines.ends[last], top, "caps", hd.CAPS_RANK, title, PLAY_BLOCK
        )
        added.append((cand, hd.CAPS_RANK))
    if not added:
        return confirmed
    out = confirmed + added
    return sorted(out, key=lambda p: (p[0].line, p[0].start))
