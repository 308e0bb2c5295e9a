"""Session 37 review of branch wtA: guards of rule ``printer_imprint`` that no test
pinned, and two narrowings found by the review (clauses
``printer_imprint_unmarked_prose``, ``printer_imprint_press_newspaper``)."""

from __future__ import annotations

from transforms.boilerplate import removed_by_rule, strip_boilerplate
from transforms.normalize import normalize_text

_END = "\n\n\n\n\n*** END OF THE PROJECT GUTENBERG EBOOK X ***\n"
_START = "*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\n\n\n\n"
# a user's own text of book length (over MIN_UNMARKED_CHARS) with no Gutenberg markers
_BOOK = "It was an occasion, I felt, to profit by the fine weather and the house.\n\n" * 300


def _strip(raw: str) -> tuple[str, dict[str, int]]:
    out, edits = strip_boilerplate(normalize_text(raw))
    return out, removed_by_rule(edits)


def test_unmarked_story_ending_in_printed_prose_stays():
    """Clause printer_imprint_unmarked_prose: with no end marker the opener's paragraph
    must read as an imprint (its lower-case words join names); a story's last line
    "Printed and bound by love alone." is the story's."""
    for last in ("Printed and bound by love alone.", "Printed at last, it went out alone."):
        out, cut = _strip(_BOOK + last + "\n")
        assert "printer_imprint" not in cut and out.endswith(last + "\n"), last
    for imprint in (
        "Printed in Great Britain by R. & R. CLARK, LIMITED, Edinburgh.",
        # Lang, Tales of Romance / Andersen: "printed" of "Text printed by", "street"
        "Printed in Great Britain\n\nText printed by T. and A. Constable, Printers to His"
        " Majesty, Edinburgh\n\nIllustrations by Henry Stone and Son, Ltd., Banbury",
        "C. Baldwin, Printer,\nNew Bridge-street, London.",
    ):
        out, cut = _strip(_BOOK + "THE END\n\n\n" + imprint + "\n")
        assert cut.get("printer_imprint") and out.rstrip().endswith("THE END"), imprint


def test_newspaper_press_ending_stays():
    """Clause printer_imprint_press_newspaper: a newspaper's name over its place ends an
    anthology's last extract; no printer's press."""
    for last in (
        "THE DAILY PRESS, LONDON.",
        "_The Evening Press, Dublin._",
        "Morning Press, Boston",
    ):
        for raw in (_BOOK + last + "\n", _BOOK + last + _END):
            out, cut = _strip(raw)
            assert "printer_imprint" not in cut and last in out, last
    out, cut = _strip(_BOOK + "THE RIVERSIDE PRESS LIMITED, EDINBURGH.\n")
    assert cut.get("printer_imprint") and "RIVERSIDE" not in out


def test_lower_case_printer_in_a_last_sentence_stays():
    """Clause printer_imprint_firm_name: "Printer" capitalised; "Young Hall, printer, went
    home to his wife." ends a story (marked or not)."""
    last = "Young Hall, printer, went home to his wife."
    for raw in (_BOOK + last + "\n", _BOOK + last + _END):
        out, cut = _strip(raw)
        assert "printer_imprint" not in cut and last in out


def test_imprint_over_an_empty_footnotes_heading_is_cut():
    """Clause empty_notes_heading in the end rule: the imprint over "-----" / "FOOTNOTES" /
    "-----" and the end (Stavrogin's Confession) goes with the empty heading."""
    tail = "THE END\n\n\nPRINTED BY JARROLD AND SONS, NORWICH.\n\n-----\n\nFOOTNOTES\n\n-----\n"
    out, cut = _strip(_BOOK + tail + _END)
    assert "JARROLD" not in out and "FOOTNOTES" not in out and out.rstrip().endswith("THE END")


def test_printing_company_takes_only_a_name_line_above():
    """Clause printer_imprint_printing_company (front): "PRINTING AND BOOKBINDING COMPANY"
    takes the capitals name line just above it ("TROW DIRECTORY"), never a publisher's
    line in mixed case ("Charles Scribner's Sons" of the copyright)."""
    front = "THE SACRED FOUNT\n\nCOPYRIGHT, 1901, BY\nCharles Scribner's Sons\n\n"
    front += "PRINTING AND BOOKBINDING COMPANY\nNEW YORK\n\n\n\n"
    out, cut = _strip(_START + front + _BOOK + _END)
    assert "Charles Scribner's Sons" in out and "BOOKBINDING" not in out


def test_front_imprint_keeps_edition_dedication_and_publisher_lines():
    """Clause printer_imprint_front: the firm lines under the opener stop at an edition
    line (digit / edition word), at a line of prose across a blank line (a dedication),
    and "PRINTED FOR ..." (the publisher's, no "in"/"by") is no imprint."""
    cases = (
        ("PRINTED IN GREAT BRITAIN\nFIRST EDITION, 1920\n", "FIRST EDITION, 1920"),
        ("_Printed in Great Britain by_\nUNWIN BROTHERS, LIMITED,\n\nto my wife\n", "to my wife"),
        ("LONDON:\nPRINTED FOR THE AUTHOR.\n1850.\n", "PRINTED FOR THE AUTHOR."),
    )
    for front, kept in cases:
        raw = _START + "THE BOOK\n\nBY A. WRITER\n\n" + front + "\n\n\n" + _BOOK + _END
        out, cut = _strip(raw)
        assert kept in out, front
    out, cut = _strip(_START + "THE BOOK\n\n" + cases[0][0] + "\n\n\n" + _BOOK + _END)
    assert cut.get("printer_imprint") and "PRINTED IN GREAT BRITAIN" not in out


def test_front_cast_list_opening_with_a_printer_stays():
    """Clause printer_imprint_front_cast_list: a paragraph "<Name>, Printer." is the
    printer's imprint only with no lower-case word but joining ones; a play's cast list
    ("HODGE, Printer. / MRS. HODGE, his wife. / TOM, their son.") stays."""
    cast = "PERSONS REPRESENTED\n\nHODGE, Printer.\nMRS. HODGE, his wife.\nTOM, their son.\n\n"
    out, cut = _strip(_START + "THE PRINTER'S DEVIL\n\nA FARCE\n\n" + cast + "\n\n" + _BOOK + _END)
    assert "printer_imprint" not in cut and cast in out
    for firm in (
        "J. BILLING,\nPRINTER AND STEREOTYPER,\nWOKING, SURREY.\n\n",
        # Mary Shelley, History of a Six Weeks' Tour
        " Reynell, Printer, 45, Broad-street,\n Golden-square.\n\n",
    ):
        out, cut = _strip(_START + "THE PRINTER'S DEVIL\n\n" + firm + "\n\n" + _BOOK + _END)
        assert cut.get("printer_imprint") and "Printer" not in out and "PRINTER AND" not in out


def test_uniform_list_takes_no_half_title_or_author_above():
    """Clause uniform_edition_list: the one-line paragraphs above the heading go with the
    list only when the upper one names books ("G.A. HENTY'S BOOKS"); a half-title and the
    author's line just above the heading stay."""
    titles = "".join(
        f"{t}: A Tale.\n\n" for t in ("Beric the Briton", "Bonnie Prince Charlie", "Wulf the Saxon")
    )
    front = "MAORI and\nSETTLER\n\nBY G. A. HENTY\n\n\nMaori and Settler\n\n\n\n\n"
    front += "_Uniform with this Edition_\n\n\n" + titles
    front += "LONDON: BLACKIE AND SON, LTD., 50 OLD BAILY, E.C.\n\n"
    front += '[Illustration: "DROP THAT OR I FIRE!"]\n\n\n\n\nPREFACE\n\n\n'
    out, cut = _strip(_START + front + _BOOK + _END)
    assert "Uniform" not in out and "Beric" not in out
    assert "BY G. A. HENTY\n\n\nMaori and Settler\n" in out


def test_printing_company_takes_no_dedication_under_it():
    """Clause printer_imprint_front_dedication: the place line under "PRINTING AND
    BOOKBINDING COMPANY" is a place ("NEW YORK"), never a dedication ("TO MY WIFE")."""
    front = "THE SACRED FOUNT\n\nTROW DIRECTORY\nPRINTING AND BOOKBINDING COMPANY\n\n"
    out, cut = _strip(_START + front + "TO MY WIFE\n\n\n\n" + _BOOK + _END)
    assert "TO MY WIFE" in out and "TROW" not in out
    out, cut = _strip(_START + front + "NEW YORK\n\n\n\n" + _BOOK + _END)
    assert "NEW YORK" not in out and "TROW" not in out
