"""Clause ``table_row_wrap``: a row of a drawn table or list set over two lines.

A drawn paragraph (``transforms.ascii_figures.drawn_paragraphs``: an aligned
figure table, a ruled table, a contents list with a page column) keeps its line
breaks: unwrap joins none of its lines. An entry too long for its column goes on
below, indented deeper, and the row's figures stand at the end of that second
line: Irving's The Alhambra, "  Important Negotiations.--The Author Succeeds to"
/ "    the Throne of Boabdil                                      79"; Balzac's
account, "  Bill matured June 30th, with expenses of" / "       protest and
return. . . . . .  1037   45". Those two lines are one entry, and the printed
break stayed in the training text (~17 such joins lost in session 36's census).

A line of a drawn paragraph joins the next one when:

- the next line is indented at least ``DEEPER`` columns more (the paragraph's
  spaces are kept, so these are the printed columns);
- the next line opens in lower case (a continuation: no number, no capital
  that opens an entry) and ends with a figure cell (``_CELL_END``: three spaces
  or more, then a number: the row's page or amount);
- the line itself holds no cell (no gap of three spaces or more between
  printed characters: it has no figures of its own, so it ends no row) and ends
  in a letter or a comma (not a full stop or a colon that closes a caption or
  a sentence: Scott's "Prisoners, comprehending 48 generals, 3000 officers," /
  "    and upwards of 190,000 men,                        193,000").

Two entries never join: the first of them would end with its number (a cell),
or the second open with a capital or a number.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.code_blocks import inside

DEEPER = 2
_GAP = re.compile(r"\S {3,}\S")
_CELL_END = re.compile(r"\S {3,}[£$]?\d[\d,.]*\.?$")


# Clause table_row_wrap: an entry's continuation joins its row (module doc).
def row_continuations(text, lines, a, b, indent, drawn) -> np.ndarray:
    """For each pair of lines ``a[k]``, ``b[k]``: whether ``b`` continues ``a``'s
    entry inside a drawn paragraph of ``drawn`` (module doc)."""
    line_start, _, first, last, _ = lines
    out = np.zeros(len(a), dtype=bool)
    if not drawn:
        return out
    near = indent[b] >= indent[a] + DEEPER
    near[near] = inside(drawn, line_start[a][near]) & inside(drawn, line_start[b][near])
    for k in np.flatnonzero(near).tolist():
        line = text[first[a[k]] : last[a[k]]]
        below = text[first[b[k]] : last[b[k]]]
        if (
            below[:1].islower()
            and (line[-1:].isalpha() or line[-1:] == ",")
            and not _GAP.search(line)
            and _CELL_END.search(below)
        ):
            out[k] = True
    return out
