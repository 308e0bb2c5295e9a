"""Rule ``named_sequence`` (part of ``transforms.sections``' rules): chapters
headed by a name and a number ("Ruth 1", "Ruth 2" ... in Debian's
``bible-kjv-text``; "Psalms 1" ... "Psalms 150").

A "<Name> <n>" line (``transforms.headings``, kind ``sequence``) is a heading
only when the document confirms it: the line stands alone (a blank line or the
text's edge above and below it), and it belongs to a run of at least
``MIN_RUN`` lines of the same name whose numbers advance by one (1, 2, 3 ...)
with real text (``REAL_TEXT_CHARS`` characters) between each two. A list of
"Item 1" / "Item 2" lines has no text between, an address ("Baker Street
221") or a mention stands alone, a line in a paragraph or a table is not
isolated. Unconfirmed candidates are dropped before any other rule sees them
(one in capitals goes back to being a ``caps`` candidate, as it was before
names in capitals and Roman numbers were read), so a document without such a
run keeps exactly the sections it had.

Clause ``sequence_in_chapter``: a confirmed run that stands inside one chapter
(a chapter-rank keyword heading, "CHAPTER II", before its first member, none
between its members, another after its last: a history's "EDWARD I", "EDWARD
II", "EDWARD III" within "CHAPTER II") divides chapters: then every confirmed
run of the document ranks ``SUB_RANK``, a level below the chapters, instead of
beside them (where it cut its chapter off at its first member). The KJV's
"Ruth 1" ... with no chapter keyword around keep the chapter rank.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from transforms import headings as hd
from transforms.contents import REAL_TEXT_CHARS, Lines

MIN_RUN = 3
SUB_RANK = hd.NAMED_RANK + 1  # clause sequence_in_chapter: just below a chapter


def _isolated(lines: Lines, i: int) -> bool:
    n = len(lines.texts)
    return (i == 0 or lines.blank[i - 1]) and (i + 1 >= n or lines.blank[i + 1])


def _text_between(lines: Lines, a: int, b: int) -> bool:
    chars = 0
    for i in range(a + 1, b):
        chars += len(lines.texts[i])
        if chars >= REAL_TEXT_CHARS:
            return True
    return False


def confirm_sequences(lines: Lines, cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """``cands`` without the ``sequence`` candidates that no run confirms."""
    if not any(c.kind == "sequence" for c in cands):
        return cands
    runs: dict[str, list[hd.Candidate]] = {}  # series -> the current run
    keep: dict[int, int] = {}  # line of a confirmed candidate -> line of its run's first
    for c in cands:
        if c.kind != "sequence" or c.value is None or not _isolated(lines, c.line):
            continue
        run = runs.get(c.series, [])
        if not (
            run and c.value == run[-1].value + 1 and _text_between(lines, run[-1].line, c.line)
        ):
            run = []
        run.append(c)
        runs[c.series] = run
        if len(run) >= MIN_RUN:
            keep.update((r.line, run[0].line) for r in run)
    # Clause sequence_in_chapter: a run between two chapter headings ("CHAPTER II" /
    # "EDWARD I" ... "EDWARD III" / "CHAPTER III") divides a chapter: every run ranks
    # below the chapters.
    chapters = [c.line for c in cands if c.kind in ("keyword", "cjk") and c.rank == hd.NAMED_RANK]
    spans: dict[int, int] = {}  # first line of a run -> its last line
    for line, first in keep.items():
        spans[first] = max(spans.get(first, line), line)
    inside = any(
        0 < bisect.bisect_left(chapters, a) == bisect.bisect_left(chapters, b) < len(chapters)
        for a, b in spans.items()
    )
    return [
        (replace(c, rank=SUB_RANK) if inside else c) if c.kind == "sequence" and c.line in keep
        else c if c.kind != "sequence" else _unconfirmed(c)
        for c in cands
        if c.kind != "sequence" or c.line in keep or _unconfirmed(c) is not None
    ]  # fmt: skip


def _unconfirmed(c: hd.Candidate) -> hd.Candidate | None:
    """What an unconfirmed "<NAME> <n>" line was before the rule: a line in
    capitals ("KING HENRY IV"), unless it ends in a page-like number ("RUTH 1")."""
    if c.title.isupper() and not hd.ends_in_page_number(c.title):
        return hd.Candidate(c.start, c.end, c.line, "caps", hd.CAPS_RANK, c.title, "caps")
    return None
