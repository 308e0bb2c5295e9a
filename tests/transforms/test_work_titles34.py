"""Clause work_titles_over_restarts (transforms.work_titles, session 34): the titles of the
works a volume collects are its top level. Real text: Ibsen's Early Plays (tr. Orbeck),
Chekhov's plays and Hugo's Ninety-Three, as clean_text leaves them (long lines cut); the
play-title clauses are in test_play_titles34.py."""

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
    # Rule dense_path_levels (session 40): the preface right under its play at 2 (was 3),
    # the scenes one under the acts at 3 (were 4), also under THE WARRIOR'S BARROW.
    assert _levels(_ibsen()) == [
        (1, "CATILINE"),
        (2, "PREFACE TO THE SECOND EDITION"),
        (2, "FIRST ACT"),
        (2, "SECOND ACT"),
        (2, "THIRD ACT"),
        (1, "THE WARRIOR'S BARROW"),
        (3, "SCENE I"),
        (3, "SCENE II"),
        (1, "OLAF LILJEKRANS"),
        (2, "FIRST ACT"),
        (3, "SCENE I"),
        (3, "SCENE II"),
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
