"""Clause ragged_margin_direction_close (transforms.unwrap, session 36): in a verse play, a
line that closes a stage direction starts the speech after its "]"; the direction's
lower-case wraps before it do not make its verse line a prose wrap.  A real excerpt of
rcdm-uga/Gutenberg_Text."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

# Ibsen, Early Plays: Catiline (Act III, the camp at night), verse after a stage direction.
CATILINE = """Then the game is lost and won,--she fades away in space,--
She who radiantly smiled, ah, she who lost the game;
Instantly the bands of children vanish whence they came.
Tumult rises; darkness deepens; but from out the night
Two eyes fix upon me, in a victor's gloating right;
Then my brain reels; I see nothing but those baleful eyes.
But what else I dreamed of in that frenzied slumber lies
Far within me hidden, buried deep beyond recall.
Could I but remember.  Gone forever is it all.

MANLIUS.  Remarkable, indeed, my Catiline,
Is this your dream.

CATILINE.  [Meditating.]  If I could but remember--
But no; my memory fails me--

MANLIUS.  Brood no longer
Upon these thoughts.  For what are dreams, indeed,
But pale chimeras only, darkling visions,
On nothing founded, and by naught explained?

CATILINE.  Yes, you are right; I will no longer brood;--
Already I am calm.  But go your way;
You need some rest.  The meanwhile I shall walk
In privacy and meditate my plans.

[MANLIUS goes into the forest.]

CATILINE.  [Paces for some time back and forth by the
camp fire, which is about to go out; then he stops and
speaks thoughtfully.]  If I could only--.  Ah, it is unmanly
To brood and be distressed by thoughts like these.
And yet,--here in the stillness of the night,
This lonely solitude, again I see
Rising before me life-like all I dreamed.

[A SHADOW, attired like an old warrior in armor and toga, stems
to rise from the earth among the trees a short distance from
him.]

CATILINE.  [Recoils before THE SHADOW.]
"""


def test_ragged_margin_direction_close_catiline():
    """The verse line after the direction's closing line stays a line (before: "...Ah, it is
    unmanly To brood and be distressed by thoughts like these."); the direction's own
    wraps still join, the verse lines after keep their breaks."""
    lines = clean_text(normalize_text(CATILINE)).text.split("\n")
    assert (
        "CATILINE. [Paces for some time back and forth by the camp fire, which is about to "
        "go out; then he stops and speaks thoughtfully.] If I could only--. Ah, it is unmanly"
    ) in lines
    assert "To brood and be distressed by thoughts like these." in lines
    assert "And yet,--here in the stillness of the night," in lines
    assert "Rising before me life-like all I dreamed." in lines
    assert "MANLIUS. Remarkable, indeed, my Catiline," in lines
