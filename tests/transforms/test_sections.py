"""Sections from evidence, on excerpts of the shared books and the Shakespeare
corpus (a few lines each; the whole books are checked against the gold in
test_structure_gold.py)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.sections import find_sections

LOOMINGS = (
    "Call me Ishmael. Some years ago—never mind how long precisely—having little or no money "
    "in my purse, and nothing particular to interest me on shore, I thought I would sail about "
    "a little and see the watery part of the world."
)
CARPET_BAG = (
    "I stuffed a shirt or two into my old carpet-bag, tucked it under my arm, and started for "
    "Cape Horn and the Pacific. Quitting the good city of old Manhatto, I duly arrived in New "
    "Bedford. It was a Saturday night in December."
)
HELIUM = (
    "As she left her apartments to make her way to the gardens where the guests were "
    "congregating, two warriors, the insignia of the House of the Prince of Helium upon their "
    "harness, followed a few paces behind her."
)


def titles(text):
    return [(s.title, s.level) for s in find_sections(text)[0]]


def test_contents_list_is_not_sections():
    """Rule contents_list (Moby-Dick): the list is front matter, each chapter once."""
    toc = (
        "MOBY-DICK;\n\nor, THE WHALE.\n\n\n\nCONTENTS\n\nETYMOLOGY.\n\n"
        "CHAPTER 1. Loomings.\n\nCHAPTER 2. The Carpet-Bag.\n\n\n\n\n"
    )
    text = (
        toc
        + f"CHAPTER 1. Loomings.\n\n{LOOMINGS}\n\n\n\n\nCHAPTER 2. The Carpet-Bag.\n\n{CARPET_BAG}\n"
    )
    sections = find_sections(text)[0]
    assert [(s.title, s.level) for s in sections] == [
        ("", 0),
        ("CHAPTER 1. Loomings.", 1),
        ("CHAPTER 2. The Carpet-Bag.", 1),
    ]
    assert text[: sections[1].start] == toc


def test_contents_list_without_opener_counts_on():
    """A list found by its numbering alone (Chessmen of Mars: "I  Tara in a
    Tantrum" ...), then the chapters with their title lines (rule title_line)."""
    text = (
        "     I  Tara in a Tantrum\n    II  At the Gale's Mercy\n   III  The Headless Humans\n\n\n\n"
        f"CHAPTER I\n\nTARA IN A TANTRUM\n\n{HELIUM}\n\n\n\n"
        f"CHAPTER II\n\nAT THE GALE'S MERCY\n\n{LOOMINGS}\n"
    )
    assert titles(text) == [
        ("", 0),
        ("CHAPTER I TARA IN A TANTRUM", 1),
        ("CHAPTER II AT THE GALE'S MERCY", 1),
    ]


def test_unnumbered_chapters_confirmed_by_the_contents_list():
    """Rule listed (The Warlord of Mars): the chapters are bare titles in
    capitals; the contents list (in title case) names them."""
    text = (
        "Contents\n\n On the River Iss\n Under the Mountains\n\n\n\n\n"
        f"ON THE RIVER ISS\n\n\n{HELIUM}\n\n\n\n\nUNDER THE MOUNTAINS\n\n\n{LOOMINGS}\n"
    )
    assert titles(text) == [("", 0), ("ON THE RIVER ISS", 1), ("UNDER THE MOUNTAINS", 1)]


def test_list_of_illustrations_and_dialogue_title():
    """Tom Sawyer: the captions are not sections, and the first line of dialogue
    after CHAPTER I is not its title."""
    text = (
        "ILLUSTRATIONS\n\n\nTom Sawyer\n\nTom at Home\n\nAunt Polly Beguiled\n\n\n\n\n"
        "CHAPTER I\n\n\n“Tom!”\n\nNo answer.\n\n“TOM!”\n\nNo answer.\n\n"
        f"{CARPET_BAG}\n\n\n\n\nCHAPTER II\n\n\n{LOOMINGS}\n"
    )
    assert titles(text) == [("", 0), ("CHAPTER I", 1), ("CHAPTER II", 1)]


def test_levels_books_over_chapters_and_named_front_matter():
    text = (
        f"INTRODUCTION\n\n\n{HELIUM}\n\n\n\n\nBOOK I\n\n\n\n\nCHAPTER I\n\n\n{LOOMINGS}\n\n\n\n\n"
        f"CHAPTER II\n\n\n{CARPET_BAG}\n\n\n\n\nBOOK II\n\n\n\n\nCHAPTER I\n\n\n{HELIUM}\n"
    )
    # Rule matter_levels (clause front_matter_top, session 26): the front matter sits
    # beside the books, at level 1 (before: level 2, a child with no parent).
    assert titles(text) == [
        ("INTRODUCTION", 1),
        ("BOOK I", 1),
        ("CHAPTER I", 2),
        ("CHAPTER II", 2),
        ("BOOK II", 1),
        ("CHAPTER I", 2),
    ]


def test_speaker_tags_are_not_sections():
    """All's Well That Ends Well: "SECOND LORD." has the speech right under it."""
    text = (
        "ACT I.\n\nSCENE 1. Rousillon. A room in the COUNTESS'S palace.\n\n"
        "[Enter BERTRAM, the COUNTESS OF ROUSILLON, HELENA, and LAFEU, all in black.]\n\n"
        "COUNTESS.\nIn delivering my son from me, I bury a second husband.\n\n"
        "BERTRAM.\nAnd I in going, madam, weep o'er my father's death anew;\n\n"
        "SECOND LORD.\nIt well may serve\nA nursery to our gentry, who are sick\n"
        "For breathing and exploit.\n\nPOINTZ.\nGood morrow, sweet Hal.\n"
    )
    assert titles(text) == [
        ("ACT I.", 1),
        ("SCENE 1. Rousillon. A room in the COUNTESS'S palace.", 2),
    ]


def test_first_folio_acts_and_scenes():
    """Hamlet, First Folio: Latin headings, act and scene on one line."""
    text = (
        "The Tragedie of Hamlet\n\nActus Primus. Scoena Prima.\n\n"
        "Enter Barnardo and Francisco two Centinels.\n\n  Barnardo. Who's there?\n"
        "  Fran. Nay answer me: Stand & vnfold\nyour selfe\n\n   Bar. Long liue the King\n\n"
        "Scena Secunda.\n\nEnter Claudius King of Denmarke, Gertrude the Queene.\n\n"
        "  King. Though yet of Hamlet our deere Brothers death\nThe memory be greene\n\n"
        "Actus Secundus.\n\nEnter Polonius, and Reynoldo.\n\n  Polon. Giue him his money\n"
    )
    sections = find_sections(text)[0]
    assert [(s.title, s.level) for s in sections] == [
        ("", 0),
        ("Actus Primus.", 1),
        ("Scoena Prima.", 2),
        ("Scena Secunda.", 2),
        ("Actus Secundus.", 1),
    ]
    # the act's section holds only its heading; the scene starts on the same line
    assert text[sections[1].start : sections[1].end] == "Actus Primus. "


def test_modern_edition_acts_and_scenes_and_running_heads():
    """Hamlet (modern): acts and scenes; Troilus and Cressida repeats "ACT I."
    before each scene, which opens no new act (rule running_head)."""
    hamlet = (
        "ACT I.\n\nScene I. Elsinore. A platform before the Castle.\n\n"
        "[Francisco at his post. Enter to him Bernardo.]\n\nBer.\nWho's there?\n\n"
        "Scene II. Elsinore. A room of state in the Castle.\n\nKing.\nThough yet of Hamlet\n\n"
        "Act II.\n\nScene I. A room in Polonius's house.\n\nPol.\nGive him this money.\n"
    )
    assert [lv for _, lv in titles(hamlet)] == [1, 2, 2, 1, 2]
    troilus = (
        "ACT I.\n\nSCENE 1. Troy. Before PRIAM'S palace\n\n[Enter TROILUS armed, and PANDARUS.]\n\n"
        "TROILUS.\nCall here my varlet; I'll unarm again.\n\n\n\n"
        "ACT I.\n\nSCENE 2. Troy. A street\n\n[Enter CRESSIDA and her man ALEXANDER.]\n"
    )
    assert titles(troilus) == [
        ("ACT I.", 1),
        ("SCENE 1. Troy. Before PRIAM'S palace", 2),
        ("SCENE 2. Troy. A street", 2),
    ]


def test_dash_numerals_are_chapters_and_headlines_are_not():
    """A novel marked "— I —", "— II —" with newspaper headlines in capitals
    inside its chapters: the numerals count on, the headlines are text."""
    text = (
        f"— I —\n\n{LOOMINGS}\n\nSHIP LOST OFF CAPE HORN\n\n{CARPET_BAG}\n\n"
        f"— II —\n\n{HELIUM}\n\nWHALE SIGHTED IN THE BAY\n\n{LOOMINGS}\n"
    )
    assert titles(text) == [("— I —", 1), ("— II —", 1)]


def test_prose_mentions_and_a_lone_m_are_not_headings():
    """With --keep-line-breaks a wrapped line can start with "Book IV,"; a
    letter signed "M." is no Roman numeral 1000."""
    text = (
        "I.\n\nThe contemplation of the smallest things in\n"
        "Book IV, which fall unperceived on the reader's mind, as they are\n"
        "disclosed one after another.\n\nM.\n\nII.\n\n"
        f"{LOOMINGS}\n"
    )
    assert titles(text) == [("I.", 1), ("II.", 1)]


def test_contents_run_and_footnote_labels():
    """Pliny (Bohn): the books are listed with their chapters and page numbers
    (no opener, text between the entries), then come the books themselves; a
    "Chapter 36." label over the footnotes goes back in the numbering."""
    contents = "".join(
        f"BOOK {b}.\n\n  1. The wonderful nature of insects and of the parts   {p}\n\n"
        f"  2. Whether insects breathe, and whether they have blood    {p + 2}\n\n\n"
        for b, p in (("XI", 1), ("XII", 95), ("XIII", 160))
    )
    body = "".join(
        f"\n\n\nBOOK {b}.\n\n\nCHAP. 1.—OF INSECTS.\n\n{LOOMINGS}\n\n\nCHAP. 2.—WHETHER INSECTS "
        f"BREATHE.\n\n{CARPET_BAG}\n\n\nCHAP. 3.—OF THEIR BLOOD.\n\n{HELIUM}\n"
        for b in ("XI", "XII", "XIII")
    )
    notes = f"\n\n\nFOOTNOTES:\n\n[1] See B. ii. c. 3.\n\nChapter 2.\n\n[2] {HELIUM}\n"
    found = titles(contents + body + notes)
    assert [t for t, _ in found if t.startswith("BOOK")] == ["BOOK XI.", "BOOK XII.", "BOOK XIII."]
    assert sum(1 for t, _ in found if t.startswith("CHAP")) == 9
    assert "Chapter 2." not in [t for t, _ in found]


def test_chinese_chapters_and_a_mention_in_prose():
    """红楼梦: 回 headings; "第四回中既将..." opens a paragraph of prose."""
    text = (
        "第四回  薄命女偏逢薄命郎 葫芦僧乱判葫芦案\n\n"
        "    却说黛玉同姊妹们至王夫人处，见王夫人与兄嫂处的来使计议家务。\n\n"
        "第五回  贾宝玉神游太虚境 警幻仙曲演红楼梦\n\n"
        "    第四回中既将薛家母子在荣府中寄居等事略已表明，此回暂可不写了。\n"
    )
    assert titles(text) == [
        ("第四回 薄命女偏逢薄命郎 葫芦僧乱判葫芦案", 1),
        ("第五回 贾宝玉神游太虚境 警幻仙曲演红楼梦", 1),
    ]


def test_numbered_sections_under_named_parts():
    """The Antichrist / Human, All Too Human: numbered sections restart under
    each named part, one level below it."""
    text = (
        f"PREFACE.\n\n\n1\n\n{LOOMINGS}\n\n\n2\n\n{CARPET_BAG}\n\n\n\n\n"
        f"OF THE FIRST AND LAST THINGS.\n\n\n1\n\n{HELIUM}\n\n\n2\n\n{LOOMINGS}\n"
    )
    assert [lv for _, lv in titles(text)] == [1, 2, 2, 1, 2, 2]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "abc ",
                "Def.",
                "\n",
                "\n\n",
                " ",
                "\u3000",
                "中文。",
                "CHAPTER I\n",
                "# H\n",
                "I.\n",
                "II.\n",
                "CONTENTS\n",
                "ACT I. SCENE 2.\n",
                "第一回 甲\n",
            ]
        ),  # fmt: skip
        min_size=1,
        max_size=50,
    ).map("".join)
)
def test_sections_cover_the_text(text):
    sections, headings = find_sections(text)
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(
        a.end == b.start and a.start < a.end for a, b in zip(sections, sections[1:], strict=False)
    )
    assert all(h.start < h.end <= len(text) for h in headings)
    assert [h.start for h in headings] == sorted({h.start for h in headings})


# Tom Sawyer (pg74): bare chapter numbers; one chapter opens with a line of
# dialogue short enough to pass for a title (unwrapped, as the stage sees it).
TOM_SAWYER_END = """CHAPTER XXXIII


Within a few minutes the news had spread, and a dozen skiff-loads of men were on their way to McDougal’s cave, and the ferryboat, well filled with passengers, soon followed. Tom Sawyer was in the skiff that bore Judge Thatcher.

When the cave door was unlocked, a sorrowful sight presented itself in the dim twilight of the place.

CHAPTER XXXIV


Huck said: “Tom, we can slope, if we can find a rope. The window ain’t high from the ground.”

“Shucks! what do you want to slope for?”

“Well, I ain’t used to that kind of a crowd. I can’t stand it. I ain’t going down there, Tom.”

CHAPTER XXXV


The reader may rest satisfied that Tom’s and Huck’s windfall made a mighty stir in the poor little village of St. Petersburg. So vast a sum, all in actual cash, seemed next to incredible.
"""
# Pinocchio (pg500): every chapter here has its summary line, in sentence case.
PINOCCHIO = """CHAPTER 7

Geppetto returns home and gives his own breakfast to the Marionette


The poor Marionette, who was still half asleep, had not yet found out that his two feet were burned and gone.

CHAPTER 8

Geppetto makes Pinocchio a new pair of feet, and sells his coat to buy him an A-B-C book.


The Marionette, as soon as his hunger was appeased, started to grumble and cry that he wanted a new pair of feet.

CHAPTER 9

Pinocchio sells his A-B-C book to pay his way into the Marionette Theater.


See Pinocchio hurrying off to school with his new A-B-C book under his arm!
"""


def test_first_sentence_of_an_untitled_chapter_is_not_its_title():
    """Rule prose_title: "CHAPTER XXXIV Huck said: “Tom, we can slope ..." was
    the section title; the book's chapters are bare numbers."""
    titles = [s.title for s in find_sections(TOM_SAWYER_END)[0]]
    assert titles == ["CHAPTER XXXIII", "CHAPTER XXXIV", "CHAPTER XXXV"]


def test_a_chapter_summary_is_no_title():
    """Rule summary_line: a one-line chapter summary in sentence case is prose,
    not a title, even set apart from the body by two blank lines (before it,
    chapter 7 was titled with its summary and chapter 4 was not)."""
    titles = [s.title for s in find_sections(PINOCCHIO)[0]]
    assert titles == ["CHAPTER 7", "CHAPTER 8", "CHAPTER 9"]


# cloudpickle's README (its PyPI description, BSD-3-Clause), abridged: an ATX
# title, then sections underlined with dashes, indented and fenced code.
CLOUDPICKLE_README = """# cloudpickle

`cloudpickle` makes it possible to serialize Python constructs not supported
by the default `pickle` module from the Python standard library.


Installation
------------

The latest release of `cloudpickle` is available from
[pypi](https://pypi.python.org/pypi/cloudpickle):

    pip install cloudpickle


Examples
--------

Pickling a lambda expression:

```python
>>> import cloudpickle
>>> squared = lambda x: x ** 2
>>> pickled_lambda = cloudpickle.dumps(squared)
```

Running the tests
-----------------

- With `pytest` to only run the tests for your current version of
  Python:

      pip install -r dev-requirements.txt
      PYTHONPATH='.:tests' pytest

History
-------

`cloudpickle` was initially developed by picloud.com and shipped as part of
the client SDK.
"""


def test_underlined_markdown_headings_are_sections():
    """Setext headings (and reStructuredText titles) were not candidates: the
    README was one section."""
    sections = find_sections(CLOUDPICKLE_README)[0]
    assert [(s.title, s.level) for s in sections] == [
        ("cloudpickle", 1),
        ("Installation", 2),
        ("Examples", 2),
        ("Running the tests", 2),
        ("History", 2),
    ]
    installation = sections[1]
    assert CLOUDPICKLE_README[installation.start :].startswith("Installation\n------------\n")


def test_a_rule_line_under_a_line_of_text_is_no_heading():
    """水浒传's first line over the rule line that opens its web notice."""
    text = (
        "《水浒传》作者；施耐庵\n"
        "----------------------------------------------------------------\n"
        "更多TXT电子书下载,请访问雨枫轩\n"
        "-----------------------------------------------------------------\n"
        "第一回 王教头私走延安府 九纹龙大闹史家村\n\n 话说故宋，哲宗皇帝在时，其时去仁宗天子已远。\n"
    )
    assert [s.title for s in find_sections(text)[0] if s.level] == [
        "第一回 王教头私走延安府 九纹龙大闹史家村"
    ]


# Pinocchio (pg500) as the stage sees it: every chapter opens with its summary
# and two blank lines; chapter 13's is a phrase in title case, its title.
PINOCCHIO_13 = """CHAPTER 12

Fire Eater gives Pinocchio five gold pieces for his father, Geppetto; but the Marionette meets a Fox and a Cat and follows them.


The next day Fire Eater called Pinocchio aside and asked him:

CHAPTER 13

The Inn of the Red Lobster


Cat and Fox and Marionette walked and walked and walked. At last, toward evening, dead tired, they came to the Inn of the Red Lobster.

CHAPTER 14

Pinocchio, not having listened to the good advice of the Talking Cricket, falls into the hands of the Assassins.


“Dear, oh, dear! When I come to think of it,” said the Marionette to himself, as he once more set out on his journey, “we boys are really very unlucky.
"""

# Ecce Homo (pg52190), the end of "Why I am a Fatality": section 9 is one
# sentence, set apart by two blank lines; the book's sections are bare numbers.
ECCE_HOMO_END = """8


Have you understood me? I have not uttered a single word which I had not already said five years ago through my mouthpiece Zarathustra. The unmasking of Christian morality is an event which unequalled in history, it is a real catastrophe.



9


Have you understood me? _Dionysus_ versus _Christ._


[Footnote 1: Needless to say this is Nietzsche, and no longer the Persian.--TR.]
"""


def test_a_short_title_case_line_stays_the_title_among_summaries():
    titles = [s.title for s in find_sections(PINOCCHIO_13)[0]]
    assert titles == ["CHAPTER 12", "CHAPTER 13 The Inn of the Red Lobster", "CHAPTER 14"]


def test_a_sentence_set_apart_under_a_number_is_no_title():
    """Rule summary_line: a question and a phrase under a bare number are the
    section's text, though two blank lines set them apart."""
    titles = [s.title for s in find_sections(ECCE_HOMO_END)[0]]
    assert titles == ["8", "9"]


# A primer whose chapters are titled with short questions in sentence case
# (prose of Sapir's Language, 1921, public domain, under each).
QUESTION_TITLES = "".join(
    f"CHAPTER {number}\n\n{title}\n\n"
    "Speech is so familiar a feature of daily life that we rarely pause to define\n"
    "it. It seems as natural to man as walking, and only less so than breathing.\n\n"
    "Yet it needs but a moment's reflection to convince us that this naturalness\n"
    "of speech is but an illusory feeling.\n\n"
    for number, title in [
        ("I", "Where does speech come from?"),
        ("II", "How do children learn words?"),
        ("III", "Why do words change?"),
    ]
)


def test_a_short_question_stays_the_title():
    """Rule summary_line: a short question in sentence case is a chapter's
    title, not a summary (a final "?" alone made it one, in every series)."""
    titles = [s.title for s in find_sections(QUESTION_TITLES)[0]]
    assert titles == [
        "CHAPTER I Where does speech come from?",
        "CHAPTER II How do children learn words?",
        "CHAPTER III Why do words change?",
    ]
