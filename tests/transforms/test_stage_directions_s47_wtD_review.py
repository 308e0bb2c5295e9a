"""Session 47, branch wtD, review: guards of the session 47 paragraph clauses that the author's
tests did not reach (planted bugs that passed them). Real text: the Gutenberg Hamlet and Julius
Caesar of defaults/shakespeare, Hardy's The Dynasts (mirror), the New Hudson Julius Caesar's
notes (mirror)."""

from tests.transforms.test_stage_directions_s46 import _check

# Hamlet III.2 (Gutenberg, defaults/shakespeare): the dumb show, a bracket opened at column 0
# and closed three sentences later, then "[Exeunt.]" and Ophelia's speech
HAMLET = """[Trumpets sound. The dumb show enters.]

[Enter a King and a Queen very lovingly; the Queen embracing him and he her. She kneels, and makes show of protestation unto him. He takes her up, and declines his head upon her neck: lays him down upon a bank of flowers: she, seeing him asleep, leaves him. Anon comes in a fellow, takes off his crown, kisses it, pours poison in the king's ears, and exit. The Queen returns, finds the King dead, and makes passionate action.
The Poisoner with some three or four Mutes, comes in again, seeming to lament with her. The dead body is carried away. The Poisoner wooes the Queen with gifts; she seems loth and unwilling awhile, but in the end accepts his love.]

[Exeunt.]

Oph.
What means this, my lord?

Ham.
Marry, this is miching mallecho; it means mischief.
"""

# The Dynasts I.V.4 (mirror): a bracket indented one space at its paragraph's start
NELSON = """ [BEATTY and others retire, and the two abide in silence, except for the trampling overhead and the moans from adjoining berths.
 NELSON is apparently in less pain, seeming to doze.]


 NELSON. Hardy, I am afraid the battle is going ill for us.
"""

# Julius Caesar II.1 (Gutenberg, defaults/shakespeare): a bracket closed on the paragraph's
# first line, Brutus' speech after it, and an unclosed "[Enter ..." paragraph
BRUTUS = """BRUTUS.
Let 'em enter.--

[Exit Lucius.]
They are the faction.--O conspiracy,
Shamest thou to show thy dangerous brow by night,
When evils are most free? O, then, by day
Where wilt thou find a cavern dark enough
To mask thy monstrous visage? Seek none, conspiracy;
Hide it in smiles and affability:
For if thou pass, thy native semblance on,
Not Erebus itself were dim enough
To hide thee from prevention.

[Enter Cassius, Casca, Decius, Cinna, Metellus Cimber, and
Trebonius.

CASSIUS.
I think we are too bold upon your rest:
Good morrow, Brutus; do we trouble you?
"""

# Chekhov's Ivanoff I (mirror): a direction bracketed inside a tagged speech that ends its
# paragraph
BORKIN = """ANNA. Open the window.

BORKIN. [Waves his hand] Leave me alone, please!

ANNA. Oh, what manners! They are not becoming to you at all.
"""

# the same scene: the letter Brutus reads, after a bracket closed on its line
LETTER = """BRUTUS.
The exhalations, whizzing in the air
Give so much light that I may read by them.--

[Opens the letter and reads.]
"Brutus, thou sleep'st: awake and see thyself.
Shall Rome, &c. Speak, strike, redress--!
Brutus, thou sleep'st: awake!--"

Such instigations have been often dropp'd
Where I have took them up.
"""

# The New Hudson Julius Caesar (mirror): an editor's note in brackets across lines
NOTE = """[Note 26: /proper:/ goodly, handsome. This word has often this meaning in Elizabethan literature, and is still so used in provincial England. Cf. The Tempest, II, ii, 63; Hebrews
(King James version), xi, 23; Burns's The Jolly Beggars:
"And still my delight is in proper young men."]

COBBLER. Truly, sir, all that I live by is with the awl: I meddle with no tradesman's matters.
"""

# The Tempest II.2 (the Cambridge Shakespeare, mirror): Stephano's song after "[Sings." in a
# bracket that never closes in its paragraph
SONG = """Ste. I shall no more to sea, to sea, 40
 Here shall I die a-shore,--

This is a very scurvy tune to sing at a man’s funeral: well, here’s my comfort. [Drinks.


[Sings. The master, the swabber, the boatswain, and I,
 The gunner, and his mate, 45
 Loved Mall, Meg, and Marian, and Margery,
 But none of us cared for Kate;
 For she had a tongue with a tang,
 Would cry to a sailor, Go hang!
 She loved not the savour of tar nor of pitch; 50
 Yet a tailor might scratch her where’er she did itch.
 Then, to sea, boys, and let her go hang!

This is a scurvy tune too: but here’s my comfort. [Drinks.

Cal. Do not torment me:--O!
"""

# The Dynasts (mirror): a 42-word name-first paragraph (Hardy's prose), and "Dumb Show ends"
# (no "." after "Show": not a dumb show's opening)
WELLINGTON = """ACT SIXTH

 WELLINGTON, who is seen afar as one of a group standing by a great elm, orders OMPTEDA to send assistance to BARING, as may be gathered from the darting of aides to and fro between the points, like house-flies dancing their quadrilles.

 The French retreat without further molestation by a circuitous march into the great road to Torres Vedras by which they came, leaving nearly two thousand dead and wounded on the slopes they have quitted.

 Dumb Show ends and the curtain draws.
"""


def test_bracket_paragraph_shapes():
    _check(
        HAMLET,
        [
            "The Poisoner with some three or four Mutes, comes in again, seeming to lament with "
            "her.",
            "The dead body is carried away.",
        ],
        ["What means this, my lord?", "Marry, this is miching mallecho; it means mischief."],
    )
    _check(
        NELSON,
        ["NELSON is apparently in less pain, seeming to doze.]"],
        ["Hardy, I am afraid the battle is going ill for us."],
    )


def test_speech_after_a_closed_bracket_stays_a_candidate():
    _check(
        BRUTUS,
        [],
        [
            "Seek none, conspiracy; Hide it in smiles and affability: For if thou pass, thy "
            "native semblance on, Not Erebus itself were dim enough To hide thee from prevention.",
            "I think we are too bold upon your rest: Good morrow, Brutus; do we trouble you?",
        ],
    )
    _check(
        LETTER,
        [],
        [
            "Shall Rome, &c. Speak, strike, redress--!",
            "Such instigations have been often dropp'd Where I have took them up.",
        ],
    )


def test_speech_with_a_bracket_inside_stays_a_candidate():
    # the bracket clause's shape guards together ("[" first, the text after a "]" in the
    # sentence): with all off, 3,720 speeches of the 221 plays were read as directions
    _check(BORKIN, [], ["[Waves his hand] Leave me alone, please!"])


def test_note_in_brackets_stays_a_candidate():
    _check(
        NOTE,
        [],
        [
            "This word has often this meaning in Elizabethan literature, and is still so used in provincial England."
        ],
    )


def test_long_prose_and_dumb_show_end_stay_candidates():
    _check(
        WELLINGTON,
        [],
        [
            "WELLINGTON, who is seen afar as one of a group standing by a great elm, orders "
            "OMPTEDA to send assistance to BARING, as may be gathered from the darting of aides to "
            "and fro between the points, like house-flies dancing their quadrilles.",
            "Dumb Show ends and the curtain draws.",
        ],
    )


def test_song_in_an_unclosed_bracket_stays_a_candidate():
    _check(
        SONG,
        [],
        [
            "She loved not the savour of tar nor of pitch; 50 Yet a tailor might scratch her "
            "where’er she did itch.",
        ],
    )
