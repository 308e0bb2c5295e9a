"""Clauses aligned_figure_table (transforms.ascii_figures) and note_table_lines
(transforms.gutenberg_note_marks), session 36: a table of figures set in columns by spaces,
without a rule line or with one too few of its rows reach, keeps its lines and column
spaces; a table inside a moved "[Footnote: ...]" keeps its lines.  Real excerpts of
rcdm-uga/Gutenberg_Text."""

from transforms.ascii_figures import _is_figure_table, figure_tables
from transforms.clean import clean_text
from transforms.normalize import normalize_text

# Petty, Essays on Mankind and Political Arithmetic (Gregory King's reckoning): rows of
# figures right-aligned, no rule line, rows wrapped ("procreation"), prose around with two
# spaces after a full stop.
PETTY = """That of these 20,000 souls, which would be the annual increase of the
kingdom by procreation, were it not for the before-mentioned abatements.

The country increases annually by procreation            20,000 souls.
The cities and towns, exclusive of London, by             2,000 souls.
procreation
But London and the bills of mortality decrease            2,000 souls.
annually

So that London requires a supply of 2,000 souls per annum to keep it from
decreasing, besides a further supply of about 3,000 per annum for its
increase at this time.  In all 5,000, or above a half of the kingdom’s
net increase.
"""

# Trollope, North America vol. 2 (the army's budget): a rule line, but rows wrapped over
# two lines leave fewer than half the lines with a column gap (ruled_column_table misses it).
TROLLOPE = """diet, and I give below a statement which I have seen of the actual
annual sum proposed to be expended on these heads, presuming the army
to consist of 500,000 men. The army is stated to contain 660,000 men,
but the former numbers given would probably be found to be nearer the
mark.


                                            Dollars.
   Wages of privates, including
     sergeants and corporals               86,640,000
   Salaries of regimental officers         23,784,000
   Extra wages of privates; extra pay to
     mounted officers, and salary of
     officers above the rank of colonel    17,000,000
                                          -----------
                                          127,424,000
                                               or
                                          £25,484,000 sterling.
"""

# Burton, To the Gold Coast for Gold vol. II: a table of costs inside a footnote that the
# markup stage moves after its paragraph.
BURTON = """transport-costs. Indeed, it is a question with me whether, despite great
expenses, reduction at home even of inland produce will not be found
preferable. [Footnote: Mr. C. H. Creswick, of the Gold Coast Mining
Company, kindly drew up for me the following table of expenses from
Abontiyakon (his diggings) to England, and the costs of reducing a ton of
ore.

_l   s.  d._
3   15   0   canoe-transport to the Abonsá River.
1   10   0   Abonsá to Axim by a boat of thirteen hands carrying five tons
0    3   6   landing at Axim and shipping on board steamer.
1   15   0   freight and landing charges at Liverpool.
0   15   0   carriage to reduction-works.
2   12   6   costs of reduction.
----------
8   11   0   which practically would rise to 9_l_. or 10_l_.

For local reduction Mr. Creswick calculates the outlay at 2_l_. per ton,
including interest on prime cost of machinery, allowance for wear and
tear, and labour-pay.] This remark applies only to rich ore; the poorer
can be worked upon the spot.
"""


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_aligned_figure_table_petty_rows_kept():
    """Clause aligned_figure_table: Petty's rows keep their lines and columns (before:
    "The country increases annually by procreation 20,000 souls. The cities and towns, ..."
    joined by ragged_margin, the column spaces squeezed); the prose around still joins,
    its two spaces after a full stop no column gap."""
    out = _clean(PETTY)
    lines = out.split("\n")
    assert "The country increases annually by procreation            20,000 souls." in lines
    assert "The cities and towns, exclusive of London, by             2,000 souls." in lines
    assert "procreation" in lines
    assert "But London and the bills of mortality decrease            2,000 souls." in lines
    assert "annually" in lines
    assert (
        "So that London requires a supply of 2,000 souls per annum to keep it from "
        "decreasing, besides a further supply of about 3,000 per annum for its increase "
        "at this time. In all 5,000, or above a half of the kingdom\u2019s net increase."
    ) in lines
    assert (
        "That of these 20,000 souls, which would be the annual increase of the kingdom by "
        "procreation, were it not for the before-mentioned abatements."
    ) in lines


def test_aligned_figure_table_trollope_wrapped_rows():
    """Clause aligned_figure_table: Trollope's budget, rows wrapped over two lines, a sum
    under a short rule: every line kept with its columns (ruled_column_table needs half
    the lines with a gap: 3 of 10 here); a two-line row joined (session 37)."""
    out = _clean(TROLLOPE)
    lines = out.split("\n")
    # Session 37, clause table_row_wrap: the row set over two lines is one line, its
    # figure column's spaces kept (a three-line row, "Extra wages ...", keeps its lines).
    assert (
        "   Wages of privates, including sergeants and corporals               86,640,000" in lines
    )
    assert "     mounted officers, and salary of" in lines
    assert "     officers above the rank of colonel    17,000,000" in lines
    assert "                                          127,424,000" in lines
    assert "                                          \u00a325,484,000 sterling." in lines
    assert any(
        line.startswith("diet, and I give below a statement") and line.endswith("nearer the mark.")
        for line in lines
    )


def test_aligned_figure_table_guards():
    """Guards: prose with two spaces after a full stop and figures in its sentences is no
    table; two rows are too few; a paragraph of prose with one row is under the share."""
    prose = PETTY.split("\n\n")[2].split("\n")
    assert prose[2].startswith("increase at this time.  In all 5,000")
    assert not _is_figure_table(prose)
    rows = PETTY.split("\n\n")[1].split("\n")
    assert _is_figure_table(rows)
    assert not _is_figure_table([rows[0], rows[1]])
    assert not _is_figure_table([rows[0]] + prose)
    assert figure_tables(PETTY.split("\n\n")[2]) == []


def test_note_table_lines_burton():
    """Clause note_table_lines: the table in Burton's footnote keeps its lines after the
    note is moved behind its paragraph (before: "... ore. l s. d. 3 15 0 canoe-transport
    to the Abons\u00e1 River. 1 10 0 ..." in the note's one line); the note's prose is one
    line as before, the paragraph the note sat in joined across it."""
    out = _clean(BURTON)
    lines = out.strip().split("\n")
    assert "3   15   0   canoe-transport to the Abons\u00e1 River." in lines
    assert "----------" in lines
    assert "8   11   0   which practically would rise to 9_l_. or 10_l_." in lines
    head = [line for line in lines if line.startswith("[Footnote: Mr. C. H. Creswick")]
    assert head == [
        "[Footnote: Mr. C. H. Creswick, of the Gold Coast Mining Company, kindly drew up for "
        "me the following table of expenses from Abontiyakon (his diggings) to England, and "
        "the costs of reducing a ton of ore."
    ]
    assert lines[-1].startswith("For local reduction Mr. Creswick calculates")
    assert lines[-1].endswith("labour-pay.]")
    assert any(
        "preferable. This remark applies only to rich ore; the poorer can be worked upon "
        "the spot." in line
        for line in lines
    )
