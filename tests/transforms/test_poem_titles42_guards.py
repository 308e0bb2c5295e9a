"""Rule poem_title_over_stanza (transforms.poem_titles): each guard, one case of real text
that fails when the guard is taken out (second engineer's plants, session 42). Lines as the
Gutenberg mirror's books read after cleaning; stanzas cut to four lines."""

from tests.transforms.test_poem_titles42 import HEAD, KIPLING, _book
from transforms import poem_titles as pt
from transforms.contents import scan_lines
from transforms.poem_titles import poem_titles


def _found(text: str) -> list[str]:
    lines = scan_lines(text)
    no_list = [False] * (len(lines.texts) + 1)
    return [lines.texts[i] for i, _ in poem_titles(lines, set(), set(), no_list, False)]


def _pieces(pieces: list[tuple[str, list[str]]]) -> str:
    return "\n\n\n\n".join(head + "\n\n" + "\n".join(verse) for head, verse in pieces) + "\n"


# Keble's The Christian Year (Morley's edition): each poem's title, its scripture motto in
# prose (one line after cleaning), then the verse.
KEBLE = [
    ('Advent Sunday.' + "\n\n\n"
     + 'Now it is high time to awake out of sleep: for now is our salvation nearer than '
       'when we believed.—Romans xiii 11.',
     ['AWAKE—again the Gospel-trump is blown—',
      'From year to year it swells with louder tone,',
      'From year to year the signs of wrath',
      'Are gathering round the Judge’s path,',
      'Strange words fulfilled, and mighty works achieved,',
      'And truth in all the world both hated and believed.',
      '',
      'Awake! why linger in the gorgeous town,',
      'Sworn liegemen of the Cross and thorny crown?',
      'Up from your beds of sloth for shame,',
      'Speed to the eastern mount like flame,',
      'Nor wonder, should ye find your King in tears,',
      'E’en with the loud Hosanna ringing in His ears.']),
    ('Second Sunday in Advent.' + "\n\n\n"
     + 'And when these things begin to pass, then look up, and lift up your heads; for '
       'your redemption draweth night. St. Luke xxi. 28.',
     ['NOT till the freezing blast is still,',
      'Till freely leaps the sparkling rill,',
      'And gales sweep soft from summer skies,',
      'As o’er a sleeping infant’s eyes',
      'A mother’s kiss; ere calls like these,',
      'No sunny gleam awakes the trees,',
      'Nor dare the tender flowerets show',
      'Their bosoms to th’ uncertain glow.',
      '',
      'Why then, in sad and wintry time,',
      'Her heavens all dark with doubt and crime,',
      'Why lifts the Church her drooping head,',
      'As though her evil hour were fled?',
      'Is she less wise than leaves of spring,']),
    ('Third Sunday in Advent.' + "\n\n\n"
     + 'What went ye out into the wilderness to see? A reed shaken with the wind? . . . '
       'But what went ye out for to see? A prophet? yea, I say unto you, and more than '
       'a prophet. St. Matthew xi. 7, 9.',
     ['WHAT went ye out to see',
      'O’er the rude sandy lea,',
      'Where stately Jordan flows by many a palm,',
      'Or where Gennesaret’s wave',
      'Delights the flowers to lave,',
      'That o’er her western slope breathe airs of balm.',
      '',
      'All through the summer night,',
      'Those blossoms red and bright',
      'Spread their soft breasts, unheeding, to the breeze,',
      'Like hermits watching still',
      'Around the sacred hill,',
      'Where erst our Saviour watched upon His knees.']),
    ('Fourth Sunday in Advent.' + "\n\n\n"
     + 'The eyes of them that see shall not be dim, and the ears of them that hear '
       'shall hearken. Isaiah xxxii. 3',
     ['OF the bright things in earth and air',
      'How little can the heart embrace!',
      'Soft shades and gleaming lights are there—',
      'I know it well, but cannot trace.',
      '',
      'Mine eye unworthy seems to read',
      'One page of Nature’s beauteous book;',
      'It lies before me, fair outspread—',
      'I only cast a wishful look.']),
    ('Christmas Day.' + "\n\n\n"
     + 'And suddenly there was with the Angel a multitude of the heavenly host, '
       'praising God. St. Luke ii. 13.',
     ['WHAT sudden blaze of song',
      'Spreads o’er th’ expanse of Heaven?',
      'In waves of light it thrills along,',
      'Th’ angelic signal given—',
      '“Glory to God!” from yonder central fire',
      'Flows out the echoing lay beyond the starry choir;',
      '',
      'Like circles widening round',
      'Upon a clear blue river,',
      'Orb after orb, the wondrous sound',
      'Is echoed on for ever:',
      '“Glory to God on high, on earth be peace,',
      'And love towards men of love—salvation and release.”']),
    ('St. Stephen’s Day.' + "\n\n\n"
     + 'He, being full of the Holy Ghost, looked up steadfastly into heaven, and saw '
       'the glory of God, and Jesus standing on the right hand of God. Acts vii. 55',
     ['AS rays around the source of light',
      'Stream upward ere he glow in sight,',
      'And watching by his future flight',
      'Set the clear heavens on fire;',
      'So on the King of Martyrs wait',
      'Three chosen bands, in royal state,',
      'And all earth owns, of good and great,',
      'Is gather’d in that choir.',
      '',
      'One presses on, and welcomes death:',
      'One calmly yields his willing breath,',
      'Nor slow, nor hurrying, but in faith',
      'Content to die or live:',
      'And some, the darlings of their Lord,']),
]  # fmt: skip


def test_keble_titles_over_their_mottoes():
    # Clause label_over_prose: a poem's own title may stand over one paragraph in prose
    # (its motto). The branch's first form stopped at any prose line and kept 20 of the
    # book's titles (Keble's Christian Year 20 -> 92 with the clause); the verse above is
    # the end of the poem before ("Evening."): the first title is no label of a title.
    evening = "Come near and bless us when we wake,\nEre through the world our way we take;\n"
    evening += "Till in the ocean of Thy love\nWe lose ourselves, in Heaven above."
    assert _found(evening + "\n\n\n\n" + _pieces(KEBLE)) == [
        head.split("\n")[0] for head, _ in KEBLE
    ]


# Dryden's Works vol. 13: the tenth satire of Juvenal, its argument (cut to its first
# sentence) and the first twelve lines of its verse.
SATIRE = """THE

TENTH SATIRE

OF

JUVENAL.


THE ARGUMENT.

 The Poet's design, in this divine Satire, is, to represent the various wishes and desires of mankind, and to set out the folly of them.

 Look round the habitable world, how few
 Know their own good, or, knowing it, pursue.
 How void of reason are our hopes and fears!
 What in the conduct of our life appears
 So well designed, so luckily begun,
 But when we have our wish, we wish undone?
 Whole houses, of their whole desires possest,
 Are often ruined at their own request.
 In wars and peace things hurtful we require,
 When made obnoxious to our own desire.
 With laurels some have fatally been crowned; }
 Some, who the depths of eloquence have found, }
"""  # noqa: E501


def test_argument_label_among_poems():
    # Dryden's "THE ARGUMENT." under the satire's title ("JUVENAL.") over its prose, in a
    # book whose other titles differ (so clause titles_distinct does not hide it): a label.
    text = _book(KIPLING, HEAD) + "\n\n\n\n" + SATIRE
    found = _found(text)
    assert "THE ARGUMENT." not in found
    assert found == [t.split("\n")[0] for t, _ in KIPLING]


# Morley's Playful Poems: each title, its byline set apart under it, then the verse.
PLAYFUL = [
    ("London Lickpenny.\n\n\nBY JOHN LYDGATE.",
     ["TO London once my steps I bent,", "Where truth in nowise should be faint;",
      "To Westminster-ward I forthwith went,", "To a man of law to make complaint,"]),
    ("Best to be Blyth.\n\n\nBY WILLIAM DUNBAR.",
     ["FULL oft I muse, and hes in thocht", "How this fals Warld is ay on flocht,",
      "Quhair no thing ferme is nor degest;", "And when I haif my mynd all socht,"]),
    ("Dowsabell.\n\n\nBY MICHAEL DRAYTON.",
     ["FAR in the country of Arden", "There woned a knight, hight Cassamen,",
      "As bold as Isenbras:", "Fell was he and eager bent"]),
    ("Nymphidia, the Court of Fairy.\n\n\nBY MICHAEL DRAYTON.",
     ["OLD Chaucer doth of Topas tell,", "Mad Rabelais of Pantágruél,",
      "A later third of Dowsabel", "With such poor trifles playing;"]),
    ("The Demon Ship.\n\n\nBY THOMAS HOOD.",
     ["’TWAS off the Wash the sun went down—the sea looked black and grim,",
      "For stormy clouds with murky fleece were mustering at the brim;",
      "Titanic shades! enormous gloom!—as if the solid night",
      "Of Erebus rose suddenly to seize upon the light!"]),
    ("A Tale of a Trumpet.\n\n\nBY THOMAS HOOD.",
     ["“Old woman, old woman, will you go a-shearing?",
      "Speak a little louder, for I’m very hard of hearing.”"]),
]  # fmt: skip


def test_bylines_are_no_titles():
    # A byline ("BY MICHAEL DRAYTON.") is no poem's title nor a group's: taken as titles,
    # the authors repeat and the book's poems were all lost (Playful Poems 12 -> 0).
    text = "PLAYFUL POEMS\n\n\n\n" + _pieces(PLAYFUL)
    assert _found(text) == [head.split("\n")[0] for head, _ in PLAYFUL]


# Goethe's Faust (Bayard Taylor), Prelude on the Stage: speakers over their speeches.
FAUST = [
    ("POET", ["Speak not to me of yonder motley masses,", "Whom but to see, puts out the fire of Song!",
              "Hide from my view the surging crowd that passes,",
              "And in its whirlpool forces us along!"]),
    ("MERRY-ANDREW", ["Posterity! Don't name the word to me!", "If I should choose to preach Posterity,",
                      "Where would you get contemporary fun?",
                      "That men will have it, there's no blinking:"]),
    ("MANAGER", ["Chiefly, enough of incident prepare!", "They come to look, and they prefer to stare.",
                 "Reel off a host of threads before their faces,",
                 "So that they gape in stupid wonder: then"]),
    ("POET", ["You do not feel, how such a trade debases;", "How ill it suits the Artist, proud and true!",
              "The botching work each fine pretender traces", "Is, I perceive, a principle with you."]),
    ("MANAGER", ["Such a reproach not in the least offends;", "A man who some result intends",
                 "Must use the tools that best are fitting.",
                 "Reflect, soft wood is given to you for splitting,"]),
    ("POET", ["Go, find yourself a more obedient slave!", "What! shall the Poet that which Nature gave,",
              "The highest right, supreme Humanity,", "Forfeit so wantonly, to swell your treasure?"]),
    ("MERRY-ANDREW", ["So, these fine forces, in conjunction,", "Propel the high poetic function,",
                      "As in a love-adventure they might play!",
                      "You meet by accident; you feel, you stay,"]),
]  # fmt: skip


def test_verse_play_speakers_are_no_titles():
    # Clause titles_distinct: 3 names over 7 speeches are speakers, not poems (Faust
    # 32 -> 140 sections without the clause).
    assert _found("PRELUDE ON THE STAGE\n\n\n\n" + _pieces(FAUST)) == []


def test_title_lines_that_are_no_titles():
    no = [
        "BY KNIGHTLY CHETWOOD, D.D.",  # a byline (Dryden vol. 13)
        "II—YOUTH AND LOVE—I",  # numbered: rule numbering's (Stevenson's Songs of Travel)
        "A.",  # a letter over a list of subscribers (Dryden vol. 13)
        "“Impatient--oh yes--just the way with you men!",  # a speech (Alger's Nothing to Eat)
        "The following are the last lines my sister Emily ever wrote:--",  # Charlotte Brontë
        "Of cabinets, shut up for years,",  # a verse line (Charlotte Brontë's Mementos)
        "[Footnote 20: A smock.]",  # Swift vol. 2
        "and gain a greater esteem with the public.",  # prose run on (Dryden's argument)
    ]
    assert [t for t in no if pt._title_like(t)] == []
    yes = ["SELF-INTEROGATION,", "Danny Deever", "PILATE'S WIFE'S DREAM.", "St. Stephen’s Day."]
    assert all(map(pt._title_like, yes))


def test_stanza_lines():
    def stanza(block: list[str]) -> bool:
        return pt._stanza(block, 0, len(block))

    assert stanza(KEBLE[0][1][:6]) and stanza(FAUST[1][1])
    # A footnote run on in lower case (Chapman's Odysseys).
    assert not stanza(["\u202d[1] Viz. That some from within might issue, and witness in his",
                       "\u202dhearing some wreakful ostent to his enemies from heaven."])  # fmt: skip
    # A contents list's entries end on no stop (Swift vol. 1), or on their pages (vol. 2).
    assert not stanza(["Ode to Doctor William Sancroft", "Ode to Sir William Temple",
                       "Ode to King William", "Ode to The Athenian Society", "To Mr. Congreve"])  # fmt: skip
    assert not stanza(["Cadenus and Vanessa 1", "To Love 23", "A Rebus by Vanessa 24",
                       "The Dean's Answer 25", "Stella's Birth-Day 26"])  # fmt: skip
    # A motto in prose, joined into one long line, with the verse under it: no stanza.
    motto = KEBLE[2][0].split("\n")[-1]
    assert not stanza([motto, *KEBLE[2][1][:6]])


# Lang's Ballades in Blue China: each ballade's title (in capitals: a heading of the book
# already) and, set apart under it, its dedication or source, then the verse (six lines).
LANG = [
    ("BALLADE OF ROULETTE.\n\n\nTO R. R.",
     ["This life—one was thinking to-day,", "In the midst of a medley of fancies—",
      "Is a game, and the board where we play", "Green earth with her poppies and pansies.",
      "Let manque be faded romances,", "Be passe remorse and regret;"]),
    ("BALLADE OF THE MIDNIGHT FOREST.\n\n\nAFTER THÉODORE DE BANVILLE.",
     ["Still sing the mocking fairies, as of old,", "Beneath the shade of thorn and holly-tree;",
      "The west wind breathes upon them, pure and cold,",
      "And wolves still dread Diana roaming free",
      "In secret woodland with her company.",
      "’Tis thought the peasants’ hovels know her rite"]),
    ("BALLADE OF THE VOYAGE TO CYTHERA.\n\n\nAFTER THÉODORE DE BANVILLE.",
     ["I know Cythera long is desolate;", "I know the winds have stripp’d the gardens green.",
      "Alas, my friends! beneath the fierce sun’s weight",
      "A barren reef lies where Love’s flowers have been,",
      "Nor ever lover on that coast is seen!", "So be it, but we seek a fabled shore,"]),
    ("BALLADE AGAINST THE JESUITS.\n\n\nAFTER LA FONTAINE.",
     ["Rome does right well to censure all the vain", "Talk of Jansenius, and of them who preach",
      "That earthly joys are damnable! ’Tis plain", "We need not charge at Heaven as at a breach;",
      "No, amble on! We’ll gain it, one and all;", "The narrow path’s a dream fantastical,"]),
    ("BALLADE OF DEAD CITIES.\n\n\nTO E. W. GOSSE.",
     ["The dust of Carthage and the dust", "Of Babel on the desert wold,",
      "The loves of Corinth, and the lust,", "Orchomenos increased with gold;",
      "The town of Jason, over-bold,", "And Cherson, smitten in her prime—"]),
]  # fmt: skip


def test_line_under_a_heading_is_its_label():
    # Clause label_under_heading: the ballades' titles are headings already (``heads``);
    # "TO R. R." / "AFTER LA FONTAINE." set apart under them are no titles (Lang's
    # Ballades & Rhymes 0 -> 45 such lines as sections without the clause).
    lines = scan_lines("BALLADES IN BLUE CHINA\n\n\n\n" + _pieces(LANG))
    heads = {i for i, t in enumerate(lines.texts) if t.startswith("BALLADE ")}
    assert len(heads) == len(LANG)
    no_list = [False] * (len(lines.texts) + 1)
    assert poem_titles(lines, heads, set(), no_list, False) == []


# Scott's Ivanhoe, chapter I's first two paragraphs as the mirror's file wraps them (short
# lines, as text reaches the rule before cleaning joins them, e.g. in bench/text_speed).
IVANHOE_WRAPPED = """In that pleasant district of merry England which is watered by the
river Don, there extended in ancient times a large forest, covering
the greater part of the beautiful hills and valleys which lie between
Sheffield and the pleasant town of Doncaster. The remains of this
extensive wood are still to be seen at the noble seats of Wentworth, of
Warncliffe Park, and around Rotherham. Here haunted of yore the fabulous
Dragon of Wantley; here were fought many of the most desperate battles
during the Civil Wars of the Roses; and here also flourished in ancient
times those bands of gallant outlaws, whose deeds have been rendered so
popular in English song.

Such being our chief scene, the date of our story refers to a period
towards the end of the reign of Richard I., when his return from his
long captivity had become an event rather wished than hoped for by his
despairing subjects, who were in the meantime subjected to every species
of subordinate oppression. The nobles, whose power had become exorbitant
during the reign of Stephen, and whom the prudence of Henry the Second
had scarce reduced to some degree of subjection to the crown, had now
resumed their ancient license in its utmost extent; despising the feeble
interference of the English Council of State, fortifying their castles,
increasing the number of their dependants, reducing all around them to a
state of vassalage, and striving by every means in their power, to place
themselves each at the head of such forces as might enable him to make a
"""


def test_prose_book_has_no_poem_titles():
    # Clause verse_book: six ballads with their titles inside a book mostly in prose (its
    # wrapped lines are short, so the first bound on line lengths does not stop it).
    lines = scan_lines(IVANHOE_WRAPPED + "\n\n\n" + _book(KIPLING, HEAD))
    assert poem_titles(lines, set(), set(), [False] * (len(lines.texts) + 1), False) == []
    alone = scan_lines(_book(KIPLING, HEAD))
    assert poem_titles(alone, set(), set(), [False] * (len(alone.texts) + 1), False)


# Morley's The Visions of England: each poem's title, set apart under it a second line (a
# subtitle or the day of the event), then the verse (six lines).
MORLEY = [
    ("A DANISH BARROW\n\n\nON THE EAST DEVON COAST",
     ["Lie still, old Dane, below thy heap!", "--A sturdy-back and sturdy-limb,",
      "Whoe'er he was, I warrant him", "Upon whose mound the single sheep",
      "Browses and tinkles in the sun,", "Within the narrow vale alone."]),
    ("A BALLAD OF EVESHAM\n\n\nAugust 4: 1265",
     ["Earl Simon on the Abbey tower", "In summer sunshine stood,",
      "While helm and lance o'er Greenhill heights", "Come glinting through the wood.",
      "'My son!' he cried, 'I know his flag", "Amongst a thousand glancing':--"]),
    ("TOWTON FIELD\n\n\nPalm Sunday: 1461",
     ["Love, Who from the throne above", "Cam'st to teach the law of love,",
      "Who Thy peaceful triumph hast", "Led o'er palms before Thee cast,",
      "E'en in highest heaven Thine eyes", "Turn from this day's sacrifice!"]),
    ("CROSSING SOLWAY\n\n\nMay 16: 1568",
     ["Blow from the North, thou bitter North wind,", "Blow over the western bay,",
      "Where Nith and Eden and Esk run in", "And fight with the salt sea spray,",
      "And the sun shines high through the sailing sky", "In the freshness of blue Mid-may."]),
    ("AFTER CHALGROVE FIGHT\n\n\nJune 18: 1643",
     ["Flags crape-smother'd and arms reversed,", "With one sad volley lay him to rest:",
      "Lay him to rest where he may not see", "This England he loved like a lover accursed",
      "By lawlessness masking as liberty,", "By the despot in Freedom's panoply drest:--"]),
]  # fmt: skip


def test_title_over_one_poem_is_its_title():
    # Clause group_of_one: a "group" over one poem is the poem's title, the line under it
    # its subtitle (Morley's Visions of England: 14 subtitles as titles without the clause).
    text = "THE VISIONS OF ENGLAND\n\n\n\n" + _pieces(MORLEY)
    assert _found(text) == [head.split("\n")[0] for head, _ in MORLEY]
