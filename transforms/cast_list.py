"""Clause ``cast_list_not_key`` (session 42): the lines of a play's cast list are no key
sentences (``transforms.key_sentences.eligible_sentences``).

A cast list ("Dramatis Personae", "Persons Represented") is a block of short lines, one
person or group a line, most of them shaped *a name, a comma, what the person is*::

    HERMIA, daughter to Egeus, in love with Lysander.
    Prince John of Lancaster, son to the King.
    Lords, Ladies, and Attendants; Satyrs for a Dance.

with name lines ("GOWER.", "His sons") and the play's scene line ("SCENE: Athens, and a
wood not far from it.") among or after them. Its lines pass the word minimum and were
candidates; clause ``section_keeps_one_key`` then gave the section holding only them
one key (16 such keys in the session-41 snapshot of the Shakespeare texts).

The block is found from the lines' shape alone, no word list (the heading above it
varies: "Dramatis Personae", "Persons Represented", "The Actors Names", none):

- an **entry** line: at most ``_ENTRY_WORDS`` words, a capitalized phrase of 1-6 words
  (no ",;:" inside), a comma, and the line ends with "." or ";";
- a **name** line: at most 5 words starting with a capital (a name, a group heading,
  "ACT I."): allowed inside a block, not counted;
- any **other** short line (at most ``_ENTRY_WORDS`` words): allowed, at most
  ``_GAP`` in a row (a two-line entry, "Attendants on Theseus and Hippolyta.", the scene
  line);
- a longer line (prose, unwrapped by the cleaning) or a heading ends the block; blank
  lines do not.

A block holding at least ``_MIN_ENTRIES`` entries that are at least a third of its
entry and other lines is a cast list: the candidates that start and end inside it are
no candidates. Verse fails the shape (its lines end with "," or no mark; a line ending
with "." rarely opens with "Name, "), and so does prose dialogue (a quote mark or dash
first). Guard: a play whose only text before act I is its cast list keeps keys in its
acts (tests).
"""

from __future__ import annotations

import re

import numpy as np

_ENTRY_WORDS = 16
_RUN_WORDS = 40
_RATIO = 2
_SPARSE = 8
_MIN_ENTRIES = 4
# A capitalized phrase of 1-6 words (no ",;:" inside), a comma, the rest; "." or ";" ends it.
_ENTRY = re.compile(r"[A-Z][^\s,;:]*(?:[ \t]+[^\s,;:]+){0,5},[ \t]+\S.*[.;]\s*")
_NAME = re.compile(r"[A-Z]\S*(?:[ \t]+\S+){0,4}\s*")
# Fast exit: a text with fewer than _MIN_ENTRIES entry-shaped lines has no cast list (a
# literal "\n" first, not "^": the search skips to line ends, twice as fast; the text's
# first line is tried apart).
_ENTRY_LINE = re.compile(r"\n[A-Z][^\s,;:]*(?:[ \t]+[^\s,;:]+){0,5},[ \t]+\S.*[.;][ \t]*$", re.M)


def cast_list_spans(text: str, heading_starts=()) -> list[tuple[int, int]]:
    """(start, end) of the short lines of each cast-list section of ``text`` (module
    docstring): the section's runs of lines of at most ``_RUN_WORDS`` words (blank lines
    inside a run, a longer line ends it; an entry's first line, "SATURNINUS, Son to the late
    Emperor of Rome, afterwards declared", is no entry by itself but is covered)."""
    hits = [m.start() + 1 for m in _ENTRY_LINE.finditer(text)]
    if _ENTRY_LINE.match("\n" + text[: text.find("\n") + 1]):
        hits.insert(0, 0)
    if len(hits) < _MIN_ENTRIES:
        return []
    cuts = sorted({0, len(text), *(int(h) for h in heading_starts if 0 < int(h) < len(text))})
    per_section = np.bincount(np.searchsorted(cuts, hits, side="right") - 1, minlength=len(cuts))
    spans: list[tuple[int, int]] = []
    for lo, hi, n in zip(cuts, cuts[1:], per_section.tolist(), strict=False):
        # speed: a cast list's entries are at least 1/_SPARSE of its lines (they are most of
        # them); a chapter with a few entry-shaped lines among hundreds is not read line by line
        if n < _MIN_ENTRIES or text.count("\n", lo, hi) > _SPARSE * n:
            continue
        entries = others = 0
        joined = False
        lines: list[tuple[int, int]] = []
        pos = lo
        for line in text[lo:hi].splitlines(keepends=True):
            a, pos = pos, pos + len(line)
            body = line.strip()
            if not body:
                continue
            words = len(body.split())
            if words > _RUN_WORDS:  # prose: a run of short lines ends
                others, joined = others + 1, False
                continue
            if _ENTRY.fullmatch(body):
                entries += words <= _ENTRY_WORDS  # a longer entry is covered, not counted
            elif not (words <= 5 and _NAME.fullmatch(body)):
                others += 1
            if joined:
                lines[-1] = (lines[-1][0], pos)
            else:
                lines.append((a, pos))
                joined = True
        if entries >= _MIN_ENTRIES and entries >= _RATIO * others:
            spans.extend(lines)
    return spans


def cast_list_sentences(
    text: str, spans: np.ndarray, candidates: np.ndarray, heading_starts=()
) -> np.ndarray:
    """Clause ``cast_list_not_key``: which of ``candidates`` (sentence indices) lie
    wholly inside a cast list."""
    blocks = cast_list_spans(text, heading_starts)
    candidates = np.asarray(candidates, dtype=np.int64)
    if not blocks or not len(candidates):
        return np.zeros(0, dtype=np.int64)
    bounds = np.asarray(blocks, dtype=np.int64)
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)[candidates]
    at = np.searchsorted(bounds[:, 0], spans[:, 0], side="right") - 1
    hit = np.flatnonzero((at >= 0) & (spans[:, 0] < bounds[np.maximum(at, 0), 1]))
    # a sentence's span holds the blank lines after it: its text must end inside the run
    ends = [int(spans[i, 0]) + len(text[spans[i, 0] : spans[i, 1]].rstrip()) for i in hit]
    inside = [i for i, e in zip(hit.tolist(), ends, strict=True) if e <= bounds[at[i], 1]]
    return candidates[np.asarray(inside, dtype=np.int64)]
