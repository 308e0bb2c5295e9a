"""Review of session 49's branch wtE: two guards the rcdm-uga A/B (198 plays and 100 random
books with a contents list, /tmp/rvE49/) called for.

- ``caps_titles_of_a_collection`` (transforms.work_titles, in ``listed_titles_over_acts``): a
  line in capitals that a list names heads its acts only in a volume of two or more such
  titles. Alone it was a persons-list line over a play: The Life of King Henry V's "CHORUS."
  (its contents lists "Chorus.") became the play's title, its "PROLOGUE." dropped under it.
- ``group_not_listed_before`` (transforms.contents_groups, clause ``contents_group_after_gap``):
  a line after the list's gap that the list already names is the body's heading of that
  entry, no further group. Hardy's "LYRICS AND REVERIES", the first part's heading right after
  the contents (which opens "LYRICS AND REVERIES—"), was taken into the list and lost.
"""

from __future__ import annotations

from transforms.sections import find_headings

# The Life of King Henry V (rcdm-uga mirror, "Shakespeare, William/The Life of King Henry
# V.txt", the PG Shakespeare Team's text): lines 38-92 (title, contents, the persons' first
# lines), 133-160 (the persons' last lines, "CHORUS.", "PROLOGUE."), 183-210 (ACT I), 739-746
# and 785-800 (ACT II's chorus and scene I)
HENRY_V = """THE LIFE OF KING HENRY V



by William Shakespeare



Contents

ACT I
Prologue.
Scene I. London. An ante-chamber in the King’s palace.
Scene II. The same. The presence chamber.

ACT II
Chorus.
Scene I. London. A street.
Scene II. Southampton. A council-chamber.
Scene III. London. Before a tavern.
Scene IV. France. The King’s palace.

ACT III
Chorus.
Scene I. France. Before Harfleur.
Scene II. The same.
Scene III. Before the gates.
Scene IV. The French King’s palace.
Scene V. The same.
Scene VI. The English camp in Picardy.
Scene VII. The French camp, near Agincourt.

ACT IV
Chorus.
Scene I. The English camp at Agincourt.
Scene II. The French camp.
Scene III. The English camp.
Scene IV. The field of battle.
Scene V. Another part of the field.
Scene VI. Another part of the field.
Scene VII. Another part of the field.
Scene VIII. Before King Henry’s pavilion.

ACT V
Chorus.
Scene I. France. The English camp.
Scene II. France. A royal palace.
Epilogue.


Dramatis Personæ

KING HENRY V.
DUKE OF CLARENCE, brother to the King.
DUKE OF BEDFORD, brother to the King.
ISABEL, queen of France.
KATHARINE, daughter to Charles and Isabel.
ALICE, a lady attending on her.
HOSTESS of a tavern in Eastcheap, formerly Mistress Nell Quickly, and
now married to Pistol.

CHORUS.

Lords, Ladies, Officers, Soldiers, Citizens, Messengers, and
Attendants.

SCENE: England; afterwards France.


PROLOGUE.

 Enter Chorus.

CHORUS.
O for a Muse of fire, that would ascend
The brightest heaven of invention,
A kingdom for a stage, princes to act,
And monarchs to behold the swelling scene!
Then should the warlike Harry, like himself,
Assume the port of Mars, and at his heels,
Leash’d in like hounds, should famine, sword, and fire
Crouch for employment. But pardon, gentles all,
The flat unraised spirits that hath dar’d
Admit me Chorus to this history;
Who prologue-like your humble patience pray,
Gently to hear, kindly to judge, our play.

 [_Exit._]



ACT I

SCENE I. London. An ante-chamber in the King’s palace.

 Enter the Archbishop of Canterbury and the Bishop of Ely.

CANTERBURY.
My lord, I’ll tell you, that self bill is urg’d
Which in the eleventh year of the last king’s reign
Was like, and had indeed against us passed
But that the scambling and unquiet time
Did push it out of farther question.

ELY.
But how, my lord, shall we resist it now?

CANTERBURY.
It must be thought on. If it pass against us,
We lose the better half of our possession:
For all the temporal lands, which men devout
ACT II

 Flourish. Enter Chorus.

CHORUS.
Now all the youth of England are on fire,
And silken dalliance in the wardrobe lies.
Now thrive the armourers, and honour’s thought
Unto Southampton do we shift our scene.

 [_Exit._]

SCENE I. London. A street.

 Enter Corporal Nym and Lieutenant Bardolph.

BARDOLPH.
Well met, Corporal Nym.

NYM.
Good morrow, Lieutenant Bardolph.

BARDOLPH.
What, are Ancient Pistol and you friends yet?
"""

# Hardy, Satires of Circumstance, Lyrics and Reveries (rcdm-uga mirror): lines 76-84 and
# 116-124 (the contents), 186-210 (its end, the gap, the first part's heading and first poem),
# 283-300 (the second poem), 1755-1770 (the part's second heading)
HARDY = """CONTENTS

LYRICS AND REVERIES—                                              PAGE
                  In Front of the Landscape                          3
                  Channel Firing                                     7
                  The Convergence of the Twain                       9
                  The Ghost of the Past                             12
                  After the Visit                                   14
                  To Meet, or Otherwise                             16
                  XII.       At the Draper’s                        70
                  XIII.      On the Death-bed                       71
                  XIV.       Over the Coffin                        72
                  XV.        In the Moonlight                       73
LYRICS AND REVERIES (_continued_)—
                  Self-unconscious                                  77
                  The Discovery                                     80
                  Tolerance                                         81
                  Before and after Summer                           82
                  The Satin Shoes                                  224
                  Exeunt Omnes                                     227
                  A Poet                                           228
POSTSCRIPT—
                  “Men who march away”                             229




LYRICS AND REVERIES


IN FRONT OF THE LANDSCAPE


   PLUNGING and labouring on in a tide of visions,
      Dolorous and dear,
   Forward I pushed my way as amid waste waters
      Stretching around,
   Through whose eddies there glimmered the customed landscape
      Yonder and near,

   Blotted to feeble mist.  And the coomb and the upland
      Foliage-crowned,
   Ancient chalk-pit, milestone, rills in the grass-flat
      Save a few tombs?”



CHANNEL FIRING


   THAT night your great guns, unawares,
   Shook all our coffins as we lay,
   And broke the chancel window-squares,
   We thought it was the Judgment-day

   And sat upright.  While drearisome
   Arose the howl of wakened hounds:
   The mouse let fall the altar-crumb,
   The worms drew back into the mounds,

   The glebe cow drooled.  Till God called, “No;
   Whom during her life I thought nothing of.”




LYRICS AND REVERIES
(_continued_)


SELF-UNCONSCIOUS


      ALONG the way
      He walked that day,
   Watching shapes that reveries limn,
      And seldom he
"""


def _ranks(text: str) -> dict[str, int]:
    return {h.title: h.rank for h in find_headings(text)}


def test_guard_one_listed_caps_line_is_no_play_title():
    """ "CHORUS." stays under the acts' rank and "PROLOGUE." keeps the acts' rank (as on
    base49); with the guard off "CHORUS." ranked over ACT I and "PROLOGUE." fell to 20."""
    ranks = _ranks(HENRY_V)
    assert ranks["ACT I"] == ranks["PROLOGUE."]
    assert ranks["CHORUS."] > ranks["ACT I"]


def test_guard_a_lone_line_after_the_contents_is_the_first_parts_heading():
    """ "LYRICS AND REVERIES" heads its poems (as on base49); with the guard off the line was
    taken into the contents and its poems rose to its rank."""
    ranks = _ranks(HARDY)
    assert "LYRICS AND REVERIES" in ranks
    assert ranks["IN FRONT OF THE LANDSCAPE"] > ranks["LYRICS AND REVERIES"]
    assert ranks["CHANNEL FIRING"] > ranks["LYRICS AND REVERIES"]
