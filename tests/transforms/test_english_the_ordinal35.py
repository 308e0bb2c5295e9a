"""Clauses english_the_ordinal, english_the_ordinal_run and english_the_ordinal_inside
(transforms.keyword_headings, session 35): "BOOK THE FIRST", "Chapter the Second",
"PART THE THIRD" number their divisions. Real text (GitHub rcdm-uga/Gutenberg_Text):
Wells's In the Days of the Comet, Scott's The Monastery and The Abbot, Morley's A Bundle
of Ballads, Dickens's A Child's History of England, Morley's Burlesque Plays and Poems;
paragraphs abridged."""

from transforms import headings as hd
from transforms.keyword_headings import keyword_candidates, the_ordinal_runs
from transforms.sections import find_sections


def _levels(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.level]


_COMET = """BOOK THE FIRST

THE COMET



CHAPTER THE FIRST

DUST IN THE SHADOWS



I HAVE set myself to write the story of the Great Change, so far
as it has affected my own life and the lives of one or two people
closely connected with me, primarily to please myself.



CHAPTER THE SECOND

NETTIE



I CANNOT now remember (the story resumed), what interval separated
that evening on which Parload first showed me the comet.



BOOK THE SECOND

THE GREEN VAPORS



CHAPTER THE FIRST

THE CHANGE



I SEEMED to awaken out of a refreshing sleep.
I did not awaken with a start, but opened my eyes, and lay very still.



CHAPTER THE SECOND

THE AWAKENING



So the great Day came to me.
And even as I had awakened so in that same dawn the whole world awoke.



BOOK THE THIRD

THE NEW WORLD



CHAPTER THE FIRST

LOVE AFTER THE CHANGE



So far I have said nothing of Nettie. I have departed widely from
my individual story.

I have tried to give you the effect of the change in the world as it
came to me.



CHAPTER THE SECOND

MY MOTHER'S LAST DAYS



Let me tell now of my mother's end.
"""


def test_english_the_ordinal_wells_books_over_their_chapters():
    # Before: "BOOK THE FIRST" and the first "CHAPTER THE FIRST" were no headings, the
    # others titles in capitals at one level (books and chapters side by side).
    assert _levels(_COMET) == [
        (1, "BOOK THE FIRST THE COMET"),
        (2, "CHAPTER THE FIRST DUST IN THE SHADOWS"),
        (2, "CHAPTER THE SECOND NETTIE"),
        (1, "BOOK THE SECOND THE GREEN VAPORS"),
        (2, "CHAPTER THE FIRST THE CHANGE"),
        (2, "CHAPTER THE SECOND THE AWAKENING"),
        (1, "BOOK THE THIRD THE NEW WORLD"),
        (2, "CHAPTER THE FIRST LOVE AFTER THE CHANGE"),
        (2, "CHAPTER THE SECOND MY MOTHER'S LAST DAYS"),
    ]


_MONASTERY = """Chapter the First.


  O ay! the Monks, the Monks, they did the mischief!
  Theirs all the grossness, all the superstition
  Of a most gross and superstitious age.--
                                 OLD PLAY.

It would be difficult to find a spot in Scotland more thoroughly
romantic than the Halidome of Saint Mary's.


Chapter the Second.


  In yon lone vale his early youth was bred,
  Not solitary then--the bugle-horn
  Of fell Alecto often waked its windings.
                                 OLD PLAY.

The Tower of Glendearg was situated in a very narrow glen.


Chapter the Third.


  They lighted down on Tweed water,
  And blew their coals sae het.
                                 OLD BALLAD.

The widow of Simon Glendinning had many an anxious thought.
"""


def test_english_the_ordinal_scott_chapters_in_mixed_case():
    # Before: no section at all (a mixed-case line is no title in capitals).
    assert _levels(_MONASTERY) == [
        (1, "Chapter the First."),
        (1, "Chapter the Second."),
        (1, "Chapter the Third."),
    ]


def test_english_the_ordinal_values_and_prose_guard():
    def read(line):
        return [(c.series, c.value, c.rest) for c in keyword_candidates(line, 0, 0, len(line))]

    assert read("Chapter the Twenty-First.") == [("kw:chapter", 21, "")]  # The Abbot
    assert read("CHAPTER THE TWENTY-FIRST") == [("kw:chapter", 21, "")]  # Scott, vol. 12
    assert read("Book the Second--the Golden Thread") == [("kw:book", 2, "the Golden Thread")]
    # Guards: a sentence (Morley's Burlesque Plays and Poems), mixed capitals, no ordinal.
    assert read("Act the Third contains the eclaircissements and final arrangements") == []
    assert read("BOOK the First") == []
    assert read("PART THE GREAT") == []
    assert read("Chapter the Last") == [("kw:chapter", 0, "")]  # clause english_the_last


_BALLADS = """



BINNORIE.

     There were two sisters sat in a bour;
       Binnorie, O Binnorie!
     There came a knight to be their wooer
       By the bonny mill-dams of Binnorie.



KING COPHETUA AND THE BEGGAR-MAID.

     I read that once in Africa
       A princely wight did reign,
     Who had to name Cophetua,
       As poets they did feign:



TAKE THY OLD CLOAK ABOUT THEE.

     This winter's weather it waxeth cold,
       And frost doth freeze on every hill,
     And Boreas blows his blasts so bold
       That all our cattle are like to spill.



WILLOW, WILLOW, WILLOW.

     A poor soul sat sighing under a sycamore tree;
       "O willow, willow, willow!"
     With his hand on his bosom, his head on his knee:
       "O willow, willow, willow!



PART THE SECOND.

     "Low laid by my sorrow, begot by disdain;
        O willow, willow, willow!
     Against her too cruel, still still I complain,
        O willow, willow, willow!



THE LITTLE WEE MAN.

     As I gaed out to tak the air
       Between Midmar and bonny Craigha',
     There I met a little wee man,
       The less o' him I never saw.



EDWARD, EDWARD.

     "Why does your brand sae drop wi' bluid,
          Edward, Edward?
     Why does your brand sae drop wi' bluid,
          And why sae sad gang ye, O?"--
"""


def test_english_the_ordinal_run_guard_ballad_second_part_heads_no_book():
    # "PART THE SECOND." with no first part is a ballad's half: read as a book's part
    # (rank 9) it put THE LITTLE WEE MAN and every ballad after it under it (the whole
    # book, A Bundle of Ballads). It stays the line in capitals it was.
    cands = _run_candidates(_BALLADS)
    part = [c for c in cands if c.title == "PART THE SECOND."]
    assert [(p.kind, p.rank) for p in part] == [("caps", hd.CAPS_RANK)]
    # With its first part before it, it is a part.
    run = _BALLADS.replace("WILLOW, WILLOW, WILLOW.", "PART THE FIRST.")
    levels = [(c.title, c.kind) for c in _run_candidates(run) if c.title.startswith("PART")]
    assert levels == [("PART THE FIRST.", "keyword"), ("PART THE SECOND.", "keyword")]


def _run_candidates(text):
    cands, start = [], 0
    for i, line in enumerate(text.split("\n")):
        if line.strip():
            cands += hd.line_candidates(line.strip(), start, i, start + len(line))
        start += len(line) + 1
    return the_ordinal_runs(cands, hd.CAPS_RANK)


_CHILD = """CHAPTER XII--ENGLAND UNDER HENRY THE SECOND

PART THE FIRST

Henry Plantagenet, when he was but twenty-one years old, quietly
succeeded to the throne of England, according to his agreement made with
the unfortunate Stephen.

PART THE SECOND

When the King heard how Thomas a Becket had lost his life in Canterbury
Cathedral, through the ferocity of the four Knights, he was filled with
dismay.

CHAPTER XIII--ENGLAND UNDER RICHARD THE FIRST, CALLED THE LION-HEART

In the year of our Lord one thousand one hundred and eighty-nine, Richard
of the Lion Heart succeeded to the throne of King Henry the Second.

CHAPTER XXII--ENGLAND UNDER HENRY THE SIXTH

PART THE FIRST

It had been the wish of the late King, that while his infant son KING
HENRY THE SIXTH, at this time only nine months old, was under age, the
Duke of Bedford should be Regent of France.

PART THE SECOND: THE STORY OF JOAN OF ARC

In a remote village among some wild hills in the province of Lorraine,
there lived a countryman whose name was JACQUES D'ARC.

PART THE THIRD

Bad deeds seldom prosper, happily for mankind; and the English cause
gained no advantage from the cruel death of Joan of Arc.

CHAPTER XXIII--ENGLAND UNDER EDWARD THE FOURTH

King Edward the Fourth was not quite twenty-one years of age when he took
that unquiet seat upon the throne of England.

CHAPTER XXVII--ENGLAND UNDER HENRY THE EIGHTH, CALLED BLUFF KING HAL

PART THE FIRST

We now come to King Henry the Eighth, whom it has been too much the
fashion to call 'Bluff King Hal,' and 'Burly King Harry.'

CHAPTER XXVIII--ENGLAND UNDER HENRY THE EIGHTH

PART THE SECOND

The Pope was so much obliged to him for this defence of the faith.
"""


def test_english_the_ordinal_inside_dickens_parts_under_their_chapters():
    # The parts start over while the chapters count up: they are the chapters' parts.
    # Read as a book's parts (rank 9) they stood above the chapters, and chapter XIII sat
    # under chapter XII's second part.
    assert [lv for lv, _ in _levels(_CHILD)] == [1, 2, 2, 1, 1, 2, 2, 2, 1, 1, 2, 1, 2]


_I_SAY_NO = """BOOK THE FIRST--AT SCHOOL.



CHAPTER I. THE SMUGGLED SUPPER.

Outside the bedroom the night was black and still.

The small rain fell too softly to be heard in the garden; not a leaf
stirred in the airless calm.



BOOK THE SECOND--IN LONDON.



CHAPTER XII. MRS. ELLMOTHER.

The metropolis of Great Britain is, in certain respects, like no other
metropolis on the face of the earth.



BOOK THE SIXTH--HERE AND THERE.



CHAPTER LV. MIRABEL SEES HIS WAY.

Reaching the hotel at which he was accustomed to stay when he was in
London, Mirabel locked the door of his room. He looked at the houses on
the opposite side of the street.



BOOK THE SEVENTH--THE CLINK.



CHAPTER LVIII. A COUNCIL OF TWO.

Early in the last century one of the picturesque race of robbers and
murderers, practicing the vices of humanity on the borderlands
watered by the river Tweed, built a tower of stone on the coast of
Northumberland.



CHAPTER LX. OUTSIDE THE ROOM.

Emily found Mirabel in the waiting room at Belford. Her sudden
appearance might well have amazed him.



BOOK THE LAST--AT HOME AGAIN.



CHAPTER LXV. CECILIA IN A NEW CHARACTER.

Reaching the cottage at night, Emily found the card of a visitor who
had called during the day.
"""


def test_english_the_last_collins_last_book_over_its_chapter():
    # Before the clause: a line in capitals at the chapters' rank, chapter LXV beside it.
    assert _levels(_I_SAY_NO) == [
        (1, "BOOK THE FIRST--AT SCHOOL."),
        (2, "CHAPTER I. THE SMUGGLED SUPPER."),
        (1, "BOOK THE SECOND--IN LONDON."),
        (2, "CHAPTER XII. MRS. ELLMOTHER."),
        (1, "BOOK THE SIXTH--HERE AND THERE."),
        (2, "CHAPTER LV. MIRABEL SEES HIS WAY."),
        (1, "BOOK THE SEVENTH--THE CLINK."),
        (2, "CHAPTER LVIII. A COUNCIL OF TWO."),
        (2, "CHAPTER LX. OUTSIDE THE ROOM."),
        (1, "BOOK THE LAST--AT HOME AGAIN."),
        (2, "CHAPTER LXV. CECILIA IN A NEW CHARACTER."),
    ]


def test_english_the_last_guard_nothing_before_it():
    # "CHAPTER THE LAST" with no chapter before it (a fragment) is what it was before.
    cands = _run_candidates("CHAPTER THE LAST\n\nYou see, when I got home Aunt Sally was there.")
    assert [(c.kind, c.title) for c in cands] == [("caps", "CHAPTER THE LAST")]


def _part_ranks(text):
    return [(c.title, c.rank) for c in _run_candidates(text) if c.title.startswith("PART")]


def test_english_the_ordinal_inside_guard_two_stretches_contents_then_body():
    # Review (session 35): a contents list then the book (Collins's Man and Wife: parts
    # over chapters counted across the book). The chapters between the two "PART THE
    # FIRST." lines count up, but all in one stretch (the contents): the parts stay parts
    # (rank 9), not moved under the chapters.
    text = (
        "PART THE FIRST.\n\nCHAPTER I.\n\nCHAPTER II.\n\nPART THE SECOND.\n\nCHAPTER III.\n\n"
        "CHAPTER IV.\n\nPART THE FIRST.\n\nCHAPTER I.\n\ntext\n\nCHAPTER II.\n\ntext\n\n"
        "PART THE SECOND.\n\nCHAPTER III.\n\ntext\n"
    )
    assert {rank for _, rank in _part_ranks(text)} == {9}


def test_english_the_ordinal_inside_guard_chapters_that_start_over():
    # Review (session 35): parts that start over (three volumes' worth, no volume lines)
    # with chapters that start over under each part: the chapters do not count up
    # across the restarts, so the parts are not inside them (rank 9 kept).
    text = (
        "PART THE FIRST.\n\nCHAPTER I.\n\nCHAPTER II.\n\nPART THE SECOND.\n\nCHAPTER I.\n\n"
        "PART THE FIRST.\n\nCHAPTER I.\n\nCHAPTER II.\n\nPART THE SECOND.\n\nCHAPTER I.\n\n"
        "PART THE FIRST.\n\nCHAPTER I.\n\nPART THE SECOND.\n\nCHAPTER I.\n"
    )
    assert {rank for _, rank in _part_ranks(text)} == {9}


_VERNE_LIST = """THE GREAT EXPLORERS OF THE 19TH CENTURY.

LIST OF ILLUSTRATIONS AND MAPS


PART THE FIRST.
                                                                   PAGE
Map of the work which had to be done in the 19th Century _Frontispiece_

Jerusalem . . . . . . . . . . . . . . . . . . . . . . . . . . . . .  10

Portrait of Burckhardt  . . . . . . . . . . . . . . . . . . . . . .  14

View of the Pyramid of Xochicalco . . . . . . . . . . . . . . . . . 168


PART THE SECOND.

New Zealanders  . . . . . . . . . . . . . . . . . . . . . . . . . . 178

Coast of Japan  . . . . . . . . . . . . . . . . . . . . . . . . . . 181


CHAPTER I.

THE DAWN OF A CENTURY OF DISCOVERY.

At the close of the eighteenth century the interior of Africa was unknown.

CHAPTER II.

THE EXPLORATION AND COLONIZATION OF AFRICA.

Burckhardt set out from Malta.
"""


def test_english_the_ordinal_list_label_verne_illustrations():
    # Review (session 35): Verne's Celebrated Travels and Travellers 3 labels the halves
    # of its list of illustrations "PART THE FIRST." / "PART THE SECOND."; read as parts
    # they became sections titled "PAGE" and "New Zealanders . . . 178". No heading.
    titles = [t for _, t in _levels(_VERNE_LIST)]
    assert not [t for t in titles if t.startswith("PART")], titles
    assert [t for t in titles if t.startswith("CHAPTER")] == [
        "CHAPTER I. THE DAWN OF A CENTURY OF DISCOVERY.",
        "CHAPTER II. THE EXPLORATION AND COLONIZATION OF AFRICA.",
    ]
