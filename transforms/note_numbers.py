"""Clause ``notes_run``: a book's numbered notes are no chapters.

Russian e-books end with their notes under a line "Примечания" (or "Комментарии"),
each note a bare number over its text: "Примечания" / "1" / "Кандидат – лицо,
сдавшее ..." / "2" / ... (Turgenev's "Отцы и дети", Tolstoy's "Война и мир",
Gorky's "В людях"; 41 of the 373 RusLit works). The numbers count on by one with a
blank line under each, so rule ``numbering`` confirmed every one as a chapter at the
chapters' level: 1,722 sections of one note each in 27 works, and a short note
became the title ("6 Интернационалка – Международное товарищество рабочих, I
Интернационал.", Dostoevsky's "Дневник писателя"; 69 of the 74 RusLit section titles
over 60 characters).

The bare Arabic numbers (kind "numeral", no title on their line) that follow a notes
line, each a higher number than the one before, with no other candidate between
them, are no candidates: the notes stay one section. The notes line is the word
alone on its line ("Примечания", "ПРИМЕЧАНИЯ", "Notes", "Footnotes:",
"Endnotes"). Clause ``notes_run_short``: notes are short, the numbers stand a median
under ``MAX_NOTE_CHARS`` apart (RusLit's notes runs 26-333 characters); numbered parts
further apart are sections of an essay that the notes line heads ("Комментарии" over
an editor's essay in nine parts, 9,254 characters apart, "Война и мир", vol. 4), and
stay. Clause ``notes_named``: "Примечания" and "Комментарии" are named
divisions, as "NOTES" is (``transforms.european_words.NAMED``), so the notes open a
section of their own instead of running on in the last chapter. Cost: one pass over
the lines and one over the candidates.

Clause ``notes_run_tail`` (review, session 28): the notes line must stand in the
book's second half (by characters): a "Notes" entry of a front contents list followed by
short numbered chapters ("CONTENTS" / "Preface" / "Notes" / "1" / 500 characters /
"2" ...) erased every chapter heading; notes close a book.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence

NOTES_LINE = re.compile(
    r"(?:примечания|комментарии|сноски|notes|footnotes|endnotes)[.:]?", re.IGNORECASE
)
MAX_NOTE_CHARS = 1000  # the distance below which roman_runs' numbers are no chapters


def drop_note_numbers(texts: Sequence[str], cands: list) -> list:
    """``cands`` without the bare Arabic numbers of a notes run (clause ``notes_run``)."""
    ends = list(itertools.accumulate(len(t) + 1 for t in texts))
    half = ends[-1] // 2 if ends else 0  # clause notes_run_tail
    notes = [
        i
        for i, t in enumerate(texts)
        if ends[i] >= half and len(t) <= 20 and NOTES_LINE.fullmatch(t.strip())
    ]
    if not notes:
        return cands
    drop: set[int] = set()
    for line in notes:
        run: list[int] = []
        for k, c in enumerate(cands):
            if c.line <= line:
                continue
            if not _bare_arabic(c) or (run and c.value <= cands[run[-1]].value):
                break
            run.append(k)
        gaps = [cands[b].start - cands[a].start for a, b in zip(run[:-1], run[1:], strict=True)]
        if not gaps or statistics.median(gaps) < MAX_NOTE_CHARS:  # clause notes_run_short
            drop.update(run)
    return [c for k, c in enumerate(cands) if k not in drop]


def _bare_arabic(c) -> bool:
    return c.kind == "numeral" and c.series.endswith(":arabic") and c.value is not None
