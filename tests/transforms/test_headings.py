"""Heading candidates, one line at a time (lines taken from the shared books and
the Shakespeare corpus)."""

import pytest

from transforms.headings import cjk_value, line_candidates, number_value, roman_value


def candidates(line):
    return [(c.kind, c.series, c.value) for c in line_candidates(line, 0, 0, len(line))]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("CHAPTER IV", [("keyword", "kw:chapter", 4)]),
        ("CHAPTER 12. The Whale.", [("keyword", "kw:chapter", 12)]),
        ("Chapter 3", [("keyword", "kw:chapter", 3)]),
        # CHAP. numbers the same series as CHAPTER (Bohn's Pliny)
        ("CHAP. 2. (2.)—OF THE FORM OF THE WORLD[91].", [("keyword", "kw:chapter", 2)]),
        ("BOOK I.[34]", [("keyword", "kw:book", 1)]),
        ("BOOK FOURTH", [("keyword", "kw:book", 4)]),
        ("PART ONE", [("keyword", "kw:part", 1)]),
        ("Volume Seventeen", [("keyword", "kw:volume", 17)]),
        ("ACT FIRST.", [("keyword", "kw:act", 1)]),
        ("Scene I. Elsinore. A platform before the Castle.", [("keyword", "kw:scene", 1)]),
        ("SCENE III. within the tent of Brutus.", [("keyword", "kw:scene", 3)]),
        # First Folio: Latin ordinals, u for v, two headings on one line
        ("Scena Octaua.", [("keyword", "kw:scene", 8)]),
        ("Actus Primus. Scoena Prima.", [("keyword", "kw:act", 1), ("keyword", "kw:scene", 1)]),
        ("Actus primus, Scena prima.", [("keyword", "kw:act", 1), ("keyword", "kw:scene", 1)]),
        ("ACT II. SCENE I.", [("keyword", "kw:act", 2), ("keyword", "kw:scene", 1)]),
        ("第十二回  王熙凤毒设相思局 贾天祥正照风月鉴", [("cjk", "cjk:回", 12)]),
        ("第一百二十回\u3000宋公明神聚蓼儿\u3000徽宗帝梦游梁山泊", [("cjk", "cjk:回", 120)]),
        ("卷之三", [("cjk", "cjk:卷", 3)]),
        ("IV.", [("numeral", "num:#:roman", 4)]),
        ("12", [("numeral", "num:#:arabic", 12)]),
        ("11.", [("numeral", "num:#:arabic", 11)]),  # "11" and "11." are one series
        ("— I —", [("numeral", "num:—#—:roman", 1)]),
        ("[ 1 ]", [("numeral", "num:[#]:arabic", 1)]),
        ("ONE", [("numeral", "num:#:word", 1)]),
        ("I. CARTHORIS AND THUVIA", [("numbered", "numbered:.:roman", 1)]),
        ("XII  Ghek Plays Pranks", [("numbered", "numbered: :roman", 12)]),
        ("PREFACE.", [("named", "named:PREFACE", None)]),
        ("TRANSLATOR'S INTRODUCTION", [("named", "named:INTRODUCTION", None)]),
        ("Epilogue", [("named", "named:EPILOGUE", None)]),
        ("Contents", [("named", "named:CONTENTS", None)]),
        ("目录", [("named", "named:CONTENTS", None)]),
        ("ETYMOLOGY.", [("caps", "caps", None)]),
        ("“FOLLOW THE ROPE”", [("caps", "caps", None)]),
        ("# Introduction", [("md", "md1", None)]),
    ],
)
def test_candidate_kinds(line, expected):
    assert candidates(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        # mentions in prose (issue 10), wrapped lines of a paragraph
        "Book IV, which fall unperceived on the reader's mind, as they are",
        "Chapter LVII.). For the present let it suffice to say",
        "Chapter 4 of the book",
        "Part of the reason was money.",
        "Vol. II. p. 58. _Bohn’s Edition._",
        "Chapter 32. [1625] See Chapter 31.",
        # words that only begin like numbers (Hamlet folio, Much Ado, Coriolanus)
        "Scene indiuidible: or Poem",
        "SCENE. Messina.",
        "SCENE: Partly in France, and partly in Tuscany.",
        "Act to doe and to performe; argall",
        "Vol. Let her alone Ladie, as she is now:",
        # numbered speakers and numbered sentences are not titles
        "1.Lo.G. His loue and wisedome",
        "184. There is a haughtiness of kindness which has the appearance of wickedness.",
        "I. In respect of fears and confidence or boldness:",
        # a chapter mentioned at the start of a Chinese sentence
        "第四回中既将薛家母子在荣府中寄居等事略已表明，此回暂可不写了。",
        # contents entries with a page number, labels ending in a colon
        "AUTHOR'S PREFACE 37",
        "PERSONS OF THE DIALOGUE:",
        "Introduction by J. A. Smith",
    ],
)
def test_not_candidates(line):
    assert candidates(line) == []


def test_long_lines_are_headings_only_with_a_keyword_and_a_title_in_capitals():
    title = "CHAP. 17.—REMEDIES FOR THE STINGS OF SERPENTS, " + "AND FOR INJURIES " * 12
    assert candidates(title.strip()) == [("keyword", "kw:chapter", 17)]
    prose = "Chapter 17. " + "The rest of this long paragraph is ordinary prose, " * 5
    assert candidates(prose.strip()) == []


def test_numbers():
    assert roman_value("XLIX") == 49 and roman_value("mcmxc") == 1990
    assert roman_value("M") == 1000  # "M." is a numeral only next to 999 / 1001
    assert roman_value("IIII") is None and roman_value("MY") is None
    assert cjk_value("一百零一") == 101 and cjk_value("十二") == 12 and cjk_value("２３") == 23
    assert number_value("Secunda") == 2 and number_value("twentieth") == 20
    assert number_value("Ghek") is None


# Northanger Abbey (the Gutenberg text of R's janeaustenr): the author's
# "Advertisement" before chapter 1, and the Signet Classic editor's note after
# chapter 31 (lines shortened).
NORTHANGER = """NORTHANGER ABBEY


by

Jane Austen (1803)




ADVERTISEMENT BY THE AUTHORESS, TO NORTHANGER ABBEY

THIS little work was finished in the year 1803, and intended for immediate publication.



CHAPTER 1


No one who had ever seen Catherine Morland in her infancy would have supposed her born to be an heroine.



CHAPTER 2


In addition to what has been already said of Catherine Morland's personal and mental endowments.



CHAPTER 31


The anxiety, which in this state of their attachment must be the portion of Henry and Catherine.




A NOTE ON THE TEXT

Northanger Abbey was written in 1797-98 under a different title.
"""


def test_front_and_back_matter_names_open_sections():
    """Rule front_matter_names: the Advertisement is its own section, as a
    PREFACE is, and the editor's note is no longer the end of chapter 31."""
    from transforms.sections import find_sections

    sections = find_sections(NORTHANGER)[0]
    advertisement = "ADVERTISEMENT BY THE AUTHORESS, TO NORTHANGER ABBEY"
    chapters = ["CHAPTER 1", "CHAPTER 2", "CHAPTER 31"]
    assert [s.title for s in sections] == ["", advertisement, *chapters, "A NOTE ON THE TEXT"]
    assert [s.level for s in sections] == [0] + [1] * 5
    assert NORTHANGER[sections[0].start : sections[0].end].split() == [
        "NORTHANGER", "ABBEY", "by", "Jane", "Austen", "(1803)"
    ]  # fmt: skip
    # "NOTE ON THE REGULATION OF MY HOUSEHOLD EXPENSES." needs other evidence.
    assert candidates("A NOTE ON THE TEXT") == [("named", "named:NOTE ON THE TEXT", None)]
    assert candidates("A NOTE ON THE REGULATION") == [("caps", "caps", None)]


def test_advertisement_in_a_chapter_and_a_note_are_no_sections():
    """Review of session 13 (rule front_matter_names): ADVERTISEMENT opens a
    section only before the book's first other heading (Northanger Abbey's, in
    the test above); in a chapter it is a newspaper's, quoted. "A" goes with
    "NOTE ON THE TEXT" only: "A Note." alone is a line of the story."""
    from transforms.sections import find_sections

    text = NORTHANGER.replace(
        "CHAPTER 2\n\n\n",
        "CHAPTER 2\n\n\nThe paper lay open at the notices.\n\nADVERTISEMENT.\n\n"
        "WANTED, a young lady of good family as companion.\n\nA Note.\n\n"
        "She folded it again.\n\n",
    )
    titles = [s.title for s in find_sections(text)[0]]
    assert titles == [s.title for s in find_sections(NORTHANGER)[0]]
    assert "ADVERTISEMENT." not in titles and "A Note." not in titles
    assert candidates("A Note.") == [] and candidates("A PREFACE") == [("caps", "caps", None)]
    # Under a volume heading, before the first chapter, it is still front matter,
    # with its text. (Session 13 replaced every "NORTHANGER ABBEY\n", the
    # Advertisement's line's end too: a second "VOLUME I." followed the heading, and
    # the review took the empty Advertisement and the volume listed twice for a defect.)
    volume = NORTHANGER.replace(
        "NORTHANGER ABBEY\n", "NORTHANGER ABBEY\n\nVOLUME I.\n\nBy the author.\n", 1
    )
    sections = find_sections(volume)[0]
    assert [(s.title, s.level) for s in sections[:4]] == [
        ("", 0),
        ("VOLUME I. By the author.", 1),
        ("ADVERTISEMENT BY THE AUTHORESS, TO NORTHANGER ABBEY", 2),
        ("CHAPTER 1", 2),
    ]
    assert volume[sections[2].start : sections[2].end].split("\n\n")[1].startswith("THIS")
    assert [s.title for s in sections].count("VOLUME I. By the author.") == 1
