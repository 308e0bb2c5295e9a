"""Clauses play_title_over_persons, play_title_after_persons and the work-title guards met
in play volumes (transforms.work_titles, session 34), split from test_work_titles34.py.
Real text: Buckley's Aeschylus and Alcott's Comic Tragedies, as clean_text leaves them
(long lines cut)."""

from tests.transforms.test_work_titles34 import _levels
from transforms.work_titles import titles_over_restarts

_PROMETHEUS = """Against this decree Antigone rebels, and with her final words announces her unalterable intention of burying her brother in spite of the fate which awaits her disobedience to the will of the senate.




PROMETHEUS CHAINED.

 Prometheus having, by his attention to the wants of men, provoked the anger of Jove, is bound down in a cleft of a rock in a distant desert of Scythia. Here he not only relates the wanderings, but foretells the future lot of
 Io, and likewise alludes to the fall of Jove's dynasty.
 Disdaining to explain his meaning to Mercury, he is swept into the abyss amid terrific hurricane and earthquake.


PERSONS REPRESENTED.


 STRENGTH.
 FORCE.
 VULCAN.
 PROMETHEUS.
 CHORUS OF NYMPHS, DAUGHTERS OF OCEAN.
 IO, DAUGHTER OF INACHUS.
 MERCURY.


STRENGTH, FORCE, VULCAN, PROMETHEUS.

STRENGTH. [1]We are come to a plain, the distant boundary of the earth, to the Scythian track, to an untrodden desert. Vulcan, it behooves thee that the mandates, which thy Sire imposed, be thy concern--to bind this daring wretch to the lof

VULCAN. Strength and Force, as far as you are concerned, the mandate of Jupiter has now its consummation, and there is no farther obstacle. But I have not the courage to bind perforce a kindred god to this weather-beaten ravine. Yet in ever

ST. Well, well! Why art thou delaying and vainly commiserating? Why loathest thou not the god that is most hateful to the gods, who has betrayed thy prerogative to mortals?
"""

_SEVEN = """



THE SEVEN AGAINST THEBES.


The siege of the city of Thebes, and the description of the seven champions of the Theban and Argive armies, The deaths of the brothers Polynices and Eteocles, the mournings over them, by their sisters Antigone and Ismene, and the public re


PERSONS REPRESENTED.


 ETEOCLES.
 A MESSENGER.
 CHORUS OF THEBAN VIRGINS.
 ISMENE.
 ANTIGONE.
 A HERALD.


SCENE. The Acropolis of Thebes.--Compare v. 227, ed. Blomf.

TIME. Early in the morning; the length of the action can scarcely be fixed with absolute certainty. It certainly did not exceed twelve hours.

ETEOCLES. Citizens of Cadmus! it is fitting that he should speak things seasonable who has the care of affairs on the poop of a state, managing the helm, not lulling his eyelids in slumber. For if we succeed, the gods are the cause; but if,
"""


def test_play_title_over_persons_aeschylus_two_plays():
    """Both plays' titles open sections (before: neither did, the argument under each
    is too short for rule layout); the entrance line and the persons list stay none."""
    assert _levels(_PROMETHEUS + _SEVEN) == [
        (1, "PROMETHEUS CHAINED."),
        (1, "THE SEVEN AGAINST THEBES."),
    ]


def test_play_title_over_persons_guard_a_single_play_is_left_alone():
    """Guard: one title over its persons list is no volume of plays: no section."""
    assert _levels(_PROMETHEUS) == []


def test_work_titles_over_restarts_guard_persons_line_is_no_title():
    """Guard: a persons list's line between a play's title and its first act is not
    the title (the run's last "caps" line that is no persons opener is)."""
    from transforms import headings as hd

    def cand(line, kind, title, series, value):
        rank = hd.CAPS_RANK if kind == "caps" else 10
        return hd.Candidate(
            line * 1000, line * 1000 + 5, line * 100, kind, rank, title, series, value
        )

    confirmed = [
        (cand(1, "caps", "CATILINE", "caps", None), 20),
        (cand(2, "caps", "DRAMATIS PERSONÆ", "caps", None), 20),
        (cand(3, "ordinal", "FIRST ACT", "ord:act", 1), 10),
        (cand(4, "ordinal", "SECOND ACT", "ord:act", 2), 10),
        (cand(5, "caps", "OLAF LILJEKRANS", "caps", None), 20),
        (cand(6, "caps", "CHARACTERS.", "caps", None), 20),
        (cand(7, "ordinal", "FIRST ACT", "ord:act", 1), 10),
    ]
    ranks = [r for _, r in titles_over_restarts(confirmed)]
    assert ranks == [9, 20, 10, 10, 9, 20, 10]


def test_work_titles_over_restarts_guard_titles_over_small_numbers_only():
    """Guard: titles in capitals over "1." sections only (numbers ranked below a
    chapter) never start the rule."""
    from transforms import headings as hd

    def cand(line, kind, title, series, value, rank):
        return hd.Candidate(
            line * 1000, line * 1000 + 5, line * 100, kind, rank, title, series, value
        )

    confirmed = [
        (cand(1, "caps", "THE RIVER", "caps", None, 20), 20),
        (cand(2, "numeral", "1.", "num", 1, 38), 38),
        (cand(3, "numeral", "2.", "num", 2, 38), 38),
        (cand(4, "caps", "THE HILL", "caps", None, 20), 20),
        (cand(5, "numeral", "1.", "num", 1, 38), 38),
    ]
    assert titles_over_restarts(confirmed) == confirmed


_MOORISH_END = """ SCENE SECOND.

 [Room in the castle of Bernardo. Zara alone].

Zara. 'Tis strange how the thought haunts me still. Long months have passed since last I saw that noble face, and yet those gentle eyes look on me! Ernest!--'tis a sweet English name, and 'twas a nobl

 [Enter Bernardo with a casket.

Ber. Joyful tidings, Zara! Grenada is free. Here, love, are gems for thee; they have shone on many a fair lady's neck, but none more fair than thine. And here are things more precious far to me than a
"""

_GREEK_SLAVE = """ CURTAIN.




 THE GREEK SLAVE.


 CHARACTERS.

 Constantine . . . . . Prince betrothed to Irene.

 Queen Zelneth . . . . . His Mother.

 Irene . . . . . . . The Greek Princess.

 Ione . . . . . . . The Greek Slave.

 Helon . . . . . . . A Priest.

 Rienzi . . . . . . . A Traitor.


 THE GREEK SLAVE.


 SCENE FIRST.

 [Apartment in the palace of Irene.
 Irene, reclining upon a divan.]

Irene. How strange a fate is mine! Young, fair, and highborn, I may not choose on whom I will bestow my love! Betrothed to a prince whom I have never seen; compelled to honor and obey one whom my hear

And yet, they tell me that Constantine is noble, brave, and good. What more can I desire? Ah, if he do but love me I shall be content [noise without; she rises]. Hark! 'tis his messenger approaching w

Oh, that I could win his love unknown, and then when truly mine, to cast away the mask, and be myself again. Stay! let me think. Ah, yes; I see a way. Surely the gods have sent the thought! I will dis

 [Tableau.

 CURTAIN.


 SCENE SECOND.

 [A room in the palace of The Queen.
 The Queen alone.]

Queen. Why comes he not? They told me that our ambassador to the Princess Irene had returned, and bore a gift for me. Would that it were a picture of herself! They say she is wondrous fair; and could

 [Ione kneels and presents a letter.

"""

_ION = """



 ION.


 NOTE TO ION.

This play was found too uninteresting for presentation, and was left unfinished, but is here given as a specimen of what the young authors considered very fine writing.

The drama was, of course, to end well. Cleon, being free, at once assembles a noble army, returns to conquer Mohammed and release Ion, who weds the lovely Zuleika, becomes king, and "lives happily for


 CHARACTERS.


 Mohammed . . . . . . The Turk.

 Cleon . . . . . . . Prince of Greece.

 Ion . . . . . . . Son of Cleon.

 Adrastus . . . . . . A Priest.

 Hafiz . . . . . . . Turkish Envoy.

 Hassan . . . . . . . A Slave.

 Murad . . . . . . . A Slave.

 Abdallah . . . . . . A Slave.

 Iantha . . . . . . . Wife of Cleon.

 Zuleika . . . . . . Daughter of Mohammed.

 Medon . . . . . . . A Slave.

 Selim . . . . . . . A Slave.


 ION.


 SCENE FIRST.

 [Room in the palace of Cleon.
 Iantha and Adrastus.]

Iantha. How wearily the days wear on, and the heavy hours so fraught with doubt press like death upon my aching heart. To the young, the fair, the happy, life is a blissful dream, filled with bright j

Adrastus. Daughter, thou hast forgot. The radiant star may pale and fade, but He who giveth it its light still liveth. Turn unto Him thy worn and bleeding heart, and comfortless thou shalt not be.
"""


def test_play_title_after_persons_guard_alcott_titles_under_the_list():
    """Guard (clause play_title_after_persons): Alcott's Comic Tragedies print a play's
    title over its persons and again over its first scene ("THE GREEK SLAVE.", after the
    last scene of the play before), or a note
    over the persons and the title under them ("NOTE TO ION." / "CHARACTERS." / "ION."):
    the line under the list is the title; no second "THE GREEK SLAVE." and no "NOTE TO
    ION." section (fails without the guard: both were added)."""
    assert _levels(_MOORISH_END + _GREEK_SLAVE + _ION) == [
        (2, "SCENE SECOND."),
        (1, "THE GREEK SLAVE."),
        (2, "SCENE FIRST."),
        (2, "SCENE SECOND."),
        (1, "ION."),
        (2, "SCENE FIRST."),
    ]
