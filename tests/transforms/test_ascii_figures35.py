"""Clause ruled_column_table (session 35, transforms.ascii_figures): a table set in columns
by spaces under or over a plain rule line keeps its lines and its column spaces.  Real
excerpts of rcdm-uga/Gutenberg_Text."""

from transforms.ascii_figures import column_tables, drawn_paragraphs
from transforms.clean import clean_text
from transforms.normalize import normalize_text

# Scott, Life of Napoleon Bonaparte, vol. IV (the Russian expedition's losses).
SCOTT = """undertakings in which he was utterly defeated, and of which we scarce
know whether most to wonder at the daring audacity of the attempt, or
the terrific catastrophe. The loss of the grand army was total, and the
results are probably correctly stated by Boutourlin as follows:--

  Slain in battle,                                     125,000
  Died from fatigue, hunger, and the severity of the
    climate,                                           132,000
  Prisoners, comprehending 48 generals, 3000 officers,
    and upwards of 190,000 men,                        193,000
                                                      --------
  Total,                                               450,000

The relics of the troops which escaped from that overwhelming disaster,
independent of the two auxiliary armies of Austrians and Prussians, who
were never much engaged in its terrors, might be about 40,000 men, of
whom scarcely 10,000 were Frenchmen.
"""

# Darwin, The Voyage of the Beagle (the snow-line table).
DARWIN = """South America.--For the detailed authorities for the following table, I
must refer to the former edition:--

                                   Height in feet
  Latitude                         of Snow-line    Observer
  ----------------------------------------------------------------
  Equatorial region; mean result   15,748           Humboldt. Bolivia,
  lat. 16 to 18 degs. S.           17,000           Pentland. Central Chile,
  lat. 33 degs. S.             14,500 - 15,000      Gillies, and
                                                    the Author.
  Tierra del Fuego, 54 degs. S.    3,500 - 4,000    King.


As the height of the plane of perpetual snow seems chiefly to be
determined by the extreme heat of the summer, rather than by the mean
temperature of the year.
"""

# Twain, The Innocents Abroad: prose (two spaces after each full stop) under a "===" line.
TWAIN = """\u201cMy precious!\u201d  [Tableau.]
===
Count Luigi bound his usurping brother hand and foot.  The practiced
knights from Palestine made holyday sport of carving the awkward
men-at-arms into chops and steaks.  The victory was complete.  Happiness
reigned.  The knights all married the daughter.  Joy! wassail! finis!
"""


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_ruled_column_table_scott_keeps_rows_and_columns():
    """ruled_column_table: the losses table keeps its lines and columns; before, the columns
    collapsed ("Slain in battle, 125,000"). Session 37 (clause table_row_wrap): a row set
    over two lines is one line, its figure column's spaces kept ("...the severity of the
    climate,                                           132,000"); the rows stay lines."""
    out = _clean(SCOTT)
    table = (
        "  Slain in battle,                                     125,000\n"
        "  Died from fatigue, hunger, and the severity of the climate,"
        "                                           132,000\n"
        "  Prisoners, comprehending 48 generals, 3000 officers, and upwards of 190,000 men,"
        "                        193,000\n"
        "                                                      --------\n"
        "  Total,                                               450,000\n"
    )
    assert table in out
    # the prose around it is still unwrapped
    assert "or the terrific catastrophe." in out and "who were never much" in out


def test_ruled_column_table_darwin_rows_not_joined():
    """ruled_column_table: the snow-line rows stay rows; before, three rows became one line
    ("Humboldt. Bolivia, lat. 16 to 18 degs. S. 17,000 Pentland. ...")."""
    out = _clean(DARWIN)
    assert "  Equatorial region; mean result   15,748           Humboldt. Bolivia,\n" in out
    assert "  lat. 16 to 18 degs. S.           17,000           Pentland. Central Chile,\n" in out
    assert "Bolivia, lat." not in out
    assert "I must refer to the former edition:--" in out


def test_ruled_column_table_guard_prose_under_a_rule_stays_prose():
    """ruled_column_table's guard: two spaces after a full stop are no column gap; Twain's
    prose under "===" is no table and is still unwrapped."""
    assert column_tables(TWAIN) == []
    out = _clean(TWAIN)
    assert "The practiced knights from Palestine" in out
    assert "Happiness reigned. The knights" in out


def test_ruled_column_table_guard_title_between_rules_and_leaders():
    """A title between two rules (Dickens' A Christmas Carol: no gap) is no table; the
    leader dots of Stevenson's The Wrecker's accounts are a column gap."""
    dickens = (
        "-------------------------------\nThe Illustrations by John Leech\n"
        "-------------------------------\n"
    )
    assert drawn_paragraphs(dickens) == []
    wrecker = (
        "     By Catamount Silver Mine..................... $5,000\n"
        "     By the picnics...............................  3,000\n"
        "     By the lecture...............................    600\n"
        "     By profit and loss on capital\n"
        "     in Pinkerton's business......................  1,350\n"
        "     ------\n"
        "     $9,950\n"
    )
    assert column_tables(wrecker) == [(0, len(wrecker) - 1)]


# Review (session 35): guards of ``_is_column_table`` no test pinned.
# Carroll, Symbolic Logic: a prose paragraph with a drawing under it, no blank line between;
# the "_____" top of the drawing is a plain rule line and two drawing lines hold a gap.
CARROLL_PROSE = """Thus, the Diagram, here given, exhibits the two Classes, whose
respective Attributes are x and y, as so related to each other that the
following Propositions are all simultaneously true:--"All x are y", "No
x are not-y", "Some x are y", "Some y are not-x", "Some not-y are
not-x", and, of course, the Converses of the last four.
                                                                   pg174
        _____
      _/ ___ \\_
     /  / y \\  \\
    |   \\___/   |
     \\_   x   _/
       \\_____/
"""
# Stevenson, The Wrecker: a sum under an account, one line with a gap.
WRECKER_SUM = """  What remained of my grandfather's donation    8,500
                                               ------
                                              $18,450
"""


def test_ruled_column_table_guard_share_of_gap_lines():
    """ruled_column_table_share: two gap lines among eleven (a drawing under prose) are no
    table; without the half share the prose lines would be kept unjoined."""
    assert column_tables(CARROLL_PROSE) == []


def test_ruled_column_table_guard_two_gap_lines():
    """ruled_column_table_two_gaps: a rule and one line with a gap (a sum) are no table."""
    assert column_tables(WRECKER_SUM) == []
