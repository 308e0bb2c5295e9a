"""Session 47, branch wtD (transforms/stage_directions.py): play directions left by session 46.

Clause ``direction_paragraph_lead``: an entrance after prose sentences of its direction on its
line ("Maid exit by inner door. Enter Karénin, ...", Henry VIII's "Hoboies. A small Table ...
the Guests. Then Enter Anne Bullen, ...") is a direction when it ends its paragraph and the
paragraph before it is short, with no person word, speaker tag or "?"/"!". Clause
``paragraph_bracket_direction``: every sentence inside a bracket opened at its paragraph's
start and closed in the paragraph is a direction (the Pericles dumb shows); clause
``dumb_show_paragraph``: so is a paragraph opened by "Dumb-show." (unbracketed). Clause
``name_first_long``: a name-first direction paragraph of up to 30 words. Clause
``plain_lead_manet``: "..., Manet Queene and Suffolke." after a plain lead. Real text: the
First Folio and Gutenberg texts of defaults/shakespeare, the mirror's Gutenberg 1 Henry IV,
Maude's Tolstoy, the Cambridge Shakespeare's Quarto reprint."""

from tests.transforms.test_stage_directions_s46 import _check, _directions
from transforms.stage_directions import is_direction

# Henry VIII I.4 (First Folio, defaults/shakespeare and the mirror's copy)
ANNE_BULLEN = """
Exeunt.


Scena Quarta.

Hoboies. A small Table vnder a State for the Cardinall, a longer
Table for
the Guests. Then Enter Anne Bullen, and diuers other Ladies, &
Gentlemen,
as Guests at one Doore; at an other Doore enter Sir Henry
Guilford.

  S.Hen.Guilf. Ladyes,
A generall welcome from his Grace
Salutes ye all; This Night he dedicates
To faire content, and you: None heere he hopes
In all this Noble Beuy, has brought with her
One care abroad: hee would haue all as merry:
"""

# Pericles III (Gutenberg, defaults/shakespeare): Gower's second dumb show
DUMB_SHOW = """And time that is so briefly spent
With your fine fancies quaintly eche:
What's dumb in show I'll plain with speech.

[Dumb Show.]

[Enter, Pericles and Simonides, at one door, with Attendants; a
Messenger meets them, kneels, and gives Pericles a letter:
Pericles shows it Simonides; the Lords kneel to him.  Then enter
Thaisa with child, with Lychorida a nurse.  The King shows her
the letter; she rejoices:  she and Pericles take leave of her
father, and depart, with Lychorida and their Attendants.
Then exeunt Simonides and the rest.]

By many a dern and painful perch
Of Pericles the careful search,
By the four opposing coigns
Which the world together joins,
Is made with all due diligence
That horse and sail and high expense
Can stead the quest.
"""

# the same dumb show in the mirror's Pericles (another Gutenberg edition: no bracket)
DUMB_SHOW_PLAIN = """And time that is so briefly spent
With your fine fancies quaintly eche:
What’s dumb in show I’ll plain with speech.

 Dumb-show. Enter, Pericles and Simonides at one door with Attendants;
 a Messenger meets them, kneels, and gives Pericles a letter: Pericles
 shows it Simonides; the Lords kneel to him. Then enter Thaisa with
 child, with Lychorida, a nurse. The King shows her the letter; she
 rejoices: she and Pericles take leave of her father, and depart, with
 Lychorida and their Attendants. Then exeunt Simonides and the rest.

By many a dern and painful perch
Of Pericles the careful search,
"""

# Maude's Tolstoy, The Live Corpse II (mirror; CRLF dropped)
KARENIN = """MAID. Mr. Karénin has come.

ANNA PÁVLOVNA. Well then, show him in, and tell your mistress.

    Maid exit by inner door. Enter Karénin, who bows to Anna Pávlovna.

KARÉNIN. Your daughter wrote to me to come. I meant to come and see you
to-night, anyhow. So I was very pleased ...
"""

# 1 Henry IV V.4 (the mirror's Gutenberg edition, "King Henry IV, Part 1.txt")
THEY_FIGHT = """  Doug. I fear thou art another counterfeit;
    And yet, in faith, thou bearest thee like a king.
    But mine I am sure thou art, whoe'er thou be,
    And thus I win thee.

   They fight. The King being in danger, enter Prince of Wales.

  Prince. Hold up thy head, vile Scot, or thou art like
    Never to hold it up again!
"""

# 2 Henry VI I.3 (the Cambridge Shakespeare's reprint of the 1594 Quarto, cleaned)
MANET = """ King. Vngentle Queene to call him gentle Suffolke,
 Speake not for him, for in England he shall not rest,
 If I say, I may relent, but if I sweare, it is erreuocable.
 Come good Warwicke and go thou in with me,
 For I haue great matters to impart to thee.
 Exet King and Warwicke, Manet Queene and Suffolke.

 Queene. Hell fire and vengeance go along with you,
 Theres two of you, the diuell make the third.
"""

# Dryden's The State of Innocence II.1 (Scott's Dryden, mirror) and Coriolanus I.7 (the
# Cambridge Shakespeare, mirror): name-first directions of 15 and 27 words
ADAM = """SCENE 1.--A Champaign Country.

 ADAM, as newly created, laid on a bed of moss and flowers, by a rock.

Adam. What am I? or from whence? For that I am [Rising.
I know, because I think; but whence I came,
"""
LARTIUS = """SCENE VII. The gates of Corioli.

 TITUS LARTIUS, having set a guard upon Corioli, going with drum and trumpet toward COMINIUS and CAIUS MARCIUS,
 enters with a Lieutenant, other Soldiers, and a Scout.

 Lart. So, let the ports be guarded: keep your duties,
 As I have set them down.
"""

# Richard III IV.4 (First Folio, defaults/shakespeare): a speech with a joined direction
STANLEY = """  Rat. Your Highnesse told me I should poste before

   Rich. My minde is chang'd:
Enter Lord Stanley.

Stanley, what newes with you?
  Sta. None, good my Liege, to please you with y hearing,
Nor none so bad, but well may be reported
"""

# Hamlet (Gutenberg, the Folio study's notes): a footnote quoting a direction
FOOTNOTE = """[Footnote 6: Instance, the history of Macbeth.]

[Footnote 7: 1st Q. Enter Ofelia playing on a Lute, and her haire downe singing.

Hamlet's apparent madness would seem to pass into real madness in Ophelia.
"""


def test_entrance_after_direction_prose_on_its_line():
    _check(
        ANNE_BULLEN,
        [
            "Then Enter Anne Bullen, and diuers other Ladies, & Gentlemen, as Guests at one "
            "Doore; at an other Doore enter Sir Henry Guilford."
        ],
        [
            "Ladyes, A generall welcome from his Grace Salutes ye all; This Night he dedicates To faire content, and you: None heere he "
            "hopes In all this Noble Beuy, has brought with her One care abroad: hee would haue "
            "all as merry:"
        ],
    )
    _check(
        KARENIN,
        ["Enter Karénin, who bows to Anna Pávlovna."],
        ["I meant to come and see you to-night, anyhow."],
    )
    _check(
        THEY_FIGHT,
        ["The King being in danger, enter Prince of Wales."],
        ["I fear thou art another counterfeit; And yet, in faith, thou bearest thee like a king."],
    )


def test_bracket_opened_at_the_paragraph_start_encloses_its_sentences():
    _check(
        DUMB_SHOW,
        [
            "Then enter Thaisa with child, with Lychorida a nurse.",
            "The King shows her the letter; she rejoices: she and Pericles take leave of her "
            "father, and depart, with Lychorida and their Attendants.",
        ],
        [
            "And time that is so briefly spent With your fine fancies quaintly eche: What's dumb "
            "in show I'll plain with speech.",
            "By many a dern and painful perch Of Pericles the careful search, By the four "
            "opposing coigns Which the world together joins, Is made with all due diligence "
            "That horse and sail and high expense Can stead the quest.",
        ],
    )


def test_dumb_show_paragraph_is_a_direction():
    found, texts = _directions(DUMB_SHOW_PLAIN)
    show = [t for t in texts if "Lychorida" in t or "Simonides" in t]
    assert len(show) >= 3 and set(show) <= found  # every sentence of the paragraph
    verse = [t for t in texts if "dern and painful" in t or "quaintly eche" in t]
    assert len(verse) == 2 and not set(verse) & found


def test_manet_after_a_plain_lead():
    _check(
        MANET,
        ["Exet King and Warwicke, Manet Queene and Suffolke."],
        ["Come good Warwicke and go thou in with me, For I haue great matters to impart to thee."],
    )


def test_name_first_direction_up_to_30_words():
    _check(
        ADAM,
        ["ADAM, as newly created, laid on a bed of moss and flowers, by a rock."],
        ["What am I? or from whence?"],
    )
    _check(
        LARTIUS,
        [
            "TITUS LARTIUS, having set a guard upon Corioli, going with drum and trumpet toward "
            "COMINIUS and CAIUS MARCIUS, enters with a Lieutenant, other Soldiers, and a Scout."
        ],
        [],
    )


def test_speech_and_notes_stay_candidates():
    # a speaker tag opens the paragraph: the speech's joined entrance stays a candidate
    _check(STANLEY, [], ["My minde is chang'd: Enter Lord Stanley."])
    # a footnote's bracket is no direction's, though it never closes
    _check(FOOTNOTE, [], ["Enter Ofelia playing on a Lute, and her haire downe singing."])
    # the paragraph's prose before the entrance (real leads: Macbeth III.4, Cymbeline V.2 (29
    # words), First Folio; Hamlet I.1 (a tag), Q1 Hamlet ("?"), 3 Henry VI III.1 (person), The
    # Dynasts (41 words, over the bound))
    body = "Enter Macbeth, Lady, Rosse, Lenox, Lords, and Attendants."
    for lead, taken in (
        ("Banquet prepar'd.", True),
        (
            "Enter Lucius, Iachimo, and the Romane Army at one doore: and the Britaine Army at "
            "another: Leonatus Posthumus following like a poore Souldier. They march ouer, and "
            "goe out.",
            True,
        ),
        ("Mar. 'Tis gone.", False),
        ("King Loue?", False),
        ("Heere comes a man, let's stay till he be past.", False),
        (
            "The thunderstorm increases till it drowns the noise of the ford and of the "
            "descending battalions, making them seem further off than before. The sentinel is "
            "about to retreat to the shed when he discerns two female figures in the gloom.",
            False,
        ),
    ):
        assert is_direction(lead, body, "", True, lead + " ") is taken, lead
    # not at its paragraph's end: the speech goes on below it
    assert not is_direction("Banquet prepar'd.", body, "", False, "Banquet prepar'd. ")
