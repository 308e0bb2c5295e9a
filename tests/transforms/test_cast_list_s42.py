"""Clause cast_list_not_key (session 42, transforms/cast_list.py): the lines of a play's
cast list ("HERMIA, daughter to Egeus, in love with Lysander.") and its scene line are no
key candidates. Found from the lines' shape (a section of short lines, mostly "NAME, what
the person is."), no word list. Without it clause section_keeps_one_key gave the section
holding only the cast list a key (session 41: 16 such keys in the Shakespeare snapshot).
Real text: Shakespeare, A Midsummer Night's Dream (Project Gutenberg edition in
defaults/shakespeare), its opening; The Merchant of Venice's dialogue (guard)."""

import numpy as np

from transforms import key_sentences as ks
from transforms.cast_list import cast_list_sentences, cast_list_spans
from transforms.structure import StructureConfig, analyze_text

MIDSUMMER = (
    "A MIDSUMMER NIGHT'S DREAM\n"
    "\n"
    "by William Shakespeare\n"
    "\n"
    "\n"
    "Persons Represented.\n"
    "\n"
    "THESEUS, Duke of Athens.\n"
    "EGEUS, Father to Hermia.\n"
    "LYSANDER, in love with Hermia.\n"
    "DEMETRIUS, in love with Hermia.\n"
    "PHILOSTRATE, Master of the Revels to Theseus.\n"
    "QUINCE, the Carpenter.\n"
    "SNUG, the Joiner.\n"
    "\n"
    "HIPPOLYTA, Queen of the Amazons, bethrothed to Theseus.\n"
    "HERMIA, daughter to Egeus, in love with Lysander.\n"
    "HELENA, in love with Demetrius.\n"
    "\n"
    "PYRAMUS, THISBE, WALL, MOONSHINE, LION } Characters in the\n"
    "Interlude performed by the Clowns.\n"
    "\n"
    "Other Fairies attending their King and Queen.\n"
    "Attendants on Theseus and Hippolyta.\n"
    "\n"
    "\n"
    "SCENE: Athens, and a wood not far from it.\n"
    "\n"
    "ACT I.\n"
    "\n"
    "SCENE I. Athens. A room in the Palace of THESEUS.\n"
    "\n"
    "[Enter THESEUS, HIPPOLYTA, PHILOSTRATE, and Attendants.]\n"
    "\n"
    "THESEUS\n"
    "Now, fair Hippolyta, our nuptial hour\n"
    "Draws on apace; four happy days bring in\n"
    "Another moon; but, oh, methinks, how slow\n"
    "This old moon wanes! she lingers my desires,\n"
    "Like to a step-dame or a dowager,\n"
    "Long withering out a young man's revenue.\n"
    "\n"
    "HIPPOLYTA\n"
    "Four days will quickly steep themselves in nights;\n"
    "Four nights will quickly dream away the time;\n"
    "And then the moon, like to a silver bow\n"
    "New bent in heaven, shall behold the night\n"
    "Of our solemnities.\n"
    "\n"
    "THESEUS\n"
    "                    Go, Philostrate,\n"
    "Stir up the Athenian youth to merriments;\n"
    "Awake the pert and nimble spirit of mirth;\n"
    "Turn melancholy forth to funerals--\n"
    "The pale companion is not for our pomp. --\n"
)

CAST_LINES = (
    "THESEUS, Duke of Athens.",
    "PHILOSTRATE, Master of the Revels to Theseus.",
    "HIPPOLYTA, Queen of the Amazons, bethrothed to Theseus.",
    "HERMIA, daughter to Egeus, in love with Lysander.",
    "Other Fairies attending their King and Queen.",
    "SCENE: Athens, and a wood not far from it.",
)

# The Merchant of Venice, I.3 (Project Gutenberg): prose dialogue of short speeches, some
# shaped "Name, ..." ("Ay, sir, for three months.", "For the which, as I told you, ..."): no cast list.
MERCHANT = (
    "SHYLOCK.\n"
    "Three thousand ducats; well?\n"
    "\n"
    "BASSANIO.\n"
    "Ay, sir, for three months.\n"
    "\n"
    "SHYLOCK.\n"
    "For three months; well?\n"
    "\n"
    "BASSANIO.\n"
    "For the which, as I told you, Antonio shall be bound.\n"
    "\n"
    "SHYLOCK.\n"
    "Antonio shall become bound; well?\n"
    "\n"
    "BASSANIO.\n"
    "May you stead me?  Will you pleasure me?  Shall I know your\n"
    "answer?\n"
    "\n"
    "SHYLOCK.\n"
    "Three thousand ducats, for three months, and Antonio bound.\n"
    "\n"
    "BASSANIO.\n"
    "Your answer to that.\n"
    "\n"
    "SHYLOCK.\n"
    "Antonio is a good man.\n"
    "\n"
    "BASSANIO.\n"
    "Have you heard any imputation to the contrary?\n"
    "\n"
    "SHYLOCK.\n"
    "Ho, no, no, no, no: my meaning in saying he is a good man\n"
)


def _sentences(text):
    st = analyze_text(text)
    texts = [" ".join(text[a:b].split()) for a, b in st.sentences.tolist()]
    return st, texts


def test_cast_list_lines_are_no_candidates():
    st, texts = _sentences(MIDSUMMER)
    ok = ks.eligible_sentences(
        MIDSUMMER, st.sentences, StructureConfig().key_min_words, [s.start for s in st.sections]
    )
    for line in CAST_LINES:
        assert not ok[texts.index(line)], line  # base42: eligible
    # the verse after ACT I keeps its candidates
    assert ok[[i for i, t in enumerate(texts) if t.startswith("Four days will quickly")]].all()


def test_play_keys_come_from_the_acts():
    # guard: the cast list is the play's only text before act I; the acts still get keys
    st, texts = _sentences(MIDSUMMER)
    keys = [texts[i] for i in st.key_sentences.tolist()]
    assert keys
    assert not set(keys) & set(CAST_LINES)
    starts = st.sentences[st.key_sentences, 0]
    assert (starts > MIDSUMMER.index("ACT I.")).all()


def test_cast_list_span_covers_the_list_and_scene_line():
    heads = [s.start for s in analyze_text(MIDSUMMER).sections]
    spans = cast_list_spans(MIDSUMMER, heads)
    assert len(spans) == 1
    a, b = spans[0]
    assert MIDSUMMER[a:b].strip().endswith("SCENE: Athens, and a wood not far from it.")
    assert b <= MIDSUMMER.index("ACT I.")
    # without the section bounds (no headings) the dialogue dilutes the list: no cast list
    assert cast_list_spans(MIDSUMMER) == []


def test_dialogue_is_no_cast_list():
    # guard: short speeches opening "Ay, sir," / "For the which," stay candidates
    st, texts = _sentences(MERCHANT)
    assert cast_list_spans(MERCHANT, [s.start for s in st.sections]) == []
    cands = np.arange(len(texts))
    assert len(cast_list_sentences(MERCHANT, st.sentences, cands, [0])) == 0


def test_too_few_entries_is_no_cast_list():
    # guard: three entries are not enough (a short list inside prose)
    text = "THESEUS, Duke of Athens.\nEGEUS, Father to Hermia.\nLYSANDER, in love with Hermia.\n"
    assert cast_list_spans(text) == []
    assert cast_list_spans(text + "DEMETRIUS, in love with Hermia.\n") == [(0, len(text) + 32)]


# Review (session 42): Walter Scott, Waverley (Gutenberg mirror, Andrew Lang's edition): the
# notes of volume I and its glossary lie under one heading (no heading is found between
# them), so the section is mostly entries ("ABOON, abune, above."); its short note paragraph
# is a real sentence and stays a candidate, the glossary's run does not.
WAVERLEY_NOTE = (
    "I have now given in the text the full name of this gallant and excellent man, and "
    "proceed to copy the account of his remarkable conversion, as related by Doctor Doddridge."
)
WAVERLEY = (
    "NOTE 5\n\n" + WAVERLEY_NOTE + "\n\n"
    "'This memorable event,' says the pious writer, 'happened towards the middle of July "
    "1719. The major had spent the evening (and, if I mistake not, it was the Sabbath) in some "
    "gay company, and had an unhappy assignation with a married woman, whom he was to attend "
    "exactly at twelve. The company broke up about eleven, and, not judging it convenient to "
    "anticipate the time appointed, he went into his chamber to kill the tedious hour.'\n\n"
    "GLOSSARY--Volume I.\n\n"
    "A', all.\n\nABOON, abune, above.\n\nABY, abye, endure, suffer.\n\n"
    "ACCOLADE, the salutation marking the bestowal of knighthood.\n\nAIN, own.\n\n"
    "ALANE, alone.\n\nAN, if.\n\nANE, one.\n\nARRAY, annoy, trouble.\n\nAULD, old.\n"
)

# Shakespeare, The Passionate Pilgrim XII (Gutenberg mirror): verse whose lines open with a
# phrase and a comma and end with ";" ("Youth is full of pleasance, age is full of care;").
PILGRIM_XII = (
    "XII.\n\n"
    "Crabbed age and youth cannot live together\n"
    "Youth is full of pleasance, age is full of care;\n"
    "Youth like summer morn, age like winter weather;\n"
    "Youth like summer brave, age like winter bare;\n"
    "Youth is full of sport, age's breath is short;\n"
    "  Youth is nimble, age is lame;\n"
    "Youth is hot and bold, age is weak and cold;\n"
    "  Youth is wild, and age is tame.\n"
    "Age, I do abhor thee; youth, I do adore thee;\n"
    "  O, my love, my love is young!\n"
    "Age, I do defy thee: O, sweet shepherd, hie thee,\n"
    "  For methinks thou stay'st too long.\n"
)


def test_glossary_section_keeps_its_note_paragraph():
    # base: the whole section's short runs were covered, the note paragraph among them
    spans = cast_list_spans(WAVERLEY, [0])
    covered = "".join(WAVERLEY[a:b] for a, b in spans)
    assert "ABOON, abune, above." in covered and "AULD, old." in covered
    assert WAVERLEY_NOTE not in covered


def test_verse_is_no_cast_list():
    # the phrase before the comma is no name ("Youth is full of pleasance")
    assert cast_list_spans(PILGRIM_XII, [0]) == []
    assert cast_list_spans(PILGRIM_XII) == []


# Shakespeare, King Henry IV Part 1, I.2 (Gutenberg edition in defaults/shakespeare; the
# scene is one section): between long speeches a run of short prose speeches ("Well, then,
# once in my days I'll be a madcap.", "Hal, wilt thou make one?") is mostly entry-shaped;
# the section, its long speeches counted, is no cast list (review, session 42: a run alone
# is no test).
HENRY_IV_I2 = (
    "PRINCE.\n"
    "Good morrow, Ned.\n"
    "\n"
    "POINTZ.\n"
    "Good morrow, sweet Hal.--What says Monsieur Remorse? what says Sir John Sack-and-sugar? Jack, how agrees the Devil and thee about thy soul, that thou soldest him on Good-Friday last for a cup of Madeira and a cold capon's leg?\n"
    "\n"
    "PRINCE.\n"
    "Sir John stands to his word,--the Devil shall have his bargain; for he was never yet a breaker of proverbs,--he will give the Devil his due.\n"
    "\n"
    "POINTZ.\n"
    "Then art thou damn'd for keeping thy word with the Devil.\n"
    "\n"
    "PRINCE.\n"
    "Else he had been damn'd for cozening the Devil.\n"
    "\n"
    "\n"
    "POINTZ.\n"
    "But, my lads, my lads, to-morrow morning, by four o'clock, early at Gads-hill! there are pilgrims gong to Canterbury with rich offerings, and traders riding to London with fat purses: I have visards for you all; you have horses for yourselves: Gadshill lies to-night in Rochester: I have bespoke supper to-morrow night in Eastcheap: we may do it as secure as sleep. If you will go, I will stuff your purses full of crowns; if you will not, tarry at home and be hang'd.\n"
    "\n"
    "FAL.\n"
    "Hear ye, Yedward; if I tarry at home and go not, I'll hang you for going.\n"
    "\n"
    "POINTZ.\n"
    "You will, chops?\n"
    "\n"
    "FAL.\n"
    "Hal, wilt thou make one? \n"
    "\n"
    "PRINCE.\n"
    "Who, I rob? I a thief? not I, by my faith.\n"
    "\n"
    "FAL.\n"
    "There's neither honesty, manhood, nor good fellowship in thee, nor thou camest not of the blood royal, if thou darest not stand for ten shillings.\n"
    "\n"
    "PRINCE.\n"
    "Well, then, once in my days I'll be a madcap.\n"
    "\n"
    "FAL.\n"
    "Why, that's well said.\n"
    "\n"
    "PRINCE.\n"
    "Well, come what will, I'll tarry at home.\n"
    "\n"
    "FAL.\n"
    "By the Lord, I'll be a traitor, then, when thou art king.\n"
    "\n"
    "PRINCE.\n"
    "I care not.\n"
    "\n"
    "POINTZ.\n"
    "\n"
    "Sir John, I pr'ythee, leave the Prince and me alone: I will lay him down such reasons for this adventure, that he shall go.\n"
    "\n"
    "FAL.\n"
    "Well, God give thee the spirit of persuasion, and him the ears of profiting, that what thou speakest may move, and what he hears may be believed, that the true Prince may, for recreation-sake, prove a false thief; for the poor abuses of the time want countenance. Farewell; you shall find me in Eastcheap.\n"
)


def test_short_speeches_between_long_ones_are_no_cast_list():
    assert cast_list_spans(HENRY_IV_I2, [0]) == []
