"""Session 46, books of poems and their front matter: front matter beside a body of poems
(clause front_matter_beside_body, transforms.matter_levels), a poem's part off the levels
ladder (clause poem_parts_off_ladder, transforms.section_paths), four titles set wider
than two blank lines (clauses few_poems_set_wide and few_titles_one_series,
transforms.poem_titles). Real text: lines of the Gutenberg mirror's books after cleaning
(Lang's Blue Poetry Book, Hardy's Satires of Circumstance, Wharton's Verses), stanzas cut
short; each clause's test fails on base46."""

from tests.transforms.test_poem_titles44 import LONG, _spans
from transforms import sections as sec
from transforms.matter_levels import matter_at_top
from transforms.section_paths import section_paths
from transforms.sections import Heading

# The Blue Poetry Book: its INTRODUCTION's first sentence, and the Rime of the Ancient
# Mariner's title over its PART I and PART II (stanzas cut short), then Poe's "THE HAUNTED
# PALACE"; LONG (test_poem_titles44: Kipling's ballads and the book's own poems) between.
BLUE_INTRO = """INTRODUCTION


The purpose of this Collection is to put before children, and young people, poems which \
are good in themselves, and especially fitted to live, as Theocritus says, 'on the lips of \
the young.'




"""
MARINER = """



THE RIME OF THE ANCIENT MARINER

IN SEVEN PARTS


PART I

 It is an ancient Mariner,
 And he stoppeth one of three.
 'By thy long grey beard and glittering eye,
 Now wherefore stopp'st thou me?

 The Bridegroom's doors are open'd wide,
 And I am next of kin;
 The guests are met, the feast is set:
 May'st hear the merry din.'


PART II

 'The Sun now rose upon the right:
 Out of the sea came he,
 Still hid in mist, and on the left
 Went down into the sea.

 'And the good south wind still blew behind,
 But no sweet bird did follow,
 Nor any day for food or play
 Came to the mariners' hollo!




THE HAUNTED PALACE


I

 In the greenest of our valleys,
 By good angels tenanted,
 Once a fair and stately palace,
 Radiant palace, reared its head.
"""


def _paths(text):
    sections = sec.find_sections(text)[0]
    return {s.title: p for s, p in zip(sections, section_paths(sections), strict=True)}


def test_front_matter_beside_a_body_of_poems():
    """Clause front_matter_beside_body: the INTRODUCTION before poems found at a
    chapter's rank, a poem's "PART I" later, is the poems' sibling, no parent (base46:
    rank of "PART I", every poem under it: "INTRODUCTION > Danny Deever")."""
    paths = _paths(BLUE_INTRO + LONG + MARINER)
    assert paths["INTRODUCTION"] == ["INTRODUCTION"]
    assert paths["Danny Deever"] == ["Danny Deever"]
    assert paths["BALLADE OF THE BEST SONG IN THE WORLD"] == [
        "BALLADE OF THE BEST SONG IN THE WORLD"
    ]
    assert not any(p[0] == "INTRODUCTION" for t, p in paths.items() if t != "INTRODUCTION")


def _h(title, kind, rank, start):
    return Heading(start, start + len(title), title, kind, rank)


def test_front_matter_takes_the_first_division_rank():
    """Clause front_matter_beside_body, the book's own headings as found (kinds and ranks
    of the cleaned Blue Poetry Book): the poems' titles rank 19 (rule caps), the
    Mariner's parts 9. The INTRODUCTION takes the first title's rank, 19, not the book's
    highest, 9 (base46: 9, the parent of every poem before the Mariner)."""
    heads = [
        _h("INTRODUCTION", "named", 20, 2345),
        _h("NURSE'S SONG", "caps", 19, 26647),
        _h("A BOY'S SONG", "caps", 19, 27314),
        _h("THE RIME OF THE ANCIENT MARINER", "caps", 19, 206442),
        _h("PART I", "keyword", 9, 206492),
        _h("PART II", "keyword", 9, 209269),
    ]
    assert [h.rank for h in matter_at_top(heads)] == [19, 19, 19, 19, 9, 9]


def test_front_matter_over_its_own_parts_beside_the_books():
    """Clause front_matter_beside_body, and front_matter_top's case kept: a PREFACE whose
    own numbered parts follow it, then BOOK I (the body's first division), ranks as BOOK
    I, its parts its children (base46: BOOK II's 8, the parent of BOOK I)."""
    heads = [
        _h("PREFACE", "named", 20, 100),
        _h("I.", "numeral", 40, 200),
        _h("II.", "numeral", 40, 300),
        _h("BOOK I", "keyword", 9, 400),
        _h("CHAPTER I", "keyword", 20, 500),
        _h("BOOK II", "keyword", 8, 600),
    ]
    assert [h.rank for h in matter_at_top(heads)][:4] == [9, 40, 40, 9]


# Wharton's Verses (1878), its headings as found (kinds and ranks on the cleaned book):
# three numbered poems first, then titled poems, "MORAL." under "A BALLAD." (clause
# bound_part, rank 21), and "Some Woman to Some Man." over its numbered parts.
WHARTON = [
    ("I. LE VIOL D’AMOUR.", "numbered", 38),
    ("II. VESPERS.", "numbered", 38),
    ("III. BETTINE TO GOETHE.", "numbered", 38),
    ("Prophecies of Summer.", "poem", 20),
    ("A BALLAD.", "poem", 20),
    ("MORAL.", "poem", 21),
    ("Chriemhild of Burgundy.", "poem", 20),
    ("Some Woman to Some Man.", "poem", 20),
    ("I.", "numeral", 40),
    ("II.", "numeral", 40),
    ("Longing.", "poem", 20),
]


def _levels(rows):
    text = "".join(f"{t}\n\n text of the poem\n\n" for t, _, _ in rows)
    heads, at = [], 0
    for t, kind, rank in rows:
        heads.append(Heading(at, at + len(t), t, kind, rank))
        at += len(t) + len("\n\n text of the poem\n\n") + 1
    sections = sec.sections_from_headings(text, heads)
    return [(s.level, s.title) for s in sections if s.title], sections


def test_poem_part_is_off_the_levels_ladder():
    """Clause poem_parts_off_ladder: the numbered poems at the book's start, under no
    parent, read level 1; "MORAL." 2 under its ballad; "I."/"II." 2 under their poem
    (base46: 3, and 4 under "Some Woman to Some Man.", MORAL's rank 21 on the ladder)."""
    levels, sections = _levels(WHARTON)
    assert [lv for lv, _ in levels] == [1, 1, 1, 1, 1, 2, 1, 1, 2, 2, 1]
    paths = section_paths(sections)
    assert ["A BALLAD.", "MORAL."] in paths
    assert ["Some Woman to Some Man.", "II."] in paths


def test_ladder_kept_for_other_kinds():
    """Guard (clause low_ranks_in_order): a numbered heading right under a chapter still
    sits under the level of a section (rank 30) found elsewhere: the ladder holds for
    every kind but a poem's part. Review (session 46): the numbered heading is never
    under the section here, so only the ladder puts it at 3 (with "1." under "Section
    1." too, as first written, the nesting alone did, and the test passed with no ladder)."""
    rows = [
        ("CHAPTER I", "keyword", 20),
        ("Section 1.", "keyword", 30),
        ("CHAPTER II", "keyword", 20),
        ("1. The second", "numbered", 38),
    ]
    levels, _ = _levels(rows)
    assert [lv for lv, _ in levels] == [1, 2, 1, 3]


# Hardy's Satires of Circumstance: the part "LYRICS AND REVERIES" under four blank lines
# over its first poem under two and the next under three (rule caps found them: ranks 20,
# 22 and 22), then the four titles rule poem_title_over_stanza finds, as the book sets
# them: "WESSEX HEIGHTS (1896)" under four, three under three (stanzas enough that the
# titles running on into their subtitles lie past the title page's 3,000 characters).
HARDY = """



LYRICS AND REVERIES


IN FRONT OF THE LANDSCAPE


 PLUNGING and labouring on in a tide of visions,
 Dolorous and dear,
 Forward I pushed my way as amid waste waters
 Stretching around,
 Through whose eddies there glimmered the customed landscape
 Yonder and near,

 Blotted to feeble mist. And the coomb and the upland
 Foliage-crowned,
 Ancient chalk-pit, milestone, rills in the grass-flat
 Stroked by the light,
 Seemed but a ghost-like gauze, and no substantial
 Meadow or mound.

 What were the infinite spectacles bulking foremost
 Under my sight,
 Hindering me to discern my paced advancement
 Lengthening to miles;
 What were the re-creations killing the daytime
 As by the night?

 O they were speechful faces, gazing insistent,
 Some as with smiles,
 Some as with slow-born tears that brinily trundled
 Over the wrecked
 Cheeks that were fair in their flush-time, ash now with anguish,
 Harrowed by wiles.



CHANNEL FIRING


 THAT night your great guns, unawares,
 Shook all our coffins as we lay,
 And broke the chancel window-squares,
 We thought it was the Judgment-day

 And sat upright. While drearisome
 Arose the howl of wakened hounds:
 The mouse let fall the altar-crumb,
 The worms drew back into the mounds,

 The glebe cow drooled. Till God called, “No;
 It’s gunnery practice out at sea
 Just as before you went below;
 The world is as it used to be:

 “All nations striving strong to make
 Red war yet redder. Mad as hatters
 They do no more for Christés sake
 Than you who are helpless in such matters.

 “That this is not the judgment-hour
 For some of them’s a blessed thing,
 For if it were they’d have to scour
 Hell’s floor for so much threatening . . .




WESSEX HEIGHTS (1896)


 THERE are some heights in Wessex, shaped as if by a kindly hand
 For thinking, dreaming, dying on, and at crises when I stand,
 Say, on Ingpen Beacon eastward, or on Wylls-Neck westwardly,
 I seem where I was before my birth, and after death may be.

 In the lowlands I have no comrade, not even the lone man’s friend—Her who suffereth long and is kind; accepts what he is too weak to mend:
 Down there they are dubious and askance; there nobody thinks as I,
 But mind-chains do not clank where one’s next neighbour is the sky.

 In the towns I am tracked by phantoms having weird detective ways—
 Shadows of beings who fellowed with myself of earlier days:
 They hang about at places, and they say harsh heavy things—
 Men with a frigid sneer, and women with tart disparagings.

 Down there I seem to be false to myself, my simple self that was,
 And is not now, and I see him watching, wondering what crass cause
 Can have merged him into such a strange continuator as this,
 Who yet has something in common with himself, my chrysalis.

 I cannot go to the great grey Plain; there’s a figure against the moon,
 Nobody sees it but I, and it makes my breast beat out of tune;
 I cannot go to the tall-spired town, being barred by the forms now passed
 For everybody but me, in whose long vision they stand there fast.



A DEATH-DAY RECALLED


 BEENY did not quiver,
 Juliot grew not gray,
 Thin Valency’s river
 Held its wonted way.
 Bos seemed not to utter
 Dimmest note of dirge,
 Targan mouth a mutter
 To its creamy surge.

 Yet though these, unheeding,
 Listless, passed the hour
 Of her spirit’s speeding,
 She had, in her flower,
 Sought and loved the places—
 Much and often pined
 For their lonely faces
 When in towns confined.



A KING’S SOLILOQUY
ON THE NIGHT OF HIS FUNERAL


 FROM the slow march and muffled drum
 And crowds distrest,
 And book and bell, at length I have come
 To my full rest.

 A ten years’ rule beneath the sun
 Is wound up here,
 And what I have done, what left undone,
 Figures out clear.



POSTSCRIPT
“MEN WHO MARCH AWAY”
(SONG OF THE SOLDIERS)


 WHAT of the faith and fire within us
 Men who march away
 Ere the barn-cocks say
 Night is growing gray,
 To hazards whence no tears can win us;
 What of the faith and fire within us
 Men who march away?

 Is it a purblind prank, O think you,
 Friend with the musing eye,
 Who watch us stepping by
 With doubt and dolorous sigh?
 Can much pondering so hoodwink you!
 Is it a purblind prank, O think you,
 Friend with the musing eye?
"""


PEERS = {"LYRICS AND REVERIES": 20, "IN FRONT OF THE LANDSCAPE": 22, "CHANNEL FIRING": 22}


def test_four_titles_set_wider_than_two_lines_are_one_series():
    """Clauses few_poems_set_wide and few_titles_one_series: the four titles set under
    three and four blank lines are titles (base46: none, only one as wide as the
    widest), all at the rank of the book's poems (22), "WESSEX HEIGHTS" too, though the
    book's part is set as wide (clause peer_rank alone gave it the part's 20, the parent
    of the three)."""
    got = _spans(HARDY, PEERS)
    assert [t for t, _ in got] == [
        "WESSEX HEIGHTS (1896)",
        "A DEATH-DAY RECALLED",
        "A KING’S SOLILOQUY ON THE NIGHT OF HIS FUNERAL",
        "POSTSCRIPT “MEN WHO MARCH AWAY” (SONG OF THE SOLDIERS)",
    ]
    assert {r for _, r in got} == {22}


def test_four_titles_under_two_lines_stay_alike():
    """Guard of few_poems_set_alike: four titles all under two blank lines (none wider)
    are still the book's titles, as on base46."""
    text = HARDY.replace("\n\n\n\n\n", "\n\n\n").replace("\n\n\n\n", "\n\n\n")
    got = _spans(text, PEERS)
    assert [t for t, _ in got][-3:] == [
        "A DEATH-DAY RECALLED",
        "A KING’S SOLILOQUY ON THE NIGHT OF HIS FUNERAL",
        "POSTSCRIPT “MEN WHO MARCH AWAY” (SONG OF THE SOLDIERS)",
    ]


def test_front_matter_over_its_own_titles_stays_above():
    """Guard of clause front_matter_beside_body: titles at a chapter's rank that stop at
    the body's first division are the front matter's own (Plato's Laws, its headings as
    found: "EXCURSUS ..." in capitals under "INTRODUCTION AND ANALYSIS.", then the BOOKs):
    the introduction ranks as a BOOK, over its excursus, as on base46."""
    heads = [
        _h("INTRODUCTION AND ANALYSIS.", "named", 20, 100),
        _h("EXCURSUS ON THE RELATION OF THE LAWS OF PLATO TO THE LAWS OF ATHENS.", "caps", 20, 900),
        _h("BOOK I. PERSONS OF THE DIALOGUE", "keyword", 10, 2000),
        _h("BOOK II.", "keyword", 10, 3000),
    ]
    assert [h.rank for h in matter_at_top(heads)] == [10, 20, 10, 10]


def test_front_heading_over_its_own_titles_stays_their_parent():
    """Guard of clause front_matter_beside_body (review, session 46: clause
    front_label_over_titles): Shaw's The Shewing-up of Blanco Posnet, its headings as
    found (titles, kinds, ranks and offsets of the cleaned book): a PREFACE with no text of
    its own, "THE CENSORSHIP" five characters under it, is the parent of its sections in
    capitals though such titles go on past the "PART I" of the statement inside it. It
    ranks as that PART (9), as on base46 (the branch's first form left it at 20, and its
    17 sections lost their parent)."""
    heads = [
        _h("PREFACE", "named", 20, 57),
        _h("THE CENSORSHIP", "caps", 20, 69),
        _h("A READABLE BLUEBOOK", "caps", 20, 879),
        _h("THE EXECUTION", "caps", 20, 34213),
        _h("PART I THE WITNESS'S QUALIFICATIONS", "keyword", 9, 38120),
        _h("THE DEFINITION OF IMMORALITY", "caps", 20, 40585),
        _h("WHAT TOLERATION MEANS", "caps", 20, 45594),
    ]
    assert [h.rank for h in matter_at_top(heads)] == [9, 20, 20, 20, 9, 20, 20]


def test_back_word_over_titles_labels_nothing():
    """Guard of clause front_label_over_titles: a back-matter word with no text of its own
    over a title ("APPENDIX." over "ON TIME", contents lines at the head of Milton's
    Poetical Works, its headings as found) labels no body: the front matter stays beside
    the poems in capitals that go on past "BOOK I." (as the branch had it)."""
    heads = [
        _h("APPENDIX.", "named", 20, 1888),
        _h("ON TIME", "caps", 20, 1899),
        _h("PREFACE by the Rev. H. C. Beeching, M. A.", "listed", 20, 1911),
        _h("THE STATIONER TO THE READER.", "caps", 20, 17815),
        _h("MISCELLANEOUS POEMS.", "caps", 20, 19570),
        _h("BOOK I.", "keyword", 10, 300000),
        _h("L'ALLEGRO.", "caps", 20, 400000),
    ]
    assert [h.rank for h in matter_at_top(heads)] == [20, 20, 20, 20, 20, 10, 20]
