"""Clause brace_glued_page (session 35, of brace_page_numbers in
transforms.gutenberg_note_marks): in a book with a rising "{N}" page run, a mark glued
to the next word ("inscription {78}at Nippur") is a page number too. Real lines of Wells'
A Short History of the World (rcdm-uga/Gutenberg_Text), pages 66-89, in order."""

from transforms.gutenberg_markup import markup_edits
from transforms.textedit import apply_edits

WELLS_PAGES = [
    "{66}",
    "{67}",
    "in human experience when men had no idea of a year. The first {68}",
    "The early priest was really not so much a {69} religious man as a",
    "{71}",
    "Europe a more blonde variety {72} of men with blue eyes was",
    '"British" {73} race or of a "European" race.  But nearly all the',
    "found caribou, the American reindeer, in the north and great {74}",
    "old-world work.  It is as if the Maya mind {75} had developed upon",
    "method of keeping records by knotting {76} cords.  A similar",
    "{77}",
    'inscription {78}at Nippur records the "empire," the first recorded',
    "{79}",
    "{80}",
    "{81}",
    "{82}",
    "been {83} very similar in both Egypt and Sumeria.  And except for",
    "{84}",
    "{85}",
    "{86}",
    "{87}",
    "deserts and seasonal {88} country on either hand it must have been",
    "{89}",
]
WELLS = "\n\n".join(WELLS_PAGES) + "\n"


def _markup(text: str) -> str:
    return apply_edits(text, markup_edits(text))[0]


def test_brace_glued_page_cut_with_the_run():
    """brace_glued_page: "{78}at" goes, the space before stays; before, it stayed."""
    out = _markup(WELLS)
    assert 'inscription at Nippur records the "empire," the first recorded' in out
    assert "{" not in out
    assert "been very similar in both Egypt and Sumeria." in out


def test_brace_glued_page_guards():
    """Guards: a glued mark whose value does not lie between its neighbours ("{7}at"
    among pages 77 and 79) stays; no page run (the glued line alone), nothing goes;
    a subscript glued after an underscore ("m_{0}x") is no mark."""
    wrong = WELLS.replace("{78}at", "{7}at")
    assert "inscription {7}at Nippur" in _markup(wrong)
    alone = 'inscription {78}at Nippur records the "empire,"\n'
    assert markup_edits(alone) == []
    sub = WELLS.replace("{78}at", "m_{78}x")
    assert "m_{78}x" in _markup(sub)
