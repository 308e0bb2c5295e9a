"""Clause dash_caps_title (transforms.section_titles, session 36): under a keyword heading,
an isolated line in capitals opening with a dash is the chapter's title. Real text
(GitHub rcdm-uga/Gutenberg_Text): Wrenn's The Bungalow Boys Along the Yukon, chapters
XXVII-XXIX, and Blackwood's The Extra Day, chapters XIX-XX; paragraphs abridged."""

from transforms.sections import find_sections

_YUKON = """CHAPTER XXVII.

IN NEED OF A FRIEND.


Tom's guess had hit the nail on the head. It was all true. Jim
Stapleton and Seth Ingalls were not the first men to have their brains
turned by an insatiable lust for gold. On every other subject
perfectly normal, they were insane on this one topic.

It was the peculiar light that shone in Stapleton's eyes when he spoke
of the yellow metal that had first excited Tom's doubts. Seth Ingalls'
sullen, taciturn manner had shown that he was afflicted with a
different form of the same mania.



CHAPTER XXVIII.

--AND A FRIEND IN NEED.


There were several reasons that inclined Tom to look for aid from this
quarter. In the first place Rufus, although seemingly bound to his
masters by bonds of affection, had no direct interest in their crazy
schemes. In the second place, he had distinctly shown a friendly
interest in the boys.



CHAPTER XXIX.

CONDEMNED TO THE MINES.


"Where are Mr. Stapleton and Ingalls?"

"Roun' t'other side ob dis hill. I seen 'em frum up above. What' you
all figger de matter wid dem?"
"""

_EXTRA_DAY = """CHAPTER XIX

--AS USUAL


Consciousness was first--unconsciousness; the biggest changes are
unconscious before they are conscious. They have been long preparing.
They fall with a clap; and people call them sudden and exclaim, "How
strange!" But it is only the discovery and recognition that are sudden.



CHAPTER XX

{title}


Church was very--that is, they enjoyed the service very much, without
knowing precisely why they liked it. They joined in the hymns with more
energy than usual, because they felt "singy" and knew the tunes as
well.
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in find_sections(text)[0] if s.title]


def test_dash_caps_title_bungalow_boys():
    assert _titles(_YUKON) == [
        "CHAPTER XXVII. IN NEED OF A FRIEND.",
        "CHAPTER XXVIII. --AND A FRIEND IN NEED.",
        "CHAPTER XXIX. CONDEMNED TO THE MINES.",
    ]


def test_dash_caps_title_extra_day():
    text = _EXTRA_DAY.format(title="--BUT DIFFERENTLY!")
    assert _titles(text) == ["CHAPTER XIX --AS USUAL", "CHAPTER XX --BUT DIFFERENTLY!"]


def test_dash_caps_title_guard_speech_in_mixed_case():
    """A line of speech opening with a dash under the number stays text (constructed: a
    line in The Extra Day's own style set under its chapter number)."""
    text = _EXTRA_DAY.format(title="--But Tom and Rufus went on.")
    assert _titles(text)[-1] == "CHAPTER XX"
