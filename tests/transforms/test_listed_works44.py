"""Clause listed_works_over_unlisted (transforms.listed_works, session 44): a collection
whose contents list names its stories, not the chapters in capitals inside them, has the
stories one level above those chapters. Real text: Louisa May Alcott, A Modern Cinderella;
Or, The Little Old Shoe, and Other Stories (Project Gutenberg), as clean_text leaves it,
each section cut to its first paragraph or two."""

from transforms.sections import find_sections

_FRONT = """A Modern Cinderella

or The Little Old Shoe

And Other Stories


by

LOUISA MAY ALCOTT




CONTENTS

 A MODERN CINDERELLA: OR, THE LITTLE OLD SHOE
 DEBBY'S DEBUT
 BROTHERS
 NELLY'S HOSPITAL




"""

_CINDERELLA = """A MODERN CINDERELLA

OR,

THE LITTLE OLD SHOE


HOW IT WAS LOST

Among green New England hills stood an ancient house, many-gabled, mossy-roofed, and quaintly built, but picturesque and pleasant to the eye; for a brook ran babbling through the orchard that encompassed it about, a garden-plat stretched upward to the whispering birches on the slope, and patriarchal elms stood sentinel upon the lawn, as they had stood almost a century ago, when the Revolution rolled that way and found them young.

One summer morning, when the air was full of country sounds, of mowers in the meadow, black-birds by the brook, and the low of kine upon the hill-side, the old house wore its cheeriest aspect, and a certain humble history began.



HOW IT WAS FOUND.

Her nature was the counterpart of the hill-side grove, where as a child she had read her fairy tales, and now as a woman turned the first pages of a more wondrous legend still. Lifted above the many-gabled roof, yet not cut off from the echo of human speech, the little grove seemed a green sanctuary, fringed about with violets, and full of summer melody and bloom. Gentle creatures haunted it, and there was none to make afraid; wood-pigeons cooed and crickets chirped their shrill roundelays, anemones and lady-ferns looked up from the moss that kissed the wanderer's feet.



"""

_DEBBY = """DEBBY'S DEBUT.

On a cheery June day Mrs. Penelope Carroll and her niece Debby Wilder, were whizzing along on their way to a certain gay watering-place, both in the best of humors with each other and all the world beside. Aunt Pen was concocting sundry mild romances, and laying harmless plots for the pursuance of her favorite pastime, match-making; for she had invited her pretty relative to join her summer jaunt, ostensibly that the girl might see a little of fashionable life, but the good lady secretly proposed to herself to take her to the beach and get her a rich husband, very much as she would have proposed to take her to Broadway and get her a new bonnet: for both articles she considered necessary, but somewhat difficult for a poor girl to obtain.



"""

_BROTHERS = """THE BROTHERS.

Doctor Franck came in as I sat sewing up the rents in an old shirt, that Tom might go tidily to his grave. New shirts were needed for the living, and there was no wife or mother to "dress him handsome when he went to meet the Lord," as one woman said, describing the fine funeral she had pinched herself to give her son.

"You see a Reb has just been brought in crazy with typhoid; a bad case every way; a drunken, rascally little captain somebody took the trouble to capture, but whom nobody wants to take the trouble to cure. The wards are full, the ladies worked to death, and willing to be for our own boys, but rather slow to risk their lives for a Reb."



"""

_NELLY = """NELLY'S HOSPITAL

Nelly sat beside her mother picking lint; but while her fingers flew, her eyes often looked wistfully out into the meadow, golden with buttercups, and bright with sunshine. Presently she said, rather bashfully, but very earnestly, "Mamma, I want to tell you a little plan I've made, if you'll please not laugh."

"Since brother Will came home with his lame foot, and I've helped you tend him, I've heard a great deal about hospitals, and liked it very much. To-day I said I wanted to go and be a nurse, like Aunt Mercy; but Will laughed, and told me I'd better begin by nursing sick birds and butterflies and pussies before I tried to take care of men."
"""


def _levels(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.title]


def test_stories_over_their_unlisted_chapters():
    text = _FRONT + _CINDERELLA + _DEBBY + _BROTHERS + _NELLY
    assert _levels(text) == [
        (1, "A MODERN CINDERELLA"),
        (2, "HOW IT WAS LOST"),
        (2, "HOW IT WAS FOUND."),
        (1, "DEBBY'S DEBUT."),
        (1, "THE BROTHERS."),  # listed as "BROTHERS": one unnamed line is a work
        (1, "NELLY'S HOSPITAL"),
    ]


def test_sections_still_cover_the_text():
    text = _FRONT + _CINDERELLA + _DEBBY + _BROTHERS + _NELLY
    sections, _ = find_sections(text)
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


def test_guard_one_unnamed_line_is_no_chapter_run():
    # Without "HOW IT WAS FOUND.", the one unnamed line after the first story is read
    # as a work the list spells another way: every title stays at one level.
    cinderella = _CINDERELLA.split("HOW IT WAS FOUND.")[0]
    text = _FRONT + cinderella + _DEBBY + _BROTHERS + _NELLY
    assert {level for level, _ in _levels(text)} == {1}
    assert len(_levels(text)) == 5


def test_guard_no_contents_no_change():
    # No contents list: nothing tells stories from chapters; all stay at one level.
    front = _FRONT.split("CONTENTS")[0]
    text = front + _CINDERELLA + _DEBBY + _BROTHERS + _NELLY
    levels = _levels(text)
    assert {level for level, _ in levels} == {1}
    assert ("HOW IT WAS FOUND." in [t for _, t in levels]) and len(levels) >= 4


def test_guard_list_naming_few_headings_tells_nothing():
    # A list whose entries mostly name no heading (here: other words) moves nothing.
    front = (
        _FRONT.replace(" DEBBY'S DEBUT\n", " A DEBUT\n")
        .replace(" NELLY'S HOSPITAL\n", " A HOSPITAL\n")
        .replace(" BROTHERS\n", " TWO BROTHERS\n")
    )
    text = front + _CINDERELLA + _DEBBY + _BROTHERS + _NELLY
    assert {level for level, _ in _levels(text)} == {1}


def test_guard_text_between_the_work_and_its_first_line():
    # Clause listed_work_over_first_chapter: with a paragraph between the story's title
    # and the first unnamed line, the title heads its own text: nothing moves.
    cinderella = _CINDERELLA.replace(
        "THE LITTLE OLD SHOE\n",
        "THE LITTLE OLD SHOE\n\n" + _DEBBY.split("\n\n")[1] + "\n",
    )
    text = _FRONT + cinderella + _DEBBY + _BROTHERS + _NELLY
    assert {level for level, _ in _levels(text)} == {1}


# H. G. Wells, Tales of Space and Time (Project Gutenberg), as clean_text leaves it.
_WELLS_FRONT = """Tales of Space and Time


Contents


 PAGE
 THE CRYSTAL EGG 1

 THE STAR 35

 A STORY OF THE STONE AGE 59

 A STORY OF THE DAYS TO COME 165

 THE MAN WHO COULD WORK MIRACLES 325




THE CRYSTAL EGG


There was, until a year ago, a little and very grimy-looking shop near Seven Dials, over which, in weather-worn yellow lettering, the name of "C. Cave, Naturalist and Dealer in Antiquities," was inscribed. The contents of its window were curiously variegated. They comprised some elephant tusks and an imperfect set of chessmen, beads and weapons, a box of eyes, two skulls of tigers and one human, several moth-eaten stuffed monkeys (one holding a lamp), an old-fashioned cabinet, a flyblown ostrich egg or so, some fishing-tackle, and an extraordinarily dirty, empty glass fish-tank.




"""
_WELLS_STONE_AGE = """A STORY OF THE STONE AGE


I--UGH-LOMI AND UYA

This story is of a time beyond the memory of man, before the beginning of history, a time when one might have walked dryshod from France (as we call it now) to England, and when a broad and sluggish Thames flowed through its marshes to meet its father Rhine, flowing through a wide and level country that is under water in these latter days, and which we know by the name of the North Sea. In that remote age the valley which runs along the foot of the Downs did not exist, and the south of Surrey was a range of hills, fir-clad on the middle slopes, and snow-capped for the better part of the year.


II--THE CAVE BEAR

In the days when Eudena and Ugh-lomi fled from the people of Uya towards the fir-clad mountains of the Weald, across the forests of sweet chestnut and the grass-clad chalkland, and hid themselves at last in the gorge of the river between the chalk cliffs, men were few and their squatting-places far between. The nearest men to them were those of the tribe, a full day's journey down the river, and up the mountains there were none. Man was indeed a newcomer to this part of the world in that ancient time, coming slowly along the rivers, generation after generation, from one squatting-place to another, from the south-westward.


III--THE FIRST HORSEMAN

In the days before Ugh-lomi there was little trouble between the horses and men. They lived apart--the men in the river swamps and thickets, the horses on the wide grassy uplands between the chestnuts and the pines. Sometimes a pony would come straying into the clogging marshes to make a flint-hacked meal, and sometimes the tribe would find one, the kill of a lion, and drive off the jackals, and feast heartily while the sun was high. These horses of the old time were clumsy at the fetlock and dun-coloured, with a rough tail and big head. They came every spring-time north-westward into the country, after the swallows and before the hippopotami, as the grass on the wide downland stretches grew long.




THE MAN WHO COULD WORK MIRACLES

A PANTOUM IN PROSE


It is doubtful whether the gift was innate. For my own part, I think it came to him suddenly. Indeed, until he was thirty he was a sceptic, and did not believe in miraculous powers. And here, since it is the most convenient place, I must mention that he was a little man, and had eyes of a hot brown, very erect red hair, a moustache with ends that he twisted up, and freckles.
"""


def test_a_storys_numbered_titled_chapters_under_it():
    levels = _levels(_WELLS_FRONT + _WELLS_STONE_AGE)
    assert [(lv, t) for lv, t in levels if "--" in t] == [
        (2, "I--UGH-LOMI AND UYA"),
        (2, "II--THE CAVE BEAR"),
        (2, "III--THE FIRST HORSEMAN"),
    ]
    assert (1, "THE CRYSTAL EGG") in levels and (1, "THE MAN WHO COULD WORK MIRACLES") in levels
