"""Clause ``imprint_volume_line`` (session 53): a volume's line in a bibliography, with its
imprint, is no volume heading.

A list of books names their volumes: Burton's Ultima Thule vol. 1 lists the French voyage
to Iceland's eight volumes, "Tome 1. Histoire de Voyage, par M. P. Gaimard, 8vo, Paris,
1838." and "Tome 5. Minéralogie et Géologie, par M. Eugène Robert, 8vo, Paris," (the other
six open with a quotation mark). Both read as volume headings (rank 8): the rest of the
bibliography, the appendices and the second volume's title sat under "Tome 5.". A volume,
tome or book heading whose line holds a book format ("8vo", "4to", "12mo", "folio") is such an
entry: a title page sets its imprint on lines of their own, and a heading numbers the volume
it opens, not a printing.

Review (session 53): a place and year after a comma alone (", Paris, 1838.") is no such
evidence: a history's book titles name them ("BOOK III. THE TERROR, PARIS, 1793.", "BOOK V.
THE DEATH OF NELSON, TRAFALGAR, 1805."); every line the clause took in the A/B (Burton,
Dickens's Letters vol. 3) and every such line grep finds in rcdm-uga holds a format.

Session 54 (wtE): a publisher's catalogue sells a work's parts the same way: Dickens's
Letters vol. 3 ends in Chapman and Hall's list, where Morley's "Part II. FROM THE CONQUEST TO
CHAUCER. (Making 2 vols.) 8vo," stood as a level-2 heading, so ``kw:part`` joins the series.
Clause ``catalogue_price_line``: the same list prices the parts of a drawing course ("Book  I.
Simple Geometrical Forms, 6d.", "Book  I. Letters, 8d.", level 3 headings): a volume, tome,
book or part line that ends in a price in shillings and pence after a comma (", 6d.", ", 1s.",
", 2s. 6d.", ", \u00a31 2s.") is a catalogue entry. A heading names what it opens, never its price.

Clause ``catalogue_entry_continued``: a catalogue's entry runs on to the next line, its format
and price there ("PART I. TEA, COFFEE, SUGAR, ETC. Being a New Volume of the South" /
"Kensington Museum Science Handbooks. Large crown 8vo, 2s. 6d."): when the candidate's line
ends mid-phrase (no stop, colon or semicolon at its end) and the next line is not blank, that
line is read with it. (Normalizing sets every indented line one space in, so the hanging indent
itself cannot be read.)

Cost: two regex searches per volume-like keyword candidate.
"""

from __future__ import annotations

import re

_VOLUME_SERIES = frozenset(("kw:volume", "kw:tome", "kw:book", "kw:part"))
_IMPRINT = re.compile(r"\b(?:[248]vo|1[268]mo|24mo|32mo|folio)\b")
# Clause catalogue_price_line: ", 6d." / ", 1s." / ", 2s. 6d." / ", \u00a31 2s." ending the line.
_PRICE = re.compile(
    r",\s*(?:\u00a3\s?\d{1,3}(?:\s+\d{1,2}s\.)?(?:\s+\d{1,2}d\.)?|\d{1,2}s\.(?:\s+\d{1,2}d\.)?|\d{1,2}d\.)\s*$"
)


def imprint_volume(series: str, title: str) -> bool:
    """Clause ``imprint_volume_line`` (module docstring): ``title``, a candidate of ``series``,
    is a volume's entry in a list of books (its format, or clause ``catalogue_price_line``: its
    price at the end)."""
    if series not in _VOLUME_SERIES:
        return False
    return _IMPRINT.search(title) is not None or _PRICE.search(title) is not None


def imprint_entry(series: str, texts: list[str], blank: list[bool], i: int) -> bool:
    """``imprint_volume`` on line ``i`` and, clause ``catalogue_entry_continued`` (module
    docstring), on the next line when the entry runs on to it."""
    if series not in _VOLUME_SERIES:
        return False
    title = texts[i]
    if i + 1 < len(texts) and not blank[i + 1] and title[-1:] not in ".!?:;":
        title = f"{title} {texts[i + 1]}"
    return imprint_volume(series, title)
