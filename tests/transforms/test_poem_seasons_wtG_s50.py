"""Session 50 (branch wtG): clause season_date of rule poem_title_over_stanza
(``_SEASON`` in ``_BRACKET_DATE``, transforms.poem_title_lines): a season stands for the
month in a bracketed date ("(Spring, 1887)" under "THE BRIDGE OF LODI").

Real text: Hardy's Poems of the Past and the Present (Gutenberg, the rcdm-uga mirror's
"Hardy, Thomas/Poems of the Past and the Present.txt") after ``normalize_text`` and
``clean_text``, lines 727-1040 (POEMS OF PILGRIMAGE: "GENOA AND THE MEDITERRANEAN" to the sixth
part of "THE BRIDGE OF LODI"). Session 48's review found "I" .. "XVII" of "THE BRIDGE OF
LODI" under "ROME THE VATICAN—SALA DELLE MUSE (1887)", a wrong parent: the title over
"(Spring, 1887)" was not read."""

from transforms import sections as sec
from transforms.poem_title_lines import _BRACKET_DATE
from transforms.section_paths import section_paths

PILGRIMAGE = """\


GENOA AND THE MEDITERRANEAN
(March, 1887)


 O EPIC-FAMED, god-haunted Central Sea,
 Heave careless of the deep wrong done to thee
 When from Torino’s track I saw thy face first flash on me.

 And multimarbled Genova the Proud,
 Gleam all unconscious how, wide-lipped, up-browed,
 I first beheld thee clad—not as the Beauty but the Dowd.

 Out from a deep-delved way my vision lit
 On housebacks pink, green, ochreous—where a slit
 Shoreward ’twixt row and row revealed the classic blue through it.

 And thereacross waved fishwives’ high-hung smocks,
 Chrome kerchiefs, scarlet hose, darned underfrocks;
 Since when too oft my dreams of thee, O Queen, that frippery mocks:

 Whereat I grieve, Superba! . . . Afterhours
 Within Palazzo Doria’s orange bowers
 Went far to mend these marrings of thy soul-subliming powers.

 But, Queen, such squalid undress none should see,
 Those dream-endangering eyewounds no more be
 Where lovers first behold thy form in pilgrimage to thee.



SHELLEY’S SKYLARK
(The neighbourhood of Leghorn: March, 1887)


 SOMEWHERE afield here something lies
 In Earth’s oblivious eyeless trust
 That moved a poet to prophecies—
 A pinch of unseen, unguarded dust

 The dust of the lark that Shelley heard,
 And made immortal through times to be;—
 Though it only lived like another bird,
 And knew not its immortality.

 Lived its meek life; then, one day, fell—
 A little ball of feather and bone;
 And how it perished, when piped farewell,
 And where it wastes, are alike unknown.

 Maybe it rests in the loam I view,
 Maybe it throbs in a myrtle’s green,
 Maybe it sleeps in the coming hue
 Of a grape on the slopes of yon inland scene.

 Go find it, faeries, go and find
 That tiny pinch of priceless dust,
 And bring a casket silver-lined,
 And framed of gold that gems encrust;

 And we will lay it safe therein,
 And consecrate it to endless time;
 For it inspired a bard to win
 Ecstatic heights in thought and rhyme.



IN THE OLD THEATRE, FIESOLE
(April, 1887)


 I TRACED the Circus whose gray stones incline
 Where Rome and dim Etruria interjoin,
 Till came a child who showed an ancient coin
 That bore the image of a Constantine.

 She lightly passed; nor did she once opine
 How, better than all books, she had raised for me
 In swift perspective Europe’s history
 Through the vast years of Cæsar’s sceptred line.

 For in my distant plot of English loam
 ’Twas but to delve, and straightway there to find
 Coins of like impress. As with one half blind
 Whom common simples cure, her act flashed home
 In that mute moment to my opened mind
 The power, the pride, the reach of perished Rome.



ROME: ON THE PALATINE
(April, 1887)


 WE walked where Victor Jove was shrined awhile,
 And passed to Livia’s rich red mural show,
 Whence, thridding cave and Criptoportico,
 We gained Caligula’s dissolving pile.

 And each ranked ruin tended to beguile
 The outer sense, and shape itself as though
 It wore its marble hues, its pristine glow
 Of scenic frieze and pompous peristyle.

 When lo, swift hands, on strings nigh over-head,
 Began to melodize a waltz by Strauss:
 It stirred me as I stood, in Cæsar’s house,
 Raised the old routs Imperial lyres had led,

 And blended pulsing life with lives long done,
 Till Time seemed fiction, Past and Present one.



ROME
BUILDING A NEW STREET IN THE ANCIENT QUARTER
(April, 1887)


 THESE numbered cliffs and gnarls of masonry
 Outskeleton Time’s central city, Rome;
 Whereof each arch, entablature, and dome
 Lies bare in all its gaunt anatomy.

 And cracking frieze and rotten metope
 Express, as though they were an open tome
 Top-lined with caustic monitory gnome;
 “Dunces, Learn here to spell Humanity!”

 And yet within these ruins’ very shade
 The singing workmen shape and set and join
 Their frail new mansion’s stuccoed cove and quoin
 With no apparent sense that years abrade,
 Though each rent wall their feeble works invade
 Once shamed all such in power of pier and groin.



ROME
THE VATICAN—SALA DELLE MUSE
(1887)


 I SAT in the Muses’ Hall at the mid of the day,
 And it seemed to grow still, and the people to pass away,
 And the chiselled shapes to combine in a haze of sun,
 Till beside a Carrara column there gleamed forth One.

 She was nor this nor that of those beings divine,
 But each and the whole—an essence of all the Nine;
 With tentative foot she neared to my halting-place,
 A pensive smile on her sweet, small, marvellous face.

 “Regarded so long, we render thee sad?” said she.
 “Not you,” sighed I, “but my own inconstancy!
 I worship each and each; in the morning one,
 And then, alas! another at sink of sun.

 “To-day my soul clasps Form; but where is my troth
 Of yesternight with Tune: can one cleave to both?”
 —“Be not perturbed,” said she. “Though apart in fame,
 As I and my sisters are one, those, too, are the same.

 —“But my loves go further—to Story, and Dance, and Hymn,
 The lover of all in a sun-sweep is fool to whim—
 Is swayed like a river-weed as the ripples run!”
 —“Nay, wight, thou sway’st not. These are but phases of one;

 “And that one is I; and I am projected from thee,
 One that out of thy brain and heart thou causest to be—
 Extern to thee nothing. Grieve not, nor thyself becall,
 Woo where thou wilt; and rejoice thou canst love at all!”



ROME
AT THE PYRAMID OF CESTIUS
NEAR THE GRAVES OF SHELLEY AND KEATS
(1887)


 WHO, then, was Cestius,
 And what is he to me?—
 Amid thick thoughts and memories multitudinous
 One thought alone brings he.

 I can recall no word
 Of anything he did;
 For me he is a man who died and was interred
 To leave a pyramid

 Whose purpose was exprest
 Not with its first design,
 Nor till, far down in Time, beside it found their rest
 Two countrymen of mine.

 Cestius in life, maybe,
 Slew, breathed out threatening;
 I know not. This I know: in death all silently
 He does a kindlier thing,

 In beckoning pilgrim feet
 With marble finger high
 To where, by shadowy wall and history-haunted street,
 Those matchless singers lie . . .

 —Say, then, he lived and died
 That stones which bear his name
 Should mark, through Time, where two immortal Shades abide;
 It is an ample fame.



LAUSANNE
IN GIBBON’S OLD GARDEN: 11–12 P.M.
June 27, 1897


(The 110_th_ anniversary of the completion of the “Decline and
Fall” at the same hour and place)

 A SPIRIT seems to pass,
 Formal in pose, but grave and grand withal:
 He contemplates a volume stout and tall,
 And far lamps fleck him through the thin acacias.

 Anon the book is closed,
 With “It is finished!” And at the alley’s end
 He turns, and soon on me his glances bend;
 And, as from earth, comes speech—small, muted, yet composed.

 “How fares the Truth now?—Ill?
 —Do pens but slily further her advance?
 May one not speed her but in phrase askance?
 Do scribes aver the Comic to be Reverend still?

 “Still rule those minds on earth
 At whom sage Milton’s wormwood words were hurled:
 ‘Truth like a bastard comes into the world
 Never without ill-fame to him who gives her birth’?”



ZERMATT
TO THE MATTERHORN
(June-July, 1897)


 THIRTY-TWO years since, up against the sun,
 Seven shapes, thin atomies to lower sight,
 Labouringly leapt and gained thy gabled height,
 And four lives paid for what the seven had won.

 They were the first by whom the deed was done,
 And when I look at thee, my mind takes flight
 To that day’s tragic feat of manly might,
 As though, till then, of history thou hadst none.

 Yet ages ere men topped thee, late and soon
 Thou watch’dst each night the planets lift and lower;
 Thou gleam’dst to Joshua’s pausing sun and moon,
 And brav’dst the tokening sky when Cæsar’s power
 Approached its bloody end: yea, saw’st that Noon
 When darkness filled the earth till the ninth hour.



THE BRIDGE OF LODI
(Spring, 1887)


 I

 WHEN of tender mind and body
 I was moved by minstrelsy,
 And that strain “The Bridge of Lodi”
 Brought a strange delight to me.

 II

 In the battle-breathing jingle
 Of its forward-footing tune
 I could see the armies mingle,
 And the columns cleft and hewn

 III

 On that far-famed spot by Lodi
 Where Napoleon clove his way
 To his fame, when like a god he
 Bent the nations to his sway.

 IV

 Hence the tune came capering to me
 While I traced the Rhone and Po;
 Nor could Milan’s Marvel woo me
 From the spot englamoured so.

 V

 And to-day, sunlit and smiling,
 Here I stand upon the scene,
 With its saffron walls, dun tiling,
 And its meads of maiden green,

 VI

 Even as when the trackway thundered
 With the charge of grenadiers,
 And the blood of forty hundred
 Splashed its parapets and piers . . .

"""

LODI = "THE BRIDGE OF LODI (Spring, 1887)"


def test_season_date_heads_the_poems_parts():
    """Fails without clause season_date (base50: no title here; "ROME" twice among four
    dated titles fails clause titles_distinct, and the parts sit at the top)."""
    sections = sec.find_sections(PILGRIMAGE)[0]
    paths = section_paths(sections)
    parts = [p for p in paths if len(p) == 2]
    assert parts == [[LODI, n] for n in ("I", "II", "III", "IV", "V", "VI")]
    assert ["ROME THE VATICAN—SALA DELLE MUSE (1887)"] in paths
    assert ["GENOA AND THE MEDITERRANEAN (March, 1887)"] in paths


def test_season_dates():
    """Seasons and feasts with a year are dates; a season word with no year is not."""
    for t in ("(Spring, 1887)", "(Autumn 1916)", "(Household Words, Christmas 1858)"):
        assert _BRACKET_DATE.match(t), t
    for t in ("(Spring)", "(Spring time, and Spring)", "(Winter Song)"):
        assert not _BRACKET_DATE.match(t), t
