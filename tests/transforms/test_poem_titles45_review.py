"""Session 45's review of branch wtE (rule poem_title_over_stanza, transforms.poem_titles;
clause plates_opener, transforms.contents_openers): a group's label right over a poem's
title (clause group_label_line), the guards of few_poems_set_alike and plates_opener that
no test held, a novel's four short chapters, and poems whose titles end in a number in a
book with a list of plates. Real text: lines of the Gutenberg mirror's books after cleaning
(Wilde's Selected Poems, Swift's Poems, Pope's Poetical Works vol. 1, Lang's Blue Poetry
Book and Animal Story Book, Twain's 1601, Melville's John Marr, Alcott's A Garland for Girls), stanzas cut short."""

from tests.transforms.test_poem_titles44 import LONG, _spans
from tests.transforms.test_poem_titles45 import BLUE_FRONT, POPE
from transforms import sections as sec
from transforms.contents_openers import plates_opener

# Wilde's Selected Poems as cleaned: "THE BALLAD OF READING GAOL", then the group's label
# "POEMS" right over "AVE IMPERATRIX" (no blank line between), "FABIEN DEI FRANCHI" over
# its dedication, each under four blank lines; a sonnet's subject under two.
WILDE = """ROBERT ROSS

 * * * * *

 IN MEMORIAM
 C. T. W.
 Sometimes trooper of
 The Royal Horse Guards




THE BALLAD OF READING GAOL


 HE did not wear his scarlet coat,
 For blood and wine are red,
 And blood and wine were on his hands
 When they found him with the dead,
 The poor dead woman whom he loved,
 And murdered in her bed.




POEMS
AVE IMPERATRIX


 SET in this stormy Northern sea,
 Queen of these restless fields of tide,
 England! what shall men say of thee,
 Before whose feet the worlds divide?




FABIEN DEI FRANCHI
TO MY FRIEND HENRY IRVING


 THE silent room, the heavy creeping shade,
 The dead that travel fast, the opening door,
 The murdered brother rising through the floor,
 The ghost's white fingers on thy shoulders laid,




SONNET


 ON HEARING THE DIES IRÆ SUNG IN THE SISTINE CHAPEL

 NAY, Lord, not thus! white lilies in the spring,
 Sad olive-groves, or silver-breasted dove,
 Teach me more clearly of Thy life and love
 Than terrors of red flame and thundering.
"""


def test_group_label_over_a_title_heads_the_group():
    """Clause group_label_line: "POEMS" over "AVE IMPERATRIX" is the group's label, a
    heading of its own; the poem's title is "AVE IMPERATRIX" (the branch before the review:
    one title "POEMS AVE IMPERATRIX", a group label joined onto the poem's). Past the
    book's front (clause run_on_title reads no title page), as in the book."""
    titles = [t for t, _ in _spans(LONG + "\n\n\n\n" + WILDE)]
    assert titles[-5:] == [
        "THE BALLAD OF READING GAOL",
        "POEMS",
        "AVE IMPERATRIX",
        "FABIEN DEI FRANCHI TO MY FRIEND HENRY IRVING",
        "SONNET ON HEARING THE DIES IRÆ SUNG IN THE SISTINE CHAPEL",
    ]


# Swift's Poems vol. 1 and 2: "VERSES" / "EPIGRAMS" running on into what the verses are.
SWIFT_RUN_ON = """VERSES
WRITTEN ON A WINDOW, AT THE DEANERY HOUSE, ST. PATRICK'S

Are the guests of this house still doom'd to be cheated?
Sure the Fates have decreed they by halves should be treated.
In the days of good John if you came here to dine,
You had choice of good meat, but no choice of good wine.




EPIGRAMS
OCCASIONED BY DR. SWIFT'S INTENDED HOSPITAL
FOR IDIOTS AND LUNATICS


O Genius of Hibernia's state,
Sublimely good, severely great,
How doth this latest act excel
All you have done or wrote so well!
"""


def test_label_running_on_stays_the_title():
    """Guard of group_label_line: a label whose next line runs on ("WRITTEN ON ...",
    "OCCASIONED BY ...") is the first line of one title (clause run_on_title)."""
    titles = [t for t, _ in _spans(LONG + "\n\n\n\n" + SWIFT_RUN_ON)]
    assert titles[-2:] == [
        "VERSES WRITTEN ON A WINDOW, AT THE DEANERY HOUSE, ST. PATRICK'S",
        "EPIGRAMS OCCASIONED BY DR. SWIFT'S INTENDED HOSPITAL FOR IDIOTS AND LUNATICS",
    ]


def test_two_of_four_set_alike_are_too_few():
    """Guard of few_poems_set_alike: Pope's layout with "SPRING." set as wide as "AUTUMN."
    (four blank lines; the book has three): the two pastorals only, never the speaker or
    the subtitle under two. Session 45 (MIN_ALIKE 3) took none here; session 46's clause
    few_poems_set_wide takes those set wider than two blank lines."""
    got = _spans(POPE.replace("\n\n\n\nSPRING.", "\n\n\n\n\nSPRING."))
    assert [t for t, _ in got] == ["SPRING.", "AUTUMN."]


# Alcott's A Garland for Girls: four stories' titles over their first paragraphs (the
# book sets each under five blank lines; here they are set unevenly, five, three, five
# and two, as a book of poems may be), and the verse that ends the last story's heading
# ("MOUNTAIN--LAUREL"): prose with a poem inside.
NOVEL = """PREFACE


These stories were written for my own amusement during a period of enforced seclusion.





MAY FLOWERS


Being Boston girls, of course they got up a club for mental improvement, and, as they \
were all descendants of the Pilgrim Fathers, they called it the Mayflower Club.

Anna Winslow, as president, began by proposing “Happy Dodd;” but a chorus of “I've read \
it!” made her turn to her list for another title.



AN IVY SPRAY AND LADIES' SLIPPERS


“IT can't be done! So I may as well give it I up and get a new pair. I long for them, \
but I'm afraid my nice little plan for Laura will be spoilt,” said Jessie Delano to \
herself, as she shook her head over a pair of small, dilapidated slippers almost past \
mending.





PANSIES


They are never alone that are accompanied with noble thoughts.--SIR PHILIP SIDNEY.

“I'VE finished my book, and now what CAN I do till this tiresome rain is over?” \
exclaimed Carrie, as she lay back on the couch with a yawn of weariness.


MOUNTAIN--LAUREL


 My bonnie flower, with truest joy
 Thy welcome face I see,
 The world grows brighter to my eyes,
 And summer comes with thee.
"""


def test_four_short_chapters_of_a_novel_are_no_book_of_poems():
    """Question 5 of the review: four titles set apart unevenly, two as wide as the widest,
    over prose and one stanza, are no book of poems (clause verse_book: mostly prose;
    clause few_poems_set_alike: two alike are too few)."""
    assert _spans(NOVEL) == []


def test_a_line_naming_plates_opens_no_list():
    """Guard of plates_opener (its pattern must match the whole line): a publisher's list
    in Lang's Animal Story Book ("Coloured Plates and 43 other Illustrations.") and a
    wrapped line of Twain's 1601 ("Chicago from plates.") name plates and open no list."""
    no = ["Coloured Plates and 43 other Illustrations.", "Chicago from plates."]
    assert not any(map(plates_opener, no))


# Melville's John Marr: titles over their year, set apart; the Blue Poetry Book's
# contents list and list of plates (captions with their pages) before them.
YEARS = """



BRIDEGROOM DICK
1876

Sunning ourselves in October on a day
Balmy as spring, though the year was in decay,
I lading my pipe, she stirring her tea,
My old woman she says to me,




IN THE PRISON PEN
1864

Listless he eyes the palisades
 And sentries in the glare;
'Tis barren as a pelican-beach
 But his world is ended there.
"""


def test_titles_ending_in_a_year_after_a_list_of_plates_stay():
    """Question 3 of the review: a list of plates (captions ending in their pages) ends at
    two blank lines; the book's poems after it keep their sections, those whose titles
    end in a number ("BRIDEGROOM DICK" / "1876") too, and "ORPHEUS WITH HIS LUTE 76", the
    caption, is none."""
    titles = [s.title for s in sec.find_sections(BLUE_FRONT + "\n\n\n\n" + LONG + YEARS)[0]]
    assert titles[-2:] == ["BRIDEGROOM DICK 1876", "IN THE PRISON PEN 1864"]
    assert not any(t.startswith("ORPHEUS") for t in titles)
    assert "Danny Deever" in titles
