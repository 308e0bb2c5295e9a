"""Session 47, branch wtD, clause ``cast_entry_long_described`` (transforms/cast_list.py): a long
line whose name is a word of the list's text so far (a speaker tag naming a person by the
description the list gave) is a speech and ends the list. Real text: Maude's translation of
Tolstoy's Fruits of Culture (Gutenberg mirror): the list's head and the Professor's speech of
act III (the list names him "ALEXÉY VLADÍMIRITCH KROUGOSVÉTLOF. A professor and scientist ...")."""

from tests.transforms.test_cast_list_s46 import FRUITS
from transforms import cast_list
from transforms.cast_list import named_cast_spans

# act III: 58 words, no "?" or "!"
PROFESSOR = (
    "PROFESSOR. It is because the molecules of this spiritual ether are nothing but the souls of "
    "the living, the dead, and the unborn, and any vibration of the spiritual ether must "
    "inevitably cause a certain vibration of its atoms. These atoms are nothing but human souls, "
    "which enter into communication with one another by means of these movements."
)


def test_speech_by_a_described_name_ends_the_list():
    assert len(PROFESSOR.split()) > 40 and cast_list._long_entry(PROFESSOR)
    # a one-act layout: the list, then the speech with no act line between
    text = "\n" + FRUITS + "\n" + PROFESSOR + "\n\nGROSSMAN. Charcot does not so define it.\n"
    assert named_cast_spans(text, play=True) == [
        (text.find("LEONÍD FYÓDORITCH ZVEZDÍNTSEF"), text.find("Is lean and active.") + 19)
    ]
    assert not cast_list._long_entry(PROFESSOR, set(), FRUITS.splitlines())


def test_long_entries_not_described_before_stay_in_the_list():
    lines = [line for line in FRUITS.splitlines() if line.strip()]
    vasily = next(line for line in lines if line.startswith("VASÍLY"))
    before = lines[: lines.index(vasily)]
    # "Wife of Leoníd", "Their son" above it: no line holds the words "VASÍLY LEONÍDITCH
    # ZVEZDÍNTSEF" in a row
    assert cast_list._long_entry(vasily, set(), before)
