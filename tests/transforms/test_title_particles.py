"""Clause ``title_particle_name`` (session 36, ``transforms.title_names``, applied in
``transforms.sentences.english_corrections``): a title, a name's lower-case particle and
a capitalised word ("Mme. de Bargeton", "M. le Comte") is no sentence end. Real text:
Balzac, Two Poets (Lost Illusions I, tr. Ellen Marriage; Project Gutenberg, public
domain). Fails without the clause: Punkt splits after "Mme." and "M.", and in this book
rule ``lowercase_start`` does not join them (over 5% of its starts were lower case)."""

from transforms.sentences import sentence_spans
from transforms.title_names import title_particle_names


def _sentences(text):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, "en")]


TWO_POETS = (
    "So delicious it was to pass under her windows, though she knew nothing of "
    "his presence, so you may be sure that Mme. de Bargeton’s house lay on the way. "
    "There were no poets in Angouleme, merchants and officials excepted; for M. and "
    "Mme. de Bargeton were obliged to live in Angouleme until such time as Mme. "
    "de Bargeton’s inheritance should fall in and they could go to Paris. "
    "This was Mme. de Bargeton’s past life, a dreary chronicle which must be given. "
    "“M. de Bargeton is an old dotard.” Lucien in Mme. de Bargeton’s house!--for "
    "Eve it meant the dawn of success. Amelie, otherwise Mme. de Chandour, came in.\n"
)


def test_title_particle_name_joins_the_name():
    """title_particle_name: each "Mme. de" / "M. de" stays inside its sentence."""
    assert _sentences(TWO_POETS) == [
        "So delicious it was to pass under her windows, though she knew nothing of his "
        "presence, so you may be sure that Mme. de Bargeton’s house lay on the way.",
        "There were no poets in Angouleme, merchants and officials excepted; for M. and "
        "Mme. de Bargeton were obliged to live in Angouleme until such time as Mme. de "
        "Bargeton’s inheritance should fall in and they could go to Paris.",
        "This was Mme. de Bargeton’s past life, a dreary chronicle which must be given.",
        "“M. de Bargeton is an old dotard.”",
        "Lucien in Mme. de Bargeton’s house!--for Eve it meant the dawn of success.",
        "Amelie, otherwise Mme. de Chandour, came in.",
    ]


def test_title_particle_name_guards():
    """Guards: a particle after a word that is no title ("...in the Rue. De" is no
    case: 'the end. de la Motte' after a plain word), a particle not followed by a
    capitalised word, and "d’" glued to its name."""
    text = "He came at the end. de Lacy followed. Mme. de la Motte sat. Mme. d’Espard rose."
    got = [text[p : p + 8] for p in title_particle_names(text)]
    assert got == ["de la Mo", "d’Espard"]
    assert title_particle_names("Ask Mme. de. She knows.") == []
    assert title_particle_names("He wrote to Mme. de 3 times.") == []


# Dumas, The Man in the Iron Mask (Project Gutenberg, public domain), as the mirror keeps
# it: hard-wrapped, "M." ending a line and "de Baisemeaux" opening the next.
IRON_MASK = (
    "he sealed the letter, and stamped it\nwith a seal suspended at his breast, beneath "
    "his doublet, and when the\noperation was concluded, presented--still in silence--the "
    "missive to M.\nde Baisemeaux. The latter, whose hands trembled in a manner to excite\n"
    "pity, turned a dull and meaningless gaze upon the letter.\n"
)


def test_title_particle_name_wrap_joins_across_a_line_break():
    """title_particle_name_wrap (review of session 36): one line break between the title
    and the particle is a gap like a space; a blank line is not (a paragraph break)."""
    assert title_particle_names(IRON_MASK) == [IRON_MASK.index("de Baisemeaux")]
    got = _sentences(IRON_MASK)
    assert got[0].endswith("the missive to M. de Baisemeaux.")
    assert len(got) == 2
    assert title_particle_names("to see Mme.\n\nde Bargeton at home.") == []


def test_title_particle_name_title_not_glued_to_a_digit():
    """Guard: "2M." (a unit after a number) is no title, though the scan back over
    letters stops at the digit."""
    assert title_particle_names("The solution was 2M. de Vries then added water.") == []
    assert title_particle_names("(M. de Vries then added water.)") == [4]
