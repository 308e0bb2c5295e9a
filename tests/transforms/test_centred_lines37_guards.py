"""Clause ``centred_lines``, review (session 37): the guards no test in
test_centred_lines37.py caught, one case each."""

from tests.transforms.test_centred_lines37 import SEA_WOLF
from transforms.centred_lines import centred_lines, wrap_width
from transforms.normalize import normalize_text


# Review (session 37): the guards no test above caught, one case each, at the
# Sea-Wolf's wrap width (72) unless told.
def _kept(block, width=72):
    text = "\n\n" + block + "\n\n"
    return centred_lines(text, SEA_WOLF, [width]) == text


def test_centred_lines_two_space_page_column():
    """A contents entry whose title leaves two spaces before its page (Alger's A
    Debt of Honor: "XXII. Bradley Wentworth Tries to Make Mischief  173"; Stanton's
    The Fate of a Crown: "XII. THE MAN IN THE SHRUBBERY  144"; their neighbours with
    wide gaps) keeps its indent like the rest of its list."""
    assert _kept("            XXII. Bradley Wentworth Tries to Make Mischief  173")
    assert _kept("                    XII. THE MAN IN THE SHRUBBERY  144")
    # A title line with two spaces inside, no closing number: centred as before.
    assert not _kept("                             THE  SEA-WOLF")


def test_centred_lines_guard_margins():
    """TOLERANCE: a letter's signature set to the right (Twain's letters to his
    family: "SAM." at column 45, "SAML L. CLEMENS." at 40) is not centred and keeps
    its indent; "Truly your Brother" at column 25 (margins 25 and 29) is."""
    assert _kept("                                             SAM.")
    assert _kept("                                        SAML L. CLEMENS.")
    assert not _kept("                         Truly your Brother")


def test_centred_lines_guard_shallow_indent():
    """MIN_INDENT: a set-off block indented four columns on both sides, in
    capitals (a notice), is a set-off block, not a centred one: kept."""
    assert _kept(
        "    NOTICE. PERSONS ATTEMPTING TO FIND A MOTIVE IN THIS NARRATIVE WILL\n"
        "    BE PROSECUTED; PERSONS ATTEMPTING TO FIND A MORAL IN IT WILL BE"
    )


def test_centred_lines_guard_tab_and_wide():
    """A line holding a tab (a tabbed column: its columns are not characters) and
    a CJK line (wide characters, two columns each) are not measured: kept."""
    assert _kept("                             THE JOURNEY\t\t1")
    assert _kept("                               第一回　靈根育孕源流出")


def test_centred_lines_guard_block_bounds():
    """The block is whole between blank lines: a centred-looking line that a flush
    line follows, or one that follows a flush line with no blank line between,
    is part of a paragraph and keeps its indent (else unwrap could join it)."""
    text = (
        "\n\n                          PRIVATE AND CONFIDENTIAL\nwas written across the corner.\n\n"
    )
    assert centred_lines(text, SEA_WOLF, [72]) == text
    text = "\n\nand so it ended.\n                                 THE END\n\n"
    assert centred_lines(text, SEA_WOLF, [72]) == text


def test_centred_lines_guard_run_on_marks():
    """A line in lower case running on with a semicolon is verse like the comma
    one; a title-page line in capitals ending in a comma (Alger's "BY HORATIO
    ALGER, JR.,") is centred all the same."""
    assert _kept('                "Here lies the Reverend Thomas Blair;')
    assert not _kept("                           BY HORATIO ALGER, JR.,")


def test_centred_lines_guard_short_text():
    """_MIN_LINES: a text with a few wrapped lines measures no wrap width (a few
    widths tell none): its indented line keeps its space."""
    short = (
        "The note was short and the hand was poor, but it was\n"
        "plain enough for all that, and he read it twice over\n"
        "before he put it back in his coat and went on down\n"
        "the road towards the town in the last of the light.\n"
        "\n"
        "                          THE END\n"
    )
    assert wrap_width(short) is None
    assert normalize_text(short).endswith("\n\n THE END\n")
