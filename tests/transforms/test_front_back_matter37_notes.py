"""Session 37: back matter and notes that are not the book, continued from
test_front_back_matter37.py (same helpers): rule ``transcriber_note``, clause
``preparer_note``; rule ``book_index``, clause ``empty_notes_heading``; rule
``printer_imprint``, clause ``printer_imprint_italic_by`` at a book's end."""

from __future__ import annotations

import re

from tests.transforms.test_front_back_matter37 import _BOOK, _END, _START, _kept, _shared, _strip
from transforms.clean import clean_text
from transforms.normalize import normalize_text

# Balzac, Ferragus ("Balzac, Honoré de/Ferragus, Chief of the Dévorants.txt").
FERRAGUS_FRONT = """FERRAGUS, CHIEF OF THE DEVORANTS

By Honore De Balzac



Translated by Katharine Prescott Wormeley



  PREPARER’S NOTE:

  Ferragus is the first part of a trilogy. Part two is entitled
  The Duchesse de Langeais and part three is The Girl with the
  Golden Eyes. The three stories are frequently combined under
  the title The Thirteen.




                              DEDICATION

                          To Hector Berlioz.
"""
# Balzac, Scenes from a Courtesan's Life: the note opens its paragraph.
COURTESAN_FRONT = """SCENES FROM A COURTESAN'S LIFE

By Honore De Balzac



PREPARER'S NOTE: The story of Lucien de Rubempre begins in the
Lost Illusions trilogy which consists of Two Poets, A Distinguished
Provincial at Paris, and Eve and David.




                             DEDICATION
"""


def test_preparer_note_is_cut_and_counted():
    """Clause preparer_note (rule transcriber_note)."""
    out, cut = _strip(_START + FERRAGUS_FRONT + _BOOK + _END)
    assert "PREPARER" not in out and "first part of a trilogy" not in out
    assert re.search(r"Translated by Katharine Prescott Wormeley\n\n\n\n *DEDICATION", out)
    raw = normalize_text(_START + FERRAGUS_FRONT + _BOOK + _END)
    note_end = raw.rindex("\n", 0, raw.index("DEDICATION")) + 1  # with its blank lines
    assert cut["transcriber_note"] == note_end - raw.index("PREPARER")
    out, cut = _strip(_START + COURTESAN_FRONT + _BOOK + _END)
    assert "PREPARER" not in out and "Rubempre" not in out
    assert "PREPARER’S NOTE:" in _kept(_START + FERRAGUS_FRONT + _BOOK + _END)


def test_preparer_in_a_sentence_stays():
    raw = "He read the text again.\nThe preparer's note was lost, and he went on.\n\n" + _BOOK
    out, cut = _strip(_START + raw + _END)
    assert "The preparer's note was lost" in out and "transcriber_note" not in cut


# Tyrrell, Christianity at the Cross-Roads (shared pg52881): the last chapter had no notes.
CROSS_ROADS_END = """Footnote 17:

  Translated by Miss M. D. Petre. Inserted by permission of the editor
  of the _Nation_, in which it appeared on May 15, 1909.




------------------------------------------------------------------------


                               FOOTNOTES:




                           Transcriber's Note

The original spelling and punctuation has been retained.
"""


def test_empty_footnotes_heading_at_the_end_is_cut():
    """Clause empty_notes_heading (rule book_index), with the rule line above it."""
    out, cut = _strip(CROSS_ROADS_END)
    assert out.endswith("in which it appeared on May 15, 1909.\n")
    assert cut["book_index"] > len("FOOTNOTES:") + 72
    assert "FOOTNOTES:" in _kept(CROSS_ROADS_END)
    text = clean_text(_shared("pg52881.txt")).text
    assert text.endswith("in which it appeared on May 15, 1909.\n")


def test_footnotes_heading_with_notes_or_in_a_paragraph_stays():
    with_notes = CROSS_ROADS_END.replace(
        "FOOTNOTES:\n", "FOOTNOTES:\n\n[1] See the Nation, May 15, 1909.\n"
    )
    out, cut = _strip(with_notes)
    assert "book_index" not in cut and "[1] See the Nation" in out
    out, cut = _strip("The book ends here, and then come the\nNOTES\n")
    assert "book_index" not in cut and out.endswith("NOTES\n")
    out, cut = _strip("NOTES\n\n\n")  # nothing kept above
    assert "book_index" not in cut


# Hardy, Time's Laughingstocks ("Hardy, Thomas/Time's Laughingstocks, and Other Verses.txt"),
# its end: "_Printed in Great Britain by_" (clause printer_imprint_italic_by, end rule).
LAUGHINGSTOCKS_END = """   Lessons that leave no time for prizes.

16 W. P. V., 1866.

                                * * * * *

    _Printed in Great Britain by_ R. & R. CLARK, LIMITED, _Edinburgh_
"""


def test_italic_by_imprint_at_the_end_is_cut():
    out, cut = _strip(LAUGHINGSTOCKS_END + _END)
    assert out.endswith("16 W. P. V., 1866.\n")
    assert "printer_imprint" in cut


def test_front_rule_reads_only_books():
    """Clause printer_imprint_front: a short text (under MIN_UNMARKED_CHARS) keeps a
    title-page-like imprint line (the Short History imprint over place lines)."""
    raw = "A SHORT NOTE\n\nPRINTED IN ENGLAND BY WILLIAM CLOWES AND SONS, LIMITED,\n\nLONDON\n\n"
    raw += "they died for liberty.\n"
    out, cut = _strip(raw)
    assert "printer_imprint" not in cut and "WILLIAM CLOWES" in out


def test_review_of_the_mirror_hits_guards():
    """Three hits of the first version over the mirror, now kept: Brontë's juvenile title
    page "PRINTED BY HERSELF / AND / SOLD BY / NOBODY &ct &c" (the author's joke, "The
    Search After Hapiness"); the publisher above "The Trow Printing Company" (Conrad and
    Hueffer, The Inheritors); "The End" under "The University Press, Cambridge, U. S. A."
    (Thoreau, Cape Cod: the imprint stays with it)."""
    bronte = "THE SEARCH AFTER\nHAPINESS\n\nA TALE BY\nCHARLOTTE\nBRONTE\n\n"
    bronte += " PRINTED BY HERSELF\n AND\n SOLD BY\n NOBODY &ct &c\n\n AUGUST THE 17\n\n\n"
    out, cut = _strip(_START + bronte + _BOOK + _END)
    assert "printer_imprint" not in cut and "PRINTED BY HERSELF\n AND\n SOLD BY" in out
    inheritors = (
        "NEW YORK\n MCCLURE, PHILLIPS & CO.\n\n _The Trow Printing Company\n New York_\n\n\n"
    )
    out, cut = _strip(_START + "THE INHERITORS\n\n" + inheritors + _BOOK + _END)
    assert "MCCLURE, PHILLIPS & CO." in out and "Trow" not in out
    cape_cod = _BOOK + "\n\nThe University Press, Cambridge, U. S. A.\n\nThe End\n"
    out, cut = _strip(cape_cod + _END)
    assert "printer_imprint" not in cut and out.endswith("U. S. A.\n\nThe End\n")
