"""Raw Project Gutenberg books, structure (session 32, branch wtB2): clauses
``headless_contents`` (``transforms.contents_headless``) and ``errata_opener``
(``transforms.contents_openers``) of rule ``contents_list``.
Excerpts of books from GitHub rcdm-uga/Gutenberg_Text, as ``clean_text`` leaves them."""

from tests.transforms.test_gutenberg_sample32 import QUIXOTE_COMPLETE, _titles
from transforms.bylines import imprint_lines
from transforms.contents import scan_lines
from transforms.sections import find_headings

# Melville, White-Jacket ("Melville, Herman/White Jacket; Or, The World on a
# Man-of-War.txt"): the end of its preface, its contents list with no heading (the first
# 8 of 93 entries) and the openings of its chapters I-VIII.
WHITE_JACKET = """New York, March, 1850.



 I. THE JACKET.
 II. HOMEWARD BOUND.
 III. A GLANCE AT THE PRINCIPAL DIVISIONS, INTO WHICH A
 MAN-OF-WAR'S CREW IS DIVIDED.
 IV. JACK CHASE.
 V. JACK CHASE ON A SPANISH QUARTER-DECK.
 VI. THE QUARTER-DECK OFFICERS, WARRANT OFFICERS, AND BERTH-DECK UNDERLINGS OF A MAN-OF-WAR; WHERE THEY LIVE IN THE SHIP;
 HOW THEY LIVE; THEIR SOCIAL STANDING ON SHIP-BOARD; AND
 WHAT SORT OF GENTLEMEN THEY ARE.
 VII. BREAKFAST, DINNER, AND SUPPER.
 VIII. SELVAGEE CONTRASTED WITH MAD-JACK.



WHITE-JACKET.


CHAPTER I.

THE JACKET.


It was not a very white jacket, but white enough, in all conscience, as the sequel will show.

The way I came by it was this.

When our frigate lay in Callao, on the coast of Peru--her last harbour in the Pacific--I found myself without a grego, or sailor's surtout; and as, toward the end of a three years' cruise, no pea-jackets could be had from the purser's steward: and being bound for Cape Horn, some sort of a substitute was indispensable; I employed myself, for several days, in manufacturing an outlandish garment of my own devising, to shelter me from the boisterous weather we were so soon to encounter.

It was nothing more than a white duck frock, or rather shirt: which, laying on deck, I folded double at the bosom, and by then making a continuation of the slit there, opened it lengthwise--much as you would cut a leaf in the last new novel.


CHAPTER II.

HOMEWARD BOUND.


"All hands up anchor! Man the capstan!"

"High die! my lads, we're homeward bound!"

Homeward bound!--harmonious sound! Were you ever homeward bound?--No?--Quick! take the wings of the morning, or the sails of a ship, and fly to the uttermost parts of the earth. There, tarry a year or two; and then let the gruffest of boatswains, his lungs all goose-skin, shout forth those magical words, and you'll swear "the harp of Orpheus were not more enchanting."

All was ready; boats hoisted in, stun' sail gear rove, messenger passed, capstan-bars in their places, accommodation-ladder below; and in glorious spirits, we sat down to dinner. In the ward-room, the lieutenants were passing round their oldest port, and pledging their friends; in the steerage, the middies were busy raising loans to liquidate the demands of their laundress, or else--in the navy phrase--preparing to pay their creditors with a flying fore-topsail.


CHAPTER III.

A GLANCE AT THE PRINCIPAL DIVISIONS, INTO WHICH A MAN-OF-WAR'S CREW IS DIVIDED.


Having just designated the place where White-Jacket belonged, it must needs be related how White-Jacket came to belong there.

Every one knows that in merchantmen the seamen are divided into watches--starboard and larboard--taking their turn at the ship's duty by night. This plan is followed in all men-of-war. But in all men-of war, besides this division, there are others, rendered indispensable from the great number of men, and the necessity of precision and discipline. Not only are particular bands assigned to the three tops, but in getting under weigh, or any other proceeding requiring all hands, particular men of these bands are assigned to each yard of the tops. Thus, when the order is given to loose the main-royal, White-Jacket flies to obey it; and no one but him.

And not only are particular bands stationed on the three decks of the ship at such times, but particular men of those bands are also assigned to particular duties.


CHAPTER IV.

JACK CHASE.


The first night out of port was a clear, moonlight one; the frigate gliding though the water, with all her batteries.

It was my Quarter Watch in the top; and there I reclined on the best possible terms with my top-mates. Whatever the other seamen might have been, these were a noble set of tars, and well worthy an introduction to the reader.

First and foremost was Jack Chase, our noble First Captain of the Top. He was a Briton, and a true-blue; tall and well-knit, with a clear open eye, a fine broad brow, and an abounding nut-brown beard. No man ever had a better heart or a bolder. He was loved by the seamen and admired by the officers; and even when the Captain spoke to him, it was with a slight air of respect. Jack was a frank and charming man.

No one could be better company in forecastle or saloon; no man told such stories, sang such songs, or with greater alacrity sprang to his duty.


CHAPTER V.

JACK CHASE ON A SPANISH QUARTER-DECK.


Here, I must frankly tell a story about Jack, which as touching his honour and integrity, I am sure, will not work against him, in any charitable man's estimation. On this present cruise of the frigate Neversink, Jack had deserted; and after a certain interval, had been captured.

But with what purpose had he deserted? To avoid naval discipline? To riot in some abandoned sea-port? for love of some worthless signorita? Not at all. He abandoned the frigate from far higher and nobler, nay, glorious motives. Though bowing to naval discipline afloat; yet ashore, he was a stickler for the Rights of Man, and the liberties of the world. He went to draw a partisan blade in the civil commotions of Peru; and befriend, heart and soul, what he deemed the cause of the Right.

At the time, his disappearance excited the utmost astonishment among the officers, who had little suspected him of any such conduct of deserting.


CHAPTER VI.

THE QUARTER-DECK OFFICERS, WARRANT OFFICERS, AND BERTH-DECK UNDERLINGS OF A MAN-OF-WAR; WHERE THEY LIVE IN THE SHIP; HOW THEY LIVE; THEIR SOCIAL STANDING ON SHIP-BOARD; AND WHAT SORT OF GENTLEMEN THEY ARE.


Some account has been given of the various divisions into which our crew was divided; so it may be well to say something of the officers; who they are, and what are their functions.

Our ship, be it know, was the flag-ship; that is, we sported a broad-pennant, or bougee, at the main, in token that we carried a Commodore--the highest rank of officers recognised in the American navy. The bougee is not to be confounded with the long pennant or coach-whip, a tapering serpentine streamer worn by all men-of-war.

Owing to certain vague, republican scruples, about creating great officers of the navy, America has thus far had no admirals; though, as her ships of war increase, they may become indispensable. This will assuredly be the case, should she ever have occasion to employ large fleets; when she must adopt something like the English plan, and introduce three or four grades of flag-officers, above a Commodore--Admirals, Vice-Admirals, and Rear-Admirals of Squadrons; distinguished by the color of their flags,--red, white, and blue, corresponding to the centre, van, and rear.


CHAPTER VII.

BREAKFAST, DINNER, AND SUPPER.


Not only is the dinner-table a criterion of rank on board a man-of-war, but also the dinner hour. He who dines latest is the greatest man; and he who dines earliest is accounted the least. In a flag-ship, the Commodore generally dines about four or five o'clock; the Captain about three; the Lieutenants about two; while the people (by which phrase the common seamen are specially designated in the nomenclature of the quarter-deck) sit down to their salt beef exactly at noon.

Thus it will be seen, that while the two estates of sea-kings and sea-lords dine at rather patrician hours--and thereby, in the long run, impair their digestive functions--the sea-commoners, or the people, keep up their constitutions, by keeping up the good old-fashioned, Elizabethan, Franklin-warranted dinner hour of twelve.


CHAPTER VIII.

SELVAGEE CONTRASTED WITH MAD-JACK.


Having glanced at the grand divisions of a man-of-war, let us now descend to specialities: and, particularly, to two of the junior lieutenants; lords and noblemen; members of that House of Peers, the gun-room. There were several young lieutenants on board; but from these two--representing the extremes of character to be found in their department--the nature of the other officers of their grade in the Neversink must be derived.

One of these two quarter-deck lords went among the sailors by a name of their own devising--Selvagee. Of course, it was intended to be characteristic; and even so it was.

In frigates, and all large ships of war, when getting under weigh, a large rope, called a messenger used to carry the strain of the cable to the capstan; so that the anchor may be weighed, without the muddy, ponderous cable, itself going round the capstan.


"""


def _lists(text: str) -> list[str]:
    spans: list = []
    find_headings(text, contents_out=spans)
    return [text[a:b].strip() for a, b in spans]


def test_headless_contents_white_jacket():
    """Clause headless_contents: 8 numbered lines with no blank line between them,
    whose titles the chapters repeat in order, are a contents list."""
    lists = _lists(WHITE_JACKET)
    assert len(lists) == 1
    assert lists[0].startswith("I. THE JACKET.\n II. HOMEWARD BOUND.")
    assert lists[0].endswith("VIII. SELVAGEE CONTRASTED WITH MAD-JACK.")


def test_headless_contents_guards():
    """Clause headless_contents, what stays: the same numbered lines are no list when the
    chapters do not repeat their titles (a numbered list inside the story names nothing
    again), when the chapters are the numbered lines with their text under them (a book
    of short chapters: prose ends the run), when the titles come again close by (not
    spread over MIN_SPREAD times the run), or when fewer than MIN_ENTRIES lines count."""
    body = WHITE_JACKET.index("WHITE-JACKET.")
    head, rest = WHITE_JACKET[:body], WHITE_JACKET[body:]
    entries = [t for t in head.split("\n") if t.startswith(" ") and ". " in t]
    unnamed = rest
    for entry in entries[:-1]:  # chapter VIII's title stays: 1 of 8 named
        unnamed = unnamed.replace("\n" + entry.split(". ", 1)[1] + "\n", "\n")
    assert _lists(head + unnamed) == []  # titles not named again (MIN_NAMED)
    text = max(rest.split("\n"), key=len)  # a chapter's paragraph (MAX_LINE)
    short = "\n".join(head.split("\n")[:4] + [f"{e}\n{text}" for e in entries])
    assert _lists(short + "\n\n\n" + rest) == []  # chapters with their text
    five = head[: head.index(" VI.")]
    assert _lists(five + "\n\n\n" + rest) == []  # 5 entries, I-V (MIN_ENTRIES)
    # The titles again, but close by (the chapters' texts left out): not spread over a
    # book, so no list (MIN_SPREAD).
    bare = "\n".join(t for t in rest.split("\n") if len(t) < 100)
    assert _lists(head + bare) == []


# Darwin, The Descent of Man, vol. II ("Darwin, Charles/The Descent of Man and Selection in
# Relation to Sex, Vol. II.txt"): the end of its title page, its errata table, then (its
# contents list left out) its postscript and chapter XII's opening (the paragraph cut).
DARWIN_ERRATA = """John Murray, Albemarle Street.
1871.

[The right of Translation is reserved.]


ERRATA.

VOL. I.

 Page line For read

 27 13 kaolo koala.
 31 6 prostratica prostatica.
 59, note 2 speech species.
 74, note — Browne Brown.
 118, note — Vol. I. Vol. II.
 128, note 4 Before vol. xiv. insert ‘Proc.
 Royal Soc.
 208 2 prostratica. prostatica.
 322 5 Actineæ Actiniæ.
 324 30 land-shells land-snails.
 330 16 figs. 4 and 5 figs. 4, 5, and 6.
 334 17 Birgos Birgus.
 339 8 attractions attentions.
 341 3 dragon-flys dragon-flies.
 378 17 Typhæus Typhœus.
 384 31 tesselatum tessellatum.
 397 9 Hypopira Hypopyra.
 405 21 Acrœidæ Acræidæ.

 VOL. II.

 32 30 chamelion chameleon.
 115 4 mail male.
 178 23 Chloehaga Chloephaga.
 227, note — Ramphaston Ramphastos.
 240, note — Mr. H. Brown Mr. R. Brown.
 — note 2 elephus elaphas.
 242 14 walruses narwhals.
 339 27 Durfur Darfur.


POSTSCRIPT.

Vol. I. pp. 297-299.—I have fallen into a serious and unfortunate error, in relation to the sexual differences of animals, in attempting to explain what seemed to me a singular coincidence in the late period of life at which the necessary variations have arisen in many cases, and the late period at which sexual selection acts. The explanation given is wholly erroneous, as I have discovered by working out an illustration in figures. Moreover, the supposed coincidence of period is far from general, and is not remarkable; for, as I have elsewhere attempted to show, variations arising early in l




SEXUAL SELECTION.




CHAPTER XII.

SECONDARY SEXUAL CHARACTERS OF FISHES, AMPHIBIANS,
AND REPTILES.


 FISHES: Courtship and battles of the males—Larger size of the females—Males, bright colours and ornamental appendages; other strange characters—Colours and appendages acquired by the males during the breeding-season alone—Fishes with both sexes brilliantly coloured—Protective colours—The less conspicuous colours of the female cannot be accounted for on the principle of protection—Male fishes building nests, and taking charge of the ova and young. AMPHIBIANS: Differences in structure and colour between the sexes—Vocal organs. REPTILES: Chelonians—Crocodiles—Snakes, colours


"""


def test_errata_opener_darwin():
    """Clause errata_opener: "ERRATA." opens a list; its "VOL. I." / "Page line For read"
    and "VOL. II." are no headings. What stays: the list ends at the two blank lines,
    the postscript and chapter under it are headings."""
    titles = [h.title for h in find_headings(DARWIN_ERRATA)]
    assert titles == ["POSTSCRIPT.", "CHAPTER XII."]


# --- guards of session 32 (branch wtB) that no test held (its review's list) ---

# The title page of Darwin's Descent of Man, vol. II (as above), its imprint.
DARWIN_IMPRINT = """London:
John Murray, Albemarle Street.
1871.

[The right of Translation is reserved.]
"""


def test_imprint_lines_bare_year():
    """Clause imprint_lines, its bare year: "1871." alone is an imprint line and marks
    the publisher's line right above it ("John Murray, Albemarle Street.", named by no
    city or "Published")."""
    lines = scan_lines(DARWIN_IMPRINT)
    assert imprint_lines(lines.texts, lines.starts, lines.blank) == {0, 1, 2}


def test_long_caps_title_keyword_heading_only():
    """Clause long_caps_title, "under a keyword heading" only: under a bare numeral
    ("II.") the 139-character capitals line is no title (a numeral's title is short)."""
    text = QUIXOTE_COMPLETE.replace("CHAPTER I.", "I.").replace("CHAPTER II.", "II.")
    assert [t for t in _titles(text) if t.startswith("II.")] == ["II."]


def test_long_caps_title_sixty_percent_capitals():
    """Clause long_caps_title, 60% capitals: a long line with no lower case but few
    letters (a row of figures under "CHAPTER II.") is no title."""
    row = (
        "1801. 1811. 1821. 1831. 1841. 1851. 1861. 1871. -- 8,892,536. 10,164,256. "
        "12,000,236. 13,896,797. 15,914,148. 17,927,609. 20,066,224. 22,712,266."
    )
    text = QUIXOTE_COMPLETE.replace(
        "WHICH TREATS OF THE NOTABLE ALTERCATION WHICH SANCHO PANZA HAD WITH DON QUIXOTE’S "
        "NIECE, AND HOUSEKEEPER, TOGETHER WITH OTHER DROLL MATTERS",
        row,
    )
    assert row in text and len(row) > 100
    assert _titles(text)[1] == "CHAPTER II."


def _in_lists(text: str, part: str) -> bool:
    spans: list = []
    find_headings(text, contents_out=spans)
    at = text.index(part)
    return any(a <= at < b for a, b in spans)


def test_headless_contents_follow_on_limits():
    """Clause headless_contents, an entry's follow-on lines (review, session 32): a line
    over ``hd.MAX_LINE`` right under an entry (a chapter's prose under its numbered
    title, no blank line) and a fourth unnumbered line (a quatrain under a numbered line)
    end the run with no list, so neither the paragraph nor the verse is inside a contents
    span (with either limit undone the seven named entries made it a list that swallowed
    them)."""
    body = WHITE_JACKET.index("WHITE-JACKET.")
    head, rest = WHITE_JACKET[:body], WHITE_JACKET[body:]
    first, last = " I. THE JACKET.", " VIII. SELVAGEE CONTRASTED WITH MAD-JACK."
    prose = (
        " It was a long watch, and the men who had no part in it lay along the booms and "
        "talked of home, of the Cape, and of the grog they would have at the end of it."
    )
    assert len(prose.strip()) > 150
    text = head.replace(first, first + "\n" + prose) + rest
    assert not _in_lists(text, prose.strip())
    verse = " The sea is wide,\n The ship is small,\n The wind is high,\n And over all"
    text = head.replace(last, last + "\n" + verse) + rest
    assert not _in_lists(text, "And over all")


def test_headless_contents_counting_and_blank_above():
    """Clause headless_contents, two more guards (review, session 32): numbers that do
    not count on (I, III, V ...: fewer than MIN_COUNTING) and a run with text right
    above its first entry (a list the prose introduces, "orders:") are no list."""
    body = WHITE_JACKET.index("WHITE-JACKET.")
    head, rest = WHITE_JACKET[:body], WHITE_JACKET[body:]
    odd = head
    for a, b in (("II.", "XII."), ("IV.", "XIV."), ("VI.", "XVI."), ("VIII.", "XVIII.")):
        odd = odd.replace(f" {a} ", f" {b} ")
    assert " XVIII. SELVAGEE" in odd
    assert _lists(odd + rest) == []
    above = head.replace("\n\n\n I. THE JACKET.", "\n\n\nThe orders of the day:\n I. THE JACKET.")
    assert above != head
    assert _lists(above + rest) == []
