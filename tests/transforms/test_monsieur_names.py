"""Clause ``monsieur_before_name`` (session 37, ``transforms.title_names``, applied in
``transforms.sentences.english_corrections``): "M." (Monsieur) or "MM." then a
capitalised name ("M. Chardon", "M. Chatelet") is no sentence end. Real text: Balzac,
Two Poets (Lost Illusions I, tr. Ellen Marriage; Project Gutenberg, public domain), as the
Gutenberg mirror keeps it (hard-wrapped). Fails without the clause: Punkt splits after
"“M." in both passages."""

from transforms.sentences import sentence_spans
from transforms.title_names import monsieur_names
from transforms.topics import english_stopwords


def _sentences(text):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, "en")]


TWO_POETS = (
    "When Lucien, obedient to her request, appeared for the first time in\n"
    "the faded great drawing-room, where the whist-tables were set out, she\n"
    "welcomed him graciously, and brought him forward, like a queen who means\n"
    "to be obeyed. She addressed the controller of excise as “M. Chatelet,”\n"
    " and left that gentleman thunderstruck by the discovery that she knew\n"
    "of the particle.\n\n"
    "“Sir,” said the injured husband, “do you say that you discovered Mme. de\n"
    "Bargeton and M. de Rubempre in an equivocal position?”\n\n"
    "“M. Chardon,” corrected Stanislas, with ironical stress; he did not take\n"
    "Bargeton seriously.\n"
)


def test_monsieur_before_name_joins_the_name():
    """monsieur_before_name: "“M. Chatelet,”" and "“M. Chardon,”" stay in their sentences."""
    assert _sentences(TWO_POETS) == [
        "When Lucien, obedient to her request, appeared for the first time in the faded "
        "great drawing-room, where the whist-tables were set out, she welcomed him "
        "graciously, and brought him forward, like a queen who means to be obeyed.",
        "She addressed the controller of excise as “M. Chatelet,” and left that gentleman "
        "thunderstruck by the discovery that she knew of the particle.",
        "“Sir,” said the injured husband, “do you say that you discovered Mme. de Bargeton "
        "and M. de Rubempre in an equivocal position?”",
        "“M. Chardon,” corrected Stanislas, with ironical stress; he did not take Bargeton "
        "seriously.",
    ]


def _names(text):
    return [text[p : p + 6] for p in monsieur_names(text, set(english_stopwords()))]


def test_monsieur_before_name_plural_and_wrap():
    """monsieur_before_name: "MM." (Messieurs) and "M." at a line's end (Dumas, The Man in
    the Iron Mask: 'missive to M.\\nde Baisemeaux' is title_particle_name's; this one
    'informed by M.\\nFouquet', Louise de la Valliere)."""
    text = "MM. Cointet were printers. His majesty had not been properly informed by M.\nFouquet."
    assert _names(text) == ["Cointe", "Fouque"]


def test_monsieur_before_name_guards():
    """Guards: a function word after "M." (a real end: "the letter M. The next"), "M"
    glued to a word or a dotted letter ("HM.", "A.M.", "MMM."), a spaced time ("5 P. M.
    Dinner"), and a blank line between (a heading "M." then a paragraph)."""
    assert _names("He wrote the letter M. The next day he wrote N.") == []
    assert _names("HM. Ships. At 5 A.M. Dinner. MMM. Good. At 5 P. M. Dinner was late.") == []
    assert _names("Chapter M.\n\nLucien came.") == []
    # Review of session 37: the apostrophe guard had no test ("O'M.", "O’M.": an Irish
    # name's abbreviation, no Monsieur).
    assert _names("Letter from O'M. Kelly came. Then O’M. Dwyer came.") == []
    # An initial is joined, as Punkt mostly did already: "J. M. Barrie".
    assert _names("The play was by J. M. Barrie.") == ["Barrie"]
