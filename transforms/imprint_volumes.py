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

Cost: one regex search per volume-like keyword candidate.
"""

from __future__ import annotations

import re

_VOLUME_SERIES = frozenset(("kw:volume", "kw:tome", "kw:book"))
_IMPRINT = re.compile(r"\b(?:[248]vo|1[268]mo|24mo|32mo|folio)\b")


def imprint_volume(series: str, title: str) -> bool:
    """Clause ``imprint_volume_line`` (module docstring): ``title``, a candidate of ``series``,
    is a volume's entry in a list of books."""
    return series in _VOLUME_SERIES and _IMPRINT.search(title) is not None
