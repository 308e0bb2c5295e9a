"""Session 38, branch wtA: English front and back matter left by session 37 (rule
``printer_imprint`` and the cut merge of ``find_boilerplate``).

Clauses: ``printer_imprint_front_place`` (the printer's city over a title-page imprint
and the year under it), ``printer_imprint_press_named`` and
``printer_imprint_unmarked_firm`` (a user's text with no end marker keeps short
imprint-like last lines), ``cut_gap_indent`` (the leading spaces between two cuts go
with them)."""

from __future__ import annotations

import re

from transforms.boilerplate import BoilerplateConfig, removed_by_rule, strip_boilerplate
from transforms.normalize import normalize_text

_START = "*** START OF THIS PROJECT GUTENBERG EBOOK X ***\n\n\n\n\n"
_END = "\n\n\n\n\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***\n"
# a book's text (over MIN_UNMARKED_CHARS) with no Gutenberg markers
_BOOK = "It was an occasion, I felt, to profit by the fine weather and the house.\n\n" * 300
# the same wrapped at 72 columns (a wrap width to centre the title on)
_WRAPPED = (
    "It was an occasion, I felt, to profit by the fine weather and the house;\n"
    "and so we went out into the garden after dinner, and sat there till ten.\n\n"
) * 200

# Dumas, The Corsican Brothers (Routledge, 1880; Gutenberg #41881): title page and its back
_CORSICAN = (
    "THE\nCORSICAN BROTHERS\n\nA NOVEL\n\nBY\nALEXANDRE DUMAS\n\n"
    "TRANSLATED BY HENRY FRITH\n\nLONDON\nGEORGE ROUTLEDGE AND SONS\n"
    "BROADWAY, LUDGATE HILL\nNEW YORK: 416, BROOME STREET\n1880\n\n\n"
    "LONDON:\nPRINTED BY WOODFALL AND KINDER,\nMILFORD LANE, STRAND, W.C.\n\n\n"
    "TO\nHENRY IRVING\nTHE LATEST REPRESENTATIVE OF THE TWIN BROTHERS\n"
    "THIS BOOK IS DEDICATED BY\nTHE TRANSLATOR\n\n\n\n"
)
# Scott, Trial of Duncan Terig (Bannatyne Club, 1831; Gutenberg #26133)
_TERIG = (
    "TRIAL OF\n\nDUNCAN TERIG ALIAS CLERK,\nAND\nALEXANDER BANE MACDONALD,\n\n"
    "FOR THE MURDER OF\n\nARTHUR DAVIS,\nSERGEANT IN GENERAL GUISE'S REGIMENT OF FOOT.\n\n"
    "JUNE,\nA.D. M.DCC.LIV.\n\n\n\nEDINBURGH:\nPRINTED BY BALLANTYNE AND COMPANY.\n1831.\n\n\n\n\n"
    "TO\n\nTHE MEMBERS OF THE BANNATYNE CLUB,\n\n"
)


def _strip(raw: str, **kw) -> tuple[str, dict[str, int]]:
    out, edits = strip_boilerplate(normalize_text(raw), **kw)
    return out, removed_by_rule(edits)


def test_front_imprint_takes_its_place_line_corsican_brothers():
    """Clause printer_imprint_front_place: "LONDON:" alone over "PRINTED BY WOODFALL AND
    KINDER," is the imprint's city; the publisher's "LONDON" / "GEORGE ROUTLEDGE AND
    SONS" / "1880" above it and the dedication under it stay."""
    out, cut = _strip(_START + _CORSICAN + _BOOK + _END)
    assert "WOODFALL" not in out and "MILFORD LANE" not in out
    assert "\nLONDON:\n" not in out and "LONDON:" not in out
    assert "LONDON\nGEORGE ROUTLEDGE AND SONS\nBROADWAY, LUDGATE HILL\n" in out
    assert "NEW YORK: 416, BROOME STREET\n1880\n" in out
    assert "TO\nHENRY IRVING\n" in out
    expected = len("LONDON:\nPRINTED BY WOODFALL AND KINDER,\nMILFORD LANE, STRAND, W.C.\n\n\n")
    assert cut["printer_imprint"] == expected


def test_front_imprint_takes_place_and_year_scott_trial():
    """Clause printer_imprint_front_place: "EDINBURGH:" / "PRINTED BY BALLANTYNE AND
    COMPANY." / "1831." is one block, cut whole; the title's "A.D. M.DCC.LIV." (the
    trial's date, its own paragraph) stays."""
    out, cut = _strip(_START + _TERIG + _BOOK + _END)
    assert "BALLANTYNE" not in out and "EDINBURGH" not in out and "1831." not in out
    assert "JUNE,\nA.D. M.DCC.LIV.\n\n\n\nTO\n\nTHE MEMBERS OF THE BANNATYNE CLUB," in out
    assert cut["printer_imprint"] == len(
        "EDINBURGH:\nPRINTED BY BALLANTYNE AND COMPANY.\n1831.\n\n\n\n\n"
    )


def test_front_place_line_guards():
    """Clause printer_imprint_front_place: a place line with the publisher's name on it
    ("London: George Bell & Sons,") or in a paragraph above the imprint is the title
    page's; a year under an imprint in a paragraph of its own stays unless the place was
    taken; ``--keep-boilerplate`` keeps everything."""
    front = (
        "SECRETS OF THE SWORD\n\nLondon: George Bell & Sons, York Street,\n"
        "Covent Garden. 1900.\n\nPrinted by J. and C. F. Clay\nat the University Press.\n\n"
        "1900\n\n\n\nPREFACE\n\n"
    )
    out, cut = _strip(_START + front + _BOOK + _END)
    assert "Clay" not in out and "London: George Bell & Sons, York Street," in out
    assert "\n1900\n" in out
    front = "A TITLE\n\nLONDON:\nMACMILLAN AND CO.\nPRINTED BY R. CLARK, EDINBURGH.\n\n\n"
    out, cut = _strip(_START + front + _BOOK + _END)
    assert "LONDON:\nMACMILLAN AND CO.\n" in out and "CLARK" not in out
    out, cut = _strip(_START + _CORSICAN + _BOOK + _END, config=BoilerplateConfig(enabled=False))
    assert "LONDON:\nPRINTED BY WOODFALL AND KINDER," in out and not cut


def test_unmarked_user_endings_keep_short_imprint_like_lines():
    """Clauses printer_imprint_unmarked_firm and printer_imprint_press_named: with no end
    marker (a user's own text) a last line must name a firm ("LIMITED", "& CO.", "SONS",
    "<Name> Press") or a firm and its place; made-up user endings stay."""
    for last in (
        "The Press, Woking.",
        "Printed by the Author.",
        "JOHN SMITH, PRINTER.",
        "Benjamin Franklin, Printer.",
        "Printed in England",
        "PRINTED",
        "Printed by\nMyself",
    ):
        out, cut = _strip(_BOOK + last + "\n")
        assert "printer_imprint" not in cut and out.endswith(last + "\n"), last
    # real imprints ending a marker-less text are still cut (mirror: Oliver and Boyd,
    # Palmer's "J. PALMER, PRINTER, CAMBRIDGE.", the Country Life Press)
    for imprint in (
        "PRINTED BY OLIVER AND BOYD, EDINBURGH.",
        "J. PALMER, PRINTER, CAMBRIDGE.",
        "THE COUNTRY LIFE PRESS\nGARDEN CITY, N.Y.",
        "LONDON:\nPRINTED BY OLIVER AND BOYD.",
        "_Printed by_ R. & R. CLARK, LIMITED, _Edinburgh_.",
        # underscored italics around the firm word (Anchor Press): no word boundary there
        "_Printed by the Anchor Press_, _Ltd._, _Tiptree_, _Essex_, _England_.",
    ):
        out, cut = _strip(_BOOK + "THE END\n\n\n" + imprint + "\n")
        assert cut.get("printer_imprint") and out.rstrip().endswith("THE END"), imprint


def test_press_needs_a_name_even_with_an_end_marker():
    """Clause printer_imprint_press_named: "The Press, Woking." names no press (marked
    text too); "THE ARDEN PRESS, LETCHWORTH." does."""
    out, cut = _strip(_START + _BOOK + "The Press, Woking.\n" + _END)
    assert "printer_imprint" not in cut and out.endswith("The Press, Woking.\n")
    out, cut = _strip(_START + _BOOK + "THE END\n\n\nTHE ARDEN PRESS, LETCHWORTH.\n" + _END)
    assert cut.get("printer_imprint") and out.rstrip().endswith("THE END")


# Tolstoy, The Power of Darkness (Gutenberg #26661): the producer's note, then an indented
# transcriber's note, then the centred title
_TOLSTOY = (
    "Produced by Bryan Ness, Jana Srna and the Online Distributed\n"
    "Proofreading Team at http://www.pgdp.net\n\n\n\n\n\n\n"
    "  [ Transcriber's Note:\n"
    "    This e-book belongs to Tolstoy's Plays (Complete Edition). The\n"
    "    front matter, including the table of contents, can be found in\n"
    "    e-book #26660; it lists the other plays in the collection.\n"
    "  ]\n\n\n\n\n"
    "                          THE POWER OF DARKNESS\n\n"
    "                                   OR\n\n"
)


def test_cut_gap_indent_tolstoy_title_starts_flush():
    """Clause cut_gap_indent: the producer's note is cut to the start of the line "  [
    Transcriber's Note:" and the note from its bracket; the line's indent between the two
    cuts went with neither, and the text began " THE POWER OF DARKNESS"."""
    out, cut = _strip(_START + _TOLSTOY + _WRAPPED + _END)
    assert out.startswith("THE POWER OF DARKNESS\n\nOR\n")
    # the two cuts and the indent between them are one, counted under the first's rule
    assert "Transcriber" not in out and "Produced by" not in out
    norm = normalize_text(_START + _TOLSTOY + _WRAPPED + _END)
    assert cut["gutenberg_header"] + cut["producer_note"] == norm.index("THE POWER")
    out, _ = _strip(_START + _TOLSTOY + _BOOK + _END, config=BoilerplateConfig(enabled=False))
    assert "  [ Transcriber's Note:" not in out and "[ Transcriber's Note:" in out


# Russell, The Practice and Theory of Bolshevism (Allen & Unwin, 1920; mirror text): the
# imprint, then the book's ERRATA
_BOLSHEVISM_END = (
    "next epoch does not prove the still greater destructiveness of\n"
    "Communism, but rather its power to heal the wounds which the old evil\n"
    "system has inflicted upon the human spirit.\n\n\n\n\n"
    "  _Printed in Great Britain by_\n"
    "  UNWIN BROTHERS, LIMITED, THE GRESHAM PRESS, WOKING AND LONDON\n\n\n\n\n"
    "ERRATA\n\n\n"
    'P. 20, l. 11. For "teaching" read "reaching"\n\n'
    'P. 43, l. 12. For "dying" read "very ill"\n'
)
# Stevenson, Records of a Family of Engineers (Chatto & Windus, 1912; mirror text): the
# imprint under two rows of stars, then the book's notes gathered by the transcriber
_ENGINEERS_END = (
    "giving three cheers, lowered them, and finally extinguished the lights.\n\n"
    "                                * * * * *\n\n"
    "                                * * * * *\n\n"
    "         Printed by T. and A. CONSTABLE, Printers to His Majesty\n"
    "                    at the Edinburgh University Press.\n\n\n\n\n"
    "Footnotes:\n\n\n"
    "{2a}  An error: Stevensons owned at this date the barony of Dolphingston\n"
    "in Haddingtonshire, Montgrennan in Ayrshire, and several other lesser\nplaces.\n\n"
    "{3a}  Pitcairn’s _Criminal Trials_, at large.—[R. L. S.]\n"
)


def test_imprint_above_errata_is_cut_errata_stay():
    """Clause printer_imprint_above_notes: the imprint above the book's ERRATA (the
    transcriber kept them at the end) is cut; the errata, a reader's, stay whole."""
    out, cut = _strip(_START + _BOOK + _BOLSHEVISM_END + _END)
    assert "UNWIN" not in out and "Printed in Great Britain" not in out
    assert re.search(r"the human spirit\.\n+ERRATA\n\n+P\. 20, l\. 11\.", out)
    assert out.rstrip().endswith('P. 43, l. 12. For "dying" read "very ill"')
    assert (
        cut["printer_imprint"]
        == len(
            "  _Printed in Great Britain by_\n"
            "  UNWIN BROTHERS, LIMITED, THE GRESHAM PRESS, WOKING AND LONDON"
        )
        - 2
        + 5
    )  # normalized: one space of each indent; + 5 (session 49, clause cut_line_break): the
    # line break and the four blank lines under the imprint (four stood above it) go too


def test_imprint_above_footnotes_is_cut_notes_stay():
    """Clause printer_imprint_above_notes: the imprint (under its rows of stars) above
    the transcriber's "Footnotes:" heading is cut, the notes stay; with
    ``--keep-boilerplate`` all stays."""
    out, cut = _strip(_START + _BOOK + _ENGINEERS_END + _END)
    assert "CONSTABLE" not in out and "Edinburgh University Press" not in out
    assert re.search(
        r"the lights\.\n+(?: ?\* \* \* \* \*\n+)*Footnotes:\n+\{2a\} An error: Stevensons", out
    )
    assert out.rstrip().endswith("[R. L. S.]")
    assert "extinguished the lights." in out
    out, cut = _strip(
        _START + _BOOK + _ENGINEERS_END + _END, config=BoilerplateConfig(enabled=False)
    )
    assert "Printed by T. and A. CONSTABLE" in out and not cut


def test_imprint_like_lines_above_notes_that_are_the_books_stay():
    """Clause printer_imprint_above_notes guards: an old imprint quoted as the book's
    text (Swift's broadside, Milton's pamphlet) with notes under it that open with no
    heading stays; a story's sentence above "FOOTNOTES" is no imprint."""
    swift = (
        "Dublin: Printed by John Harding in Molesworth's Court, in Fishamble\n"
        "Street.\n\n[29] In the capacity of a postillion, no doubt. [T. S.]\n"
    )
    out, cut = _strip(_START + _BOOK + swift + _END)
    assert "printer_imprint" not in cut and "John Harding" in out
    story = "He said the book was printed by his brother in London.\n\nFOOTNOTES\n\n[1] Yes.\n"
    out, cut = _strip(_START + _BOOK + story + _END)
    assert "printer_imprint" not in cut and "printed by his brother" in out


# Dostoevsky, White Nights and Other Stories (Heinemann / Macmillan, 1918; mirror text):
# the imprint, the publisher's lists, the transcriber's notes
_WHITE_NIGHTS_END = (
    'not dead, what if I get up, do you hear? What would happen then?"\n\n\n\n\n'
    " PRINTED IN GREAT BRITAIN BY RICHARD CLAY & SONS, LIMITED,\n"
    " BRUNSWICK ST., STAMFORD ST., S.E. 1, AND BUNGAY, SUFFOLK\n\n\n\n\n"
    " NOVELS BY FYODOR DOSTOEVSKY\n\n"
    " Translated from the Russian by\n CONSTANCE GARNETT.\n\n\n"
    " THE BROTHERS KARAMAZOV\n THE IDIOT\n THE POSSESSED\n CRIME AND PUNISHMENT\n"
    " THE HOUSE OF THE DEAD\n THE INSULTED AND INJURED\n A RAW YOUTH\n"
    " THE ETERNAL HUSBAND, etc.\n THE GAMBLER, etc.\n WHITE NIGHTS, etc.\n\n\n"
    " NOVELS BY IVAN TURGENEV\n\n"
    " Translated from the Russian by\n CONSTANCE GARNETT.\n\n\n"
    " RUDIN\n A HOUSE OF GENTLEFOLK\n ON THE EVE\n FATHERS AND CHILDREN\n SMOKE\n"
    " VIRGIN SOIL (2 vols.)\n A SPORTSMAN'S SKETCHES (2 vols.)\n"
    " DREAM TALES AND PROSE POEMS\n THE TORRENTS OF SPRING\n\n\n"
    " NEW YORK\n THE MACMILLAN COMPANY\n\n\n\n\n"
    "Transcriber's Notes:\n\n"
    "The list of novels translated by Constance Garnett was moved from front\n"
    "of book to the end. Punctuation was standardized.\n"
)
# Wharton, The Marne (Macmillan, 1918; mirror text): "By <AUTHOR>." lists to the end
_MARNE_END = (
    "Ah, yes, he would do that, Troy swore--he would do it on the\n"
    "battlefields of France.\n\n\n\n\nTHE END\n\n\n"
    "_Printed by_ R. & R. CLARK, LIMITED, _Edinburgh_.\n\n * * * * *\n\n"
    "By EDITH WHARTON.\n\n\n THE HOUSE OF MIRTH.\n DESCENT OF MAN, and Other Stories.\n"
    " THE FRUIT OF THE TREE.\n THE HERMIT AND THE WILD WOMAN, and Other Stories.\n"
    " TALES OF MEN AND GHOSTS.\n THE REEF.\n THE CUSTOM OF THE COUNTRY.\n"
    " XINGU, and Other Stories.\n SUMMER. A Novel.\n\n SANCTUARY.\n ETHAN FROME.\n\n"
    " * * * * *\n\nBy WINSTON CHURCHILL.\n\n\n THE CELEBRITY.\n RICHARD CARVEL.\n"
    " THE CRISIS.\n THE CROSSING.\n CONISTON.\n MR. CREWE'S CAREER.\n"
    " A MODERN CHRONICLE.\n THE INSIDE OF THE CUP.\n A FAR COUNTRY.\n"
)


def test_imprint_and_publishers_list_are_cut_white_nights():
    """Clause printer_imprint_above_ads: the imprint and the lists under it ("NOVELS BY
    FYODOR DOSTOEVSKY" ... "THE MACMILLAN COMPANY") go; the transcriber's note is cut by
    its own rule; the story's last line ends the text."""
    out, cut = _strip(_START + _BOOK + _WHITE_NIGHTS_END + _END)
    assert out.rstrip().endswith('What would happen then?"')
    assert "CLAY" not in out and "KARAMAZOV" not in out and "MACMILLAN" not in out
    raw_list = _WHITE_NIGHTS_END[_WHITE_NIGHTS_END.index(" PRINTED") :]
    raw_list = raw_list[: raw_list.index("\n\n\n\n\nTranscriber")]
    # the list and the blank lines above the imprint (the text ends at the story's line)
    # + 5 (session 49, clause cut_line_break): the list's last line break and the four blank
    # lines under it (the transcriber's note under them is cut by its own rule)
    assert cut["printer_imprint"] == len(normalize_text(raw_list)) + len("\n\n\n\n") + 5


def test_imprint_and_by_author_lists_are_cut_the_marne():
    """Clause printer_imprint_above_ads: two "By <AUTHOR>." lists under the imprint (no
    price, no publisher's line: two list headings are the mark); "THE END" stays."""
    out, cut = _strip(_START + _BOOK + _MARNE_END + _END)
    assert out.rstrip().endswith("battlefields of France.\n\n\n\n\nTHE END")
    assert "CLARK" not in out and "ETHAN FROME" not in out and "CONISTON" not in out


def test_lists_under_an_imprint_that_are_not_adverts_stay():
    """Clause printer_imprint_above_ads guards: one list with no price, publisher's line or
    second heading stays (and its imprint, as before); press notices of long prose lines
    stay; an unmarked text is not looked at."""
    one = _MARNE_END[: _MARNE_END.index(" * * * * *\n\nBy WINSTON")]
    out, cut = _strip(_START + _BOOK + one + _END)
    assert "ETHAN FROME" in out and "THE HOUSE OF MIRTH" in out
    notices = (
        "THE END\n\n_Printed in Great Britain by Wyman & Sons Ltd., London, Reading and "
        "Fakenham_\n\n\nBy ARTHUR CONAN DOYLE.\n\n"
        + '"After reading every word of this most fascinating book, the writer of\n'
        "this notice ventures, as a professional soldier, to endorse the author's\n"
        * 5
        + "\n\nHODDER & STOUGHTON LTD., Warwick Square, London, E.C.4\n"
    )
    out, cut = _strip(_START + _BOOK + notices + _END)
    assert "most fascinating book" in out
    out, cut = _strip(_BOOK + _WHITE_NIGHTS_END)
    assert "KARAMAZOV" in out


def test_place_line_over_an_end_imprint_goes_with_it():
    """Clause printer_imprint_place_line: "LONDON:" alone over the imprint (Darwin's
    Descent of Man, vol. I) goes with it; "END OF VOL. I." stays."""
    tail = (
        "END OF VOL. I.\n\nLONDON:\n\nPRINTED BY WILLIAM CLOWES AND SONS, DUKE STREET, "
        "STAMFORD STREET, AND\nCHARING CROSS.\n"
    )
    out, cut = _strip(_START + _BOOK + tail + _END)
    assert out.rstrip().endswith("END OF VOL. I.") and "LONDON" not in out


# Nietzsche, The Antichrist (Knopf, Pocket Book Edition 1923; mirror text): the back of
# the title page
_ANTICHRIST_BACK = (
    "               COPYRIGHT, 1918, BY ALFRED A. KNOPF, INC.\n\n"
    "            _Pocket Book Edition, Published September, 1923\n"
    "                    Second Printing, November, 1924_\n\n\n"
    "      _Set up, electrotyped, and printed by the Vail-Ballou Press,\n"
    "                           Binghamton, N. Y._\n\n"
    "     _Paper manufactured by W. C. Hamilton & Sons, Miquon, Pa., and\n"
    "            furnished by W. F. Etherington & Co., New York._\n\n"
    "             MANUFACTURED IN THE UNITED STATES OF AMERICA.\n\n\n\n\nCONTENTS\n\n"
)
# Tolstoy, What to Do? (Crowell, 1887; mirror text)
_WHAT_TO_DO_BACK = (
    "COPYRIGHT, 1887,\nBY THOMAS Y. CROWELL & CO.\n\n"
    "ELECTROTYPED AND PRINTED\nBY RAND AVERY COMPANY,\nBOSTON.\n\n\n\n\n"
    "TRANSLATOR'S NOTE.\n\n\n"
)


def test_electrotyped_and_manufactured_front_imprints():
    """Clauses printer_imprint_front_electrotyped and printer_imprint_front_by_below: the
    Vail-Ballou line (pg19322's, left by session 37), "MANUFACTURED IN THE UNITED STATES
    OF AMERICA.", "ELECTROTYPED AND PRINTED" over "BY RAND AVERY COMPANY," / "BOSTON."
    go; the copyright, the edition history and the paper maker's note stay."""
    out, cut = _strip(_START + _ANTICHRIST_BACK + _BOOK + _END)
    assert "Vail-Ballou" not in out and "Binghamton" not in out
    assert "MANUFACTURED IN" not in out
    assert "COPYRIGHT, 1918, BY ALFRED A. KNOPF, INC." in out
    assert "Second Printing, November, 1924_" in out and "Hamilton & Sons" in out
    out, cut = _strip(_START + _WHAT_TO_DO_BACK + _BOOK + _END)
    assert "RAND AVERY" not in out and "ELECTROTYPED" not in out and "BOSTON" not in out
    assert out.startswith("COPYRIGHT, 1887,\nBY THOMAS Y. CROWELL & CO.\n\nTRANSLATOR'S NOTE.")
    assert cut["printer_imprint"] == len(
        "ELECTROTYPED AND PRINTED\nBY RAND AVERY COMPANY,\nBOSTON.\n\n\n\n\n"
    )


def test_manufactured_line_leaves_the_publisher_under_it():
    """Clause printer_imprint_front_electrotyped guard: Dover's "Manufactured in the United
    States of America" goes, the publisher's line under it in its paragraph stays (the
    first version took it as the firm)."""
    front = (
        "_Library of Congress Catalog Card Number: 64-16327_\n\n\n"
        "Manufactured in the United States of America\nDover Publications, Inc.\n"
        "180 Varick Street\nNew York, N. Y. 10014\n\n\n\n\nLIST OF ILLUSTRATIONS\n\n"
    )
    out, cut = _strip(_START + front + _BOOK + _END)
    assert "Manufactured" not in out
    assert "Dover Publications, Inc.\n180 Varick Street\nNew York, N. Y. 10014" in out


def test_printed_over_a_by_line_guards():
    """Clause printer_imprint_front_by_below guards: Brontë's "PRINTED" / "BY HERSELF"
    and a "BY" line that reads on stay; edition lines "Set up and electrotyped.
    Published November, 1913." stay."""
    for front in (
        "THE SEARCH AFTER HAPPINESS\n\nPRINTED\nBY HERSELF\nAND\nSOLD BY\nNOBODY\n\n\n",
        "A TITLE\n\nPRINTED\nby the kindness of my old friend the rector\n\n\n",
        "A TITLE\n\nSet up and electrotyped. Published November, 1913.\n\n\n",
    ):
        out, cut = _strip(_START + front + _BOOK + _END)
        assert "printer_imprint" not in cut, front


# Review (session 38): made-up endings and end matter built on the mirror's shapes
_NOTES = "\n\n\nFOOTNOTES:\n\n[1] The printer was Mr. Clay of Bungay.\n\n[2] See p. 12.\n"


def test_last_chapter_line_reading_on_above_footnotes_stays():
    """Clause printer_imprint_above_notes_prose (review): a short last line of the story
    that opens "Printed ..." and reads on as a sentence is the book's, above FOOTNOTES as
    at the end of a user's text; the notes stay; a real imprint there still goes."""
    for line in (
        "Printed at last! and the book was done.",
        "Printed by the Author, at his own cost, 1850.",
        "LONDON:\n\nPrinted by my father's hand.",
    ):
        story = "We part as friends, dear reader, at the end of the road.\n\n" + line
        out, cut = _strip(_START + _BOOK + story + _NOTES + _END)
        assert line in out and "printer_imprint" not in cut, line
        assert "[1] The printer was Mr. Clay of Bungay." in out and "[2] See p. 12." in out
    imprint = "THE END\n\n\nLONDON:\n\nPRINTED BY SAMUEL BENTLEY, Dorset Street."
    out, cut = _strip(_START + _BOOK + imprint + _NOTES + _END)
    assert "BENTLEY" not in out and "LONDON:" not in out and "[2] See p. 12." in out


def test_book_matter_under_a_publishers_list_stays():
    """Clause printer_imprint_above_ads_book_heading (review): the book's NOTES, INDEX,
    APPENDIX, CORRIGENDA ... under the publisher's list end the cut as FOOTNOTES does:
    the imprint and the list go, the heading and all under it stay."""
    ads = (
        "THE END\n\n\nPRINTED IN GREAT BRITAIN BY RICHARD CLAY & SONS, LIMITED,\n"
        "BUNGAY, SUFFOLK\n\n\nNOVELS BY FYODOR DOSTOEVSKY\n\nTHE IDIOT\nTHE POSSESSED\n\n"
        "NEW YORK\nTHE MACMILLAN COMPANY\n\n\n"
    )
    notes = "\n\n[1] A note of the book, short.\n\n[2] Another note of the book.\n"
    for heading in ("NOTES", "Notes:", "ENDNOTES", "INDEX", "APPENDIX", "CORRIGENDA"):
        out, cut = _strip(_START + _BOOK + ads + heading + notes + _END)
        assert "CLAY" not in out and "THE IDIOT" not in out, heading
        assert out.rstrip().endswith(heading + notes.rstrip()), heading


def test_bibliography_or_index_under_an_imprint_like_line_stays():
    """Clause printer_imprint_above_ads_reference (review): a bibliography with prices and
    publishers under "Printed at the Kelmscott Press." (an entry's note) and an index
    under "Franklin, Benjamin, Printer, 3, 17." (an entry) are the book's: years in most
    paragraphs, page references ending the lines."""
    bib = (
        "BIBLIOGRAPHY\n\nMORRIS (William). The Earthly Paradise. London: Ellis, 1868. "
        "8vo. 7s. 6d.\n\nMORRIS (William). The Story of the Glittering Plain.\n\n"
        "Printed at the Kelmscott Press.\n\nRUSKIN (John). Modern Painters. London: Smith, "
        "Elder & Co., 1843. 5 vols. 6s. 6d. each.\n\nPATER (Walter). The Renaissance. "
        "London: Macmillan & Co., 1873. 10s. 6d.\n\nSYMONDS (J. A.). Renaissance in Italy. "
        "London: Smith, Elder & Co., 1875.\n"
    )
    out, cut = _strip(_START + _BOOK + bib + _END)
    assert "Printed at the Kelmscott Press." in out and "SYMONDS" in out, cut
    index = (
        "INDEX\n\nFox, George, 12, 45.\n\nFranklin, Benjamin, Printer, 3, 17, 88.\n\n"
        "French, the, 44.\n\nGold, price of, 101.\n\nPrice, Dr. Richard, 56, 78.\n\n"
        "Quakers, 9, 10.\n\nWoolman, John, 23.\n"
    )
    out, cut = _strip(_START + _BOOK + index + _END)
    assert "Franklin, Benjamin, Printer" in out and "Woolman, John, 23." in out, cut


def test_above_notes_and_list_guards_review():
    """Guards no test pinned (review plants): clause printer_imprint_above_notes looks
    only in a text with an end marker and only above a heading line (not "Footsteps
    ..."); clause printer_imprint_place_line takes no "LONDON:" that ends the paragraph
    above; clause printer_imprint_above_ads wants the list to open as one (verse under
    the imprint is no list) and no story line reading on ("Printed at last! ...")."""
    imprint = "THE END\n\n\nPRINTED BY SAMUEL BENTLEY AND SONS, Dorset Street."
    out, cut = _strip(_BOOK + imprint + _NOTES)
    assert "SAMUEL BENTLEY" in out and "printer_imprint" not in cut
    steps = imprint + "\n\nFootsteps on the stair.\n\nHe looked up, and the door opened slowly.\n"
    out, cut = _strip(_START + _BOOK + steps + "\n\n" + _BOOK[:3000] + _END)
    assert "SAMUEL BENTLEY" in out and "printer_imprint" not in cut
    above = "THE END\n\nMACMILLAN AND CO.\nLONDON:\n\nPRINTED BY R. CLAY AND SONS, LIMITED."
    out, cut = _strip(_START + _BOOK + above + _END)
    assert "MACMILLAN AND CO.\nLONDON:" in out and "R. CLAY" not in out
    stanza = "Over the hills the evening falls,\nAnd the lamp is lit in the hall;\n"
    verse = (
        "THE END\n\n\nPRINTED BY R. CLAY AND SONS, LIMITED.\n\n\nAN EPILOGUE\n\n"
        + (stanza * 2 + "\n") * 3
        + "To my publishers, Smith & Elder, with thanks.\n"
    )
    out, cut = _strip(_START + _BOOK + verse + _END)
    assert "AN EPILOGUE" in out and "Smith & Elder" in out
    story = (
        "Printed at last! and the book was done.\n\n\n"
        + _MARNE_END[_MARNE_END.index("By EDITH WHARTON.") :]
    )
    out, cut = _strip(_START + _BOOK + story + _END)
    assert "Printed at last! and the book was done." in out
