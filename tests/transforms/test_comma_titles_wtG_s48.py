"""Clauses comma_title_lines, comma_title_named, comma_title_mixed_rest
(transforms.comma_titles) and listed_play_title_over_acts (transforms.work_titles),
session 48 (the new user's walk, part 6: comma titles).

Real text, as clean_text leaves it, cut to the lines the clauses read:
- Walter Scott (ed.), The Works of John Dryden, vol. 4 (Project Gutenberg): the contents
  names "Almanzor and Almahide, or the Conquest of Granada by the Spaniards, ..."; the
  play's title stands over three lines, "ALMANZOR AND ALMAHIDE," / "OR, THE" / "CONQUEST
  OF GRANADA.", right over "ACT I. SCENE I.". Session 47 titled it by its first line and
  ranked it as a line in capitals, below the acts it heads.
- The same edition, vol. 2: "PROLOGUE," / "WHEN IT WAS FIRST ACTED." and "PROLOGUE," /
  "WHEN REVIVED.": the named division's title stopped at the comma.
- Lewis Carroll, Rhyme? And Reason?: "THE HUNTING OF THE SNARK," / "An Agony in Eight
  Fits.": the subtitle in mixed case is text, and the title kept its trailing comma.
"""

from transforms.sections import find_sections

DRYDEN = """CONTENTS

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

PROLOGUES = """CONTENTS

OF

VOLUME SECOND.

The Wild Gallant, a Comedy
 Preface
 Prologue
 Epilogue


* * * * *




PROLOGUE,

WHEN IT WAS FIRST ACTED.

Is it not strange to hear a poet say,
He comes to ask you, how you like the play?
You have not seen it yet: alas! 'tis true;
But now your love and hatred judge, not you:




PROLOGUE,

WHEN REVIVED.


As some raw squire, by tender mother bred,
'Till one-and-twenty keeps his maidenhead;
(Pleased with some sport, which he alone does find;
And thinks a secret to all humankind;)



SCENE.--London.



THE
WILD GALLANT.

ACT I.

SCENE I.--FAILER entering to BURR, who is putting on his buff-coat.


Fail. What! not ready yet, man?

Burr. You do not consider my voyage from Holland last night.
"""

CARROLL = """CONTENTS.


 PAGE

 PHANTASMAGORIA, in Seven Cantos:--

 I. The Trystyng 1

 II. Hys Fyve Rules 10

 III. Scarmoges 18

 IV. Hys Nouryture 26

 V. Byckerment 34

 VI. Dyscomfyture 44

 VII. Sad Souvenaunce 53

 ECHOES 58

 A SEA DIRGE 59

 Y{E} CARPETTE KNYGHTE 64

 HIAWATHA'S PHOTOGRAPHING 66

 MELANCHOLETTA 78

 A VALENTINE 84

 THE THREE VOICES:--

 The First Voice 87

 The Second Voice 98

 The Third Voice 109

 TÈMA CON VARIAZIÓNI 118

 A GAME OF FIVES 120

 POETA FIT, NON NASCITUR 123

 THE HUNTING OF THE SNARK, an Agony in Eight Fits:--

 I. THE LANDING 134

 II. THE BELLMAN'S SPEECH 142

 III. THE BAKER'S TALE 148

 IV. THE HUNTING 153

 V. THE BEAVER'S LESSON 159

 VI. THE BARRISTER'S DREAM 167

 VII. THE BANKER'S FATE 173

 VIII. THE VANISHING 177

 SIZE AND TEARS 181

 ATALANTA IN CAMDEN TOWN 186

 THE LANG COORTIN' 190

 FOUR RIDDLES 202

 FAME'S PENNY-TRUMPET 211




POETA FIT, NON NASCITUR.

"How shall I be a poet?
 How shall I write in rhyme?
 You told me once 'the very wish
 Partook of the sublime.'
 Then tell me how! Don't put me off
 With your 'another time'!

 Then proudly smiled that old man
 To see the eager lad
 Rush madly for his pen and ink
 And for his blotting-pad--
 But, when he thought of publishing,
 His face grew stern and sad.

THE HUNTING OF THE SNARK,

An Agony in Eight Fits.


PREFACE.

If--and the thing is wildly possible--the charge of writing nonsense were ever brought against the author of this brief but instructive poem, it would be based, I feel convinced, on the line (in p. 144)
"""


def _outline(text):
    return [(s.level, s.title) for s in find_sections(text)[0]]


def _covers(text):
    sections = find_sections(text)[0]
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


PLAY = "ALMANZOR AND ALMAHIDE, OR, THE CONQUEST OF GRANADA."


def test_play_title_over_three_lines_heads_its_acts():
    """Clauses comma_title_lines and listed_play_title_over_acts: the whole title, and
    the play above its acts (base48: "ALMANZOR AND ALMAHIDE," at the acts' level 1)."""
    assert _outline(DRYDEN) == [
        (0, ""),
        (1, "PROLOGUE"),
        (1, PLAY),
        (2, "ACT I."),
        (3, "SCENE I."),
        (2, "ACT II."),
        (3, "SCENE I."),
    ]
    sections = find_sections(DRYDEN)[0]
    play = next(s for s in sections if s.title == PLAY)
    # the section opens at the title's first line and holds its other lines
    assert DRYDEN[play.start :].startswith("ALMANZOR AND ALMAHIDE,\n\nOR, THE\n\nCONQUEST")
    assert "THE FIRST PART." in DRYDEN[play.start : play.end]
    _covers(DRYDEN)


def test_guard_a_line_that_neither_ends_nor_goes_on_stops_the_title():
    """A line between that does not end the title on a stop and ends on a word a title may
    end on ("CONQUEST OF GRANADA" with its stop cut) is not taken: the title is the listed
    line, its comma kept (the line after it is in capitals)."""
    cut = DRYDEN.replace("CONQUEST OF GRANADA.", "CONQUEST OF GRANADA")
    titles = [t for _, t in _outline(cut)]
    assert "ALMANZOR AND ALMAHIDE," in titles and PLAY not in titles, titles
    # "OR, THE" with text right under its last line: the title is not taken either
    glued = DRYDEN.replace("CONQUEST OF GRANADA.\n\n", "CONQUEST OF GRANADA.\n")
    titles = [t for _, t in _outline(glued)]
    assert PLAY not in titles, titles


def test_guard_a_listed_title_over_no_first_act_keeps_its_rank():
    """Clause listed_play_title_over_acts reads only a title right over the act numbered 1:
    over "ACT II." (the first act's lines cut) the title stays at the acts' level."""
    a = DRYDEN.index("ACT I. SCENE I.")
    no_first = DRYDEN[:a] + DRYDEN[DRYDEN.index("ACT II. SCENE I.") :]
    assert _outline(no_first)[2:] == [(1, PLAY), (1, "ACT II."), (2, "SCENE I.")]


def test_named_division_runs_on_to_its_line_in_capitals():
    """Clause comma_title_named: "PROLOGUE," / "WHEN REVIVED." is one title (base48:
    "PROLOGUE," twice)."""
    assert _outline(PROLOGUES)[:3] == [
        (0, ""),
        (1, "PROLOGUE, WHEN IT WAS FIRST ACTED."),
        (1, "PROLOGUE, WHEN REVIVED."),
    ]
    _covers(PROLOGUES)


def test_guard_named_division_takes_no_line_in_lower_case():
    """A named division over a line in mixed case keeps its word, the comma cut (clause
    comma_title_mixed_rest); the line stays text."""
    lower = PROLOGUES.replace("WHEN REVIVED.", "When revived.")
    assert _outline(lower)[2] == (1, "PROLOGUE")


def test_trailing_comma_cut_before_a_mixed_case_rest():
    """Clause comma_title_mixed_rest (base48: "THE HUNTING OF THE SNARK,")."""
    assert _outline(CARROLL) == [
        (0, ""),
        (1, "POETA FIT, NON NASCITUR."),
        (1, "THE HUNTING OF THE SNARK"),
        (1, "PREFACE."),
    ]
    sections = find_sections(CARROLL)[0]
    snark = next(s for s in sections if s.title == "THE HUNTING OF THE SNARK")
    # the subtitle stays the section's text, the heading's line keeps its comma
    assert CARROLL[snark.start : snark.end].strip().split("\n") == [
        "THE HUNTING OF THE SNARK,",
        "",
        "An Agony in Eight Fits.",
    ]
    _covers(CARROLL)


def test_guard_comma_kept_before_a_rest_in_capitals_not_taken():
    """A rest in capitals the title does not take (no stop at its end, text right under
    it) is no mixed-case rest: the comma stays, as the title's line has it."""
    caps = CARROLL.replace("An Agony in Eight Fits.\n\n", "AN AGONY IN EIGHT FITS\nthe text\n")
    titles = [t for _, t in _outline(caps)]
    assert "THE HUNTING OF THE SNARK," in titles, titles


# The same volume, further on: the next play's title, which no rule makes a heading (the
# contents spells it "Marriage-a-la-Mode"), over its first act (review, session 48).
NEXT_PLAY = """


 ARTEMIS, a court lady.

SCENE,--Sicily.




MARRIAGE A-LA-MODE.


ACT I.

SCENE I.--Walks near the Court.

 Enter DORALICE and BELIZA.

Dor. Beliza, bring the lute into this arbour; the walks are empty: I would try the song the princess Amalthea bade me learn.
"""


def test_guard_a_play_title_does_not_take_the_next_plays_acts():
    """Guard one_play_under_the_title (clause listed_play_title_over_acts): with the next
    play's ACT I after the first play's acts (its own title no heading), the first play's
    title keeps its rank: ranked above the acts it would hold the next play's acts as its
    own (the branch before review put MARRIAGE A-LA-MODE's acts under ALMANZOR AND
    ALMAHIDE). The title itself is still the three lines."""
    book = DRYDEN + NEXT_PLAY
    outline = _outline(book)
    # Session 49 (clause next_play_title_ends, listed_reader_title): the contents'
    # "Marriage-a-la-Mode, a Comedy" names "MARRIAGE A-LA-MODE.", now a play title over its
    # own ACT I; so each play heads its acts (the guard without a next title: test
    # test_guard_unlisted_next_play_title_keeps_the_rank in test_play_titles_wtE_s49.py)
    assert (1, PLAY) in outline and (1, "MARRIAGE A-LA-MODE.") in outline, outline
    acts = [level for level, t in outline if t.startswith("ACT I")]
    assert acts == [2, 2, 2], outline  # ACT I., ACT II., the next play's ACT I.
    assert outline.index((1, "MARRIAGE A-LA-MODE.")) == len(outline) - 3, outline
    _covers(book)
