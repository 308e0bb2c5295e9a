"""Clauses listed_comma_title (transforms.contents, transforms.listed_lines),
comma_title_runs_on (transforms.section_titles) and part_holds_its_chapters
(transforms.repeated_part_titles), session 47 (the new user's walk, part 5).

Real text, as clean_text leaves it, each section cut to its first paragraph:
- G. A. Henty, Tales from the Works of G. A. Henty (Project Gutenberg): the contents
  names "A BRUSH WITH THE CHINESE, from "Tales of Daring and Danger""; the story's title
  line ends in a comma ("A BRUSH WITH THE CHINESE," / "AND WHAT CAME OF IT."), so it was
  no heading at all and its parts "—II." .. "—XIII." had no story to go under.
- G. A. Henty, Tales of Daring and Danger: "WHITE-FACED DICK," / "A STORY OF PINE-TREE
  GULCH." was titled "WHITE-FACED DICK," (the title stopped at the comma).
- Wilkie Collins, My Miscellanies, Vol. 1: "NOOKS AND CORNERS OF HISTORY." over essays
  "I." and "II."; essay II's own chapters "I. OF THE FRENCH INVASION ..." stood a level
  above the essays.
"""

import dataclasses

from transforms.heading_candidate import Candidate
from transforms.repeated_part_titles import _chapters_in_last_part
from transforms.sections import find_sections

HENTY_WORKS = """CONTENTS


THE MATE’S STORY, from "The Plague Ship"

THE EXPLOSION IN THE VAUGHAN PIT, from "Facing Death"

THE RED CAPTAIN, from "One of the 28th"

A WIFE’S STRATAGEM, from "In Freedom’s Cause"

KINDNESS REWARDED, from "Captain Bayley’s Heir"

A BATTLE WITH WOLVES, from "The Young Carthaginian"

A CYCLONE IN THE BAY OF BENGAL, from "A Chapter of Adventures"

THE FLOOD IN PINE-TREE GULCH, from "Tales of Daring and Danger"

A BRUSH WITH THE CHINESE, from "Tales of Daring and Danger"

THE BLACK DEATH, from "St. George for England"

THE WHITE SHIP, from "The Reign of Terror"

THE CHILD’S RETURN, from "With Wolfe in Canada"

THE BLACK HOLE OF CALCUTTA, from "With Clive in India"






THE FLOOD IN PINE-TREE GULCH.

FROM "TALES OF DARING AND DANGER."


[A lad known as White-faced Dick in a mining camp in California had received much rough kindness from a miner called Red George. Heavy rain had fallen among the hills, and the channel, through which the stream running through the valley had been diverted, was insufficient to carry away the water that came down. Dick, who was a weakly lad.


As he was sitting thinking it over his thoughts came back to Pine-tree Gulch, and he started to his feet. Could he be mistaken? Were his eyes deceiving him? No; among the stones and boulders of the old bed of the Yuba there was the gleam of water, and even as he watched it he could see it widening out. He started to run down the hill to give the.



THE FLOOD IN PINE-TREE GULCH.—II.


It was a torrent now, for not only was it coming through the dam, but it was rushing down in cascades from the new channel. Without a word the miner placed himself facing Dick, and the moment the bucket was again down the three grasped the handles. But quickly as they worked, the edge of the water was within a few inches of the shaft when the next.

The bucket was half-way up when a sound like thunder was heard, the ground seemed to tremble under their feet, and then at the turn of the valley above, a great wave of yellow water, crested with foam, was seen tearing along at the speed of a race-horse.



A BRUSH WITH THE CHINESE,

AND WHAT CAME OF IT.

FROM "TALES OF DARING AND DANGER."


It was early in December that H.M.S. Perseus was cruising off the mouth of the Canton River. War had been declared with China in consequence of her continued evasions of the treaty she had made with us, and it was expected that a strong naval force would soon gather to bring her to reason.

In the meantime the ships on the station had a busy time of it; chasing the enemy’s junks when they ventured to show themselves beyond the reach of the guns of their forts; and occasionally having a brush with the piratical boats which took advantage of the general confusion to plunder friend as well as foe.



A BRUSH WITH THE CHINESE.—II.


Percy Adcock, however, was determined to go if possible. He was a favourite among the men, and when he spoke to the bow-oar of the gig, the latter promised to do anything he could to aid him to carry out his wishes.

"We are to start at daybreak, Tom, so that it will be quite dark when the boats are lowered. I will creep into the gig before that and hide myself as well as I can under your thwart, and all you have got to do is to take no notice of me. When the boat is lowered I think they will hardly make me out from the deck, especially as you will be standing.



THE BLACK DEATH.

FROM "ST. GEORGE FOR ENGLAND."


[Sir Walter Somers, a young knight who had distinguished himself under the Black Prince at Crecy and Poitiers, married Edith Vernon; and, during a lull in the fighting with France, settled down in his castle at Westerham. He had a deadly enemy in a knight who was a relation of his wife’s, and whom he had thwarted in an attempt made on her in order.

The terrible plague known in history as the Black Death (1348-49), which carried off two-thirds of the population of England, breaks out. When the plague reaches the village, Sir Walter goes down with his faithful retainer Ralph to comfort the frightened people.]



"""

DARING = """CONTENTS.

 Page
BEARS AND DACOITS, 7

THE PATERNOSTERS, 37

A PIPE OF MYSTERY, 71

WHITE-FACED DICK, 99

A BRUSH WITH THE CHINESE, 119






A PIPE OF MYSTERY.


A jovial party were gathered round a blazing fire in an old grange near Warwick. The hour was getting late; the very little ones had, after dancing round the Christmas-tree, enjoying the snapdragon, and playing a variety of games, gone off to bed; and the elder boys and girls now gathered round their uncle, Colonel Harley, and asked him for a.

"But I have never seen any ghosts," the colonel said, laughing; "and, moreover, I don't believe in them one bit. I have travelled pretty well all over the world, I have slept in houses said to be haunted, but nothing have I seen--no noises that could not be accounted for by rats or the wind have I ever heard. I have never"--and here he.



WHITE-FACED DICK,

A STORY OF PINE-TREE GULCH.


How Pine-tree Gulch got its name no one knew, for in the early days every ravine and hillside was thickly covered with pines. It may be that a tree of exceptional size caught the eye of the first explorer, that he camped under it, and named the place in its honour; or, may be, some fallen giant lay in the bottom and hindered the work of the first.

The principal camp was at the mouth of the Gulch, where the little stream, which scarce afforded water sufficient for the cradles in the dry season, but which was a rushing torrent in winter, joined the Yuba. The best ground was at the junction of the streams, and lay, indeed, in the Yuba valley rather than in the Gulch. At first most gold had.



A BRUSH WITH THE CHINESE,

AND WHAT CAME OF IT.


It was early in December that H.M.S. Perseus was cruising off the mouth of the Canton River. War had been declared with China in consequence of her continued evasions of the treaty she had made with us, and it was expected that a strong naval force would soon gather to bring her to reason. In the meantime the ships on the station had a busy time.

The Perseus had that afternoon chased two Government junks up a creek. The sun had already set when they took refuge there, and the captain did not care to send his boats after them in the dark, as many of the creeks ran up for miles into the flat country; and as they not unfrequently had many arms or branches, the boats might, in the dark, miss.



"""

COLLINS = """CONTENTS OF VOL. I.


 PAGE

 Sketches of Character: I.

 Talk-Stoppers 1

 Social Grievances: I.

 A Journey in Search of Nothing 22

 Nooks and Corners of History: I.

 A Queen's Revenge 48

 Social Grievances: II.

 A Petition to the Novel-Writers 72

 Fragments of Personal Experience: I.

 Laid Up in Lodgings 90

 Sketches of Character: II.

 A Shockingly Rude Article 135

 Nooks and Corners of History: II.

 The Great (Forgotten) Invasion 152

 Curiosities of Literature: I.

 The Unknown Public 169

 Social Grievances: III.

 Give us Room! 192

 Curiosities of Literature: II.

 Portrait of an Author, Painted by his Publisher 205

 Fragments of Personal Experience: II.

 My Black Mirror 250

 Sketches of Character: III.

 Mrs. Badgery 274







NOOKS AND CORNERS OF HISTORY.

I.

A QUEEN'S REVENGE.


The name of Gustavus Adolphus, the faithful Protestant, the great general, and the good king of Sweden, has been long since rendered familiar to English readers of history. We all know how this renowned warrior and monarch was beloved by his.



NOOKS AND CORNERS OF HISTORY.

II.

THE GREAT (FORGOTTEN) INVASION.


PREAMBLE.

It happened some sixty years ago; it was a French invasion; and it actually took place in England. Thousands of people are alive at the present moment, who ought to remember it perfectly well. And yet it has been forgotten. In these times, when the.



I. OF THE FRENCH INVASION AS SEEN FROM ILFRACOMBE.

On the twenty-second day of February, in the year seventeen hundred and ninety-seven, the inhabitants of North Devonshire looked towards the Bristol Channel, and saw the French invasion coming on, in four ships.

The Directory of the French Republic had been threatening these islands some time previously; but much talk and little action having characterised the proceedings of that governing body in most other matters, no great apprehension was felt of their.



II. OF THE FRENCH INVASION AS SEEN BY WELSHMEN IN GENERAL.

In one respect it may be said that Wales was favoured by comparison with North Devonshire. The great fact of the French invasion had burst suddenly on Ilfracombe; but it only dawned in a gradual manner on the coast of Pembrokeshire. In the course of.



III. OF ONE WELSHMAN IN PARTICULAR, AND OF WHAT HE SAW.

He was the only man in Great Britain who saw the invading army land on our native shores--and his name has perished.

It is known that he was a Welshman, and that he belonged to the lower order of the population. He may be still alive--this man, who is connected with a crisis in English History, may be still alive--and nobody has found him out; nobody has taken his.



IV. OF WHAT THE INVADERS DID WHEN THEY GOT ON SHORE.

The Art of Invasion has its routine, its laws, manners, and customs, like other Arts. And the French army acted strictly in accordance with established precedents. The first thing the first men did, when they got to the top of the cliff, was to.



V. OF THE BRITISH DEFENCE, AND OF THE WAY IN WHICH THE WOMEN CONTRIBUTED TO IT.

The appearance of the Frenchmen on the coast, and the loss to the English, mentioned above, produced the results naturally to be expected. The country was alarmed, and started up to defend itself.

On the numbers of the invaders being known, and on its being discovered that, though they were without field-pieces, they had with them seventy cart-loads of powder and ball, and a quantity of grenades, the principal men in the country bestirred.



VI. OF HOW IT ALL ENDED.

Thus recruited, Lord Cawdor marched off to the scene of action; and the patriot women, deprived of their husbands and their petticoats, retired, it is to be hoped and presumed, to the friendly shelter of bed. It was then close on nightfall, if not.



MORAL.

This is the history of the Great (Forgotten) Invasion. It is short, it is not impressive, it is unquestionably deficient in serious interest. But there is a Moral to be drawn from it, nevertheless. If we are invaded again, and on a rather larger.



"""


# The essays after NOOKS AND CORNERS OF HISTORY (same book, cut the same way): the next
# heading at the title's rank ends essay II's stretch, so its chapters still go under it.
COLLINS_ON = (
    COLLINS
    + """CURIOSITIES OF LITERATURE.--I.

THE UNKNOWN PUBLIC.


Do the customers at publishing-houses, the members of book-clubs and circulating libraries, and the purchasers and borrowers of newspapers and reviews, compose altogether the great bulk of the reading public of England? There was a time when, if anybody had put this question to me, I, for one, should certainly have answered,.




CURIOSITIES OF LITERATURE.--II.

PORTRAIT OF AN AUTHOR, PAINTED BY HIS PUBLISHER.


I.

The Author was born a Frenchman, and died in the year 1850. Over the whole continent of Europe, wherever the literature of France has penetrated, his readers are numbered by tens of thousands. Women of all ranks and orders have singled him out, long since, as the marked man, among modern writers of fiction, who most profoundly knows and most.


II.

Once started in business as the happy proprietor and hopeful publisher of the second edition of "Le Médecin de Campagne," Monsieur Werdet was too wise a man not to avail himself of the only certain means of success in modern times. He puffed magnificently. Every newspaper in Paris was inundated with a deluge of advertisements, announcing the.


"""
)


def _outline(text):
    return [
        (s.level, s.title, text[s.start : s.end].strip().split("\n")[0])
        for s in find_sections(text)[0]
    ]


def _covers(text):
    sections = find_sections(text)[0]
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


def test_comma_title_a_list_names_heads_its_story_and_its_parts_go_under_it():
    outline = _outline(HENTY_WORKS)
    brush = "A BRUSH WITH THE CHINESE, AND WHAT CAME OF IT."
    assert [(lvl, t) for lvl, t, _ in outline] == [
        (0, ""),
        (1, "THE FLOOD IN PINE-TREE GULCH."),
        (2, "THE FLOOD IN PINE-TREE GULCH.—II."),
        (1, brush),  # base47: no heading (the title line ends in a comma)
        (2, "A BRUSH WITH THE CHINESE.—II."),  # base47: level 1, holding part I's text
        (1, "THE BLACK DEATH."),
    ]
    assert [first for _, t, first in outline if t == brush] == ["A BRUSH WITH THE CHINESE,"]
    _covers(HENTY_WORKS)


def test_comma_title_runs_on_to_its_line_in_capitals():
    outline = _outline(DARING)
    assert [(lvl, t) for lvl, t, _ in outline] == [
        (0, ""),
        (1, "A PIPE OF MYSTERY."),
        (1, "WHITE-FACED DICK, A STORY OF PINE-TREE GULCH."),  # base47: "WHITE-FACED DICK,"
        (1, "A BRUSH WITH THE CHINESE, AND WHAT CAME OF IT."),
    ]
    _covers(DARING)


def test_guard_a_comma_line_no_entry_begins_heads_nothing():
    """The list names another story: the line in capitals ending in a comma is text."""
    other = HENTY_WORKS.replace("A BRUSH WITH THE CHINESE, from", "A BRUSH WITH THE DUTCH, from")
    titles = [t for _, t, _ in _outline(other)]
    assert not any(t.startswith("A BRUSH WITH THE CHINESE,") for t in titles), titles


def test_guard_comma_title_takes_no_line_of_text():
    """Under the comma title, a line in lower case, or a line in capitals with text right
    under it, is the story's text: the title stays the listed line."""
    lower = DARING.replace("A STORY OF PINE-TREE GULCH.", "A story of Pine-tree Gulch.")
    # Session 48 (clause comma_title_mixed_rest): the comma before a rest in lower case is
    # cut from the title; the line in lower case is still not taken.
    assert "WHITE-FACED DICK" in [t for _, t, _ in _outline(lower)]
    glued = DARING.replace("A STORY OF PINE-TREE GULCH.\n\n\n", "A STORY OF PINE-TREE GULCH.\n")
    assert "WHITE-FACED DICK," in [t for _, t, _ in _outline(glued)]
    # A line that does not end the title (Dryden's "ALMANZOR AND ALMAHIDE," / "OR, THE" /
    # "CONQUEST OF GRANADA."): not taken, the title stays the listed line.
    cut = DARING.replace("A STORY OF PINE-TREE GULCH.", "OR, THE")
    assert "WHITE-FACED DICK," in [t for _, t, _ in _outline(cut)]


def test_chapters_inside_the_last_part_rank_under_it():
    outline = _outline(COLLINS)
    assert [(lvl, t) for lvl, t, _ in outline] == [
        (0, ""),
        (1, "NOOKS AND CORNERS OF HISTORY."),
        (2, "I. A QUEEN'S REVENGE."),  # base47: 3, under the chapters' 2
        (2, "II. THE GREAT (FORGOTTEN) INVASION."),
        (3, "I. OF THE FRENCH INVASION AS SEEN FROM ILFRACOMBE."),  # base47: 2
        (3, "II. OF THE FRENCH INVASION AS SEEN BY WELSHMEN IN GENERAL."),
        (3, "III. OF ONE WELSHMAN IN PARTICULAR, AND OF WHAT HE SAW."),
        (3, "IV. OF WHAT THE INVADERS DID WHEN THEY GOT ON SHORE."),
        (3, "V. OF THE BRITISH DEFENCE, AND OF THE WAY IN WHICH THE WOMEN CONTRIBUTED TO IT."),
        (3, "VI. OF HOW IT ALL ENDED."),
    ]
    _covers(COLLINS)


def test_guard_the_last_part_ends_at_the_next_heading_at_the_title_rank():
    """Review (session 47): essay II's stretch stops at "CURIOSITIES OF LITERATURE.--II."
    (the title's rank); were it taken to the book's end, "PORTRAIT OF AN AUTHOR" and its
    parts "I.", "II." would stand inside it and essay II's chapters keep base47's level 2."""
    outline = [(lvl, t) for lvl, t, _ in _outline(COLLINS_ON)]
    assert outline[:10] == [(lvl, t) for lvl, t, _ in _outline(COLLINS)]
    portrait = outline.index((1, "PORTRAIT OF AN AUTHOR, PAINTED BY HIS PUBLISHER."))
    assert outline[portrait + 1 :] == [(2, "I."), (2, "II.")]
    _covers(COLLINS_ON)


def test_guard_a_series_not_from_one_keeps_its_rank():
    """Essay II's chapters from "II." (the first one's heading line cut): base47's level 2."""
    from_two = COLLINS.replace("I. OF THE FRENCH INVASION AS SEEN FROM ILFRACOMBE.\n", "")
    levels = {t: lvl for lvl, t, _ in _outline(from_two)}
    assert levels["II. OF THE FRENCH INVASION AS SEEN BY WELSHMEN IN GENERAL."] == 2, levels
    assert levels["II. THE GREAT (FORGOTTEN) INVASION."] == 3, levels


def _heading(line, kind, rank, series="", value=None):
    return (Candidate(line * 10, line * 10 + 5, line, kind, rank, f"h{line}", series, value), rank)


def test_guard_a_series_that_also_stands_outside_the_part_keeps_its_rank():
    """An arrangement (no book of the mirror has one): the title over parts 1 and 2, then
    chapters "1." and "2." of a series that also has a heading before the title (or after
    the next heading at the title's rank): the chapters keep their rank."""
    title, parts = _heading(5, "caps", 20), [_heading(7, "numeral", 40, "num", v) for v in (1, 2)]
    parts[1] = (dataclasses.replace(parts[1][0], line=20, start=200, end=205), 40)
    inside = [_heading(30 + v, "numbered", 38, "numbered:.:roman", v) for v in (1, 2)]
    alone = [title, *parts, *inside]
    moved = _chapters_in_last_part(alone, parts[1], 20)
    assert [r for _, r in moved] == [20, 40, 40, 41, 41]  # the clause itself: one below
    before = [_heading(1, "numbered", 38, "numbered:.:roman", 3), *alone]
    assert _chapters_in_last_part(before, parts[1], 20) == before
    after = [*alone, _heading(50, "caps", 20), _heading(60, "numbered", 38, "numbered:.:roman", 3)]
    assert _chapters_in_last_part(after, parts[1], 20)[5:] == after[5:]
    assert [r for _, r in _chapters_in_last_part(after, parts[1], 20)[3:5]] == [38, 38]
    mixed = [*alone[:4], _heading(31, "caps", 30), *alone[4:]]
    assert _chapters_in_last_part(mixed, parts[1], 20) == mixed  # another kind inside
