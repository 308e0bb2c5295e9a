"""Rule poem_title_over_stanza (transforms.poem_titles), session 43: the guards of its new
clauses (a prose book and a play; "THE PRESS" past the title page; one title over a line set
closer; a group over poems set closer; "SONG" / "STANZAS" / "SONG") and the review's cases
(Kipling's "To T. A.", Keble's motto over "St. John x. 4."). Real text: lines of the
Gutenberg mirror's books after cleaning, stanzas cut short."""

from tests.transforms.test_poem_titles42 import BRONTE, HEAD, KIPLING, _book
from tests.transforms.test_poem_titles42_guards import IVANHOE_WRAPPED, MORLEY, _pieces
from tests.transforms.test_poem_titles43 import (
    BALLADS,
    GIANT,
    GOOD_FRIDAY,
    NAMES,
    SELECTIONS,
    SONGS,
    STELLA,
    _found,
    _joined,
)
from transforms.contents import scan_lines
from transforms.poem_titles import poem_titles


def test_prose_book_and_play_get_no_new_titles():
    """Guards: the new titles (a title over its year, numbered poems, two subtitles) come
    only in a book of poems: inside Ivanhoe's prose (short capitalised lines and all) and
    in a play they give none."""
    poems = _book(SELECTIONS, HEAD) + "\n\n\n" + STELLA + "\n\n\n" + GIANT
    for text, play in (
        (IVANHOE_WRAPPED + "\n\n\n" + poems, False),
        (BALLADS + "\n\n\n" + poems, True),
    ):
        lines = scan_lines(text)
        assert poem_titles(lines, set(), set(), [False] * (len(lines.texts) + 1), play) == []
    lines = scan_lines(BALLADS + "\n\n\n" + poems)  # the same poems in a book of poems
    assert len(poem_titles(lines, set(), set(), [False] * (len(lines.texts) + 1), False)) == 10


# Kipling's Verses 1889-1896: the group's title, its dedication poem's title set under it
# by two blank lines (as Morley sets his subtitles), the poem, then the ballads.
TO_T_A = ("BARRACK-ROOM BALLADS\n\n\n To T. A.", [
    " I have made for you a song,", " And it may be right or wrong,",
    " But only you can tell me if it's true;", " I have tried for to explain",
    " Both your pleasure and your pain,", " And, Thomas, here's my best respects to you!"])  # fmt: skip


def test_poem_under_a_group_set_as_a_subtitle_is_no_subtitle():
    """Clause subtitle_gap joins a subtitle in capitals or dated only: "To T. A." (mixed
    case, no figure) is the dedication's own title, not a subtitle of "BARRACK-ROOM
    BALLADS" (the branch joined them, losing the poem; Morley's "CRECY" / "August 26: 1346"
    still join)."""
    text = "THE VISIONS OF ENGLAND\n\n\n\n" + _pieces(MORLEY[1:3] + [TO_T_A] + KIPLING[:3])
    joined = _joined(text)
    assert joined[:2] == ["A BALLAD OF EVESHAM August 4: 1265", "TOWTON FIELD Palm Sunday: 1461"]
    assert "To T. A." in joined
    assert not any(t.startswith("BARRACK-ROOM BALLADS To") for t in joined)


# Keble's "Tuesday in Whitsun-week.": the motto, its source after a saint's name, a note.
WHITSUN = """Tuesday in Whitsun-week.


When He putteth forth His own sheep, He goeth before them.

St. John x. 4.

(Addressed to Candidates for Ordination.)

“LORD, in Thy field I work all day,
I read, I teach, I warn, I pray,
And yet these wilful wandering sheep
Within Thy fold I cannot keep.

“I journey, yet no step is won—
Alas! the weary course I run!
Like sailors shipwrecked in their dreams,
All powerless and benighted seems.”

What? wearied out with half a life?
Scared with this smooth unbloody strife?
Think where thy coward hopes had flown
Had Heaven held out the martyr’s crown.
"""


def test_motto_over_a_saints_gospel_is_no_title():
    """Clause motto_citation: "St. John x. 4." is a source as "Lament. iii. 22, 23." is; the
    branch took the motto over it as a poem's title, "Tuesday in Whitsun-week." its group."""
    found = _found(BALLADS + "\n\n\n" + WHITSUN + "\n\n\n" + _book(KIPLING[5:]))
    assert found == NAMES + ["Tuesday in Whitsun-week.", "Cells"]


# Kipling's "The Press" (in The Muse Among the Motors' company), a poem's title ending on
# a printer's word, far past the title page.
PRESS_POEM = """THE PRESS

 The Soldier may forget his sword
 The Sailorman the sea,
 The Mason may forget the Word
 And the Priest his litany:
 The maid may forget both jewel and gem,
 And the bride her wedding-dress--
 But the Jew shall forget Jerusalem
 Ere we forget the Press!
"""


def test_press_past_the_front_is_a_poem():
    """Guard of clause imprint_in_front: a line ending on "PRESS" is an imprint on the
    title page only; past its 3,000 characters "THE PRESS" titles Kipling's poem."""
    text = _book(KIPLING + BRONTE, HEAD) + "\n\n\n" + GOOD_FRIDAY + "\n\n\n" + PRESS_POEM
    assert text.index("THE PRESS") > 3000
    assert _found(text)[-1] == "THE PRESS"


# Goethe's Hermann and Dorothea (Frothingham): the book's title, the first canto's muse
# two blank lines under it, the canto's subject, then the hexameters.
CALLIOPE = ("HERMANN AND DOROTHEA\n\n\nCALLIOPE\n\nFATE AND SYMPATHY", [
    '"Truly, I never have seen the market and street so deserted!',
    "How as if it were swept looks the town, or had perished! Not fifty",
    "Are there, methinks, of all our inhabitants in it remaining,",
    "What will not curiosity do! here is every one running,"])  # fmt: skip


def test_one_title_over_a_narrower_one_is_no_subtitle():
    """Guard of clause subtitle_gap: a book that sets one title over a line set closer
    once (Hermann and Dorothea's title over "CALLIOPE") has no such subtitles: the two
    lines stay apart (one is chance; Morley's book does it twice or more)."""
    note = "Taken as a whole, with its beauty of form, its sentiment, tender yet restrained."
    text = "INTRODUCTORY NOTE\n\n" + note + "\n\n\n\n" + _pieces([CALLIOPE]) + "\n\n\n" + BALLADS
    assert "HERMANN AND DOROTHEA CALLIOPE" not in _joined(text)
    assert "CALLIOPE" in _found(text)


def test_song_stanzas_song_are_no_speakers():
    """Guard of clause dialogue_speakers: "SONG" / "STANZAS" / "SONG" (a verse form's name
    back after one title) are poems, no dialogue's speakers (Byron's "Stanzas for Music"
    between Shakespeare's songs, as the Blue Poetry Book sets them)."""
    byron = ("STANZAS", ["There be none of Beauty's daughters", "With a magic like thee;",
                         "And like music on the waters", "Is thy sweet voice to me:"])  # fmt: skip
    found = _found(_book(KIPLING[:5] + [SONGS[0], byron, SONGS[1]], HEAD))
    assert found == NAMES + ["SONG", "STANZAS", "SONG"]


# Stevenson's Swanston Edition, vol. 14: the part's title twice, then the first poem's,
# each under two blank lines.
EPISTLE = """ADDITIONAL POEMS


ADDITIONAL POEMS


A FAMILIAR EPISTLE

Blame me not that this epistle
Is the first you have from me;
Idleness hath held me fettered;
But at last the times are bettered,
And once more I wet my whistle
Here in France beside the sea.
"""


def test_title_under_a_group_set_as_wide_stays_one_line():
    """Guard of clause group_of_one: a poem's title set as far from the group's as the
    group's from the line above ("ADDITIONAL POEMS" / "A FAMILIAR EPISTLE") is no
    subtitle: the section's title is one line, not both."""
    joined = _joined(BALLADS + "\n\n\n\n" + EPISTLE)
    assert joined[:5] == NAMES
    assert not any("ADDITIONAL POEMS A FAMILIAR" in t for t in joined)


def test_group_over_poems_set_closer_keeps_its_poems():
    """Guard of clause subtitle_gap: a group's title over two poems' titles, each set
    closer (two blank lines), heads both: the group title joins neither ("BARRACK-ROOM
    BALLADS" over "DANNY DEEVER" and "TOMMY", in a book that sets Morley's subtitles)."""
    (danny, d), (tommy, t) = KIPLING[0], KIPLING[1]
    group = "BARRACK-ROOM BALLADS\n\n\n" + danny.upper() + "\n\n" + "\n".join(d)
    group += "\n\n\n" + tommy.upper() + "\n\n" + "\n".join(t) + "\n"
    joined = _joined("THE VISIONS OF ENGLAND\n\n\n\n" + _pieces(MORLEY[1:4]) + "\n\n\n" + group)
    assert joined[:2] == ["A BALLAD OF EVESHAM August 4: 1265", "TOWTON FIELD Palm Sunday: 1461"]
    assert joined[-3:] == ["BARRACK-ROOM BALLADS", "DANNY DEEVER", "TOMMY"]
