"""Rule poem_title_over_stanza (transforms.poem_titles), session 44: the rank of the rule's
titles among the book's own headings (clauses peer_rank, part_of_poem), dedications
(dedication_line), a publisher's list (price_list) and titles running on into their
subtitle (run_on_title). Real text: lines of the Gutenberg mirror's books after cleaning
(Lang's Blue Poetry Book and Ballades and Verses Vain, Swift's Poems, Hardy's Late Lyrics),
stanzas cut short; each clause's test fails on base44."""

from tests.transforms.test_poem_titles42 import HEAD, KIPLING, _book
from transforms import sections as sec
from transforms.contents import scan_lines
from transforms.heading_candidate import CAPS_RANK
from transforms.poem_titles import poem_title_spans


def _spans(text: str, headings: dict[str, int] | None = None) -> list[tuple[str, int]]:
    """(title, rank) of the rule's titles; ``headings``: lines found by the book's other
    rules, with their ranks, as sections.py passes them."""
    lines = scan_lines(text)
    at = {i: headings[t] for i, t in enumerate(lines.texts) if t in (headings or {})}
    no_list = [False] * (len(lines.texts) + 1)
    spans = poem_title_spans(lines, set(at), set(), no_list, False, False, *([at] if at else []))
    return [(" ".join(" ".join(lines.texts[i : j + 1]).split()), r) for i, j, r in spans]


def _titles(text: str) -> list[str]:
    return [s.title for s in sec.find_sections(text)[0] if s.title]


NAMES = [t.split("\n")[0] for t, _ in KIPLING[:5]]
BALLADS = _book(KIPLING[:5], HEAD)  # five of Barrack-Room Ballads: the rule's minimum


# The Blue Poetry Book: each poem's title in capitals under four blank lines, its author
# under it. Rule caps found the titles its contents list names ("ROSE AYLMER", "A SEA
# DIRGE", rank 19); "SONG", "STANZAS" and the poems listed under another name are the
# rule's (the last lines of each stanza cut here).
BLUE = [
    ("ROSE AYLMER", ["Ah! what avails the sceptred race,", "Ah! what the form divine!",
                     "What every virtue, every grace!", "Rose Aylmer, all were thine.",
                     "", "W. S. LANDOR."]),
    ("SONG", ["Who is Silvia? what is she,", "That all our swains commend her?",
              "Holy, fair and wise is she;", "The heaven such grace did lend her",
              "That she might admired be.", "", "W. SHAKESPEARE."]),
    ("STANZAS", ["Could Love for ever", "Run like a river,", "And Time's endeavour",
                 "Be tried in vain--", "", "LORD BYRON."]),
    ("A SEA DIRGE", ["Full fathom five thy father lies:", "Of his bones are coral made;",
                     "Those are pearls that were his eyes:", "Nothing of him that doth fade,",
                     "", "W. SHAKESPEARE."]),
    ("SONG", ["Where the bee sucks, there suck I:", "In a cowslip's bell I lie;",
              "There I couch, when owls do cry:", "On the bat's back I do fly",
              "After summer merrily.", "", "W. SHAKESPEARE."]),
    ("'I WANDERED LONELY.'", ["I wandered lonely as a cloud",
                              "That floats on high o'er vales and hills,",
                              "When all at once I saw a crowd,",
                              "A host, of golden daffodils;", "", "W. WORDSWORTH."]),
    ("SONG", ["A weary lot is thine, fair maid,", "A weary lot is thine!",
              "To pull the thorn thy brow to braid,", "And press the rue for wine!",
              "", "SIR W. SCOTT."]),
    ("SONG", ["Where shall the lover rest,", "Whom the fates sever",
              "From his true maiden's breast,", "Parted for ever?", "", "SIR W. SCOTT."]),
]  # fmt: skip
CAUGHT = {"ROSE AYLMER": 19, "A SEA DIRGE": 19}  # rule caps' titles, as find_headings ranks them
BOOK = _book(BLUE, "THE BLUE POETRY BOOK")


def test_songs_rank_as_the_books_poems():
    """Clause peer_rank: the rule's titles set as the book's caps titles are (four blank
    lines above) rank as those do, 19: siblings. On base44 they ranked 20, each "SONG" a
    part of the poem above it."""
    found = _spans(BOOK, CAUGHT)
    assert found == [("SONG", 19), ("STANZAS", 19), ("SONG", 19), ("'I WANDERED LONELY.'", 19),
                     ("SONG", 19), ("SONG", 19)]  # fmt: skip


def test_without_the_books_ranks_titles_rank_as_capitals():
    """Guard of clause peer_rank: no heading of the book set alike, the rule's own rank."""
    found = _spans(BOOK)
    assert {r for _, r in found} == {CAPS_RANK} and len(found) == 8  # the two caps' too


# The Blue Poetry Book, Scott's "The Outlaw": its last stanza, then its chorus set closer
# (two blank lines), then the author.
OUTLAW = """THE OUTLAW




'Maiden! a nameless life I lead,
A nameless death I'll die!
The fiend, whose lantern lights the mead
Were better mate than I!
And when I'm with my comrades met
Beneath the greenwood bough,
What once we were we all forget,
Nor think what we are now.'


CHORUS

Yet Brignall banks are fresh and fair,
And Greta woods are green.
And you may gather garlands there
Would grace a summer queen.

SIR W. SCOTT.
"""


def test_chorus_is_a_part_of_the_poem_above():
    """Clause part_of_poem: a part's name set closer than the poem's title (caps, rank 19)
    ranks one under it, never its sibling: on base44 "CHORUS" ranked as the book's poems
    (20 among titles of 20 where the book's are 20: Kipling's Natural Theology)."""
    found = dict(_spans(BOOK + "\n\n\n\n" + OUTLAW, CAUGHT | {"THE OUTLAW": 19}))
    assert found["CHORUS"] == 20 and found["STANZAS"] == 19
    found = dict(_spans(BOOK + "\n\n\n\n" + OUTLAW, CAUGHT | {"THE OUTLAW": 20}))
    assert found["CHORUS"] == 21  # one under the poem, whatever the book ranks it


# Lang's Ballades and Verses Vain, "Ballade of Old Plays": its title (rule caps: rank 20),
# its dedication, its source, then its parts, each on the refrain.
OLD_PLAYS = """BALLADE OF OLD PLAYS.


TO BRANDER MATTHEWS.

(Les Œuvres de Monsieur Molière. A Paris, chez Louys Billaine, à la Palme.
M.D.C.LXVI.)


LA COUR.

When these Old Plays were new, the King,
Beside the Cardinal's chair,
Applauded, 'mid the courtly ring,
The verses of Molière;
Point-lace was then the only wear,
Old Corneille came to woo,
And bright Du Parc was young and fair,
When these Old Plays were new!


LA COMÉDIE.

How shrill the butcher's cat-calls ring,
How loud the lackeys swear!
Black pipe-bowls on the stage they fling,
At Brecourt, fuming there!
The Porter's stabbed! a Mousquetaire
Breaks in with noisy crew--
'T was all a commonplace affair
When these Old Plays were new!


ENVOY.

Ghosts, at your Poet's word ye dare
To break Death's dungeons through,
And frisk, as in that golden air,
When these Old Plays were new!
"""


def test_first_part_of_a_ballade_nests_under_it():
    """Clause part_of_poem: "LA COUR.", set as the ballade's other parts are (labels of its
    refrain), is its first part: one rank under the ballade's title. On base44 it ranked
    20, the ballade's sibling."""
    text = BALLADS + "\n\n\n\n" + OLD_PLAYS
    found = _spans(text, {"BALLADE OF OLD PLAYS.": CAPS_RANK})
    assert ("LA COUR.", CAPS_RANK + 1) in found
    assert [t for t, r in found if r == CAPS_RANK] == NAMES


# Chesterton's Poems (1915): a ballade's title set wider than its envoy (four blank lines
# over the title, two over "L’Envoi").
BEST_SONG = """BALLADE OF THE BEST SONG IN THE WORLD

I know a sheaf of splendid songs by heart
Which stir the blood or move the soul to tears,
Of death or honour or of love’s sweet smart,
The runes and legends of a thousand years;
And some of them go plaintively and slow,
And some are jolly like the earth in May--
But this is really the best song I know:
I-tiddly-iddly-i-ti-iddly-ay.


L’Envoi

Prince, if by some amazing fluke you go
To heaven, you’ll hear the shawms and citherns play,
And all the trumpets of the angels blow
I-tiddly-iddly-i-ti-iddly-ay.
"""


def test_ballade_set_wider_than_its_envoy_is_no_part():
    """Guard of clause part_of_poem: a ballade's title over its envoy, set wider than the
    envoy, is a poem's title (Chesterton's, under a title set five lines down on the
    mirror), not a first part."""
    text = BALLADS + "\n\n\n\n\n\n" + _book(KIPLING[5:]) + "\n\n\n\n\n" + BEST_SONG
    found = _spans(text)  # "Cells" under five blank lines, the ballade four, its envoy two
    assert found[-1] == ("BALLADE OF THE BEST SONG IN THE WORLD", CAPS_RANK)
    assert all(r == CAPS_RANK for _, r in found)


# Ballades and Verses Vain: "Ballade of a Primitive Man." and its dedication set closer.
PRIMITIVE = """BALLADE OF A PRIMITIVE MAN.


TO J. A. FARRER.


He lived in a cave by the seas,
He lived upon oysters and foes,
But his list of forbidden degrees,
An extensive morality shows;
Geological evidence goes
To prove he had never a pan,
But he shaved with a shell when he chose,--
'T was the manner of Primitive Man.
"""


def test_dedication_under_a_title_is_no_title():
    """Clause dedication_line: "TO J. A. FARRER." (initials and a surname in capitals) set
    closer under the ballade's title is its dedication. On base44 it was the poem's title
    and the ballade an empty group over it."""
    found = _spans(BALLADS + "\n\n\n\n" + PRIMITIVE + "\n\n\n\n" + _book(KIPLING[5:]))
    assert [t for t, _ in found[-2:]] == ["BALLADE OF A PRIMITIVE MAN.", "Cells"]


def test_poem_to_someone_under_a_group_stays():
    """Guard of clause dedication_line: a poem "TO ..." with no initials ("TO A SKYLARK"
    shape: Swift's "TO LADY CARTERET") under a group's title stays a title."""
    text = PRIMITIVE.replace("TO J. A. FARRER.", "TO LADY CARTERET")
    found = _spans(BALLADS + "\n\n\n\n" + text + "\n\n\n\n" + _book(KIPLING[5:]))
    assert [t for t, _ in found[-3:]] == [
        "BALLADE OF A PRIMITIVE MAN.",
        "TO LADY CARTERET",
        "Cells",
    ]


# The Blue Poetry Book's first page: the publisher's list of the series, then its title page.
FAIRY = """THE BLUE POETRY BOOK




THE FAIRY BOOK SERIES

EDITED BY ANDREW LANG

Crown 8vo, price 4s. 6d. net each volume


THE BLUE FAIRY BOOK. With 138 Illustrations.
THE RED FAIRY BOOK. With 100 Illustrations.
THE GREEN FAIRY BOOK. With 99 Illustrations.
THE GREY FAIRY BOOK. With 65 Illustrations.

"""


def test_publishers_list_is_no_poem():
    """Clause price_list: a title over a list with its prices ("Crown 8vo, price 4s. 6d.
    net") is an advertisement. On base44 "THE FAIRY BOOK SERIES" was a poem."""
    found = _titles(FAIRY + "\n\n\n" + BALLADS)
    assert "THE FAIRY BOOK SERIES" not in found and found[-5:] == NAMES


# Swift's Poems, vol. 1: "A Description of a City Shower" with the editor's footnote
# citing a book's size ("8vo, 1751"), no price.
SHOWER = """A DESCRIPTION OF A CITY SHOWER

WRITTEN IN OCT., 1710; AND FIRST PRINTED IN "THE TATLER," NO. 238


Careful observers may foretell the hour,
(By sure prognostics,) when to dread a shower.
While rain depends, the pensive cat gives o'er
Her frolics, and pursues her tail no more.

[Footnote 7: Fleet Ditch, in which Pope laid the famous diving scene in
"The Dunciad"; celebrated also by Gay in his "Trivia." There is a view of Fleet Ditch as an illustration to "The Dunciad" in Warburton's edition of Pope, 8vo, 1751.--W. E. B.]
"""  # noqa: E501


def test_note_citing_a_book_is_no_price_list():
    """Guard of clause price_list: a book's size in a note is no price."""
    found = _titles(BALLADS + "\n\n\n\n" + SHOWER)
    assert found[-1].startswith("A DESCRIPTION OF A CITY SHOWER")


# Swift's Poems, vol. 2, and Hardy's Late Lyrics: titles in capitals running on into their
# subtitle or byline, no blank line between, no year alone on the last line.
# Past the title page (clause run_on_title reads no block in the first 3,000 characters).
LONG = "\n\n\n\n".join((_book(KIPLING, HEAD), _book(BLUE), SHOWER, BEST_SONG))
RUN_ON = """A SIMILE
ON OUR WANT OF SILVER, AND THE ONLY WAY TO REMEDY IT. 1725

As when of old some sorceress threw
O'er the moon's face a sable hue,
To drive unseen her magic chair,
At midnight, through the darken'd air;



ON THE GREAT BURIED BOTTLE
BY DR. DELANY

Amphora, quae moestum linquis, laetumque revises
Arentem dominum, sit tibi terra levis.
Tu quoque depositum serves, neve opprime, marmor;
Amphora non meruit tam pretiosa mori.



THE OLD GOWN
(SONG)


 I HAVE seen her in gowns the brightest,
 Of azure, green, and red,
 And in the simplest, whitest,
 Muslined from heel to head;
"""


def test_title_running_on_into_its_subtitle():
    """Clause run_on_title: a block of two or three lines in capitals under two blank lines,
    over a stanza, is one title. On base44 none was a title (only a year alone on the last
    line made one: clause date_title_block)."""
    found = _titles(LONG + "\n\n\n\n" + RUN_ON)
    assert found[-3:] == [
        "A SIMILE ON OUR WANT OF SILVER, AND THE ONLY WAY TO REMEDY IT. 1725",
        "ON THE GREAT BURIED BOTTLE BY DR. DELANY",
        "THE OLD GOWN (SONG)",
    ]


# Stoddart's The Death-Wake (Lang's edition): the title page, lines in capitals over a motto.
DEATH_WAKE = """THE DEATH-WAKE
OR LUNACY

A NECROMAUNT
IN THREE CHIMERAS


BY THOMAS T. STODDART


WITH AN INTRODUCTION
BY ANDREW LANG



Is't like that lead contains her?...
It were too gross
To rib her cerecloth in the obscure grave.
"""


def test_title_page_lines_and_a_poems_part_are_no_run_on_title():
    """Guards of clause run_on_title: not on the title page (the book's first 3,000
    characters), and not over a number (Hardy's "SHE, TO HIM" / "III": a poem's part)."""
    found = _titles(DEATH_WAKE + "\n\n\n\n" + LONG + "\n\n\n\n" + RUN_ON)
    assert not any(t.startswith("WITH AN INTRODUCTION") for t in found)
    part = [("SHE, TO HIM\nIII", KIPLING[5][1])]
    found = _titles(LONG + "\n\n\n\n" + RUN_ON + "\n\n\n\n" + _book(part))
    assert not any(t.startswith("SHE, TO HIM") for t in found)


# The Blue Poetry Book: Cowper's "On a Spaniel called 'Beau' killing a young Bird" (rule
# caps, rank 19), then "Beau's Reply" set closer (two blank lines).
BEAU = """ON A SPANIEL CALLED 'BEAU' KILLING A YOUNG BIRD




A spaniel, Beau, that fares like you,
Well fed, and at his ease,
Should wiser be than to pursue
Each trifle that he sees.


BEAU'S REPLY

Sir, when I flew to seize the bird
In spite of your command,
A louder voice than yours I heard,
And harder to withstand.
"""


def test_title_set_unlike_the_books_keeps_its_rank():
    """Guard of clause peer_rank: a title set closer than the book's caps titles takes no
    rank of theirs: "BEAU'S REPLY" stays under Cowper's poem (20 under 19)."""
    found = dict(_spans(BOOK + "\n\n\n\n" + BEAU, CAUGHT | {BEAU.split("\n")[0]: 19}))
    assert found["BEAU'S REPLY"] == CAPS_RANK and found["STANZAS"] == 19


# Ballades and Verses Vain: Villon's ballade, its title over its subtitle set closer.
VILLON = """VILLON'S BALLADE.


GOOD COUNSEL, TO HIS FRIENDS OF EVIL LIFE.


Nay be you pardoner or cheat,
Or cogger keen, or mumper shy,
You 'll burn your fingers at the feat,
And howl like other folks that fry.
All evil folks that love a lie!
And where goes gain that greed amasses,
By wile, and guile, and thievery?
'T is all to taverns and to lasses!
"""


def test_dedication_counts_as_a_subtitle_set_closer():
    """Clause subtitle_gap counts the book's dedications set closer (clause dedication_line)
    among its subtitles set so: with Lang's "TO J. A. FARRER." Villon's ballade has two, and
    its title joins its subtitle, as on base44 (where "TO J. A. FARRER." was the other)."""
    book = "\n\n\n\n".join((BALLADS, PRIMITIVE, VILLON, _book(KIPLING[5:])))
    found = [t for t, _ in _spans(book)]
    assert "VILLON'S BALLADE. GOOD COUNSEL, TO HIS FRIENDS OF EVIL LIFE." in found


# Review (session 44): guards the plants above did not reach, each with real lines.
# Kipling's "L'ENVOI" closing The Seven Seas, set as wide as the book's poems.
ENVOI = ("L'ENVOI", ["When Earth's last picture is painted, and the tubes are twisted and dried,",
                     "When the oldest colours have faded, and the youngest critic has died,",
                     "We shall rest, and, faith, we shall need it--lie down for an Æon or two,",
                     "Till the Master of All Good Workmen shall set us to work anew!"])  # fmt: skip


def test_envoy_set_as_wide_as_the_poems_is_their_sibling():
    """Guard of clause part_of_poem, closer only: a part's name set as wide as the title
    above (Kipling's book-end "L'ENVOI", a poem of its own) is no part of that poem."""
    found = _spans(_book(KIPLING[:5] + [ENVOI], HEAD))
    assert found[-1] == ("L'ENVOI", CAPS_RANK) and {r for _, r in found} == {CAPS_RANK}


# Poe's "To M. L. S--" (Selections from Poe), a poem to initials, as the Blue Poetry Book
# sets it: under four blank lines, after the poem above's byline (a one-line block).
TO_MLS = ("TO M.L.S--", ["Of all who hail thy presence as the morning;",
                         "Of all to whom thine absence is the night,",
                         "The blotting utterly from out high heaven",
                         "The sacred sun; of all who, weeping, bless thee"])  # fmt: skip


def test_poem_to_initials_after_a_byline_stays():
    """Guard of clause dedication_line, set wider: a line shaped as a dedication under a
    one-line block set closer (a byline) heads its own poem."""
    found = [t for t, _ in _spans(BOOK + "\n\n\n\n" + _book([TO_MLS]))]
    assert found[-1] == "TO M.L.S--"


def test_each_form_of_a_price_is_a_price_list():
    """Clause price_list, each form alone: "price 6_s._" (Carroll's publisher, The Hunting
    of the Snark) and "_1s. net._" (Nesbit's, Songs of Love and Empire)."""
    for price in ("TENNIEL. Crown 8vo. cloth, gilt edges, price 6_s._", "_1s. net._"):
        text = FAIRY.replace("Crown 8vo, price 4s. 6d. net each volume", price)
        found = _titles(text + "\n\n\n" + BALLADS)
        assert "THE FAIRY BOOK SERIES" not in found and found[-5:] == NAMES


# Ballades and Verses Vain: "Ballade of the Tweed", its subtitle and its dedication, each
# under two blank lines, the title under four.
TWEED = """BALLADE OF THE TWEED


(LOWLAND SCOTCH.)


TO T. W. LANG.


The ferox rins in rough Loch Awe,
A weary cry frae ony toun;
The Spey, that loups o'er linn and fa',
They praise a' ither streams aboon;
They boast their braes o' bonny Doon:
Gie _me_ to hear the ringing reel,
Where shilfas sing, and cushats croon
By fair Tweed-side, at Ashiesteel!
"""


def test_dedication_under_a_title_and_its_subtitle_is_no_title():
    """Clause dedication_line, under two one-line blocks (heading, subtitle, dedication):
    "TO T. W. LANG." is set as its subtitle is, closer than the title. On base44 it was a
    title of its own."""
    found = [t for t, _ in _spans(BALLADS + "\n\n\n\n" + TWEED + "\n\n\n\n" + _book(KIPLING[5:]))]
    assert not any(t.startswith("TO T. W. LANG.") for t in found) and found[-1] == "Cells"
