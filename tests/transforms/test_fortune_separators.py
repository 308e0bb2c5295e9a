"""Rule fortune_separator (``transforms.fortune_separators``, run by the
boilerplate stage): the "%" lines of a fortune file become paragraph breaks.

Samples from Debian's packages: fortunes-zh 2.98 (唐诗三百首, its ANSI colours
left out) and fortunes 1.99.1 (``wisdom``, tabs kept)."""

from transforms.boilerplate import BoilerplateConfig, find_boilerplate
from transforms.clean import clean_text
from transforms.fortune_separators import fortune_separators
from transforms.normalize import normalize_text
from transforms.structure import analyze_text
from transforms.textedit import apply_edits

TANG300 = """《感遇・其一》
作者：张九龄
兰叶春葳蕤，桂华秋皎洁。
欣欣此生意，自尔为佳节。
谁知林栖者，闻风坐相悦。
草木有本心，何求美人折？
%
《梦李白・其二》
作者：杜甫
浮云终日行，游子久不至。
三夜频梦君，情亲见君意。
%
《送綦毋潜落第还乡》
作者：王维
圣代无隐者，英灵尽来归。
遂令东山客，不得顾采薇。
%
"""

WISDOM = """A clash of doctrine is not a disaster -- it is an opportunity.
%
A cloud does not know why it moves in just such a direction and at such
a speed, if feels an impulsion... this is the place to go now.  But the
sky knows the reasons and the patterns behind all clouds, and you will
know, too, when you lift yourself high enough to see beyond horizons.
\t\t-- Messiah's Handbook : Reminders for the Advanced Soul
%
A dream will always triumph over reality, once it is given the chance.
\t\t-- Stanislaw Lem
%
A fake fortuneteller can be tolerated.  But an authentic soothsayer should
be shot on sight.  Cassandra did not get half the kicking around she deserved.
\t\t-- R. A. Heinlein
"""


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_separators_become_paragraph_breaks():
    clean = _clean(TANG300)
    assert "\n%" not in clean and "%\n" not in clean
    assert "何求美人折？\n\n《梦李白・其二》\n" in clean
    assert clean.endswith("不得顾采薇。\n")
    assert [e.rule for e in find_boilerplate(normalize_text(TANG300))] == ["fortune_separator"] * 3
    # Each entry is its own paragraph: no sentence runs from one into the next.
    clean = _clean(WISDOM)
    assert "opportunity.\n\nA cloud does not know" in clean
    assert "Stanislaw Lem\n\nA fake fortuneteller" in clean
    assert "at such a speed" in clean  # an entry's wrapped lines are still joined
    starts = analyze_text(clean).sentences[:, 0].tolist()
    assert clean.index("A dream will") in starts and clean.index("A fake") in starts


def test_separator_lines_and_blank_lines_around_them_give_one_blank_line():
    text = "%\nentry one\n\n%\n\n  entry two\n%\n%\nentry three\n%\n"
    assert apply_edits(text, fortune_separators(text))[0] == (
        "entry one\n\n  entry two\n\nentry three\n"
    )


def test_only_a_text_of_that_shape():
    # Fewer than three separators, or too few for the text around them: kept.
    two = "Rates:\n%\n5 per cent\n%\nthat is all.\n"
    assert fortune_separators(two) == []
    book = "\n".join(f"Line {i} of a long chapter." for i in range(200))
    book = book.replace("Line 50 ", "%\nLine 50 ").replace("Line 90 ", "%\nLine 90 ")
    book = book.replace("Line 130 ", "%\nLine 130 ")
    assert fortune_separators(book) == []
    assert _clean(book).count("\n%\n") == 3
    # --keep-boilerplate's config (or the rule left out) keeps them.
    keep = BoilerplateConfig(rules=("page_marker",))
    assert find_boilerplate(normalize_text(TANG300), keep) == []


# Review of session 13: texts with "%" lines that are no fortune file.
LATEX = r"""\documentclass{article}
%
\usepackage{amsmath}
\usepackage{graphicx}
%
% Macros
%
\newcommand{\R}{\mathbb{R}}
%
\begin{document}
We prove the theorem for every $x \in \R$.%
%
\end{document}
"""
# A table taken from a PDF, one cell a line: "%" is the unit of the number above.
PDF_TABLE = "Region\nShare\nNorth\n12.3\n%\nSouth\n40.1\n%\nEast\n22.0\n%\nWest\n25.6\n%\n"


def test_tex_comments_table_units_and_indented_percent_are_kept():
    for text in (LATEX, PDF_TABLE, "An entry\n  %\nanother\n  %\na third\n  %\nfourth\n"):
        assert fortune_separators(text) == [], text
        assert _clean(text).count("%") == text.count("%")
    # A separator is "%" at its line's start; an indented one among them is an
    # entry's line, whether or not the first separator is in column 0.
    mixed = "One\n%\nTwo\n  %\nThree\n%\nFour\n%\nFive\n"
    assert [e.start for e in fortune_separators(mixed)] == [3, 19, 26]
    assert "\n  %\n" in apply_edits(mixed, fortune_separators(mixed))[0]
    # Debian's computers file: one entry line starting "%DCL-MEM-BAD" is no
    # sign of TeX among many separators (one such line per 10 allowed).
    many = "%\n".join([WISDOM] * 4).replace("A dream", "%DCL-MEM-BAD, a dream", 1)
    assert len(fortune_separators(many)) == many.count("\n%\n") == 15


def test_fortune_percent_cells_negative_parenthesised_and_spaced_units_are_kept():
    # Clause fortune_percent_cells (review of session 23): figures of BBC business
    # articles (shared sum_bbc_news: "Indian economy grew by 8.5%", "Industrial output
    # grew 15.7%", "exports rose 12.3%", "passenger numbers rose 8.1%") as a PDF
    # table's cells, one a line, the "%" unit in a cell of its own, in three layouts:
    # falls with a Unicode minus, falls in parentheses, a blank line between cells.
    rows = [("Indian economy", "8.5"), ("Industrial output", "15.7"), ("Exports", "12.3")]
    rows += [("Passenger numbers", "8.1"), ("Imports", "0.4")]
    for cell in ("\u2212{}\n%", "({})\n%", "{}\n\n%"):
        text = "Growth in 2004\n\n" + "\n".join(f"{n}\n{cell.format(v)}" for n, v in rows)
        assert fortune_separators(text + "\n") == [], cell
        assert "%" in _clean(text)
