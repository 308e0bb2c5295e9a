"""Rule ``printer_imprint`` (clause ``printer_imprint`` of ``transforms.gutenberg_imprint``,
session 29): a printer's imprint left as a Gutenberg book's last text is cut. Excerpts
of books from GitHub rcdm-uga/Gutenberg_Text, their end markers as in the files."""

from transforms.boilerplate import RULES, BoilerplateConfig, removed_by_rule, strip_boilerplate
from transforms.clean import clean_text
from transforms.normalize import normalize_text

# Arthur Conan Doyle, Rodney Stone ("Doyle, Arthur Conan/Rodney Stone.txt").
RODNEY_STONE = """thinned and thinned, until God’s own sun of peace and security was
shining once more upon us, never more, we hope, to be bedimmed.

 * * * * *

 THE END.

 * * * * *

 PRINTED BY GARDEN CITY PRESS, LETCHWORTH, ENGLAND.





***END OF THE PROJECT GUTENBERG EBOOK RODNEY STONE***
"""

# J. M. Barrie, Margaret Ogilvy ("Barrie, J. M. (James Matthew)/Margaret Ogilvy.txt").
MARGARET_OGILVY = """comes toward me through the long parks, singing to herself, and carrying
her father’s dinner in a flagon.

 * * * * *

 THE END

 * * * * *

 Edinburgh: T. and A. CONSTABLE
 Printers to Her Majesty





***END OF THE PROJECT GUTENBERG EBOOK MARGARET OGILVY***
"""

# G. K. Chesterton, The Defendant ("Chesterton, G. K. (Gilbert Keith)/The Defendant.txt").
DEFENDANT = """judged, it will not be for the merely intellectual transgression of
failing to appreciate other nations, but for the supreme spiritual
transgression of failing to appreciate ourselves.


THE END

BILLING AND SONS, LTD., PRINTERS, GUILDFORD








End of the Project Gutenberg EBook of The Defendant, by G.K. Chesterton

*** END OF THIS PROJECT GUTENBERG EBOOK THE DEFENDANT ***
"""

# G. A. Henty, Yule-Tide Yarns ("Henty, G. A. (George Alfred)/Yule-Tide Yarns.txt"):
# the imprint, then the transcriber's note (rule transcriber_note) before the marker.
YULE_TIDE = """Beecher spoke out at once, and the embassy went off, as Hollins said,
"with a flea in its ear."


 THE END


 Printed by BALLANTYNE, HANSON & CO.
 Edinburgh & London




TRANSCRIBER'S NOTE:

Obvious printer errors have been corrected. Otherwise, the author's
original spelling, punctuation and hyphenation have been left intact.









*** END OF THE PROJECT GUTENBERG EBOOK YULE-TIDE YARNS ***
"""

# Charles Dickens, Oliver Twist, Vol. 1 ("Dickens, Charles/Oliver Twist, Vol. 1.txt"):
# the author's footnote under the imprint (shortened notes).
OLIVER_TWIST = """“Not now,” said the Jew, turning softly, away. “To-morrow. To-morrow.”


 END OF THE FIRST VOLUME.


 LONDON:
 PRINTED BY SAMUEL BENTLEY.
 Dorset Street, Fleet Street.

FOOTNOTE:

[A] Booty.

 * * * * *

Transcriber’s Notes:

Punctuation errors repaired.






*** END OF THE PROJECT GUTENBERG EBOOK OLIVER TWIST, VOL. 1 ***
"""


def _clean(raw: str) -> str:
    return clean_text(normalize_text(raw)).text


def test_printed_by_line_before_the_end_marker_is_cut():
    text = _clean(RODNEY_STONE)
    assert "GARDEN CITY PRESS" not in text
    # session 32 (clause trailing_separator): the separator left after "THE END." goes too
    assert text.rstrip().endswith("THE END.")


def test_printers_to_her_majesty_after_a_city_is_cut():
    text = _clean(MARGARET_OGILVY)
    assert "CONSTABLE" not in text and "Majesty" not in text
    # session 32 (clause trailing_separator): the separator after "THE END" goes too
    assert text.rstrip().endswith("flagon.\n\n * * * * *\n\n THE END")


def test_name_comma_printers_is_cut_and_counted():
    raw = normalize_text(DEFENDANT)
    _, edits = strip_boilerplate(raw)
    # + 1: clause end_blank_lines (session 36), the blank line above the imprint goes too;
    # + 2 (session 49, clause cut_line_break): its line break and one blank line under it
    assert removed_by_rule(edits)["printer_imprint"] == 1 + 2 + len(
        "BILLING AND SONS, LTD., PRINTERS, GUILDFORD"
    )
    assert _clean(DEFENDANT).rstrip().endswith("THE END")


def test_imprint_above_a_transcribers_note_is_cut():
    text = _clean(YULE_TIDE)
    assert "BALLANTYNE" not in text and "Edinburgh & London" not in text
    assert text.rstrip().endswith("THE END")


def test_footnote_under_the_imprint_keeps_the_footnote():
    """Session 38 (clause printer_imprint_above_notes) changed this pin: the imprint above
    the transcriber's FOOTNOTE heading is cut, the footnote stays (it kept both)."""
    text = _clean(OLIVER_TWIST)
    assert "[A] Booty." in text and "FOOTNOTE:" in text
    assert "SAMUEL BENTLEY" not in text and "Dorset Street" not in text
    # session 49 (clause cut_line_break): the imprint's line takes its break and the blank
    # line under it, so the book's wider break (two blank lines above the imprint) is left,
    # not both runs (four blank lines)
    assert "END OF THE FIRST VOLUME.\n\n\nFOOTNOTE:\n\n[A] Booty." in text


def test_imprint_without_an_end_marker_stays():
    raw = RODNEY_STONE.split("***END")[0]
    assert "GARDEN CITY PRESS" in _clean(raw)


def test_rule_left_out_keeps_the_imprint():
    rules = tuple(r for r in RULES if r != "printer_imprint")
    out, edits = strip_boilerplate(normalize_text(RODNEY_STONE), BoilerplateConfig(rules=rules))
    assert "GARDEN CITY PRESS" in out
    assert "printer_imprint" not in removed_by_rule(edits)


# Review (session 29, reviewer of wtC): book text that reads like an imprint, each put as
# the last paragraph before an end marker (in the books it stands mid-text).
_END = "\n\n\n\n\n*** END OF THE PROJECT GUTENBERG EBOOK X ***\n"

# Benjamin Franklin, Representative Selections ("Franklin, Benjamin/Benjamin
# FranklinRepresentative selections, ....txt"), two entries of the bibliography.
FRANKLIN_BIBLIOGRAPHY = """*_The Cambridge History of American Literature._ New York: 1917. I,
  442-52.

_Books Printed by Benjamin Franklin. Born Jan. 17, 1706._ New York:
  1906. (Lists best known imprints; useful although eclipsed by
  Campbell.)"""

# Andrew Lang, Old Friends ("Lang, Andrew/Old Friends: Essays in Epistolary Parody.txt").
LANG_OLD_FRIENDS = """But enough of a subject than which perhaps one more painful to me; the
Prophet having often and often, in early days, been warned off Newmarket
Heath himself, and called a “disreputable old tout,” though only
labouring in his vocation.

(Make a new beginning here, please, Printer.)"""

# Honoré de Balzac, Lost Illusions ("Balzac, Honoré de/Lost Illusions.txt"): a letter.
BALZAC_LETTER = """Eve also wrote to M. Metivier, and a few days later received an answer
which reassured her completely:--


               _To M. Sechard, Junior, Printer, Angouleme._"""

# An imprint (Chesterton, Biography for Beginners) with a short line of verse under it
# (composed for this test; no such book was found in the collection): a piece of book
# text under an imprint stops the rule.
IMPRINT_THEN_VERSE = """Love all and trust a few.

Printed by A. M. Cowan & Co., Ltd.

 * * * * *

Dear hunter, these are not for you!"""


def _imprint_cut(raw: str) -> str:
    _, edits = strip_boilerplate(normalize_text(raw + _END))
    return removed_by_rule(edits).get("printer_imprint", 0)


def test_printed_by_after_a_bare_word_is_the_books():
    # clause printer_imprint_place_prefix
    assert _imprint_cut(FRANKLIN_BIBLIOGRAPHY) == 0
    assert "Campbell.)" in _clean(FRANKLIN_BIBLIOGRAPHY + _END)


def test_printer_in_a_sentence_or_an_address_is_the_books():
    # clause printer_imprint_firm_name
    assert _imprint_cut(LANG_OLD_FRIENDS) == 0
    assert _imprint_cut(BALZAC_LETTER) == 0
    assert "please, Printer." in _clean(LANG_OLD_FRIENDS + _END)


def test_book_text_under_an_imprint_keeps_both():
    # clause printer_imprint_tail_lines, through the "* * * * *" between them
    assert _imprint_cut(IMPRINT_THEN_VERSE) == 0
    assert "not for you!" in _clean(IMPRINT_THEN_VERSE + _END)


def test_imprint_with_a_place_line_under_it_is_cut():
    # "St John's Hall": the "s" of "John's" is no lower-case word of a sentence
    raw = "THE END\n\nPrinted by A. M. Cowan & Co., Ltd.\n\n St John's Hall, Perth, N.B."
    # + 1: clause end_blank_lines (session 36), the blank line above the imprint goes too;
    # + 2 (session 49, clause cut_line_break): its line break and one blank line under it
    assert _imprint_cut(raw) == 1 + 2 + len(
        "Printed by A. M. Cowan & Co., Ltd.\n\n St John's Hall, Perth, N.B."
    )


# G. K. Chesterton, A Short History of England ("Chesterton, G. K. (Gilbert Keith)/A Short
# History of England.txt"): the publisher's logo under the imprint.
SHORT_HISTORY = """they died for liberty.


THE END


PRINTED IN ENGLAND BY WILLIAM CLOWES AND SONS, LIMITED,
LONDON AND BECCLES.


[Illustration: Publisher's logo]



***END OF THE PROJECT GUTENBERG EBOOK A SHORT HISTORY OF ENGLAND***
"""


def test_illustration_tag_under_the_imprint_is_looked_through():
    text = _clean(SHORT_HISTORY)
    assert "CLOWES" not in text
    assert text.rstrip().endswith("THE END")


def test_imprint_more_than_four_paragraphs_up_stays():
    # the imprint of A Short History with five short capitalised paragraphs under it
    # (composed): the rule reads only the last four paragraphs
    raw = "they died for liberty.\n\nPRINTED IN ENGLAND BY WILLIAM CLOWES AND SONS, LIMITED,\n\n"
    raw += "\n\n".join(("LONDON", "BECCLES", "EDINBURGH", "GLASGOW", "DUBLIN"))
    assert _imprint_cut(raw) == 0


def test_a_paragraph_between_two_imprint_lines_stops_the_look_back():
    # Rodney Stone's imprint twice, "THE END." between (composed): only the last is cut
    raw = "\n\n".join(
        (
            "shining once more upon us, never more, we hope, to be bedimmed.",
            "PRINTED BY GARDEN CITY PRESS, LETCHWORTH, ENGLAND.",
            "THE END.",
            "PRINTED BY GARDEN CITY PRESS, LETCHWORTH, ENGLAND.",
        )
    )
    # + 1: clause end_blank_lines (session 36), the blank line above the imprint goes too;
    # + 2 (session 49, clause cut_line_break): its line break and one blank line under it
    assert _imprint_cut(raw) == 1 + 2 + len("PRINTED BY GARDEN CITY PRESS, LETCHWORTH, ENGLAND.")
