"""Clause caption_paragraph (session 45, transforms.listed_lines): a line that only a book's
list of illustrations names, set as a paragraph of the text, is no section; a caption's
title set apart as a heading, or one a contents list also names, still is."""

from transforms import sections as sec

# Verne's Abandoned: its LIST OF ILLUSTRATIONS (an excerpt; the contents list names none of
# these) and chapter XI's paragraphs, where "He saw nothing suspicious." is one of them.
VERNE_LIST = """LIST OF ILLUSTRATIONS


                                                                 PAGE
  TURNING A TURTLE                                                 9
  CAPTURING THE ORANG                                             67
  THE DOCKYARD                                                   105
  WINTER EVENINGS IN GRANITE HOUSE                               121
  HE SAW NOTHING SUSPICIOUS                                      125
  TOP VISITING THE INVALID                                       133




"""
VERNE_BODY = """CHAPTER XI


It was easy to descend to the bottom of the well by employing the rope-ladder which had \
not been used since the establishment of the lift. The engineer drew the ladder to the \
hole, the diameter of which measured nearly six feet, and allowed it to unroll itself \
after having securely fastened its upper extremity.

The sides were everywhere entire; but points of rock jutted out here and there, and by \
means of these points it would have been quite possible for an active creature to climb \
to the mouth of the well.

The engineer remarked this; but although he carefully examined these points by the light \
of his lantern, he could find no impression, no fracture which could give any reason to \
suppose that they had either recently or at any former time been used as a staircase. \
Cyrus Harding descended deeper, throwing the light of his lantern on all sides.

He saw nothing suspicious.

When the engineer had reached the last rounds he came upon the water, which was then \
perfectly calm. Neither at its level nor in any other part of the well, did any passage \
open which could lead to the interior of the cliff. The wall which Harding struck with \
the hilt of his cutlass sounded solid.

Then Cyrus Harding, having ended his survey, re-ascended, drew up the ladder, covered the \
mouth of the well, and returned thoughtfully to the dining-room, saying to himself,--

"I have seen nothing, and yet there is something there!"



CHAPTER XII


During the remainder of the month of July there was alternate rain and frost.
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in sec.find_sections(text)[0] if s.title]


def test_caption_set_as_a_paragraph_is_no_section():
    """On base45 rule listed took the paragraph "He saw nothing suspicious." for the
    caption's heading: a section inside chapter XI."""
    titles = _titles(VERNE_LIST + VERNE_BODY)
    assert "He saw nothing suspicious." not in titles
    assert [t for t in titles if t.startswith("CHAPTER")] == ["CHAPTER XI", "CHAPTER XII"]


# The Doré Bible Gallery: its list of illustrations names each plate; the body sets each
# plate's title over its page of Scripture, 4 blank lines above and 2 below.
DORE = """LIST OF ILLUSTRATIONS

THE DELUGE
NOAH CURSING HAM
SAMSON SLAYING THE LION
JESUS HEALING THE SICK




And it was a custom in Israel, that the daughters of Israel went yearly to lament the \
daughter of Jephthah the Gileadite four days in a year. Judges xi, 29-40.




SAMSON SLAYING THE LION.


Then went Samson down, and his father and his mother, to Timnath, and came to the \
vineyards of Timnath; and, behold, a young lion roared against him. Judges xiv, 5-9.




JESUS HEALING THE SICK.


And Jesus went about all Galilee, teaching in their synagogues, and preaching the gospel \
of the kingdom, and healing all manner of sickness. Matthew iv, 23-25.
"""


def test_caption_title_set_apart_still_heads_a_section():
    """Guard: a plate's title set apart wider than a paragraph is the plate's section."""
    titles = _titles(DORE)
    assert "SAMSON SLAYING THE LION." in titles
    assert "JESUS HEALING THE SICK." in titles


def test_caption_paragraph_a_contents_list_names_is_still_listed():
    """Guard: the same paragraph named by a contents list too is rule listed's, as on
    base45 (the clause reads only keys no other list names)."""
    contents = (
        "CONTENTS\n\n\n  HE SAW NOTHING SUSPICIOUS 125\n  TOP VISITING THE INVALID 133\n\n\n\n\n"
    )
    titles = _titles(contents + VERNE_LIST + VERNE_BODY)
    assert "He saw nothing suspicious." in titles


# Dyson's Australia at War: its list of illustrations names each drawing, and the text
# sets each drawing's title over its words, most of them as a paragraph.
DYSON = """LIST OF ILLUSTRATIONS.

BRINGING UP THE STEW 14

THE COOK 20

GROUP 22

THE MATE 26

COMING OUT ON THE SOMME 30

LABOUR BATTALION MAN 32




The Cook.


". . . . who is at his noblest when he has graduated in the shearers' sheds. I speak \
not as a gourmand of the cook's craft."

"I have often suspected that Australian units select their cooks not on their ability \
as chefs but for the story-telling faculty."

Group.

"I started to do a drawing for a Christmas Card for the battalion, representing some of \
the boys thinking of Australia."

The Mate.

"Most of the boys are of that age at which friendship is not the tepid give and take of \
years of discretion."

Coming out on the Somme.

". . . . The haunting memory of the Somme, those ghosts of young men treading their pale \
way through the substance of the living."

Labour Battalion Man.

"He looks so like a fragment of civilian England, strayed incongruously into these \
warlike areas."
"""


def test_captions_most_of_which_stand_in_the_text_are_its_sections():
    """Guard: where half or more of a list's captions stand as lines of the text, the
    captions are the book's pieces; its titles set as paragraphs stay sections (the
    clause without that count, commit 8c5ca68b, lost "Group.", "The Mate." ...)."""
    titles = _titles(DYSON)
    for t in (
        "The Cook.",
        "Group.",
        "The Mate.",
        "Coming out on the Somme.",
        "Labour Battalion Man.",
    ):
        assert t in titles


def test_contents_list_after_the_illustrations_still_names_the_caption():
    """Guard (integrator's review): the list of illustrations is read after the other
    lists, so a contents list set below it still names its entries first; read in book
    order the caption would be taken for one only the illustrations name."""
    contents = (
        "CONTENTS\n\n\n  HE SAW NOTHING SUSPICIOUS 125\n  TOP VISITING THE INVALID 133\n\n\n\n\n"
    )
    titles = _titles(VERNE_LIST + contents + VERNE_BODY)
    assert "He saw nothing suspicious." in titles


def test_caption_line_with_two_blank_lines_below_is_still_listed():
    """Guard (integrator's review): a paragraph needs text right below its one blank line;
    Verne's caption line with two blank lines below is set apart and stays rule listed's
    section, as on base45."""
    body = VERNE_BODY.replace("suspicious.\n\nWhen", "suspicious.\n\n\nWhen")
    assert "He saw nothing suspicious.\n\n\nWhen" in body
    assert "He saw nothing suspicious." in _titles(VERNE_LIST + body)
