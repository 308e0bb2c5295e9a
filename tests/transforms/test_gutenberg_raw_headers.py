"""Project Gutenberg headers as the raw texts carry them (session 28): excerpts of
books from GitHub rcdm-uga/Gutenberg_Text, a collection of 2,832 Gutenberg .txt files
with their headers, footers and licenses intact. Clauses ``producer_credit_forms``,
``small_print_brackets``, ``gutenburg_spelling``, ``boxed_transcriber_note`` and (review)
``boxed_transcriber_note_errata`` of ``transforms.gutenberg_notices``."""

import pytest

from transforms.boilerplate import find_boilerplate
from transforms.clean import clean_text
from transforms.gutenberg_notices import gutenberg_markers, producer_notes
from transforms.normalize import normalize_text

# J. M. Barrie, The Little Minister (rcdm-uga/Gutenberg_Text, "Barrie, J. M. (James
# Matthew)/The Little Minister.txt"), 2002 header.
LITTLE_MINISTER = """The Project Gutenberg EBook of The Little Minister, by J. M. Barrie

*** START OF THE PROJECT GUTENBERG EBOOK, THE LITTLE MINISTER ***




This eBook was produced by Charles Franks and the Online Distributed
Proofreading team.




THE LITTLE MINISTER

BY

J. M. BARRIE
"""
# Walter Scott, Marmion ("Scott, Walter/Marmion: A Tale of Flodden Field in Six
# Cantos.txt").
MARMION = """The Project Gutenberg EBook of Marmion, by Sir Walter Scott

*** START OF THE PROJECT GUTENBERG EBOOK, MARMION ***




This EBook of Marmion: A Tale of Flodden Field by Sir Walter Scott was
scanned, proofed and formatted by Sandra Laythorpe, menorot@menorot.com.


MARMION:
A TALE OF FLODDEN FIELD
"""
# Guy de Maupassant, Mademoiselle Fifi ("Maupassant, Guy de/Mademoiselle Fifi.txt").
FIFI = """The Project Gutenberg EBook of Mademoiselle Fifi, by Guy de Maupassant

*** START OF THE PROJECT GUTENBERG EBOOK, MADEMOISELLE FIFI ***




Typed by Brett Fishburne Proofed by Reina Hosier and Kestrel.




Mademoiselle Fifi
"""
# Horatio Alger, Jed, the Poorhouse Boy ("Alger, Horatio, Jr./Jed, the Poorhouse
# Boy.txt"), Distributed Proofreaders' credit and its page-images note.
JED = """The Project Gutenberg EBook of Jed, the Poorhouse Boy, by Horatio Alger, Jr.

***START OF THE PROJECT GUTENBERG EBOOK JED, THE POORHOUSE BOY***


E-text prepared by David Edwards, Martin Pettit, and the Online
Distributed Proofreading Team (http://www.pgdp.net) from page images
generously made available by the Google Books Library Project
(https://books.google.com)



Note: Images of the original pages are available through
      the Google Books Library Project. See
      https://books.google.com/books?id=gnj9LVjclz8C&hl=e





JED, THE POORHOUSE BOY
"""


def _clean(raw: str) -> str:
    return clean_text(normalize_text(raw)).text


@pytest.mark.parametrize(
    "raw, first_line",
    [
        (LITTLE_MINISTER, "THE LITTLE MINISTER"),
        (MARMION, "MARMION:"),
        (FIFI, "Mademoiselle Fifi"),
        (JED, "JED, THE POORHOUSE BOY"),
    ],
)
def test_producer_credit_forms_after_a_header_are_cut(raw, first_line):
    text = _clean(raw)
    assert text.split("\n")[0] == first_line
    rules = {e.rule for e in find_boilerplate(normalize_text(raw))}
    assert "producer_note" in rules


# Rudyard Kipling, The Day's Work, Part I ("Kipling, Rudyard/The Day's Work - Part
# 01.txt"): the credit under the 1993 small print, 15k characters into the file.
DAYS_WORK = """*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*





This Project Gutenberg Etext was prepared by Bill Stoddard
hscrr@vgernet.net





THE DAY'S WORK - PART I
"""


def test_producer_credit_forms_etext_prepared_by():
    raw = "\n" * 3 + DAYS_WORK  # after the header: producer notes start at its end
    body = raw.index("This Project")
    cuts = producer_notes(raw, 10_000, body)
    assert [(raw[e.start : e.end].split("\n")[0], e.rule) for e in cuts] == [
        ("This Project Gutenberg Etext was prepared by Bill Stoddard", "producer_note")
    ]


def test_producer_credit_forms_need_a_gutenberg_header():
    # The same paragraphs in a text without a Gutenberg header are the text's own.
    for raw in (LITTLE_MINISTER, FIFI):
        body = raw.split("***\n", 1)[1]
        assert "produced by" in body or "Typed by" in body
        assert _clean(body).lstrip().startswith(("This eBook was produced", "Typed by"))


# E. Nesbit, The Enchanted Castle ("Nesbit, E. (Edith)/The Enchanted Castle.txt"), the
# 2001 small print's end marker and its bracketed lines.
ENCHANTED_CASTLE = """The Project Gutenberg Etext of The Enchanted Castle, by E. Nesbit

*END THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.05/20/01*END*
[Portions of this header are copyright (C) 2001 by Michael S. Hart
and may be reprinted only when these Etexts are free of all fees.]
[Project Gutenberg is a TradeMark and may not be used in any sales
of Project Gutenberg Etexts or other materials be they hardware or
software or any other related product without express permission.]





The Enchanted Castle

by E. Nesbit
"""


def test_small_print_brackets_go_with_the_header():
    # In the book the header is 19k characters, past the edge where notices are
    # looked for: the header's own cut must take the brackets.
    raw = normalize_text(ENCHANTED_CASTLE)
    header = next(e for e in gutenberg_markers(raw) if e.rule == "gutenberg_header")
    assert raw[header.end :].startswith("The Enchanted Castle\n")
    text = _clean(ENCHANTED_CASTLE)
    # Before: "[Portions of this header are copyright ...] The Enchanted Castle".
    assert text.split("\n")[0] == "The Enchanted Castle"
    assert "Michael S. Hart" not in text


def test_small_print_brackets_keep_a_bracket_of_the_book():
    # A bracket under the marker that names neither the project, the header nor
    # etexts is the book's.
    marker = "*END THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.05/20/01*END*\n"
    head = ENCHANTED_CASTLE.split(marker, 1)[0] + marker
    text = _clean(head + "[Frontispiece]\n\n\nThe Enchanted Castle\n")
    assert text.split("\n")[0] == "[Frontispiece]"


# Charles Darwin, Coral Reefs ("Darwin, Charles/Coral Reefs.txt"): the 1993 header
# and the last lines, whose end marker spells the name "Gutenburg".
CORAL_REEFS = """*The Project Gutenburg Etext of Coral Reefs, by Charles Darwin*

Information on contacting Project Gutenberg to get Etexts, and
further information is included below.

*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*





CORAL REEFS

by CHARLES DARWIN

ZONES of different kinds of corals outside the same reefs.




End of The Project Gutenburg Etext of Coral Reefs, by Charles Darwin

"""


def test_gutenburg_spelling_end_marker_is_cut():
    text = _clean(CORAL_REEFS)
    assert "Gutenburg" not in text
    assert text.rstrip().endswith("ZONES of different kinds of corals outside the same reefs.")


# Wit and Wisdom of Don Quixote ("Cervantes Saavedra, Miguel de/Wit and Wisdom of Don
# Quixote.txt"): a boxed note above the title, after the start marker.
DON_QUIXOTE = """*** START OF THE PROJECT GUTENBERG EBOOK WIT AND WISDOM OF DON QUIXOTE ***

      +------------------------------------------------+
      | Transcriber's note:                            |
      |                                                |
      | Proverbs in the original book are separated by |
      | short horizontal lines; in this text file      |
      | proverbs are treated as indented block quotes  |
      | to distinguish them from the main body of the  |
      | text.                                          |
      +------------------------------------------------+





WIT AND WISDOM OF DON QUIXOTE.

PATCH GRIEF WITH PROVERBS.--_Shakespeare._
"""
# Lords of the Housetops ("Blackwood, Algernon/Lords of the Housetops: Thirteen Cat
# Tales.txt"): a boxed note after the last tale, a blank box line above its title.
HOUSETOPS = """and so I leave him, purring, by the fire.



+----------------------------------------------------------------------+
|                                                                      |
| Transcriber's Note                                                   |
|                                                                      |
| Printer's errors have been corrected and hyphenation standardized.   |
| The author's spelling has been maintained.                           |
|                                                                      |
| Page  41   'practise' to 'practice'. 'do not practice as a'          |
+----------------------------------------------------------------------+
"""


def test_boxed_transcriber_note_is_cut_border_to_border():
    text = _clean(DON_QUIXOTE)
    # Before: "+-----+" / "| Transcriber's note: |" / "| | Proverbs in ..." opened the book.
    assert text.split("\n")[0] == "WIT AND WISDOM OF DON QUIXOTE."
    assert "+---" not in text and "Transcriber" not in text
    text = _clean(HOUSETOPS)
    assert text.rstrip() == "and so I leave him, purring, by the fire."


def test_boxed_transcriber_note_needs_both_borders():
    # A "| Transcriber's note |" line outside a closed box (a table row, say) stays.
    open_box = DON_QUIXOTE.replace(
        "      +------------------------------------------------+\n\n", "\n", 1
    )
    assert open_box.count("+---") == 1
    assert "Transcriber's note:" in _clean(open_box)


# Oscar Wilde, The Canterville Ghost ("Wilde, Oscar/The Canterville Ghost.txt"): a
# placard of the story drawn as a box (review of wtE).
CANTERVILLE = """in the grey morning light, he read these fearful words:--

        +------------------------------------+
        |         YE OTIS GHOSTE             |
        | Ye Onlie True and Originale Spook, |
        |    Beware of Ye Imitationes.       |
        |   All others are counterfeite.     |
        +------------------------------------+

The whole thing flashed across him. He had been tricked, foiled, and
out-witted!
"""
# Nietzsche, On the Future of our Educational Institutions ("Nietzsche, Friedrich
# Wilhelm/On the Future of our Educational Institutions.txt"): the errata box at the end.
NIETZSCHE_ERRATA = """anything in common with me.--TR.

       *       *       *       *       *

    +-----------------------------------------------------------+
    | Typographical errors corrected in text:                   |
    |                                                           |
    | Page 124: neigbourhood replaced with neighbourhood        |
    | Page 130: universites replaced by universities            |
    |                                                           |
    +-----------------------------------------------------------+

       *       *       *       *       *
"""


def test_boxed_transcriber_note_keeps_a_box_of_the_book():
    # Clause boxed_transcriber_note: only a box that names the transcriber's note (or
    # its errata) is cut; the story's own placard stays, borders and all.
    assert [e for e in find_boilerplate(CANTERVILLE) if e.rule == "transcriber_note"] == []
    text = _clean(CANTERVILLE)
    assert "YE OTIS GHOSTE" in text and "All others are counterfeite." in text


def test_boxed_transcriber_note_errata_box_is_cut():
    # Clause boxed_transcriber_note_errata: before, the box stayed as the book's last text.
    cuts = [e for e in find_boilerplate(NIETZSCHE_ERRATA) if e.rule == "transcriber_note"]
    assert len(cuts) == 1
    cut = NIETZSCHE_ERRATA[cuts[0].start : cuts[0].end]
    assert cut.lstrip().startswith("+---") and "universities" in cut
    assert "neigbourhood" not in _clean(NIETZSCHE_ERRATA)
    assert _clean(NIETZSCHE_ERRATA).startswith("anything in common with me.--TR.")
