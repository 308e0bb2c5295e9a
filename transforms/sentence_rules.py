"""The ``unterminated`` and ``repeated`` rules of ``key_sentences``, with arrays.

Both were per-sentence string work (a regex on the last 24 characters; a key
``"".join(body.lower().split())`` into a dict): ~0.2 CPU s for the 74k
sentences of the two Chinese novels. Here one pass over the text's code points
(1 Mi at a time) gives, with one table lookup, the positions of whitespace,
closers and terminal marks, and a 64-bit value per character (0 for
whitespace); the rules are then answered per sentence with ``searchsorted`` and
prefix sums, and only the few sentences they leave open (a "]" at the end, a
sum shared with another sentence) are asked the per-sentence way.
What the per-sentence code says is what these say, for every input: the
reasoning is in each function, and tests/transforms/test_key_sentences.py
compares them on generated and real text.
"""

from __future__ import annotations

import functools
import re
import sys

import numpy as np

from transforms.char_classes import code_points, in_class

# Rule european_closers: the closing quotes of French, Spanish, Russian ("»")
# and German ("“", "«") close a sentence too ("...en el intérprete de órdenes.»":
# 22 sentences of Debian's Spanish Reference were "unterminated").
TERMINAL, CLOSER = "[.!?…;。！？；]", r"[\"'”’」』）)\]》*_»«“]"
# The rule ``unterminated`` as a regex on the last 24 characters, right-stripped.
# Clause note_mark_range (transforms.note_marks): a range or chapter-note mark ends a
# sentence too, "…老干部。[2-72]", "end.[3-5]".
TERMINATED = re.compile(
    rf"{TERMINAL}{CLOSER}*(?:\[(?:\w{{1,8}}|\d{{1,4}}[-–]\d{{1,4}})\])?$"  # "end.[12]", "止。」"
)
TAIL = 24
# Characters turned into code points at once (~40 bytes of arrays each: a
# piece of 1 Mi characters peaks at ~40 MB; 4 Mi, the first choice, at ~170 MB
# on a long book, where the per-sentence code needed ~64 MB).
PIECE = 1 << 20
# The low bits of ``_values``: not "lowered alone" (``_lowers_alone``); a
# terminal mark; a closer.
_ODD, _MARK, _CLOSE = 1, 2, 4


def unterminated_or_repeated(
    text: str, spans: np.ndarray, candidates: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Two boolean masks over ``candidates`` (sentence indices; spans
    ``0 <= start <= end <= len(text)``): no sentence-final mark
    (``TERMINATED.search(text[start:end][-24:].rstrip())`` fails); same text
    (case and all whitespace aside, so a hard wrap does not hide a repeat:
    ``"".join(text[start:end].lower().split())``) as an earlier candidate."""
    pairs = np.asarray(spans, dtype=np.int64).reshape(-1, 2)[candidates]
    starts, ends = pairs[:, 0], pairs[:, 1]
    scan = _scan(text, np.concatenate((starts, ends)))  # clause one_dtype_concatenate
    unterminated = ~_terminated(text, starts, ends, scan)
    return unterminated, _repeated(text, starts, ends, scan)


@functools.cache
def _value_table() -> np.ndarray:
    """``_values`` for every BMP character (uint64), once per process."""
    return _values(np.arange(0x10000, dtype=np.uint32))


def _values(code: np.ndarray) -> np.ndarray:
    """Per code point c, a uint64: 0 for whitespace (``str.isspace``: what
    ``split`` and ``rstrip`` remove); else its low 3 bits say odd / terminal
    mark / closer (the regex classes themselves), bit 4 is set, and for a c
    that lowers alone (``_lowers_alone``) with the same marks as its lower case
    the rest is ``_key_value`` of that lower case: equal keys, equal sums.
    Odd: not such a c."""
    chars = [chr(c) for c in code.tolist()]
    space = np.fromiter(map(str.isspace, chars), bool, len(chars))
    alone = np.fromiter(map(_lowers_alone, chars), bool, len(chars))
    lower = np.fromiter(
        (ord(c.lower()) if a else 0 for c, a in zip(chars, alone, strict=True)),
        np.uint32,
        len(chars),
    )
    flags = _flags(code)
    alone &= _flags(lower) == flags
    value = np.where(alone, _key_value(lower), np.uint64(_ODD) | flags | np.uint64(16))
    return np.where(space, np.uint64(0), value)


def _flags(code: np.ndarray) -> np.ndarray:
    return in_class(code, TERMINAL) * np.uint64(_MARK) | in_class(code, CLOSER) * np.uint64(_CLOSE)


def _key_value(code: np.ndarray) -> np.ndarray:
    """What a key's character adds to its sum: splitmix64's finalizer of the
    code point, its low 5 bits replaced by bit 4 and its marks (never 0)."""
    x = code.astype(np.uint64)
    with np.errstate(over="ignore"):
        x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return (x & ~np.uint64(31)) | np.uint64(16) | _flags(code)


def _lowers_alone(ch: str) -> bool:
    """``str.lower`` maps ``ch`` to one character, the same in any context (not
    the capital sigma: its lower case depends on its neighbours), and that
    character is whitespace exactly when ``ch`` is."""
    low = ch.lower()
    return ch != "\u03a3" and len(low) == 1 and low.isspace() == ch.isspace()


def _lookup(code: np.ndarray) -> np.ndarray:
    """``_values`` per code point: from the BMP table, above it per distinct value."""
    values = _value_table().take(code, mode="clip")
    if len(code) and int(code.max()) >= 0x10000:
        big = np.flatnonzero(code >= 0x10000)
        distinct, inverse = np.unique(code[big], return_inverse=True)
        values[big] = _values(distinct)[inverse]
    return values


def _scan(text: str, bounds: np.ndarray) -> dict:
    """One pass over ``text``: sorted offsets of whitespace, odd characters,
    closers and terminal marks, and at each offset of ``bounds`` the prefix sum
    of ``_values`` (uint64, modulo 2^64; whitespace adds 0)."""
    found: dict[str, list] = {k: [] for k in ("space", "odd", "close", "mark")}
    prefix = np.zeros(len(bounds), np.uint64)
    total = np.uint64(0)
    for a in range(0, max(len(text), 1), PIECE):
        values = _lookup(code_points(text[a : a + PIECE]))
        found["space"].append(np.flatnonzero(values == 0) + a)
        low = values.view(np.uint8)[::8] if sys.byteorder == "little" else values % 8
        flagged = np.flatnonzero(low & 7)
        flags = values[flagged] & np.uint64(7)
        for name, bit in (("odd", _ODD), ("close", _CLOSE), ("mark", _MARK)):
            found[name].append(flagged[(flags & np.uint64(bit)) != 0] + a)
        sums = np.empty(len(values) + 1, np.uint64)
        sums[0] = 0
        np.add.accumulate(values, out=sums[1:])
        inside = (bounds >= a) & ((bounds < a + len(values)) | (a + PIECE >= len(text)))
        with np.errstate(over="ignore"):
            prefix[inside] = sums[bounds[inside] - a] + total
            total = total + sums[-1]
    scan = {k: np.concatenate([np.zeros(0, np.int64), *v]) for k, v in found.items()}
    scan["prefix"] = prefix
    return scan


def _back_over(positions: np.ndarray, p: np.ndarray) -> np.ndarray:
    """For each p, the last offset <= p not in ``positions`` (sorted): p itself,
    or the one before the run of consecutive positions holding p."""
    if not len(positions):
        return p
    head = np.concatenate(([True], np.diff(positions) != 1))  # clause one_dtype_concatenate
    run_start = np.maximum.accumulate(np.where(head, np.arange(len(positions)), 0))
    i = np.searchsorted(positions, p, side="right") - 1
    held = (i >= 0) & (positions[np.maximum(i, 0)] == p)
    return np.where(held, positions[run_start[np.maximum(i, 0)]] - 1, p)


def _holds(positions: np.ndarray, p: np.ndarray) -> np.ndarray:
    i = np.minimum(np.searchsorted(positions, p), max(len(positions) - 1, 0))
    return positions[i] == p if len(positions) else np.zeros(len(p), bool)


def _terminated(text: str, starts: np.ndarray, ends: np.ndarray, scan: dict) -> np.ndarray:
    """``TERMINATED.search(text[s:e][-24:].rstrip()) is not None`` per span.

    The tail is ``text[t:e]``, t = max(s, e - 24); stripped, it ends at r, the
    last non-space offset before e, and is empty when r < t. ``$`` is its end
    (or before a final newline, but none is left). Without the optional
    footnote the regex matches exactly when the first non-closer going back
    from r is a terminal mark at or after t (marks are no closers). With the
    footnote, r is "]": those few tails (a "]" is also a closer) are asked of
    the regex itself."""
    tail = np.maximum(starts, ends - TAIL)
    r = _back_over(scan["space"], ends - 1)
    solid = r >= tail
    mark = _back_over(scan["close"], r)
    done = solid & (mark >= tail) & _holds(scan["mark"], mark)
    search = TERMINATED.search
    for i in np.flatnonzero(solid & ~done).tolist():
        if text[r[i]] == "]":
            done[i] = search(text[tail[i] : r[i] + 1]) is not None
    return done


def _repeated(text: str, starts: np.ndarray, ends: np.ndarray, scan: dict) -> np.ndarray:
    """Is each span's key ``"".join(text[s:e].lower().split())`` the key of an
    earlier span. A key is the span's non-space characters, each lowered alone
    (``_lowers_alone``): its sum of ``_values`` over the span is a function of
    the key. Spans holding an odd character ("İ" lowers to two characters, "Σ"
    by its neighbours) get the sum of ``_key_value`` over their key string
    instead. Equal keys have equal sums, so a span alone with its sum has no
    repeat; the spans that share a sum with another are decided by their key
    strings."""
    n = len(starts)
    prefix = scan["prefix"]
    with np.errstate(over="ignore"):
        value = prefix[n:] - prefix[:n]
    odd = scan["odd"]
    if len(odd):
        for i in np.flatnonzero(np.searchsorted(odd, ends) > np.searchsorted(odd, starts)).tolist():
            key = _key(text, starts[i], ends[i])
            value[i] = _key_value(code_points(key)).sum(dtype=np.uint64)
    _, inverse, counts = np.unique(value, return_inverse=True, return_counts=True)
    shared = np.flatnonzero(counts[inverse.reshape(-1)] > 1)
    repeated = np.zeros(n, dtype=bool)
    seen: set[str] = set()
    for i, a, e in zip(
        shared.tolist(), starts[shared].tolist(), ends[shared].tolist(), strict=True
    ):
        key = _key(text, a, e)
        repeated[i] = key in seen
        seen.add(key)
    return repeated


def _key(text: str, start: int, end: int) -> str:
    return "".join(text[start:end].lower().split())
