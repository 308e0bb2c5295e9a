"""Span edits of a text, and the map from the edited text back to the original.

The cleaning stages (``transforms.boilerplate``, ``transforms.unwrap``) describe
what they change as sorted, non-overlapping ``Edit(start, end, replacement)``
records; ``apply_edits`` builds the new text in one pass and returns an
``OffsetMap`` so that any offset of the new text (a section start, a token) can be
traced back to the text it came from, e.g. to report a heading's line in the
source file. Maps compose, so offsets survive several stages.

Cost: one ``str.join`` over the kept pieces plus two int64 arrays of one entry
per edit; mapping n offsets is one ``searchsorted``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``; ``rule`` names why."""

    start: int
    end: int
    replacement: str = ""
    rule: str = ""

    @property
    def removed(self) -> int:
        """Characters this edit takes away (negative if it inserts)."""
        return self.end - self.start - len(self.replacement)


class OffsetMap:
    """Maps offsets of an edited text to offsets of its source.

    Stored as breakpoints: from ``out[i]`` on (up to the next breakpoint) the
    edited text is a copy of the source starting at ``src[i]``. An offset inside
    a replacement maps to the start of the span it replaced.
    """

    def __init__(self, out: np.ndarray, src: np.ndarray, copied: np.ndarray):
        self.out, self.src, self.copied = out, src, copied

    @classmethod
    def identity(cls) -> OffsetMap:
        zero = np.zeros(1, dtype=np.int64)
        return cls(zero, zero, np.asarray([np.iinfo(np.int64).max], dtype=np.int64))

    def to_source(self, offsets) -> np.ndarray:
        offsets = np.asarray(offsets, dtype=np.int64)
        i = np.searchsorted(self.out, offsets, side="right") - 1
        delta = np.minimum(offsets - self.out[i], self.copied[i])
        return self.src[i] + delta

    def then(self, outer: OffsetMap) -> OffsetMap:
        """The map of ``outer``'s text to this map's source (apply ``outer`` after self)."""
        return _Composed(outer, self)


class IndexMap(OffsetMap):
    """Map given as the source offset of every kept output character (for
    edits that delete characters and replace some by one character)."""

    def __init__(self, kept: np.ndarray, source_length: int):
        self.kept = np.append(kept.astype(np.int64), source_length)

    def to_source(self, offsets) -> np.ndarray:
        return self.kept[np.asarray(offsets, dtype=np.int64)]


class _Composed(OffsetMap):
    def __init__(self, outer: OffsetMap, inner: OffsetMap):
        self.outer, self.inner = outer, inner

    def to_source(self, offsets) -> np.ndarray:
        return self.inner.to_source(self.outer.to_source(offsets))


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """``text`` with ``edits`` (sorted, non-overlapping) applied, and the offset map.

    Raises:
      ValueError: edits overlap or run outside the text (a bug in the caller).
    """
    pieces: list[str] = []
    out_starts, src_starts, copied = [0], [0], []
    pos = out = 0
    for e in edits:
        if e.start < pos or e.end < e.start or e.end > len(text):
            raise ValueError(f"edit {e} overlaps the previous one or leaves the text")
        pieces.append(text[pos : e.start])
        out += e.start - pos
        copied.append(e.start - pos)
        # The replacement maps to the start of what it replaced, then copying resumes.
        pieces.append(e.replacement)
        out_starts.append(out)
        src_starts.append(e.start)
        copied.append(0)
        out += len(e.replacement)
        out_starts.append(out)
        src_starts.append(e.end)
        pos = e.end
    pieces.append(text[pos:])
    copied.append(np.iinfo(np.int64).max)
    omap = OffsetMap(
        np.asarray(out_starts, dtype=np.int64),
        np.asarray(src_starts, dtype=np.int64),
        np.asarray(copied, dtype=np.int64),
    )
    return "".join(pieces), omap


def lines_from_end(text: str):
    """``(start, end)`` of each line of ``text`` from its last (an empty last line too,
    after a final newline) to its first, found one at a time: a reader of a text's tail
    never splits the whole text."""
    end = len(text)
    while True:
        nl = text.rfind("\n", 0, end)
        yield nl + 1, end
        if nl < 0:
            return
        end = nl
