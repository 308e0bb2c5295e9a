"""Rule ``speech_wraps``: the hard-wrapped dialogue of a typed screenplay is
joined, one speech a line (in the unwrap stage, ``transforms.unwrap.find_edits``).

A typed script sets the dialogue in a narrow column (about 35 characters, the
action is 60 wide) under the character cue::

                      EDWARD (V.O.)
          There are some fish that cannot be
          caught.  It's not that they're
          faster or stronger than other fish.
                (closer)
          And on the day you were born, that
          was the day I finally caught him.

``transforms.unwrap`` measures wraps against the document's wrap column (the
action's), so it leaves most dialogue lines apart: the model trained on every
line of a speech as a line of its own. In a screenplay (``screenplay.scene_lines``)
each speech (the lines under a cue, ``screenplay.speech_labels``' test, up to the
next blank line) is split into pieces: the dialogue between parentheticals, and
each parenthetical ("(closer)", or "(looking at" / "the river)" wrapped). The
lines of one piece are joined with a space when the first word of the next line
would not have fitted on the line (``len(line) + 1 + len(word) > width -
WRAP_SLACK``, the width being the ``WIDTH_QUANTILE`` of the lengths of the
document's dialogue lines): the cue, each parenthetical and the next cue or action stay lines and
paragraphs of their own. A Fountain script writes a speech on one line, so its
width is that of whole speeches and its deliberate line breaks (a song, a
poem) are kept. Cost: nothing for a document that is no screenplay.

Clause ``wrapped_dialogue``: the document must show the wrap: of its
dialogue lines followed by another line of the same speech, at least
``MIN_FULL_SHARE`` and at least ``MIN_WRAPPED`` are full by that test (a typed
script: nearly all, Big Fish 1,084 of 1,093; its Fountain original 0 of 12);
otherwise its line breaks inside speeches are the writer's (a Fountain
script's song, or a monologue in two paragraphs, "... caught him." / "Now,
I'd tried ...", whose first line is longer than most speeches) and none is
joined.
Clause ``speech_column``: a typed script sets its dialogue in one column, so
two lines join only when they start in the same column (``Lines.indent``), and
a line in capitals that may be a cue or a transition ("WILL", "CUT TO:") never
joins nor is joined: where a conversion lost the blank line after a speech,
the action at the margin, the next cue or a transition right under the last
line of dialogue stays a line of its own (``normalize`` collapses a line's
indentation to one space: the columns left are the margin and "indented").
Clause ``list_line``: a line that opens a list item ("- one location per
heading", "2. ") is never joined to the line above (a screenwriting guide the
detector takes for a script: "RULES OF THUMB" over "Keep these in mind ...:"
and its items).
Clause ``closed_parenthetical``: a line opens a parenthetical wrapped over
lines only when it has no ")" and one of the next ``MAX_PAREN_LINES`` lines
closes it ("(looking at" / "the river)"); "(beat) I didn't put any stock into"
is dialogue, and its speech's lines join by the width test, not all at once.
"""

from __future__ import annotations

import numpy as np

from transforms.contents import scan_lines
from transforms.line_marks import list_items
from transforms.screenplay import _CUE, _PARENTHETICAL, _capitals, scene_lines

WIDTH_QUANTILE = 0.95
MIN_LINES = 20  # dialogue lines needed to measure the column
# A typist's two spaces after a sentence are one after normalization: a full
# line may measure a few characters short of the column.
WRAP_SLACK = 3
MIN_FULL_SHARE = 0.5  # clause wrapped_dialogue
MIN_WRAPPED = 10  # clause wrapped_dialogue: full pairs a wrapped script shows at least
MAX_PAREN_LINES = 3  # clause closed_parenthetical: lines a parenthetical may span


def _speeches(lines, taken: set[int]) -> list[list[int]]:
    """The dialogue lines (not the cue) of each speech of a screenplay."""
    texts, blank, n = lines.texts, lines.blank, len(lines.texts)
    out = []
    i = 0
    while i < n:
        t = texts[i]
        if (
            t
            and (i == 0 or blank[i - 1])
            and i + 1 < n
            and not blank[i + 1]
            and i not in taken
            and _CUE.fullmatch(t)
            and _capitals(t.split("(")[0])
            and not t.endswith(":")
        ):
            j = i + 1
            while j < n and not blank[j]:
                j += 1
            out.append([i, *range(i + 1, j)])  # the cue first
            i = j
        else:
            i += 1
    return out


def _paren_end(texts: list[str], speech: list[int], k: int) -> int:
    """Position in ``speech`` of the line that closes the parenthetical opened at
    ``speech[k]``, or -1 (clause ``closed_parenthetical``)."""
    t = texts[speech[k]]
    if not t.startswith("("):
        return -1
    if ")" in t:
        return k if _PARENTHETICAL.fullmatch(t) else -1  # "(beat) I didn't ..."
    for e in range(k + 1, min(k + MAX_PAREN_LINES, len(speech))):
        u = texts[speech[e]]
        if "(" in u:
            return -1
        if ")" in u:
            return e if u.endswith(")") else -1
    return -1


def _label(t: str) -> bool:
    """A line in capitals that may be a cue or a transition (clause ``speech_column``)."""
    return _capitals(t) and (t.endswith(":") or _CUE.fullmatch(t) is not None)


def _pieces(lines, speech: list[int]) -> list[tuple[list[int], bool]]:
    """A speech's dialogue runs and parentheticals (``True``), in order; a piece's lines
    stand in one column (clause ``speech_column``), a cue or transition line
    is a piece of its own and no dialogue."""
    texts, indent = lines.texts, lines.indent
    pieces: list[tuple[list[int], bool]] = []
    k = 0
    dialogue = False  # the last piece is a run of dialogue
    while k < len(speech):
        i = speech[k]
        e = _paren_end(texts, speech, k)
        if e >= 0:  # a parenthetical, on one line or wrapped (closed_parenthetical)
            pieces.append((speech[k : e + 1], True))
            k, dialogue = e + 1, False
            continue
        if _label(texts[i]):
            dialogue = False  # a cue or transition: no piece, ends the run
        elif dialogue and indent[i] == indent[pieces[-1][0][-1]]:
            pieces[-1][0].append(i)
        else:
            pieces.append(([i], False))
            dialogue = True
        k += 1
    return pieces


def speech_wraps(text: str, wraps):
    """``wraps`` (``unwrap.Wraps`` of ``text``) with the wrapped lines of each
    speech of a screenplay joined (rule ``speech_wraps``); ``wraps`` itself when
    ``text`` is no typed screenplay."""
    scenes = scene_lines(text)
    if not scenes:
        return wraps
    lines = scan_lines(text)
    texts = lines.texts
    speeches = _speeches(lines, set(scenes))
    pieces = [p for s in speeches for p in _pieces(lines, s[1:])]
    dialogue = [len(texts[i]) for p, paren in pieces if not paren for i in p]
    if len(dialogue) < MIN_LINES:
        return wraps
    width = float(np.quantile(dialogue, WIDTH_QUANTILE))
    starts, ends = [], []
    pairs = full = 0  # clause wrapped_dialogue: pairs of dialogue lines, and full ones
    for p, paren in pieces:
        for a, b in zip(p, p[1:], strict=False):
            word = texts[b].split()[0]
            wrapped = len(texts[a]) + 1 + len(word) > width - WRAP_SLACK
            pairs, full = pairs + (not paren), full + (wrapped and not paren)
            if paren or wrapped:
                starts.append(lines.ends[a])
                ends.append(lines.starts[b])
    if full < max(MIN_FULL_SHARE * pairs, MIN_WRAPPED):  # clause wrapped_dialogue
        return wraps
    if starts:  # clause list_line: a line that opens a list item starts a line
        item = list_items(text, np.array(ends, np.int64))
        starts = [a for a, x in zip(starts, item.tolist(), strict=True) if not x]
        ends = [b for b, x in zip(ends, item.tolist(), strict=True) if not x]
    if not starts:
        return wraps
    # A newline unwrap already joins (or a line-end hyphen's edit) keeps its own edit;
    # clause no_wraps: unwrap may join nothing at all (no index into empty arrays).
    k = np.searchsorted(wraps.start, np.array(ends, np.int64)) - 1
    if len(wraps.start):
        taken = (k >= 0) & (wraps.end[np.maximum(k, 0)] > np.array(starts, np.int64))
    else:
        taken = np.zeros(len(starts), bool)
    new = [(a, b) for a, b, t in zip(starts, ends, taken.tolist(), strict=True) if not t]
    if not new:
        return wraps
    start = np.r_[wraps.start, np.array([a for a, _ in new], np.int64)]
    end = np.r_[wraps.end, np.array([b for _, b in new], np.int64)]
    space = np.r_[wraps.space, np.ones(len(new), bool)]
    order = np.argsort(start, kind="stable")
    return type(wraps)(start[order], end[order], space[order])
