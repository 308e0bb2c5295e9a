"""Publishers' lists the mirror still kept after the book's end (session 39): clauses
``ads_long_catalogue``, ``ads_press_notices``, ``ads_list_part_lines`` and
``ads_above_notes`` of ``transforms.gutenberg_ads`` and ``list_price``
(``transforms.list_prices``). Excerpts of books in GitHub rcdm-uga/Gutenberg_Text."""

import re

from transforms import gutenberg_catalogue, gutenberg_imprint_ads
from transforms.boilerplate import find_boilerplate
from transforms.clean import clean_text
from transforms.list_prices import MONEY
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"
_LEAD = "Some text of the book, a sentence of its story.\n\n" * 400


def _raw(end: str, lead: str = _LEAD) -> str:
    return _HEADER.format("A Book") + lead + end + _FOOTER.format("A Book")


def _clean(end: str, lead: str = _LEAD) -> str:
    return clean_text(normalize_text(_raw(end, lead))).text


# Doyle, The Wanderings of a Spiritualist (Hodder & Stoughton): the imprint, then press
# notices of his History of the War, no price
DOYLE = """assured philosophy, that, though we may not be here to see the final
triumph of our labours, we shall, none the less, be as much engaged in
the struggle and the victory from the day when we join those who are our
comrades in battle upon the further side.

_Printed in Great Britain by Wyman & Sons Ltd., London, Reading and Fakenham_


"Sir Arthur Conan Doyle has given us a classic."--Sir W. Robertson
Nicoll

 * * * * *

_The First Volume of Sir Arthur Conan Doyle's
History of the War_

=THE BRITISH CAMPAIGN in FRANCE
and FLANDERS 1914=

=With Maps, Plans and Diagrams. FOURTH EDITION=

"After reading every word of this most fascinating book, the writer of
this notice ventures, as a professional soldier, to endorse the author's
claim, and even to suggest that Sir Arthur Conan Doyle has understated
the value of a book which will be of enormous help to the student of
this wondrous war as a reliable framework for his further
investigations."--Colonel A. M. Murray, C.B., in the _Observer_.

"A book which should appeal to every Briton and should shame those who
wish to make of none effect the deeds and sacrifices recounted in its
pages."--Professor A. F. Pollard in the _Daily Chronicle_

 * * * * *

_The Second Volume of Sir Arthur Conan Doyle's
History of the War_

=THE BRITISH CAMPAIGN in FRANCE
and FLANDERS 1915=

=With Maps, Plans and Diagrams. SECOND EDITION=

"He will own himself a much enlightened man, and, with greater knowledge,
will be filled with much greater pride and much surer
confidence."--_Daily Telegraph_

HODDER & STOUGHTON LTD., Warwick Square, London, E.C.4"""


def test_press_notices_under_the_imprint_go():
    """Clause ads_press_notices: under a printer's imprint, review extracts with their
    papers ("..."--_Daily Telegraph_) and no price are the publisher's list: the imprint
    and the notices go, the book's last sentence stays."""
    text = _clean(DOYLE)
    assert text.rstrip().endswith("comrades in battle upon the further side.")
    assert "Wyman" not in text and "Telegraph" not in text and "HODDER" not in text


def test_press_notices_need_the_imprint():
    """Clause ads_press_notices guard: under "THE END" (a story's end, no printer) the
    quotes with names stand for no price: they stay (a story may end in quoted lines)."""
    end = DOYLE.replace(
        "_Printed in Great Britain by Wyman & Sons Ltd., London, Reading and Fakenham_",
        "THE END",
    )
    text = _clean(end)
    assert "Daily Telegraph" in text and "HODDER" in text


# Frankland, Our Secret Friends and Foes (Hazell's edition): "THE END.", the imprint,
# the Victoria Library's prospectus, press notices, and an entry for Davenport Adams's
# book that lists its parts under its price
HAZELL = """over the swarming legions of the bacillus.




THE END.




------------------------------------

 Printed by Hazell, Watson, & Viney, Ld., London and Aylesbury.

------------------------------------------------------------------------



UNDER THE PATRONAGE OF

H. M.
THE QUEEN.

 THE
 VICTORIA LIBRARY
 FOR GENTLEWOMEN.
 IN COMPLETE VOLS., HANDSOMELY BOUND.
 With PORTRAITS and other ILLUSTRATIONS. Crown 8vo, 6s.

Excerpt from Prospectus.

A "GENTLEWOMAN'S LIBRARY" implies by its title that it will embrace a
wide range of subjects. We shall endeavour to supply good and wholesome
Fiction, also Descriptive Sketches, and Essays on Moral and Social
Questions connected with Women's Welfare. We shall deal with Hygiene,
Manners, Dress, the Toilette, the Boudoir, Music, and the Cuisine. We
shall sit, as it were, with the Gentlewoman in her Drawing-room, and
accompany her when she goes Abroad. We shall help her to adorn her House
and to entertain Society. We shall cater for her as Wife, Mother, and
Daughter. We shall go with her a-shopping in Town, and follow her into
the Country. In a word, whatever interests the English Gentlewoman will
interest us and our collaborateurs.

OBSERVER: "The author has a delightful vein of humour."

PUBLISHERS' CIRCULAR: "We have laughed with genuine enjoyment."


BY W. H. DAVENPORT ADAMS.

A BOOK ABOUT LONDON:

Its Memorable Places, its Men and Women, and
its History. Crown 8vo. 6s.

 PART I.--STORIES OF HISTORICAL SCENES AND EVENTS.
 PART II.--STORIES OF FAMOUS LOCALITIES AND BUILDINGS.
 PART III.--STORIES OF CRIME AND MISADVENTURE.

In this volume an attempt has been made to present in a series of
striking episodical narratives the principal events in London history,
and some of the more striking aspects of London life.


A COMPANION VOLUME. BY THE SAME AUTHOR.

The Streets of London: An Alphabetical Index to the principal Streets,
Squares, Parks, and Thoroughfares. Crown 8vo. 6s."""


def test_part_lines_inside_a_priced_entry_are_no_chapter():
    """Clause ads_list_part_lines: "PART I.--STORIES OF ..." under "Crown 8vo. 6s." is
    the entry's contents, not a book going on: the list under "THE END." goes."""
    text = _clean(HAZELL)
    assert text.rstrip().endswith("THE END.")
    assert "Hazell" not in text and "GENTLEWOMAN" not in text
    assert "DAVENPORT" not in text and "PART II" not in text


def test_part_line_far_from_a_price_stays_a_part():
    """Clause ads_list_part_lines guard: a "PART II." line with no price in the 300
    characters above it opens the book's next part: nothing under "THE END." goes."""
    part = (
        "THE END.\n\n\nCrown 8vo. 6s. The first volume is now ready.\n\n"
        + "He came back to the town in the spring of that year, and found it changed.\n" * 6
        + "\n\nPART II.\n\nThe second volume, Crown 8vo. 6s., priced as the first. Crown 8vo. 6s.\n"
    )
    text = _clean(part)
    assert "PART II." in text and "first volume is now ready" in text


# Shaw, The Impossibilities of Anarchism (Fabian Tract 45): the imprint, the Society's
# list, then the book's FOOTNOTES
FABIAN = """will continue to be used against the people by the classes until it is
used by the people against the classes with equal ability and equal
resolution.

 Printed by G. STANDRING, 7 and 9 Finsbury Street, London, E.C.




FABIAN SOCIETY.--The Fabian Society consists of Socialists. A statement
of its Rules, etc., and the following publications can be obtained from
the Secretary, at the Fabian Office, 276 Strand, London, W.C.


FABIAN ESSAYS IN SOCIALISM.

(35th Thousand.)

 Library Edition, 6/-; _or, direct from the Secretary for Cash_,
 4/6 (_postage_, 4 1/2_d._). Cheap Edition, Paper cover, 1/-; plain
 cloth, 2/-. At all booksellers, or post free from the Secretary
 for 1/- and 2/- respectively.


FABIAN TRACTS.

     =63.--Parish Council Cottages, and how to get them.= 4 pp., 6 for
     1d. 1/- 100.

     =62.--Parish and District Councils: What they are and what they
     can do.= 1d. each; or 9d. per doz.

Boxes for set of Tracts 1s., post free 1s. 3d.

Parcels to the value of 10/- and upwards, post free.


FOOTNOTES:

[Footnote 1: A paper read to the Fabian Society by G. Bernard Shaw, on
16th October, 1891.]

[Footnote 2: This is an inference from the following paragraph in Mr.
Tucker's article.]"""


def test_list_above_the_footnotes_goes_the_notes_stay():
    """Clause ads_above_notes: the Fabian list between the imprint and the book's
    FOOTNOTES goes; the heading and the notes stay, the text's last sentence above."""
    raw = normalize_text(_raw(FABIAN))
    cut = [e for e in find_boilerplate(raw) if "FABIAN TRACTS" in raw[e.start : e.end]]
    assert len(cut) == 1 and cut[0].rule == "gutenberg_notice"
    assert raw[cut[0].start :].startswith("Printed by G. STANDRING")
    assert raw[cut[0].end :].startswith("FOOTNOTES:")
    text = _clean(FABIAN)
    assert (
        "equal ability and equal\nresolution." in text
        or "equal ability and equal resolution." in text
    )
    assert "[Footnote 1: A paper read to the Fabian Society" in text
    assert "Parcels" not in text and "STANDRING" not in text


def test_notes_above_the_heading_keep_the_list():
    """Clause ads_above_notes guard: a note of the book between the list and the
    FOOTNOTES heading ("[1] ...") keeps all as before (the list is not alone)."""
    end = FABIAN.replace("\n\nFOOTNOTES:", "\n\n[1] See the Society's report.\n\nFOOTNOTES:")
    assert "FABIAN TRACTS" in _clean(end)


# Hume, The Dancer in Red (Methuen, 1895): "PRINTED BY / TURNBULL AND SPEARS, EDINBURGH"
# and a list of 70,540 characters; its first entries, repeated to over 60,000 characters
METHUEN_HEAD = """down through the gloom.


PRINTED BY

TURNBULL AND SPEARS, EDINBURGH




A LIST OF NEW BOOKS AND ANNOUNCEMENTS OF

METHUEN AND COMPANY PUBLISHERS: LONDON

36 ESSEX STREET

W.C.


"""
METHUEN_ENTRIES = """RUDYARD KIPLING

BALLADS. By RUDYARD KIPLING. _Crown 8vo. Buckram_. 6_s._

Also 200 copies on hand-made paper. 21s.

Also 35 copies on Japanese vellum. 42s.

The exceptional success of 'Barrack-Room Ballads,' with which this
volume will be uniform, justifies the hope that the new book too will
obtain a wide popularity.


W.E. HENLEY

ENGLISH LYRICS. Selected and Edited by W.E. HENLEY. _Crown 8vo.
Buckram_. 6_s_.

Also 30 copies on hand-made paper _Demy 8vo_. 21_s._

Few announcements will be more welcome to lovers of English verse than
the one that Mr. Henley is bringing together into one book the finest
lyrics in our language.


"""
_BIG_LEAD = "Some text of the book, a sentence of its story.\n\n" * 3000


def test_long_catalogue_under_an_imprint_goes():
    """Clause ads_long_catalogue: under a printer's imprint the list may run past
    60,000 characters (Methuen's 70,540): all of it goes, the book's end stays."""
    body = METHUEN_HEAD + METHUEN_ENTRIES * (62_000 // len(METHUEN_ENTRIES))
    assert len(body) > 60_000
    text = _clean(body, _BIG_LEAD)
    assert text.rstrip().endswith("down through the gloom.")
    assert "METHUEN" not in text and "HENLEY" not in text


def test_long_list_under_the_end_line_stays():
    """Clause ads_long_catalogue guard: "THE END" reaches 60,000 characters as before; a
    longer priced stretch under it is kept (only an imprint shows the book is over)."""
    body = "down through the gloom.\n\nTHE END\n\n\n" + METHUEN_ENTRIES * (
        62_000 // len(METHUEN_ENTRIES)
    )
    assert "HENLEY" in _clean(body, _BIG_LEAD)


_OLD_PRICE = re.compile(  # gutenberg_catalogue._PRICE before session 39
    r"\$\d+\.\d\d\b|\b\d+ Vols?\.|\b\d+s\.(?:[ \t]?\d+d\.)?|\b[Pp]rice\b|\b(?:12|16|8|4)mo\b|\b8vo\b|\b4to\b"
    r"|\b[Cc]loth\b|[Pp]ostpaid|[Pp]ost free"
)


def test_one_price_pattern_for_both_list_rules():
    """Clause list_price: the catalogue rule and the list-under-imprint rule read prices
    with one pattern; the Fabian list's "6/-", "4/6 ... 1/-" and "net" prices (Chesterton's
    Lane list, "$1.50 net. Postage 12 cents.") count for both."""
    assert gutenberg_imprint_ads._MONEY is MONEY
    assert gutenberg_catalogue._PRICE.pattern.startswith(MONEY.pattern + "|")
    fabian = "Library Edition, 6/-; Cheap Edition, Paper cover, 1/-; plain 2/-."
    assert _OLD_PRICE.findall(fabian) == []
    assert gutenberg_catalogue._PRICE.findall(fabian) == ["6/-", "1/-", "2/-"]
    lane = "Heretics. Essays. _12mo. $1.50 net. Postage 12 cents._"
    assert MONEY.findall(lane) == ["$1", "net", "12 cents"]
    assert MONEY.findall("Tennyson. Crown 8vo, cloth, 2s. 6d.") == ["2s. 6d."]
    assert MONEY.findall("post free") == ["post free"]
