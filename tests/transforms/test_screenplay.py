"""Rules scene_heading, screenplay_no_caps, forced_scene and speech_label
(``transforms.screenplay``): a screenplay's scene headings open sections, its
cues, shots and transitions are no headings, a cue is a paragraph of its own.

Excerpts: Stu Maschwitz's "Brick & Steel" (the Fountain format's sample script,
shipped as afterwriting 1.17.3's samples/brick_and_steel.fountain), John
August's "Big Fish" (betterfountain's src/test/scripts/big_fish_lf.fountain),
screenplain's tests/files/scene-numbers.fountain and afterwriting's
test/data/screenplays/test.fountain (acts as Fountain sections)."""

from transforms.screenplay import scene_lines, speech_labels
from transforms.sections import find_sections
from transforms.structure import analyze_text

BRICK = """EXT. BRICK'S PATIO - DAY

A gorgeous day.  The sun is shining.  But BRICK BRADDOCK, retired police detective, is sitting quietly, contemplating -- something.

STEEL
Beer's ready!

BRICK
Are they cold?

STEEL
(beer raised)
To retirement.

SMASH CUT TO:

INT. TRAILER HOME - DAY

This is the home of THE BOY BAND, AKA DAN and JACK.  They too are drinking beer, and counting the take from their last smash-and-grab.

EXT. BRICK'S POOL - DAY

Steel, in the middle of a heated phone call:

STEEL
They're coming out of the woodwork!

.SNIPER SCOPE POV

From what seems like only INCHES AWAY.  _Steel's face FILLS the *Leupold Mark 4* scope_.

BRICK
Did you just say...

FADE OUT.

THE END
"""


def _titles(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in find_sections(text)[0]]


def test_scene_headings_open_sections():
    # Without rule scene_heading the script is one untitled section (the cues
    # have text right under them; "FADE OUT." and "THE END" are no chapters).
    assert _titles(BRICK) == [
        (1, "EXT. BRICK'S PATIO - DAY"),
        (1, "INT. TRAILER HOME - DAY"),
        (1, "EXT. BRICK'S POOL - DAY"),
        (1, ".SNIPER SCOPE POV"),  # clause forced_scene
    ]


def test_caps_lines_are_no_headings_in_a_screenplay():
    # Clause screenplay_no_caps: "A RIVER." and "ON WILL AND SANDRA" are shots,
    # set off by blank lines as a title in capitals is (Big Fish).
    text = (
        "A RIVER.\n\nWe're underwater, watching a fat catfish swim along.\n\n"
        "INT. WILL'S BEDROOM - NIGHT (1973)\n\nWILL BLOOM, AGE 3, listens wide-eyed "
        "as his father EDWARD BLOOM, 40's and handsome, tells the story.\n\n\n"
        "ON WILL AND SANDRA\n\n"
        + "Will regards his father with exasperated contempt. "
        * 12
        + "\n\nEXT. CAMPFIRE - NIGHT (1977)\n\nA few years later.\n\n"
        "INT. BLOOM FRONT HALL - NIGHT (1987)\n\nEdward is chatting up Will's pretty DATE.\n"
    )
    titles = [t for _, t in _titles(text)]
    assert titles == [
        "",
        "INT. WILL'S BEDROOM - NIGHT (1973)",
        "EXT. CAMPFIRE - NIGHT (1977)",
        "INT. BLOOM FRONT HALL - NIGHT (1987)",
    ]


def test_numbered_scene_headings():
    # Fountain's scene numbers "#1#", "#2-B#" (screenplain's test file).
    text = (
        "INT. THE FIRST PLACE - DAY #1#\n\nThis is scene 1.\n\n"
        "INT. THE SECOND PLACE - NIGHT #2#\n\nThis is scene 2.\n\n"
        "INT. A THIRD PLACE - DAY\n\nThis scene is not numbered.\n\n"
        "INT. A FIFTH PLACE - DAY #2-B#\n\nThis scene has number 2-B.\n"
    )
    assert [t for _, t in _titles(text)] == [
        "INT. THE FIRST PLACE - DAY #1#",
        "INT. THE SECOND PLACE - NIGHT #2#",
        "INT. A THIRD PLACE - DAY",
        "INT. A FIFTH PLACE - DAY #2-B#",
    ]


def test_production_scene_numbers():
    # A production draft numbers each scene on both sides ("12 INT. ... 12",
    # "12A"): Big Fish's headings so numbered.
    text = (
        "9 INT. HOSPITAL ROOM - DAY 9\n\nA machine beeps.\n\n"
        "10 INT. HOSPITAL HALLWAY - DAY 10\n\nWill waits.\n\n"
        "10A INT. HALF-DARK PARIS APARTMENT - (PRESENT) DAY 10A\n\nThe phone rings.\n"
    )
    assert [t for _, t in _titles(text)] == [
        "9 INT. HOSPITAL ROOM - DAY 9",
        "10 INT. HOSPITAL HALLWAY - DAY 10",
        "10A INT. HALF-DARK PARIS APARTMENT - (PRESENT) DAY 10A",
    ]


def test_acts_rank_above_scenes():
    # Fountain sections "# Act 1" / "## Sequence 1" hold the scenes (afterwriting's test.fountain).
    text = (
        "# Act 1: basic blocks\n\n## Sequence 1: scene heading, action, dialogue, parenthetical\n\n"
        "INT. BASIC BLOCKS - DAY\n\nAction. action. action.\n\nHERO 1\nBlah blah blah blah.\n\n"
        "## Sequence 2: boneyard and notes\n\nEXT. BASIC BLOCKS - NIGHT\n\nAction. Action.\n\n"
        "# Act 2: Dialogue\n\nINT. SPLIT DIALOGUE - DUSK\n\nAction.\n"
    )
    assert _titles(text) == [
        (1, "Act 1: basic blocks"),
        (2, "Sequence 1: scene heading, action, dialogue, parenthetical"),
        (3, "INT. BASIC BLOCKS - DAY"),
        (2, "Sequence 2: boneyard and notes"),
        (3, "EXT. BASIC BLOCKS - NIGHT"),
        (1, "Act 2: Dialogue"),
        (3, "INT. SPLIT DIALOGUE - DUSK"),
    ]


def test_cue_and_parenthetical_are_paragraphs_of_their_own():
    # Rule speech_label: before, "STEEL\n(beer raised)\nTo retirement." was one
    # sentence and "BRICK\nAre they cold?" another, the cue fused with its line.
    st = analyze_text(BRICK)
    sentences = [BRICK[s:e].strip() for s, e in st.sentences.tolist()]
    paragraphs = [BRICK[s:e].strip() for s, e in st.paragraphs.tolist()]
    for line in ("STEEL", "BRICK", "(beer raised)"):
        assert line in sentences and line in paragraphs
    assert "To retirement." in sentences and "Are they cold?" in sentences
    # transitions and action are no labels
    labels = {BRICK[x.start : x.end] for x in speech_labels(BRICK)}
    assert labels == {"STEEL", "BRICK", "(beer raised)"}


def test_cue_with_extensions_kept_whole():
    # Big Fish: a cue with two extensions is one sentence, its speech another.
    text = (
        "EXT. RIVER - DAY\n\nThe Beast isn't worried.\n\n"
        "EDWARD (V.O.)(CONT'D)\nBy the time I was born, he was already a legend.\n\n"
        "INT. HOSPITAL ROOM - DAY\n\nA machine beeps.\n\nINT. HOSPITAL HALLWAY - DAY\n\nWill waits.\n"
    )
    st = analyze_text(text)
    sentences = [text[s:e].strip() for s, e in st.sentences.tolist()]
    assert "EDWARD (V.O.)(CONT'D)" in sentences
    assert "By the time I was born, he was already a legend." in sentences


def test_never_fires_on_plays_novels_or_two_lines():
    play = (
        "ACT I. SCENE I.\nElsinore. A platform before the castle.\n\n"
        "FRANCISCO at his post. Enter to him BERNARDO\n\nBERNARDO\nWho's there?\n"
    )
    two = (
        "INT. REGISTER\n\nThe interrupt register holds the pending bits.\n\n"
        "EXT. REGISTER\n\nThe external register mirrors it.\n"
    )
    novel = "CHAPTER I\n\nINTO THE PRIMITIVE\n\nBuck did not read the newspapers.\n"
    # French "EST" in capitals (Gutenberg's pg4363) is no "EST." establishing shot.
    french = "EST LE PLUS DANS LE VRAI QUANT IL EST LE PLUS RELIGIEUX ET LE PLUS\n\nEST ENTHOUSIASME.\n\n"
    for text in (play, two, novel, french * 3):
        assert scene_lines(text) == [] and speech_labels(text) == []


def test_script_excerpt_in_a_novel_makes_no_screenplay():
    # Clause scenes_span: three scene headings quoted in one chapter of a novel
    # (Brick & Steel's opening inside Jack London's prose) span a sliver of it:
    # the novel keeps its chapters "I." ... "VI.", which screenplay_no_caps
    # dropped (the sections were the three quoted scenes), and no cue is split.
    prose = (
        "Buck did not read the newspapers, or he would have known that trouble was brewing, "
        "not alone for himself, but for every tide-water dog, strong of muscle and with warm, "
        "long hair, from Puget Sound to San Diego. "
    )
    body = "\n\n".join([prose * 3] * 8)
    numbers = ["I.", "II.", "III.", "IV.", "V.", "VI."]
    text = "".join(f"{n}\n\n{body}\n\n" + (BRICK if n == "IV." else "") for n in numbers)
    assert scene_lines(text) == [] and speech_labels(text) == []
    assert [t for _, t in _titles(text)] == numbers


def test_teaser_and_tag_are_parts_of_a_teleplay():
    # Clause teleplay_parts: a teleplay's COLD OPEN (or TEASER) and TAG stand beside its
    # acts; before, they were dropped as lines in capitals (screenplay_no_caps) and
    # the tag's scene fell under ACT TWO. Brick & Steel's scenes laid out as an episode.
    scenes = BRICK.split("\n\n.SNIPER")[0].split("SMASH CUT TO:\n\n")
    text = "\n\n".join(
        ["COLD OPEN", scenes[0], "END OF COLD OPEN", "ACT ONE", scenes[1], "END OF ACT ONE"]
        + ["ACT TWO", scenes[1].replace("- DAY", "- NIGHT"), "END OF ACT TWO", "TAG"]
        + [scenes[0].replace("- DAY", "- NIGHT"), "THE END\n"]
    )
    assert [t for _, t in _titles(text) if t] == [
        "COLD OPEN",
        "EXT. BRICK'S PATIO - DAY",
        "ACT ONE",
        "INT. TRAILER HOME - DAY",
        "EXT. BRICK'S POOL - DAY",
        "ACT TWO",
        "INT. TRAILER HOME - NIGHT",
        "EXT. BRICK'S POOL - NIGHT",
        "TAG",
        "EXT. BRICK'S PATIO - NIGHT",
    ]
    assert [lv for lv, t in _titles(text) if t in ("COLD OPEN", "ACT ONE", "TAG")] == [1, 1, 1]


def test_interrupt_calls_are_no_scene_headings():
    # Clause interrupt_call: "INT 21H" (a DOS call in an assembly listing in
    # capitals, a public MASM exercise: read a key, print "Vowel$"/"Consonant$")
    # at the start of a block three times makes no screenplay.
    listing = (
        "MAIN PROC\nMOV AX,@DATA\nMOV DS,AX\nMOV AH,1\n\nINT 21H\nCMP AL,A\nJE VOWEL\n"
        "CMP AL,E\nJE VOWEL\n\nMOV AH,9\nLEA DX,CN\n\nINT 21H\nJMP EXIT\n\nVOWEL:\n"
        "MOV AH,9\nLEA DX,VO\n\nINT 21H\nEXIT:\nMOV AX,4C00H\n\nINT 21H\nMAIN ENDP\nEND MAIN\n"
    )
    assert scene_lines(listing) == []
    assert speech_labels(listing) == []


def test_a_numbered_place_is_a_scene():
    # Clause numbered_place of interrupt_call: a script that writes no full stop
    # after INT names a place that starts with a number; only a bare number (an
    # interrupt call) is no place. Without the clause the first two were dropped
    # and the script had too few scenes to be one.
    heads = ["INT 7-ELEVEN - NIGHT", "INT 10 DOWNING STREET - DAY", "EXT STREET - NIGHT"]
    action = "The door swings shut behind him. Rain on the glass, the hum of the coolers.\n"
    text = "".join(f"{h}\n\n{action}\nSTEEL\nWe're late.\n\n" for h in heads)
    lines = text.split("\n")
    assert [lines[i] for i in scene_lines(text)] == heads
