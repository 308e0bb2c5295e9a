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


# Hesse, Siddhartha, David Wyllie's translation ("Hesse, Hermann/Siddhartha: A Poem of
# India.txt"): the licence statement above the title, the legal code's opening after
# the book's last paragraph (its close: "Section 8 – Interpretation." ...).
SIDDHARTHA_START = """Copyright (C) 2018 by David Wyllie.



This translation is licensed under the Creative Commons
Attribution-NonCommercial-NoDerivatives 4.0 International License,
which appears below and may be found online at
http://creativecommons.org/licenses/by-nc-nd/4.0/


\t\t\t SIDDHARTHA
\t\t\t A poem of India

by Hermann Hesse

Translated into English by David Wyllie


"""
SIDDHARTHA_END = """ground in front of Siddhartha who sat motionless, whose smile reminded him
of everything in his life he had ever loved, of everything in his life
that had been worthwhile to him, and holy.


--------------------------------------------------------------------------

Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International
Public License

By exercising the Licensed Rights (defined below), You accept and agree to
be bound by the terms and conditions of this Creative Commons
Attribution-NonCommercial-NoDerivatives 4.0 International Public License
("Public License").

Section 8 – Interpretation.

 a. For the avoidance of doubt, this Public License does not, and shall
 not be interpreted to, reduce, limit, restrict, or impose conditions
 on any use of the Licensed Material that could lawfully be made
 without permission under this Public License."""


def test_creative_commons_statement_and_legal_code_are_cut():
    name = "SIDDHARTHA"
    raw = _HEADER.format(name) + SIDDHARTHA_START + _LEAD + SIDDHARTHA_END + _FOOTER.format(name)
    out = _clean(raw)
    assert "Creative Commons" not in out
    assert "Licensed Rights" not in out
    assert "Section 8" not in out
    assert "David Wyllie." not in out.split("SIDDHARTHA")[0]
    assert out.lstrip().startswith("SIDDHARTHA")
    assert out.rstrip().endswith("and holy.")


def test_creative_commons_named_in_prose_stays():
    name = "SIDDHARTHA"
    prose = (
        "This book is licensed under the Creative Commons licence, she said, and\n"
        "laughed; nobody in the village knew what that meant.\n\n"
        "By exercising the Licensed Rights of a free man he walked away.\n\n"
    )
    out = _clean(_HEADER.format(name) + _LEAD + prose + _LEAD + _FOOTER.format(name))
    assert "By exercising the Licensed Rights of a free man" in out


# Mark Twain, The Mysterious Stranger ("Twain, Mark/The Mysterious Stranger: A
# Romance.txt"): the book's last lines, the publisher's list under "BOOKS BY MARK TWAIN"
# (shortened), the publisher's name.
TWAIN_END = """He vanished, and left me appalled; for I knew, and realized, that all
he had said was true.


THE END




BOOKS BY MARK TWAIN


Cloth

 THE AMERICAN CLAIMANT
 CHRISTIAN SCIENCE
 THE $30,000 BEQUEST
 A TRAMP ABROAD

Thin-Paper Limp-Leather

 FOLLOWING THE EQUATOR. 2 Vols.
 THE GILDED AGE. 2 Vols.
 ROUGHING IT. 2 Vols.

HARPER & BROTHERS, NEW YORK"""

# Bertrand Russell, The Practice and Theory of Bolshevism: the author's other titles,
# no format or price: stays.
RUSSELL_LIST = """P. 187, l. 15. Delete comma.




BY THE SAME AUTHOR


ROADS TO FREEDOM

PRINCIPLES OF SOCIAL RECONSTRUCTION

INTRODUCTION TO MATHEMATICAL PHILOSOPHY

THE ANALYSIS OF MIND"""


def test_publisher_list_after_the_end_runs_to_the_end_marker():
    name = "THE MYSTERIOUS STRANGER"
    out = _clean(_HEADER.format(name) + _LEAD + TWAIN_END + _FOOTER.format(name))
    assert out.rstrip().endswith("THE END")
    assert "BOOKS BY MARK TWAIN" not in out
    assert "HARPER & BROTHERS" not in out


def test_list_of_titles_without_formats_or_prices_stays():
    name = "BOLSHEVISM"
    out = _clean(_HEADER.format(name) + _LEAD + RUSSELL_LIST + _FOOTER.format(name))
    assert "BY THE SAME AUTHOR" in out
    assert out.rstrip().endswith("THE ANALYSIS OF MIND")


def test_priced_list_with_a_chapter_under_it_stays():
    # The Twain list moved above a chapter of the book: book text, not end matter.
    name = "THE MYSTERIOUS STRANGER"
    body = TWAIN_END.replace("THE END", "as he said.") + "\n\n\nCHAPTER XI.\n\nIt was night."
    out = _clean(_HEADER.format(name) + _LEAD + body + _FOOTER.format(name))
    assert "BOOKS BY MARK TWAIN" in out
    assert "It was night." in out


# Reviewer (session 30): guards of publisher_catalogue_end that no test held (each
# planted away, the 9 tests above still passed).

# L. Frank Baum, Ozma of Oz ("Baum, L. Frank/Ozma of Oz.txt"): the publisher's list
# under "Books by L. Frank Baum" holds one price only ("$1.25 per volume"): stays.
BAUM_LIST = """Books by L. Frank Baum

Illustrated by John R. Neill

Each book handsomely bound in artistic pictorial cover. $1.25 per
volume.


THE LAND OF OZ

An account of the adventures of the Scarecrow, the Tin Woodman, Jack
Punpkinhead, the Animated Saw-Horse, the Highly Magnified Woggle-Bug,
the Gump and many other delightful characters."""


def test_list_with_one_price_stays():
    name = "OZMA OF OZ"
    out = _clean(_HEADER.format(name) + _LEAD + "\n\n\n" + BAUM_LIST + _FOOTER.format(name))
    assert "Books by L. Frank Baum" in out
    assert "the Gump and many other delightful characters." in out


def test_priced_list_in_the_first_half_stays():
    # The Twain list (no "THE END") as front matter, under the title, above 4,800
    # characters of text.
    name = "THE MYSTERIOUS STRANGER"
    front = (
        "THE MYSTERIOUS STRANGER\n\nA ROMANCE\n\n\n\n" + TWAIN_END[TWAIN_END.index("BOOKS BY") :]
    )
    out = _clean(_HEADER.format(name) + front + "\n\n\n" + _LEAD * 5 + _FOOTER.format(name))
    assert "BOOKS BY MARK TWAIN" in out
    assert out.rstrip().endswith("Some text of the book.")


def test_priced_list_farther_than_15000_characters_from_the_end_stays():
    # The Twain list in the body's second half but 16,320 characters above the end.
    name = "THE MYSTERIOUS STRANGER"
    raw = _HEADER.format(name) + _LEAD * 20 + TWAIN_END + "\n\n\n" + _LEAD * 17
    out = _clean(raw + _FOOTER.format(name))
    assert "BOOKS BY MARK TWAIN" in out
    assert out.rstrip().endswith("Some text of the book.")


# Spenser Wilkinson's list at the end of E. Nesbit, Songs of Love and Empire ("Nesbit,
# E. (Edith)/Songs of love and empire.txt", shortened): a priced list under "BY THE SAME AUTHOR".
WILKINSON_LIST = """BY THE SAME AUTHOR


The Volunteers and the National Defence

_Crown 8vo, cloth, 2s. 6d._


The Brain of an Army

_Crown 8vo, cloth, 2s. 6d._"""


def test_priced_list_under_by_the_same_author_is_cut():
    name = "SONGS OF LOVE AND EMPIRE"
    out = _clean(
        _HEADER.format(name) + _LEAD + "THE END\n\n\n\n" + WILKINSON_LIST + _FOOTER.format(name)
    )
    assert out.rstrip().endswith("THE END")
    assert "The Brain of an Army" not in out
