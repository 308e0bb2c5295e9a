"""Rule continuation_share (transforms.unwrap) on the King James Bible as
Debian's bible-kjv (4.38) prints it (``bible -l72 Ruth2:1-8``): each numbered
verse opens a line indented by two spaces, its wraps start at the margin."""

import re

from transforms.clean import clean_text
from transforms.normalize import normalize_text

RUTH_2 = (
    "Ruth 2\n"
    "\n"
    "  1 And Naomi had a kinsman of her husband's, a mighty man of wealth, of\n"
    "the family of Elimelech; and his name was Boaz.\n"
    "  2 And Ruth the Moabitess said unto Naomi, Let me now go to the field,\n"
    "and glean ears of corn after him in whose sight I shall find grace. And\n"
    "she said unto her, Go, my daughter.\n"
    "  3 And she went, and came, and gleaned in the field after the reapers:\n"
    "and her hap was to light on a part of the field belonging unto Boaz, who\n"
    "was of the kindred of Elimelech.\n"
    "  4 And, behold, Boaz came from Bethlehem, and said unto the reapers,\n"
    "The LORD be with you. And they answered him, The LORD bless thee.\n"
    "  5 Then said Boaz unto his servant that was set over the reapers, Whose\n"
    "damsel is this?\n"
    "  6 And the servant that was set over the reapers answered and said, It\n"
    "is the Moabitish damsel that came back with Naomi out of the country of\n"
    "Moab:\n"
    "  7 And she said, I pray you, let me glean and gather after the reapers\n"
    "among the sheaves: so she came, and hath continued even from the morning\n"
    "until now, that she tarried a little in the house.\n"
    "  8 Then said Boaz unto Ruth, Hearest thou not, my daughter? Go not to\n"
    "glean in another field, neither go from hence, but abide here fast by my\n"
    "maidens:\n"
)


def test_numbered_verses_do_not_make_a_bible_read_as_verse():
    """The verse lines are indented deeper, so they do not count as lines that
    continue a full line; counted, only 11 of the 16 lines after a full line
    started in lower case and the book was set as verse, where a wrap starting
    with a capital stayed
    ("...said unto the reapers," / "The LORD be with you.")."""
    out = clean_text(normalize_text(RUTH_2)).text
    assert "said unto the reapers, The LORD be with you. And they answered him" in out
    assert "out of the country of Moab:\n 7 And she said" in out
    # Every verse keeps its line, and nothing else does.
    lines = out.strip().split("\n")
    assert lines[:2] == ["Ruth 2", ""]
    assert [int(re.match(r" (\d+) ", line).group(1)) for line in lines[2:]] == list(range(1, 9))
