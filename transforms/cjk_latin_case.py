"""Latin letters inside CJK text, for rule ``latin_in_cjk`` of
``transforms.cjk_layout`` (described there): letter classes, clause
``quote_edges``' term characters and clause ``case_hump``'s tests."""

from __future__ import annotations

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search


def is_latin(c: np.ndarray) -> np.ndarray:
    """Whether each code point is an ASCII letter."""
    return ((c | 32) >= 97) & ((c | 32) <= 122)


_TERM_SIGNS = np.asarray([ord(c) for c in "~/$-_%@:=+<>[]{}*"], dtype=np.uint32)


def term_char(c: np.ndarray) -> np.ndarray:
    """Clause ``quote_edges``: an ASCII letter or digit, or a sign that opens or
    closes a path, a variable or an option."""
    return is_latin(c) | ((c >= 48) & (c <= 57)) | isin(c, _TERM_SIGNS)


def is_lower(c: np.ndarray) -> np.ndarray:
    return (c >= 97) & (c <= 122)


def is_upper(c: np.ndarray) -> np.ndarray:
    return (c >= 65) & (c <= 90)


def spaced_capitals(cp: np.ndarray) -> bool:
    """Clause ``case_hump``: whether the text writes a lower-case letter, a
    space and a capital ("Arthur Waley") more often than a lower-case letter
    right before a capital ("JavaScript", "GitHub")."""
    lower, upper = is_lower(cp), is_upper(cp)
    spaced = int((lower[:-2] & (cp[1:-1] == 32) & upper[2:]).sum())
    return spaced > int((lower[:-1] & upper[1:]).sum())


def word_start_ok(cp: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Clause ``case_hump``: whether the Latin run ending at each ``end`` opens
    with a capital or after a space ("Arthur", "the British"), not as a
    lower-case piece set right against CJK text ("的iPhone", "装上macOS"),
    the way product names and identifiers start and English words do not."""
    other = np.flatnonzero(~is_latin(cp))
    start = np.r_[-1, other][np.searchsorted(other, end)] + 1
    return is_upper(cp[start]) | (start == 0) | (cp[np.maximum(start - 1, 0)] == 32)
