"""The arrays of the unwrap stage (``transforms.unwrap``): a text's code points and
display width, its line edges, the ``Wraps`` found (rule ``cjk_line_edges``' layout
deletions merged in by ``_with_layout``) and ``apply_wraps``, which joins them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from transforms.cjk_layout import layout_spans
from transforms.code_blocks import inside
from transforms.sorted_unique import (  # clauses isin_by_search, one_dtype_concatenate
    isin,
    zero_first,
)
from transforms.textedit import Edit, OffsetMap

# Display width: code points from U+2E80 on (CJK radicals, punctuation, kana,
# ideographs, Hangul, full-width forms, emoji) take two columns.
_WIDE = 0x2E80
# Quotes and dashes shared by CJK and Latin text: CJK only next to a CJK character.
_SHARED = np.asarray([ord(c) for c in "“”‘’—…\"'"], dtype=np.uint32)


@dataclass(frozen=True)
class Wraps:
    """The wrap newlines of a text: each ``text[start:end]`` (trailing spaces,
    the newline and the next line's indentation) becomes ``" "`` where ``space``
    is set, else nothing."""

    start: np.ndarray  # int64, ascending
    end: np.ndarray  # int64
    space: np.ndarray  # bool

    def __len__(self) -> int:
        return len(self.start)

    def edits(self) -> list[Edit]:
        spans = zip(self.start.tolist(), self.end.tolist(), self.space.tolist(), strict=True)
        return [Edit(a, b, " " if sp else "", "wrap") for a, b, sp in spans]


_NO_WRAPS = Wraps(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, bool))


def _with_layout(wraps, on, cp, spans, lines, joined=None) -> Wraps:
    """``wraps`` plus the deletions of rule ``cjk_line_edges`` when ``on``: the
    edges of CJK lines that no join already takes, outside code blocks."""
    if not on:
        return wraps
    line_start, line_end, first, last, blank = lines
    lead = np.ones(len(line_start), dtype=bool)
    trail = lead.copy()
    if joined is not None:
        trail[joined] = False
        lead[joined + 1] = False
    if spans:
        code = inside(spans, line_start)
        lead &= ~code
        trail &= ~code
    starts, ends = layout_spans(cp, line_start, line_end, first, last, blank, (lead, trail))
    if not len(starts):
        return wraps
    start = np.concatenate((wraps.start, starts))
    order = np.argsort(start, kind="stable")
    end = np.concatenate((wraps.end, ends))[order]
    space = np.concatenate((wraps.space, np.zeros(len(starts), dtype=bool)))[order]
    return Wraps(start[order], end, space)


def code_points(text: str) -> np.ndarray:
    """The code points of ``text``, 2 bytes each when it has nothing beyond the BMP
    (the usual case), else 4: a 50 M-character text is 100 MB, not 200 MB. Every
    test here compares them with values below 2^16, so the two agree."""
    data = text.encode("utf-16-le", "surrogatepass")
    if len(data) == 2 * len(text):  # no surrogate pairs: one unit per character
        return np.frombuffer(data, dtype=np.uint16)
    del data
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _skip_spaces(cp, pos, limit, step) -> np.ndarray:
    """From each ``pos``, step over indentation spaces towards ``limit`` (exclusive)."""
    pos = pos.copy()
    active = np.flatnonzero((pos - limit) * step < 0)
    while len(active):
        c = cp[pos[active]]
        moving = (c == 32) | (c == 9) | (c == 0x3000)
        active = active[moving]
        pos[active] += step
        active = active[(pos[active] - limit[active]) * step < 0]
    return pos


def _script_cjk(cp, pos, step, limit) -> np.ndarray:
    """Whether the character at ``pos`` is CJK, looking through up to two shared
    quote or dash marks in direction ``step`` (not past ``limit``)."""
    pos = pos.copy()
    for _ in range(2):
        shared = isin(cp[pos], _SHARED)
        movable = shared & ((pos - limit) * step < 0)
        pos = np.where(movable, pos + step, pos)
    return (cp[pos] >= _WIDE) & ~isin(cp[pos], _SHARED)


# Kept pieces joined at once by ``apply_wraps``.
APPLY_BLOCK = 1 << 12


def apply_wraps(text: str, wraps: Wraps) -> tuple[str, OffsetMap]:
    """``text`` with ``wraps`` joined, and the map back to ``text``."""
    if not len(wraps):
        return text, OffsetMap.identity()
    # Kept piece i is text[ends[i]:starts[i]] then its separator. Joined a block of
    # pieces at a time: one list of every piece held ~1 M small strings (~60 MB
    # beyond their text) for a 50 MB document, beside the joined copy.
    # Clause one_dtype_concatenate: zero_first / np.concatenate for np.r_ (int64, bool).
    ends = zero_first(wraps.end)
    starts = np.concatenate((wraps.start, [len(text)]))
    seps = np.concatenate((wraps.space, [False]))
    blocks = []
    for a in range(0, len(ends), APPLY_BLOCK):
        pieces = zip(
            ends[a : a + APPLY_BLOCK].tolist(),
            starts[a : a + APPLY_BLOCK].tolist(),
            seps[a : a + APPLY_BLOCK].tolist(),
            strict=True,
        )
        blocks.append("".join([x for e, s, sp in pieces for x in (text[e:s], " " if sp else "")]))
    joined = blocks[0] if len(blocks) == 1 else "".join(blocks)
    del blocks
    # Breakpoints: after edit i the output copies the source from ends[i].
    removed = np.cumsum(wraps.end - wraps.start - wraps.space.astype(np.int64))
    out = zero_first(wraps.end - removed)
    src = zero_first(wraps.end)
    return joined, OffsetMap(out, src, np.full(len(out), np.iinfo(np.int64).max))
