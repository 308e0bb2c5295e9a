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
"""

from __future__ import annotations

import re

from transforms.heading_candidate import Candidate, squash
from transforms.heading_numbers import ENGLISH_ORDINALS
from transforms.keyword_headings import KEYWORD_RANK

ORDINAL_PART = re.compile(
    r"(?:THE[ \t]+)?(?P<ord>FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)"
    r"[ \t]+(?P<kw>PART|BOOK|PERIOD|EPOCH|NARRATIVE)\.?"
)
# The rank of each division word: PART and BOOK their keywords'; clause
# ordinal_narrative_divisions: a period or an epoch as a part, a narrative as a book.
DIVISION_RANK = {
    "part": KEYWORD_RANK["part"],
    "book": KEYWORD_RANK["book"],
    "period": KEYWORD_RANK["part"],
    "epoch": KEYWORD_RANK["part"],
    "narrative": KEYWORD_RANK["book"],
}


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
