"""Raw Project Gutenberg front matter, session 30: clause ``publisher_catalogue_front`` of
``transforms.gutenberg_catalogue``. Excerpts of books from GitHub rcdm-uga/Gutenberg_Text."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"
_LEAD = "Some text of the book.\n\n" * 80

# Chesterton, George Bernard Shaw ("Chesterton, G. K. (Gilbert Keith)/George Bernard Shaw.txt").
SHAW_START = """GEORGE BERNARD SHAW


_By_

GILBERT K. CHESTERTON


NEW YORK

JOHN LANE COMPANY

MCMIX

COPYRIGHT, 1909, BY
JOHN LANE COMPANY


THE PLIMPTON PRESS, NORWOOD, MASS.

 * * * * *

BY THE SAME AUTHOR


HERETICS.

ORTHODOXY.

THE NAPOLEON OF NOTTING HILL: A Romance.
Illustrated by W. GRAHAM ROBERTSON.

ALL THINGS CONSIDERED.

THE BALL AND THE CROSS.

 * * * * *

_Introduction to the First Edition_


Most people either say that they agree with Bernard Shaw or that they do
not understand him. I am the only person who understands him, and I do
not agree with him.
"""

# Doyle, The Guards Came Through ("Doyle, Arthur Conan/The Guards Came Through, and Other
# Poems.txt"): the list runs to the title page's repeat of the title (list shortened).
GUARDS_START = """THE GUARDS CAME THROUGH AND OTHER POEMS




BY THE SAME AUTHOR


 SONGS OF ACTION
 SONGS OF THE ROAD

 THE WHITE COMPANY
 MICAH CLARKE
 THE REFUGEES
 RODNEY STONE
 THE LOST WORLD
 THE VALLEY OF FEAR
 DANGER! AND OTHER STORIES

LONDON: JOHN MURRAY




 THE GUARDS CAME THROUGH
 AND OTHER POEMS


 BY ARTHUR CONAN DOYLE

 AUTHOR OF
 "SONGS OF ACTION," "SONGS OF THE ROAD"


 LONDON
 JOHN MURRAY, ALBEMARLE STREET, W.
 1919




PREFACE


I must apologize for the size of this booklet, which can only be
justified on the grounds that there is some demand for the contents as
"""

# Alger, Andy Gordon ("Alger, Horatio, Jr./Andy Gordon; Or, The Fortunes of A Young
# Janitor.txt"): the series line above the heading and the author line under it (list
# shortened).
ANDY_START = """ ANDY GORDON

 OR

 THE FORTUNES OF A YOUNG JANITOR

 BY
 HORATIO ALGER JR.

 NEW YORK
 HURST & COMPANY
 PUBLISHERS




 ALGER SERIES FOR BOYS.

 UNIFORM WITH THIS VOLUME.

 BY HORATIO ALGER, JR.


 Adrift in New York.
 Andy Gordon.
 Andy Grant's Pluck.
 Bob Burton.
 Young Salesman.


 _Price Post-Paid, 35c. each, or any three books for $1.00._

 HURST & COMPANY
 PUBLISHERS, NEW YORK.




ANDY GORDON.




CHAPTER I.

THE YOUNG JANITOR.


The Hamilton Academy, under the charge of Rev. Dr. Euclid, stands on an
eminence about ten rods back from the street, in the town of the same
name.
"""

# Russell, Our Knowledge of the External World ("Russell, Bertrand/Our Knowledge of the
# External World as a Field for Scientific Method in Philosophy.txt"): the title above the
# list is two paragraphs, the title page's one paragraph with "BY" under it.
RUSSELL_START = """ OUR KNOWLEDGE OF THE
 EXTERNAL WORLD

 AS A FIELD FOR SCIENTIFIC METHOD
 IN PHILOSOPHY




BY THE SAME AUTHOR


 INTRODUCTION TO MATHEMATICAL PHILOSOPHY
 Second Edition.
 Demy 8vo, 12s. 6d. net.

 THE ANALYSIS OF MIND
 Demy 8vo, 16s. net.

 THE PRACTICE AND THEORY OF BOLSHEVISM
 Second Impression.
 Cr. 8vo, 6s. net.




 OUR KNOWLEDGE OF
 THE EXTERNAL WORLD
 AS A FIELD FOR SCIENTIFIC METHOD
 IN PHILOSOPHY

 BY
 BERTRAND RUSSELL, F.R.S

 LONDON: GEORGE ALLEN & UNWIN LTD




PREFACE

The following lectures are an attempt to show, by means of examples,
the nature, capacity, and limitations of the logical-analytic method in
philosophy.
"""

# Wells, Kipps ("Wells, H. G. (Herbert George)/Kipps: The Story of a Simple Soul.txt"):
# the title page is one paragraph with "BY" inside it; "Kipps" is also a list item.
KIPPS_START = """KIPPS

THE STORY OF A SIMPLE SOUL




Books by H. G. Wells


SHORT STORIES

Twelve Stories and a Dream
The Plattner Story and Others


NOVELS

Kipps
Love and Mr. Lewisham
The Wheels of Chance




KIPPS
THE STORY OF A SIMPLE SOUL

BY
H. G. WELLS

NEW YORK
CHARLES SCRIBNER'S SONS
1906


COPYRIGHT 1906, BY
CHARLES SCRIBNER'S SONS
"""

# Burnett, Through One Administration ("Burnett, Frances Hodgson/Through One
# Administration.txt"): the list goes on under an asterism (entries shortened).
BURNETT_START = """BOOKS BY FRANCES HODGSON BURNETT

PUBLISHED BY CHARLES SCRIBNER'S SONS


+THE DAWN OF A TOMORROW.+ Illustrated.
 12mo _net_ $1.00

+HIS GRACE OF OSMONDE.+ 12mo _net_ 1.35

+THE PRETTY SISTER OF JOSÉ.+ Illustrated.
 12mo _net_ 1.00

 * * * * *

+LITTLE LORD FAUNTLEROY.+ Illustrated. 12mo _net_ 1.20

+GIOVANNI AND THE OTHER.+ Illustrated.
 12mo _net_ 1.20




THROUGH ONE ADMINISTRATION

BY

FRANCES HODGSON BURNETT

NEW YORK
CHARLES SCRIBNER'S SONS
1916
"""


def _clean(raw: str) -> str:
    return clean_text(normalize_text(raw)).text


def _book(name: str, start: str) -> str:
    return _clean(_HEADER.format(name) + start + "\n\n" + _LEAD + _FOOTER.format(name))


def test_list_between_asterisms_is_cut_and_the_introduction_stays():
    out = _book("GEORGE BERNARD SHAW", SHAW_START)
    assert "BY THE SAME AUTHOR" not in out
    assert "HERETICS." not in out
    assert "THE BALL AND THE CROSS." not in out
    assert "GILBERT K. CHESTERTON" in out
    assert "Introduction to the First Edition" in out
    assert "Most people either say" in out


def test_list_ends_at_the_title_repeated():
    out = _book("THE GUARDS CAME THROUGH", GUARDS_START)
    assert "MICAH CLARKE" not in out
    assert "LONDON: JOHN MURRAY\n" not in out
    assert "THE GUARDS CAME THROUGH\nAND OTHER POEMS" in out.replace("\n ", "\n")
    assert "BY ARTHUR CONAN DOYLE" in out
    assert "I must apologize" in out


def test_series_line_and_author_line_go_with_the_list():
    out = _book("ANDY GORDON", ANDY_START)
    assert "ALGER SERIES FOR BOYS." not in out
    assert "UNIFORM WITH THIS VOLUME" not in out
    assert "BY HORATIO ALGER, JR." not in out
    assert "Adrift in New York." not in out
    assert "Price Post-Paid" not in out
    assert "HORATIO ALGER JR." in out  # the title page above the list
    assert "ANDY GORDON." in out
    assert "CHAPTER I." in out


def test_title_page_after_a_two_paragraph_title_stays():
    out = _book("OUR KNOWLEDGE OF THE EXTERNAL WORLD", RUSSELL_START)
    assert "THE ANALYSIS OF MIND" not in out
    assert "Demy 8vo" not in out
    flat = out.replace("\n ", "\n")
    assert "OUR KNOWLEDGE OF\nTHE EXTERNAL WORLD" in flat
    assert "BERTRAND RUSSELL, F.R.S" in out


def test_title_page_with_by_inside_its_paragraph_stays():
    out = _book("KIPPS", KIPPS_START)
    assert "Books by H. G. Wells" not in out
    assert "Love and Mr. Lewisham" not in out
    assert "KIPPS\nTHE STORY OF A SIMPLE SOUL\n\nBY\nH. G. WELLS" in out


def test_priced_list_goes_on_under_an_asterism():
    out = _book("THROUGH ONE ADMINISTRATION", BURNETT_START)
    assert "HIS GRACE OF OSMONDE" not in out
    assert "GIOVANNI AND THE OTHER" not in out
    assert "THROUGH ONE ADMINISTRATION" in out
    assert "FRANCES HODGSON BURNETT" in out


def test_list_with_no_front_matter_under_it_stays():
    # Stevenson, A Lowden Sabbath Morn: the list is the text's last page, no title page
    # or contents under it, so the front rule has no end for it.
    start = "A LOWDEN SABBATH MORN\n\n\n\nWorks by Robert Louis Stevenson\n\n AN INLAND VOYAGE.\n TREASURE ISLAND.\n KIDNAPPED.\n"
    out = _book("A LOWDEN SABBATH MORN", start)
    assert "TREASURE ISLAND." in out
