"""Clause dash_spacing of rule dash_start (``transforms.line_marks``): a wrap onto
a line opening with an unspaced dash joins as the document writes its dashes.
English books write ",—" and "word—word" (the 30 Gutenberg books: ",—" 498
times, ", —" 4), so the join stays tight there; a text that puts a space before
a dash that opens a word (Spanish dialogue) joins with a space, where before it
was always tight ("señor,—dijo")."""

import textwrap

import pytest

from transforms.clean import clean_text
from transforms.line_marks import dash_spacing
from transforms.normalize import normalize_text

# Moby-Dick, chapter 1 (Gutenberg pg2701, lines 910-916), one paragraph.
MOBY = (
    "whatsoever. It is quite as much as I can do to take care of myself, without taking "
    "care of ships, barques, brigs, schooners, and what not. And as for going as cook,"
    "—though I confess there is considerable glory in that, a cook being a sort of officer "
    "on ship-board—yet, somehow, I never fancied broiling fowls;—though once broiled, "
    "judiciously buttered, and judgmatically salted and peppered, there is no one who"
)
# Written for the test, in the dialogue style of Spanish editions (a space
# before a dash that opens an aside, none after it: "en camino —respondió").
SPANISH = (
    "—Señor, ya está Dulcinea del Toboso en camino —respondió Sancho—, y viene en una "
    "hacanea, la más hermosa que vuestra merced ha visto en su vida; mas antes que ella "
    "llegue, sepa vuestra merced que su escudero, que es un hombre de bien, se ha de "
    "quedar aquí con el rucio, y que usted, señor, —dijo Sancho con mucha gravedad— haría "
    "bien en salir a recibirla antes que la encuentre otro caballero y se la lleve, y de "
    "ahí —añadió— no habría remedio."
)


def _wrapped(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` by ``textwrap`` (it breaks at spaces), with a
    line opening with a dash."""
    lines = textwrap.wrap(text, width)
    assert any(line.startswith("—") for line in lines[1:])
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("width, at", [(56, ",—though"), (79, ";—though")])
def test_english_dashes_join_tight_as_the_book_writes_them(width, at):
    # The book's ",—" spaced for the wrapper, so it may break there.
    text = _wrapped(MOBY.replace(at, at[0] + " " + at[1:]), width)
    assert not dash_spacing(text)
    assert clean_text(normalize_text(text)).text == MOBY + "\n"


@pytest.mark.parametrize("width", [59, 61, 73])
def test_a_text_that_spaces_its_dashes_joins_with_a_space(width):
    text = _wrapped(SPANISH, width)
    assert dash_spacing(text)
    assert clean_text(normalize_text(text)).text == SPANISH + "\n"
