"""Clauses ``play_block_names_its_part`` and ``part_title_page_once`` (session 52): a play in
parts is named over each part.

Scott's Dryden vol. 4 prints Dryden's two-part play as "ALMANZOR AND ALMAHIDE," / "OR, THE" /
"CONQUEST OF GRANADA." / "THE FIRST PART." over the first part's "ACT I. SCENE I.", and the
same block with "THE SECOND PART." over the second part's "ACT I". Only the last line, an
ordinal part ("THE FIRST PART.", rank 9, the rank of the volume's other plays), was a heading:
the play's name stood in the persons list's section before it, and the two parts read as two
works of the volume with no title in common. Ranks are whole numbers and the plays and the
parts share one, so there is no level between them; instead the part's heading takes the whole
block, its lines joined ("ALMANZOR AND ALMAHIDE, OR, THE CONQUEST OF GRANADA. THE FIRST PART.")
and starts at the block's first line: the play's title is in each part's path.

Clause ``part_title_page_once``: the second part has a title page of its own before its
prologue ("ALMANZOR AND ALMAHIDE:" ... "A TRAGEDY." / "THE SECOND PART.") and the block over
its ACT I again, so "THE SECOND PART." headed twice: the prologue, then the acts. When the same
part (series and number) is confirmed earlier with no act between, that earlier heading takes
the block's title and the block adds no heading: one part holds its prologue and its acts.

Clause ``part_title_page_starts_it`` (session 53): that earlier heading is the title page's
last line; the page's lines above it ("ALMANZOR AND ALMAHIDE:" / "OR, THE" / "CONQUEST OF
GRANADA" / "BY THE" / "SPANIARDS." / "A TRAGEDY.", one blank line between two) stayed at the
end of the first part. The part now starts at the page's first line: short lines in capitals
over the part heading, at most one blank line between two and ``_PAGE_LINES`` in all, set
apart above by two blank lines (not found: the start stays).

Guards: a volume of plays (``first_acts``); the title block of ``play_title_over_act_one``
(``title_block``: set apart, right over the act, short lines in capitals) with two lines or
more, its last line the part heading confirmed right before the act numbered 1; no persons
list's line or apparatus as the block's first line.

Cost: a pass over the confirmed headings; a few lines read above each act numbered 1.
"""

from __future__ import annotations

from dataclasses import replace

from transforms import headings as hd
from transforms.contents import Lines
from transforms.play_title_blocks import ACT_SERIES, first_acts, title_block
from transforms.work_titles import APPARATUS, PERSONS

_PART_SERIES = ("ord:part", "kw:part")
_PAGE_LINES = 8  # lines of a part's title page, at most (clause part_title_page_starts_it)
_PAGE_CHARS = 60  # a title page's line, at most


def _same_part_before(confirmed: list, k: int, part: hd.Candidate) -> int | None:
    """Index of an earlier heading of ``part``'s series and number, with no act between it and
    ``confirmed[k]`` (clause ``part_title_page_once``), or None."""
    for j in range(k - 1, -1, -1):
        c = confirmed[j][0]
        if c.series in ACT_SERIES:
            return None
        if c.series == part.series and c.value == part.value:
            return j
    return None


def _page_top(lines: Lines, line: int) -> int | None:
    """Clause ``part_title_page_starts_it`` (module docstring): the first line of the title
    page that ends on the part heading at ``line`` (short lines in capitals, at most one blank
    line between two, set apart above by ``_PAGE_APART`` blank lines), or None."""
    top, j = line, line - 1
    while j >= 0 and line - j <= 2 * _PAGE_LINES:
        if lines.blank[j]:
            if j and lines.blank[j - 1]:
                break  # set apart: the page starts at ``top``
            j -= 1
            continue
        t = lines.texts[j]
        if len(t) > _PAGE_CHARS or t.upper() != t or not any(map(str.isalpha, t)):
            return None  # text right over the part: no title page
        top, j = j, j - 1
    else:
        if j >= 0:
            return None  # too many lines: a column of names
    return top if top < line else None


def play_titles_over_parts(
    lines: Lines, confirmed: list[tuple[hd.Candidate, int]]
) -> list[tuple[hd.Candidate, int]]:
    """Clauses ``play_block_names_its_part`` and ``part_title_page_once`` (module
    docstring): ``confirmed`` with each part of a play in parts titled by the play's block."""
    firsts = first_acts(confirmed)
    if not firsts:
        return confirmed
    out = list(confirmed)
    dropped = set()
    for k in firsts:
        act = out[k][0]
        if act.second or not k:
            continue
        part, rank = out[k - 1]
        if part.series not in _PART_SERIES or part.line == act.line:
            continue
        block = title_block(lines, act.line)
        if block is None or block[1] != part.line or block[0] == block[1]:
            continue
        top, last = block
        if PERSONS.match(lines.texts[top]) or APPARATUS.match(lines.texts[top]):
            continue
        title = " ".join(" ".join(lines.texts[top : last + 1]).split())
        # Review (session 52): a heading already on the block's lines above the part (the
        # contents' "ALMANZOR AND ALMAHIDE, OR, THE CONQUEST OF GRANADA." on its first line)
        # is now in the part's title: dropped, not left as an empty section beside it.
        dropped.update(i for i in range(k - 1) if top <= out[i][0].line < last)
        j = _same_part_before(out, k - 1, part)
        if j is not None:
            page = out[j][0]
            first = _page_top(lines, page.line)  # clause part_title_page_starts_it
            start = page.start if first is None else lines.starts[first]
            if first is not None:
                dropped.update(i for i in range(j) if first <= out[i][0].line < page.line)
            out[j] = (replace(page, start=start, title=title), out[j][1])
            dropped.add(k - 1)
        else:
            out[k - 1] = (replace(part, start=lines.starts[top], title=title), rank)
    if dropped:
        out = [p for i, p in enumerate(out) if i not in dropped]
    return out
