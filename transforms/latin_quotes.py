"""Clause ``latin_quote_fragment`` (session 36) of ``transforms.key_sentences``: a
sentence whose double quotation marks do not pair up (more “ than ” or the other way
round, or an odd count of '"') is a piece of a speech cut at its inner full stop, and
no key sentence. Rule ``quote_fragment`` (``transforms.cjk_quotes``) asks this of CJK
sentences only; English novels' key sentences held such pieces: Daisy Miller's
'“Well!” cried Miss Daisy Miller with a laugh; “I guess I know my own mother.' (the
speech goes on in the next sentence) and 'You have had time to go to see Mrs.
Walker.”' (its end, without its start or speaker); 125 of 1,155 English key sentences
of ten random Gutenberg books (session 36, branch wtG2).

Guards: only double marks are counted (’ is an apostrophe as often as a closer, and
‘’ nest inside); a sentence holding a whole speech (“…,” said X, “…!”) pairs up and
stays; a sentence without marks stays (a long speech's middle: not asked here).

Cost: the marks are found once per document with one regex scan (a literal
prefilter first: a text without any double mark is not scanned), then counted per
candidate span with a sorted search.
"""

from __future__ import annotations

import re

import numpy as np


def latin_quote_fragments(text: str, spans: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Indices (of ``candidates``, sentence indices into ``spans``) of the sentences
    whose double quotation marks do not pair up (module docstring)."""
    cand = np.asarray(candidates, dtype=np.int64)
    if not len(cand) or ('"' not in text and "“" not in text and "”" not in text):
        return cand[:0]
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    a, b = spans[cand, 0], spans[cand, 1]

    def count(mark: str) -> np.ndarray:
        if mark not in text:
            return np.zeros(len(cand), dtype=np.int64)
        at = np.fromiter((m.start() for m in re.finditer(mark, text)), dtype=np.int64)
        return np.searchsorted(at, b) - np.searchsorted(at, a)

    bad = (count("“") != count("”")) | (count('"') % 2 != 0)
    return cand[bad]
