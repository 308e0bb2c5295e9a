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
