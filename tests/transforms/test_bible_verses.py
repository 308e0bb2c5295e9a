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


# Ruth 4 as ``bible -l72 Ruth4:1-22`` prints it.
RUTH_4 = (
    "Ruth 4\n"
    "\n"
    "  1 Then went Boaz up to the gate, and sat him down there: and, behold,\n"
    "the kinsman of whom Boaz spake came by; unto whom he said, Ho, such a\n"
    "one! turn aside, sit down here. And he turned aside, and sat down.\n"
    "  2 And he took ten men of the elders of the city, and said, Sit ye down\n"
    "here. And they sat down.\n"
    "  3 And he said unto the kinsman, Naomi, that is come again out of the\n"
    "country of Moab, selleth a parcel of land, which was our brother\n"
    "Elimelech's:\n"
    "  4 And I thought to advertise thee, saying, Buy it before the\n"
    "inhabitants, and before the elders of my people. If thou wilt redeem it,\n"
    "redeem it: but if thou wilt not redeem it, then tell me, that I may\n"
    "know: for there is none to redeem it beside thee; and I am after thee.\n"
    "And he said, I will redeem it.\n"
    "  5 Then said Boaz, What day thou buyest the field of the hand of Naomi,\n"
    "thou must buy it also of Ruth the Moabitess, the wife of the dead, to\n"
    "raise up the name of the dead upon his inheritance.\n"
    "  6 And the kinsman said, I cannot redeem it for myself, lest I mar mine\n"
    "own inheritance: redeem thou my right to thyself; for I cannot redeem\n"
    "it.\n"
    "  7 Now this was the manner in former time in Israel concerning\n"
    "redeeming and concerning changing, for to confirm all things; a man\n"
    "plucked off his shoe, and gave it to his neighbour: and this was a\n"
    "testimony in Israel.\n"
    "  8 Therefore the kinsman said unto Boaz, Buy it for thee. So he drew\n"
    "off his shoe.\n"
    "  9 And Boaz said unto the elders, and unto all the people, Ye are\n"
    "witnesses this day, that I have bought all that was Elimelech's, and all\n"
    "that was Chilion's and Mahlon's, of the hand of Naomi.\n"
    "  10 Moreover Ruth the Moabitess, the wife of Mahlon, have I purchased\n"
    "to be my wife, to raise up the name of the dead upon his inheritance,\n"
    "that the name of the dead be not cut off from among his brethren, and\n"
    "from the gate of his place: ye are witnesses this day.\n"
    "  11 And all the people that were in the gate, and the elders, said, We\n"
    "are witnesses. The LORD make the woman that is come into thine house\n"
    "like Rachel and like Leah, which two did build the house of Israel: and\n"
    "do thou worthily in Ephratah, and be famous in Bethlehem:\n"
    "  12 And let thy house be like the house of Pharez, whom Tamar bare unto\n"
    "Judah, of the seed which the LORD shall give thee of this young woman.\n"
    "  13 So Boaz took Ruth, and she was his wife: and when he went in unto\n"
    "her, the LORD gave her conception, and she bare a son.\n"
    "  14 And the women said unto Naomi, Blessed be the LORD, which hath not\n"
    "left thee this day without a kinsman, that his name may be famous in\n"
    "Israel.\n"
    "  15 And he shall be unto thee a restorer of thy life, and a nourisher\n"
    "of thine old age: for thy daughter in law, which loveth thee, which is\n"
    "better to thee than seven sons, hath born him.\n"
    "  16 And Naomi took the child, and laid it in her bosom, and became\n"
    "nurse unto it.\n"
    "  17 And the women her neighbours gave it a name, saying, There is a son\n"
    "born to Naomi; and they called his name Obed: he is the father of Jesse,\n"
    "the father of David.\n"
    "  18 Now these are the generations of Pharez: Pharez begat Hezron,\n"
    "  19 And Hezron begat Ram, and Ram begat Amminadab,\n"
    "  20 And Amminadab begat Nahshon, and Nahshon begat Salmon,\n"
    "  21 And Salmon begat Boaz, and Boaz begat Obed,\n"
    "  22 And Obed begat Jesse, and Jesse begat David.\n"
)


def test_a_verse_after_a_full_verse_line_that_ends_open_keeps_its_line():
    """Rule verse_numbers: set as prose (continuation_share), a full verse line
    ending on a comma ("  18 Now these are the generations of Pharez: Pharez
    begat Hezron,") was joined to the next verse ("...begat Hezron, 19 And
    Hezron begat Ram"); the next number opens a new line (189 verses of six KJV
    books were joined so)."""
    out = clean_text(normalize_text(RUTH_4)).text
    assert re.findall(r"(?m)^ (\d+) ", out) == [str(n) for n in range(1, 23)]
    assert (
        "Pharez begat Hezron,\n 19 And Hezron begat Ram, and Ram begat Amminadab,\n 20 And" in out
    )
