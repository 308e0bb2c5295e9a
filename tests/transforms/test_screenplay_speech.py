"""Rule speech_wraps (``transforms.screenplay_speech``, in the unwrap stage of
``transforms.clean``): the hard-wrapped dialogue of a typed screenplay is
joined, a speech a line; cues, parentheticals, action stay apart.

Excerpt: John August's "Big Fish" (betterfountain's
src/test/scripts/big_fish_lf.fountain), laid out as a typed script (cue at
column 22, parenthetical at 16, dialogue at 10 wrapped at 35 columns, action
wrapped at 60; session 16's layout), and the Fountain original of a song."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

TYPED = """\
                      EDWARD (V.O.)
          There are some fish that cannot be
          caught.  It's not that they're
          faster or stronger than other fish.
          They're just touched by something
          extra.  Call it luck.  Call it
          grace.  One such fish was The
          Beast.

The Beast's journey takes it past a dangling fish hook,
baited with worms.  Past a tempting lure, sparkling in the
sun.  Past a swiping bear claw.  The Beast isn't worried.

INT.  WILL'S BEDROOM - NIGHT (1973)

WILL BLOOM, AGE 3, listens wide-eyed as his father EDWARD
BLOOM, 40's and handsome, tells the story.  In every
gesture, Edward is bigger than life, describing each detail
with absolute conviction.

                      EDWARD
          I didn't put any stock into such
          speculation or superstition.  All I
          knew was I'd been trying to catch
          that fish since I was a boy no
          bigger than you.
                (closer)
          And on the day you were born, that
          was the day I finally caught him.

EXT.  CAMPFIRE - NIGHT (1977)

A few years later, and Will sits with the other INDIAN
GUIDES as Edward continues telling the story to the tribe.

                      EDWARD
          Now, I'd tried everything on it:
          worms, lures, peanut butter, peanut
          butter-and-cheese.  But on that day
          I had a revelation:  if that fish
          was the ghost of a thief, the usual
          bait wasn't going to work.  I would
          have to use something he truly
          desired.

Edward points to his wedding band, glinting in the
firelight.

                      LITTLE BRAVE
                (confused)
          Your finger?

Edward slips his ring off.

                      EDWARD
          Gold.

While the other boys are rapt with attention, Will looks
bored.  He's heard this story before.

                      EDWARD
          I tied my ring to the strongest
          line they made -- strong enough to
          hold up a bridge, they said, if
          just for a few minutes -- and I
          cast upriver.

INT.  BLOOM FRONT HALL - NIGHT (1987)

Edward is chatting up Will's pretty DATE to the homecoming
dance.  She is enjoying the story, but also the force of
Edward's charisma.  He's hypnotizing.

                      EDWARD (CONT'D)
          The Beast jumped up and grabbed it
          before the ring even hit the water.
          And just as fast, he snapped clean
          through that line.
"""


def _lines(text: str) -> list[str]:
    return [t.strip() for t in clean_text(text).text.split("\n") if t.strip()]


def test_wrapped_dialogue_is_one_line_a_speech():
    lines = _lines(TYPED)
    # Without the rule each of the 35-column lines stayed a line of its own.
    i = lines.index("EDWARD")
    assert lines[i + 1 : i + 4] == [
        "I didn't put any stock into such speculation or superstition.  All I knew was "
        "I'd been trying to catch that fish since I was a boy no bigger than you.",
        "(closer)",
        "And on the day you were born, that was the day I finally caught him.",
    ]
    assert lines[i + 4] == "EXT.  CAMPFIRE - NIGHT (1977)"
    i = lines.index("LITTLE BRAVE")
    assert lines[i : i + 4] == [
        "LITTLE BRAVE",
        "(confused)",
        "Your finger?",
        "Edward slips his ring off.",
    ]
    assert lines[-2:] == [
        "EDWARD (CONT'D)",
        "The Beast jumped up and grabbed it before the ring even hit the water. "
        "And just as fast, he snapped clean through that line.",
    ]
    # Every speech line joined: no line of the text is left at the 35-column width.
    assert all(len(t) > 36 or t.endswith((".", "?", "!", ")")) or t.isupper() for t in lines)


def test_fountain_speech_keeps_its_line_breaks():
    # A Fountain script writes a speech a line; its line breaks (a song) are deliberate.
    speeches = [
        " ".join(t.strip() for t in block.split("\n")[1:] if not t.strip().startswith("("))
        for block in TYPED.split("\n\n")
        if block.startswith(" " * 22)
    ]
    song = (
        "PING\n*But she won't.\nNo, she can't.\n"
        "She needs a special **special** different unusual man.\nBecause that girl,\n"
        "Who looks like me,\nShe has wants, but she has needs.*"
    )
    heads = [
        "INT. WILL'S BEDROOM - NIGHT",
        "EXT. CAMPFIRE - NIGHT",
        "INT. BLOOM FRONT HALL - NIGHT",
    ]
    blocks = []
    for k, head in enumerate(heads):
        blocks += [head, "Edward points to his wedding band, glinting in the firelight."]
        blocks += [f"EDWARD\n{s}" for s in speeches] * 3
        blocks += [song] if k == 1 else []
    text = "\n\n".join(blocks) + "\n"
    assert clean_text(text).text == text


def test_normalized_sentence_gaps_still_fill_the_column():
    # The typist's two spaces after "luck." and "it" are one after normalization:
    # "extra. Call it luck. Call it" (28 of 35 columns) is still full (WRAP_SLACK).
    lines = _lines(normalize_text(TYPED))
    i = lines.index("EDWARD (V.O.)")
    assert lines[i + 1] == (
        "There are some fish that cannot be caught. It's not that they're faster or stronger "
        "than other fish. They're just touched by something extra. Call it luck. Call it "
        "grace. One such fish was The Beast."
    )


# Clause speech_column: a conversion that lost the blank line after a speech (Big
# Fish: Sandra and Josephine at the door, Edward's prelap, lines as in the script):
# the action at the margin, the next cue and a transition right under the last
# line of dialogue stay lines of their own.
LOST_BLANKS = [
    """
                      SANDRA
          You shouldn't have flown.  But...
That hug finished, Sandra pushes past her son to her
daughter-in-law.  Seeing the size of her belly --
""",
    """
                      SANDRA
          Thank you.  I'll bet you need to --
                      JOSEPHINE
          Down the hall on the right.  The
          door sticks.  You have to really
          pull it.
""",
    """
                      EDWARD (O.S., PRELAP)
          So which one's it gonna be?  The
          Monkey in the Barn, the Dog in the
          Road?  Focusing on the final shadow
                                             MATCH CUT TO:
""",
]


def test_action_cue_and_transition_right_under_a_speech_stay_apart():
    # Without the clause: "But... That hug finished, ...", "need to -- JOSEPHINE",
    # "... the final shadow MATCH CUT TO:".
    ends = [_lines(normalize_text(TYPED * 2 + block))[-4:] for block in LOST_BLANKS]
    assert ends[0][1:] == [
        "SANDRA",
        "You shouldn't have flown. But...",
        "That hug finished, Sandra pushes past her son to her daughter-in-law. "
        "Seeing the size of her belly --",
    ]
    assert ends[1] == [
        "SANDRA",
        "Thank you. I'll bet you need to --",
        "JOSEPHINE",
        "Down the hall on the right. The door sticks. You have to really pull it.",
    ]
    assert ends[2][1:] == [
        "EDWARD (O.S., PRELAP)",
        "So which one's it gonna be? The Monkey in the Barn, the Dog in the Road? "
        "Focusing on the final shadow",
        "MATCH CUT TO:",
    ]


def test_a_parenthetical_inside_a_line_is_dialogue():
    # Clause closed_parenthetical: "(beat) Yes." is no parenthetical left open, and
    # "Thank you." (the line after a short line) stays apart, as without the rule.
    lines = _lines(normalize_text(TYPED + "\n                      SANDRA\n"
                                  "          (beat) Yes.\n          Thank you.\n"))  # fmt: skip
    assert lines[-3:] == ["SANDRA", "(beat) Yes.", "Thank you."]


def test_a_list_item_is_never_joined_to_the_line_above():
    # A screenwriting guide whose examples ("INT. KITCHEN - DAY") run through it is
    # a screenplay to the detector; its line in capitals over a lead line and a list
    # read as a cue over a speech. On the branch before review: "Keep these in mind
    # when you write a heading: - one location per heading". Kept by clause
    # wrapped_dialogue (no wrapped dialogue here) and by clause list_line (below).
    prose = (
        "The scene heading tells the reader where we are and when. It is\n"
        "written in capitals, and it begins with INT. or EXT. for an interior\n"
        "or an exterior. Keep it short; the reader skims it.\n"
    )
    rules = (
        "RULES OF THUMB\nKeep these in mind when you write a heading:\n"
        "- one location per heading\n- the time of day at the end\n- no camera directions\n"
    )
    example = "\nINT. KITCHEN - DAY\n\nMary pours coffee.\n\nMARY\nWhere were you last night?\n\n"
    text = "\n".join(
        part for k in range(12) for part in (prose, rules, example if k % 4 == 0 else "", prose)
    )
    lines = _lines(normalize_text(text))
    i = lines.index("RULES OF THUMB")
    assert lines[i : i + 5] == ["RULES OF THUMB", *rules.splitlines()[1:]]


def test_a_monologue_in_two_paragraphs_keeps_its_break():
    # Clause wrapped_dialogue: a Fountain script (a speech a line) whose speech holds
    # the writer's line break after a line longer than most speeches (Edward's two
    # tellings of the fish, one speech): without the clause the break was joined,
    # though no line of the script is wrapped.
    speeches = [
        " ".join(t.strip() for t in block.split("\n")[1:] if not t.strip().startswith("("))
        for block in TYPED.split("\n\n")
        if block.startswith(" " * 22)
    ]
    monologue = f"{speeches[0]} {speeches[1]}\n{speeches[3]}"
    heads = [
        "INT. WILL'S BEDROOM - NIGHT",
        "EXT. CAMPFIRE - NIGHT",
        "INT. BLOOM FRONT HALL - NIGHT",
    ]
    blocks = []
    for k, head in enumerate(heads):
        blocks += [head, "Edward points to his wedding band, glinting in the firelight."]
        blocks += [f"EDWARD\n{s}" for s in speeches] * 3
        blocks += [f"EDWARD\n{monologue}"] if k == 1 else []
    text = "\n\n".join(blocks) + "\n"
    assert clean_text(text).text == text


def test_a_list_in_a_typed_speech_keeps_its_items():
    # Clause list_line in a typed script (Big Fish, Edward's baits as a list):
    # without it "... I wrote them down: - worms".
    listing = (
        "\n                      EDWARD\n          Now, I'd tried everything on it,\n"
        "          worms, lures, and I wrote them down:\n          - worms\n"
        "          - lures\n          - peanut butter\n"
    )
    lines = _lines(normalize_text(TYPED * 2 + listing))
    assert lines[-5:] == [
        "EDWARD",
        "Now, I'd tried everything on it, worms, lures, and I wrote them down:",
        "- worms",
        "- lures",
        "- peanut butter",
    ]
