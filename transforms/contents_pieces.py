"""Clause ``entries_on_one_line`` (``transforms.contents.drop_lists``): a contents
list's line that holds two entries, or an entry and a page's number, read as the
entries alone.

Unwrapping a PDF's text (pdftotext -layout) joins some of a list's lines: a full
entry and the deeper-indented one under it ("5.1 Which add-on packages exist for R?
. . . 21 5.1.1 Add-on packages in R. . . . 21", R's FAQ), and a list page's roman
number under its last entry ("7.31 Why doesn't R think these numbers are equal? . . .
37 iii"). Read as one entry, the line named no heading: the body's "5.1 ...",
"5.1.1 ..." and "7.31 ..." were lost. A page number after leader dots (three dots
at least) followed by a section number ends one entry; a roman numeral after such a
page number, at the line's end, is the list page's own number.

Cost: two regular expressions per list line.
"""

from __future__ import annotations

import re

# Clause leader_run_once (session 46): a match from inside a run of leader dots and blanks
# is also one from the run's first character, which the scan meets first (a match ends
# before a digit): the look-behind refuses the others, each of which re-read the run to its
# end (a line of 8,000 dots and no page number: 3.4 s). Matches unchanged.
_LEAD = r"(?<![ \t.])((?:[ \t]*\.){3,}[ \t]*\d{1,4})[ \t]+"
# Leader dots and a page number, then the next entry's number and title.
_SPLIT = re.compile(_LEAD + r"(?=\d{1,3}(?:\.\d{1,3})*\.?[ \t]+\S)")
# Leader dots and a page number, then a lower-case roman numeral ending the line.
_ROMAN_TAIL = re.compile(_LEAD + r"[ivxlc]{1,7}[ \t]*$")


def entry_pieces(text: str) -> list[str]:
    """The entries a list line holds (``text`` itself when one, without a page's
    roman number after its page number)."""
    text = _ROMAN_TAIL.sub(r"\1", text)
    pieces, pos = [], 0
    for m in _SPLIT.finditer(text):
        pieces.append(text[pos : m.end(1)])
        pos = m.end()
    pieces.append(text[pos:])
    return pieces
