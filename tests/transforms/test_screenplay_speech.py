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
