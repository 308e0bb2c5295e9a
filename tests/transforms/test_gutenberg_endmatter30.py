"""Raw Project Gutenberg end matter, session 30: clause ``etext_errata_list`` of
``transforms.gutenberg_notices``. Excerpts of books from GitHub rcdm-uga/Gutenberg_Text."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"
_LEAD = "Some text of the book.\n\n" * 40

# Dumas, The Wolf-Leader ("Dumas, Alexandre/The Wolf-Leader.txt"): the book's end, the
# printer's imprint, the errata heading and its list (first items).
WOLF_END = """Such is the history of the black wolf, as it was told me by old Mocquet,
my father’s keeper.

THE END.

Printed by GILBERT & RIVINGTON, Ltd., St. John’s House, Clerkenwell,
London, E.C.


Typographical errors corrected by the etext transcriber:

Abencerages=> Abencerrages {pg 14}

whip the exorcisims=> whip the exorcisms {pg 20}

earnest supplicacation=> earnest supplication {pg 23}

How should I know who your were=> How should I know who you were {pg 29}"""

# The Oxford Book of American Essays ("Franklin, Benjamin/The Oxford Book of American
# Essays.txt"): the list ends at a rule line, the book's FOOTNOTES under it.
OXFORD_END = """ "Horace still charms with graceful negligence,
 And without method talks us into sense,
 Will like a friend familiarly convey,
 The truest notions in the easiest way."

 * * * * *

Typographical errors corrected by the etext transcriber:

at the rate of half a milion=>at the rate of half a million

cruel discipine, and arbitrary power=>cruel discipline, and arbitrary
power

Emile Augier=>Émile Augier {2}

 * * * * *


FOOTNOTES:

[1] "In Latin and French hath many soueraine wittes had great delyte to
endite, and have many noble thinges fulfilde."--_Chaucer's Testament of Love._"""

# Russell, The Practice and Theory of Bolshevism ("Russell, Bertrand/The Practice and
# Theory of Bolshevism.txt"): "... corrected in text:" and "page N:" items.
RUSSELL_END = """INTRODUCTION TO MATHEMATICAL PHILOSOPHY

THE ANALYSIS OF MIND


 * * * * *

Typographical errors corrected in text:

page 19: happinesss changed to happiness
page 163: genera to general"""


def _clean(raw: str) -> str:
    return clean_text(normalize_text(raw)).text


def test_errata_list_under_the_imprint_is_cut_with_the_imprint():
    name = "The Wolf-Leader, by Alexandre Dumas"
    out = _clean(_HEADER.format(name) + _LEAD + WOLF_END + _FOOTER.format(name))
    assert out.rstrip().endswith("THE END.")
    assert "Abencerages" not in out
    assert "Typographical errors" not in out
    assert "GILBERT & RIVINGTON" not in out


def test_errata_list_stops_at_the_first_paragraph_that_is_no_item():
    name = "The Oxford Book of American Essays"
    out = _clean(_HEADER.format(name) + _LEAD + OXFORD_END + _FOOTER.format(name))
    assert "milion" not in out
    assert "Typographical errors" not in out
    assert "FOOTNOTES:" in out
    assert "Chaucer's Testament of Love" in out


def test_page_items_under_corrected_in_text_are_cut():
    name = "BOLSHEVISM"
    out = _clean(_HEADER.format(name) + _LEAD + RUSSELL_END + _FOOTER.format(name))
    assert "happinesss" not in out
    assert "Typographical errors" not in out
    assert "THE ANALYSIS OF MIND" in out


def test_errata_heading_in_the_first_half_stays():
    name = "BOLSHEVISM"
    out = _clean(_HEADER.format(name) + RUSSELL_END + "\n\n" + _LEAD + _FOOTER.format(name))
    assert "happinesss" in out
