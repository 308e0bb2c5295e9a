"""Clause contents_byline (transforms.contents_bylines, session 36): an anthology's
contents that names each piece's author on a line of its own, without a page number,
under the piece's entry; the body's author line that closes each piece is its
signature, not a section. Real text (GitHub rcdm-uga/Gutenberg_Text): The Footpath
Way, An Anthology for Walkers (1911), as cleaned; contents cut to its first four
pieces, the pieces abridged to their first and last paragraphs."""

from transforms.contents_bylines import byline_keys
from transforms.sections import find_sections

_CONTENTS = """The Footpath Way

AN ANTHOLOGY FOR WALKERS

CONTENTS

PAGE
INTRODUCTION 1

H. Belloc

WALKING AN ANTIDOTE TO CITY POISON 17

Sidney Smith

ON GOING A JOURNEY 19

William Hazlitt

THE BISHOP OF SALISBURY'S HORSE 37

Izaak Walton




"""

_INTRODUCTION = """Introduction


So long as man does not bother about what he is or whence he came or whither he is going, the whole thing seems as simple as the verb "to be"; and you may say that the moment he does begin thinking about what he is (which is more than thinking that he is) and whence he came and whither he is going, he gets on to a lot of roads that lead nowhere, and that spread like the fingers of a hand or the sticks of a fan.

There is a place above the Roman Wall beyond the River Tyne where one can do this thing. Behind one lies the hospitality and the human noise which have inhabited the town of the river valley for certainly two thousand years. Upon my soul I think that the greatest way of walking, now I consider the matter, or now that I have stumbled upon it, is walking away.

{sign}




"""

_PIECES = """Walking an Antidote to City Poison


There is moral as well as bodily wholesomeness in a mountain walk, if the walker has the understanding heart, and eschews picnics. It is good for any man to be alone with nature and himself, or with a friend who knows when silence is more sociable than talk.

In cities everything is man, and man alone. As the body, harassed with the noxious air of cities, seeks relief in the freedom and the purity of the fields and hills, so the mind, wearied by commerce with men, resumes its vigour in solitude, and repairs its dignity.

Sydney Smith.




On Going a Journey


One of the pleasantest things in the world is going a journey; but I like to go by myself. I can enjoy society in a room; but out of doors nature is company enough for me. I am then never less alone than when alone.

Those who wish to forget painful thoughts do well to absent themselves for a while from the ties and objects that recall them: but we can be said only to fulfil our destiny in the place that gave us birth. I should on this account like well enough to spend the whole of my life in travelling abroad, if I could anywhere borrow another life to spend afterwards at home!

William Hazlitt.




The Bishop of Salisbury's Horse


As soon as he was perfectly recovered of this sickness, he took a journey from Oxford to Exeter, to satisfy and see his good Mother, being accompanied with a countryman and companion of his own College, and both on foot; which was then either more in fashion, or want of money, or their humility made it so: but on foot they went, and took Salisbury on their way, purposely to see the good Bishop.

Izaak Walton.
"""

_TITLES = [
    "Introduction",
    "Walking an Antidote to City Poison",
    "On Going a Journey",
    "The Bishop of Salisbury's Horse",
]


def _titles(text: str) -> list[str]:
    return [s.title for s in find_sections(text)[0] if s.title]


def test_contents_byline_footpath_way_signatures():
    """The three signatures that the contents names ("H. BELLOC.", "William Hazlitt.",
    "Izaak Walton.") close their pieces: four sections, the four pieces."""
    text = _CONTENTS + _INTRODUCTION.format(sign="H. BELLOC.") + _PIECES
    assert _titles(text) == _TITLES


def test_contents_byline_keys_of_the_list():
    lines = [t for t in _CONTENTS.split("\n")[5:] if t]
    assert byline_keys(lines) == {"hbelloc", "sidneysmith", "williamhazlitt", "izaakwalton"}


def test_contents_byline_guard_parts_over_chapters():
    """A list of parts over runs of chapters (page-less lines over two entries each) stays
    entries, though it opens with an entry as an anthology's does."""
    lines = ["PREFACE iii", "PART I", "CHAPTER I. THE START 1", "CHAPTER II. THE ROAD 9", "PART II",
             "CHAPTER III. THE INN 17", "CHAPTER IV. THE HILL 25", "PART III",
             "CHAPTER V. THE END 31"]  # fmt: skip
    assert byline_keys(lines) == set()
    # One entry under each page-less line, the list opening with an entry: bylines.
    assert byline_keys(
        lines[2:3] + ["H. Belloc", "X 2", "Sidney Smith", "Y 3", "Izaak Walton", "Z 4"]
    )


def test_contents_byline_guard_numbered_line():
    """A page-less line with a digit ("Book 2: The Road") is a part, not an author."""
    lines = ["INTRODUCTION 1", "H. Belloc", "WALKING 17", "Book 2: The Road", "ON GOING 19", "Izaak Walton",
             "HORSE 37"]  # fmt: skip
    assert byline_keys(lines) == set()


def test_contents_byline_guard_title_with_its_own_text():
    """The body side: a line the contents names as a byline that opens a piece (two blank
    lines over it, not closing text) is still a section ("H. BELLOC." set over the
    introduction's text; constructed spacing, real lines)."""
    intro = _INTRODUCTION.format(sign="")
    text = _CONTENTS + "H. BELLOC.\n\n\n" + intro + _PIECES
    assert _titles(text) == ["H. BELLOC."] + _TITLES


def test_contents_byline_guard_keyword_lines():
    """Chapter lines without pages over their titles' entries are headings, not authors:
    Alger's Ben's Nugget (its real lines, the first chapter's line planted out so that the
    list opens with an entry as an anthology's does)."""
    lines = ["THE MOUNTAIN-CABIN 13", "CHAPTER II.", "THE MISSING CHINAMAN 23", "CHAPTER III.",
             "TWO GENTLEMEN OF THE ROAD 30", "CHAPTER IV.",
             "KI SING IN THE HANDS OF THE ENEMY 38"]  # fmt: skip
    assert byline_keys(lines) == set()
