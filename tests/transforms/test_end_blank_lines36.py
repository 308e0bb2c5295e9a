"""Clause end_blank_lines (transforms.gutenberg_tail, session 36): the blank lines between a
book's last line and the cuts that end the text go with those cuts; the text ends with its
last line and one newline (138 of 150 Gutenberg books ended in 4-12 newlines)."""

from transforms.boilerplate import strip_boilerplate
from transforms.clean import clean_text
from transforms.gutenberg_tail import end_blank_lines
from transforms.normalize import normalize_text
from transforms.textedit import Edit

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"


def _book(title: str, body: str) -> str:
    return normalize_text(_HEADER.format(title) + body + _FOOTER.format(title))


def test_end_blank_lines_wings_of_the_dove_ends_on_its_last_line():
    """rcdm-uga/Gutenberg_Text, Henry James, The Wings of the Dove vol. 1: the last
    paragraph, then the footer: the training text ended "the Rockies." and eight
    newlines; now one."""
    text = _book(
        "THE WINGS OF THE DOVE",
        "It was therefore, on the whole, because Densher's young hostess was\n"
        "divided from it by so thin a partition that she continued to cling to\n"
        "the Rockies.\n\n\n\n\n\n\n\n",
    )
    out = strip_boilerplate(text)[0]
    assert out.endswith("continued to cling to\nthe Rockies.\n")
    assert clean_text(text).text.endswith("that she continued to cling to the Rockies.\n")


def test_end_blank_lines_peter_pan_chain_of_end_cuts():
    """Barrie, Peter Pan in Kensington Gardens: the tailpiece illustration, the printer's
    imprint and the footer, blank lines between them, all end the text: they go as one
    chain, each cut keeping its rule."""
    text = _book(
        "PETER PAN IN KENSINGTON GARDENS",
        "instead. I do hope that Peter is not too ready with his spade. It is all\n"
        "rather sad.\n\n\n\n[Illustration: Tailpiece to 'Peter's Goat']\n\n\n\n\n\n"
        "Printed by T. and A. CONSTABLE, Printers to His Majesty at the\n"
        "Edinburgh University Press\n",
    )
    out, cuts = strip_boilerplate(text)
    assert out.endswith("It is all\nrather sad.\n")
    tail = [e.rule for e in cuts if e.end > text.index("rather sad.")]
    assert tail == ["gutenberg_illustration", "printer_imprint", "gutenberg_footer"]
    assert cuts[-1].end == len(text)


def test_end_blank_lines_hawthorne_index_cut_from_the_line_end():
    """Hawthorne, Our Old Home vol. 2: the index cut starts at the last line's newline
    ("attitude." + "\\n\\n\\n\\n\\nINDEX"); that newline stays, the rest goes."""
    text = (
        "leaving myself still erect in so\nheroic an attitude.\n\n\n\n\nINDEX\n\n\n"
        " Actress, an, in an almshouse, 507;\n Yew-tree, extraordinary age of, 89.\n\n\n\n\n\n"
        "End of Project Gutenberg's Our Old Home, Vol. 2\n"
    )
    index = text.index("\n\n\n\n\nINDEX")
    footer = text.index("End of Project")
    merged = [
        Edit(index, text.index("\n\n\n\n\n\nEnd"), "", "book_index"),
        Edit(footer, len(text), "", "gutenberg_footer"),
    ]
    out = end_blank_lines(text, merged)
    assert out == [
        Edit(index + 1, out[0].end, "", "book_index"),
        Edit(out[0].end, len(text), "", "gutenberg_footer"),
    ]
    assert out[0].end == merged[0].end


def test_end_blank_lines_guards():
    """What stays: a cut with text after it; a chain that starts inside the last line; a
    cut with a replacement; a text with nothing kept above its cuts; a text that already
    ends with one newline before the cut."""
    last = "the Rockies.\n\n\n\n"
    mid = [Edit(0, 4, "", "page_marker")]
    assert end_blank_lines("p. 1\n\nthe Rockies.\n\n\n", mid) == mid
    inline = "heroic an attitude. [Illustration: A Tree]\n\n\n"
    cut = [Edit(inline.index("[Ill"), len(inline), "", "gutenberg_illustration")]
    assert end_blank_lines(inline, cut) == cut
    swapped = [Edit(len(last) - 1, len(last), " ", "html_entity")]
    assert end_blank_lines(last, swapped) == swapped
    whole = [Edit(3, len(last), "", "gutenberg_footer")]
    assert end_blank_lines("   " + last[3:], whole) == whole
    done = "the Rockies.\nEnd of the Project Gutenberg EBook\n"
    footer = [Edit(done.index("End"), len(done), "", "gutenberg_footer")]
    assert end_blank_lines(done, footer) == footer
    assert end_blank_lines(last, []) == []


def test_end_blank_lines_review_guards():
    """Review (session 36): the guards no test held. A cut with text after it is no end
    cut (the text below it stays: taking it would drop the book's last paragraph); blank
    lines after the end cut go with it; a text with only blank lines above its cut stays."""
    below = "the Rockies.\n\n\n[Illustration: A Tree]\n\nThe last paragraph of the book.\n"
    cut = [Edit(below.index("[Ill"), below.index("]") + 1, "", "gutenberg_illustration")]
    assert end_blank_lines(below, cut) == cut
    after = "the Rockies.\n\n\nEnd of the Project Gutenberg EBook\n\n\n"
    footer = [Edit(after.index("End"), after.index("EBook\n") + 6, "", "gutenberg_footer")]
    out = end_blank_lines(after, footer)
    assert out == [Edit(after.index("\n") + 1, len(after), "", "gutenberg_footer")]
    blank = "\n\n\nEnd of the Project Gutenberg EBook\n"
    only = [Edit(3, len(blank), "", "gutenberg_footer")]
    assert end_blank_lines(blank, only) == only
