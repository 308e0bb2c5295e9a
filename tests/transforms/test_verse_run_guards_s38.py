"""Clause verse_run_lines (transforms/paragraphs.py, ``_verse_runs``): the guards that keep
its line starts where it must not join, one test each (the session 38 review found that
removing any of them alone left every test passing). Real text: the rcdm-uga+Gutenberg_Text
mirror's files after normalize_text, each block whole (a block's share of indented lines and
its widest line decide)."""

from transforms.paragraphs import paragraph_starts

# Shakespeare, King Henry IV Part 1, II.4 (the mirror's "King Henry IV, Part 1.txt"): the
# edition wraps a prose speech's lines, so 3 of its 8 lines are not indented.
HENRY_IV = (
    "Vint. What, stand'st thou still, and hear'st such a calling?\n"
    "Look\n"
    " to the guests within. [Exit Francis.] My lord, old Sir John,\n"
    "with\n"
    " half-a-dozen more, are at the door. Shall I let them in?\n"
    " Prince. Let them alone awhile, and then open the door.\n"
    " [Exit Vintner.]\n"
    " Poins!\n"
    " Poins. [within] Anon, anon, sir.\n"
)

# Alger, Out for Business (the mirror's file), its transcriber's note: a list, half indented.
ALGER_NOTE = (
    "Transcribers Note:\n"
    "Some apparent misspellings have been left unchanged\n"
    " aint/ain't\n"
    " dumfounded/dumbfounded\n"
    " dumstruck/dumbstruck\n"
    "in the believe they are as the author intended.\n"
)


def test_verse_run_lines_share_guard_keeps_starts_in_a_block_under_80_percent_indented():
    # VERSE_RUN_SHARE: a block under 80% indented is no verse; its indented lines keep the
    # first-line-indent rule's starts. Without the share test, " Poins!" (under a stage
    # direction, which ends on "]") and the note's list entries (no full stops) were joined.
    starts = [HENRY_IV[s : s + 14] for s in paragraph_starts(HENRY_IV).tolist()]
    assert starts == [
        "Vint. What, st",
        "to the guests ",
        "half-a-dozen m",
        "Prince. Let th",
        "[Exit Vintner.",
        "Poins!\n Poins.",
        "Poins. [within",
    ]
    starts = [ALGER_NOTE[s : s + 10] for s in paragraph_starts(ALGER_NOTE).tolist()]
    assert starts == ["Transcribe", "Some appar", "dumfounded", "dumstruck/"]


# Stevenson, Works (Swanston Edition) vol. 2 (the mirror's "Lang, Andrew/The Works of Robert
# Louis Stevenson - Swanston Edition, Vol. 02.txt"), its contents: the blank-line split took
# the block's first indent; the chapters sit deeper under their part's title line.
STEVENSON_CONTENTS = (
    "THE SILVERADO SQUATTERS                        173\n"
    "         IN THE VALLEY:\n"
    "               I. CALISTOGA                             179\n"
    "              II. THE PETRIFIED FOREST                  184\n"
    "             III. NAPA WINE                             188\n"
    "              IV. THE SCOT ABROAD                       194\n"
    "         WITH THE CHILDREN OF ISRAEL:\n"
    "               I. TO INTRODUCE MR. KELMAR               201\n"
    "              II. FIRST IMPRESSIONS OF SILVERADO        205\n"
    "             III. THE RETURN                            215\n"
    "         THE ACT OF SQUATTING                           221\n"
)


def test_verse_run_lines_equal_depth_guard_keeps_a_deeper_line_under_a_title():
    # depth == above: a line indented deeper than the line above is no verse line going on
    # (a sub-entry under "IN THE VALLEY:"): its start stays. Without the depth test,
    # "I. CALISTOGA" and "I. TO INTRODUCE" went on the part titles ending on ":".
    text = STEVENSON_CONTENTS
    starts = [text[s : s + 15] for s in paragraph_starts(text).tolist()]
    assert starts == ["THE SILVERADO S", "I. CALISTOGA   ", "I. TO INTRODUCE"]


# Shakespeare, Othello I.1 (the mirror's "Othello.txt"), the whole blank-line-free block:
# speakers' labels inline ("RODERIGO. "), prose lines wrapped (unindented "God,", "you").
OTHELLO = (
    "BRABANTIO. What is the reason of this terrible summons?\n"
    " What is the matter there?\n"
    " RODERIGO. Signior, is all your family within?\n"
    " IAGO. Are your doors lock'd?\n"
    " BRABANTIO. Why? Wherefore ask you this?\n"
    " IAGO. 'Zounds, sir, you're robb'd! For shame, put on your gown;\n"
    " Your heart is burst, you have lost half your soul;\n"
    " Even now, now, very now, an old black ram\n"
    " Is tupping your white ewe. Arise, arise!\n"
    " Awake the snorting citizens with the bell,\n"
    " Or else the devil will make a grandsire of you.\n"
    " Arise, I say!\n"
    " BRABANTIO. What, have you lost your wits?\n"
    " RODERIGO. Most reverend signior, do you know my voice?\n"
    " BRABANTIO. Not I. What are you?\n"
    " RODERIGO. My name is Roderigo.\n"
    " BRABANTIO. The worser welcome.\n"
    " I have charged thee not to haunt about my doors.\n"
    " In honest plainness thou hast heard me say\n"
    " My daughter is not for thee; and now, in madness,\n"
    " Being full of supper and distempering draughts,\n"
    " Upon malicious bravery, dost thou come\n"
    " To start my quiet.\n"
    " RODERIGO. Sir, sir, sir--\n"
    " BRABANTIO. But thou must needs be sure\n"
    " My spirit and my place have in them power\n"
    " To make this bitter to thee.\n"
    " RODERIGO. Patience, good sir.\n"
    " BRABANTIO. What tell'st thou me of robbing? This is Venice;\n"
    " My house is not a grange.\n"
    " RODERIGO. Most grave Brabantio,\n"
    " In simple and pure soul I come to you.\n"
    " IAGO. 'Zounds, sir, you are one of those that will not serve\n"
    "God,\n"
    " if the devil bid you. Because we come to do you service and\n"
    "you\n"
    " think we are ruffians, you'll have your daughter covered with\n"
    "a\n"
    " Barbary horse; you'll have your nephews neigh to you; you'll\n"
    "have\n"
    " coursers for cousins, and gennets for germans.\n"
    " BRABANTIO. What profane wretch art thou?\n"
    " IAGO. I am one, sir, that comes to tell you your daughter and\n"
    "the\n"
    " Moor are now making the beast with two backs.\n"
    " BRABANTIO. Thou are a villain.\n"
    " IAGO. You are--a senator.\n"
    " BRABANTIO. This thou shalt answer; I know thee, Roderigo.\n"
    " RODERIGO. Sir, I will answer anything. But, I beseech you,\n"
    " If't be your pleasure and most wise consent,\n"
    " As partly I find it is, that your fair daughter,\n"
    " At this odd--even and dull watch o' the night,\n"
    " Transported with no worse nor better guard\n"
    " But with a knave of common hire, a gondolier,\n"
    " To the gross clasps of a lascivious Moor--\n"
    " If this be known to you, and your allowance,\n"
    " We then have done you bold and saucy wrongs;\n"
    " But if you know not this, my manners tell me\n"
    " We have your wrong rebuke. Do not believe\n"
    " That, from the sense of all civility,\n"
    " I thus would play and trifle with your reverence.\n"
    " Your daughter, if you have not given her leave,\n"
    " I say again, hath made a gross revolt,\n"
    " Tying her duty, beauty, wit, and fortunes\n"
    " In an extravagant and wheeling stranger\n"
    " Of here and everywhere. Straight satisfy yourself:\n"
    " If she be in her chamber or your house,\n"
    " Let loose on me the justice of the state\n"
    " For thus deluding you.\n"
    " BRABANTIO. Strike on the tinder, ho!\n"
    " Give me a taper! Call up all my people!\n"
    " This accident is not unlike my dream;\n"
    " Belief of it oppresses me already.\n"
    " Light, I say, light! Exit\n"
    "above.\n"
    " IAGO. Farewell, for I must leave you.\n"
    " It seems not meet, nor wholesome to my place,\n"
    " To be produced--as, if I stay, I shall--\n"
    " Against the Moor; for I do know, the state,\n"
    " However this may gall him with some check,\n"
    " Cannot with safety cast him, for he's embark'd\n"
    " With such loud reason to the Cyprus wars,\n"
    " Which even now stands in act, that, for their souls,\n"
    " Another of his fathom they have none\n"
    " To lead their business; in which regard,\n"
    " Though I do hate him as I do hell pains,\n"
    " Yet for necessity of present life,\n"
    " I must show out a flag and sign of love,\n"
    " Which is indeed but sign. That you shall surely find him,\n"
    " Lead to the Sagittary the raised search,\n"
    " And there will I be with him. So farewell.\n"
    "Exit.\n"
)


def test_verse_run_lines_speech_label_guard_keeps_a_new_speech_after_a_broken_line():
    # _SPEECH_LABEL: Roderigo breaks off ("Sir, sir, sir--": no full stop) and Brabantio
    # speaks at the same indent: a new speech, so a paragraph. Without the label test the
    # two speeches were one paragraph (and one sentence).
    starts = {OTHELLO[s : s + 20] for s in paragraph_starts(OTHELLO).tolist()}
    assert "BRABANTIO. But thou " in starts
    assert "RODERIGO. Sir, sir, " in starts
