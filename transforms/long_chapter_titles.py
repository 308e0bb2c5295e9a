"""Clause long_chapter_title: a chapter heading of another language's word whose title runs
long (Don Quijote's one-sentence headings), read by ``transforms.headings.line_candidates``.

Split from ``transforms.headings`` (session 49, the integrator: that module passed 500 lines).
"""

from __future__ import annotations

import re

from transforms import european_words as ew
from transforms.heading_candidate import Candidate

# Clause long_chapter_title (session 30): Don Quijote's chapter headings are one
# sentence each over two or three lines ("Capítulo VIII. Del buen suceso que el
# valeroso don Quijote tuvo en la espantable y jamás imaginada aventura de los molinos
# de viento, con otros sucesos dignos de felice recordación", 180 characters): past
# MAX_LINE only a title in capitals was kept, and 20 of its 126 chapters were lost
# (GitHub NielsCodes/n-grams' and kalamine-corpus' raw Gutenberg Don Quijote). A
# chapter heading of another language's word ("Capítulo", "Chapitre", "Kapitel", ...;
# not English "Chapter") up to 250 characters is kept when its title starts with a
# capital, holds no sentence end and ends on a letter: a paragraph that opens by
# naming a chapter ends on its full stop.
_LONG_CHAPTER_MAX = 250
_LONG_TITLE_STOP = re.compile(r"[.!?;:…»”\"][ \t]+\S|[.!?;:…)\]»”\"'’]$")


# Clause long_chapter_title_joined_paragraph (review of session 30): a heading that
# runs straight into its chapter's first paragraph, with no stop after the number,
# ("CAPÍTULO XIII No último sábado de janeiro desse ano de 1896, ..., o asfalto do
# apeadeiro de Braço de Prata.", ELTeC-por POR0054, Abel Botelho's Amanhã: 2 such) is
# no title: without a separator after the number the line must not end on a stop
# (the strip below took the final full stop the clause meant to see).
_NUMBER_SEPARATOR = ".:—–-"
_FINAL_STOP = '.!?;:…»”"'


def long_chapter_title(line: str, found: Candidate) -> bool:
    word = line.split(None, 1)[0].rstrip(".").lower()
    rest = found.rest.strip(" \t.:—–-")
    at = line.find(found.rest.lstrip()[:12], len(word)) if found.rest.strip() else -1
    head = line[:at].rstrip() if at > 0 else line
    separated = head[-1:] in _NUMBER_SEPARATOR
    return (
        len(line) <= _LONG_CHAPTER_MAX
        and ew.FAMILY_OF.get(word) == "chapter"
        and rest[:1].isupper()
        and not _LONG_TITLE_STOP.search(rest)
        and (separated or line.rstrip()[-1:] not in _FINAL_STOP)
    )
