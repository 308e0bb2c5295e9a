"""Session 37: back and front matter that is not the book.

Rule ``printer_imprint``: clauses ``printer_imprint_trade`` ("J. BILLING, PRINTER AND
STEREOTYPER"), ``printer_imprint_press`` ("THE RIVERSIDE PRESS LIMITED, EDINBURGH."),
``printer_imprint_printing_company`` ("TROW DIRECTORY / PRINTING AND BOOKBINDING COMPANY"),
``printer_imprint_unmarked`` (a book with no end marker), ``printer_imprint_italic_by``
("_Printed by_ R. & R. CLARK") and ``printer_imprint_front`` (title page and its back,
``transforms.gutenberg_imprint_front``); rule ``transcriber_note``: clause
``preparer_note``; rule ``gutenberg_notice``: clause ``uniform_edition_list``; rule
``book_index``: clause ``empty_notes_heading``. Excerpts of books of GitHub
rcdm-uga/Gutenberg_Text (file named at each) and of the shared books
(../shared/data/en_gutenberg, read whole where the text's length matters).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.boilerplate import BoilerplateConfig, removed_by_rule, strip_boilerplate
from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text

SHARED = Path(__file__).parents[2] / ".." / "shared" / "data" / "en_gutenberg"
_END = "\n\n\n\n\n*** END OF THE PROJECT GUTENBERG EBOOK X ***\n"
_START = "*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\n\n\n\n"
_KEEP = BoilerplateConfig(enabled=False)


def _shared(name: str) -> str:
    path = SHARED / name
    if not path.exists():
        pytest.skip(f"../shared/data/en_gutenberg/{name} is absent (the shared real data)")
    return normalize_text(path.read_text(encoding="utf-8"))


def _strip(raw: str) -> tuple[str, dict[str, int]]:
    out, edits = strip_boilerplate(normalize_text(raw))
    return out, removed_by_rule(edits)


def _kept(raw: str) -> str:
    return strip_boilerplate(normalize_text(raw), _KEEP)[0]


# Bohn's Pliny, vol. III (shared pg59131): the book's last lines, the printer's imprint,
# then the transcriber's notes, no end marker (the shared books' footers are stripped).
PLINY_III_END = """[3316] See end of B. viii.

[3317] See end of B. viii.


END OF VOL. III.


J. BILLING, PRINTER AND STEREOTYPER, WOKING, SURREY.


Transcriber’s notes:

Footnote [3236] Refers to chapter 70 of book XVII which does not exist.
"""
# The body above it, long enough to be a book (clause printer_imprint_unmarked reads the
# text's end as the end marker only in a text of MIN_UNMARKED_CHARS or more): the
# volume's own footnote lines, repeated.
PLINY_BODY = "[3315] See end of B. xii.\n\n" * 900


def test_printer_and_stereotyper_ends_an_unmarked_book():
    """Clauses printer_imprint_trade and printer_imprint_unmarked."""
    out, cut = _strip(PLINY_BODY + PLINY_III_END)
    assert out.endswith("[3317] See end of B. viii.\n\n\nEND OF VOL. III.\n")
    assert "BILLING" not in out
    # + 2: the blank lines above the imprint (clause end_blank_lines)
    # + 3 (session 49, clause cut_line_break): the imprint's line break and the two blank
    # lines under it (as many as stood above it) go with the line
    assert cut["printer_imprint"] == 2 + 3 + len(
        "J. BILLING, PRINTER AND STEREOTYPER, WOKING, SURREY."
    )
    assert "BILLING" in _kept(PLINY_BODY + PLINY_III_END)


def test_printer_and_stereotyper_in_the_shared_books():
    for name, last in (
        ("pg59131.txt", "END OF VOL. III.\n"),
        ("pg60688.txt", "END OF VOL. V.\n"),
        ("pg62704.txt", " THE END.\n"),
    ):
        text = clean_text(_shared(name)).text
        assert text.endswith(last), name
        assert "STEREOTYPER" not in text[-3000:], name
        kept = clean_text(_shared(name), CleanConfig(boilerplate=_KEEP)).text
        assert "PRINTER AND STEREOTYPER" in kept[-3000:], name


def test_stereotyper_in_a_sentence_stays():
    """ "Printer" and the trade in lower case are a sentence, at the end of a book too."""
    raw = PLINY_BODY + "END OF VOL. III.\n\nHe was a printer and stereotyper, Woking, Surrey.\n"
    out, cut = _strip(raw)
    assert "printer_imprint" not in cut
    assert out.endswith("He was a printer and stereotyper, Woking, Surrey.\n")
    out, cut = _strip(raw + _END)
    assert "printer_imprint" not in cut


def test_short_unmarked_text_keeps_its_imprint():
    """Clause printer_imprint_unmarked: only in a text of book length."""
    out, cut = _strip(PLINY_III_END)
    assert "printer_imprint" not in cut
    assert "J. BILLING, PRINTER AND STEREOTYPER" in out


# The Footpath Way (Stevenson et al., "Stevenson, Robert Louis/The Footpath Way: An
# Anthology for Walkers.txt"), its last lines.
FOOTPATH_END = """and from that day forth its possessor is enrolled in the noble army of
walkers.

_John Burroughs._


THE RIVERSIDE PRESS LIMITED, EDINBURGH.
"""
# Thoreau, Journal 01 ("Thoreau, Henry David/Journal 01, 1837-1846 ... Volume 07.txt").
THOREAU_END = """END OF VOLUME I




                           The Riverside Press

                       H. O. HOUGHTON AND COMPANY
                                CAMBRIDGE
                              MASSACHUSETTS
"""


def test_press_imprints_are_cut():
    """Clause printer_imprint_press."""
    out, cut = _strip(FOOTPATH_END + _END)
    assert out.endswith("_John Burroughs._\n")
    assert cut["printer_imprint"] > len("THE RIVERSIDE PRESS LIMITED, EDINBURGH.")
    out, _ = _strip(THOREAU_END + _END)
    assert out == "END OF VOLUME I\n"


def test_press_name_without_a_place_or_with_an_address_stays():
    # a bare press name with nothing under it; a publisher's address (Tolstoy, What Shall
    # We Do?, the end of its last advertisement: "The Free Age Press, / 13, PATERNOSTER ROW")
    for tail in (
        "The Riverside Press",
        "The Free Age Press,\n  13, PATERNOSTER ROW, LONDON.",
    ):
        out, cut = _strip("THE END\n\n" + tail + _END)
        assert "printer_imprint" not in cut, tail
        assert tail.split("\n")[0] in out


# James, The Sacred Fount ("James, Henry/The Sacred Fount.txt"), the title page's back.
SACRED_FOUNT_FRONT = """THE SACRED FOUNT

BY

HENRY JAMES

NEW YORK

CHARLES SCRIBNER'S SONS

1901

COPYRIGHT, 1901, BY

CHARLES SCRIBNER'S SONS

TROW DIRECTORY
PRINTING AND BOOKBINDING COMPANY
NEW YORK




THE SACRED FOUNT



I

It was an occasion, I felt--the prospect of a large party--to profit by
"""
_BOOK = "It was an occasion, I felt, to profit by the fine weather and the house.\n\n" * 300


def test_trow_printing_company_on_the_title_page_is_cut():
    """Clause printer_imprint_printing_company (front)."""
    out, cut = _strip(_START + SACRED_FOUNT_FRONT + _BOOK + _END)
    assert "TROW" not in out and "BOOKBINDING" not in out
    assert "COPYRIGHT, 1901, BY\n\nCHARLES SCRIBNER'S SONS\n\nTHE SACRED FOUNT" in out
    assert cut["printer_imprint"] == len(
        "TROW DIRECTORY\nPRINTING AND BOOKBINDING COMPANY\nNEW YORK\n\n\n\n\n"
    )


# Henty, Maori and Settler ("Henty, G. A. (George Alfred)/Maori and Settler: A Story of The
# New Zealand War.txt"): the publisher's list on the half-title's back, the title page.
MAORI_FRONT = """MAORI and
SETTLER

A STORY OF THE NEW ZEALAND WAR

BY G. A. HENTY


Maori and Settler




G.A. HENTY'S BOOKS

Illustrated by Eminent Artists

_Uniform with this Edition_


Beric the Briton: A Story of the Roman Invasion of Britain.

Bonnie Prince Charlie: A Tale of Fontenoy and Culloden.

Both Sides the Border: A Tale of Hotspur and Glendower.

With Wolfe in Canada; or, The Winning of a Continent.

Wulf the Saxon: A Story of the Norman Conquest.

LONDON: BLACKIE AND SON, LTD., 50 OLD BAILY, E.C.

[Illustration: "DROP THAT OR I FIRE!"

_Page 227_]




 Maori and Settler

 A STORY OF

 THE NEW ZEALAND WAR

 BY

 G.A. HENTY

 _ILLUSTRATED_

 BLACKIE AND SON LIMITED
 LONDON GLASGOW AND BOMBAY
 _Printed in Great Britain_


PREFACE TO THE ORIGINAL EDITION


In the following story I have made no attempt to give anything like a
general history of the long struggle between the brave tribes of New
Zealand and the forces of England and the colony.
"""


def test_uniform_edition_list_and_front_imprint_are_cut():
    """Clauses uniform_edition_list (with its title "G.A. HENTY'S BOOKS" above the heading)
    and printer_imprint_front (the last line of the title page's last paragraph)."""
    out, cut = _strip(_START + MAORI_FRONT + _BOOK + _END)
    for gone in ("HENTY'S BOOKS", "Eminent Artists", "Uniform", "Beric", "OLD BAILY", "Printed"):
        assert gone not in out, gone
    assert "BY G. A. HENTY\n\n\nMaori and Settler\n\n\n\n\n" in out  # the half-title stays
    assert " BLACKIE AND SON LIMITED\n LONDON GLASGOW AND BOMBAY\n\n\nPREFACE" in out
    assert cut["printer_imprint"] == len("\n _Printed in Great Britain_")
    kept = _kept(_START + MAORI_FRONT + _BOOK + _END)
    assert "_Uniform with this Edition_" in kept and "_Printed in Great Britain_" in kept


def test_uniform_with_this_book_in_prose_stays():
    # Tolstoy, What Shall We Do?: the advertisement's last sentence, alone
    raw = (
        "WHAT SHALL WE DO?\n\nWe hope eventually to issue the whole of Tolstoy's writings "
        "since 1878\nin volumes uniform with this book.\n\n" + _BOOK
    )
    out, cut = _strip(_START + raw + _END)
    assert "uniform with this book." in out and "gutenberg_notice" not in cut


# The front forms of the mirror, each as the title page's back (cut), and lines that
# only read like one (kept).
FRONT_CUT = {
    # Hardy, Moments of Vision
    "PRINTED IN GREAT BRITAIN\nBY R. & R. CLARK, LIMITED, EDINBURGH": "",
    # Bunin, The Gentleman from San Francisco
    "_Printed in Great Britain\nby\nWilliam Clowes and Sons, Limited,\nLondon and Beccles._": "",
    # Russell, The Problem of China
    "PRINTED IN GREAT BRITAIN\nBY PHOTOLITHOGRAPHY\nUNWIN BROTHERS LIMITED\nWOKING AND LONDON": "",
    # Lang, The Library ("_Printed by_": clause printer_imprint_italic_by)
    "_Printed by_ R. & R. CLARKE, _Edinburgh_.": "",
    # Chesterton, Orthodoxy
    "MADE AND PRINTED IN GREAT BRITAIN BY WILLIAM CLOWES AND SONS, LIMITED,\nLONDON AND BECCLES.": "",
    # Bohn's Pliny, vol. I (shared pg57493)
    "PRINTED BY TAYLOR AND FRANCIS,\nRED LION COURT, FLEET STREET.": "",
    # Bohn's Pliny, vol. II (shared pg60230)
    "J. BILLING,\nPRINTER AND STEREOTYPER,\nWOKING, SURREY.": "",
}
FRONT_KEPT = (
    # Aristotle, On the Art of Poetry (shared pg6763): an edition history line
    "Reprinted 1925, 1928, 1932, 1938, 1945, 1947\n1951, 1954, 1959. 1962 Printed In Great Britain",
    # an acknowledgement, not a printer
    "Printed by permission of the proprietors of Punch.",
    # a sentence that wraps onto a line starting "Printed by"
    "The first edition of the pamphlet was\nPrinted by John Smith, London,\nand sold by all the booksellers.",
    # the publisher's line of an American title page (Houghton Mifflin's press)
    "BOSTON AND NEW YORK\nHOUGHTON MIFFLIN COMPANY\nThe Riverside Press Cambridge",
    # "Printed by" and no firm under it
    "Printed by",
)


def test_front_imprint_forms():
    """Clause printer_imprint_front."""
    for imprint in FRONT_CUT:
        raw = (
            _START
            + "THE TITLE\n\nLONDON\nTHE PUBLISHER\n1901\n\n"
            + imprint
            + "\n\n\n\nCONTENTS\n\n"
            + _BOOK
        )
        out, cut = _strip(raw + _END)
        assert "LONDON\nTHE PUBLISHER\n1901\n\nCONTENTS\n" in out, imprint
        assert cut["printer_imprint"] == len(imprint) + 4, imprint  # + its blank lines
    for line in FRONT_KEPT:
        raw = _START + "THE TITLE\n\n" + line + "\n\n\n\nCONTENTS\n\n" + _BOOK
        out, cut = _strip(raw + _END)
        assert "printer_imprint" not in cut, line
        assert line in out, line


def test_front_imprints_in_the_shared_books():
    text = clean_text(_shared("pg57493.txt")).text
    head = text[: text.index("PREFACE")]
    assert "TAYLOR AND FRANCIS" not in head and "HENRY G. BOHN" in head
    text = clean_text(_shared("pg60230.txt")).text
    head = text[: text.index("CONTENTS.")]
    assert "BILLING" not in head and "MDCCCLV." in head
    text = clean_text(_shared("pg6763.txt")).text  # an edition history line stays
    assert "1962 Printed In Great Britain" in text[:1000]
