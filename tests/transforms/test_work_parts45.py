"""Clause numbered_parts_under_their_work (transforms.work_parts, session 45): a
collection whose stories run in parts titled "NAME.—II.", "NAME.—III." (NAME the story's
title or a run of its words) has those parts one level under the story. Real text: G. A.
Henty, Tales from the Works of G. A. Henty (Project Gutenberg), as clean_text leaves it,
each section cut to its first paragraphs."""

from transforms.sections import find_sections

_FRONT = """Tales from the Works

of




BIOGRAPHICAL NOTE


George Alfred Henty, war correspondent and author, was born at Trumpington, near Cambridge, on December 8, 1832. He was educated at Westminster School and Gonville and Caius College, Cambridge.




CONTENTS


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




"""

_MATE = """THE MATE’S STORY.

FROM "THE PLAGUE SHIP."

(By kind permission of the Society for Promoting Christian Knowledge.)


[Mr. Thompson, at one time second mate of the whaling ship The Two Brothers, was telling his three nieces the story of his last voyage in that ship. At Singapore, on her way home from the South Seas, she had taken on board, as passengers, a Mr. Williams and his wife and daughter. Mr. Williams had been working for twenty years among the Papuans as missionary. On the homeward voyage they had been blown down by a hurricane among the Malay Islands, and had been attacked by the Malays, but had beaten them off. Having told the story of that engagement, Mr. Thompson went on—]


The breeze for the next ten days was steady and favourable. We were fairly on our way now, and began to hope that our ill-luck was at an end, and that we were going to make a fast and comfortable homeward run. Ten days after we had left the island the look-out reported a sail. We were taking a slight breeze along with us, and we came up fast to the ship, which was lying becalmed.



THE MATE’S STORY.—II.


The skipper looked at the rest of us. Not one of us but would rather have met a score of prahus, crowded with Malays thirsting for our blood, than have boarded that ship; but after Jane Williams had spoken not one but was ashamed to say what he thought. At last, seeing none of the others would speak, I answered:

"If the ladies are ready to take the risk, sir, it is not for us men to draw back. As Mr. Williams says, we are all in God’s hands, so let us do our duty."

"So be it," the captain said solemnly; and turning to the men, who were clustered in the waist, he ordered a boat to be lowered.

There was a general shout of "No! no! It will be throwing away our lives!"

Then an old sailor came forward.

"My mates have asked me, captain, to speak for them, and say that they are of one mind that it will be just throwing away our lives to board that ship. We are ready to obey you, Captain Peters, to do our duty like men in storm or calm, but we won’t have the plague brought on board this ship."



THE MATE’S STORY.—III.


"There is not a man of this crew, Miss," he said, "but would do anything for you. Not one but would risk his life for you in a right-down manful fight. But we are not ready to die like dogs, and that when maybe no good whatever would come of it; and we don’t hold that, just on the chance of saving seven lives, we are called upon to risk losing thirty."

Jane turned round with a different expression on her face. I never saw any one look like it, and never shall again; but it seemed to me that her face all shone, and she said:

"Then, father, we at least can do our duty, and our place is there."

Her father understood her.

"You are right, Jane, quite right, my child. Captain, will you give us one of the boats? I and my wife and daughter will go on board that ship. Will you leave our things at the Cape when you touch there, for us to pick up, if it is God’s will we ever reach the land?"



"""

_VAUGHAN = """THE EXPLOSION IN THE VAUGHAN PIT.

FROM "FACING DEATH."


[Jack Simpson was a young collier working at the Vaughan pit in Lancashire. By careful attention to his work, and by private study of the science of mining, he had raised himself to the position of "viewer" or underground foreman. The mine having been found to be badly ventilated and dangerous, steps were being taken to put it right. But, as the events of the following story show, it was too late.]


One day, when Jack came up from his rounds at ten o’clock, to eat his breakfast and write up his journal of the state of the mine, he saw Mr. Brook (the owner of the mine) and the manager drive up to the pit mouth. Jack shrank back from the little window of the office where he was writing, and did not look out again until he knew that they had descended the mine; he did not wish to have any appearance of thrusting himself forward.



THE VAUGHAN PIT.—II.


Jack brought three safety-lamps from the lamp-room, and took his place in the cage with the two volunteers.

"Lower away," he shouted, "but go very slowly when we get near the bottom, and look out for our signal."

It was but three minutes from the moment that the cage began to sink to that when it touched the bottom of the shaft, but it seemed an age to those in it. They knew that at any moment a second explosion might come, and that they might be driven far up into the air above the top of the shaft, mere scorched fragments of flesh.

Not a word was spoken during the descent, and there was a general exclamation of "Thank God!" when they felt the cage touch the bottom.

Jack, as an official of the mine, at once took the lead.

"Now," he said, "let us push straight up the main road."

Just as they stepped out, they came across the bodies of two men, and stooped over them with their lamps.



THE VAUGHAN PIT.—III.


The explosion had, as Jack well knew, destroyed all the doors which direct the currents of the air, and the ventilation had entirely ceased. The lower part of the mine, where the explosion had been strongest, would soon be filled with choke-damp, and Jack was making for the old workings, near the upper boundary line of the pit. There the air would remain pure long after it had become poisonous elsewhere.

It was in this quarter of the mine that Bill Haden (Jack’s adopted father) and some twenty other colliers worked.

Presently Jack saw lights ahead, and heard a clattering of steps. It was clear that, as he had hoped, the miners working there had escaped the force of the explosion, which had, without doubt, played awful havoc in the parts of the mine where the greater part of the men were at work.



"""

_RED = """THE RED CAPTAIN.

FROM "ONE OF THE 28TH."


[Ralph Conway, a young officer of the 28th Regiment, was stationed with a detachment on the south coast of Ireland. News was obtained that a notorious gang, led by a ruffian known as the Red Captain, was in hiding among some cliffs. The news came from a woman whose husband had, against his will, been forced to join the band.

Captain O’Connor, Lieutenant Desmond, and Ralph started quietly before daylight in hopes of surprising the gang before they could get news from their friends inland of the intended attack; while it was arranged that a revenue-officer, with a boat-load of men, should cut off their escape by sea.]


Daylight was faintly breaking when they reached the edge of the cliff. Ralph, with ten men, was posted at the spot where a slight track was visible, going down into a sort of gulley. Captain O’Connor then proceeded with half the company to the right, Desmond taking the remainder to the left; each posting men at intervals along the edge of the cliff, and placing parties of four at every point where there appeared the smallest probability of an ascent being made.



THE RED CAPTAIN.—II.


The arrangements were soon made. Before starting on the descent O’Connor said to the men: "We wish to take the fellows who are hiding down there alive if possible. They are the gang of the fellow known as the ’Red Captain,’ and have committed a score of murders; but if it is absolutely necessary you will of course fire. There is one man among them who is there on compulsion, and is less guilty than the rest. He is a fair-haired man, and I should think you would notice the difference between him and the others. Whatever resistance they make it is not probable that he will join in it.

"At any rate, do not fire at him unless it is absolutely necessary to save your own lives. Now see to your priming before we start, and fix bayonets. Mind how you climb over these rocks, because if any of you fall, your musket may go off and shoot someone in front of you. Wherever it is possible scatter out abreast of each other, so as to prevent the possibility of accident. Now, then, march!"



"""


def _levels(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.level]


def test_parts_under_their_story():
    assert _levels(_FRONT + _MATE + _VAUGHAN + _RED) == [
        (1, "THE MATE’S STORY."),
        (2, "THE MATE’S STORY.—II."),
        (2, "THE MATE’S STORY.—III."),
        (1, "THE EXPLOSION IN THE VAUGHAN PIT."),
        (2, "THE VAUGHAN PIT.—II."),  # the story's name shortened: a run of its words
        (2, "THE VAUGHAN PIT.—III."),
        (1, "THE RED CAPTAIN."),
        (2, "THE RED CAPTAIN.—II."),
    ]  # base45: every one at level 1


def test_sections_still_cover_the_text():
    text = _FRONT + _MATE + _VAUGHAN + _RED
    sections, _ = find_sections(text)
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


def test_guard_a_name_the_story_title_does_not_hold():
    """Parts named after another title are no parts of this story: they stay at the
    stories' level; the Vaughan pit's parts still go under their story."""
    text = _FRONT + _MATE.replace("THE MATE’S STORY.—", "THE CAPTAIN’S STORY.—") + _VAUGHAN
    assert _levels(text) == [
        (1, "THE MATE’S STORY."),
        (1, "THE CAPTAIN’S STORY.—II."),
        (1, "THE CAPTAIN’S STORY.—III."),
        (1, "THE EXPLOSION IN THE VAUGHAN PIT."),
        (2, "THE VAUGHAN PIT.—II."),
        (2, "THE VAUGHAN PIT.—III."),
    ]


def test_guard_numbers_must_run_on():
    """II then IV (a part missing): the run stops at the gap; one part left in the book
    is not enough, so nothing changes."""
    text = _FRONT + _MATE.replace("STORY.—III.", "STORY.—IV.")
    assert [level for level, _ in _levels(text)] == [1, 1, 1]


def test_guard_one_part_in_the_book_is_not_enough():
    assert {level for level, _ in _levels(_FRONT + _RED)} == {1}


# Review 45: four guards no test failed without (each test below fails with its guard
# planted away, /tmp/rvH45/plant.py).


def _without(text: str, heading: str, upto: str) -> str:
    """``text`` less the section from ``heading`` up to ``upto``."""
    return text[: text.index(heading)] + text[text.index(upto) :]


def test_guard_a_rank_above_the_chapters_keeps_the_levels():
    """A book in parts ("PART I.", "PART II.", each over a paragraph of the book's) has
    its levels from them: the stories and their parts share the level under them."""
    note = _FRONT[_FRONT.index("George Alfred") : _FRONT.index("CONTENTS")]
    text = _FRONT + "PART I.\n\n\n" + note + _MATE + "PART II.\n\n\n" + note + _VAUGHAN
    levels = _levels(text)
    assert [t for lv, t in levels if lv == 1] == ["PART I.", "PART II."]
    assert {lv for lv, t in levels if not t.startswith("PART")} == {2}


def test_guard_the_first_part_is_one_or_two():
    """Part II cut: "THE MATE'S STORY.—III." first after the story is no part of it
    (a part missing); the Vaughan pit's parts still go under their story."""
    text = _without(_MATE, "THE MATE’S STORY.—II.", "THE MATE’S STORY.—III.")
    assert _levels(_FRONT + text + _VAUGHAN)[:3] == [
        (1, "THE MATE’S STORY."),
        (1, "THE MATE’S STORY.—III."),
        (1, "THE EXPLOSION IN THE VAUGHAN PIT."),
    ]


def test_guard_a_later_part_keeps_the_name():
    """Part III titled after another story ends the run: it stays at the stories' level."""
    text = _MATE.replace("THE MATE’S STORY.—III.", "THE RED CAPTAIN.—III.")
    assert _levels(_FRONT + text + _VAUGHAN)[:3] == [
        (1, "THE MATE’S STORY."),
        (2, "THE MATE’S STORY.—II."),
        (1, "THE RED CAPTAIN.—III."),
    ]


def test_guard_no_other_heading_between_a_story_and_its_parts():
    """Another story's part between a story and "—II." (a stray, no part of it) cuts the
    story off from the parts after it."""
    stray = _RED[_RED.index("THE RED CAPTAIN.—II.") :]
    text = _MATE.replace("THE MATE’S STORY.—II.", stray + "THE MATE’S STORY.—II.")
    levels = _levels(_FRONT + text + _VAUGHAN)
    assert levels[:4] == [
        (1, "THE MATE’S STORY."),
        (1, "THE RED CAPTAIN.—II."),
        (1, "THE MATE’S STORY.—II."),
        (1, "THE MATE’S STORY.—III."),
    ]
    assert levels[-1] == (2, "THE VAUGHAN PIT.—III.")


def test_guard_a_dash_before_the_number():
    """ "THE MATE'S STORY II." (no dash) is no part: the numbers of a title, a king's
    ("GEORGE II"), are not parts."""
    text = (_FRONT + _MATE + _VAUGHAN).replace(".—II.", " II.").replace(".—III.", " III.")
    assert {lv for lv, _ in _levels(text)} == {1}
