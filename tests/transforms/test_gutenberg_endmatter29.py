"""Raw Project Gutenberg end matter, a second pass (session 29): clauses
``notes_heading_one_blank_line``, ``end_notes_headings`` and ``complete_works_footer`` of
``transforms.gutenberg_notices``. Excerpts of books from GitHub rcdm-uga/Gutenberg_Text."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"

# John Henry Goldfrap, The Ocean Wireless Boys on the Atlantic ("Goldfrap, John
# Henry/The Ocean Wireless Boys on the Atlantic.txt"): the publisher's last line, the
# notes heading with ONE blank line under it, a gap of two blank lines inside the list.
OCEAN_END = """                 HURST & COMPANY, Publishers, NEW YORK




    Transcriber's Notes

    In the text of this book, italicized phrases are presented by
    surrounding the text with underscores, and boldface phrases are
    presented by surrounding the text with equal signs.

    Hyphenated words have been retained as they appear in the original
    text, except as noted in the full list of changes below.


    Changes made to the text:

    table of contents - changed "Aim" to "Arm" to match the
    actual chapter title
    original text: XXII. You Saved My Aim

    page 10 - changed "shipowner" to "ship-owner" to be
    consistent with other usage in the book
    original text: Someone had found the ship-owner"""

# Shakespeare, Hamlet ("Shakespeare, William/Hamlet.txt", the 1990s Complete Works
# etext filed one play a file): the play's last lines, the notice, the closing line.
HAMLET_END = """    Take up the bodies. Such a sight as this
    Becomes the field but here shows much amiss.
    Go, bid the soldiers shoot.
            Exeunt marching; after the which a peal of ordnance
                                                   are shot off.



THE END





<<THIS ELECTRONIC VERSION OF THE COMPLETE WORKS OF WILLIAM
SHAKESPEARE IS COPYRIGHT 1990-1993 BY WORLD LIBRARY, INC., AND IS
PROVIDED BY PROJECT GUTENBERG ETEXT OF CARNEGIE MELLON UNIVERSITY
WITH PERMISSION.  ELECTRONIC AND MACHINE READABLE COPIES MAY BE
DISTRIBUTED SO LONG AS SUCH COPIES (1) ARE FOR YOUR OR OTHERS
PERSONAL USE ONLY, AND (2) ARE NOT DISTRIBUTED OR USED
COMMERCIALLY.  PROHIBITED COMMERCIAL DISTRIBUTION INCLUDES BY ANY
SERVICE THAT CHARGES FOR DOWNLOAD TIME OR FOR MEMBERSHIP.>>





End of this Etext of The Complete Works of William Shakespeare, The Tragedy of
Hamlet, Prince of Denmark
"""

_HAMLET_HEAD = "Project Gutenberg file 1ws2610.txt.\n\n\n"


def _clean(raw: str) -> str:
    return clean_text(normalize_text(raw)).text


def test_notes_heading_with_one_blank_line_runs_to_the_end_marker():
    name = "OCEAN WIRELESS BOYS ON ATLANTIC"
    lead = "Some text of the book.\n\n" * 40
    out = _clean(_HEADER.format(name) + lead + OCEAN_END + _FOOTER.format(name))
    assert out.rstrip().endswith("HURST & COMPANY, Publishers, NEW YORK")
    assert "Changes made to the text" not in out
    assert "ship-owner" not in out


def test_complete_works_closing_line_is_cut():
    lead = "  Ham. The rest is silence. Dies.\n\n" * 40
    out = _clean(_HAMLET_HEAD + lead + HAMLET_END)
    assert "Complete Works of William Shakespeare" not in out
    assert out.rstrip().endswith("THE END")


def test_complete_works_line_with_text_under_it_stays():
    # the line with a paragraph of the play's own under it is no closing line
    lead = "  Ham. The rest is silence. Dies.\n\n" * 40
    body = HAMLET_END + "\n  Fort. Go, bid the soldiers shoot.\n"
    out = _clean(_HAMLET_HEAD + lead + body)
    assert "End of this Etext of The Complete Works" in out


# Anthony Hamilton, The Memoirs of Count Grammont, Volume 4 ("Scott, Walter/The
# Memoirs of Count Grammont — Volume 04.txt"): the book's last line, the etext
# editor's bookmarks (phrases quoted from the book), the end marker.
GRAMMONT_END = """Lord Chesterfield, having now no other enemies than the gout and the
jealousy of his wife, retired to his estate.




ETEXT EDITOR'S BOOKMARKS:

By a strange perversion of language, styled, all men of honour
Maxim of all jealous husbands
What jealousy fears, and what it always deserves"""


def test_etext_editors_bookmarks_run_to_the_end_marker():
    name = "COUNT GRAMMONT"
    lead = "Some text of the book.\n\n" * 40
    out = _clean(_HEADER.format(name) + lead + GRAMMONT_END + _FOOTER.format(name))
    assert out.rstrip().endswith("retired to his estate.")
    assert "Maxim of all jealous husbands" not in out
    assert "BOOKMARKS" not in out


# Dante, The Divine Comedy, Longfellow's translation, Paradise ("Dante Alighieri/Divine
# Comedy, Longfellow's Translation, Paradise.txt"): the etext editor's signature, the
# "TECHNICAL NOTES" heading (two blank lines under it) and its italics convention.
# Added by the reviewer of wtE: no test covered the "TECHNICAL NOTES" heading.
PARADISE_END = """Dennis McCarthy, July 1997
Atlanta, Georgia USA
imprimatur@juno.com




TECHNICAL NOTES


Text that was originally in italics has been placed within single
quotes ('italics').  Where italic text coincided with existing
quotation marks it was not given any additional markup.  Extended
characters, used occasionally in the original, have been transcribed
into 7-bit ASCII.  To view the italics and special characters please
refer to the HTML version of this e-text."""


def test_technical_notes_run_to_the_end_marker():
    name = "DANTE'S PARADISE"
    lead = "Some text of the book.\n\n" * 40
    out = _clean(_HEADER.format(name) + lead + PARADISE_END + _FOOTER.format(name))
    assert out.rstrip().endswith("imprimatur@juno.com")
    assert "TECHNICAL NOTES" not in out
    assert "7-bit ASCII" not in out


def test_end_notes_heading_above_a_short_text_keeps_the_text():
    # the heading in the body's first half is no end matter: nothing is cut to the marker
    name = "DANTE'S PARADISE"
    out = _clean(_HEADER.format(name) + "A short text.\n\n" + PARADISE_END + _FOOTER.format(name))
    assert "7-bit ASCII" in out
