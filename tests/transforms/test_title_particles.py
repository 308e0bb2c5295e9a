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
