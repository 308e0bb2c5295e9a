"""Review of session 39's end-list and first-indent clauses: clause
``ads_imprint_own_paragraph`` (``transforms.gutenberg_ads``: a "Printed by"/"Printed at"
line inside a paragraph of the book starts no list, whatever the reach), and the guards
of ``ads_press_notices`` and ``text_start_indent`` no test held."""

import random

from tests.transforms.test_end_lists39 import _BIG_LEAD, DOYLE, _clean
from transforms.clean import start_indent_edits
from transforms.textedit import Edit, apply_edits

# A bibliographical appendix (the Cambridge Shakespeare's account of the early quartos,
# Gutenberg_Text 2606): a quoted title page's "Printed at London by P. S. ..." line,
# "8vo." and the sale prices of the copies every few hundred characters
QUARTO = """'The True Tragedy of Richard Duke of York,' which formed the
ground-work of The Third part of King Henry the Sixth, was first
printed in small 8vo. in 1595, with the following title:

 The | true Tragedie of Richard | _Duke of Yorke, and the death of_ |
 good King Henrie the Sixt, | _With the whole contention betweene_ |
 the two Houses Lancaster | and Yorke, as it was sundrie times | acted
 by the Right Honoura-|ble the Earle of Pem-|brooke his seruants. |
 Printed at London by P. S. for Thomas Milling-|_ton, and are to be
 sold at his shoppe vnder_ | _Saint Peters Church in_ | _Cornwal_,
 1595. |

A unique copy of this edition is in the Bodleian Library (Malone, 876).
Although printed in 8vo. we have quoted it as Q1, in order to avoid
introducing a new notation. A copy was sold at Rhodes's sale in 1825
for 5l. 15s. 6d.; the price of the reprint is 21s.

"""


def test_quoted_title_page_imprint_starts_no_list():
    """Clause ads_imprint_own_paragraph: the book's appendix of early editions (quoted
    title pages with their printers, formats and sale prices) is no publisher's list
    under an imprint: all of its 70,000 characters stay (with ads_long_catalogue's
    150,000-character reach they went, from the first quoted "Printed at" line)."""
    end = "APPENDIX. THE EARLY EDITIONS.\n\n" + QUARTO * (70_000 // len(QUARTO))
    text = _clean(end, _BIG_LEAD)
    assert text.count("Printed at London by P. S.") == 70_000 // len(QUARTO)
    assert text.rstrip().endswith("the price of the reprint is 21s.")


# A history of a newspaper whose last page quotes what the other papers said of it; a
# wrapped line of the story opens "Printed by ..."
COURANT = """The little paper had outlived its enemies. Its first number, set up in
the garret by the light of a candle and
Printed by Benjamin Franklin's nephew on a borrowed press, went out
into the town on a Thursday morning, and before Saturday every tavern
had a copy. What the town said of it we know from the papers of the
day, which the Historical Society keeps.

"A more impudent sheet was never hawked in the streets of a Christian
town."--Boston News-Letter.

"It will not live a month."--The Weekly Rehearsal.

"We wish our young contemporary well, and hope that its publisher's second
edition will be as lively as its first."--New England Weekly Journal.

"Its editor is a boy, and writes like one; but he writes."--The
Pennsylvania Gazette.

"The Courant is dead: long live the Courant!"--American Weekly Mercury.

So the old printers greeted the new, and so, a hundred years later, the
new would greet the next."""


def test_newspaper_quotes_under_a_prose_printed_line_stay():
    """Clause ads_imprint_own_paragraph: four quotes ending in a paper's name under a
    line of prose that opens "Printed by ..." are the book's last page: they stay (as
    notices under an imprint, ads_press_notices took them with the last sentence)."""
    text = _clean(COURANT)
    assert "American Weekly Mercury." in text
    assert text.rstrip().endswith("new would greet the next.")


def test_three_notices_under_an_imprint_stay():
    """Clause ads_press_notices guard: under an imprint, fewer than 4 notices and no
    price are no list (Doyle's page without the Observer's notice stays)."""
    end = DOYLE.replace(
        'investigations."--Colonel A. M. Murray, C.B., in the _Observer_.', "investigations."
    )
    assert "Daily Telegraph" in _clean(end)


_PRICED = """THE ROMANCE OF A SHOP. By AMY LEVY. _Crown 8vo. 3s. 6d._

A LONDON ROSE. By ERNEST RHYS. _Fcap. 8vo. 5s. net._

"""
_NOTICE = """"The charm of the book lies in its quietness; the reader who begins it
will not lay it down, and will come back to it in the evenings of many a
winter, finding each time some turn of thought or phrase that had escaped
him, and some new reason to be grateful to the writer."--_Daily News_.

"""


def test_notices_fill_the_gap_between_prices():
    """Clause ads_press_notices: a list's notices count as its marks: 2,800 characters
    of notices between two priced entries do not keep the list (under "THE END")."""
    notices = _NOTICE * 9
    assert len(notices) > 2_500
    end = "for ever after.\n\nTHE END\n\n\n" + _PRICED + notices + _PRICED
    text = _clean(end)
    assert text.rstrip().endswith("THE END")
    assert "Daily News" not in text


def test_start_indent_leaves_a_line_another_edit_takes():
    """Clause text_start_indent guard: an edit already made on the first block (a cut of
    its line) takes the place of the indent's, never overlaps it."""
    text = " A TITLE\n BY A. WRITER\n\nThe story."
    assert len(start_indent_edits(text)) == 2
    taken = [Edit(0, 9, "", "page_furniture")]
    assert [(e.start, e.end) for e in start_indent_edits(text, taken)] == [(9, 10)]


def test_start_indent_removes_only_spaces_of_the_first_block():
    """Clause text_start_indent: over random texts (indented lines, tabs, ideographic
    spaces, blank lines), the edits remove spaces only, and only before the first blank
    line: nothing later in the text is touched."""
    rng = random.Random(39)
    parts = ["  ", " ", "\t", "\u3000", "A", "b c", "\n", "\n\n", "VERSE", "."]
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 14)))
        edits = start_indent_edits(text)
        lead = len(text) - len(text.lstrip("\n"))
        first = text.find("\n\n", lead)
        for e in edits:
            assert text[e.start : e.end].strip(" ") == "" and e.end > e.start
            assert first < 0 or e.end <= first
        out = apply_edits(text, edits)[0] if edits else text
        assert out.replace(" ", "") == text.replace(" ", "")


_CORN = """ 1850   Wheat, per quarter    ..  ..   40s. 3d.    Flour, per sack  ..  35s.
 1851   Wheat, per quarter    ..  ..   38s. 6d.    Flour, per sack  ..  33s.
"""


def test_appendix_under_the_imprint_stays():
    """Clause ads_book_matter_under_imprint: an economics book's own appendix of priced
    rows standing under the printer's imprint (46,000 characters) is the book's: it
    stays (ads_long_catalogue's reach took it, from the imprint to the end marker)."""
    end = (
        "and so the argument of these pages is closed.\n\n"
        "PRINTED BY WILLIAM CLOWES AND SONS, LIMITED, LONDON AND BECCLES.\n\n\n"
        "APPENDIX.\n\nTable of the average Price of Corn, 1850-1900.\n\n"
        + _CORN * 300
        + "\nThese figures are from the Gazette returns.\n"
    )
    text = _clean(end, _BIG_LEAD)
    assert text.count("Wheat, per quarter") == 600
    assert text.rstrip().endswith("These figures are from the Gazette returns.")


def test_newspaper_quotes_under_a_prose_paragraph_opening_printed_stay():
    """Clause ads_imprint_short_paragraph: a paragraph of the book that opens "Printed by
    ..." (5 lines) is no imprint: the papers' quotes under it stay."""
    end = COURANT.replace(
        "The little paper had outlived its enemies. Its first number, set up in\n"
        "the garret by the light of a candle and\n",
        "The little paper had outlived its enemies.\n\n",
    )
    assert "\n\nPrinted by Benjamin" in end
    text = _clean(end)
    assert "American Weekly Mercury." in text
    assert text.rstrip().endswith("new would greet the next.")
