"""Positions of the quotation marks and line breaks of a text, found once, and counts of
them per span: shared by the CJK quote rules of the key-sentence stage
(``transforms.cjk_quotes`` and ``transforms.key_quotes``), which used to find them and
count them per sentence each on its own.

Clause ``quote_marks_once`` (session 34): the rules ``quote_fragment``,
``speech_middle_sentence`` and ``split_quote_candidate`` each turned the whole text into
code points and searched it for the same eight characters (「」『』“”" and the line
break); ``mark_positions`` does it once per document (a one-entry cache keyed on the
text itself: its hash is computed once per string, so a hit costs nothing).

Clause ``counts_from_marks`` (session 34): a count of marks per sentence was two binary
searches per sentence (~37,000 sentences of 红楼梦, 0.5 ms a mark); ``span_counts`` and
``count_below`` search the few marks among the sorted sentence bounds instead and
count with ``bincount``, the same integers (a plain ``searchsorted`` is kept for spans
out of order).

Clause ``counts_once_per_document`` (session 35): ``quote_fragment`` (over the candidate
sentences) and ``split_quote_candidate`` (over all sentences) each counted the seven quote
marks per sentence; ``sentence_counts`` counts them once over all the document's
sentences and keeps them for the last (text, spans), and the candidates' counts are read
from it (a span's count does not depend on the other spans: the same integers).

Clause ``cjk_once_per_document`` (session 35, part 2): ``holds_cjk`` answers "the text
holds a CJK character" (``cjk_layout.CJK_CHAR``) once per document for the rules that ask
it (``cjk_quotes.quoted_cjk``, ``cjk_inner_quotes``, ``chapter_end_formulas``): on an
English book each scanned the whole text for it (or for its literal phrases), ~45 ms over
text_speed's 30 English books; clause ``cjk_units_prefilter`` answers it from the text's
UTF-16 code units (the regex asked only of stretches that hold one at or above U+2E80).

Cost: one pass over the text's code points in 4 Mi-character chunks (~1 ms for 红楼梦);
the positions take 8 bytes a mark (the text's quote marks and lines, not its characters).
"""

from __future__ import annotations

import functools

import numpy as np

from transforms.cjk_layout import CJK_CHAR

MARKS = '「」『』“”"\n'
_CHUNK = 1 << 22  # characters turned into code points at once (4 bytes each)


@functools.lru_cache(maxsize=1)
def mark_positions(text: str) -> dict[str, np.ndarray]:
    """``{mark: ascending int64 positions}`` for each of ``MARKS`` (read-only arrays)."""
    found: dict[str, list[np.ndarray]] = {m: [] for m in MARKS}
    # No "m in text" test first: on a text of ideographs each is a slow full scan,
    # slower than the comparison of its code points.
    for a in range(0, len(text), _CHUNK):
        cp = np.frombuffer(
            text[a : a + _CHUNK].encode("utf-32-le", "surrogatepass"), dtype=np.uint32
        )
        for m in MARKS:
            found[m].append(np.flatnonzero(cp == ord(m)) + a)
    out = {}
    for m, parts in found.items():
        at = np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, np.int64)
        at.setflags(write=False)
        out[m] = at
    return out


def count_below(at: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """``np.searchsorted(at, keys)`` (how many of the sorted ``at`` lie below each key),
    found by searching ``at`` among ``keys`` when the keys ascend (the marks are fewer)."""
    keys = np.asarray(keys, dtype=np.int64)
    if len(keys) < 2 or not (keys[1:] >= keys[:-1]).all():
        return np.searchsorted(at, keys)
    slot = np.searchsorted(keys, at, side="right")
    return np.cumsum(np.bincount(slot, minlength=len(keys) + 1))[: len(keys)]


def span_counts(at: np.ndarray, spans: np.ndarray) -> np.ndarray:
    """How many of the sorted positions ``at`` lie in each span [a, b) of ``spans``
    ((n, 2) int64): ``searchsorted(at, b) - searchsorted(at, a)``, found per mark (the
    span that starts last at or before it) when the spans ascend without overlap."""
    starts, ends = spans[:, 0], spans[:, 1]
    if len(spans) < 2 or not ((ends >= starts).all() and (starts[1:] >= ends[:-1]).all()):
        return np.searchsorted(at, ends) - np.searchsorted(at, starts)
    i = np.searchsorted(starts, at, side="right") - 1
    inside = (i >= 0) & (at < ends[np.maximum(i, 0)])
    return np.bincount(i[inside], minlength=len(spans))


QUOTES = '「」『』“”"'
_COUNTS: tuple = (None, None, None)  # sentence_counts' last (text, spans copy, counts)


def sentence_counts(text: str, spans: np.ndarray) -> dict[str, np.ndarray]:
    """``{mark: span_counts(mark_positions(text)[mark], spans)}`` for each of ``QUOTES``
    (read-only), computed once for the last (text, spans) asked (clause
    ``counts_once_per_document``): the text is compared by identity (it is held), the
    spans by value (a copy is held)."""
    global _COUNTS
    last = _COUNTS  # read once: threads may replace it
    if last[0] is text and last[1].shape == spans.shape and np.array_equal(last[1], spans):
        return last[2]
    marks = mark_positions(text)
    out = {}
    for m in QUOTES:
        out[m] = span_counts(marks[m], spans)
        out[m].setflags(write=False)
    _COUNTS = (text, np.array(spans, dtype=np.int64), out)
    return out


_CJK: tuple = (None, False)  # holds_cjk's last (text, answer): one tuple, set at once


def holds_cjk(text: str) -> bool:
    """``CJK_CHAR.search(text) is not None``, decided once for the last text asked (by
    identity: the text is held) (clause ``cjk_once_per_document``)."""
    global _CJK
    last = _CJK  # read once: threads may replace it
    if last[0] is text:
        return last[1]
    found = _cjk_search(text)
    _CJK = (text, found)
    return found


_UNITS = 1 << 16  # characters of a text turned into UTF-16 code units at once
_CJK_LOW = 0x2E80  # the least character of CJK_CHAR (cjk_layout._CJK_RANGES)


def _cjk_search(text: str) -> bool:
    """``CJK_CHAR.search(text) is not None``. Clause ``cjk_units_prefilter`` (session 35,
    part 2): the regex took ~4.5 ns a character of an English book (~70 ms over
    text_speed's 30); a stretch of text whose UTF-16 code units all lie below U+2E80 holds
    no CJK character (a character past the BMP is two units at U+D800 and above), so only
    a stretch with a unit at or above it is asked of the regex (exact; a Chinese text's
    first stretch answers)."""
    if text.isascii():
        return False
    for a in range(0, len(text), _UNITS):
        part = text[a : a + _UNITS]
        units = np.frombuffer(part.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
        if units.max() >= _CJK_LOW and CJK_CHAR.search(part) is not None:
            return True
    return False


def release() -> None:
    """Drop the document's cached marks, counts and CJK answer (clause
    quote_marks_once_release; ``structure.analyze_text`` calls it in a ``finally``,
    clause release_in_finally)."""
    global _COUNTS, _CJK
    mark_positions.cache_clear()
    _COUNTS = (None, None, None)
    _CJK = (None, False)
