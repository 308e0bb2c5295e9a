"""Clause ``lowercase_name_abbreviation`` (session 21): Punkt's English model holds
abbreviations of names (months, weekdays, US states: "Dec.", "Wed.", "Ore.", "Ill.",
"Wash.") as lower-case types, so it also goes on after the English words they spell
when those end a sentence before a word it has seen in lower case: BBC's "...agreed to
pay 72% more for iron ore. | China's Baoshan Iron and Steel Co. said" was one sentence
(bench/sentence_labels.tsv, a U-stratum miss). A name's abbreviation is written with
its capital; the same letters in lower case before a capital ("iron ore. China's",
"hung out the wash. Then") are the word ending its sentence. Punkt's splits where it
makes them ("taken ill. The doctor") stay; a capitalised "Portland, Ore. Gov." is not
touched. Clause ``title_ellipsis`` (below): a title before an ellipsis keeps its name.
"""

from __future__ import annotations

import re

# The name abbreviations of Punkt's English abbreviation types that are also English
# words in lower case (the others, "calif.", "tenn.", "sept.", are no words).
_NAME_WORDS = ("ore", "ill", "wash", "wed")
# Found from the '.' (a literal the regex engine skips to), the word before it checked by
# lookbehinds (0.03 CPU-s on the 30 English books and 78 plays; 0.50 from the first letters).
_WORD_END = re.compile(
    r"\.(?:"
    + "|".join(rf"(?<=[^\w.'’\-]{word}\.)" for word in _NAME_WORDS)
    + r")[\"'”’)\]]*[ \t\xa0]+(?=[\"'“‘(]?[A-Z])"
)


def name_word_ends(text: str) -> list[int]:
    """Clause ``lowercase_name_abbreviation``: starts after "ore." / "ill." / "wash." /
    "wed." written in lower case before a capital."""
    return [m.end() for m in _WORD_END.finditer(text)]


# Clause title_ellipsis (session 21): a title, then an ellipsis, then a name ("I saw
# Mr.... Smith", "...Mr.... Arios.", a speaker's hesitation) is one sentence, as
# "Mr. Smith" is (rule title_before_name): Punkt read the dots as the end, and clause
# four_dot_ellipsis takes "word.... Capital" for one. A function word after the dots
# opens a sentence ("Mrs. Ford, Mrs.... I think"). Found from the dots.
_DOTS_NEXT = re.compile(r"\.\.\.\.?[ \t\xa0]+([A-Z][\w']*)")


def title_ellipsis_names(text: str, stop: set[str]) -> list[int]:
    """Clause ``title_ellipsis``: the names after "Title.... " (no start there)."""
    if "..." not in text:
        return []
    from transforms.title_names import TITLES, function_word

    title = re.compile(r"(?<!\w)(?<![A-Za-z]\.)(?:" + "|".join(TITLES) + r")$")  # not "E.Dr"
    return [
        m.start(1)
        for m in _DOTS_NEXT.finditer(text)
        if title.search(text, max(0, m.start() - 8), m.start())
        and not function_word(m.group(1).lower(), stop)
    ]
