"""Clause ``table_row_wrap`` (transforms.table_row_wraps, used by unwrap): an
entry of a drawn table or contents list set over two lines, its second line
indented deeper, in lower case and ending with the row's figures, joins its
row; two entries never join. Excerpts of Project Gutenberg books (public
domain), as printed."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

# Irving, The Alhambra: the contents, page column aligned.
ALHAMBRA = """\

                                                             PAGE
  The Journey                                                   1
  Palace of the Alhambra                                       46
  Important Negotiations.--The Author Succeeds to
    the Throne of Boabdil                                      79
  Inhabitants of the Alhambra                                  90
  The Hall of Ambassadors                                      96
  The Mysterious Chambers                                     106
  Panorama View from the Tower of Comares                     122
  The Balcony                                                 134
  The Adventure of the Mason                                  144
  The Court of Lions                                          151
  Mementoes of Boabdil                                        163
"""

# Balzac, Eve and David (Lost Illusions III): Doublon's account of costs.
ACCOUNT = """\
            Mademoiselle Coralie . . . . . . . . . . .   250   --
   “  20th--Appeal by Metivier . . . . . . . . . . . .    17   --
   “  30th--Confirmation of judgment . . . . . . . . .   250   --
                                                        ____ ____
                 Total . . . . . . . . . . . . . . . .  1926   45
                                                       __________

  Bill matured May 31st, with expenses of                fr.   c.
     protest and return. . . . . . . . . . . . . . . .  1037   45
  Serving notice of protest. . . . . . . . . . . . . .     8   75
                                                        ____ ____
                 Total . . . . . . . . . . . . . . . .  1046   20

  Bill matured June 30th, with expenses of
       protest and return. . . . . . . . . . . . . . .  1037   45
  Serving notice of protest. . . . . . . . . . . . . .     8   75
                                                        ____ ____
                 Total . . . . . . . . . . . . . . . .  1046   20
                                                       __________


This document was accompanied by a letter from Metivier, instructing
Maitre Cachan, notary of Angouleme, to prosecute David Sechard with
the utmost rigor of the law. Wherefore Maitre Victor-Ange-Hermenegilde
Doublon summoned David Sechard before the Tribunal of Commerce in
"""


def _clean(text):
    return clean_text(normalize_text(text)).text.split("\n")


def test_table_row_wrap_contents_entry():
    """The Alhambra's third entry runs onto a deeper line that holds its page:
    one line now, its page column kept; the entries above and below stay lines."""
    lines = _clean(ALHAMBRA)
    joined = [line for line in lines if "Important Negotiations" in line]
    assert joined == [
        "  Important Negotiations.--The Author Succeeds to the Throne of Boabdil"
        "                                      79"
    ]
    assert "  The Journey                                                   1" in lines
    assert "  Palace of the Alhambra                                       46" in lines
    assert "  Inhabitants of the Alhambra                                  90" in lines


def test_table_row_wrap_account_row():
    """The June bill's row ("Bill matured June 30th, with expenses of" / "protest
    and return. . .  1037   45") is one line; the May bill's first line holds
    cells of its own ("fr.   c.": a column head) and keeps its break; "Serving
    notice of protest" (a capital, an entry of its own) stays a line."""
    lines = _clean(ACCOUNT)
    assert any(
        line.startswith("  Bill matured June 30th, with expenses of protest and return. . .")
        and line.endswith("1037   45")
        for line in lines
    )
    assert "  Bill matured May 31st, with expenses of                fr.   c." in lines
    assert sum(line.startswith("  Serving notice of protest.") for line in lines) == 2


# Review (session 37): one case per guard that the two books above do not test.
# A contents list in parts: a part's title holds no page, its entries stand below,
# indented deeper, each with its page (after Irving's The Alhambra).
PARTS = """\

                                                             PAGE
  PART I. THE JOURNEY
    The Road to Granada                                         1
    Palace of the Alhambra                                     46
    Important Negotiations                                     79
  PART II. THE PALACE
    Inhabitants of the Alhambra                                90
    The Hall of Ambassadors                                    96
    The Mysterious Chambers                                   106
"""

# An account whose group heads end in a colon or a full stop, their items below,
# deeper, in lower case, each with its figures (after Balzac's account above).
COSTS = """\
  Costs of the action:
       fees of the notary . . . . . . . . . . . . . .    17   50
       stamps and registration . . . . . . . . . . .   250   --
  Charges of the bailiff.
       serving the summons . . . . . . . . . . . . . .     8   75
       return of the writ . . . . . . . . . . . . . .    12   50
                                                        ____ ____
                 Total . . . . . . . . . . . . . . . .   288   75
"""

# A table whose head line has a cell of its own ("Number", a column head) above
# rows in lower case, deeper, with their figures (after Scott's losses table).
HEADS = """\
  Description of the losses                    Number
       killed in the field, officers and men   25,000
       prisoners, comprehending 48 generals   193,000
       wounded and missing in the retreat      47,000
                                              _______
                 Total                        265,000
"""


def test_table_row_wrap_guard_capital():
    """Guard (the line below opens in lower case): a part's title ("PART I. THE
    JOURNEY", no page, a letter at its end) over its deeper entries opening in
    capitals with their pages: no entry joins the title."""
    lines = _clean(PARTS)
    assert "  PART I. THE JOURNEY" in lines and "  PART II. THE PALACE" in lines
    assert "    The Road to Granada                                         1" in lines
    assert "    Inhabitants of the Alhambra                                90" in lines


def test_table_row_wrap_guard_closing_mark():
    """Guard (the line ends in a letter or a comma): a group head closed by a colon
    or a full stop ("Costs of the action:", "Charges of the bailiff.") heads the items
    below it; the first item does not join it."""
    lines = _clean(COSTS)
    assert "  Costs of the action:" in lines and "  Charges of the bailiff." in lines
    assert any(line.startswith("       fees of the notary . .") for line in lines)
    assert any(line.startswith("       serving the summons . .") for line in lines)


def test_table_row_wrap_guard_own_cell():
    """Guard (the line holds no cell): a head line with a column head of its own
    ("Number", after a gap) is a row, not an entry's first half: the first row in
    lower case below it keeps its line."""
    lines = _clean(HEADS)
    assert "  Description of the losses                    Number" in lines
    assert "       killed in the field, officers and men   25,000" in lines
