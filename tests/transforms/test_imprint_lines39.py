"""Imprint lines left by session 38 (session 39): clauses ``printer_imprint_place_comma``
and ``printer_imprint_above_notes_firm`` of ``transforms.gutenberg_imprint``. Excerpts of
books in GitHub rcdm-uga/Gutenberg_Text."""

from transforms.boilerplate import removed_by_rule, strip_boilerplate
from transforms.normalize import normalize_text

_START = "*** START OF THIS PROJECT GUTENBERG EBOOK X ***\n\n\n\n\n"
_END = "\n\n\n\n\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***\n"
_BOOK = "It was an occasion, I felt, to profit by the fine weather and the house.\n\n" * 300
_NOTES = "\n\n\nFOOTNOTES:\n\n[1] A French league contains three English miles.\n\n[2] See p. 12.\n"


def _strip(raw: str) -> tuple[str, dict[str, int]]:
    out, edits = strip_boilerplate(normalize_text(raw))
    return out, removed_by_rule(edits)


# Shakspeare's Mental Photographs (Hurd and Houghton, 1866): the title page's back
MENTAL = """SHAKSPEARE'S

MENTAL PHOTOGRAPHS.




       Entered according to Act of Congress, in the year 1865, by
                           HURD AND HOUGHTON,
 In the Clerk's Office of the District Court for the Southern District
                              of New York.




                         RIVERSIDE, CAMBRIDGE:

                       STEREOTYPED AND PRINTED BY

                      H. O. HOUGHTON AND COMPANY.




------------------------------------------------------------------------




                               CONTENTS.

"""


def test_front_place_line_with_a_comma_goes_with_the_imprint():
    """Clause printer_imprint_place_comma: "RIVERSIDE, CAMBRIDGE:" alone over Houghton's
    "STEREOTYPED AND PRINTED BY" is the printer's place: it goes with the imprint; the
    copyright entry above and CONTENTS stay."""
    out, cut = _strip(_START + MENTAL + _BOOK + _END)
    assert "RIVERSIDE" not in out and "HOUGHTON AND COMPANY." not in out
    assert "Entered according to Act of Congress" in out and "CONTENTS." in out
    between = out[out.index("of New York.") + len("of New York.") : out.index("CONTENTS.")]
    assert cut["printer_imprint"] > 0 and not between.strip(" \n-")  # the rule line stays


def test_comma_line_with_lower_case_words_stays():
    """Clause printer_imprint_place_comma guard: a line with lower-case words over the
    imprint ("Maslenikoff, Nekhludoff character error:", a transcriber's list) or a line
    inside the paragraph above is no place."""
    for above in ("Maslenikoff, Nekhludoff character error:", "HURD AND HOUGHTON,\nBOSTON, MASS.:"):
        front = (
            "A TITLE\n\n" + above + "\n\nPRINTED BY H. O. HOUGHTON AND COMPANY.\n\n\nCONTENTS.\n\n"
        )
        out, cut = _strip(_START + front + _BOOK + _END)
        assert above in out and "HOUGHTON AND COMPANY." not in out, above


def test_firm_imprint_above_footnotes_goes():
    """Clause printer_imprint_above_notes_firm: a "<name>, Printers" imprint with its
    place (Segur's History of the Expedition to Russia: "_S. Johnson & Son, Printers,
    Livesey St., Manchester._" over FOOTNOTES) goes; the notes stay."""
    end = (
        "subjects, in favour of whom our imperial affection is unalterable.\n\nTHE END.\n\n\n"
        "_S. Johnson & Son, Printers, Livesey St., Manchester._"
    )
    out, cut = _strip(_START + _BOOK + end + _NOTES + _END)
    assert "Johnson" not in out and "THE END." in out
    assert "[1] A French league contains three English miles." in out


def test_name_printer_alone_above_footnotes_stays():
    """Clause printer_imprint_above_notes_firm: "JOHN SMITH, Printer." alone (no firm,
    no place) above the book's FOOTNOTES signs its last page, as at the end of a user's
    text: it stays; "Printed in the United States of America." there still goes."""
    for line in ("JOHN SMITH, Printer.", "Yours ever,\n\nJOHN SMITH, Printer."):
        story = "We part as friends, dear reader, at the end of the road.\n\n" + line
        out, cut = _strip(_START + _BOOK + story + _NOTES + _END)
        assert "JOHN SMITH, Printer." in out and "printer_imprint" not in cut, line
    made = "THE END\n\n\nPrinted in the United States of America."
    for rule in ("", "\n\n * * * * *"):  # Wells's Bealby: a rule line under it (3127)
        out, cut = _strip(_START + _BOOK + made + rule + _NOTES + _END)
        assert "United States" not in out and "[2] See p. 12." in out, rule
