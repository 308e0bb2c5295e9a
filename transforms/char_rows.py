"""Whole-character row ends for the chunker (rules ``window_char_end``,
``window_char_end_fill``, ``window_char_end_first_scored``), read from a
per-document table of where characters begin.

``TokenStructure.char_heads`` (:func:`transforms.char_starts.character_heads`,
computed once per document by ``token_structure`` and shared by every window
length) holds one byte per token and one for the EOS: 1 where the token begins a
character (``begins_character``). ``TokenStructure.marks`` holds the sorted
paragraph and sentence starts as a list. Every per-window test below is then a byte
or ``bisect`` look-up, not a numpy call (plan_document was 2.15x main's on CJK with
per-window ``searchsorted`` and fancy indexing; rule ``window_char_end_table``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from transforms.char_starts import MAX_CHAR_TOKENS, begins_character, char_start

FILL_REACH = 12  # rule window_char_end_fill: how far back an unsnapped start may move


def is_mark(marks: list[int], index: int) -> bool:
    """Whether token ``index`` is a paragraph or sentence start (``marks`` sorted)."""
    k = bisect_left(marks, index)
    return k < len(marks) and marks[k] == index


def char_end(heads: bytes, end: int, first_scored: int) -> int:
    """``transforms.char_starts.window_char_end`` read from the table: the token that
    begins the character ``end`` cuts, 1-3 tokens back and above ``first_scored``;
    ``end`` when it begins one or none is found."""
    if heads[end]:
        return end
    for found in range(end - 1, max(first_scored, end - MAX_CHAR_TOKENS), -1):
        if heads[found]:
            return found
    return end


def fill_starts(marks: list[int], start: int, on_mark: bool, lo: int, hi: int) -> Iterator[int]:
    """Rule ``window_char_end_fill``: the starts a cut row may take instead of
    ``start``, best first. A start snapped to a sentence or paragraph start
    (``on_mark``) keeps that property: the other sentence and paragraph starts in
    ``[lo, hi]`` (the snap range, within progress and one token of context), nearest
    first, the earlier of two as near. Any other start: the tokens up to
    ``FILL_REACH`` before it, nearest first (more context)."""
    if not on_mark:
        yield from range(start - 1, max(start - FILL_REACH, 0) - 1, -1)
        return
    left = bisect_right(marks, min(start - 1, hi)) - 1  # marks < start, <= hi
    right, count = bisect_left(marks, max(start + 1, lo)), len(marks)  # > start, >= lo
    while True:
        low = marks[left] if left >= 0 and marks[left] >= lo else None
        high = marks[right] if right < count and marks[right] <= hi else None
        if low is None and high is None:
            return
        if high is None or (low is not None and start - low <= high - start):
            yield low
            left -= 1
        else:
            yield high
            right += 1


def whole_character_row(offsets, ts, span, prev_end, prefix, memory, budget, lo, hi):
    """``(start, end, prefix)`` of a regular window ``span = (start, end, on_mark)``
    whose end ``start + W - len(prefix)`` cuts a character; every row still scores
    ``[prev_end, end)`` and is at most W tokens.

    * ``window_char_end``: the end moves back 1-3 tokens to the token that begins the
      character (the next row scores those tokens); the row is 1-3 tokens short.
    * ``window_char_end_fill``: instead, the row takes another start (``fill_starts``)
      whose end, W tokens on, begins a character: a full row again, not padded. Its
      memory prefix is chosen again for that start (passages before it; the query
      stays inside the row's context) and must have the same length.
    * ``window_char_end_first_scored``: when the character begins at or before the
      row's first scored token (a window scoring only part of one character, e.g.
      W 8 overlap 7), the end moves forward to the character's end and the start
      forward by at least as much, onto a whole character, keeping one token of
      context; else the end stays (the row ends inside the character, as before).
    """
    start, end, on_mark = span
    heads = ts.char_heads
    moved = char_end(heads, end, prev_end)
    if moved == end:
        return (*first_scored_end(offsets, start, end, prev_end), prefix)
    room, n = end - start, len(offsets)
    for first in fill_starts(ts.marks, start, on_mark, lo, hi):
        last = first + room
        if prev_end < last < n and heads[first] and heads[last]:
            more = memory(first, max(first, start), prev_end, budget) if budget else prefix
            if len(more) == len(prefix):
                return first, last, more
    return start, moved, prefix


def first_scored_end(offsets, start: int, end: int, prev_end: int) -> tuple[int, int]:
    """Rule ``window_char_end_first_scored`` (see ``whole_character_row``): ``(start,
    end)`` with the end on the cut character's end and the start as far forward on a
    whole character, before ``prev_end``; unchanged when there is none."""
    ahead = char_start(offsets, end, min(end + MAX_CHAR_TOKENS - 1, len(offsets)))
    later = char_start(offsets, start + (ahead - end), prev_end - 1)
    if (
        ahead > end
        and start + (ahead - end) <= later < prev_end
        and begins_character(offsets, later)
    ):
        return later, ahead
    return start, end
