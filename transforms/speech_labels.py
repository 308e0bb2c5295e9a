"""Speaker labels of plays as sentence starts (English).

Clause ``speech_line_label`` (session 21): in the First Folio's layout each speech
opens an indented line with its speaker's label (" Ol.Laf. Vncertaine life", " Ham.
To be, or not to be"). After a blank line the label opens a paragraph; after a single
newline it ran into the last sentence of the speech before it, whose end the Folio
often leaves without a stop ("Right, as 'twere a man assur'd of a-" / " Ol.Laf.
Vncertaine life": one sentence "Right, ... of a- Ol.Laf."). A line that rule
``speech_prefix`` of ``transforms.unwrap`` keeps as a speech (indented, opening with a
prefix that opens at least 3 indented lines of the text, so a name wrapped to a
line's start is none) now starts a sentence at its label; the speech after the label
starts one as after a blank line (Punkt's split after "Ol.Laf.", and clause
``numbered_speaker_label`` for "1." / "2.", which now also looks at indented lines
after a single newline).
"""

from __future__ import annotations

import collections
import re

from transforms.english_sentences import (
    _NAMED_OPENING,
    _NUMBERED_OPENING,
    _OPENING_TITLES,
    _openings,
)
from transforms.verse_lines import _SPEECH_PREFIX, _SPEECH_PREFIX_MIN

# Clause speech_line_label: a numbered label also opens a speech on an indented line
# after a single newline ("...Trencher?" / "  1. When good manners").
_LINE_NUMBER = re.compile(r"(?<=[^\n]\n)(?=[ \t])" + _NUMBERED_OPENING.pattern)
# Clause newline_first (session 25, cost only, same matches): ``_LINE_NUMBER`` opens with
# a lookbehind, which the engine tried at every character (0.35 of the 0.44 CPU-s of
# ``speaker_starts`` on the 30 shared English books). It is tried only right after each
# newline that follows a non-newline and precedes a space or tab, found from the literal
# "\n". Its matches hold no newline, so none can reach the next one's start: the list is
# ``finditer``'s.
_INDENTED_LINE = re.compile(r"\n(?<=[^\n]\n)(?=[ \t])")
NEWLINE_FIRST = True


def _line_numbers(text: str) -> list[re.Match]:
    """Clause ``newline_first``: the matches of ``_LINE_NUMBER.finditer(text)``."""
    if not NEWLINE_FIRST:
        return list(_LINE_NUMBER.finditer(text))
    found = (_LINE_NUMBER.match(text, nl.end()) for nl in _INDENTED_LINE.finditer(text))
    return [m for m in found if m]


def numbered_speaker_starts(text: str) -> list[int]:
    """Clause ``numbered_speaker_label`` (``transforms.english_sentences``): the speech
    starts after numbered labels, at blank-line openings and (clause
    ``speech_line_label``) on indented lines after a single newline.

    Clause ``line_number_sequence`` (session 21 review): whether the numbers count on
    (a list) is judged on the blank-line openings when there are 3 or more of them, as
    before; with fewer, on all the numbered labels in text order. Without it one or two
    blank-line openings (a heading "3. Installation") passed the test vacuously and every
    indented list of a text with 10 dotted paragraph openings lost its items' numbers
    ("1." / "Download the archive...")."""
    if "\n\n" not in text:
        return []
    numbered = _openings(_NUMBERED_OPENING, text)
    lines = _line_numbers(text)  # clauses speech_line_label, newline_first
    if len(numbered) + len(lines) < 3:
        return []
    named = [m for m in _openings(_NAMED_OPENING, text) if m.group(1) not in _OPENING_TITLES]
    judged = numbered if len(numbered) >= 3 else sorted(numbered + lines, key=lambda m: m.start())
    numbers = [int(m.group(1)) for m in judged]  # clause line_number_sequence
    counted = sum(b == a + 1 for a, b in zip(numbers[:-1], numbers[1:], strict=True))
    if len(named) < 10 or counted * 2 > len(numbers) - 1:
        return []
    return sorted(m.end() for m in numbered + lines)


# An indented line after a newline, and the speech prefix that opens it. Clause
# speech_label_play (session 22): a number after the prefix makes it no label ("   Fig. 2,
# which is the default here.", a reference wrapped to a line's start); and a text is a
# play when at least _PLAY_SPEAKERS (2) prefixes that are no title or reference abbreviation
# ("Fig.", "No.", "Mr.": ``_OPENING_TITLES``) each open _SPEECH_PREFIX_MIN such lines.
# Without it a paper's or manual's indented lines that opened 3 times with "Fig. " or "Mr. "
# took a sentence start before the word, mid-sentence.
_INDENTED_PREFIX = re.compile(r"\n[ \t]+(" + _SPEECH_PREFIX.pattern + r")(?!\d)")
_PLAY_SPEAKERS = 2
# Clause letter_label (session 22 review): a one-letter prefix ("Q. ", "A. ") is no speaker
# of a play. A court transcript's or an interview's questions and answers ("\tQ.  Did you
# go there?" / "\tA.  Yes, sir.", the layout of a court reporters' tool) opened 3+ indented
# lines each: two "speakers", so clause speech_after_label cut every line after its label,
# "Q. " | " Did you go there?" (a sentence "Q." and one opening on a space), where main
# kept the line whole. The 78 plays have no one-letter label line.
_LETTER_LABEL = re.compile(r"[A-Z]\. ")


def _label_lines(text: str) -> list[re.Match]:
    """The indented lines that open with a speaker's label (rule ``speech_prefix``'s
    test), in a text that clause ``speech_label_play`` takes for a play; else none."""
    lines = list(_INDENTED_PREFIX.finditer(text))
    counts = collections.Counter(m.group(1) for m in lines)
    frequent = {prefix for prefix, n in counts.items() if n >= _SPEECH_PREFIX_MIN}
    speakers = [
        p
        for p in frequent
        if p.strip().rstrip(".") not in _OPENING_TITLES and not _LETTER_LABEL.fullmatch(p)
    ]
    if len(speakers) < _PLAY_SPEAKERS:
        return []
    return [m for m in lines if m.group(1) in frequent]


def speech_line_starts(text: str) -> list[int]:
    """Clause ``speech_line_label``: the label of each speech line that does not follow
    a blank line. Clause ``speech_after_label`` (session 22): the speech after the label
    of every speech line, as Punkt puts it after most labels ("Ber. | Do you thinke"):
    a label that reads as initials ("Cap.E.", "Fren.G.", "2.Lo.E.", rule ``acronym``) or
    as a title or a weekday ("Gen.", "Capt.", "Vol.", "Fri.": rule ``title_before_name``,
    Punkt's "fri" type) ran into its speech ("Cap.E. Meerely our owne traitours.", All's
    Well, IV.iii): 144 of the 26,842 speech lines of the 78 plays."""
    starts = []
    for m in _label_lines(text):
        if text[m.start() - 1 : m.start()] != "\n":
            starts.append(m.start(1))
        starts.append(m.end(1))
    return starts


# Clause two_word_label (session 23): a speech that opens a paragraph of a play with a
# label of two words ("Old M.", "Old L.", "Sir Mich.", "Duke Sen.", "French E.": rule
# speech_prefix takes labels of one word only) starts after the label, as after a one-word
# label: Punkt reads the dotted letter or short word as an initial or an abbreviation and
# ran the label into its speech ("Old M. Gods benyson go with you", Macbeth II.iv; "Old L.
# Alas poore Lady", Henry VIII; 15 of the 67 two-word label lines of the 36 Folio plays).
# Only in a text that clause speech_label_play takes for a play, on an indented line
# after a blank line, the second word a capitalised abbreviation of at most five letters.
_TWO_WORD_LABEL = re.compile(r"(?<=\n\n)[ \t]+[A-Z][a-z]{1,9} [A-Z][a-z]{0,4}\. (?=[A-Z])")


def two_word_label_starts(text: str) -> list[int]:
    """Clause ``two_word_label``: the speech starts after two-word labels of a play."""
    return [m.end() for m in _TWO_WORD_LABEL.finditer(text)]


def speaker_starts(text: str) -> list[int]:
    """Sentence starts at and after plays' speaker labels: clauses
    ``numbered_speaker_label`` and ``speech_line_label``."""
    if "\n" not in text:
        return []
    lines = speech_line_starts(text)
    two_word = two_word_label_starts(text) if lines else []  # clause two_word_label
    return sorted(set(numbered_speaker_starts(text)) | set(lines) | set(two_word))
