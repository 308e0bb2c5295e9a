"""Rule poem_title_over_stanza (transforms.poem_titles) and rule contents_list
(transforms.contents), session 45: a poem's moral set as wide as its title (clause
bound_part), a book of four poems (few_poems_set_alike), titles in capitals ending ";" or
":" (open_title_in_capitals) and a list of plates (plates_opener). Real text: lines of
the Gutenberg mirror's books after cleaning (Wharton's Verses, Chesterton's Provocations,
Pope's Poetical Works vol. 1, Swift's Poems, Lang's Blue Poetry Book, Grimm's Snowdrop &
Other Tales), stanzas cut short; each clause's test fails on base45."""

from tests.transforms.test_poem_titles42 import HEAD, KIPLING, _book
from tests.transforms.test_poem_titles44 import LONG, _spans
from transforms import poem_titles as pt
from transforms import sections as sec
from transforms.contents_openers import plates_opener
from transforms.heading_candidate import CAPS_RANK

# Wharton's Verses (1878): "A BALLAD." and its "MORAL.", each under two blank lines.
BALLAD = """

 A BALLAD.

 In our town there dwelt a maiden
 Whom the folk called Marian;
 In her narrow gabled casement
 All day long she sat and span.

 But at dawn she was aweary--
 In the street she laid her down;
 And they found her dead at sunrise
 With her head upon a stone.


 MORAL.

 Ladies, listen to my ballad:
 Maidens are too lightly won;
 Home is best for country lasses,
 Men are false in London town.
"""


def test_moral_set_as_wide_as_its_ballad_is_its_part():
    """Clause bound_part: "MORAL." set as wide as "A BALLAD." ranks one under it (on
    base45 both ranked 20: the moral a poem of its own). The ballad and Kipling's poems
    keep their rank."""
    found = _spans(_book(KIPLING[:5], HEAD) + BALLAD)
    assert found[-2:] == [("A BALLAD.", CAPS_RANK), ("MORAL.", CAPS_RANK + 1)]
    assert {r for _, r in found[:-1]} == {CAPS_RANK}


def test_bound_part_names():
    """Guard of clause bound_part: a moral, a chorus, a strophe only; an envoy or a
    prologue may be the book's own (test_poem_titles44's Kipling "L'ENVOI")."""
    yes = ["MORAL.", "THE MORAL", "CHORUS", "SEMICHORUS II.", "ANTISTROPHE 2", "EPODE."]
    no = ["L'ENVOI", "ENVOY", "PROLOGUE", "EPILOGUE.", "CONCLUSION", "A MORAL TALE"]
    assert all(pt._BOUND_PART.match(t) for t in yes)
    assert not any(pt._BOUND_PART.match(t) for t in no)


# Chesterton's Provocations as cleaned: three poems' titles under four blank lines, two
# under each (the book's other poems, "Queen Elizabeth" here, are its contents list's:
# rule listed's headings), that poem's envoy under two blank lines; stanzas cut short.
PROVOCATIONS = """PROVOCATIONS




Over the Top!


 Ten more minutes! Say yer prayers,
 Read yer Bibles,--pass the rum!
 Ten more minutes! Strike me dumb,
 'Ow they creeps on unawares




Alas!


 So softly Time trod with me, that I lost
 His footsteps pacing mine. I stayed the while
 To wrest the luscious fruits from love and life;
 He strode on pauselessly, with thin cold smile.




The Things Unsaid are the Things that Count!


 You told me you had done with love,
 You showed me why;
 You said it often, just to prove
 Inconstancy!




Queen Elizabeth

She would dance a Coranto, that the French Ambassador, hidden behind a curtain, might \
report her sprightliness to his master.--GREENE.


 Courageous and calm, with the valour of men
 Elizabeth waited the chances; and then
 Cried the frivolous Queen.
 Majestic of mien
 She towered, her wisdom and high inspiration,
 The might of a people, the soul of a nation.


 L'Envoie

 (And even to-day I will wager that no man
 Can fathom the mind or the depths of a woman!)
"""


def test_four_poems_set_alike_make_a_book_of_poems():
    """Clause few_poems_set_alike: four titles over poems, three under four blank lines:
    those three are the poems (base45: none, under the 5-poem minimum); "L'Envoie", set
    closer, is none."""
    assert [t for t, _ in _spans(PROVOCATIONS, {"Queen Elizabeth": CAPS_RANK})] == [
        "Over the Top!",
        "Alas!",
        "The Things Unsaid are the Things that Count!",
    ]


# Pope's Poetical Works vol. 1: the Discourse on Pastoral Poetry's last line, two
# pastorals' titles under three and four blank lines, a speaker of the fourth pastoral
# ("LYCIDAS.") and the Rape of the Lock's subtitle under two, as the book sets them (the
# lines under the subtitle are the pastoral's next four: the book has its motto there).
POPE = """But after all, if they have any merit, it is to be attributed to some good old \
authors, whose works as I had leisure to study, so I hope I have not wanted care to imitate.



SPRING.

THE FIRST PASTORAL, OR DAMON.

TO SIR WILLIAM TRUMBULL.


First in these fields I try the sylvan strains,
Nor blush to sport on Windsor's blissful plains:
Fair Thames, flow gently from thy sacred spring,
While on thy banks Sicilian Muses sing;




AUTUMN.

THE THIRD PASTORAL, Or HYLAS AND ÆGON.

TO MR WYCHERLEY.


Beneath the shade a spreading beech displays,
Hylas and Ægon sung their rural lays;
This mourn'd a faithless, that an absent love.
And Delia's name and Doris' fill'd the grove.


LYCIDAS.

Thyrsis, the music of that murmuring spring
Is not so mournful as the strains you sing;
Nor rivers winding through the vales below,
So sweetly warble, or so smoothly flow.


WRITTEN IN THE YEAR MDCCXII.

Now sleeping flocks on their soft fleeces lie,
The moon, serene in glory, mounts the sky,
While silent birds forget their tuneful lays,
Oh sing of Daphne's fate, and Daphne's praise!
"""


def test_four_titles_set_apart_unlike_are_no_book_of_poems():
    """Guard of clause few_poems_set_alike: the speaker "LYCIDAS." and the subtitle, set
    under two blank lines, are no titles (the mirror's A/B at MIN_POEMS 4 took them).
    Session 46 (clause few_poems_set_wide): the two pastorals, under three and four, are
    (session 45 took none: only one was set as wide as the widest)."""
    assert _spans(POPE) == [("SPRING.", CAPS_RANK), ("AUTUMN.", CAPS_RANK)]


def test_three_poems_are_still_too_few():
    """Guard: three titles set alike are no book of poems (MIN_FEW_POEMS is 4)."""
    assert _spans(_book(KIPLING[:3], HEAD)) == []


# Swift's Poems: titles in capitals ending ";" or ":", running on into the next line.
OPEN_TITLES = """ON MRS. BIDDY FLOYD;

OR, THE RECEIPT TO FORM A BEAUTY. 1707


When Cupid did his grandsire Jove entreat
To form some Beauty by a new receipt,
Truth, innocence, good nature, look serene:
From which ingredients first the dext'rous boy




STELLA'S BIRTH-DAY:
A GREAT BOTTLE OF WINE, LONG BURIED, BEING THAT DAY DUG UP. 1722-3


Resolv'd my annual verse to pay,
By duty bound, on Stella's day,
Furnish'd with paper, pens, and ink,
I gravely sat me down to think:
"""


def test_title_in_capitals_ending_open_is_a_title():
    """Clause open_title_in_capitals: "ON MRS. BIDDY FLOYD;" over its other name, and
    "STELLA'S BIRTH-DAY:" over its subject and year, are poems' titles (base45: neither)."""
    titles = [s.title for s in sec.find_sections(LONG + "\n\n\n\n" + OPEN_TITLES)[0]]
    assert titles[-2:] == [
        "ON MRS. BIDDY FLOYD;",
        "STELLA'S BIRTH-DAY: A GREAT BOTTLE OF WINE, LONG BURIED, BEING THAT DAY DUG UP. 1722-3",
    ]


def test_line_in_mixed_case_ending_open_is_no_title():
    """Guard of clause open_title_in_capitals: in mixed case, or ":--", the line
    introduces the verse under it."""
    assert pt._title_like("ON A SHADOW IN A GLASS;")
    no = ["The following are the last lines my sister Emily ever wrote:--",
          "Whispered: let me in, sweet mother;", "THE ANSWER:--", "Ladies, listen to my ballad:"]  # fmt: skip
    assert not any(map(pt._title_like, no))


# Lang's Blue Poetry Book: its contents list (one author's entries), its list of plates
# (the captions with their pages), then the book's title and its first poems.
BLUE_FRONT = """CONTENTS

 PAGE

 BLAKE, WILLIAM, 1757-1828:
 NURSE'S SONG 1
 THE LAMB 5

 HOGG, JAMES, 1770-1835:
 A BOY'S SONG 2

 SHAKESPEARE, WILLIAM, 1564-1616:
 A SEA DIRGE 71
 FIDELE 199
 ORPHEUS WITH HIS LUTE 77
 WINTER 95




 LIST OF PLATES

 PAGE
 TO BEHOLD THE WANDERING MOON
 RIDING NEAR HER HIGHEST NOON Frontispiece

 AND THE STAR OF PEACE RETURN 23

 ORPHEUS WITH HIS LUTE 76

 AND THE IDOLS ARE BROKE IN THE TEMPLE OF BAAL 84

 THE DEATH-FIRES DANCED AT NIGHT 220




THE BLUE POETRY BOOK




NURSE'S SONG


 When the voices of children are heard on the green
 And laughing is heard on the hill,
 My heart is at rest within my breast,
 And everything else is still.

 W. BLAKE.




A BOY'S SONG


 Where the pools are bright and deep,
 Where the grey trout lies asleep,
 Up the river and o'er the lea,
 That's the way for Billy and me.

 JAMES HOGG.




THE LAMB


 Little Lamb, who made thee?
 Dost thou know who made thee?
 Gave thee life, and bid thee feed
 By the stream and o'er the mead;

 W. BLAKE.
"""


def test_list_of_plates_is_no_section():
    """Clause plates_opener: the list of plates is a list, kept out of the sections; on
    base45 its caption "ORPHEUS WITH HIS LUTE 76", which the contents list names, was the
    section every poem of the book sat under."""
    found = [(s.level, s.title) for s in sec.find_sections(BLUE_FRONT)[0] if s.title]
    assert not [t for _, t in found if "ORPHEUS" in t]
    poems = [(lv, t) for lv, t in found if t in ("NURSE'S SONG", "A BOY'S SONG", "THE LAMB")]
    assert [t for _, t in poems] == ["NURSE'S SONG", "A BOY'S SONG", "THE LAMB"]
    assert len({lv for lv, _ in poems}) == 1  # siblings


# Grimm's Snowdrop & Other Tales: its list of black and white illustrations quotes the
# tale ("So the rich Brother had to put ..."), and the tale's paragraph is that line.
GRIMM = """List of Black and White Illustrations


 PAGE
 Headpiece 1

 In the evening the seven Dwarfs came back 4

 The Three Sleeping Princesses 48

 So the rich Brother had to put his Brother's Turnip into a cart, and have it taken home 54

 The Cat crept stealthily up to the topmost branch 67




THE TURNIP

The King took the present, saying that he could give him in return nothing rarer or \
better than the huge Turnip.

So the rich Brother had to put his Brother's Turnip into a cart, and have it taken home.

Then he did not know on whom to expend his wrath and bitterness, till evil thoughts \
came to him, and he determined to kill his Brother.
"""


def test_captions_of_a_list_of_plates_name_no_heading():
    """Guard of clause plates_opener: the list's captions are no contents entries (a
    first form took them as entries, and the tale's line "So the rich Brother ..." was a
    section: the mirror's A/B)."""
    titles = [s.title for s in sec.find_sections(GRIMM)[0] if s.title]
    assert not [t for t in titles if t.startswith("So the rich")]


def test_plates_openers():
    """Clause plates_opener: how books name a list of plates; prose about the plates and a
    title page's line are none, nor "LIST OF ILLUSTRATIONS" (a named candidate)."""
    yes = ["LIST OF PLATES", "LIST OF THE PLATES", "FULL-PAGE PLATES.", "COLOURED PLATES",
           "PLATES.", "LIST OF FOUR-COLOR PLATES", "List of Black and White Illustrations",
           "LIST OF ILLUSTRATIONS AND MAPS", "LIST OF ENGRAVINGS."]  # fmt: skip
    no = ["EXPLANATION OF THE PLATES.", "WITH EIGHT COLOURED PLATES", "DESCRIPTION OF PLATES.",
          "LIST OF ILLUSTRATIONS", "plates.", "Illustrations in the plates of this book"]  # fmt: skip
    assert all(map(plates_opener, yes))
    assert not any(map(plates_opener, no))
