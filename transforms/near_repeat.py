"""Rule ``near_repeat`` of the key-sentence selection (split from
key_sentences.py): a candidate whose character n-grams overlap a picked
sentence's at Jaccard >= ``NEAR_REPEAT_JACCARD`` is passed over."""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"

NEAR_REPEAT_JACCARD = 0.5
# 6 grams: a shared run of 7 CJK characters, or of 8 letters of other text.
NEAR_REPEAT_MIN_SHARED = 6
_GRAM_CHARS = re.compile(r"[^\W_]+")


_CJK_CHAR = re.compile(f"[{_CJK}]")


def char_grams(sentence: str) -> frozenset[str]:
    """The character n-grams of ``sentence``'s letters and digits, lower-cased
    (spaces and punctuation dropped, so a wrap or a comma does not matter): 2-grams
    when at least half of them are CJK characters (a character is about a word),
    else 3-grams; a shorter run is one gram."""
    chars = "".join(_GRAM_CHARS.findall(sentence.lower()))
    n = 2 if 2 * len(_CJK_CHAR.findall(chars)) >= len(chars) else 3
    if len(chars) < n:
        return frozenset([chars]) if chars else frozenset()
    return frozenset(chars[i : i + n] for i in range(len(chars) - n + 1))


def near_repeat(grams: frozenset[str], picked: list[frozenset[str]]) -> bool:
    """Rule ``near_repeat``: Jaccard >= ``NEAR_REPEAT_JACCARD`` with one of
    ``picked``, sharing at least ``NEAR_REPEAT_MIN_SHARED`` grams."""
    n = len(grams)
    if n < NEAR_REPEAT_MIN_SHARED:
        return False
    for other in picked:
        m = len(other)
        # Clause ``gram_counts`` (cost only, same answers): the union's size is
        # n + m - shared (building the union set made the rule 90% of the English
        # text stages' key-sentence time), and Jaccard <= min(n, m) / max(n, m),
        # so a pair whose sizes alone keep it under the threshold is not intersected.
        if min(n, m) < NEAR_REPEAT_JACCARD * max(n, m):
            continue
        shared = len(grams & other)
        if shared >= NEAR_REPEAT_MIN_SHARED and shared >= NEAR_REPEAT_JACCARD * (n + m - shared):
            return True
    return False


class PickedGrams:
    """Clause ``gram_index`` of rule ``near_repeat`` (cost only, same answers): the
    picked sentences' grams in an inverted index (gram -> picks holding it), so a
    candidate's shared-gram count with every pick comes from the postings of its own
    grams (work = the grams it shares) instead of one set intersection per pick (the
    pairwise loop was ~1.0 CPU-s of the 30 English books' key-sentence time). A pick
    sharing no gram has shared = 0 < ``NEAR_REPEAT_MIN_SHARED``: never a near repeat,
    so skipping it changes nothing; the test is ``near_repeat``'s, pick by pick."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.postings: dict[str, list[int]] = {}

    def near_repeat(self, grams: frozenset[str]) -> bool:
        n = len(grams)
        if n < NEAR_REPEAT_MIN_SHARED or not self.sizes:
            return False
        postings = self.postings
        counts = Counter(chain.from_iterable(postings[g] for g in grams if g in postings))
        sizes = self.sizes
        for j, shared in counts.items():
            if shared >= NEAR_REPEAT_MIN_SHARED and shared >= NEAR_REPEAT_JACCARD * (
                n + sizes[j] - shared
            ):
                return True
        return False

    def add(self, grams: frozenset[str]) -> None:
        j = len(self.sizes)
        self.sizes.append(len(grams))
        postings = self.postings
        for g in grams:
            postings.setdefault(g, []).append(j)
