"""The lines that open a contents list without being a heading candidate (read by
``transforms.contents``, rule ``contents_list``; the English openers "CONTENTS",
"Table of Contents" ... are candidates of kind "named", ``headings.LIST_OPENERS``).

Cost: one look at each line of 6-24 characters.
"""

from __future__ import annotations

import re

from transforms.headings import ends_in_page_number

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


# Clause errata_opener: "ERRATA." / "Corrigenda" opens a table of page, line, misprint
# and correction as "CONTENTS" opens a list (Darwin's Descent of Man, vol. II: its
# "VOL. I." / "Page line For read" and "VOL. II." were two sections); its entries are
# short lines, so prose (a line over MAX_LINE) or two blank lines end it.
_ERRATA_OPENER = re.compile(r"(?:errata|corrigenda|addenda and corrigenda)[.:]?", re.IGNORECASE)
# Clause plates_opener (session 45): a list of a book's plates or illustrations opens a
# list as "LIST OF ILLUSTRATIONS" does, however it names them ("LIST OF PLATES", "FULL-PAGE
# PLATES", "COLOURED PLATES", "LIST OF ILLUSTRATIONS AND MAPS"): the Blue Poetry Book's
# "LIST OF PLATES" sets each plate's caption apart with its page ("ORPHEUS WITH HIS LUTE
# 76"), the title of a poem its contents list names, so rule listed took that entry for
# the poem's heading and every poem of the book sat under it. Its captions name no
# heading (``contents.drop_lists``): Grimm's "List of Black and White Illustrations"
# lists "So the rich Brother had to put his Brother's Turnip into a cart", a line of the
# tale. "EXPLANATION OF THE PLATES." (prose about them) and "WITH EIGHT COLOURED PLATES"
# (a title page's line) open none.
_PLATES_OPENER = re.compile(
    r"(?:list of (?:the )?(?:[\w-]+ ){0,3}(?:plates|illustrations|engravings|maps)"
    r"(?: and (?:plates|illustrations|maps))?|(?:full[- ]page |colou?red )?plates)[.:]?",
    re.IGNORECASE,
)


def plates_opener(t: str) -> bool:
    """Clause ``plates_opener``: ``t`` opens a list of plates (not "LIST OF ILLUSTRATIONS",
    a named candidate whose entries still name headings: ``contents.drop_lists``)."""
    return (
        6 <= len(t) <= 48
        and t[0] in "LPFC"
        and _PLATES_OPENER.fullmatch(t) is not None
        and t.rstrip(".:").upper() != "LIST OF ILLUSTRATIONS"
    )


_CONTENTS_OPENER = re.compile(r"(?:table of )?contents:?", re.IGNORECASE)
_LEADER_END = re.compile(r"(?:\.[ \t]?){3,}$")


def _over_entries(texts: list[str], i: int) -> bool:
    """Clause ``opener_over_entries``: "Table of Contents" with the list's first entry
    right under it, no blank line between ("Preface . . . . . . ." in the pdftotext of
    R's manuals, whose page number went to a line of its own), opens the list although
    it is no heading candidate (a line with text right under it is none): before, the
    list's lone chapter numbers ("1", "2" ...) were level-4 sections. Only when that
    entry ends in leader dots or a page number: "Contents" over prose opens none."""
    nxt = texts[i + 1] if i + 1 < len(texts) else ""
    return (
        bool(nxt)
        and _CONTENTS_OPENER.fullmatch(texts[i]) is not None
        and (_LEADER_END.search(nxt) is not None or ends_in_page_number(nxt))
    )


def text_openers(texts: list[str]) -> set[int]:
    """Indices of the lines that open a contents list by their words alone."""
    return {
        i for i, t in enumerate(texts)
        if (6 <= len(t) <= 24 and t[0] in "IiİTtSsÍíОоСсMmCcEeAa"
            and (_EUROPEAN_OPENER.fullmatch(t) or _over_entries(texts, i)
                 or _ERRATA_OPENER.fullmatch(t)))
        or plates_opener(t)
    }  # fmt: skip
