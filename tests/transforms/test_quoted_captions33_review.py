"""Review of clause ``quoted_captions`` (session 33, branch wtD): its guards no test held.
Excerpts of books from GitHub rcdm-uga/Gutenberg_Text, as ``clean_text`` leaves them."""

from transforms.contents import drop_lists, scan_lines
from transforms.contents_numbers import key
from transforms.headings import line_candidates
from transforms.sections import find_sections

# Thomas Hardy, Late Lyrics and Earlier ("Hardy, Thomas/Late Lyrics and Earlier, With Many
# Other Verses.txt"): part of the contents, whose poem titles in quotation marks are the
# poems' own titles, and two of those poems' openings.
HARDY = """CONTENTS

                                                    PAGE
THE DISSEMBLERS                                       36
TO A LADY PLAYING AND SINGING IN THE MORNING          37
“A MAN WAS DRAWING NEAR TO ME”                        38
THE STRANGE HOUSE                                     40
A DUETTIST TO HER PIANOFORTE                          51
“WHERE THREE ROADS JOINED”                            53
HAUNTING FINGERS                                      59




“A MAN WAS DRAWING NEAR TO ME”


   ON that gray night of mournful drone,
   A part from aught to hear, to see,
   I dreamt not that from shires unknown
      In gloom, alone,
      By Halworthy,
   A man was drawing near to me.




“WHERE THREE ROADS JOINED”


   WHERE three roads joined it was green and fair,
   And over a gate was the sun-glazed sea,
   And life laughed sweet when I halted there;
   Yet there I never again would be.
"""

# G. A. Henty, When London Burned ("Henty, G. A. (George Alfred)/When London Burned : a
# Story of Restoration Times and the Great Fire.txt"): its list of illustrations opens
# with a bare "ILLUSTRATIONS".
HENTY = """ILLUSTRATIONS

"WITH GREAT RAPIDITY THE FLAMES SPREAD FROM HOUSE TO HOUSE"

"CYRIL SAT UP AND DRANK OFF THE CONTENTS OF THE PANNIKIN"

"FOR HEAVEN'S SAKE, SIR, DO NOT CAUSE TROUBLE"
"""


def _found(text: str):
    lines = scan_lines(text)
    cands = [c for i, t in enumerate(lines.texts) if t
             for c in line_candidates(t, lines.starts[i], i, lines.ends[i])]  # fmt: skip
    return lines, drop_lists(lines, cands)[1]


def test_quoted_captions_review_quoted_titles_of_a_contents_list_stay_headings():
    """Guard (only lists of illustrations): a contents list's entries in quotation marks
    are the poems' titles; with the clause on every list, Hardy's Late Lyrics lost 6
    poems (Moments of Vision 13, Kipling's The Seven Seas 1)."""
    titles = [s.title for s in find_sections(HARDY)[0]]
    assert "“A MAN WAS DRAWING NEAR TO ME”" in titles
    assert "“WHERE THREE ROADS JOINED”" in titles
    _, found = _found(HARDY)
    assert key("“WHERE THREE ROADS JOINED”") in found.entries


def test_quoted_captions_review_bare_illustrations_opener():
    """Guard (the opener "ILLUSTRATIONS" without "LIST OF"): Henty's quoted captions are
    no entries (one named the body's paragraph "Cyril sat up and drank off ...")."""
    _, found = _found(HENTY)
    assert key('"CYRIL SAT UP AND DRANK OFF THE CONTENTS OF THE PANNIKIN"') not in found.entries
    assert not found.entries
