"""Session 48 (branch wtC), split from tests/transforms/test_poem_titles_wtC_s48.py to keep
test modules under 500 lines: clause note_closing_line (transforms.sections: a line that
closes a note's bracket heads nothing; Scott's Minstrelsy of the Scottish Border vol. 2,
Shakespeare's Titus Andronicus for the guard) and the review's test of clause
bracketed_date_line (a bracketed date is read under a title block in capitals only:
Melville's Battle-Pieces, "Lee in the Capitol." over "(April, 1866.)"). Real text of the
Gutenberg mirror (rcdm-uga/Gutenberg_Text) and the defaults' Shakespeare."""

from transforms import sections as sec
from transforms.section_paths import section_paths


def _paths(text):
    sections = sec.find_sections(text)[0]
    return {s.title: p for s, p in zip(sections, section_paths(sections), strict=True)}


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
