"""The lines that open a contents list without being a heading candidate (read by
``transforms.contents``, rule ``contents_list``; the English openers "CONTENTS",
"Table of Contents" ... are candidates of kind "named", ``headings.LIST_OPENERS``).

Cost: one look at each line of 6-20 characters.
"""

from __future__ import annotations

import re

# Clause european_openers: "Inhaltsverzeichnis", "Table des matières", "Содержание" ...
# open a contents list as "Contents" does (DocBook's text output of Debian's FAQ and
# Reference in German, French, Russian, Spanish, Italian, Portuguese, Dutch; and
# "Tabla de contenidos" of the Spanish "Una breve historia de Debian"); clause
# swedish_turkish_openers: "Innehållsförteckning", "Innehåll", "İçindekiler" (calibre's guide).
_EUROPEAN_OPENER = re.compile(
    r"(?:inhaltsverzeichnis|inhalt|table des matières|sommaire|índice|indice|sumário"
    r"|tabla de contenidos?|inhoudsopgave|inhoud|содержание|оглавление"
    r"|sumari|mục lục"  # rule catalan_vietnamese_words (european_words)
    r"|innehållsförteckning|innehåll|içindekiler)[.:]?",  # clause swedish_turkish_openers
    re.IGNORECASE,
)


def text_openers(texts: list[str]) -> set[int]:
    """Indices of the lines that open a contents list by their words alone."""
    return {
        i for i, t in enumerate(texts)
        if 6 <= len(t) <= 20 and t[0] in "IiİTtSsÍíОоСсMm" and _EUROPEAN_OPENER.fullmatch(t)
    }  # fmt: skip
