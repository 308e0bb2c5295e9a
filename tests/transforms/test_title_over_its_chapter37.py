"""Clause title_over_its_chapter (transforms.chapter_title_repeat, session 37): a title
line set right above a numbered chapter heading that carries the same title repeats it;
it is no section of its own. Real text (GitHub rcdm-uga/Gutenberg_Text): Jack London's
A Son of the Sun (its front matter, contents cut to three entries, the chapters' text
abridged) and Burnett's Louisiana (contents cut to three entries, chapters I-II, abridged)."""

from transforms.sections import find_sections

_SUN_FRONT = """A SON OF THE SUN

BY JACK LONDON


1912



CONTENTS

     I. A Son of the Sun

     II. The Proud Goat of Aloysius Pankburn

     III.  The Devils of Fuatino




"""

_SUN_BODY = """

Chapter One--A SON OF THE SUN




I

The _Willi-Waw_ lay in the passage between the shore-reef and the
outer-reef. From the latter came the low murmur of a lazy surf, but the
sheltered stretch of water, not more than a hundred yards across to the
white beach of pounded coral sand, was of glass-like smoothness.

Grief felt the sting and sear of a bullet across the skin of his
shoulder, and knew that his own shot had missed. His forward rush
carried him to Griffiths before another shot could be fired.




Chapter Two--THE PROUD GOAT OF ALOYSIUS PANKBURN




I

“Get a move on!” Griffiths cried. “The anchor's out.”

The muzzle of the rifle, four feet away, was bearing directly on him,
when Grief resolved to act. The rifle wavered as Griffiths kept his
balance in the uncertain puffs of the first of the wind.




Chapter Three--THE DEVILS OF FUATINO




I

The little vessel heeled, and through the cabin walls came the gurgle
and wash of water. From for'ard came the jerking rattle of headsail
halyards through the sheaves.
"""

_LOUISIANA = """CONTENTS.


CHAPTER I.

LOUISIANA


CHAPTER II.

WORTH


CHAPTER III.

"HE IS DIFFERENT."




LOUISIANA.



CHAPTER I.

LOUISIANA.

Olivia Ferrol leaned back in her chair, her hands folded upon her lap.
People passed and repassed her as they promenaded the long "gallery,"
as it was called; they passed in couples, in trios; they talked with
unnecessary loudness, they laughed at their own and each other's jokes.

She had been at Oakvale Springs for two weeks.  She was alone, out of
her element, and knew nobody.


CHAPTER II.

WORTH.

She presented herself at the bed-room door with a timid knock the next
morning before breakfast, evidently expecting to be taken charge of.
"""


def _titles(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


def test_title_over_its_chapter_son_of_the_sun():
    """The repeated book title is no empty level-1 section over Chapter One."""
    titles = _titles(_SUN_FRONT + "A SON OF THE SUN\n\n\n" + _SUN_BODY)
    assert titles == [
        (1, "Chapter One--A SON OF THE SUN"),
        (1, "Chapter Two--THE PROUD GOAT OF ALOYSIUS PANKBURN"),
        (1, "Chapter Three--THE DEVILS OF FUATINO"),
    ]


def test_title_over_its_chapter_louisiana():
    """The chapter's title on its own line under "CHAPTER I." (joined by title_line)."""
    assert _titles(_LOUISIANA) == [(1, "CHAPTER I. LOUISIANA."), (1, "CHAPTER II. WORTH.")]


def test_title_over_its_chapter_guard_text_between():
    """A title with a line of its own text under it (a dedication, a motto) stays."""
    text = _SUN_FRONT + "A SON OF THE SUN\n\nTo my friend, who sailed with me.\n\n\n" + _SUN_BODY
    assert _titles(text)[0] == (1, "A SON OF THE SUN")


def test_title_over_its_chapter_guard_other_title():
    """Over another chapter's title ("THE PROUD GOAT ..." over Chapter One) it stays."""
    text = _SUN_FRONT.replace("I. A Son of the Sun", "I. The Sea") + "THE SEA\n\n\n" + _SUN_BODY
    assert _titles(text)[0][1] != "Chapter One--A SON OF THE SUN"


def test_title_over_its_chapter_guard_words_of_its_own():
    """Voltaire's Philosophical Dictionary (vol. 3): the entry "CONSTANTINE." over
    "SECTION I." / "The Age of Constantine." (joined by title_line) stays: the section's
    title carries words of its own before the entry's ("sectionitheageof")."""
    from transforms.chapter_title_repeat import drop_title_over_chapter
    from transforms.sections import Heading

    text = "CONSTANTINE.\n\n\nSECTION I. The Age of Constantine.\n\nAmong the ages ..."
    heads = [
        Heading(0, 12, "CONSTANTINE.", "caps", 20),
        Heading(15, 49, "SECTION I. The Age of Constantine.", "keyword", 30),
    ]
    assert drop_title_over_chapter(text, heads) == heads
