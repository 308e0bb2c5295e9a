"""Clause ``single_quote_speech`` (session 51) of ``transforms.latin_speech``: in a text whose
speeches stand in single quotation marks (‘…’ or '…', the British convention), the speech
groups and pieces of ``latin_speech`` are read from those marks.

``latin_speech_candidate`` / ``latin_speech_whole_only`` / ``latin_speech_middle`` read only
double marks (“ ” "), so in a single-quote novel every sentence of a speech Punkt cut was a
candidate alone. Of 100 English key sentences read (session 51, 26 user books), the
pieces of a speech without the rest of it were the largest class the rules do not catch,
and most stood in single-quote books: Gissing's 4307-0 "I made up my mind long ago that you
should never go into my business; you were to be something a good deal better." (the
middle of a father's eleven-sentence ‘…’ speech), its "The difference of rent will all go
in doctors’ bills.--I don’t think mother would mind; but I must be back before twelve, of
course.’" (a speech's end), Wuthering Heights' (pg768) "Let us settle it at once: will you
stay here, and am I to fight my way to Catherine over Linton and his footman?" (the middle
of Heathcliff's '…' speech: who is "I"?).

A text is read this way when its sentence-opening single marks outnumber its double ones
``SINGLE_QUOTE_MAJORITY`` (10) times over: in the six single-quote user books they do 13-31
times; a double-quote speech that quotes a dialogue in '…' (Henty's Harry, "\"Don't interrupt
me, Agnes, … 'I want to have a chat with you, Thornton,' I said." in
``test_latin_speech_middle_s41``: 6 times) stays a double-quote text. Per sentence, as the double marks are counted: a sentence opens a
speech when it holds one opening mark more than closing ones, closes one when it holds one
closing mark more, and holds no mark when it has neither. Which ' and ’ are marks:

* an opening mark is a ‘ not after a letter or digit, or a ' at a sentence's start or after a
  space, a bracket, a dash or a double mark, with no space after it ("'Here, Charlotte,'");
* clause ``single_quote_elision`` (``ELISIONS``): a mark that starts 'em, 'tis, 'twas,
  'twere, 'twould, 'twill, 'tween, 'twixt, 'cause, 'un, 'ud stands for left-out
  letters, no opening ("so he may go without 'em.", pg730);
* a closing mark is a ’ or ' after a sentence mark, comma, colon, semicolon or dash, with no
  letter or digit after it ("of course.’", "'Oh! that's the boy, is it?'"); an apostrophe
  (don’t, doctors’ bills, "a large boys' school") is neither.

Clause ``single_quote_not_in_plays``: a play (``stage_directions.is_play``) is never read
this way: its speeches follow speaker labels, and its ' are elisions ('gainst, 'scape, o')
and the odd quoted line; read as speech marks, they changed the keys of 18 of the 78
Shakespeare texts in the snapshot (before this clause).

Clause ``single_quote_dialogue_text``: the text holds at least ``SINGLE_QUOTE_DIALOGUE_SHARE``
(0.12) closing single marks a sentence: a novel's dialogue (the six single-quote user books:
0.32-0.53, Our Village just above 0.12), not a treatise that quotes (Jowett's Timaeus, Phaedo, Poetics:
0.04-0.10). Without it, the Phaedo lost Socrates' "It has been proved to us by experience that
if we would have pure knowledge of anything we must be quit of the body…" (a piece of his
speech that needs no speaker) to "That is very true, he said.", and the Timaeus three sentences
of its argument.

The double marks are not read in such a text (they are its inner quotations, "‘I don’t see
the “of course,”’"). The groups and pieces are then those of ``latin_speech`` with the same
limits (two to six sentences, 1,000 characters, one paragraph).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.quote_marks import span_counts
from transforms.stage_directions import is_play

SINGLE_QUOTE_MAJORITY = 10
# Clause single_quote_dialogue_text: closing single marks per sentence, at least.
SINGLE_QUOTE_DIALOGUE_SHARE = 0.12
# Clause single_quote_elision: a ' or ‘ that starts one of these words stands for left-out
# letters, no quotation (Oliver Twist's "so he may go without 'em.", "'Tis", "'twas").
ELISIONS = re.compile(
    r"(?<!\w)['‘](?:em|tis|twas|twere|twould|twill|tween|twixt|cause|un|ud)\b", re.I
)
# ELISIONS without its look-behind, which Python's re tried at every position of the text (40
# ms a call on an 830,000-character book; review, session 51): the few matches
# are filtered by the character before them (re's \w: a letter, digit or '_'), same starts.
_ELISION_WORDS = re.compile(ELISIONS.pattern.replace("(?<!\\w)", "", 1), re.I)


def _elided(text: str) -> np.ndarray:
    """The starts of ``ELISIONS``' matches (clause single_quote_elision), found fast."""
    starts = [
        m.start()
        for m in _ELISION_WORDS.finditer(text)
        if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ]
    return np.asarray(starts, dtype=np.int64)


# Code points: ' ‘ ’ “ " and what may stand before an opening straight '.
_APOS, _LSQ, _RSQ, _LDQ, _DQ = 0x27, 0x2018, 0x2019, 0x201C, 0x22
_BEFORE_OPEN = np.array([ord(c) for c in ' \t\n\r\xa0([{—–-“"\u3000'], dtype=np.uint32)
_BEFORE_CLOSE = np.array([ord(c) for c in ".,!?;:—–-…"], dtype=np.uint32)
_SPACE = np.array([ord(c) for c in " \t\n\r\xa0\u3000"], dtype=np.uint32)


def _is_word(codes: np.ndarray) -> np.ndarray:
    """Whether each code point is a letter or digit (``str.isalnum``), asked once per
    distinct code point."""
    if not len(codes):
        return np.zeros(0, dtype=bool)
    uniq, inv = np.unique(codes, return_inverse=True)
    table = np.fromiter((chr(int(u)).isalnum() for u in uniq), dtype=bool, count=len(uniq))
    return table[inv.reshape(-1)]


def _codes(text: str) -> np.ndarray:
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) == 2 * len(text):
        return np.frombuffer(units, dtype=np.uint16)
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _neighbours(cp: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The code points before and after each position (a line break past the ends)."""
    n = len(cp)
    prev = np.where(at > 0, cp[np.maximum(at - 1, 0)], 0x0A)
    nxt = np.where(at + 1 < n, cp[np.minimum(at + 1, n - 1)], 0x0A)
    return prev, nxt


def single_quote_marks(
    text: str, spans: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """Per sentence (``latin_speech.sentence_marks``' arrays): opens a speech, closes one,
    a zero straight-double count, holds no single mark; None when the text is no
    single-quote text (module docstring)."""
    if "'" not in text and "‘" not in text:
        return None
    cp = _codes(text)
    at = np.flatnonzero((cp == _APOS) | ((cp | 1) == _RSQ)).astype(np.int64)  # ' ‘ ’
    code = cp[at]
    prev, nxt = _neighbours(cp, at)
    # Which mark the speeches use: marks opening after a space (or at the text's start),
    # a space not after them; decided before any other work (a double-quote book's
    # apostrophes are many).
    next_space = np.isin(nxt, _SPACE)
    spaced = np.isin(prev, _SPACE) & ~next_space & (code != _RSQ)
    dq = np.flatnonzero((cp == _DQ) | (cp == _LDQ))
    dprev, dnext = _neighbours(cp, dq)
    double_open = int(np.count_nonzero(np.isin(dprev, _SPACE) & ~np.isin(dnext, _SPACE)))
    elided = _elided(text)
    spaced &= ~np.isin(at, elided)  # clause single_quote_elision
    single_open = int(np.count_nonzero(spaced))
    if not single_open or single_open < SINGLE_QUOTE_MAJORITY * double_open:
        return None
    if is_play(text):  # clause single_quote_not_in_plays
        return None
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    at_start = np.isin(at, spans[:, 0])
    word_prev, word_next = _is_word(prev), _is_word(nxt)
    opening = ((code == _LSQ) & ~word_prev) | (
        (code == _APOS) & (at_start | np.isin(prev, _BEFORE_OPEN)) & ~next_space
    )
    opening &= ~np.isin(at, elided)  # clause single_quote_elision
    closing = (code != _LSQ) & np.isin(prev, _BEFORE_CLOSE) & ~word_next & ~opening
    if np.count_nonzero(closing) < SINGLE_QUOTE_DIALOGUE_SHARE * len(spans):
        return None  # clause single_quote_dialogue_text
    o = span_counts(at[opening], spans)
    c = span_counts(at[closing], spans)
    d = o - c
    return d == 1, d == -1, np.zeros(len(spans), dtype=np.int64), (o + c) == 0
