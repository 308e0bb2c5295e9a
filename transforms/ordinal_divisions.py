"""English ordinal divisions in capitals: "FIRST PART.", "SECOND BOOK" (clause
``english_ordinal_part``, session 37) and, clause ``ordinal_narrative_divisions``
(session 49), "FIRST PERIOD", "SECOND NARRATIVE.", "THE THIRD EPOCH": the divisions
Victorian novels told by several witnesses are cut in. The Moonstone (Gutenberg 155,
denten-bin/gutenberg-shell-scripts and rcdm-uga/Gutenberg_Text) heads its two periods
"FIRST PERIOD" / "SECOND PERIOD" and the second period's eight narratives "FIRST
NARRATIVE" ... "EIGHTH NARRATIVE", each over its own "CHAPTER I" ...; Blind Love "FIRST
PERIOD" / "THE SECOND PERIOD" / "THE THIRD PERIOD", Little Novels "FIRST EPOCH." ...
"EIGHTH EPOCH.", The Woman in White "THE SECOND EPOCH" / "THE THIRD EPOCH". Before, none
of these lines was a section, so The Moonstone's five "CHAPTER I" series stood side by
side at the top level. The line is the ordinal and the word only (an optional "THE" and
full stop), in capitals; ``transforms.english_parts`` keeps it only where its series
advances over other headings, as for PART and BOOK. An ordinal up to "TENTH" (the
Moonstone's narratives run to the eighth). A period or an epoch ranks as a part, a
narrative as a book (under a period: The Moonstone's "SECOND PERIOD" holds its
narratives).

Clause ``ordinal_day_divisions`` (session 51): "THE FIRST DAY" .. "THE FIFTH DAY" (Zola's
Lourdes, rcdm-uga/Gutenberg_Text, each day over its chapters "I. PILGRIMS AND PATIENTS" ..
"V. BERNADETTE"; Collins's The Queen of Hearts, "THE FIRST DAY." .. "THE TENTH DAY." over the
stories told on each, their own "CHAPTER I." ...; Hugo's Mary Tudor, "FIRST DAY" .. "THIRD
DAY", the play's acts over its scenes). Before, "THE FIRST DAY" of Lourdes was no heading
(its five chapters fell under the PREFACE) and the Queen of Hearts' fourteen "CHAPTER I"
series stood side by side. A day ranks as a book, as an act does (in a play the day is
the act: Mary Tudor's days stand where Marion de Lorme's ACT I .. V do); the guards are those of the parts
(``transforms.english_parts``: the series advances over other headings) and
``days_from_first``: the series holds its first day (a citation "THE FOURTH DAY." of the
Decameron is no division).

Clause ``ordinal_story_parts`` (session 52): the numbered pieces of ONE tale, "FIRST STORY" ..
"SEVENTH STORY" (also "STORY THE FIRST", "STORY THREE": Andersen's The Snow Queen, "A TALE IN
SEVEN STORIES", in Stories from Hans Andersen and Hans Andersen's Fairy Tales, First Series,
rcdm-uga/Gutenberg_Text) and "FIRST EVENING" .. "THIRTY-SECOND EVENING" (his What the Moon
Saw, in Fairy Tales of Hans Christian Andersen). Before, none was a heading: the Snow Queen's
62,389 characters were one section, the Moon's 32 evenings one INTRODUCTION. A story or an
evening ranks as a numbered chapter ("I. LITTLE RUDY", 38; clause
``story_rank_of_numbered_chapters``): under the tale's title, a line in capitals, so the
collection's next tale title closes the series. The series must count on (two following
values, as every ordinal candidate), and, clause ``story_parts_not_chapters``
(``transforms.heading_confirmation``), it is no evidence of numbered chapters: the
collection's tale titles in capitals stay confirmed by their layout.

Clause ``ordinal_letter_parts`` (session 53): "FIRST LETTER" .. "NINTH LETTER", the letters of a
tale told in letters, are its pieces as a story's are: Turgenev's Faust, "A STORY IN NINE
LETTERS" (Garnett's A Lear of the Steppes, etc., rcdm-uga/Gutenberg_Text), was one section of
87,820 characters. "LETTER II" is a keyword heading already, and "LETTER THE FIRST" is read by
rule ``english_the_ordinal``; the ordinal before the word is the form no rule read.
"""

from __future__ import annotations

import re

from transforms.heading_candidate import NUMBERED_RANK, Candidate, squash
from transforms.heading_numbers import ENGLISH_ORDINALS, NUMBER_WORDS
from transforms.keyword_headings import KEYWORD_RANK

ORDINAL_PART = re.compile(
    r"(?:THE[ \t]+)?(?P<ord>FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)"
    r"[ \t]+(?P<kw>PART|BOOK|PERIOD|EPOCH|NARRATIVE|DAY)\.?"
)
# The rank of each division word: PART and BOOK their keywords'; clause
# ordinal_narrative_divisions: a period or an epoch as a part, a narrative as a book;
# clause ordinal_day_divisions: a day as a book (a play's day is its act, which ranks so).
DIVISION_RANK = {
    "part": KEYWORD_RANK["part"],
    "book": KEYWORD_RANK["book"],
    "period": KEYWORD_RANK["part"],
    "epoch": KEYWORD_RANK["part"],
    "narrative": KEYWORD_RANK["book"],
    "day": KEYWORD_RANK["book"],
}


# Clause ordinal_story_parts: a tale's numbered pieces (see the module docstring).
_ORD_WORD = r"(?:(?:TWENTY|THIRTY|FORTY)-)?[A-Z]+"
ORDINAL_PIECE = re.compile(
    rf"(?:THE[ \t]+)?(?P<ord>{_ORD_WORD})[ \t]+(?P<kw>STORY|EVENING|LETTER)\.?"
    rf"|(?P<kw2>STORY)[ \t]+(?:THE[ \t]+)?(?P<ord2>{_ORD_WORD})\.?"
)
# Clause story_rank_of_numbered_chapters: a numbered chapter's rank (38), under the tale's
# title (CAPS_RANK 20), beside the numbered chapters of the collection's other tales: at a
# rank between (a fytte's 25) The Ice-Maiden's "I. LITTLE RUDY" .. "XV." in the same
# collection fell from level 2 to 3, under no level-2 heading.
PIECE_RANK = NUMBERED_RANK


def ordinal_piece(line: str, start: int, index: int, end: int) -> list[Candidate]:
    """Clause ``ordinal_story_parts``: an "ordinal" candidate of rank ``PIECE_RANK`` for a line
    that is only a story's, an evening's or (clause ``ordinal_letter_parts``) a letter's
    ordinal ("FIRST STORY", "STORY THE FIRST", "STORY THREE", "TWENTY-FIRST EVENING",
    "SEVENTH LETTER"), else []."""
    m = ORDINAL_PIECE.fullmatch(line)
    if m is None:
        return []
    word = (m.group("ord") or m.group("ord2")).lower()
    kw = (m.group("kw") or m.group("kw2")).lower()
    # "STORY THREE" counts in cardinal words; "THE THIRD STORY" only in ordinals.
    value = ENGLISH_ORDINALS.get(word) or (NUMBER_WORDS.get(word) if m.group("kw2") else None)
    if value is None:
        return []
    return [Candidate(start, end, index, "ordinal", PIECE_RANK, squash(line), f"ord:{kw}", value)]


def ordinal_division(line: str, start: int, index: int, end: int) -> list[Candidate]:
    """An "ordinal" candidate for a line that is only an ordinal division, else []."""
    m = ORDINAL_PART.fullmatch(line)
    if m is None:
        return []
    kw = m.group("kw").lower()
    value = ENGLISH_ORDINALS[m.group("ord").lower()]
    return [
        Candidate(start, end, index, "ordinal", DIVISION_RANK[kw], squash(line), f"ord:{kw}", value)
    ]
