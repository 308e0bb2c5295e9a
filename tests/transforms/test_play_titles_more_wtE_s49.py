"""Session 49 (branch wtE): the possessive of a title in capitals (Dryden vol. 12) and an
EPILOGUE that stays with its play (Dryden vol. 5). Split from test_play_titles_wtE_s49.py
(the integrator: that file passed 500 lines).

Clauses ``caps_possessive`` (transforms.comma_titles), guard ``epilogue_ends_the_play``
(transforms.work_titles). Excerpts of Scott's Dryden (rcdm-uga mirror, "The Works of John
Dryden, now first collected in eighteen volumes", vols. 5 and 12), abridged as marked.
"""

from __future__ import annotations

from transforms.sections import find_sections


def _outline(text):
    return [(s.level, s.title) for s in find_sections(text)[0]]


def _covers(text):
    sections = find_sections(text)[0]
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


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
