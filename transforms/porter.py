"""Rule ``porter_stems``' engine: NLTK's Porter stemmer (``PorterStemmer()``, mode
``NLTK_EXTENSIONS``, called with ``to_lowercase=False``), step for step, without
NLTK's per-call overhead.

NLTK builds each step's rule list (tuples, lambdas) on every call and walks it in
order with ``endswith``, and computes a stem's measure by joining a "c"/"v" string
of per-character flags. Here the same rules sit in tables keyed by the suffix's
last letter (a suffix can only match a word ending in that letter, so the first
matching rule in NLTK's order is still the first one tried), and the measure of a
stem without "y" is the number of vowel-consonant pairs (``[aeiou][^aeiou]``: two
such transitions never overlap). Stems with "y" go through NLTK's flag walk.

The result equals NLTK's on every distinct word of the shared English books,
the Shakespeare plays, the Manifesto texts and BBC News, and on random strings of
suffix letters (tests/transforms/test_porter.py); about 4x faster per word
(docs/PERFORMANCE.md, "Sixth round").
"""

from __future__ import annotations

import re

_VOWELS = frozenset("aeiou")
_VC = re.compile(r"[aeiou][^aeiou]")

# NLTK_EXTENSIONS' irregular forms: word -> stem, before any step.
_POOL = {
    "sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
    "news": "news", "innings": "inning", "inning": "inning", "outings": "outing",
    "outing": "outing", "cannings": "canning", "canning": "canning", "howe": "howe",
    "proceed": "proceed", "exceed": "exceed", "succeed": "succeed",
}  # fmt: skip


def _by_last_letter(rules):
    """``{last letter: [(suffix, replacement), ...]}`` in the rules' order."""
    table: dict[str, list] = {}
    for suffix, replacement in rules:
        table.setdefault(suffix[-1], []).append((suffix, replacement, len(suffix)))
    return table


# Step 2 (NLTK mode: "bli" -> "ble", then "fulli" and "logi" appended), m > 0
# on the stem ("logi": on the word minus "ogi").
_STEP2 = _by_last_letter([
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"),
    ("izer", "ize"), ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"),
    ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"),
    ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
    ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("fulli", "ful"),
    ("logi", "log"),
])  # fmt: skip
# Step 3, m > 0.
_STEP3 = _by_last_letter([
    ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
    ("ful", ""), ("ness", ""),
])  # fmt: skip
# Step 4, m > 1 ("ion": and the stem ends in "s" or "t").
_STEP4 = _by_last_letter([
    ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""),
    ("ible", ""), ("ant", ""), ("ement", ""), ("ment", ""), ("ent", ""), ("ion", ""),
    ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""), ("ive", ""),
    ("ize", ""),
])  # fmt: skip


def _is_consonant(word: str, i: int) -> bool:
    """NLTK's ``_is_consonant``: not a, e, i, o, u, nor a "y" after a consonant."""
    if word[i] in _VOWELS:
        return False
    if word[i] == "y":
        negate = False
        while i > 0 and word[i] == "y":
            negate = not negate
            i -= 1
        return (word[i] not in _VOWELS) != negate
    return True


def _measure(stem: str) -> int:
    """Porter's m: the number of vowel-consonant transitions."""
    if "y" not in stem:
        return len(_VC.findall(stem))
    m, before = 0, True  # before: the previous character is a consonant
    for i, ch in enumerate(stem):
        consonant = ch not in _VOWELS and (ch != "y" or i == 0 or not before)
        m += consonant and not before and i > 0
        before = consonant
    return m


def _contains_vowel(stem: str) -> bool:
    """A vowel: a, e, i, o, u, or a "y" after a consonant (any "y" but the first
    character is one when the stem has no a, e, i, o, u)."""
    return not _VOWELS.isdisjoint(stem) or "y" in stem[1:]


def _ends_cvc(word: str) -> bool:
    """Porter's *o, and NLTK's two-letter vowel-consonant."""
    n = len(word)
    return (
        n >= 3
        and _is_consonant(word, n - 3)
        and not _is_consonant(word, n - 2)
        and _is_consonant(word, n - 1)
        and word[-1] not in ("w", "x", "y")
    ) or (n == 2 and not _is_consonant(word, 0) and _is_consonant(word, 1))


def _step1a(word: str) -> str:
    if word.endswith("ies") and len(word) == 4:
        return word[:-3] + "ie"
    if not word.endswith("s"):
        return word
    if word.endswith("sses") or word.endswith("ies"):
        return word[:-2]
    if word.endswith("ss"):
        return word
    return word[:-1]


def _step1b(word: str) -> str:
    if word.endswith("ied"):
        return word[:-3] + ("ie" if len(word) == 4 else "i")
    if word.endswith("eed"):
        return word[:-1] if _measure(word[:-3]) > 0 else word
    if word.endswith("ed"):
        stem = word[:-2]
    elif word.endswith("ing"):
        stem = word[:-3]
    else:
        return word
    if not _contains_vowel(stem):
        return word
    if stem.endswith("at") or stem.endswith("bl") or stem.endswith("iz"):
        return stem + "e"
    if len(stem) >= 2 and stem[-1] == stem[-2] and _is_consonant(stem, len(stem) - 1):
        return stem if stem[-1] in ("l", "s", "z") else stem[:-1]
    if _measure(stem) == 1 and _ends_cvc(stem):
        return stem + "e"
    return stem


def _step1c(word: str) -> str:
    if word.endswith("y") and len(word) > 2 and _is_consonant(word, len(word) - 2):
        return word[:-1] + "i"
    return word


def _step2(word: str) -> str:
    if word.endswith("alli") and _measure(word[:-4]) > 0:
        return _step2(word[:-4] + "al")
    for suffix, replacement, n in _STEP2.get(word[-1:], ()):
        if word.endswith(suffix):
            stem = word[:-n]
            ok = _measure(word[:-3] if suffix == "logi" else stem) > 0
            return stem + replacement if ok else word
    return word


def _step3(word: str) -> str:
    for suffix, replacement, n in _STEP3.get(word[-1:], ()):
        if word.endswith(suffix):
            stem = word[:-n]
            return stem + replacement if _measure(stem) > 0 else word
    return word


def _step4(word: str) -> str:
    for suffix, _, n in _STEP4.get(word[-1:], ()):
        if word.endswith(suffix):
            stem = word[:-n]
            ok = _measure(stem) > 1 and (suffix != "ion" or stem[-1] in ("s", "t"))
            return stem if ok else word
    return word


def _step5(word: str) -> str:
    """Steps 5a and 5b."""
    if word.endswith("e"):
        stem = word[:-1]
        m = _measure(stem)
        if m > 1 or (m == 1 and not _ends_cvc(stem)):
            word = stem
    if word.endswith("ll") and _measure(word[:-1]) > 1:
        return word[:-1]
    return word


def stem(word: str) -> str:
    """``nltk.stem.porter.PorterStemmer().stem(word, to_lowercase=False)``."""
    irregular = _POOL.get(word)
    if irregular is not None:
        return irregular
    if len(word) <= 2:
        return word
    word = _step1c(_step1b(_step1a(word)))
    return _step5(_step4(_step3(_step2(word))))
