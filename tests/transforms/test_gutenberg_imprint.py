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
    assert text.rstrip().endswith("THE END.\n\n * * * * *")


def test_printers_to_her_majesty_after_a_city_is_cut():
    text = _clean(MARGARET_OGILVY)
    assert "CONSTABLE" not in text and "Majesty" not in text
    assert text.rstrip().endswith("THE END\n\n * * * * *")


def test_name_comma_printers_is_cut_and_counted():
    raw = normalize_text(DEFENDANT)
    _, edits = strip_boilerplate(raw)
    assert removed_by_rule(edits)["printer_imprint"] == len(
        "BILLING AND SONS, LTD., PRINTERS, GUILDFORD"
    )
    assert _clean(DEFENDANT).rstrip().endswith("THE END")


def test_imprint_above_a_transcribers_note_is_cut():
    text = _clean(YULE_TIDE)
    assert "BALLANTYNE" not in text and "Edinburgh & London" not in text
    assert text.rstrip().endswith("THE END")


def test_footnote_under_the_imprint_keeps_both():
    text = _clean(OLIVER_TWIST)
    assert "[A] Booty." in text
    assert "SAMUEL BENTLEY" in text


def test_imprint_without_an_end_marker_stays():
    raw = RODNEY_STONE.split("***END")[0]
    assert "GARDEN CITY PRESS" in _clean(raw)


def test_rule_left_out_keeps_the_imprint():
    rules = tuple(r for r in RULES if r != "printer_imprint")
    out, edits = strip_boilerplate(normalize_text(RODNEY_STONE), BoilerplateConfig(rules=rules))
    assert "GARDEN CITY PRESS" in out
    assert "printer_imprint" not in removed_by_rule(edits)
