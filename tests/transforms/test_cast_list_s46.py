"""Session 46, clause ``cast_entry_long`` (transforms/cast_list.py): a named cast list's entry
"NAME. description" / "NAME: description" (a name of 1-6 words in capitals) longer than 40 words
does not end the list as a prose line does. Real text: Maude's translation of Tolstoy's Fruits
of Culture (Gutenberg mirror, 3 copies and a 4th in Redemption and two other plays)."""

from transforms import cast_list
from transforms.cast_list import named_cast_spans

# the list's head: its 4th entry has 56 words
FRUITS = """CHARACTERS


LEONÍD FYÓDORITCH ZVEZDÍNTSEF. A retired Lieutenant of the Horse Guards. Owner of more than 60,000 acres of land in various provinces. A fresh-looking, bland, agreeable gentleman of 60. Believes in Spiritualism, and likes to astonish people with his wonderful stories.

ANNA PÁVLOVNA ZVEZDÍNTSEVA. Wife of Leoníd. Stout; pretends to be young; quite taken up with the conventionalities of life; despises her husband, and blindly believes in her doctor. Very irritable.

BETSY. Their daughter. A young woman of 20, fast, tries to be mannish, wears a pince-nez, flirts and giggles. Speaks very quickly and distinctly.

VASÍLY LEONÍDITCH ZVEZDÍNTSEF. Their son, aged 25; has studied law, but has no definite occupation. Member of the Cycling Club, Jockey Club, and of the Society for Promoting the Breeding of Hounds. Enjoys perfect health, and has imperturbable self-assurance. Speaks loud and abruptly. Is either perfectly serious--almost morose, or is noisily gay and laughs loud. Is nicknamed Vovo.

ALEXÉY VLADÍMIRITCH KROUGOSVÉTLOF. A professor and scientist of about 50, with quiet and pleasantly self-possessed manners, and quiet, deliberate, harmonious speech. Likes to talk. Is mildly disdainful of those who do not agree with him. Smokes much. Is lean and active.
"""
# the first act's setting (same book): prose, no entry
SETTING = (
    " The entrance hall of a wealthy house in Moscow. There are three doors: the front door, "
    "the door of Leoníd Fyódoritch's study, and the door of Vasíly Leoníditch's room. A "
    "staircase leads up to the other rooms; behind it is another door leading to the servants' "
    "quarters."
)
# the first speech of act I (same book), a name then its speech
GREGORY = (
    "GREGORY [looks at himself in the glass and arranges his hair, &c.] I am sorry about those "
    'moustaches of mine! "Moustaches are not becoming to a footman," she says! And why? Why, so '
    "that any one might see you're a footman,--else my looks might put her darling son to shame."
)


def test_long_entry_does_not_end_the_named_list():
    text = "\n" + FRUITS
    # base46: the list stopped at the 56-word entry after 3 lines (under the 4-line minimum)
    assert named_cast_spans(text, play=True) == [
        (text.find("LEONÍD"), text.find("Is lean and active.") + len("Is lean and active."))
    ]
    assert cast_list._long_entry(FRUITS.splitlines()[-3])  # VASÍLY's entry
    assert len(FRUITS.splitlines()[-3].split()) > 40
    assert not cast_list._long_entry(SETTING.strip()) and not cast_list._long_entry(GREGORY)
    # a mixed-case name is no entry of this shape (the list's names and Maude's speech tags are
    # in capitals; a sentence opening a paragraph is not)
    assert not cast_list._long_entry("Vasíly Leoníditch. Their son, aged 25; has studied law.")


def test_long_prose_still_ends_the_list():
    # the act's setting (47 words) and a speech after a name are no entry: a long one ends the
    # list (spliced after the list's head here, with no act line between)
    assert len(SETTING.split()) > 40 and len(GREGORY.split()) > 40
    for tail in (SETTING, GREGORY.replace("!", ".")):
        text = "\n" + FRUITS + "\n" + tail + "\n\nBETSY. Their daughter.\n"
        spans = named_cast_spans(text, play=True)
        assert all(tail.strip()[:40] not in text[a:b] for a, b in spans)
