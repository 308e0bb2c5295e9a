"""Review of session 41 (clause ``text_start_indent_title_line`` of ``transforms.clean``):
German prose capitalises its nouns, so a sentence there has more capitalised words than an
English one; it is still no title. The Debian FAQ in German (debian-faq-de 11.1, section
1.2, as its text edition indents and wraps it: ``test_german_wraps.FAQ_DE``)."""

from tests.transforms.test_german_wraps import FAQ_DE
from tests.transforms.test_text_start_blurb40 import _clean


def test_a_german_sentence_first_keeps_its_indent():
    """Guard: "Das Debian-Projekt wurde 1993 von Ian Murdock gegründet, ..." joins to one
    line of 227 characters, 17 of the 32 words the clause counts capitalised (the nouns,
    "Debian", "GNU"): over half, under the clause's two thirds, so its indent stays as an indented text's
    paragraph's does, over the FAQ's other indented paragraphs."""
    paras = FAQ_DE.split("\n\n")
    story = ("\n\n".join(paras[2:]) + "\n\n" + paras[0] + "\n\n") * 20
    out = _clean(paras[1] + "\n\n", story)
    assert out.startswith(" Das Debian-Projekt wurde 1993 von Ian Murdock gegründet, anfangs")
