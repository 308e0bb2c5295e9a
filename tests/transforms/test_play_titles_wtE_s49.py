"""Session 49 (branch wtE): play titles of a volume over their own acts, and the possessive of
a title in capitals.

Clauses ``contents_group_after_gap`` (transforms.contents_groups), ``listed_reader_title``
(transforms.reader_titles), ``listed_play_title_front`` and ``next_play_title_ends``
(transforms.work_titles, with clause ``listed_play_title_over_acts``), ``caps_possessive``
(transforms.comma_titles). Excerpts of Scott's Dryden (rcdm-uga mirror, "The Works of John
Dryden, now first collected in eighteen volumes", vols. 4 and 12), abridged as marked.
"""

from __future__ import annotations

from transforms.contents import drop_lists, scan_lines
from transforms.headings import line_candidates
from transforms.reader_titles import reader_form
from transforms.sections import find_sections

# Vol. 4: the contents (its three play groups two blank lines apart), the first play's
# prologue, persons and first two acts (abridged), the next play's persons' last lines and
# title over its ACT I.
DRYDEN4 = """CONTENTS

OF

VOLUME FOURTH.

Almanzor and Almahide, or the Conquest of Granada by the Spaniards, a
 Tragedy, Part First
 Epistle Dedicatory to the Duke of York
 Of Heroic Plays, an Essay
 Part II
 Defence of the Epilogue; or an Essay on the Dramatic Poetry of the last Age


Marriage-a-la-Mode, a Comedy
 Epistle Dedicatory to the Earl of Rochester


The Assignation, or Love in a Nunnery, a Comedy
 Epistle Dedicatory to Sir Charles Sedley, Bart.


* * * * *




PROLOGUE

TO THE FIRST PART,

SPOKEN BY

MRS ELLEN GWYN,

IN A BROAD-BRIMMED HAT, AND WAIST-BELT.[1]


 This jest was first of the other house's making,
 And, five times tried, has never failed of taking;
 For 'twere a shame a poet should be killed
 Under the shelter of so broad a shield.




DRAMATIS PERSONÆ


 MAHOMET BOABDELIN, the last king of Granada.
 Prince ABDALLA, his brother.
 ABDELMELECH, chief of the Abencerrages.

 Messengers, Guards, Attendants, Men, and Women.

SCENE.--Granada, and the Christian Camp besieging it.




ALMANZOR AND ALMAHIDE,

OR, THE

CONQUEST OF GRANADA.

THE FIRST PART.


ACT I. SCENE I.

 Enter BOABDELIN, ABENAMAR, ABDELMELECH, and Guards.

Boab. Thus, in the triumphs of soft peace, I reign;
And, from my walls, defy the powers of Spain;
With pomp and sports my love I celebrate,
While they keep distance, and attend my state.--


ACT II. SCENE I.

 Enter ABDALLA, ABDELMELECH, OZMYN, ZULEMA, and HAMET, as returning from the sally.

Abdal. This happy day does to Granada bring
A lasting peace, and triumphs to the king!--
"""

MARRIAGE = """


 ARTEMIS, a court lady.

SCENE,--Sicily.




MARRIAGE A-LA-MODE.


ACT I.

SCENE I.--Walks near the Court.

 Enter DORALICE and BELIZA.

Dor. Beliza, bring the lute into this arbour; the walks are empty: I would try the song the princess Amalthea bade me learn.
"""

# Vol. 4, lines 12843-12850 (abridged) and 13325-13340: the third play's editor's title and
# its title page over ACT I.
ASSIGNATION = """



THE ASSIGNATION.

This play was unfortunate in the representation. It is needless, at
the distance of more than a century, to investigate the grounds of the
dislike of an audience, who, perhaps, could at the very time have
given no good reason for their capricious condemnation of a play.



THE

ASSIGNATION;

OR,

LOVE IN A NUNNERY.


ACT I.

SCENE I.--A Room, a great glass placed.

 Enter AURELIAN and CAMILLO.

Aur. Dress me quickly.
"""


def _outline(text):
    return [(s.level, s.title) for s in find_sections(text)[0]]


def _covers(text):
    sections = find_sections(text)[0]
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


def _entries(text):
    lines = scan_lines(text)
    cands = []
    for i, t in enumerate(lines.texts):
        if t:
            cands += line_candidates(t, lines.starts[i], i, lines.ends[i])
    return drop_lists(lines, cands)[1]


def test_reader_form_matches_titles_as_a_reader_does():
    """Clause listed_reader_title: hyphens, spaces, accents, case, punctuation and a
    leading "the" aside."""
    assert reader_form("Marriage-a-la-Mode") == reader_form("MARRIAGE A-LA-MODE.")
    assert reader_form("Marriage-à-la-Mode") == reader_form("MARRIAGE A LA MODE")
    assert reader_form("The Assignation") == reader_form("ASSIGNATION;")
    assert reader_form("Almanzor and Almahide") != reader_form("ALMANZOR.")


def test_contents_groups_after_a_gap_are_read():
    """Clause contents_group_after_gap: vol. 4's contents names its second and third plays
    in groups two blank lines after the first; the list read only the first."""
    found = _entries(DRYDEN4 + MARRIAGE + ASSIGNATION)
    assert found.listed("MARRIAGE A-LA-MODE.") == "marriagealamodeacomedy"
    assert found.listed("THE ASSIGNATION.") is not None
    # a group no line of the body names is not read on: without the later plays' titles
    # in the text, the list stops at the gap as before
    alone = _entries(DRYDEN4)
    assert alone.listed("MARRIAGE A-LA-MODE.") is None


def test_each_play_title_heads_its_own_acts():
    """Clauses listed_play_title_over_acts, next_play_title_ends: the first play's title
    over its acts, the next play's title over its own ACT I (session 48: the next title was
    no heading and its ACT I fell under the first play's title, so the guard kept the first
    title below its acts)."""
    book = DRYDEN4 + MARRIAGE
    outline = _outline(book)
    play = "ALMANZOR AND ALMAHIDE, OR, THE CONQUEST OF GRANADA."
    assert (1, play) in outline and (1, "MARRIAGE A-LA-MODE.") in outline, outline
    at = outline.index((1, "MARRIAGE A-LA-MODE."))
    assert [lv for lv, t in outline[:at] if t.startswith("ACT ")] == [2, 2], outline
    assert [lv for lv, t in outline[at:] if t.startswith("ACT ")] == [2], outline
    _covers(book)


def test_guard_unlisted_next_play_title_keeps_the_rank():
    """Guard one_play_under_the_title still holds where the next play's title is named by no
    list: vol. 4's contents with the second and third plays' groups taken out (real lines,
    a shortened list): the first play's title keeps its rank, the acts stay at the top."""
    cut = DRYDEN4.index("Marriage-a-la-Mode, a Comedy")
    end = DRYDEN4.index("* * * * *")
    book = DRYDEN4[:cut] + DRYDEN4[end:] + MARRIAGE
    outline = _outline(book)
    acts = [lv for lv, t in outline if t.startswith("ACT I")]
    assert acts == [1, 1, 1], outline
    _covers(book)


def test_third_play_over_its_title_page():
    """The third play's title, named by the third group, heads the editor's introduction and
    the play: a heading, its ACT I under it."""
    book = DRYDEN4 + MARRIAGE + ASSIGNATION
    outline = _outline(book)
    assert (1, "THE ASSIGNATION.") in outline, outline
    at = outline.index((1, "THE ASSIGNATION."))
    assert [lv for lv, t in outline[at:] if t.startswith("ACT ")] == [2], outline
    _covers(book)


# Vol. 12, lines 12581-12670 (a shorter excerpt reads "PUBLISHED IN 1685." otherwise: Left)
DRYDEN12 = """    But tread upon my foot in passing by;
    Read in my looks what silently they speak,
    And slily, with your eyes, your answer make.
    My lifted eye-brow shall declare my pain;
    My right-hand to his fellow shall complain,
    And on the back a letter shall design,
    Besides a note that shall be writ in wine.
    Whene'er you think upon our last embrace,
    With your fore-finger gently touch your face;
    If any word of mine offend my dear,
    Pull, with your hand, the velvet of your ear;
    If you are pleased with what I do or say,
    Handle your rings, or with your fingers play;
    As suppliants use at altars, hold the board,
    Whene'er you wish the devil may take your lord.
    When he fills for you, never touch the cup,
    But bid the officious cuckold drink it up.
    The waiter on those services employ;
    Drink you, and I will snatch it from the boy,
    Watching the part where your sweet mouth hath been,
    And thence with eager lips will suck it in.
    If he, with clownish manners, thinks it fit
    To taste, and offer you the nasty bit,
    Reject his greasy kindness, and restore
    The unsavoury morsel he had chewed before.
    Nor let his arms embrace your neck, nor rest
    Your tender cheek upon his hairy breast;
    Let not his hand within your bosom stray,
    And rudely with your pretty bubbies play;
    But, above all, let him no kiss receive!
    That's an offence I never can forgive.
    Do not, O do not that sweet mouth resign,
    Lest I rise up in arms, and cry, 'tis mine.
    I shall thrust in betwixt, and, void of fear,
    The manifest adulterer will appear.
    These things are plain to sight; but more I doubt
    What you conceal beneath your petticoat.
    Take not his leg between your tender thighs,
    Nor, with your hand, provoke my foe to rise.
    How many love-inventions I deplore,
    Which I myself have practised all before!
    How oft have I been forced the robe to lift
    In company; to make a homely shift
    For a bare bout, ill huddled o'er in haste,
    While o'er my side the fair her mantle cast!
    You to your husband shall not be so kind;
    But, lest you should, your mantle leave behind.
    Encourage him to tope; but kiss him not,
    Nor mix one drop of water in his pot.
    If he be fuddled well, and snores apace,
    Then we may take advice from time and place.
    When all depart, when compliments are loud,
    Be sure to mix among the thickest crowd;
    There I will be, and there we cannot miss,
    Perhaps to grubble, or at least to kiss.
    Alas! what length of labour I employ,
    Just to secure a short and transient joy!
    For night must part us; and when night is come,
    Tucked underneath his arm he leads you home.
    He locks you in; I follow to the door,
    His fortune envy, and my own deplore.
    He kisses you, he more than kisses too;
    The outrageous cuckold thinks it all his due.
    But add not to his joy by your consent,
    And let it not be given, but only lent.
    Return no kiss, nor move in any sort;
    Make it a dull and a malignant sport.
    Had I my wish, he should no pleasure take,
    But slubber o'er your business for my sake;
    And whate'er fortune shall this night befal,
    Coax me to-morrow, by forswearing all.




PREFACE ON TRANSLATION,

PREFIXED TO DRYDEN's SECOND MISCELLANY,

PUBLISHED IN 1685.


For this last half year I have been troubled with the disease (as I may
call it) of translation. The cold prose fits of it, which are always
the most tedious with me, were spent in the History of the League;[47]
the hot, which succeeded them, in this volume of Verse Miscellanies.
The truth is, I fancied to myself a kind of ease in the change of the
paroxysm; never suspecting but that the humour would have wasted itself
in two or three pastorals of Theocritus, and as many odes of Horace.
But finding, or at least thinking I found, something that was more
"""


def test_possessive_in_a_title_in_capitals():
    """Clause caps_possessive: "DRYDEN's" is no lower-case line: the title is the three
    lines (session 48: "PREFACE ON TRANSLATION", the rest read as mixed case and the comma
    cut)."""
    titles = [t for _, t in _outline(DRYDEN12)]
    want = "PREFACE ON TRANSLATION, PREFIXED TO DRYDEN's SECOND MISCELLANY, PUBLISHED IN 1685."
    assert want in titles, titles


# Vol. 5, lines 84-107 (the contents), 3488-3500 (the second play's title page), 6326-6352, 7000-7010, 7074-7092, 7673-7682,
# 10772-10786, 10848-10862 and 12055-12066: Aureng-Zebe's title page, prologue, first two acts
# and epilogue, All for Love's title over the editor's introduction, and its ACT I.
DRYDEN5 = """                               CONTENTS

                                  OF

                            VOLUME FIFTH.

Amboyna; or the Cruelties of the Dutch to the English Merchants, a
  Tragedy
        Epistle Dedicatory to Lord Clifford of Chudleigh


The State of Innocence, and Fall of Man, an Opera
        Epistle Dedicatory to her Royal Highness the Duchess
        Preface.--The Author's Apology for Heroic Poetry, and Poetic
          Licence


Aureng-Zebe, a Tragedy
        Epistle Dedicatory to the Earl of Mulgrave


All for Love, or the World Well Lost, a Tragedy
        Epistle Dedicatory to the Earl of Danby
        Preface
                  *       *       *       *       *


                                 THE

                         STATE OF INNOCENCE,

                                 AND

                             FALL OF MAN.


                                  AN
For outward Eden lost, find Paradise within.                [_Exeunt._


                  *       *       *       *       *


                             AURENG-ZEBE.


                                  A

                               TRAGEDY.


             --_Sed, cum fregit subsellia versu,
             Esurit, intactam Paridi nisi vendat Agaven._
                                   JUV.




                             AURENG-ZEBE.


"Aureng-Zebe," or the Ornament of the Throne, for such is the
interpretation of his name, was the last descendant of Timur, who
enjoyed the plenitude of authority originally vested in the Emperor of




                              PROLOGUE.


  Our author, by experience, finds it true,
  'Tis much more hard to please himself than you;
  And out of no feigned modesty, this day
  Damns his laborious trifle of a play:


                             AURENG-ZEBE.


ACT I. SCENE I.

  _Enter_ ARIMANT, ASAPH CHAN, _and_ FAZEL CHAN.

_Arim._ Heaven seems the empire of the east to lay
On the success of this important day:
Their arms are to the last decision bent,
And fortune labours with the vast event:
She now has in her hand the greatest stake,
Which for contending monarchs she can make.
Whate'er can urge ambitious youth to fight,
She pompously displays before their sight;
Laws, empire, all permitted to the sword,
And fate could ne'er an ampler scene afford.


ACT II. SCENE I.

  _Betwixt the Acts, a warlike Tune is played, shooting of Guns and
  shouts of Soldiers are heard, as in an Assault._

  AURENG-ZEBE, ARIMANT, ASAPH CHAN, FAZEL CHAN, _and_ SOLYMAN.

_Aur._ What man could do, was by Morat performed;
   extravagant and ludicrous rhapsody.




EPILOGUE


  A pretty task! and so I told the fool,
  Who needs would undertake to please by rule:
  He thought, that if his characters were good,
  The scenes entire, and freed from noise and blood;
  The action great, yet circumscribed by time,
  The words not forced, but sliding into rhyme,
  The passions raised, and calm by just degrees,




                            ALL FOR LOVE.


The prologue to the preceding play has already acquainted us, that
Dryden's taste for Rhyming, or Heroic Plays, was then upon the wane;
and, accordingly "Aureng-Zebe" was the last tragedy which he formed
upon that once admired model. "Henceforth a series of new times
began," for, when given up by the only writer, whose command of
flowing and powerful numbers had rendered it impressive, that
department of the drama was soon abandoned by the inferior class of
play-writers, to whom it presented multiplied difficulties, without a

                           WORLD WELL LOST.


ACT I.

SCENE I.--_The Temple of_ ISIS.

  _Enter_ SERAPION, MYRIS, _Priests of_ ISIS.

_Ser._ Portents and prodigies have grown so frequent,
That they have lost their name. Our fruitful Nile
"""


def test_guard_epilogue_stays_with_the_play_before():
    """Guard epilogue_ends_the_play (clause work_titles_keyword_parts): once the contents
    confirms both plays' titles (contents_group_after_gap), session 34's clause lifted
    Aureng-Zebe's EPILOGUE, right above the next play's title, to the titles' level; it ends
    the play before and stays under its acts."""
    outline = _outline(DRYDEN5)
    assert (1, "AURENG-ZEBE.") in outline and (1, "ALL FOR LOVE.") in outline, outline
    at = outline.index(next(x for x in outline if x[1] == "EPILOGUE"))
    act = next(lv for lv, t in reversed(outline[:at]) if t.startswith("ACT "))
    assert outline[at][0] > act, outline  # under ACT II, not beside it
    _covers(DRYDEN5)


# Vol. 4, lines 8544-8551 (the editor's title over his introduction), 8808-8819 (the
# prologue) and 8890-8900 (ACT I; the title line 8889 over it left out)
MARRIAGE_FRONT = """




                         MARRIAGE A-LA-MODE

 Marriage a-la-mode was one of Dryden's most successful comedies. A
venerable praiser of the past time, in a curious letter printed in the
Gentleman's Magazine for 1745, gives us this account of its first
representation. "This comedy, acted by his Majesty's servants at the




                              PROLOGUE.


  Lord, how reformed and quiet are we grown,
  Since all our braves and all our wits are gone!
  Fop-corner now is free from civil war,
  White-wig and vizard make no longer jar.
  France, and the fleet, have swept the town so clear,


ACT I.

SCENE I.--_Walks near the Court._

  _Enter_ DORALICE _and_ BELIZA.

_Dor._ Beliza, bring the lute into this arbour; the walks are empty: I
would try the song the princess Amalthea bade me learn.
                                              [_They go in, and sing._
"""


def test_play_title_over_its_prologue_and_acts():
    """Clause listed_play_title_front: the title the list names stands over the editor's
    introduction and the PROLOGUE, then ACT I; it heads the acts all the same."""
    book = DRYDEN4 + MARRIAGE_FRONT
    outline = _outline(book)
    assert (1, "MARRIAGE A-LA-MODE") in outline, outline
    at = outline.index((1, "MARRIAGE A-LA-MODE"))
    assert [lv for lv, t in outline[at:] if t.startswith("ACT ")] == [2], outline
    _covers(book)
