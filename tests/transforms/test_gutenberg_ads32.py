"""Publishers' advertisements after a Gutenberg book's end (session 32): clause
``ads_after_the_end`` of ``transforms.gutenberg_ads`` (rule ``gutenberg_notice``).
Excerpts of books from GitHub rcdm-uga/Gutenberg_Text."""

from transforms.boilerplate import find_boilerplate, removed_by_rule
from transforms.clean import clean_text
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"
_LEAD = "Some text of the book, a sentence of its story.\n\n" * 60

# Goldfrap, The Ocean Wireless Boys on the Pacific ("Goldfrap, John Henry/The Ocean
# Wireless Boys on the Pacific.txt"): the end and Hurst & Company's first list.
HURST = """his wonderful apparatus. And here, until we meet them again in the next volume of this
series, we will wish the lads and their friends good-bye.

                                THE END




                HURST & COMPANY’S BOOKS FOR YOUNG PEOPLE

             A Volume of Cheerfulness in Rhyme and Picture

                              KINDERGARTEN
                               LIMERICKS

                         By FLORENCE E. SCOTT.

    The book contains a rhyme for every letter of the alphabet, each
    illustrated by a full page picture in colors.

              Beautifully printed and bound. In attractive
                    box. Price, Postpaid One Dollar.




               _HURST & COMPANY’S BOOKS FOR YOUNG PEOPLE_

                         FRANK ARMSTRONG SERIES

                          By MATTHEW M. COLTON

        Cloth Bound. Illustrated. Price, 60c. per vol., postpaid"""

# Dickens, Nell and Her Grandfather ("Dickens, Charles/Nell and Her Grandfather, Told
# from ..."): no "THE END"; the printer's imprint, then T. Nelson's lists.
NELL = """the Bachelor and his old friend, the clergyman, pausing to look upon them as
they returned from their evening walk, spoke softly together of the
beautiful child who had at last found a haven of rest in the village
they both loved so well.



                      PRINTED IN GREAT BRITAIN AT
                      THE PRESS OF THE PUBLISHERS.



           *      *      *      *      *      *      *      *



                 *T. NELSON & SONS, LTD., PUBLISHERS.*

                      *THE "GOLDEN RIVER" SERIES.*

               Stories simply retold for young children.
                         Illustrated in colour.

ALICE IN WONDERLAND.
UNCLE REMUS.
THE WATER BABIES.

                       Cloth, 2s. net per volume.


                     *      *      *      *      *


                           *THE HOBBY BOOKS.*

                             2s. 6d. net."""

# Alcott, Bronson Alcott's Fruitlands: an appendix after "THE END", a list of books
# with formats ("4to. London. 1840.") but no prices: the book's own.
FRUITLANDS = """down by Joseph Palmer’s grandson, Mr. Alvin Holman, many years after the
Fruitlands Community was broken up.]


                                THE END




                                APPENDIX




              CATALOGUE OF THE ORIGINAL FRUITLANDS LIBRARY


 Hexapla; the Greek text of the New Testament with six English Versions
    in parallel columns. 4to. London. 1840.

 Confucii Sinarum Philosophus. Folio. 1787.

 The Divine Pymander of Hermes Trismegistus. London. 1650.

 Behmen’s Works. Theosophia Revelata, das ist alle Gottliche Schriften
    des Jacob Behmens. With Life, etc., edited by J. G. Gechtels. 1
    vol., folio. 4,500 pages. 1715. Second Edition, 8vo. 1764. 12mo, cloth."""

# Lang, He ("Lang, Andrew/He.txt"): the last chapter is titled "THE END."; the
# publisher's list comes after it and its printer's imprint.
HE = """CHAPTER XV.

THE END.


What remains to be told is of little public interest. When we came to
ourselves, all was darkness. Escape seemed impossible.

It was old Pellmelli, 'doing a Sanitary special,' as he told us.

Is the great drama Played Out?--ED.


PRINTED BY
SPOTTISWOODE AND CO., NEW-STREET SQUARE
LONDON




A SEQUEL TO 'KING SOLOMON'S MINES.'

ALLAN QUATERMAIN. By H. RIDER HAGGARD. With 31 Illustrations. Crown 8vo. 6s.

SHE. By H. RIDER HAGGARD. Illustrated. Crown 8vo. 3s. 6d.

KING SOLOMON'S MINES. Crown 8vo. 5s. Fifth Edition."""

# Thoreau, Canoeing in the Wilderness: the book's footnote between its end and the list.
THOREAU = """that I saw of Joe Polis. We took the last train, and
reached Bangor that night.

THE END

FOOTNOTES:

[5] Joe Aitteon was Thoreau's guide on the second of his three
excursions into the Maine Woods.




A SELECTED LIST OF OUT-OF-DOOR
AND NATURE BOOKS

_By JOHN BURROUGHS_

Time and Change. 16mo, $1.10 net. Postpaid, $1.20.

The Breath of Life. 16mo, $1.15 net. Postpaid, $1.27."""


def _raw(end: str, name: str = "A Book") -> str:
    return _HEADER.format(name) + _LEAD + end + _FOOTER.format(name)


def _clean(end: str) -> str:
    return clean_text(normalize_text(_raw(end))).text


def test_ads_after_the_end_cut_and_counted():
    """ads_after_the_end: Hurst & Company's list under "THE END" goes, counted."""
    raw = normalize_text(_raw(HURST))
    edits = find_boilerplate(raw)
    cut = [e for e in edits if "HURST" in raw[e.start : e.end]]
    assert len(cut) == 1 and cut[0].rule == "gutenberg_notice"
    # clause end_blank_lines (session 36): the blank lines above the list go with it
    assert raw[cut[0].start :].lstrip("\n ").startswith("HURST & COMPANY’S BOOKS FOR YOUNG PEOPLE")
    assert raw[cut[0].start - 1] == "\n" and not raw[cut[0].start - 2].isspace()
    assert removed_by_rule(edits)["gutenberg_notice"] >= cut[0].end - cut[0].start
    text = _clean(HURST)
    assert text.rstrip().endswith("THE END")
    assert "HURST" not in text and "Postpaid" not in text and "LIMERICKS" not in text


def test_ads_after_a_printer_imprint_cut_with_it():
    """ads_after_the_end: no "THE END"; the imprint opens the cut (T. Nelson's lists)."""
    text = _clean(NELL)
    assert text.rstrip().endswith("they both loved so well.")
    assert "PRINTED" not in text and "HOBBY" not in text and "GOLDEN RIVER" not in text


def test_appendix_book_list_without_prices_stays():
    """ads_after_the_end guard: formats but no prices (an appendix's catalogue) stay."""
    text = _clean(FRUITLANDS)
    assert "CATALOGUE OF THE ORIGINAL FRUITLANDS LIBRARY" in text
    assert "Behmen’s Works" in text


def test_last_chapter_titled_the_end_stays():
    """ads_after_the_end guard: "CHAPTER XV." / "THE END." is a chapter title; the
    chapter stays, the list under the imprint goes."""
    text = _clean(HE)
    assert "What remains to be told is of little public interest." in text
    assert "Is the great drama Played Out?--ED." in text
    assert "ALLAN QUATERMAIN" not in text and "Crown 8vo" not in text


def test_footnote_between_end_and_list_stays():
    """ads_after_the_end guard: the book's notes under "THE END" stay; the list goes."""
    text = _clean(THOREAU)
    assert "Joe Aitteon was Thoreau's guide" in text
    assert "BURROUGHS" not in text and "Postpaid" not in text


# Review (session 32): a story's last pages that mention prices after a line that is not
# the book's end. A fisherman's chapter: "net", "price", "2s.", "cloth", "Publishers".
_SHOP = "\n\n".join(
    [
        "The old fisherman mended his net by the door, and the price of fish that year "
        "was poor; he sold a basket for 2s. at the market and bought a yard of cloth for "
        "his wife. The Publishers of the town paper wrote of him."
        + " He walked along the shore for a long while thinking of the sea."
        * 20
    ]
    * 6
)


def _kept(end: str) -> bool:
    raw = normalize_text(_raw(_LEAD * 5 + end + _SHOP))
    edits = find_boilerplate(raw)
    return "gutenberg_notice" not in removed_by_rule(edits) or all(
        "fisherman" not in raw[e.start : e.end] for e in edits
    )


def test_ads_chapter_titled_the_end_under_a_numeral():
    """clause ads_chapter_titled_the_end: "XXV." / "CHAPTER THE LAST." above "THE END"."""
    assert _kept("XXV.\n\nTHE END\n\n")
    assert _kept("CHAPTER THE LAST.\n\nTHE END.\n\n")


def test_ads_book_matter_after_the_end():
    """clause ads_book_matter_after_the_end: an epilogue or appendix right under it."""
    assert _kept("THE END\n\nEPILOGUE\n\n")
    assert _kept("THE END\n\nAPPENDIX\n\nCOST OF THE OUTFIT.\n\n")


def test_ads_imprint_names_a_printer():
    """clause ads_imprint_names_a_printer: a story's line "Printed by hand ..." is no imprint."""
    assert _kept("and he said so.\n\nPrinted by hand on the old press, the pamphlets went out.\n\n")
