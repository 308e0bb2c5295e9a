"""Session 48 (branch wtC), books of poems left by session 47: a title block over a
bracketed date (clause bracketed_date_line, transforms.poem_title_lines), a title over its
subtitle over its first part (clause title_over_part_run, transforms.poem_titles), a line
that closes a note's bracket (clause note_closing_line, transforms.sections: its tests are in
test_poem_titles_review_wtC_s48.py, split off to keep modules under 500 lines). Real text:
lines of the Gutenberg mirror's books after cleaning (rcdm-uga/Gutenberg_Text: Hardy's
Satires of Circumstance, Lang's The Blue Poetry Book, Scott's Minstrelsy of the Scottish
Border vol. 2), stanzas cut short (the first lines of the first stanzas of each poem).
Each clause's test fails on base48; the guards pass on both."""

from transforms import sections as sec
from transforms.section_paths import section_paths


def _paths(text):
    sections = sec.find_sections(text)[0]
    return {s.title: p for s, p in zip(sections, section_paths(sections), strict=True)}


# Hardy, Satires of Circumstance ("MISCELLANEOUS PIECES"): four poems, then "THE
# SACRILEGE" / "A BALLAD-TRAGEDY" / "(Circa 182-)" over its PART I and PART II, then the
# next poem.
HARDY = """



THE DEATH OF REGRET


 I OPENED my shutter at sunrise,
 And looked at the hill hard by,

 I let in the morn on the morrow,
 And failed not to think of him then,

 I undid the shutter a week thence,
 But not until after I’d turned



IN THE DAYS OF CRINOLINE


 A PLAIN tilt-bonnet on her head
 She took the path across the leaze.

 But when she had passed into the heath,
 And gained the wood beyond the flat,

 And where the hat had hung she now
 Concealed and pinned the dowdy hood,



THE ROMAN GRAVEMOUNDS


 BY Rome’s dim relics there walks a man,
 Eyes bent; and he carries a basket and spade;

 “Vast was Rome,” he must muse, “in the world’s regard,
 Vast it looms there still, vast it ever will be;”

 But no; in his basket, see, he has brought
 A little white furred thing, stiff of limb,

November 1910.



THE WORKBOX


 “SEE, here’s the workbox, little wife,
 That I made of polished oak.”

 He holds the present up to her
 As with a smile she nears

 “I warrant it will. And longer too.
 ’Tis a scantling that I got



THE SACRILEGE
A BALLAD-TRAGEDY
(Circa 182-)


PART I


 “I HAVE a Love I love too well
 Where Dunkery frowns on Exon Moor;

 “And since this Love, for one mad moon,
 On Exon Wild by Dunkery Tor,

 “Full soon the four weeks neared their end
 Where Dunkery frowns on Exon Moor;


PART II


 Thus did he speak—this brother of mine—
 On Exon Wild by Dunkery Tor,

 For three full days I heard no sound
 Where Dunkery frowns on Exon Moor,

 They had heard a crash when twelve had chimed
 By Mendip east of Dunkery Tor,



THE ABBEY MASON
(Inventor of the “Perpendicular” Style of Gothic Architecture)


 THE new-vamped Abbey shaped apace
 In the fourteenth century of grace;

 (The church which, at an after date,
 Acquired cathedral rank and state.)

 Panel and circumscribing wall
 Of latest feature, trim and tall,



THE JUBILEE OF A MAGAZINE
(To the Editor)


 YES; your up-dated modern page—
 All flower-fresh, as it appears—

 That reaches backward fifty years
 (Which, if but short for sleepy squires,

 —Here, on your cover, never tires
 The sower, reaper, thresher, while



THE SATIN SHOES


 “IF ever I walk to church to wed,
 As other maidens use,

 She was as fair as early day
 Shining on meads unmown,

 The time arrived when it was meet
 That she should be a bride;
"""

SACRILEGE = "THE SACRILEGE A BALLAD-TRAGEDY (Circa 182-)"


def test_title_block_over_bracketed_date_holds_its_parts():
    """Clause bracketed_date_line: the three-line title (title, subtitle, a date in
    brackets) is a poem's title, and its PARTs go under it (rule poem_part_run), not under
    the poem before (base48: "THE WORKBOX > PART II"; the block read as a stanza, its last
    line ending on a dash)."""
    paths = _paths(HARDY)
    assert paths["PART I"] == [SACRILEGE, "PART I"]
    assert paths["PART II"] == [SACRILEGE, "PART II"]
    assert paths["THE WORKBOX"] == ["THE WORKBOX"]
    assert paths["THE SATIN SHOES"] == ["THE SATIN SHOES"]


def test_bracketed_date_is_the_whole_line():
    """Guard of clause bracketed_date_line: Hardy's dated lines (Satires of Circumstance,
    Time's Laughingstocks, Wessex Poems) are dates; his bracketed subtitle, a note's
    bracket and a date inside words are not."""
    from transforms.poem_title_lines import _BRACKET_DATE  # new in session 48

    for t in ("(Circa 182-)", "(182–)", "(circa 1790)", "(August 1813)", "(1813)"):
        assert _BRACKET_DATE.match(t), t
    for t in ("(MARTY SOUTH’S REVERIE)", "(Written in 1820)", "[Footnote A: 1820]", "(1813) ."):
        assert not _BRACKET_DATE.match(t), t


# Lang, The Blue Poetry Book: four poems, then "THE RIME OF THE ANCIENT MARINER" / "IN SEVEN
# PARTS" / "PART I" .. "PART II" (cut there), then Poe's "THE HAUNTED PALACE".
BLUE = """


THE NIGHTINGALE


 As it fell upon a day
 In the merry month of May,
 Sitting in a pleasant shade,
 Which a grove of myrtles made,

R. BARNEFIELD.




THE SLEEPER


 At midnight, in the month of June,
 I stand beneath the mystic moon:
 An opiate vapour, dewy, dim,
 Exhales from out her golden rim;

 O, lady bright, can it be right,
 This window open to the night?
 The wanton airs from the tree-top,
 Laughingly through the lattice drop;

The lady sleeps! Oh, may her sleep,
 Which is enduring, so be deep!
 Heaven have her in its sacred keep!
 This chamber changed for one more holy,
 This bed for one more melancholy,
 I pray to God that she may lie
 For ever with unopened eye,
 While the dim sheeted ghosts go by!

My love, she sleeps! O, may her sleep,
 As it is lasting, so be deep!
 Soft may the worms about her creep!
 Far in the forest, dim and old,
 For her may some tall vault unfold--
 Some vault that oft hath flung its black
 And wingèd panels fluttering back
 Triumphant o'er the crested palls
 Of her grand family funerals;
 Some sepulchre remote, alone,
 Against whose portal she had thrown,
 In childhood many an idle stone;
 Some tomb from out whose sounding door
 She ne'er shall force an echo more,
 Thrilling to think, poor child of sin,
 It was the dead who groaned within.




SPRING


 Spring, the sweet Spring, is the year's pleasant king;
 Then blooms each thing, then maids dance in a ring,
 Cold doth not sting, the pretty birds do sing,
 Cuckoo, jug-jug, pu-we, to-witta-woo!

 The palm and may make country houses gay,
 Lambs frisk and play, the shepherds pipe all day,
 And we hear aye, birds tune this merry lay,
 Cuckoo, jug-jug, pu-we, to-witta-woo!




THE BATTLE OF NASEBY

(BY OBADIAH BIND-THEIR-KINGS-IN-CHAINS-AND-THEIR-NOBLES-WITH
LINKS-OF-IRON, SERGEANT IN IRETON'S REGIMENT)


 Oh! wherefore come ye forth, in triumph from the North,
 With your hands, and your feet, and your raiment all red?
 And wherefore doth your rout send forth a joyous shout?
 And whence be the grapes of the wine-press which ye tread?

 Oh evil was the root, and bitter was the fruit,
 And crimson was the juice of the vintage that we trod;
 For we trampled on the throng of the haughty and the strong,
 Who sate in the high places, and slew the saints of God.

It was about the noon of a glorious day of June,
 That we saw their banners dance, and their cuirasses shine,
 And the Man of Blood was there, with his long essenced hair,
 And Astley, and Sir Marmaduke, and Rupert of the Rhine.




ROSABELLE


 O listen, listen, ladies gay!
 No haughty feat of arms I tell;
 Soft is the note, and sad the lay,
 That mourns the lovely Rosabelle.

 'Moor, moor the barge, ye gallant crew!
 And, gentle ladye, deign to stay!
 Rest thee in Castle Ravensheuch,
 Nor tempt the stormy firth to-day.

[3] Inch. isle.




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


II

 Banners--yellow, glorious, golden--
 On its roof did float and flow
 (This, all this, was in the olden
 Time, long ago);
"""

MARINER = "THE RIME OF THE ANCIENT MARINER"


def test_title_over_subtitle_over_first_part():
    """Clause title_over_part_run: the title over its subtitle over "PART I" over verse is
    the poem's title (rule poem_title_over_stanza walked past the subtitle to "PART I", no
    stanza, and read nothing), so its parts close at its end (base48: "ROSABELLE > PART II",
    the run under the poem before)."""
    paths = _paths(BLUE)
    assert paths["PART I"] == [MARINER, "PART I"]
    assert paths["PART II"] == [MARINER, "PART II"]
    assert paths["ROSABELLE"] == ["ROSABELLE"]
    assert paths["THE HAUNTED PALACE"] == ["THE HAUNTED PALACE"]


def test_title_over_a_later_part_is_not_read_so():
    """Guard of clause title_over_part_run: only a poem's first part ("PART I", "BOOK THE
    FIRST") tells a poem's title over it; over "PART III" (a cut into the poem) the title
    is not read by this clause."""
    cut = BLUE.replace("\nPART I\n", "\nPART III\n", 1)
    assert MARINER not in _paths(cut)


# Scott, Minstrelsy of the Scottish Border, vol. 2 ("ON THE FAIRIES OF POPULAR
# SUPERSTITION"): a footnote quoting Spenser, closed by its citation "Book I. Canto 10.]".
POPE = """AN ESSAY ON CRITICISM.

WRITTEN IN THE YEAR MDCCIX.


PART I.

Introduction.--That 'tis as great a fault to judge ill, as to write ill, and a more dangerous one to the public, ver. 1. That a true taste is as rare to be found as a true genius, ver. 9-18. That most men are born with some taste, but spoiled by false education, ver. 19-25. The multitude of critics, and causes of them, ver. 26-45. That we are to study our own taste, and know the limits of it, ver. 46-67. Nature the best guide of judgment, ver. 68-87. Improved by art and rules, which are but methodised nature, ver. 88. Rules derived from the practice of the ancient poets, ver. 88-110. That therefore the ancients are necessary to be studied by a critic, particularly Homer and Virgil, ver. 120-138. Of licences, and the use of them by the ancients, ver. 140-180. Reverence due to the ancients, and praise of them, ver. 181, &c.
"""


def _blocks_of(text):
    from transforms.poem_title_lines import _stanza

    texts = text.split("\n")
    blocks, a = [], None
    for i, t in enumerate([*texts, ""]):
        if t.strip() and a is None:
            a = i
        elif not t.strip() and a is not None:
            blocks.append((a, i))
            a = None
    return texts, blocks, [_stanza(texts, a, b) for a, b in blocks]


def test_first_part_over_prose_is_no_poems_part():
    """Clause title_over_part_run: "PART I." over prose (Pope's argument) heads no poem;
    Hardy's "PART I" over its stanza does."""
    from transforms.poem_title_lines import _over_first_part

    texts, blocks, verse = _blocks_of(POPE)
    part = next(k for k, (a, _) in enumerate(blocks) if texts[a] == "PART I.")
    assert not verse[part + 1] and not _over_first_part(texts, blocks, verse, part)
    texts, blocks, verse = _blocks_of(HARDY)
    part = next(k for k, (a, _) in enumerate(blocks) if texts[a] == "PART I")
    assert verse[part + 1] and _over_first_part(texts, blocks, verse, part)
