"""Rule poem_title_over_stanza (transforms.poem_titles, session 42): a book of poems'
titles, each over its first stanza, are its sections. Real text: the first stanza of
poems in the Brontës' Poems (1846) and Kipling's Barrack-Room Ballads (1892), cut from
the Gutenberg mirror's files after cleaning (four lines of each stanza)."""

from transforms import sections as sec
from transforms.contents import scan_lines
from transforms.poem_titles import poem_titles


def _book(pieces: list[tuple[str, list[str]]], head: str = "") -> str:
    """A book laid out as the mirror's are: two blank lines or more over each title, one
    under it, then the stanza (its lines set in by one space, as cleaning leaves them)."""
    out = [head] if head else []
    for title, stanza in pieces:
        out.append(title + "\n\n" + "\n".join(" " + s for s in stanza))
    return "\n\n\n\n".join(out) + "\n"


def _titles(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in sec.find_sections(text)[0] if s.title]


BRONTE = [
    ("PILATE'S WIFE'S DREAM.", ["I've quench'd my lamp, I struck it in that start",
                                "Which every limb convulsed, I heard it fall--",
                                "The crash blent with my sleep, I saw depart",
                                "Its light, even as I woke, on yonder wall;"]),
    ("MEMENTOS.", ["Arranging long-locked drawers and shelves", "Of cabinets, shut up for years,",
                   "What a strange task we've set ourselves!",
                   "How still the lonely room appears!"]),
    ("THE WIFE'S WILL.", ["Sit still--a word--a breath may break",
                          "(As light airs stir a sleeping lake)",
                          "The glassy calm that soothes my woes--",
                          "The sweet, the deep, the full repose."]),
    ("THE WOOD.", ["But two miles more, and then we rest!", "Well, there is still an hour of day,",
                   "And long the brightness of the West", "Will light us on our devious way;"]),
    ("FRANCES.", ["She will not sleep, for fear of dreams,", "But, rising, quits her restless bed,",
                  "And walks where some beclouded beams", "Of moonlight through the hall are shed."]),
    ("GILBERT.\n\n I. THE GARDEN.", ["Above the city hung the moon,", "Right o'er a plot of ground",
                                     "Where flowers and orchard-trees were fenced",
                                     "With lofty walls around:"]),
    (" II. THE PARLOUR.", ["Warm is the parlour atmosphere,", "Serene the lamp's soft light;",
                          "The vivid embers, red and clear,", "Proclaim a frosty night."]),
    (" III. THE WELCOME HOME.", ["Above the city hangs the moon,", "Some clouds are boding rain;",
                                "Gilbert, erewhile on journey gone,", "To-night comes home again."]),
    ("LIFE.", ["Life, believe, is not a dream", "So dark as sages say;",
               "Oft a little morning rain", "Foretells a pleasant day."]),
]  # fmt: skip

KIPLING = [
    ("Danny Deever", ["“What are the bugles blowin' for?” said Files-on-Parade.",
                      "“To turn you out, to turn you out”, the Colour-Sergeant said.",
                      "“What makes you look so white, so white?” said Files-on-Parade.",
                      "“I'm dreadin' what I've got to watch”, the Colour-Sergeant said."]),
    ("Tommy", ["I went into a public-'ouse to get a pint o' beer,",
               "The publican 'e up an' sez, “We serve no red-coats here.”",
               "The girls be'ind the bar they laughed an' giggled fit to die,",
               "I outs into the street again an' to myself sez I:"]),
    ("Fuzzy-Wuzzy\n\n (Soudan Expeditionary Force)\n\n",
     ["We've fought with many men acrost the seas,", "An' some of 'em was brave an' some was not:",
      "The Paythan an' the Zulu an' Burmese;", "But the Fuzzy was the finest o' the lot."]),
    ("Soldier, Soldier", ["“Soldier, soldier come from the wars,",
                          "Why don't you march with my true love?”",
                          "“We're fresh from off the ship an' 'e's maybe give the slip,",
                          "An' you'd best go look for a new love.”"]),
    ("Screw-Guns", ["Smokin' my pipe on the mountings, sniffin' the mornin' cool,",
                    "I walks in my old brown gaiters along o' my old brown mule,",
                    "With seventy gunners be'ind me, an' never a beggar forgets",
                    "It's only the pick of the Army"]),
    ("Cells", ["I've a head like a concertina: I've a tongue like a button-stick:",
               "I've a mouth like an old potato, and I'm more than a little sick,",
               "But I've had my fun o' the Corp'ral's Guard: I've made the cinders fly,",
               "And I'm here in the Clink for a thundering drink"]),
]  # fmt: skip


def test_bronte_poem_titles_over_a_numbered_poem():
    # Base42: Gilbert's "II." / "III." made the book numbered; the layout rule stood
    # down and only they were sections (3 sections for the book's 83 poems).
    text = _book(
        BRONTE, "POEMS\n\n(Charlotte, Emily and Anne Bronte)\n\n\n\n\nPOEMS BY CURRER BELL"
    )
    titles = _titles(text)
    assert titles == [
        (1, "POEMS BY CURRER BELL"),
        (2, "PILATE'S WIFE'S DREAM."),
        (2, "MEMENTOS."),
        (2, "THE WIFE'S WILL."),
        (2, "THE WOOD."),
        (2, "FRANCES."),
        (2, "GILBERT."),
        (3, "I. THE GARDEN."),
        (3, "II. THE PARLOUR."),
        (3, "III. THE WELCOME HOME."),
        (2, "LIFE."),
    ]


HEAD = "BARRACK-ROOM BALLADS\n\nFirst Series (1892)\n\n\nBy Rudyard Kipling"


def test_kipling_titles_in_mixed_case():
    # Base42: no line in capitals, no number: the book had no section.
    titles = _titles(_book(KIPLING, HEAD))
    assert titles == [(1, t.split("\n")[0]) for t, _ in KIPLING]


def test_subtitle_and_verse_lines_are_no_titles():
    lines = scan_lines(_book(KIPLING, HEAD))
    found = poem_titles(lines, set(), set(), [False] * (len(lines.texts) + 1), False)
    texts = {lines.texts[i] for i, _ in found}
    assert "(Soudan Expeditionary Force)" not in texts  # the title's subtitle
    verse = {s for _, stanza in KIPLING for s in stanza}
    assert not texts & verse
    # Clause poems_repeat: fewer than MIN_POEMS titles make no book of poems (session 45,
    # clause few_poems_set_alike: four set alike do; test_poem_titles45).
    few = scan_lines(_book(KIPLING[:3], HEAD))
    assert poem_titles(few, set(), set(), [False] * (len(few.texts) + 1), False) == []
    # A play's verse is speeches: the rule stands down.
    assert poem_titles(lines, set(), set(), [False] * (len(lines.texts) + 1), True) == []


# Dryden's Works vol. 13 (Juvenal): each satire's title in capitals, "THE ARGUMENT." over
# its argument in prose (one line after cleaning, cut here), then the satire's verse.
ARGUMENT = "\n\n\n\n".join(
    f"THE\n\n{n} SATIRE\n\nOF\n\nJUVENAL.\n\n\nTHE ARGUMENT.\n\n {arg}\n\n" + "\n".join(
        " " + s for s in verse
    )
    for n, arg, verse in [
        ("TENTH", "The Poet's design, in this divine Satire, is, to represent the various "
         "wishes and desires of mankind, and to set out the folly of them.",
         ["Look round the habitable world, how few", "Know their own good, or, knowing it, pursue.",
          "How void of reason are our hopes and fears!",
          "What in the conduct of our life appears"]),
        ("TENTH", "The Poet's design, in this divine Satire, is, to represent the various "
         "wishes and desires of mankind, and to set out the folly of them.",
         ["So well designed, so luckily begun,", "But when we have our wish, we wish undone?",
          "Whole houses, of their whole desires possest,", "Are often ruined at their own request."]),
    ] * 3
)  # fmt: skip


def test_dryden_argument_is_no_poem():
    lines = scan_lines(ARGUMENT)
    found = poem_titles(lines, set(), set(), [False] * (len(lines.texts) + 1), False)
    assert [lines.texts[i] for i, _ in found] == []
    assert "THE ARGUMENT." not in [s.title for s in sec.find_sections(ARGUMENT)[0]]


# Scott's Ivanhoe: each chapter opens with a verse epigraph over its prose.
IVANHOE = """CHAPTER I


 Thus communed these; while to their lowly dome,
 The full-fed swine return'd with evening home;
 Compell'd, reluctant, to the several sties,
 With din obstreperous, and ungrateful cries.
 Pope's Odyssey


In that pleasant district of merry England which is watered by the river Don, there extended in ancient times a large forest, covering the greater part of the beautiful hills and valleys which lie between Sheffield and the pleasant town of Doncaster.



CHAPTER II

 A Monk there was, a fayre for the maistrie,
 An outrider that loved venerie;
 A manly man, to be an Abbot able,
 Full many a daintie horse had he in stable:
 --Chaucer.

Notwithstanding the occasional exhortation and chiding of his companion, the noise of the horsemen's feet continuing to approach, Wamba could not be prevented from lingering occasionally on the road, upon every pretence which occurred.



CHAPTER III

 Then (sad relief!) from the bleak coast that hears
 The German Ocean roar, deep-blooming, strong,
 And yellow hair'd, the blue-eyed Saxon came.
 Thomson's Liberty

In a hall, the height of which was greatly disproportioned to its extreme length and width, a long oaken table, formed of planks rough-hewn from the forest, stood ready prepared for the evening meal of Cedric the Saxon.
"""  # noqa: E501


def test_novel_epigraphs_keep_the_chapters():
    assert _titles(IVANHOE) == [(1, "CHAPTER I"), (1, "CHAPTER II"), (1, "CHAPTER III")]


SONNETS = "THE SONNETS\n\nby William Shakespeare\n\n\n\n\n" + "\n\n\n".join(
    f" {n}\n\n" + "\n".join(" " + s for s in lines)
    for n, lines in [
        ("I", ["From fairest creatures we desire increase,",
               "That thereby beauty's rose might never die,",
               "But as the riper should by time decease,",
               "His tender heir might bear his memory:"]),
        ("II", ["When forty winters shall besiege thy brow,",
                "And dig deep trenches in thy beauty's field,",
                "Thy youth's proud livery so gazed on now,",
                "Will be a tatter'd weed of small worth held:"]),
        ("III", ["Look in thy glass and tell the face thou viewest",
                 "Now is the time that face should form another;",
                 "Whose fresh repair if now thou not renewest,",
                 "Thou dost beguile the world, unbless some mother."]),
        ("IV", ["Unthrifty loveliness, why dost thou spend",
                "Upon thy self thy beauty's legacy?",
                "Nature's bequest gives nothing but doth lend,",
                "And being frank she lends to those are free:"]),
        ("V", ["Those hours, that with gentle work did frame",
               "The lovely gaze where every eye doth dwell,",
               "Will play the tyrant to the very same",
               "And that unfair which fairly doth excel;"]),
        ("VI", ["Then let not winter's ragged hand deface,",
                "In thee thy summer, ere thou be distill'd:",
                "Make sweet some vial; and make sweet some place",
                "With beauty's treasure ere it be self-kill'd."]),
    ]
)  # fmt: skip


def test_sonnets_numbers_stay_the_sections():
    titles = [t for _, t in _titles(SONNETS)]
    assert titles == ["I", "II", "III", "IV", "V", "VI"]


def test_group_ranks_as_a_poem_under_other_headings():
    # Clause poem_group_title: where the book has headings ranked as high as a poem's
    # title (top=False), "POEMS BY CURRER BELL" ranks as a poem, so they keep their levels.
    head = "POEMS\n\n(Charlotte, Emily and Anne Bronte)\n\n\n\n\nPOEMS BY CURRER BELL"
    lines = scan_lines(_book(BRONTE, head))
    no_list = [False] * (len(lines.texts) + 1)
    ranks = {lines.texts[i]: r for i, r in poem_titles(lines, set(), set(), no_list, False)}
    flat = {lines.texts[i]: r for i, r in poem_titles(lines, set(), set(), no_list, False, False)}
    assert ranks["POEMS BY CURRER BELL"] < ranks["MEMENTOS."]
    assert flat["POEMS BY CURRER BELL"] == flat["MEMENTOS."]
    assert set(flat) == set(ranks)
