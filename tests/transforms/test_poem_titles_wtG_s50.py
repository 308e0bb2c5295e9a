"""Session 50 (branch wtG): clause headed_poems_count of rule poem_title_over_stanza
(transforms.poem_titles). A poem whose title another rule has already taken as a heading
counts among the book's poems, so that a book whose contents list names some titles keeps
the poem titles only the poem rule finds.

Real text: Wilde's Selected Poems (Methuen 1911, Gutenberg eBook #1141, the rcdm-uga
mirror's "Selected Poems of Oscar Wilde.txt") after ``normalize_text`` and ``clean_text``:
the contents (cleaned lines 56-80), the start of The Ballad of Reading Gaol (104-175),
"POEMS" / "AVE IMPERATRIX" with three stanzas (1338-1360) and the sonnets from the end of
"PORTIA" to "FLORENCE." (1634-1724). The contents names "THE BALLAD OF READING GAOL
(Complete Version)", so since session 49 (``listed_reader_title``) the Ballad is a listed
heading in capitals, no poem title; the poem rule then saw 3 titles ("POEMS" /
"AVE IMPERATRIX", "FABIEN DEI FRANCHI" and, in the whole book, the sonnet under
"SONNET"), under its 4, and lost them all (session 49's wtE review: "POEMS",
"AVE IMPERATRIX", "FABIEN DEI FRANCHI TO MY FRIEND HENRY IRVING" gone)."""

from transforms.sections import find_headings

WILDE = """\
CONTENTS

                                                                  PAGE
PREFACE                                                              v
THE BALLAD OF READING GAOL (Complete Version)                      1
THE BALLAD OF READING GAOL (Shorter Version)                      61
AVE IMPERATRIX                                                      89
TO MY WIFE (WITH A COPY OF MY POEMS)                               100
MAGDALEN WALKS                                                     102
THEOCRITUS—A VILLANELLE                                            106
SONNETS—
                  GREECE                                           108
                  PORTIA (TO ELLEN TERRY)                          110
                  FABIEN DEI FRANCHI (TO HENRY IRVING)             112
                  PHÈDRE (TO SARAH BERNHARDT)                      114
                  ON HEARING THE DIES IRÆ SUNG IN THE              116
                  SISTINE CHAPEL
                  AVE MARIA GRATIA PLENA                           118
                  LIBERTATIS SACRA FAMES                           120
                  ROSES AND RUE                                    122
                  FROM ‘THE GARDEN OF EROS’                        128
                  THE HARLOT’S HOUSE                               140
                  FROM ‘THE BURDEN OF ITYS’                        144
                  FLOWER OF LOVE                                   158




THE BALLAD OF READING GAOL


 I

 HE did not wear his scarlet coat,
 For blood and wine are red,
 And blood and wine were on his hands
 When they found him with the dead,
 The poor dead woman whom he loved,
 And murdered in her bed.

 He walked amongst the Trial Men
 In a suit of shabby grey;
 A cricket cap was on his head,
 And his step seemed light and gay;
 But I never saw a man who looked
 So wistfully at the day.

 I never saw a man who looked
 With such a wistful eye
 Upon that little tent of blue
 Which prisoners call the sky,
 And at every drifting cloud that went
 With sails of silver by.

 I walked, with other souls in pain,
 Within another ring,
 And was wondering if the man had done
 A great or little thing,
 When a voice behind me whispered low,
 ‘That fellow’s got to swing.’

 Dear Christ! the very prison walls
 Suddenly seemed to reel,
 And the sky above my head became
 Like a casque of scorching steel;
 And, though I was a soul in pain,
 My pain I could not feel.

 I only knew what hunted thought
 Quickened his step, and why
 He looked upon the garish day
 With such a wistful eye;
 The man had killed the thing he loved,
 And so he had to die.

 Yet each man kills the thing he loves,
 By each let this be heard,
 Some do it with a bitter look,
 Some with a flattering word,
 The coward does it with a kiss,
 The brave man with a sword!

 Some kill their love when they are young,
 And some when they are old;
 Some strangle with the hands of Lust,
 Some with the hands of Gold:
 The kindest use a knife, because
 The dead so soon grow cold.

 Some love too little, some too long,
 Some sell, and others buy;
 Some do the deed with many tears,
 And some without a sigh:
 For each man kills the thing he loves,
 Yet each man does not die.

 He does not die a death of shame
 On a day of dark disgrace,
 Nor have a noose about his neck,
 Nor a cloth upon his face,





POEMS
AVE IMPERATRIX


 SET in this stormy Northern sea,
 Queen of these restless fields of tide,
 England! what shall men say of thee,
 Before whose feet the worlds divide?

 The earth, a brittle globe of glass,
 Lies in the hollow of thy hand,
 And through its heart of crystal pass,
 Like shadows through a twilight land,

 The spears of crimson-suited war,
 The long white-crested waves of fight,
 And all the deadly fires which are
 The torches of the lords of Night.





FABIEN DEI FRANCHI
TO MY FRIEND HENRY IRVING


 THE silent room, the heavy creeping shade,
 The dead that travel fast, the opening door,
 The murdered brother rising through the floor,
 The ghost’s white fingers on thy shoulders laid,
 And then the lonely duel in the glade,
 The broken swords, the stifled scream, the gore,
 Thy grand revengeful eyes when all is o’er,—
 These things are well enough,—but thou wert made
 For more august creation! frenzied Lear
 Should at thy bidding wander on the heath
 With the shrill fool to mock him, Romeo
 For thee should lure his love, and desperate fear
 Pluck Richard’s recreant dagger from its sheath—
 Thou trumpet set for Shakespeare’s lips to blow!




PHÈDRE
TO SARAH BERNHARDT


 HOW vain and dull this common world must seem
 To such a One as thou, who should’st have talked
 At Florence with Mirandola, or walked
 Through the cool olives of the Academe:
 Thou should’st have gathered reeds from a green stream
 For Goat-foot Pan’s shrill piping, and have played
 With the white girls in that Phæacian glade
 Where grave Odysseus wakened from his dream.

 Ah! surely once some urn of Attic clay
 Held thy wan dust, and thou hast come again
 Back to this common world so dull and vain,
 For thou wert weary of the sunless day,
 The heavy fields of scentless asphodel,
 The loveless lips with which men kiss in Hell.




SONNET


 ON HEARING THE DIES IRÆ SUNG IN THE SISTINE CHAPEL

 NAY, Lord, not thus! white lilies in the spring,
 Sad olive-groves, or silver-breasted dove,
 Teach me more clearly of Thy life and love
 Than terrors of red flame and thundering.
 The hillside vines dear memories of Thee bring:
 A bird at evening flying to its nest
 Tells me of One who had no place of rest:
 I think it is of Thee the sparrows sing.
 Come rather on some autumn afternoon,
 When red and brown are burnished on the leaves,
 And the fields echo to the gleaner’s song,
 Come when the splendid fulness of the moon
 Looks down upon the rows of golden sheaves,
 And reap Thy harvest: we have waited long.




AVE MARIA GRATIA PLENA


 WAS this His coming! I had hoped to see
 A scene of wondrous glory, as was told
 Of some great God who in a rain of gold
 Broke open bars and fell on Danae:
 Or a dread vision as when Semele
 Sickening for love and unappeased desire
 Prayed to see God’s clear body, and the fire
 Caught her brown limbs and slew her utterly:
 With such glad dreams I sought this holy place,
 And now with wondering eyes and heart I stand
 Before this supreme mystery of Love:
 Some kneeling girl with passionless pale face,
 An angel with a lily in his hand,
 And over both the white wings of a Dove.

FLORENCE.
"""


def _heads(text):
    return [(h.title, h.kind, h.rank) for h in find_headings(text)]


def test_poems_the_contents_names_count_toward_the_books_poems():
    """Fails without clause headed_poems_count: "POEMS" / "AVE IMPERATRIX" and
    "FABIEN DEI FRANCHI" were no headings (base50 found only the four listed titles)."""
    heads = _heads(WILDE)
    assert heads == [
        ("THE BALLAD OF READING GAOL", "caps", 20),
        ("POEMS", "poem", 20),
        ("AVE IMPERATRIX", "poem", 20),
        ("FABIEN DEI FRANCHI TO MY FRIEND HENRY IRVING", "poem", 20),
        ("PHÈDRE TO SARAH BERNHARDT", "caps", 20),
        ("ON HEARING THE DIES IRÆ SUNG IN THE SISTINE CHAPEL", "caps", 20),
        ("AVE MARIA GRATIA PLENA", "caps", 20),
    ]


def test_guard_a_counted_heading_is_never_titled_twice():
    """The headed poems only count: each line heads one section, the listed titles keep
    their kind ("caps"), and every heading starts on its own title's first word."""
    found = find_headings(WILDE)
    starts = [h.start for h in found]
    assert len(starts) == len(set(starts))
    assert all(WILDE[h.start :].startswith(h.title.split()[0]) for h in found)
    kinds = {h.title: h.kind for h in found}
    assert kinds["THE BALLAD OF READING GAOL"] == "caps"
    assert kinds["AVE MARIA GRATIA PLENA"] == "caps"


def test_guard_too_few_poems_with_no_headed_poem_stay_untitled():
    """Without the listed titles (the contents cut and the four listed poems' lines gone),
    the three poem titles alone are under the rule's 4: nothing is titled, as before."""
    lines = WILDE.split("\n")
    body = "\n".join(lines[lines.index("THE BALLAD OF READING GAOL") + 1 :])
    for title in ("PHÈDRE", "AVE MARIA GRATIA PLENA", "SONNET"):
        body = body.replace(title + "\n", "")
    assert [h for h in find_headings(body) if h.kind == "poem"] == []


# Cary's Dante, Purgatory (rcdm-uga mirror, "Dante Alighieri/Divine Comedy, Cary's
# Translation, Purgatory.txt") after normalize_text and clean_text: the title page and
# "PURGATORY" / "Cantos 1 - 33", then CANTO I .. CANTO VI, each cut to its first 16 lines.
PURGATORY = """\
THE DIVINE COMEDY: PURGATORY

BY DANTE ALIGHIERI


Complete



Translated By

The Rev. H. F. Cary



PURGATORY

Cantos 1 - 33



CANTO I

O'er better waves to speed her rapid course
The light bark of my genius lifts the sail,
Well pleas'd to leave so cruel sea behind;
And of that second region will I sing,
In which the human spirit from sinful blot
Is purg'd, and for ascent to Heaven prepares.

Here, O ye hallow'd Nine! for in your train
I follow, here the deadened strain revive;
Nor let Calliope refuse to sound
A somewhat higher song, of that loud tone,
Which when the wretched birds of chattering note
Had heard, they of forgiveness lost all hope.



CANTO II

Now had the sun to that horizon reach'd,
That covers, with the most exalted point
Of its meridian circle, Salem's walls,
And night, that opposite to him her orb
Sounds, from the stream of Ganges issued forth,
Holding the scales, that from her hands are dropp'd
When she reigns highest: so that where I was,
Aurora's white and vermeil-tinctur'd cheek
To orange turn'd as she in age increas'd.

Meanwhile we linger'd by the water's brink,
Like men, who, musing on their road, in thought
Journey, while motionless the body rests.
When lo! as near upon the hour of dawn,


CANTO III

Them sudden flight had scatter'd over the plain,
Turn'd tow'rds the mountain, whither reason's voice
Drives us; I to my faithful company
Adhering, left it not. For how of him
Depriv'd, might I have sped, or who beside
Would o'er the mountainous tract have led my steps
He with the bitter pang of self-remorse
Seem'd smitten. O clear conscience and upright
How doth a little fling wound thee sore!

Soon as his feet desisted (slack'ning pace),
From haste, that mars all decency of act,
My mind, that in itself before was wrapt,
Its thoughts expanded, as with joy restor'd:


CANTO IV

When by sensations of delight or pain,
That any of our faculties hath seiz'd,
Entire the soul collects herself, it seems
She is intent upon that power alone,
And thus the error is disprov'd which holds
The soul not singly lighted in the breast.
And therefore when as aught is heard or seen,
That firmly keeps the soul toward it turn'd,
Time passes, and a man perceives it not.
For that, whereby he hearken, is one power,
Another that, which the whole spirit hash;
This is as it were bound, while that is free.

This found I true by proof, hearing that spirit


CANTO V

Now had I left those spirits, and pursued
The steps of my Conductor, when beheld
Pointing the finger at me one exclaim'd:
"See how it seems as if the light not shone
From the left hand of him beneath, and he,
As living, seems to be led on." Mine eyes
I at that sound reverting, saw them gaze
Through wonder first at me, and then at me
And the light broken underneath, by turns.
"Why are thy thoughts thus riveted?" my guide
Exclaim'd, "that thou hast slack'd thy pace? or how
Imports it thee, what thing is whisper'd here?
Come after me, and to their babblings leave
The crowd. Be as a tower, that, firmly set,


CANTO VI

When from their game of dice men separate,
He, who hath lost, remains in sadness fix'd,
Revolving in his mind, what luckless throws
He cast: but meanwhile all the company
Go with the other; one before him runs,
And one behind his mantle twitches, one
Fast by his side bids him remember him.
He stops not; and each one, to whom his hand
Is stretch'd, well knows he bids him stand aside;
And thus he from the press defends himself.
E'en such was I in that close-crowding throng;
And turning so my face around to all,
And promising, I 'scap'd from it with pains.



"""


def test_guard_only_titles_in_capitals_count_as_headed_poems():
    """The cantos are keyword headings, one poem's parts: they do not count as poems, so
    the half-title "PURGATORY" over "Cantos 1 - 33" is titled by no rule (with every
    heading counted, as in this branch's first form, it became a poem's title at the
    cantos' rank)."""
    heads = _heads(PURGATORY)
    assert [t for t, _, _ in heads] == [f"CANTO {n}" for n in ("I", "II", "III", "IV", "V", "VI")]
    assert {k for _, k, _ in heads} == {"keyword"}
