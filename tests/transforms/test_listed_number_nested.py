"""Clause ``listed_number_nested`` (``transforms.heading_confirmation``, session 34):
a numbered line a contents list names, whose own series has no run ("1.", "2."
only), right under a counted numbered heading of the other system ("III.") divides
that heading instead of ranking as a listed line above the whole series.

The first test fails with the clause taken out (checked by copying the old module in).
The guards assert that the listed line is not under the counted heading (a level at or
above its level): since rule dense_path_levels (session 40) both may be orphans at 1.
"""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections

_P1 = (
    "Walter Scott was born in Edinburgh, August 15, 1771, of an ancient\n"
    "Scotch clan numbering in its time many a hard rider and good fighter,\n"
    "and more than one of these petty chieftains, half-shepherd and\n"
    "half-robber, who made good the winter inroads into their stock of beeves\n"
    "by spring forays and cattle drives across the English Border.\n"
)
_P2 = (
    "In order rightly to appreciate the poetry of Scott it is necessary to\n"
    'understand something of that remarkable "Romantic Movement" which took\n'
    "place toward the end of the eighteenth century, and within a space of\n"
    "twenty-five years completely changed the face of English literature.\n"
)
_P3 = (
    "_The Lady of the Lake_ deals with a distinct epoch in the life of King\n"
    "James V of Scotland, and has lying back of it a considerable amount of\n"
    "historical fact, an understanding of which will help in the appreciation\n"
    "of the poem.\n"
)
_P4 = (
    "_The Lady of the Lake_ appeared in 1810. Two years before, _Marmion_ had\n"
    "vastly increased the popular enthusiasm aroused by _The Lay of the Last\n"
    "Minstrel_, and the success of his second long poem had so exhilarated\n"
    'Scott that, as he says, he "felt equal to anything and everything."\n'
)

# Scott, The Lady of the Lake, ed. W. V. Moody (Scott, Foresman, 1899; Project
# Gutenberg, mirror rcdm-uga/Gutenberg_Text): the contents (abridged) and the
# editor's introduction (paragraphs abridged to their first sentences).
CONTENTS = """CONTENTS


                                                 PAGE
Map                                                 6

Introduction

    I. Life of Scott                                9

   II. Scott's Place in the Romantic Movement      39

  III. The Lady of the Lake

           Historical Setting                      46

           General Criticism and Analysis          48

Text                                               59




"""
LADY = (
    CONTENTS
    + "I. LIFE OF SCOTT\n\n\n"
    + _P1
    + "\n"
    + _P1
    + "\n\n\n"
    + "II. SCOTT'S PLACE IN THE ROMANTIC MOVEMENT\n\n\n"
    + _P2
    + "\n"
    + _P2
    + "\n\n\n"
    + "III. THE LADY OF THE LAKE\n\n\n1. HISTORICAL SETTING\n\n"
    + _P3
    + "\n"
    + _P3
    + "\n\n"
    + "2. GENERAL CRITICISM AND ANALYSIS\n\n"
    + _P4
    + "\n"
    + _P4
)


def _levels(raw: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(clean_text(normalize_text(raw)).text)
    return [(s.level, s.title) for s in sections if s.title]


def test_listed_number_nested_lady_of_the_lake_sections_under_their_part():
    # Before: "1. HISTORICAL SETTING" and "2. ..." were listed lines (level 1) above
    # the counted "I." / "II." / "III." (level 2), so "III." looked empty.
    assert _levels(LADY) == [
        (1, "I. LIFE OF SCOTT"),
        (1, "II. SCOTT'S PLACE IN THE ROMANTIC MOVEMENT"),
        (1, "III. THE LADY OF THE LAKE"),
        (2, "1. HISTORICAL SETTING"),
        (2, "2. GENERAL CRITICISM AND ANALYSIS"),
    ]


def test_listed_number_nested_guard_not_right_under_the_number():
    # Guard: with another heading between ("PREFATORY NOTE" after "III."), the
    # listed "1." is not known to divide "III.": it keeps the listed lines' rank.
    raw = LADY.replace(
        "III. THE LADY OF THE LAKE\n\n\n1. HISTORICAL SETTING\n\n",
        "III. THE LADY OF THE LAKE\n\n\nPREFACE\n\n" + _P2 + "\n\n1. HISTORICAL SETTING\n\n",
    )
    levels = dict((t, lv) for lv, t in _levels(raw))
    assert levels["1. HISTORICAL SETTING"] <= levels["III. THE LADY OF THE LAKE"]


def test_listed_number_nested_guard_same_system_nests_nothing():
    # Guard: arabic "1." under an arabic counted "3)" is no division of another
    # system; it keeps the listed lines' rank.
    raw = LADY
    for old, new in (("I. ", "1) "), ("II. ", "2) "), ("III. ", "3) ")):
        raw = raw.replace("\n" + old, "\n" + new).replace(" " + old, " " + new)
    levels = dict((t, lv) for lv, t in _levels(raw))
    assert "3) THE LADY OF THE LAKE" in levels
    assert levels["1. HISTORICAL SETTING"] <= levels["3) THE LADY OF THE LAKE"]


def test_listed_number_nested_guard_only_value_one_starts():
    # Guard: a listed "2." right under "III." starts nothing (its "3." neither).
    raw = LADY.replace("1. HISTORICAL", "2. HISTORICAL").replace("2. GENERAL", "3. GENERAL")
    levels = dict((t, lv) for lv, t in _levels(raw))
    assert levels["2. HISTORICAL SETTING"] <= levels["III. THE LADY OF THE LAKE"]
    assert levels["3. GENERAL CRITICISM AND ANALYSIS"] <= levels["III. THE LADY OF THE LAKE"]


def test_listed_number_nested_guard_counted_series_never_moves():
    # Guard: when "1."/"2."/"3." run under "II." (their series is counted), the
    # listed "1." under "III." is of that series and keeps its series' rank.
    sub = "".join(
        f"{n}. {t}\n\n" + _P2 + "\n"
        for n, t in ((1, "ORIGINS"), (2, "THE BALLADS"), (3, "THE NOVELS"))
    )
    head = "II. SCOTT'S PLACE IN THE ROMANTIC MOVEMENT\n\n\n"
    levels = dict((t, lv) for lv, t in _levels(LADY.replace(head, head + sub)))
    assert levels["1. HISTORICAL SETTING"] == levels["1. ORIGINS"]
    assert levels["2. GENERAL CRITICISM AND ANALYSIS"] == levels["2. THE BALLADS"]


def test_listed_number_nested_guard_only_the_next_value_follows():
    # Guard: after the nested "1." only "2." follows it down; a "3." (a skipped
    # value) keeps the listed lines' rank.
    levels = dict((t, lv) for lv, t in _levels(LADY.replace("2. GENERAL", "3. GENERAL")))
    assert levels["1. HISTORICAL SETTING"] > levels["III. THE LADY OF THE LAKE"]
    assert levels["3. GENERAL CRITICISM AND ANALYSIS"] <= levels["III. THE LADY OF THE LAKE"]
