"""The parts of a memory prefix (key sentences, retrieved passages) as token spans,
and how they are joined (:mod:`transforms.chunk_memory`, :mod:`transforms.retrieval`).

Clause ``key_end_no_next_word`` (session 43, second pass): a part's token span ends at
its last token that starts before the span's last non-whitespace character, plus the
whitespace-only tokens wholly inside the span. A sentence's character span runs to the
next sentence and so ends on a space, and a byte-level BPE (SmolLM2, GPT-2) puts that
space into the next word's token (``" Books"``): it starts before the span's end, so
``char_to_token_ends`` counted it in, and the prefix read "…look away again. Books"
(129 of 270 English prefixes in a four-book build). Such a token, starting in the
trailing whitespace and running past the span's end, now stays out. The rule
``memory_char_end`` (a part ends on a whole character) stays true: the end only moves
back, to a token that begins a character (the one after a whole-character token).

Clause ``memory_parts_separated``: with that token gone, a part can end on its last
word ("again.") and the next part open a paragraph (``"The"``, no leading space):
glued, "again.The". Between two such parts, not adjacent in the text, goes the
configured memory separator, when the budget has room for it; nothing when either side
is a CJK (East Asian wide) character, as Chinese and Japanese write consecutive
sentences without a space.
"""

from __future__ import annotations

import unicodedata

import numpy as np


def part_end(offsets: np.ndarray, text: str, start: int, end: int, char_end: int) -> int:
    """Clause key_end_no_next_word: ``end`` (one past a part's last token) without the
    last token when it starts in the span's trailing whitespace and runs past
    ``char_end`` (the span's character end); never to or below ``start``."""
    if end - 1 > start:
        a, b = int(offsets[end - 1, 0]), int(offsets[end - 1, 1])
        if b > char_end > a and text[a:char_end].isspace():
            return end - 1
    return end


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def join_parts(
    doc, starts: list[int], ends: list[int], separator: np.ndarray, budget: int
) -> np.ndarray:
    """Clause memory_parts_separated: the parts' token ids in order, the separator
    between two parts apart in the text that would otherwise touch without whitespace
    (neither side CJK), while the total stays within ``budget``; the trailing
    separator is the caller's."""
    ids, offsets, text = doc.token_ids, doc.token_offsets, doc.text
    room = budget - sum(e - s for s, e in zip(starts, ends, strict=True))
    out = [ids[starts[0] : ends[0]]]
    for k in range(1, len(starts)):
        if ends[k - 1] < starts[k] and 0 < len(separator) <= room:  # apart, room left
            a, b = int(offsets[ends[k - 1] - 1, 0]), int(offsets[ends[k - 1] - 1, 1])
            c, d = int(offsets[starts[k], 0]), int(offsets[starts[k], 1])
            if b > a and d > c and _touch(text[b - 1], text[c]):
                out.append(separator)
                room -= len(separator)
        out.append(ids[starts[k] : ends[k]])
    return np.concatenate(out)


def _touch(last: str, first: str) -> bool:
    """Whether two parts, joined, would run together: no whitespace between them and
    neither side a CJK (East Asian wide) character."""
    return not (last.isspace() or first.isspace() or _wide(last) or _wide(first))
