"""Clause ``byline_lines`` (``transforms.bylines``, session 32): its name limit of six
words, both sides, on real title pages (session 33, branch wtD). Fronts of books from
GitHub rcdm-uga/Gutenberg_Text, as ``clean_text`` leaves them. Of the mirror's "By ..."
lines in a file's first 100 lines whose words are all capitalised, 9 have 6 words and 9
have 7 or more; none of them changes a book's sections either way (read in session 33):
the limit decides which lines title no heading."""

from transforms.bylines import byline_lines
from transforms.contents import scan_lines

# Stevenson and Osbourne, The Wrong Box ("Stevenson, Robert Louis/The Wrong Box.txt").
WRONG_BOX = """THE WRONG BOX

By Robert Louis Stevenson And Lloyd Osbourne




PREFACE
"""

# Stevenson, Familiar Studies of Men and Books ("Stevenson, Robert Louis/Familiar Studies
# of Men and Books.txt"): the title page and the dedication.
FAMILIAR_STUDIES = """ FAMILIAR STUDIES
 OF
 MEN AND BOOKS


 BY

 ROBERT LOUIS STEVENSON

ELEVENTH EDITION

 * * * * *

 London
 CHATTO & WINDUS, PICADILLY
 1896

 * * * * *

 TO

 THOMAS STEVENSON

 CIVIL ENGINEER
 BY WHOSE DEVICES THE GREAT SEA LIGHTS IN EVERY QUARTER
 OF THE WORLD NOW SHINE MORE BRIGHTLY

 THIS VOLUME IS IN LOVE AND GRATITUDE

 DEDICATED BY HIS SON

 THE AUTHOR




PREFACE
BY WAY OF CRITICISM.
"""


def _bylines(text: str) -> list[str]:
    lines = scan_lines(text)
    return [lines.texts[i] for i in sorted(byline_lines(lines.texts, lines.starts))]


def test_byline_lines_six_word_name_is_a_byline():
    """Six words, two authors joined by "And": the upper end of the limit is a byline
    (a limit of five words would leave it a line that can title the heading above)."""
    assert _bylines(WRONG_BOX) == ["By Robert Louis Stevenson And Lloyd Osbourne"]


def test_byline_lines_nine_word_dedication_is_no_byline():
    """Guard: "BY WHOSE DEVICES THE GREAT SEA LIGHTS IN EVERY QUARTER", nine words in
    capitals, each capitalised, is the dedication's clause, no name: only the six-word
    limit keeps it from the bylines ("WHOSE" is no particle or stop word). The lone
    "BY" over the author's name is a byline, and "BY WAY OF CRITICISM." no name
    (clause byline_not_phrase)."""
    assert _bylines(FAMILIAR_STUDIES) == ["BY"]
