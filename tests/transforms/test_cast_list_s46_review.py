"""Review of session 46 (branch wtD), clause ``cast_entry_long`` (transforms/cast_list.py): a long
line whose name is part of a listed person's name is a speaker tag that shortens the name, the
play's speech, and ends the list. Real text: Maude's translation of Tolstoy's Fruits of Culture
(Gutenberg mirror): the list's head, Leoníd Fyódoritch's speech of act I and the Fat Lady's of
act III."""

from tests.transforms.test_cast_list_s46 import FRUITS
from transforms import cast_list
from transforms.cast_list import named_cast_spans

# act I (same book): 43 words, no "?" or "!"; the list names "LEONÍD FYÓDORITCH ZVEZDÍNTSEF"
LEONID = (
    "LEONÍD FYÓDORITCH. Why, I mean that some one who is dead--say, your father or your "
    "grandfather--may appear, take you by the hand, or give you something; or else some one may "
    "suddenly rise into the air, as happened to Alexéy Vladímiritch last time."
)

FAT_LADY = (
    "FAT LADY. No, Anna Pávlovna, permit me, you can't decide it in such a way. Before I was "
    "married, I once had a remarkable dream. Dreams, you know, are often such that you don't know "
    "where they begin and where they end; it was just such a dream that I ..."
)


def test_long_speech_after_the_list_ends_it():
    # a one-act layout: the list, then the first speech with no act line between
    assert len(LEONID.split()) > 40 and cast_list._long_entry(LEONID)
    text = "\n" + FRUITS + "\n" + LEONID + "\n\nGREGORY. I am sorry about those moustaches.\n"
    spans = named_cast_spans(text, play=True)
    assert spans == [
        (text.find("LEONÍD FYÓDORITCH ZVEZDÍNTSEF"), text.find("Is lean and active.") + 19)
    ]
    assert not cast_list._long_entry(LEONID, {"LEONÍD FYÓDORITCH ZVEZDÍNTSEF", "BETSY"})
    # the list's "THE FAT LADY: MÁRYA VASÍLEVNA TOLBOÚHINA." speaks as "FAT LADY." (act III)
    assert not cast_list._long_entry(FAT_LADY, {"THE FAT LADY", "BETSY"})
    # a listed name that only shares a word is no shortening: the long entries still pass
    vasily = FRUITS.splitlines()[-3]
    assert cast_list._long_entry(vasily, {"LEONÍD FYÓDORITCH ZVEZDÍNTSEF", "BETSY"})
