"""Rule poem_title_over_stanza (transforms.poem_titles), session 43: the wrong titles of
session 42 (a ballade's envoy, a dialogue's speakers, a motto, an imprint) and the titles
it skipped (Swift's title over its year, Hugo's titles over two subtitles, a book whose
"SONG" comes back). Real text: lines of the Gutenberg mirror's books after cleaning,
stanzas cut short; each clause's test fails on base43."""

from tests.transforms.test_poem_titles42 import BRONTE, HEAD, KIPLING, _book
from tests.transforms.test_poem_titles42_guards import MORLEY, _pieces
from transforms import sections as sec
from transforms.contents import scan_lines
from transforms.poem_titles import poem_title_spans, poem_titles


def _found(text: str) -> list[str]:
    lines = scan_lines(text)
    no_list = [False] * (len(lines.texts) + 1)
    return [lines.texts[i] for i, _ in poem_titles(lines, set(), set(), no_list, False)]


def _joined(text: str) -> list[str]:
    lines = scan_lines(text)
    no_list = [False] * (len(lines.texts) + 1)
    spans = poem_title_spans(lines, set(), set(), no_list, False)
    return [" ".join(" ".join(lines.texts[i : j + 1]).split()) for i, j, _ in spans]


def _titles(text: str) -> list[str]:
    return [s.title for s in sec.find_sections(text)[0] if s.title]


NAMES = [t.split("\n")[0] for t, _ in KIPLING[:5]]
BALLADS = _book(KIPLING[:5], HEAD)  # five of Barrack-Room Ballads: the rule's minimum

# Chesterton's Poems (1915), "A Ballade of a Ferocious Catholic": three stanzas on one
# refrain, then its envoy, four lines on the same refrain.
FEROCIOUS = """BALLADE OF A FEROCIOUS CATHOLIC

There is a term to every loud dispute,
A final reckoning I’m glad to say:
Some people end discussion with their boot;
Others, the prigs, will simply walk away.
But I, within a world of rank decay,
Can face its treasons with a flaming hope,
Undaunted by faith’s foemen in array--
I drain a mighty tankard to the Pope!

They do not ponder on the Absolute,
But wander in a fog of words astray.
They have no rigid creed one can confute,
No hearty dogmas riotous and gay,
But feebly mutter through thin lips and grey
Things foully fashioned out of sin and soap;--
But I, until my body rests in clay,
I drain a mighty tankard to the Pope!


L’Envoi

Prince, proud prince Lucifer, your evil sway
Is over many who in darkness grope:
But as for me, I go another way--
I drain a mighty tankard to the Pope!
"""


def test_ballade_envoy_is_part_of_its_ballade():
    """Clause refrain_envoy: the envoy ends on the ballade's refrain and is shorter than
    its stanzas: no poem. On base43 "L’Envoi" was a sixth poem."""
    found = _found(BALLADS + "\n\n\n" + FEROCIOUS)
    assert found == NAMES + ["BALLADE OF A FEROCIOUS CATHOLIC"]


# The Hunting of the Snark: the fourth fit closes on the refrain stanza and each later fit
# opens on it again, then runs on (the refrain and one more stanza of each fit here).
SNARK_STANZA = [
    "They sought it with thimbles, they sought it with care;",
    "They pursued it with forks and hope;",
    "They threatened its life with a railway-share;",
    "They charmed it with smiles and soap.",
]
SNARK = [
    ("Fit the fourth\n\nTHE HUNTING", ["The Bellman looked huffish, and wrinkled his brow.",
     "“If only you’d spoken before!", "It’s excessively awkward to mention it now,",
     "With the Snark, so to speak, at the door!"], SNARK_STANZA),
    ("Fit the Fifth\n\nTHE BEAVER’S LESSON", SNARK_STANZA,
     ["Then the Butcher contrived an ingenious plan", "For making a separate sally;",
      "And had fixed on a spot unfrequented by man,", "A dismal and desolate valley."]),
    ("Fit the Sixth\n\nTHE BARRISTER’S DREAM", SNARK_STANZA,
     ["But the Barrister, weary of proving in vain", "That the Beaver’s lace-making was wrong,",
      "Fell asleep, and in dreams saw the creature quite plain", "That his fancy had dwelt on so long."]),
    ("Fit the Seventh\n\nTHE BANKER’S FATE", SNARK_STANZA,
     ["But while he was seeking with thimbles and care,", "A Bandersnatch swiftly drew nigh",
      "And grabbed at the Banker, who shrieked in despair,", "For he knew it was useless to fly."]),
    ("Fit the Eighth\n\nTHE VANISHING", SNARK_STANZA,
     ["They shuddered to think that the chase might fail,", "And the Beaver, excited at last,",
      "Went bounding along on the tip of its tail,", "For the daylight was nearly past."]),
]  # fmt: skip


def test_snark_fits_open_on_the_refrain_and_stay_titles():
    """Guard of clause refrain_envoy: a stanza as long as the one above it, with more of
    the poem under it, is no envoy: "Fit the Fifth" opens on the stanza that closed the
    fourth and stays a title."""
    fits = [(head, first + [""] + second) for head, first, second in SNARK]
    text = "THE HUNTING OF THE SNARK\n\n\n\n" + _pieces(fits)
    assert _found(text) == [head.split("\n")[0] for head, _, _ in SNARK]


# Edith Wharton's Verses (1878), "Spring. A Fragment.": a dialogue in verse; then
# "(She speaks.)" over another poem's first lines.
WHARTON = """HILDEGARD.

It is the time when everything
Is flusht with presage of the Spring,
When every leaf and twig and bud
Feels new life rushing like a flood
Through greening veins and bursting tips;
When every hour a sunbeam slips


WALTHER.

How beautiful thou standest there,
Thyself a prophet of the May!
The shining of thy golden hair
Would melt December’s snows away.


HILDEGARD.

But where would be the golden tresses,
With ribands bravely intertwined
And where the roses, that thy praises
Have opened like a Summer wind,


(She speaks.)

One minute more of life! Enough to snatch
This flower to my bosom, and to catch
The parting glance and signal overhead
From one who sits and waits to see me dead.
One minute more! Enough to let him see
How straight the message fell from him to me,
And how, his talisman upon my breast,
I’ll face the end as calmly as the rest.--
"""


def test_dialogue_speakers_and_stage_directions_are_no_poems():
    """Clauses dialogue_speakers (names A, B, A in a row) and stage_direction (a line in
    parentheses). On base43 all four were poems."""
    assert _found(BALLADS + "\n\n\n" + WHARTON) == NAMES


def test_long_titles_repeating_are_poems():
    """Guard of clause dialogue_speakers: Swift's "TO LADY CARTERET" / "ANSWERED BY DR.
    SWIFT" / "TO LADY CARTERET" are poems (more than two words: no speaker's name)."""
    verses = [KIPLING[0][1], KIPLING[1][1], KIPLING[3][1]]  # three poems' stanzas
    names = ["TO LADY CARTERET", "ANSWERED BY DR. SWIFT", "TO LADY CARTERET"]
    found = _found(BALLADS + "\n\n\n" + _book(list(zip(names, verses, strict=True))))
    assert found[5:] == ["TO LADY CARTERET", "ANSWERED BY DR. SWIFT", "TO LADY CARTERET"]


# Keble's The Christian Year: "Good Friday." over its motto, the motto ending on its source.
GOOD_FRIDAY = """Good Friday.


He is despised and rejected of men. Isaiah liii. 3.

IS it not strange, the darkest hour
That ever dawned on sinful earth
Should touch the heart with softer power
For comfort than an angel’s mirth?
That to the Cross the mourner’s eye should turn
Sooner than where the stars of Christmas burn?
"""


def test_motto_is_no_title():
    """Clause motto_citation: on base43 the motto was the poem's title and "Good Friday."
    an empty group over it (a group over two poems: the next one here is Kipling's)."""
    found = _found(BALLADS + "\n\n\n" + GOOD_FRIDAY + "\n\n\n" + _book(KIPLING[5:]))
    assert found == NAMES + ["Good Friday.", "Cells"]


# Sibyl Bristowe's Provocations (1918): its title page and the back of it.
PROVOCATIONS = """PROVOCATIONS

BY

SIBYL BRISTOWE


WITH AN INTRODUCTION BY

G. K. CHESTERTON


LONDON, W.C. 1

ERSKINE MACDONALD, LTD.




All Rights Reserved.
Copyright by Erskine MacDonald, Ltd.
in the United States of America.
First published October, 1918




"""


def test_imprints_on_the_title_page_are_no_titles():
    """Clause imprint_in_front: "ABERDEEN UNIVERSITY PRESS" over Nesbit's first poem (the
    rule) and "LONDON, W.C. 1" on Provocations' title page (imprint_lines, passed by
    sections.py) title no section. On base43 both were sections."""
    press = "LAYS AND LEGENDS\n\n\n\nABERDEEN UNIVERSITY PRESS\n\n\n\n\n" + _book(KIPLING[:5])
    assert _found(press) == NAMES
    titles = _titles(PROVOCATIONS + _book(KIPLING[:5]))
    assert "LONDON, W.C. 1" not in titles
    assert titles[-5:] == NAMES


# Swift's Poems, vol. 2: a title in capitals over its year, no blank line between.
STELLA = """TO STELLA VISITING ME IN MY SICKNESS
1720


Pallas, observing Stella's wit
Was more than for her sex was fit,
And that her beauty, soon or late,
Might breed confusion in the state,
"""


def test_title_over_its_year_is_one_section():
    """Clause date_title_block: the two lines title one section. On base43 no title. Past
    the title page (3,000 characters: a year alone there is an imprint's)."""
    text = _book(KIPLING + BRONTE, HEAD) + "\n\n\n" + GOOD_FRIDAY + "\n\n\n" + STELLA
    assert _joined(text)[-1] == "TO STELLA VISITING ME IN MY SICKNESS 1720"
    assert len(text) > 3000
    assert _titles(text)[-1] == "TO STELLA VISITING ME IN MY SICKNESS 1720"


def test_year_under_verse_is_no_title_block():
    """Guard of clause date_title_block: a line of verse (lower case) over a year is none."""
    text = (
        BALLADS
        + "\n\n\n"
        + STELLA.replace("TO STELLA VISITING ME IN MY SICKNESS", "To Stella, visiting me")
    )
    assert _found(text) == NAMES


# Hugo's Poems (Bohn's edition): each title over the French first line and the source.
GIANT = """THE GIANT IN GLEE.

("Ho, guerriers! je suis né dans le pays des Gaules.")

[V., March 11, 1825.]


Ho, warriors! I was reared in the land of the Gauls;
O'er the Rhine my ancestors came bounding like balls
Of the snow at the Pole, where, a babe, I was bathed
Ere in bear and in walrus-skin I was enswathed.
"""


def test_title_over_two_subtitles():
    """Clause stanza_under_title takes two subtitles, as documented (base43 took one:
    Hugo's Poems 18 -> 183 titles)."""
    assert _found(BALLADS + "\n\n\n" + GIANT)[-1] == "THE GIANT IN GLEE."


# Lang's Blue Poetry Book: Shakespeare's and Scott's songs, each titled "SONG".
SONGS = [
    ("SONG", ["Who is Silvia? what is she,", "That all our swains commend her?",
              "Holy, fair, and wise is she;", "The heaven such grace did lend her,"]),
    ("SONG", ["Where the bee sucks, there suck I:", "In a cowslip's bell I lie;",
              "There I couch when owls do cry:", "On the bat's back I do fly"]),
    ("SONG", ["A weary lot is thine, fair maid,", "A weary lot is thine!",
              "To pull the thorn thy brow to braid,", "And press the rue for wine."]),
]  # fmt: skip


def test_songs_repeating_keep_the_book():
    """Clause form_titles: a verse form's name comes back in a collection; it does not
    make the book a play (titles_distinct). On base43: 6 of 8 distinct, no title."""
    found = _found(_book(KIPLING[:5] + SONGS, HEAD))
    assert found == NAMES + ["SONG"] * 3


def test_speakers_repeating_still_stop_the_book():
    """Guard of clause form_titles: names coming back (no verse form) still fail
    titles_distinct: Faust's "MEPHISTOPHELES" / "THE LORD" (here two apart, so the
    speakers clause does not take them first)."""
    verse = KIPLING[1][1]
    names = ["MEPHISTOPHELES", "THE LORD", "FAUST", "MEPHISTOPHELES", "THE LORD", "FAUST"]
    assert _found(_book(KIPLING[:3] + [(n, verse) for n in names])) == []


def test_title_over_its_subtitle_set_apart_is_one_section():
    """Clause subtitle_gap: Morley's titles (three blank lines above) over their day (two),
    then poems with no subtitle: the last title is one with its day, no group over the
    ballads that follow. On base43 "AFTER CHALGROVE FIGHT" headed a group and "June 18:
    1643" was a poem."""
    text = "THE VISIONS OF ENGLAND\n\n\n\n" + _pieces(MORLEY + KIPLING[:2])
    assert _joined(text) == [
        "A DANISH BARROW ON THE EAST DEVON COAST",
        "A BALLAD OF EVESHAM August 4: 1265",
        "TOWTON FIELD Palm Sunday: 1461",
        "CROSSING SOLWAY May 16: 1568",
        "AFTER CHALGROVE FIGHT June 18: 1643",
        "Danny Deever",
        "Tommy",
    ]


# The Brontës' Poems, "Selections from the Literary Remains of Ellis and Acton Bell":
# Emily's poems numbered, no title (four lines of each).
SELECTIONS = [
    ("I.", ["A LITTLE while, a little while,", "The weary task is put away,",
            "And I can sing and I can smile,", "Alike, while I have holiday."]),
    ("II. THE BLUEBELL.", ["The Bluebell is the sweetest flower", "That waves in summer air:",
                           "Its blossoms have the mightiest power", "To soothe my spirit's care."]),
    ("III.", ["Loud without the wind was roaring", "Through th'autumnal sky;",
              "Drenching wet, the cold rain pouring,", "Spoke of winter nigh."]),
]  # fmt: skip


def test_numbered_poems_set_as_titles():
    """Clause numbered_poems: I., II., III. set as the book's titles (as many blank lines
    above) over their stanzas are poems. On base43 none was."""
    found = _found(_book(KIPLING[:5] + SELECTIONS, HEAD))
    assert found == NAMES + ["I.", "II. THE BLUEBELL.", "III."]


def test_numbered_parts_of_a_poem_stay_out():
    """Guard of clause numbered_poems: Gilbert's parts stand under two blank lines, closer
    than the book's titles (three): parts of one poem, rule numbering's."""
    gilbert = "GILBERT.\n\n" + "\n\n\n".join(t + "\n\n" + "\n".join(v) for t, v in BRONTE[5:8])
    found = _found(_book(KIPLING[:5], HEAD) + "\n\n\n" + gilbert)
    assert found[:5] == NAMES
    assert not any(t.lstrip().startswith(("I.", "II.", "III.")) for t in found)


# Lang's Ballades and Verses Vain: a chorus from Aristophanes, its speaker named over it.
CLOUDS = """THE CLOUD CHORUS.


(FROM ARISTOPHANES.)


Socrates speaks.

Hither, come hither, ye Clouds renowned, and unveil yourselves here;
Come, though ye dwell on the sacred crests of Olympian snow,
Or whether ye dance with the Nereid choir in the gardens clear,
Or whether your golden urns are dipped in Nile's overflow.
"""


def test_speaker_named_over_a_speech_is_no_title():
    """Clause stage_direction: "Socrates speaks." is no poem; the chorus's title is. On
    base43 the speaker's line was the poem and the title a group over it."""
    assert _found(BALLADS + "\n\n\n" + CLOUDS) == NAMES + ["THE CLOUD CHORUS."]


# Swift's Poems, vol. 1: a title of three lines in capitals, then who speaks the verse.
HORACE = """VERSES SENT TO THE DEAN
ON HIS BIRTH-DAY, WITH PINE'S HORACE, FINELY BOUND.
BY DR. J. SICAN


(Horace speaking.)

You've read, sir, in poetic strain,
How Varus and the Mantuan swain
Have on my birth-day been invited,
(But I was forced in verse to write it,)
"""


def test_line_in_parentheses_is_no_title():
    """Clause stage_direction: a line in parentheses (who speaks, where it was written) is
    no poem's title. On base43 "(Horace speaking.)" was one."""
    assert _found(BALLADS + "\n\n\n" + HORACE) == NAMES


# Lang's Ballades and Verses Vain, "Ballade of Old Plays": its last parts and its envoy,
# all on the refrain "When these Old Plays were new".
LA_COMEDIE = """LA COMÉDIE.

How shrill the butcher's cat-calls ring,
How loud the lackeys swear!
Black pipe-bowls on the stage they fling,
At Brecourt, fuming there!
The Porter's stabbed! a Mousquetaire
Breaks in with noisy crew--
'T was all a commonplace affair
When these Old Plays were new!
"""
OLD_PLAYS = """LA VILLE.

When these Old Plays were new! They bring
A host of phantoms rare:
Old jests that float, old jibes that sting,
Old faces peaked with care:
Menage's smirk, de Visé's stare,
The thefts of Jean Ribou,--
Ah, publishers were hard to bear
When these Old Plays were new.


ENVOY.

Ghosts, at your Poet's word ye dare
To break Death's dungeons through,
And frisk, as in that golden air,
When these Old Plays were new!
"""


def test_envoy_on_one_stanza_of_its_refrain():
    """Clause refrain_envoy: the envoy's last three words end the one stanza above it too;
    "LA VILLE.", a part as long as "LA COMÉDIE." above it, alone under its line and on
    the refrain, is a part too. On base43 all three were poems; "LA COMÉDIE." stays (the
    stanza over it is another poem's), titling the ballade's parts."""
    assert _found(BALLADS + "\n\n\n" + LA_COMEDIE + "\n\n\n" + OLD_PLAYS) == NAMES + ["LA COMÉDIE."]


# Keble's "Morning.": the motto on one line, its source on the next, set apart.
MORNING = """Morning.


His compassions fail not. They are new every morning.

Lament. iii. 22, 23.

HUES of the rich unfolding morn,
That, ere the glorious sun be born,
By some soft touch invisible
Around his path are taught to swell;—
"""


def test_motto_over_its_source_is_no_title():
    """Clause motto_citation: a motto with its source on the line under it is no title; the
    title over both is (two subtitles past, the source not counted). On base43 the motto
    was the title."""
    found = _found(BALLADS + "\n\n\n" + MORNING + "\n\n\n" + _book(KIPLING[5:]))
    assert found == NAMES + ["Morning.", "Cells"]


# Swift's Poems, vol. 2: "The Beau's Reply" (two of its four stanzas), the editor's
# footnote under it, then the next title with its year.
BEAU = """THE BEAU'S REPLY TO THE FIVE LADIES' ANSWER

Why, how now, dapper black!
I smell your gown and cassock,
As strong upon your back,
As Tisdall smells of a sock.

But Satan never saw
Such haggard lines as these:
They stick athwart my maw,
As bad as Suffolk cheese.

[Footnote 1: Dr. William Tisdall, a clergyman in the north of Ireland, who had paid his addresses to Mrs. Johnson. He is several times mentioned in the Journal to Stella, and is not to be confused with another Tisdall or Tisdell, whom Swift knew in London, also mentioned in the Journal.--W. E. B.]



DR. SHERIDAN'S BALLAD ON BALLY-SPELLIN.
1728

All you that would refine your blood,
As pure as famed Llewellyn,
By waters clear, come every year
To drink at Ballyspellin.
"""


def test_footnote_is_no_prose_of_the_poem():
    """Clause notes_outside: the footnote is no prose of the poem above it (else the poem
    is mostly prose and no poem). On base43 the title over its year was no title, so the
    poem ran on into the ballad; with date_title_block alone the reply was lost."""
    found = _found(BALLADS + "\n\n\n" + BEAU)
    assert found == NAMES + [
        "THE BEAU'S REPLY TO THE FIVE LADIES' ANSWER",
        "DR. SHERIDAN'S BALLAD ON BALLY-SPELLIN.",
    ]
