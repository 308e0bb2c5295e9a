"""Review of ``publisher_catalogue_front`` (session 30): each stop line the clause knows,
on the real front matter that ends a list with it. Excerpts of books from GitHub
rcdm-uga/Gutenberg_Text (long lists shortened); the cut must end exactly at the stop line,
so a stop that is lost lets the cut run on into the title page, dedication or preface."""

from transforms.gutenberg_catalogue import publisher_catalogues_front
from transforms.gutenberg_notices import gutenberg_markers

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"
_LEAD = "Some text of the book.\n\n" * 400


def _cut(name: str, start: str) -> tuple[str, str]:
    """The text cut and the 40 characters after the cut."""
    text = _HEADER.format(name) + start + "\n\n" + _LEAD + _FOOTER.format(name)
    marks = gutenberg_markers(text)
    body = next(e.end for e in marks if e.rule == "gutenberg_header")
    footer = next(e.start for e in marks if e.rule == "gutenberg_footer")
    (edit,) = publisher_catalogues_front(text, footer, body)
    return text[edit.start : edit.end], text[edit.end : edit.end + 40]


# Chesterton (Mandell and Shanks), "Hilaire Belloc, the Man and His Work".
BELLOC = """HILAIRE BELLOC


WORKS BY HILAIRE BELLOC.


 PARIS
 MARIE ANTOINETTE
 EMMANUEL BURDEN, MERCHANT
 HILLS AND THE SEA
 A PICKED COMPANY


[Illustration: HILAIRE BELLOC]


 HILAIRE BELLOC

 THE MAN AND HIS WORK

 BY

 C. CREIGHTON MANDELL
"""

# Nesbit, "Man and Maid".
NESBIT = """ MAN AND MAID

 BY

 E. NESBIT

 [Illustration: Publisher's Logo]

 LONDON
 T. FISHER UNWIN
 ADELPHI TERRACE

 MCMVI

 [_All rights reserved._]


 TO
 ADA BREAKELL
 MY DEAREST AND OLDEST FRIEND


 MAN AND MAID


 By the same Author.

 _Illustrated. Crown 8vo. Cloth, 6s._


 The Treasure Seekers.

 Five Children and It.

 The Would-be-Goods.


 LONDON: T. FISHER UNWIN


 CONTENTS


 PAGE

 I. THE HAUNTED INHERITANCE 1
"""

# Darwin, "The Descent of Man and Selection in Relation to Sex".
DARWIN = """THE DESCENT OF MAN,

AND

SELECTION IN RELATION TO SEX.




BY CHARLES DARWIN, M.A., F.R.S., &c.

LONDON:

JOHN MURRAY, ALBEMARLE STREET.

1871.

[_The right of Translation is reserved._]

BY THE SAME AUTHOR.


  ON THE ORIGIN OF SPECIES BY MEANS OF NATURAL SELECTION; or, THE
    PRESERVATION OF FAVOURED RACES IN THE STRUGGLE FOR LIFE; Fifth
    Edition (_Tenth Thousand_), with Additions and Corrections.
    1869. MURRAY.

  ON THE STRUCTURE AND DISTRIBUTION OF CORAL REEFS. SMITH, ELDER, & CO.

  GEOLOGICAL OBSERVATIONS ON SOUTH AMERICA. SMITH, ELDER & CO.


LONDON: PRINTED BY WILLIAM CLOWES AND SONS, STAMFORD STREET, AND CHARING
CROSS.




  CONTENTS.


  INTRODUCTION                                                  Page 1-5
"""

# Alger, "Out for Business".
OUT_FOR_BUSINESS = """ OUT FOR BUSINESS

 OR

 _ROBERT FROST'S STRANGE CAREER_


 BY

 HORATIO ALGER, JR.


 GROSSET & DUNLAP

 PUBLISHERS :: :: NEW YORK


BY THE SAME AUTHOR


 THE YOUNG BOOK AGENT;
 Or, Frank Hardy's Road to Success.

 FROM FARM TO FORTUNE;
 Or, Nat Nason's Strange Experience.

 LOST AT SEA;
 Or, Robert Roscoe's Strange Cruise.


_12mo, finely illustrated and bound. Price per volume, 60 cents._


 GROSSET & DUNLAP
 PUBLISHERS NEW YORK


 COPYRIGHT, 1900, BY
 THE MERSHON COMPANY


PREFACE.


"OUT FOR BUSINESS" is a complete tale in itself, but forms the first
"""

# Alger, "Strive and Succeed".
STRIVE = """ STRIVE AND SUCCEED

 OR

 THE PROGRESS OF WALTER CONRAD

 BY
 HORATIO ALGER, JR.


 NEW YORK
 HURST & COMPANY
 PUBLISHERS


------------------------------------------------------------------------


 ALGER SERIES FOR BOYS.
 UNIFORM WITH THIS VOLUME.
 BY HORATIO ALGER, JR.

 Adrift in New York.
 A Cousin's Conspiracy.
 Andy Gordon.
 Young Salesman.

 _Price, Post-Paid, 35c. each, or any three books for $1.00._

 HURST & COMPANY
 PUBLISHERS, NEW YORK.


------------------------------------------------------------------------


 TO

 MY YOUNG FRIENDS,

 ISABELLA AND EDWIN,
"""

# Twain, "The Adventures of Huckleberry Finn" (Harper edition).
HUCK = """ HARPER & BROTHERS PUBLISHERS

 NEW YORK AND LONDON

 ======


Books by MARK TWAIN

 ST. JOAN OF ARC
 THE INNOCENTS ABROAD
 THE ADVENTURES OF HUCKLEBERRY FINN
 MARK TWAIN'S SPEECHES

 ======

 HARPER & BROTHERS, NEW YORK
 [Established 1817]

 The Adventures of Huckleberry Finn
"""


def test_list_ends_at_the_frontispiece_tag():
    cut, after = _cut("HILAIRE BELLOC", BELLOC)
    assert cut.startswith("WORKS BY HILAIRE BELLOC.")
    assert after.startswith("[Illustration: HILAIRE BELLOC]")


def test_imprint_of_the_title_page_under_the_list_stays():
    cut, after = _cut("MAN AND MAID", NESBIT)
    assert cut.startswith("By the same Author.")
    assert "The Would-be-Goods." in cut
    assert after.startswith("LONDON: T. FISHER UNWIN")


def test_list_ends_at_contents():
    cut, after = _cut("THE DESCENT OF MAN", DARWIN)
    assert cut.startswith("BY THE SAME AUTHOR.")
    assert "PRINTED BY WILLIAM CLOWES" in cut
    assert after.startswith("CONTENTS.")


def test_list_ends_at_the_copyright_line_and_the_preface_stays():
    cut, after = _cut("OUT FOR BUSINESS", OUT_FOR_BUSINESS)
    assert cut.startswith("BY THE SAME AUTHOR")
    assert after.startswith("COPYRIGHT, 1900, BY")


def test_list_ends_at_the_rule_above_the_dedication():
    cut, after = _cut("STRIVE AND SUCCEED", STRIVE)
    assert cut.startswith("ALGER SERIES FOR BOYS.")
    assert after.startswith("-" * 30)


def test_list_ends_at_the_equals_rule():
    cut, after = _cut("HUCKLEBERRY FINN", HUCK)
    assert cut.startswith("Books by MARK TWAIN")
    assert after.startswith("======\n\n HARPER & BROTHERS, NEW YORK")


# Darwin, "Insectivorous Plants" (Appleton edition; shortened).
INSECTIVOROUS = """[page i]


 INSECTIVOROUS PLANTS.


[page ii.]



 BY THE SAME AUTHOR.

 ---

ON THE ORIGIN OF SPECIES BY MEANS OF NATURAL SELECTION; or, THE
PRESERVATION OF FAVORED RACES IN THE STRUGGLE FOR LIFE. New and revised
edition. 12mo. Cloth. 480 pages. Price, $2.00.

----

THE THEORY OF DESCENT, AND DARWINISM. By Prof. OSCAR SCHMIDT,
University of Strasburg. 12mo. Cloth. Price, $1.50.


[page iii.]




 INSECTIVOROUS PLANTS






 BY CHARLES DARWIN, M.A., F.R.S.
 ETC.
"""


def test_list_ends_at_the_page_tag():
    cut, after = _cut("INSECTIVOROUS PLANTS", INSECTIVOROUS)
    assert cut.startswith("BY THE SAME AUTHOR.")
    assert "OSCAR SCHMIDT" in cut
    assert after.startswith("[page iii.]")


def test_no_cut_without_an_end_marker():
    text = _HEADER.format("OUT FOR BUSINESS") + OUT_FOR_BUSINESS + "\n\n" + _LEAD
    body = next(e.end for e in gutenberg_markers(text) if e.rule == "gutenberg_header")
    assert publisher_catalogues_front(text, None, body) == []
