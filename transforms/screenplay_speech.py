"""Rule ``speech_wraps``: the hard-wrapped dialogue of a typed screenplay is
joined, one speech a line (part of the cleaning stage, ``transforms.clean``).

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
"""

from __future__ import annotations

import numpy as np

from transforms.contents import scan_lines
from transforms.screenplay import _CUE, _PARENTHETICAL, _capitals, scene_lines

WIDTH_QUANTILE = 0.95
MIN_LINES = 20  # dialogue lines needed to measure the column
# A typist's two spaces after a sentence are one after normalization: a full
# line may measure a few characters short of the column.
WRAP_SLACK = 3


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
            out.append(list(range(i + 1, j)))
            i = j
        else:
            i += 1
    return out


def _pieces(texts: list[str], speech: list[int]) -> list[list[int]]:
    """A speech's dialogue runs and parentheticals, in order."""
    pieces: list[list[int]] = []
    paren = False  # inside a parenthetical wrapped over lines
    for i in speech:
        t = texts[i]
        if paren:
            pieces[-1].append(i)
        elif t.startswith("("):
            pieces.append([i])
        elif pieces and not texts[pieces[-1][0]].startswith("("):
            pieces[-1].append(i)
        else:
            pieces.append([i])
        opened = t.startswith("(") or paren
        paren = opened and not t.endswith(")") and not _PARENTHETICAL.fullmatch(t)
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
    pieces = [p for s in _speeches(lines, set(scenes)) for p in _pieces(texts, s)]
    dialogue = [len(texts[i]) for p in pieces if not texts[p[0]].startswith("(") for i in p]
    if len(dialogue) < MIN_LINES:
        return wraps
    width = float(np.quantile(dialogue, WIDTH_QUANTILE))
    starts, ends = [], []
    for p in pieces:
        paren = texts[p[0]].startswith("(")
        for a, b in zip(p, p[1:], strict=False):
            word = texts[b].split()[0]
            if paren or len(texts[a]) + 1 + len(word) > width - WRAP_SLACK:
                starts.append(lines.ends[a])
                ends.append(lines.starts[b])
    if not starts:
        return wraps
    # A newline unwrap already joins (or a line-end hyphen's edit) keeps its own edit.
    k = np.searchsorted(wraps.start, np.array(ends, np.int64)) - 1
    taken = (k >= 0) & (wraps.end[np.maximum(k, 0)] > np.array(starts, np.int64))
    new = [(a, b) for a, b, t in zip(starts, ends, taken.tolist(), strict=True) if not t]
    if not new:
        return wraps
    start = np.r_[wraps.start, np.array([a for a, _ in new], np.int64)]
    end = np.r_[wraps.end, np.array([b for _, b in new], np.int64)]
    space = np.r_[wraps.space, np.ones(len(new), bool)]
    order = np.argsort(start, kind="stable")
    return type(wraps)(start[order], end[order], space[order])
