"""Session 44: the last directions and cast lists taken as keys in plays.

Clause ``sound_cue_direction`` (transforms/stage_directions.py): a Folio direction whose line
opens with a sound cue ("Hoboyes, and Torches. Enter King, ...") is a direction. Clause
``cast_list_named`` (transforms/cast_list.py): a list under a cast-list heading ("DRAMATIS
PERSONAE", "CHARACTERS") in a play gives no keys, whatever its lines' shape. Real text:
Shakespeare (defaults/shakespeare, First Folio and Gutenberg editions) and Maude's
translation of Tolstoy's The Cause of it All (Gutenberg mirror)."""

from tests.transforms.play_keys import eligible as _eligible
from transforms.cast_list import _named_span, named_cast_spans
from transforms.stage_directions import is_direction, is_play


def _index(texts, start):
    at = [i for i, t in enumerate(texts) if t.startswith(start)]
    assert at, start
    return at[0]


# The six Folio direction keys of the session-43 snapshot (defaults/shakespeare, *_gut_f):
# the sound cue before "Enter" is no direction verb, so the line's lead was not read.
FOLIO_CUES = [
    (
        "Hoboyes, and Torches. ",
        "Enter King, Malcolme, Donalbaine, Banquo, Lenox, Macduff, Rosse, Angus, and Attendants.",
    ),
    (
        "Sound a Senet. ",
        "Enter King, Queene, Cardinall, Suffolke, Yorke, Buckingham, Salisbury, and Warwicke, to the Parliament.",
    ),
    (
        "Sound Trumpets. ",
        "Enter the King, the Queene, Cardinall, Suffolke, Somerset, with Attendants.",
    ),
    ("March. ", "Enter Edward, Warwicke, Richard, Clarence, Norfolke, Mountague, and Soldiers."),
    (
        "Cornets. ",
        "Enter King Henry, leaning on the Cardinals shoulder, the Nobles, and Sir Thomas Louell: the Cardinall places himselfe vnder the Kings feete on his right side.",
    ),
    ("An Alarum. ", "Enter Talbot, Burgonie, and the rest."),
    # 1 Henry VI III.2: two cues before the verb
    ("An Alarum: Excursions. ", "Enter Sir Iohn Falstaffe, and a Captaine."),
]


def test_sound_cue_leads_a_direction():
    for lead, body in FOLIO_CUES:
        assert is_direction(lead, body), lead


def test_sound_cue_guards():
    # a speaker tag before the cue word: a speech (Folio tags "Talb.", "Macb."), not read
    assert not is_direction("  Talb. March. ", "Enter the Towne, and make it ours.")
    # a cue word inside a speech's line is no lead: All's Well V.3, "Good Tom Drum"
    assert not is_direction(
        "Mine eyes smell onions; I shall weep anon:-- Good Tom Drum. ", "Enter."
    )
    # a long lead is prose, not a cue (1 Henry VI III.2's direction "Bedford dyes, ...")
    lead = "Thunder heard far off while the Souldiers of the Towne runne vp and downe the Walls. "
    assert not is_direction(lead, "Enter Talbot.")
    # the speech sentences with a cue word stay speeches (Macbeth II.3, Coriolanus I.3)
    assert not is_direction(
        "", "Ring the Alarum Bell: Murther, and Treason, Banquo, and Donalbaine:"
    )
    assert not is_direction(
        "", "When the Alarum were strucke, then idly sit To heare my Nothings monster'd."
    )


# Shakespeare, Henry VIII I.1 end and I.2 start (defaults/shakespeare, Folio edition).
HENRY_VIII = (
    "Actus Primus. Scoena Prima.\n\n"
    "Enter the Duke of Norfolke at one doore. At the other, the Duke of\n"
    "Buckingham, and the Lord Aburgauenny.\n\n"
    "  Buckingham. Good morrow, and well met. How haue ye done\n"
    "Since last we saw in France?\n"
    "  Norf. I thanke your Grace:\n"
    "Healthfull, and euer since a fresh Admirer\n"
    "Of what I saw there\n"
    # (elided)
    "Enter Cardinall Wolsey, the Purse borne before him, certaine of\n"
    "the Guard, and two Secretaries with Papers: the Cardinall in his\n"
    "passage, fixeth his eye on Buckham, and Buckingham on him, both\n"
    "full of disdaine.\n\n"
    # (elided)
    "Exeunt. Cardinall, and his Traine.\n\n"
    # (elided)
    "Whose Figure euen this instant Clowd puts on,\n"
    "By Darkning my cleere Sunne. My Lords farewell.\n\n"
    "Exe.\n\n"
    "Scena Secunda.\n\n"
    "Cornets. Enter King Henry, leaning on the Cardinals shoulder, the\n"
    "Nobles,\n"
    "and Sir Thomas Louell: the Cardinall places himselfe vnder the\n"
    "Kings feete\n"
    "on his right side.\n\n"
    "  King. My life it selfe, and the best heart of it,\n"
    "Thankes you for this great care: I stood i'th' leuell\n"
    "Of a full-charg'd confederacie, and giue thankes\n"
    "To you that choak'd it. Let be cald before vs\n"
    "That Gentleman of Buckinghams, in person,\n"
    "Ile heare him his confessions iustifie,\n"
    "And point by point the Treasons of his Maister,\n"
    "He shall againe relate.\n"
)


def test_folio_direction_after_a_cue_is_no_candidate():
    assert is_play(HENRY_VIII)
    st, texts, ok = _eligible(HENRY_VIII)
    assert not ok[_index(texts, "Enter King Henry, leaning on the Cardinals shoulder")]
    assert ok[_index(texts, "My life it selfe, and the best heart of it")]
    assert ok[_index(texts, "Let be cald before vs That Gentleman")]


# Shakespeare, Timon of Athens, the head (defaults/shakespeare, Gutenberg edition): the cast
# list holds 7 entries to 4 other lines, so the ratio test of cast_list_not_key fails and
# "VENTIDIUS, one of Timon's false Friends." was a key (session 43's snapshot).
TIMON = (
    "THE LIFE OF TIMON OF ATHENS\n\nby William Shakespeare\n\n\n\n\n"
    "DRAMATIS PERSONAE\n\n"
    "TIMON, a noble Athenian\nLUCIUS\nLUCULLUS            flattering Lords.\nSEMPRONIUS\n\n"
    "VENTIDIUS, one of Timon's false Friends.\nAPEMANTUS, a churlish Philosopher.\n"
    "ALCIBIADES, an Athenian Captain.\nFLAVIUS, Steward to Timon.\nFLAMINIUS\n"
    "LUCILIUS             Servants to Timon.\nSERVILIUS\n\n"
    "CAPHIS\nPHILOTUS             Servants to Timon's Creditors.\nTITUS \nHORTENSIUS\n\n"
    "Servants of Ventidius, and of Varro and Isidore (two\n       of Timon's Creditor's).\n\n"
    "THREE STRANGERS.\nAN OLD ATHENIAN.\nA PAGE.\nA FOOL.\nPoet, Painter, Jeweller, and Merchant.\n\n"
    "PHRYNIA       Mistresses to Alcibiades.\nTIMANDRA\n\n"
    "Lords, Senators, Officers, Soldiers, Servants, Thieves, and\nAttendants\n\n"
    "CUPID and Amazons in the Masque.\n\n"
    "Scene.--Athens, and the neighbouring Woods.\n\n\n\n"
    "Act I.\nScene I.--Athens. A Hall in TIMON'S House\n\n"
    "[Enter Poet, Painter, Jeweller, Merchant, and Others, at several\ndoors.]\n\n"
    "POET.\nGood day, sir.\n\nPAINTER.\nI am glad you're well.\n\n"
    "POET.\nI have not seen you long. How goes the world?\n\n"
    "PAINTER.\nIt wears, sir, as it grows.\n\n"
    "POET.\nAy, that's well known;\nBut what particular rarity? what strange,\n"
    "Which manifold record not matches? See,\nMagic of bounty! all these spirits thy power\n"
    "Hath conjur'd to attend! I know the merchant.\n\n"
    "PAINTER.\nI know them both; th' other's a jeweller.\n\n"
    "MERCHANT.\nO, 'tis a worthy lord!\n\n"
    # (elided: the scene goes on; the play's other directions)
    "[Exit.]\n\n[Enter Timon, addressing himself courteously to every suitor.]\n\n"
    "[Exeunt.]\n\nScene II.--The Same. A room of state in TIMON'S House.\n"
)


def test_timon_cast_list_under_its_heading_gives_no_keys():
    assert is_play(TIMON)
    st, texts, ok = _eligible(TIMON)
    assert not ok[_index(texts, "VENTIDIUS, one of Timon's false Friends.")]
    assert not ok[_index(texts, "ALCIBIADES, an Athenian Captain.")]
    for start in ("It wears, sir, as it grows.", "But what particular rarity?", "I know them both"):
        assert ok[_index(texts, start)], start
    keys = [texts[i] for i in st.key_sentences.tolist()]
    assert keys and all(TIMON.find(k.split()[0], TIMON.find("Act I.")) > 0 for k in keys)
    # the list ends before the play: at the act line, the scene line inside it
    ((a, b),) = named_cast_spans(TIMON)
    assert TIMON[a:b].startswith("TIMON, a noble Athenian")
    assert TIMON[a:b].endswith("Scene.--Athens, and the neighbouring Woods.")


# Tolstoy, The Cause of it All, tr. Louise and Aylmer Maude (Gutenberg mirror: Tolstoy, Leo,
# graf/The Cause of it All.txt): its cast list under "CHARACTERS" is shaped as the speeches
# are ("AKULÍNA. An old woman of seventy, ..." / "MARTHA. Oh dear, ..."): no entry shape.
TOLSTOY = (
    "                           THE CAUSE OF IT ALL\n\n"
    "                           A PLAY IN TWO ACTS\n\n\n\n\n"
    "CHARACTERS\n\n\n"
    "AKULÍNA. An old woman of seventy, brisk, dignified, old-fashioned.\n\n"
    "MICHAEL. Her son, thirty-five years old, passionate, self-satisfied,\nvain and strong.\n\n"
    "MARTHA. Her daughter-in-law, a grumbler, speaks much and rapidly.\n\n"
    "PARÁSHKA. Ten years old, daughter of Martha and Michael.\n\n"
    "TARÁS. The village elder's assistant, speaks slowly and gives himself\nairs.\n\n"
    "A TRAMP. Forty years old, restless, thin, speaks impressively; when\n"
    "drunk is particularly free and easy.\n\n"
    "IGNÁT. Forty years old, a buffoon, merry and stupid.\n\n\n\n\n"
    "                           THE CAUSE OF IT ALL\n\n\n\n\n"
    "ACT I\n\n"
    "    Autumn. A peasant's hut, with a small room partitioned off. Akulína\n"
    "    sits spinning; Martha the housewife is kneading bread; little\n"
    "    Paráshka is rocking a cradle.\n\n\n"
    "MARTHA. Oh dear, my heart feels heavy! I know it means trouble; there's\n"
    "nothing to keep him there. It will again be like the other day, when he\n"
    "went to town to sell the firewood and drank nearly half of it. And he\n"
    "blames me for everything.\n\n"
    "AKULÍNA. Why look for trouble? It is still early, and the town is a long\n"
    "way off. For the present ...\n\n"
    # (elided: the rest of act I)
    "ACT II\n\n"
    # (elided)
    "    Enter Martha with firewood.\n\n"
    "MARTHA. And yesterday's beggar? Has he gone?\n\n"
    "MICHAEL. Must have gone. Can't see him.\n\n"
    "MARTHA. Oh well, let him go. He seemed a clever chap though.\n\n"
    "MICHAEL. He took your part!\n\nMARTHA. What of that!\n\n"
    "    Michael puts on his coat.\n\n"
    "MARTHA. And the tea and sugar? Did you put them away last night, eh?\n\n"
    "MICHAEL. I thought you did.\n\n"
    "    Enter Akulína with a pail of water.\n\n"
    "MARTHA [to Akulína] Mother, have you taken the parcel?\n\n"
    "AKULÍNA. No, I know nothing about it. I haven't seen it.\n\n"
    "MARTHA. Last night, I put it on the window-sill.\n\n"
    "AKULÍNA. Yes, I saw it there.\n\n"
    "MARTHA. Where can it be? [They look for it].\n\n"
    "AKULÍNA. Dear me, what a shame!\n\n"
    "    Enter Neighbour.\n\n"
    "NEIGHBOUR. Well Michael Tikhónych, are we to go for the wood?\n"
)


def test_tolstoy_unnamed_cast_list_gives_no_keys():
    assert is_play(TOLSTOY)
    st, texts, ok = _eligible(TOLSTOY)
    for start in (
        "An old woman of seventy",
        "Her son, thirty-five years old",
        "Forty years old, a buffoon",
    ):
        at = [i for i, t in enumerate(texts) if start in t]
        assert at and not ok[at].any(), start
    for start in ("I know it means trouble", "It will again be like the other day"):
        assert ok[_index(texts, start)], start
    ((a, b),) = named_cast_spans(TOLSTOY)
    assert TOLSTOY[a:b].startswith("AKULÍNA. An old woman") and "ACT I" not in TOLSTOY[a:b]


def test_named_list_guards():
    # the list ends at the first speech when no act line comes first: a name named again
    # (and its "!"): the act line and the direction cut out of the text
    head = TOLSTOY[: TOLSTOY.find("ACT I")] + TOLSTOY[TOLSTOY.find("MARTHA. Oh dear") :]
    a, b = _named_span(head, head.find("CHARACTERS") + len("CHARACTERS"))
    assert head[a:b].startswith("AKULÍNA.") and head[a:b].rstrip().endswith("THE CAUSE OF IT ALL")
    # a speech with no "?" or "!": the speaker tag named again ends it (act II's MICHAEL)
    head = TOLSTOY[: TOLSTOY.find("ACT I")] + "MICHAEL. Must have gone. Can't see him.\n"
    a, b = _named_span(head, head.find("CHARACTERS") + len("CHARACTERS"))
    assert "Must have gone" not in head[a:b]
    # and at a direction: "Enter Martha with firewood." (the speeches after it never read)
    head = TOLSTOY[: TOLSTOY.find("ACT I")] + TOLSTOY[TOLSTOY.find("    Enter Martha") :]
    a, b = _named_span(head, head.find("CHARACTERS") + len("CHARACTERS"))
    assert "Enter Martha" not in head[a:b]
    # not a play: a "CHARACTERS" heading over short lines is not read
    prose = TOLSTOY[: TOLSTOY.find("ACT I")]
    assert not is_play(prose) and named_cast_spans(prose) == []


# Clause dash_ends_direction. Scott's Dryden, vol. 2 (Gutenberg mirror, The Wild Gallant
# III.1, Trice): the open "[_Exit Servant_." runs on into Trice's speech after ".--".
DRYDEN = "[Exit Servant.--Ay, it shall be he: Jack Loveby, what think'st thou of a game at piquet, we two, hand to fist?"


def test_dash_after_an_open_direction_ends_it():
    assert not is_direction("", DRYDEN)
    assert not is_direction("", DRYDEN.replace("[Exit Servant.", "[_Exit Servant_."))
    # the speech's next sentence on the line is not inside the bracket either
    assert not is_direction(DRYDEN + " ", "you and I will play one single game for ten pieces:")


def test_dash_guards():
    # a bracket closed at the sentence's end is a direction whole (Love's Labour's Lost V.2,
    # Knowles' The Hunchback in Morley's edition: the only other "[Enter/Exit ... .--" of the mirror)
    assert is_direction("", "[Exit BEROWNE.--LADIES unmask.]")
    hunchback = "[Enter MASTER WALTER and HELEN.--JULIA, disconcerted, retires with the latter.--CLIFFORD rises.]"
    assert is_direction("", hunchback)
    # open brackets without the dash, or no direction verb first, still enclose (Macbeth V.8's
    # typo bracket; Irving's Rip Van Winkle, an acting edition)
    macbeth = "Enter, with drum and colours, Malcolm, old Siward, Ross, Lennox, Angus, Caithness, Menteith, and Soldiers."
    assert is_direction("[Retreat. Flourish. ", macbeth)
    assert is_direction(
        "",
        "[_Music.--RIP opens the closet door cautiously and rummaging for a bottle, when he treads on KNICKERBOCKER, who roars out lustily.",
    )


# Shakespeare, 1 Henry IV (defaults/shakespeare, Gutenberg edition): two entries share a name
# before their comma; the list goes on past the second (the mirror's edition of the same list
# lost its last 6 lines to a stop at any repeated name).
HENRY_IV = (
    "Dramatis Personae\n\n"
    "King Henry the Fourth.\nHenry, Prince of Wales, son to the King.\n"
    "Prince John of Lancaster, son to the King.\nEarl of Westmoreland.\nSir Walter Blunt.\n"
    "Thomas Percy, Earl of Worcester.\nHenry Percy, Earl of Northumberland.\n"
    "Henry Percy, his son.\nEdmund Mortimer, Earl of March.\nScroop, Archbishop of York.\n"
    "Sir Michael, his Friend.\nArchibald, Earl of Douglas.\nOwen Glendower.\n"
    "Sir Richard Vernon.\nSir John Falstaff.\nPointz.\nGadshill.\nPeto.\nBardolph.\n\n"
    "Lady Percy, Wife to Hotspur.\nLady Mortimer, Daughter to Glendower.\n"
    "Mrs. Quickly, Hostess in Eastcheap.\n\n"
    "Lords, Officers, Sheriff, Vintner, Chamberlain, Drawers, \n"
    "Carriers, Travellers, and Attendants.\n\n"
    "SCENE.--England.\n\n\n\n\n\nACT I.\n\n"
)


def test_named_list_goes_on_past_a_shared_name():
    a, b = _named_span(HENRY_IV, len("Dramatis Personae"))
    assert HENRY_IV[a:b].startswith("King Henry the Fourth.")
    assert HENRY_IV[a:b].endswith("SCENE.--England.")
