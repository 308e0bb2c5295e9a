"""Clauses work_titles_over_restarts and play_title_over_persons (transforms.work_titles,
session 34): the titles of the works a volume collects are its top level. Real text:
Ibsen's Early Plays (tr. Orbeck) and Buckley's Aeschylus, as clean_text leaves them
(long lines cut)."""

from transforms.sections import find_sections
from transforms.work_titles import titles_over_restarts

_CONTENTS = """CONTENTS

 Introduction
 Catiline
 The Warrior's Barrow
 Olaf Liljekrans
"""

_CATILINE = """


 CATILINE



 A Drama in Three Acts



 185O

 * * * * *


 PREFACE TO THE SECOND EDITION


The drama Catiline, with which I entered upon my literary career, was written during the winter of 1848-49, that is in my twenty-first year.
"""

_ACT = """



{act}

[The Flaminian Way outside of Rome. Off the road a wooded hillside. In the background loom the walls and the heights of the city. It is evening.]

[CATILINE stands on the hill among the bushes, leaning against a tree.]

CATILINE. I must! I must! A voice deep in my soul
"""

_BARROW = """[During the last scene FURIA has withdrawn farther and farther into the background and disappears at last among the trees.
CATILINE's head sinks down on AURELIA's breast; they die.]

 * * * * *

 THE WARRIOR'S BARROW

 [Kaempehojen]

 A Dramatic Poem in One Act

 1854

 * * * * *



{scene}

[At the right of the stage sits RODERIK writing. To the left BLANKA in a half reclining position.]

BLANKA. Lo! the sky in dying glory
 Surges like a sea ablaze,--
 It is all so still before me,
 Still as in a sylvan maze.
"""

_OLAF = """To chastened deeds within the realm of thought!

 * * * * *

 OLAF LILJEKRANS

 A Play in Three Acts

 1857

 * * * * *
"""

_SCENE = """ * * * * *



{scene}

[ARNE of Guldvik appears with his relatives, men and women, minstrels, etc., in the background to the right on the other side of the river; they are all in festive attire.

ONE OF THE RETINUE. See, here goes the way.

ANOTHER. No, here!
"""


def _ibsen(olaf: bool = True) -> str:
    text = _CONTENTS + _CATILINE
    text += (
        _ACT.format(act="FIRST ACT") + _ACT.format(act="SECOND ACT") + _ACT.format(act="THIRD ACT")
    )
    text += _BARROW.format(scene="SCENE I") + _SCENE.format(scene="SCENE II")
    if olaf:
        text += _OLAF + _ACT.format(act="FIRST ACT") + _SCENE.format(scene="SCENE I")
        text += _SCENE.format(scene="SCENE II") + _ACT.format(act="SECOND ACT")
    return text


def _levels(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.title]


def test_work_titles_over_restarts_ibsen_plays_at_the_top():
    """The three plays' titles are level 1, their acts and scenes under them (before:
    the titles at 2 under Catiline's acts at 1, "THE WARRIOR'S BARROW" under THIRD ACT)."""
    assert _levels(_ibsen()) == [
        (1, "CATILINE"),
        (3, "PREFACE TO THE SECOND EDITION"),
        (2, "FIRST ACT"),
        (2, "SECOND ACT"),
        (2, "THIRD ACT"),
        (1, "THE WARRIOR'S BARROW"),
        (4, "SCENE I"),
        (4, "SCENE II"),
        (1, "OLAF LILJEKRANS"),
        (2, "FIRST ACT"),
        (4, "SCENE I"),
        (4, "SCENE II"),
        (2, "SECOND ACT"),
    ]


def test_work_titles_over_restarts_guard_one_title_is_no_collection():
    """Guard: a volume whose one title heads acts (Catiline and a play without acts)
    keeps the acts at the top: no second title over a division ranked as a chapter or
    above, so nothing moves."""
    assert _levels(_ibsen(olaf=False)) == [
        (2, "CATILINE"),
        (1, "PREFACE TO THE SECOND EDITION"),
        (1, "FIRST ACT"),
        (1, "SECOND ACT"),
        (1, "THIRD ACT"),
        (2, "THE WARRIOR'S BARROW"),
        (3, "SCENE I"),
        (3, "SCENE II"),
    ]


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


_CHEKHOV = """CONTENTS

 INTRODUCTION
 ON THE HIGH ROAD
 THE PROPOSAL
 THE WEDDING
 THE BEAR
 A TRAGEDIAN IN SPITE OF HIMSELF
 THE ANNIVERSARY
 THE THREE SISTERS
 THE CHERRY ORCHARD





THE ANNIVERSARY


CHARACTERS

 ANDREY ANDREYEVITCH SHIPUCHIN, Chairman of the N---- Joint Stock Bank, a middle-aged man, with a monocle
 TATIANA ALEXEYEVNA, his wife, aged 25
 KUSMA NICOLAIEVITCH KHIRIN, the bank’s aged book-keeper
 NASTASYA FYODOROVNA MERCHUTKINA, an old woman wearing an old-fashioned cloak
 DIRECTORS OF THE BANK
 EMPLOYEES OF THE BANK

The action takes place at the Bank


[The private office of the Chairman of Directors. On the left is a door, leading into the public department. There are two desks. The furniture aims at a delibe

KHIRIN. Send out to the chemist for 15 copecks’ worth of valerian drops, and tell them to bring some drinking water into the Directors’ office! This is the hund

[Noise and applause behind the scenes. SHIPUCHIN’S voice: “Thank you! Thank you! I am extremely grateful.” Enter SHIPUCHIN. He wears a frockcoat and white tie;

SHIPUCHIN. [At the door, addresses the outer office] This present, my dear colleagues, will be preserved to the day of my death, as a memory of the happiest day

[All the time that SHIPUCHIN is on the stage, clerks intermittently come in with papers for his signature and go out.]

KHIRIN. [Standing up] I have the honour to congratulate you, Andrey Andreyevitch, on the fiftieth anniversary of our Bank, and hope that...



THE THREE SISTERS

A DRAMA IN FOUR ACTS


CHARACTERS

 ANDREY SERGEYEVITCH PROSOROV
 NATALIA IVANOVA (NATASHA), his fiancée, later his wife (28)
 His sisters:



ACT I

[In PROSOROV’S house. A sitting-room with pillars; behind is seen a large dining-room. It is midday, the sun is shining brightly outside. In the dining-room the

[OLGA, in the regulation blue dress of a teacher at a girl’s high school, is walking about correcting exercise books; MASHA, in a black dress, with a hat on her

OLGA. It’s just a year since father died last May the fifth, on your name-day, Irina. It was very cold then, and snowing. I thought I would never survive it, an

IRINA. Why think about it!




ACT II

[Scene as before. It is 8 p.m. Somebody is heard playing a concertina outside in’ the street. There is no fire. NATALIA IVANOVNA enters in indoor dress carrying

NATASHA. What are you doing, Andrey? Are you reading? It’s nothing, only I.... [She opens another door, and looks in, then closes it] Isn’t there any fire....

ANDREY. [Enters with book in hand] What are you doing, Natasha?




THE CHERRY ORCHARD

A COMEDY IN FOUR ACTS


CHARACTERS

 LUBOV ANDREYEVNA RANEVSKY (Mme. RANEVSKY), a landowner
 ANYA, her daughter, aged seventeen



ACT ONE


[A room which is still called the nursery. One of the doors leads into ANYA’S room. It is close on sunrise. It is May. The cherry-trees are in flower but it is
The windows of the room are shut. DUNYASHA comes in with a candle, and LOPAKHIN with a book in his hand.]

LOPAKHIN. The train’s arrived, thank God. What’s the time?

DUNYASHA. It will soon be two. [Blows out candle] It is light already.
"""


def test_work_titles_all_caps_chekhov_one_act_play_beside_the_others():
    """Clause work_titles_all_caps: Chekhov's Plays, Second Series (its contents list and
    three plays): the one-act "THE
    ANNIVERSARY" (no acts) sits beside "THE THREE SISTERS" and "THE CHERRY ORCHARD" at
    the top, their acts under them (fails without the clause: the one-act play at 3,
    with the titles at 1 and the acts at 2, reads as a part of the play before it)."""
    assert _levels(_CHEKHOV) == [
        (1, "THE ANNIVERSARY"),
        (1, "THE THREE SISTERS"),
        (2, "ACT I"),
        (2, "ACT II"),
        (1, "THE CHERRY ORCHARD"),
        (2, "ACT ONE"),
    ]


def test_work_titles_not_title_lines_ninety_three_parts():
    """Guard (clause work_titles_not_title_lines): Hugo's Ninety-Three, "PART I." / "AT
    SEA." / "BOOK I." / "THE FOREST OF LA SAUDRAIE." and "PART II." / "AT PARIS." /
    "BOOK I." / "CIMOURDAIN.": the lines in capitals are the parts' and books' title
    lines, no works over the books; nothing moves (fails without the guard: "AT SEA."
    and "AT PARIS." read as two titles over "BOOK I.")."""
    from transforms import headings as hd

    def cand(line, kind, title, series, value, rank):
        return hd.Candidate(line * 100, line * 100 + 5, line, kind, rank, title, series, value)

    confirmed = [
        (cand(10, "caps", "NINETY-THREE", "caps", None, 20), 20),
        (cand(20, "keyword", "PART I.", "kw:part", 1, 9), 9),
        (cand(22, "caps", "AT SEA.", "caps", None, 20), 20),
        (cand(26, "keyword", "BOOK I.", "kw:book", 1, 10), 10),
        (cand(28, "caps", "THE FOREST OF LA SAUDRAIE.", "caps", None, 20), 20),
        (cand(500, "keyword", "PART II.", "kw:part", 2, 9), 9),
        (cand(502, "caps", "AT PARIS.", "caps", None, 20), 20),
        (cand(506, "keyword", "BOOK I.", "kw:book", 1, 10), 10),
        (cand(508, "caps", "CIMOURDAIN.", "caps", None, 20), 20),
    ]
    assert titles_over_restarts(confirmed) == confirmed


def test_work_titles_same_series_two_titles_over_different_divisions():
    """Guard (clause work_titles_same_series): two titles over divisions of different
    series (a book's title over "PART I.", a part's over "CHAPTER 1") are no collection
    whose numbering starts over; nothing moves."""
    from transforms import headings as hd

    def cand(line, kind, title, series, value, rank):
        return hd.Candidate(line * 100, line * 100 + 5, line, kind, rank, title, series, value)

    confirmed = [
        (cand(10, "caps", "NINETY-THREE", "caps", None, 20), 20),
        (cand(20, "keyword", "PART I.", "kw:part", 1, 9), 9),
        (cand(40, "caps", "THE FOREST OF LA SAUDRAIE.", "caps", None, 20), 20),
        (cand(50, "keyword", "CHAPTER 1", "kw:chapter", 1, 20), 20),
        (cand(90, "keyword", "CHAPTER 2", "kw:chapter", 2, 20), 20),
    ]
    assert titles_over_restarts(confirmed) == confirmed
