"""Line rules of the unwrap stage for verse and plays (``transforms.unwrap``):
which line breaks are verse lines, speech openings or list entries, never wraps.

Each function takes the per-line arrays ``find_wraps`` builds (first/last
non-space positions, blank lines, indentation; ``cp`` the text's code points) and
returns one bool per line. Rules (named in ``transforms.unwrap``'s docstring):
``speech_prefix``, ``verse_neighbourhood``, ``verse_stanza``, ``verse_block`` and
``cast_list``.

Rule ``noun_capitals`` (``prose_threshold``): a prose document is one where
most lines that continue a full line start in lower case (``continuation_share``
in ``transforms.unwrap``); German capitalises its nouns, so its wrapped prose
starts lines in capitals far more often (Debian's German FAQ: 0.58 of them in
lower case, the English, French and Russian FAQ 0.81-0.83), and its paragraphs
were kept as lines, read as verse. The words inside lines (after a lower-case
letter or a comma and a space) tell the language's habit: 0.70-0.72 of them are
lower case in Debian's German FAQ and Reference, 0.79-0.99 in the 107 shared
English books and plays (the fewest: the First Folio histories, full of
capitalised names), 0.92-0.94 in the French, Spanish, Italian, Portuguese and
Russian texts. Below ``NOUN_CAPITALS`` the threshold is scaled by that share,
in a German document only (clause ``german_only``: rule ``punkt_language`` of
``transforms.sentence_languages`` says "de"); English "Field: value" files and
name lists have shares as low (Debian's copyright files) and kept their lines.
"""

from __future__ import annotations

import collections
import re

import numpy as np

from transforms.sentence_languages import punkt_language
from transforms.sorted_unique import zero_first  # clause one_dtype_concatenate


def chars_pass(text, cp, pos, test, *ascii_ranges) -> np.ndarray:
    """``test(text[p])`` for every p: ASCII by code point ranges, the rest in Python
    (once per distinct character)."""
    c = cp[pos]
    out = np.zeros(len(pos), dtype=bool)
    for lo, hi in zip(ascii_ranges[::2], ascii_ranges[1::2], strict=True):
        out |= (c >= lo) & (c <= hi)
    other = np.flatnonzero(c >= 128)
    if len(other):
        # Each distinct character tested once (text[p] is chr(cp[p])).
        chars, inverse = np.unique(c[other], return_inverse=True)
        verdict = np.fromiter(map(test, map(chr, chars.tolist())), bool, len(chars))
        out[other] = verdict[inverse.reshape(-1)]
    return out


# "Qu. ", " Pet. ", "1.Lord. ", "Ch.Iust. ": a speaker's name or its abbreviation, a
# period, a space (First Folio and similar editions of plays).
_SPEECH_PREFIX = re.compile(r"(?:\d\.? ?)?[A-Z][\w'\[\]]{0,14}(?:\.[A-Z][\w'\[\]]{0,14})*\. ")


def speech_prefix_lines(text: str, first: np.ndarray, indent: np.ndarray) -> np.ndarray:
    """Whether each line opens a speech: it is indented and starts with a prefix
    (``_SPEECH_PREFIX``) that opens at least ``_SPEECH_PREFIX_MIN`` indented lines
    of the document, so a name wrapped to the start of a line is not one."""
    lines = np.flatnonzero(indent > 0)
    prefixes: dict[int, str] = {}
    for k, a in zip(lines.tolist(), first[lines].tolist(), strict=True):
        m = _SPEECH_PREFIX.match(text, a, a + 40)
        if m:
            prefixes[k] = m.group()
    counts = collections.Counter(prefixes.values())
    out = np.zeros(len(first), dtype=bool)
    for k, prefix in prefixes.items():
        out[k] = counts[prefix] >= _SPEECH_PREFIX_MIN
    return out


_SPEECH_PREFIX_MIN = 3
# Rule verse_neighbourhood: a line ending on one of these does not end a
# sentence but often ends a verse line; the lines within _VERSE_WINDOW of a
# line, inside its speech, are verse when at least _VERSE_CAPITALS of them
# start with a capital and at most _VERSE_LOWER in lower case.
SOFT_END = np.asarray([ord(c) for c in ",-—"], dtype=np.uint32)
_VERSE_WINDOW = 4
_VERSE_CAPITALS = 5
_VERSE_LOWER = 2


def line_case(text, cp, first, blank) -> tuple[np.ndarray, np.ndarray]:
    """Whether each line starts with an upper-case / a lower-case letter."""
    safe = np.minimum(first, len(cp) - 1)
    upper = ~blank & chars_pass(text, cp, safe, str.isupper, 65, 90)
    lower = ~blank & chars_pass(text, cp, safe, str.islower, 97, 122)
    return upper, lower


def verse_lines(upper, lower, blank, indent, config) -> np.ndarray:
    """Whether each line sits among verse lines of its unit (rule
    ``verse_neighbourhood``): a unit is a run of non-blank lines that a blank
    line or a deeper-indented line (a new speech in the Folio layout) ends, so
    a prose speech next to verse speeches is not counted as verse."""
    nlines = len(blank)
    opens = np.ones(nlines, dtype=bool)
    opens[1:] = blank[1:] | blank[:-1] | (indent[1:] >= indent[:-1] + config.indent)
    unit = np.cumsum(opens) - 1
    unit_first = np.flatnonzero(opens)
    unit_last = np.concatenate((unit_first[1:] - 1, [nlines - 1]))  # clause one_dtype_concatenate
    k = np.arange(nlines)
    lo = np.maximum(k - _VERSE_WINDOW, unit_first[unit])
    hi = np.minimum(k + _VERSE_WINDOW, unit_last[unit]) + 1
    caps = zero_first(np.cumsum(upper))
    lows = zero_first(np.cumsum(lower))
    n_caps = caps[hi] - caps[lo] - upper
    n_lows = lows[hi] - lows[lo] - lower
    return (n_caps >= _VERSE_CAPITALS) & (n_lows <= _VERSE_LOWER)


# Rule verse_stanza: a block of at least this many lines, at most one of them
# lower-case, is set as verse.
_STANZA_LINES = 8


def verse_blocks(blank, lower) -> np.ndarray:
    """Whether each line's block (lines between blank lines) is set as verse: at
    least ``_STANZA_LINES`` lines, at most one of them starting in lower case.
    Prose wrapped over that many lines starts most of them in lower case."""
    block = np.cumsum(blank)
    n_lines = np.bincount(block, weights=~blank)
    n_lower = np.bincount(block, weights=lower, minlength=len(n_lines))
    return ((n_lines >= _STANZA_LINES) & (n_lower <= 1))[block]


def stanza_lines(a, b, width, blank, upper, lower) -> np.ndarray:
    """For each pair ``a`` / ``b``: whether ``b`` is a lone lower-case line of a
    verse block (rule ``verse_stanza``), at least half as wide as ``a`` (a
    turnover is a word or two)."""
    after = np.minimum(b + 1, len(blank) - 1)
    lone = lower[b] & upper[a] & upper[after] & (b + 1 < len(blank))
    return lone & verse_blocks(blank, lower)[b] & (2 * width[b] >= width[a])


# Rule cast_list: a line opening with two capitals ("HENRY BEAUFORT, great-uncle
# to the King") in a block of at least _CAST_MIN lines, half of them opening so.
_CAST_MIN = 3


def cast_list_lines(text, cp, first, last, blank) -> np.ndarray:
    """Whether each line is an entry of a list of names in capitals followed by
    a description in lower case (rule ``cast_list``): such a line is never a
    wrap. A paragraph set in capitals has no lower-case description, so its
    wraps still join."""
    nlines = len(first)
    safe = np.minimum(first, len(cp) - 2)
    caps2 = (
        ~blank
        & chars_pass(text, cp, safe, str.isupper, 65, 90)
        & chars_pass(text, cp, safe + 1, str.isupper, 65, 90)
    )
    out = np.zeros(nlines, dtype=bool)
    if caps2.sum() < _CAST_MIN:
        return out
    block = np.cumsum(blank)
    n_lines = np.bincount(block, weights=~blank, minlength=block[-1] + 1)
    n_caps = np.bincount(block, weights=caps2, minlength=block[-1] + 1)
    listy = (n_caps >= _CAST_MIN) & (2 * n_caps >= n_lines)
    for j in np.flatnonzero(caps2 & listy[block]).tolist():
        out[j] = any(c.islower() for c in text[first[j] : last[j]])
    return out


NOUN_CAPITALS = 0.75  # below this share of lower-case words inside lines
_MIN_INNER_WORDS = 200  # fewer: the share says nothing


def prose_threshold(text: str, cp: np.ndarray, prose_lower: float) -> float:
    """Rule ``noun_capitals`` (module doc): ``prose_lower``, times the share of
    lower-case words inside lines where that share is below ``NOUN_CAPITALS``."""
    pos = np.flatnonzero(cp[1:-1] == 32) + 2  # the character after a space
    before = cp[pos - 2]
    # After a lower-case letter (ASCII, or any alphabet's) or a comma.
    ok = ((before >= 97) & (before <= 122)) | (before == 44)
    other = np.flatnonzero(before >= 128)
    if len(other):
        ok[other] = chars_pass(text, cp, pos[other] - 2, str.islower)
    pos = pos[ok]
    pos = pos[chars_pass(text, cp, pos, str.isalpha, 65, 90, 97, 122)]
    if len(pos) < _MIN_INNER_WORDS:
        return prose_lower
    share = float(chars_pass(text, cp, pos, str.islower, 97, 122).mean())
    # Clause german_only: names and "Field: value" lines lower the share too
    # (Debian's English copyright files: 0.6-0.7), so German function words must win.
    if share >= NOUN_CAPITALS or punkt_language(text) != "de":
        return prose_lower
    return prose_lower * share
