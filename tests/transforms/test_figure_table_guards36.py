"""Review of clause aligned_figure_table (transforms.ascii_figures, session 36): each guard
of ``_is_figure_table`` pinned on a real excerpt of rcdm-uga/Gutenberg_Text that only that
guard keeps out (found by dropping the guard over the whole mirror: the share guard alone
keeps out 3,828 paragraphs in 92 files, nearly all verse with margin line numbers; the
three-space cell 130 paragraphs in 81 files; the alignment 10 in 8)."""

from transforms.ascii_figures import _is_figure_table, figure_tables
from transforms.clean import clean_text
from transforms.normalize import normalize_text

# Burke, speech on the juries bill (2165): a numbered list run into prose, two spaces after
# each full stop, so "opinions.  1." and "altered.  2." are two spaces before a number.
BURKE = """The question now before you is upon the power of juries in prosecuting
for libels.  There are four opinions.  1. That the doctrine as held by
the courts is proper and constitutional, and therefore should not be
altered.  2. That it is neither proper nor constitutional, but that it
will be rendered worse by your interference.  3. That it is wrong, but
that the only remedy is a bill of retrospect.  4. The opinion of those
who bring in the bill; that the thing is wrong, but that it is enough to
direct the judgment of the court in future.
"""

# Scott, The Lady of the Lake (2478): verse with line numbers at the right margin, every
# fifth line (90, 95) a right-aligned figure after a wide gap.
SCOTT = """  "Thy secret keep, I urge thee not;--
  Yet, ere again ye sought this spot,
  Say, heard ye nought of Lowland war,
  Against Clan-Alpine, raised by Mar?"
  "No, by my word--of bands prepared                              90
  To guard King James's sports I heard;
  Nor doubt I aught, but, when they hear
  This muster of the mountaineer,
  Their pennons will abroad be flung,
  Which else in Doune had peaceful hung."                         95
"""

# A publisher's list in Lang's Letters on Literature (1874): "2 vols." and "25s." after
# wide gaps, not in one column.
JEBB = """ATTIC ORATORS.--FROM ANTIPHON TO ISAEOS. By R. C. JEBB, Litt.D.,
  Regius Professor of Greek in the University of Cambridge.    2 vols.
  8vo.    25s.
"""


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_aligned_figure_table_two_spaces_no_cell():
    """Guard: two spaces after a full stop before a number ("opinions.  1. That") are no
    figure cell; Burke's numbered list in prose is no table and joins into one line."""
    assert not _is_figure_table(BURKE.rstrip("\n").split("\n"))
    assert figure_tables(BURKE) == []
    lines = _clean(BURKE).strip().split("\n")
    assert len(lines) == 1
    assert "There are four opinions. 1. That the doctrine as held by the courts" in lines[0]


def test_aligned_figure_table_share_verse_line_numbers():
    """Guard: verse with margin line numbers has two aligned rows in ten lines, under the
    share: no table, the numbers' gaps squeezed as before (not kept as columns)."""
    assert not _is_figure_table(SCOTT.rstrip("\n").split("\n"))
    assert figure_tables(SCOTT) == []
    lines = [line.strip() for line in _clean(SCOTT).strip().split("\n")]
    assert '"No, by my word--of bands prepared 90' in lines
    assert 'Which else in Doune had peaceful hung." 95' in lines


def test_aligned_figure_table_columns_must_align():
    """Guard: figures after wide gaps that do not line up ("2 vols." ending at column 69,
    "25s." at 14) make no table; the gaps are squeezed as before."""
    assert not _is_figure_table(JEBB.rstrip("\n").split("\n"))
    assert figure_tables(JEBB) == []
    out = _clean(JEBB)
    assert "Regius Professor of Greek in the University of Cambridge. 2 vols." in out
    assert "    2 vols." not in out


# Pope's Iliad (1873 edition, 0408), footnote 404: a note with a blank line in it and a verse
# quotation, no table.
MILTON_NOTE = (
    '[Footnote 404: Milton, P.L. ii. 450:--\n\n                  "---- wherefore do I assume\n'
    "       These royalties, and not refuse to reign,\n"
    "       Refusing to accept as great a share\n"
    "       Of hazard as of honour, due alike\n"
    "       To him who reigns, and so much to him due\n"
    "       Of hazard more, as he above the rest\n"
    '       High honoured sits?"]'
)


def test_note_table_lines_no_table_flattened():
    """Clause note_table_lines, guard: a moved note with paragraphs but no table (a verse
    quotation) is put on one line as before; only drawn paragraphs keep their lines."""
    from transforms.gutenberg_note_marks import _flat_note

    assert _flat_note(MILTON_NOTE) == (
        '[Footnote 404: Milton, P.L. ii. 450:-- "---- wherefore do I assume These royalties, '
        "and not refuse to reign, Refusing to accept as great a share Of hazard as of honour, "
        "due alike To him who reigns, and so much to him due Of hazard more, as he above the "
        'rest High honoured sits?"]'
    )
