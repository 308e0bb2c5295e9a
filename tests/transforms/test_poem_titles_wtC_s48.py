"""Session 48 (branch wtC), books of poems left by session 47: a title block over a
bracketed date (clause bracketed_date_line, transforms.poem_title_lines), a title over its
subtitle over its first part (clause title_over_part_run, transforms.poem_titles), a line
that closes a note's bracket (clause note_closing_line, transforms.sections). Real text:
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
SCOTT = """[Footnote B: The Fairy land, and Fairies of Spenser, have no connection with popular superstition, being only words used to denote an Utopian scene of action, and imaginary or allegorical characters; and the title of the "Fairy Queen" being probably suggested by the elfin mistress of Chaucer's Sir Thopas. The stealing of the Red Cross Knight, while a child, is the only incident in the poem which approaches to the popular character of the Fairy:

 --A Fairy thee unweeting reft;
 There as thou sleptst in tender swadling band,
 And her base elfin brood there for thee left:
 Such men do changelings call, so chang'd by Fairies theft.
 Book I. Canto 10.]

While the fays of South Britain received such attractive and poetical embellishments, those of Scotland, who possessed no such advantage, retained more of their ancient, and appropriate character. Perhaps, also, the persecution which these sylvan deities underwent, at the instance of the stricter presbyterian clergy, had its usual effect, in hardening their dispositions, or at least in rendering them more dreaded by those among whom they dwelt. The face of the country, too, might have some effect; as we should naturally attribute a less malicious disposition, and a less frightful appearance, to the fays who glide by moon-light through the oaks of Windsor, than to those who haunt the solitary heaths and lofty mountains of the North. The fact at least is certain; and it has not escaped a late ingenious traveller, that the character of the Scottish Fairy is more harsh and terrific than that which is ascribed to the elves of our sister kingdom.--See STODDART'S View of Scenery and Manners in Scotland.
"""


def test_note_closing_line_heads_nothing():
    """Clause note_closing_line: the citation that closes the footnote's bracket is no
    heading (base48: a section "Book I. Canto 10.]", rule keyword, ranked as a book; in the
    whole volume it parented 27 ballads)."""
    assert "Book I. Canto 10.]" not in _paths(SCOTT)
    assert not any("Canto" in h.title for h in sec.find_headings(SCOTT))


# Titus Andronicus (the defaults' Gutenberg text), act V: its scene II heading ends on a
# stray bracket the text never opened.
TITUS = """SATURNINUS.
Then go successantly, and plead to him.

[Exeunt.]



ACT V.

SCENE I. Plains near Rome.

[Enter LUCIUS with GOTHS, with drum and colours.]

LUCIUS.
Approved warriors and my faithful friends,
I have received letters from great Rome,
Which signifies what hate they bear their emperor,
And how desirous of our sight they are.
Therefore, great lords, be, as your titles witness,
Imperious and impatient of your wrongs;
And wherein Rome hath done you any scath
Let him make treble satisfaction.




SCENE II. Rome. Before TITUS'S House.]

[Enter TAMORA, DEMETRIUS and CHIRON, disguised.]

TAMORA.
Thus, in this strange and sad habiliment,
I will encounter with Andronicus,
And say I am Revenge, sent from below
To join with him and right his heinous wrongs.
Knock at his study, where they say he keeps
To ruminate strange plots of dire revenge;
Tell him Revenge is come to join with him,
And work confusion on his enemies.

[They knock.]

[Enter TITUS, above.]



SCENE III. Rome. A Pavilion in TITUS'S Gardens, with tables, &c.

[Enter LUCIUS, MARCUS, and GOTHS, with AARON prisoner.]

LUCIUS.
Uncle Marcus, since 'tis my father's mind
That I repair to Rome, I am content.

FIRST GOTH.
And ours with thine, befall what fortune will.

LUCIUS.
Good uncle, take you in this barbarous Moor,
"""


def test_stray_bracket_on_a_heading_set_apart_stays():
    """Guard of clause note_closing_line: the bracket must be opened in the lines right
    above (no blank line between); "SCENE II. Rome. Before TITUS'S House.]", set apart,
    stays a scene (the first form, any line ending on an unopened bracket, dropped it and
    Much Ado's "Scene III. --Another room in LEONATO'S house.]" from the snapshot)."""
    titles = [h.title for h in sec.find_headings(TITUS)]
    assert "SCENE II. Rome. Before TITUS'S House.]" in titles
    assert len([t for t in titles if t.startswith("SCENE")]) == 3


# Melville, Battle-Pieces and Aspects of the War (review, session 48): a title in small
# letters set apart ("Lee in the Capitol."), then the title again with its note and a
# bracketed date under it, then the poem. Read as a stanza, that block keeps the title set
# apart over it; clause bracketed_date_line took it out of the verse for any block, and
# "Lee in the Capitol." was lost (its poem ran on under "The Scout toward Aldie."). Each
# poem cut to its first stanza.
MELVILLE = """On the Slain at Chickamauga.


Happy are they and charmed in life
 Who through long wars arrive unscarred
At peace. To such the wreath be given,
If they unfalteringly have striven--
 In honor, as in limb, unmarred.
Let cheerful praise be rife,
 And let them live their years at ease,
Musing on brothers who victorious died--
 Loved mates whose memory shall ever please.



An uninscribed Monument
on one of the Battle-fields of the Wilderness.


Silence and Solitude may hint
 (Whose home is in yon piny wood)
What I, though tableted, could never tell--
The din which here befell,
 And striving of the multitude.
The iron cones and spheres of death
 Set round me in their rust,
 These, too, if just,
Shall speak with more than animated breath.
 Thou who beholdest, if thy thought,
Not narrowed down to personal cheer,
Take in the import of the quiet here--
 The after-quiet--the calm full fraught;
Thou too wilt silent stand--
Silent as I, and lonesome as the land.



On Sherman's Men
who fell in the Assault of Kenesaw Mountain, Georgia.


They said that Fame her clarion dropped
 Because great deeds were done no more--
That even Duty knew no shining ends,
And Glory--'twas a fallen star!
 But battle can heroes and bards restore.
 Nay, look at Kenesaw:
Perils the mailed ones never knew
Are lightly braved by the ragged coats of blue,
And gentler hearts are bared to deadlier war.



On the Grave
of a young Cavalry Officer killed in the Valley of Virginia.


Beauty and youth, with manners sweet, and friends--
 Gold, yet a mind not unenriched had he
Whom here low violets veil from eyes.
 But all these gifts transcended be:
His happier fortune in this mound you see.



A Requiem
for Soldiers lost in Ocean Transports.


When, after storms that woodlands rue,
 To valleys comes atoning dawn,
The robins blithe their orchard-sports renew;
 And meadow-larks, no more withdrawn,
Caroling fly in the languid blue;
The while, from many a hid recess,
Alert to partake the blessedness,
The pouring mites their airy dance pursue.
 So, after ocean's ghastly gales,
When laughing light of hoyden morning breaks,
 Every finny hider wakes--
 From vaults profound swims up with glittering scales;
 Through the delightsome sea he sails,
With shoals of shining tiny things
Frolic on every wave that flings
 Against the prow its showery spray;
All creatures joying in the morn,
Save them forever from joyance torn,
 Whose bark was lost where now the dolphins play;
Save them that by the fabled shore,
 Down the pale stream are washed away,
Far to the reef of bones are borne;
 And never revisits them the light,
Nor sight of long-sought land and pilot more;
 Nor heed they now the lone bird's flight
Round the lone spar where mid-sea surges pour.



On a natural Monument
in a field of Georgia.[21]


No trophy this--a Stone unhewn,
 And stands where here the field immures
The nameless brave whose palms are won.
Outcast they sleep; yet fame is nigh--
 Pure fame of deeds, not doers;
Nor deeds of men who bleeding die
 In cheer of hymns that round them float:
In happy dreams such close the eye.
But withering famine slowly wore,
 And slowly fell disease did gloat.
Even Nature's self did aid deny;
They choked in horror the pensive sigh.
 Yea, off from home sad Memory bore
(Though anguished Yearning heaved that way),
Lest wreck of reason might befall.
 As men in gales shun the lee shore,
Though there the homestead be, and call,
And thitherward winds and waters sway--
As such lorn mariners, so fared they.
But naught shall now their peace molest.
 Their fame is this: they did endure--
Endure, when fortitude was vain
To kindle any approving strain
Which they might hear. To these who rest,
 This healing sleep alone was sure.



Commemorative of a Naval Victory.


Sailors there are of gentlest breed,
 Yet strong, like every goodly thing;
The discipline of arms refines,
 And the wave gives tempering.
 The damasked blade its beam can fling;
It lends the last grave grace:
The hawk, the hound, and sworded nobleman
 In Titian's picture for a king,
Are of Hunter or warrior race.



Presentation to the Authorities,
by Privates, of Colors captured in Battles ending in the
Surrender of Lee.


These flags of armies overthrown--
Flags fallen beneath the sovereign one
In end foredoomed which closes war;
We here, the captors, lay before
 The altar which of right claims all--
Our Country. And as freely we,
 Revering ever her sacred call,
Could lay our lives down--though life be
Thrice loved and precious to the sense
Of such as reap the recompense
 Of life imperiled for just cause--
Imperiled, and yet preserved;
While comrades, whom Duty as strongly nerved,
Whose wives were all as dear, lie low.
But these flags given, glad we go
 To waiting homes with vindicated laws.



The Returned Volunteer to his Rifle.


Over the hearth--my father's seat--
 Repose, to patriot-memory dear,
Thou tried companion, whom at last I greet
 By steepy banks of Hudson here.
How oft I told thee of this scene--
The Highlands blue--the river's narrowing sheen.
Little at Gettysburg we thought
To find such haven; but God kept it green.
Long rest! with belt, and bayonet, and canteen.




The Scout toward Aldie.


The cavalry-camp lies on the slope
 Of what was late a vernal hill,
But now like a pavement bare--
An outpost in the perilous wilds
 Which ever are lone and still;
 But Mosby's men are there--
 Of Mosby best beware.






Lee in the Capitol.



Lee in the Capitol.[24]
(April, 1866.)


Hard pressed by numbers in his strait,
 Rebellion's soldier-chief no more contends--
Feels that the hour is come of Fate,
 Lays down one sword, and widened warfare ends.
The captain who fierce armies led
Becomes a quiet seminary's head--
Poor as his privates, earns his bread.
In studious cares and aims engrossed,
 Strives to forget Stuart and Stonewall dead--




A Meditation:

Attributed to a northerner after attending the last of two funerals from the same homestead--those of a national and a confederate officer (brothers), his kinsmen, who had died from the effects of wounds received in the closing battles.



A Meditation.


How often in the years that close,
 When truce had stilled the sieging gun,
The soldiers, mounting on their works,
 With mutual curious glance have run
From face to face along the fronting show,
And kinsman spied, or friend--even in a foe."""


def test_bracketed_date_under_a_title_in_small_letters_keeps_it():
    """Clause bracketed_date_line only takes a title block in capitals out of the verse."""
    titles = [s.title for s in sec.find_sections(MELVILLE)[0]]
    assert titles[-3:] == ["The Scout toward Aldie.", "Lee in the Capitol.", "A Meditation."]
    lee = next(s for s in sec.find_sections(MELVILLE)[0] if s.title == "Lee in the Capitol.")
    assert MELVILLE[lee.start :].startswith("Lee in the Capitol.\n")


# Pope, The Poetical Works, vol. 1 (review, session 48): "AN ESSAY ON CRITICISM." /
# "WRITTEN IN THE YEAR MDCCIX." / "PART I." over the part's argument in prose. Clause
# title_over_part_run wants verse under the first part: without that guard the whole book
# reads two more titles, both wrong ("LYCIDAS.", a speaker of the fourth pastoral, and "WRITTEN
# IN THE YEAR MDCCXII.", the Rape of the Lock's subtitle); the clause is tested on its blocks.
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
