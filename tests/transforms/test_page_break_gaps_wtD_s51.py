"""Rule page_furniture's gaps, session 51, branch wtD: clauses page_top_caps_gap and
page_break_joins_words (transforms.page_gaps). Excerpts of Stevenson's Strange Case of Dr.
Jekyll and Mr. Hyde (Project Gutenberg 42, a user's own book: /tmp/wtH48/raw/en/pg42.txt of
session 48), raw lines as the file has them (its CR LF line ends as LF), the page numbers
"1)", "2)" ... on lines of their own.
"""

import re

from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text
from transforms.page_furniture import page_furniture
from transforms.sections import find_sections
from transforms.unwrap import UnwrapConfig

# pg42 lines 27-172: the title page, the byline, page "1)" with three blank lines under it,
# the first title "STORY OF THE DOOR", pages 2) .. 5).
TITLE_PAGES = """

                               STRANGE CASE OF
                               DR. JEKYLL AND
                                  MR. HYDE

                                     BY
                            ROBERT LOUIS STEVENSON




1)



                             STORY OF THE DOOR

MR. UTTERSON the lawyer was a man of a rugged countenance, that was
never lighted by a smile; cold, scanty and embarrassed in
discourse; backward in sentiment; lean, long, dusty, dreary, and
yet somehow lovable. At friendly meetings, and when the wine was to
his taste, something eminently human beaconed from his eye;
something indeed which never found its way into his talk, but which
spoke not only in these silent symbols of the after-dinner face, but
more often and loudly in the acts of his life. He was austere with
himself; drank gin when he was alone, to mortify a taste for
vintages; and though he enjoyed the theatre, had not crossed the
doors of one for twenty years. But he had an approved tolerance for
others; sometimes wondering, almost with envy, at the high pressure
of spirits involved in their misdeeds; and in any extremity inclined
to help rather than to reprove.

2)

"I incline to Cain's heresy," he used to say quaintly: "I let my
brother go to the devil in his own way." In this character, it was
frequently his fortune to be the last reputable acquaintance and the
last good influence in the lives of down-going men. And to such as
these, so long as they came about his chambers, he never marked a
shade of change in his demeanour.

No doubt the feat was easy to Mr. Utterson; for he was
undemonstrative at the best, and even his friendship seemed to be
founded in a similar catholicity of good-nature. It is the mark of a
modest man to accept his friendly circle ready-made from the hands
of opportunity; and that was the lawyer's way. His friends were
those of his own blood or those whom he had known the longest; his
affections, like ivy, were the growth of time, they implied no
aptness in the object. Hence, no doubt, the bond that united him to
Mr. Richard Enfield, his distant kinsman, the well-known man about
town. It was a nut to crack for many, what these two could see in
each other, or what subject they could find in common. It was
reported by those who encountered them in their Sunday walks, that
they said nothing, looked singularly dull, and would hail with
obvious relief the appearance of a friend. For all that, the two men
put the greatest store by these excursions, counted them the chief
jewel of each week, and not only set aside occasions of pleasure,
but even resisted the calls

3)

of business, that they might enjoy them uninterrupted.

It chanced on one of these rambles that their way led them down a
by-street in a busy quarter of London. The street was small and
what is called quiet, but it drove a thriving trade on the
week-days. The inhabitants were all doing well, it seemed, and all
emulously hoping to do better still, and laying out the surplus of
their gains in coquetry; so that the shop fronts stood along that
thoroughfare with an air of invitation, like rows of smiling
saleswomen. Even on Sunday, when it veiled its more florid charms
and lay comparatively empty of passage, the street shone out in
contrast to its dingy neighbourhood, like a fire in a forest; and
with its freshly painted shutters, well-polished brasses, and
general cleanliness and gaiety of note, instantly caught and pleased
the eye of the passenger.

Two doors from one corner, on the left hand going east, the line
was broken by the entry of a court; and just at that point, a
certain sinister block of building thrust forward its gable on the
street. It was two stories high; showed no window, nothing but a
door on the lower story and a blind forehead of discoloured wall on
the upper; and bore in every feature, the marks of prolonged and
sordid negligence. The door, which was equipped with neither bell
nor knocker, was blistered and distained. Tramps slouched into the
recess and struck matches on

4)

the panels; children kept shop upon the steps; the schoolboy had
tried his knife on the mouldings; and for close on a generation, no
one had appeared to drive away these random visitors or to repair
their ravages.

Mr. Enfield and the lawyer were on the other side of the by-street;
but when they came abreast of the entry, the former lifted up his
cane and pointed.

"Did you ever remark that door?" he asked; and when his companion
had replied in the affirmative, "It is connected in my mind," added
he, "with a very odd story."

"Indeed?" said Mr. Utterson, with a slight change of voice, "and
what was that?"

"Well, it was this way," returned Mr. Enfield: "I was coming home
from some place at the end of the world, about three o'clock of a
black winter morning, and my way lay through a part of town where
there was literally nothing to be seen but lamps. Street after
street, and all the folks asleep--street after street, all lighted
up as if for a procession and all as empty as a church--till at
last I got into that state of mind when a man listens and listens
and begins to long for the sight of a policeman. All at once, I saw
two figures: one a little man who was stumping along eastward at a
good walk, and the other a girl of maybe eight or ten who was
running as hard as she was able down a cross street. Well, sir, the
two ran into one another naturally enough at the

5)

corner; and then came the horrible part of the thing; for the man
trampled calmly over the child's body and left her screaming on
the ground. It sounds nothing to hear, but it was hellish to see.
It wasn't like a man; it was like some damned Juggernaut. I gave a
view-halloa, took to my heels, collared my gentleman, and brought
him back to where there was already quite a group about the
screaming child. He was perfectly cool and made no resistance, but
gave me one look, so ugly that it brought out the sweat on me like
running. The people who had turned out were the girl's own family;
and pretty soon, the doctor, for whom she had been sent, put in his
appearance. Well, the child was not much the worse, more frightened,
according to the Sawbones; and there you might have supposed would
be an end to it. But there was one curious circumstance. I had taken
a loathing to my gentleman at first sight. So had the child's
family, which was only natural. But the doctor's case was what
struck me. He was the usual cut-and-dry apothecary, of no particular
age and colour, with a strong Edinburgh accent, and about as
emotional as a bagpipe. Well, sir, he was like the rest of us; every
time he looked at my prisoner, I saw that Sawbones turn sick and
white with the desire to kill him. I knew what was in his mind, just
as he knew what was in mine; and killing being out of the question,
we did the next best. We told the man we could

6)

"""

# pg42 lines 280-392: pages 10) .. 14); "11)" stands with two blank lines over the second
# title, "SEARCH FOR MR. HYDE".
SEARCH_PAGES = """weight of consideration.

"You are sure he used a key?" he inquired at last.

"My dear sir..." began Enfield, surprised out of himself.

10)

"Yes, I know," said Utterson; "I know it must seem strange. The
fact is, if I do not ask you the name of the other party, it is
because I know it already. You see, Richard, your tale has gone
home. If you have been inexact in any point, you had better correct
it."

"I think you might have warned me," returned the other, with a
touch of sullenness. "But I have been pedantically exact, as you
call it. The fellow had a key; and what's more, he has it still. I
saw him use it, not a week ago."

Mr. Utterson sighed deeply but said never a word; and the young man
presently resumed. "Here is another lesson to say nothing," said he.
"I am ashamed of my long tongue. Let us make a bargain never to
refer to this again."

"With all my heart," said the lawyer. "I shake hands on that,
Richard."

11)


                        SEARCH FOR MR. HYDE

THAT evening Mr. Utterson came home to his bachelor house in sombre
spirits and sat down to dinner without relish. It was his custom of
a Sunday, when this meal was over, to sit close by the fire, a
volume of some dry divinity on his reading-desk, until the clock of
the neighbouring church rang out the hour of twelve, when he would
go soberly and gratefully to bed. On this night, however, as soon as
the cloth was taken away, he took up a candle and went into his
business-room. There he opened his safe, took from the most private
part of it a document endorsed on the envelope as Dr. Jekyll's Will,
and sat down with a clouded brow to study its contents. The will was
holograph, for Mr. Utterson, though he took charge of it now that it
was made, had refused to lend the least assistance in the making of
it; it provided not only that, in case of the decease of Henry
Jekyll, M.D., D.C.L., L.L.D., F.R.S., etc., all his possessions were
to pass into the hands of his "friend and benefactor Edward Hyde,"
but that in case of

12)

Dr. Jekyll's "disappearance or unexplained absence for any period
exceeding three calendar months," the said Edward Hyde should step
into the said Henry Jekyll's shoes without further delay and free
from any burthen or obligation, beyond the payment of a few small
sums to the members of the doctor's household. This document had
long been the lawyer's eyesore. It offended him both as a lawyer and
as a lover of the sane and customary sides of life, to whom the
fanciful was the immodest. And hitherto it was his ignorance of Mr.
Hyde that had swelled his indignation; now, by a sudden turn, it was
his knowledge. It was already bad enough when the name was but a
name of which he could learn no more. It was worse when it began to
be clothed upon with detestable attributes; and out of the shifting,
insubstantial mists that had so long baffled his eye, there leaped
up the sudden, definite presentment of a fiend.

"I thought it was madness," he said, as he replaced the obnoxious
paper in the safe, "and now I begin to fear it is disgrace."

With that he blew out his candle, put on a great-coat, and set
forth in the direction of Cavendish Square, that citadel of
medicine, where his friend, the great Dr. Lanyon, had his house and
received his crowding patients. "If any one knows, it will be
Lanyon," he had thought.

The solemn butler knew and welcomed him;

13)

he was subjected to no stage of delay, but ushered direct from the
door to the dining-room where Dr. Lanyon sat alone over his wine.
This was a hearty, healthy, dapper, red-faced gentleman, with a
shock of hair prematurely white, and a boisterous and decided
manner. At sight of Mr. Utterson, he sprang up from his chair and
welcomed him with both hands. The geniality, as was the way of the
man, was somewhat theatrical to the eye; but it reposed on genuine
feeling. For these two were old friends, old mates both at school
and college, both thorough respecters of themselves and of each
other, and, what does not always follow, men who thoroughly enjoyed
each other's company.

After a little rambling talk, the lawyer led up to the subject
which so disagreeably pre-occupied his mind.

"I suppose, Lanyon," said he "you and I must be the two oldest
friends that Henry Jekyll has?"

"I wish the friends were younger," chuckled Dr. Lanyon. "But I
suppose we are. And what of that? I see little of him now."


"Indeed?" said Utterson. "I thought you had a bond of common
interest."

"We had," was the reply. "But it is more than ten years since Henry
Jekyll became too fanciful for me. He began to go wrong, wrong in
mind; and though of course I continue to take an interest in him for
old sake's sake, as they say,

14)

I see and I have seen devilish little of the man. Such unscientific
balderdash," added the doctor, flushing suddenly purple, "would have
"""

# pg42 lines 625-730: pages 22) .. 26); "23)" cuts "stealing like a" / "thief", "24)" stands
# with three blank lines over "DR. JEKYLL WAS QUITE AT EASE", "25)" with two over a
# paragraph, "26)" cuts the word "under-" / "stand".
EASE_PAGES = """"I do not think I ever met Mr. Hyde?" asked Utterson.


"O, dear no, sir. He never dines here," replied the butler. "Indeed
we see very little of

22)

him on this side of the house; he mostly comes and goes by the
laboratory."

"Well, good-night, Poole."

"Good-night, Mr. Utterson." And the lawyer set out homeward with a
very heavy heart. "Poor Harry Jekyll," he thought, "my mind
misgives me he is in deep waters! He was wild when he was young; a
long while ago to be sure; but in the law of God, there is no
statute of limitations. Ay, it must be that; the ghost of some old
sin, the cancer of some concealed disgrace: punishment coming, PEDE
CLAUDO, years after memory has forgotten and self-love condoned the
fault." And the lawyer, scared by the thought, brooded a while on
his own past, groping in all the corners of memory, lest by chance
some Jack-in-the-Box of an old iniquity should leap to light there.
His past was fairly blameless; few men could read the rolls of their
life with less apprehension; yet he was humbled to the dust by the
many ill things he had done, and raised up again into a sober and
fearful gratitude by the many that he had come so near to doing, yet
avoided. And then by a return on his former subject, he conceived a
spark of hope. "This Master Hyde, if he were studied," thought he,
"must have secrets of his own; black secrets, by the look of him;
secrets compared to which poor Jekyll's worst would be like
sunshine. Things cannot continue as they are. It turns me cold to
think of this creature stealing like a

23)

thief to Harry's bedside; poor Harry, what a wakening! And the
danger of it; for if this Hyde suspects the existence of the will,
he may grow impatient to inherit. Ay, I must put my shoulder to the
wheel if Jekyll will but let me," he added, "if Jekyll will only let
me." For once more he saw before his mind's eye, as clear as a
transparency, the strange clauses of the will.

24)



                      DR. JEKYLL WAS QUITE AT EASE

A FORTNIGHT later, by excellent good fortune, the doctor gave one
of his pleasant dinners to some five or six old cronies, all
intelligent, reputable men and all judges of good wine; and Mr.
Utterson so contrived that he remained behind after the others had
departed. This was no new arrangement, but a thing that had
befallen many scores of times. Where Utterson was liked, he was
liked well. Hosts loved to detain the dry lawyer, when the
light-hearted and the loose-tongued had already their foot on the
threshold; they liked to sit a while in his unobtrusive company,
practising for solitude, sobering their minds in the man's rich
silence after the expense and strain of gaiety. To this rule, Dr.
Jekyll was no exception; and as he now sat on the opposite side of
the fire--a large, well-made, smooth-faced man of fifty, with
something of a slyish cast perhaps, but every mark of capacity and
kindness--you could see by his looks that he cherished for Mr.
Utterson a sincere and warm affection.

25)


"I have been wanting to speak to you, Jekyll," began the latter.
"You know that will of yours?"

A close observer might have gathered that the topic was
distasteful; but the doctor carried it off gaily. "My poor
Utterson," said he, "you are unfortunate in such a client. I never
saw a man so distressed as you were by my will; unless it were that
hide-bound pedant, Lanyon, at what he called my scientific heresies.
Oh, I know he's a good fellow--you needn't frown--an excellent
fellow, and I always mean to see more of him; but a hide-bound
pedant for all that; an ignorant, blatant pedant. I was never more
disappointed in any man than Lanyon."

"You know I never approved of it," pursued Utterson, ruthlessly
disregarding the fresh topic.

"My will? Yes, certainly, I know that," said the doctor, a trifle
sharply. "You have told me so."

"Well, I tell you so again," continued the lawyer. "I have been
learning something of young Hyde."

The large handsome face of Dr. Jekyll grew pale to the very lips,
and there came a blackness about his eyes. "I do not care to hear
more," said he. "This is a matter I thought we had agreed to drop."

"What I heard was abominable," said Utterson.

"It can make no change. You do not under-

26)

stand my position," returned the doctor, with a certain incoherency
of manner. "I am painfully situated, Utterson; my position is a very
strange--a very strange one. It is one of those affairs that
cannot be mended by talking."

"""

_PAGE_BREAK_NEWLINE = re.compile(r"[a-z,;]\n[a-z]")


def _clean(raw):
    return clean_text(normalize_text(raw)).text


def _titles(text):
    return [s.title for s in find_sections(text)[0]]


def test_page_top_caps_gap_first_title_apart_from_byline():
    text = _clean(TITLE_PAGES)
    assert "ROBERT LOUIS STEVENSON\n\n\n\n STORY OF THE DOOR\n\nMR. UTTERSON" in text
    assert _titles(text) == ["", "STORY OF THE DOOR"]
    assert not re.search(r"\d\)", text)


def test_page_top_caps_gap_search_for_mr_hyde():
    text = _clean(SEARCH_PAGES)
    assert 'Richard."\n\n\nSEARCH FOR MR. HYDE\n\nTHAT evening' in text
    assert _titles(text) == ["", "SEARCH FOR MR. HYDE"]


def test_page_top_caps_gap_three_blank_lines_and_paragraph_guard():
    text = _clean(EASE_PAGES)
    assert _titles(text) == ["", "DR. JEKYLL WAS QUITE AT EASE"]
    assert "clauses of the will.\n\n\n\nDR. JEKYLL WAS QUITE AT EASE" in text
    # guard: a paragraph two blank lines under "25)" keeps one blank line above it
    assert 'warm affection.\n\n"I have been wanting' in text


def test_page_break_joins_words():
    for raw in (TITLE_PAGES, SEARCH_PAGES, EASE_PAGES):
        text = _clean(raw)
        assert not _PAGE_BREAK_NEWLINE.search(text)
        # no word lost or added: the text's words are the raw's without the page numbers
        # (unwrapping mends "under-" / "stand" to "under-stand", as before the clauses)
        words = re.sub(r"(?m)^\s*\d+\)\s*$", "", raw).split()
        assert text.replace("under-stand", "under- stand").split() == words
    text = _clean(EASE_PAGES)
    assert "stealing like a thief to Harry's bedside" in text
    assert "we see very little of him on this side of the house" in re.sub(r"\s+", " ", text)


def test_page_break_joins_words_keeps_hyphen_and_wraps_off():
    raw = normalize_text(EASE_PAGES)
    gaps = {raw[e.start : e.end].strip(): e.replacement for e in page_furniture(raw)}
    assert gaps["26)"] == "\n"  # "under-" / "stand": the hyphen is unwrapping's to mend
    assert gaps["23)"] == " "
    # with unwrapping off the halves keep their own lines
    off = {raw[e.start : e.end].strip(): e.replacement for e in page_furniture(raw, (), False)}
    assert off["23)"] == "\n"


# Review (session 51): Baum, The Marvelous Land of Oz (rcdm-uga/Gutenberg_Text), raw lines
# 226-338 (CR LF as LF): pages 9 .. 13, the page numbers on lines of their own, an
# illustration marker "Line-Art Drawing" set indented just above page 10's number.
OZ_PAGES = """tall stalks hid him from Mombi's view, Tip would often dig in the gopher
holes, or if the mood seized him--



9
lie upon his back between the rows of corn and take a nap. So, by taking
care not to exhaust his strength, he grew as strong and rugged as a boy may
be.

Mombi's curious magic often frightened her neighbors, and they treated her
shyly, yet respectfully, because of her weird powers. But Tip frankly hated
her, and took no pains to hide his feelings. Indeed, he sometimes showed
less respect for the old woman than he should have done, considering she was
his guardian.

There were pumpkins in Mombi's corn-fields, lying golden red among the rows
of green stalks; and these had been planted and carefully tended that the
four-horned cow might eat of them in the winter time. But one day, after the
corn had all been cut and stacked, and Tip was carrying the pumpkins to the
stable, he took a notion to make a "Jack Lantern" and try to give the old
woman a fright with it.

So he selected a fine, big pumpkin--one with a lustrous, orange-red color--and
began carving it. With the point of his knife he made two round eyes,
a three-cornered nose, and

               Line-Art Drawing



10
a mouth shaped like a new moon. The face, when completed, could not have
been considered strictly beautiful; but it wore a smile so big and broad,
and was so jolly in expression, that even Tip laughed as he looked
admiringly at his work.

The child had no playmates, so he did not know that boys often dig out the
inside of a "pumpkin-jack," and in the space thus made put a lighted candle
to render the face more startling; but he conceived an idea of his own that
promised to be quite as effective. He decided to manufacture the form of a
man, who would wear this pumpkin head, and to stand it in a place where old
Mombi would meet it face to face.

"And then," said Tip to himself, with a laugh, "she'll squeal louder than
the brown pig does when I pull her tail, and shiver with fright worse than I
did last year when I had the ague!"

He had plenty of time to accomplish this task, for Mombi had gone to a
village--to buy groceries, she said--and it was a journey of at least
two days.

So he took his axe to the forest, and selected some stout, straight
saplings, which he cut down and trimmed of all their twigs and leaves. From
these he would make the arms, and legs, and feet of his man. For the body he
stripped a sheet of thick



11
bark from around a big tree, and with much labor fashioned it into a
cylinder of about the right size, pinning the edges together with wooden
pegs. Then, whistling happily as he worked, he carefully jointed the limbs
and fastened them to the body with pegs whittled into shape with his knife.

By the time this feat had been accomplished it began to grow dark, and Tip
remembered he must milk the cow and feed the pigs. So he picked up his
wooden man and carried it back to the house with him.

During the evening, by the light of the fire in the kitchen, Tip carefully
rounded all the edges of the joints and smoothed the rough places in a neat
and workmanlike manner. Then he stood the figure up against the wall and
admired it. It seemed remarkably tall, even for a full-grown man; but that
was a good point in a small boy's eyes, and Tip did not object at all to the
size of his creation.

Next morning, when he looked at his work again, Tip saw he had forgotten to
give the dummy a neck, by means of which he might fasten the pumpkinhead to
the body. So he went again to the forest, which was not far away, and
chopped from a tree several pieces of wood with which to complete his work.
When he returned he fastened a cross-piece



12
to the upper end of the body, making a hole through the center to hold
upright the neck. The bit of wood which formed this neck was also sharpened
at the upper end, and when all was ready Tip put on the pumpkin head,
pressing it well down onto the neck, and found that it fitted very well. The
head could be turned to one side or the other, as he pleased, and the hinges
of the arms and legs allowed him to place the dummy in any position he
desired.

"Now, that," declared Tip, proudly, "is really a very fine man, and it
ought to frighten several screeches out of old Mombi! But it would be much
more lifelike if it were properly dressed."

To find clothing seemed no easy task; but Tip boldly ransacked the great
chest in which Mombi kept all her keepsakes and treasures, and at the very
bottom he discovered some purple trousers, a red shirt and a pink vest which
was dotted with white spots. These he carried away to his man and succeeded,
although the garments did not fit very well, in dressing the creature in a
jaunty fashion. Some knit stockings belonging to Mombi and a much worn pair
of his own shoes completed the man's apparel, and Tip was so delighted that
he danced up and down and laughed aloud in boyish ecstacy.



13

"I must give him a name!" he cried. "So good a man as this must surely have
a name. I believe," he added, after a moment's thought, "I will name the
fellow 'Jack Pumpkinhead!'"
"""


def test_page_break_joins_words_indent_guard_keeps_caption_out_of_sentence():
    """The indent guard of clause page_break_joins_words: the indented caption line above
    "10" ends on a word and the next page opens in lower case, yet the caption is no half of
    the sentence ("a three-cornered nose, and" / "a mouth shaped like a new moon")."""
    text = _clean(OZ_PAGES)
    assert "Line-Art Drawing a mouth" not in text
    assert "Line-Art Drawing\na mouth shaped like a new moon" in text
    # the unindented halves of page 11 are joined
    assert "stripped a sheet of thick bark from around a big tree" in text
    words = re.sub(r"(?m)^\s*\d+\s*$", "", OZ_PAGES).split()
    assert text.split() == words


def test_page_break_joins_words_off_when_clean_text_does_not_unwrap():
    """clean_text with unwrapping off passes it to page_furniture (find_boilerplate's
    join_wraps): Jekyll's "stealing like a" / "23)" / "thief" keeps its two lines."""
    kept = clean_text(
        normalize_text(EASE_PAGES), CleanConfig(unwrap=UnwrapConfig(enabled=False))
    ).text
    assert "stealing like a\nthief to Harry's bedside" in kept
    assert not re.search(r"\d\)", kept)


# Review (session 51): The Marvelous Land of Oz, raw lines 341-583 (pages 14 .. 25): page
# "19" carries the marker "Full page line-art drawing." and the caption "OLD MOMBI DANCED
# AROUND HIM" stands ONE blank line under it, in the middle of the sentence "the powder
# sifted down from Jack's head and scattered" / "over the red shirt".
OZ_CAPTION_PAGES = """


14               Full page line-art drawing.



15               The Marvelous Powder of Life


After considering the matter carefully, Tip decided that the best place to
locate Jack would be at the bend in the road, a little way from the house.
So he started to carry his man there, but found him heavy and rather awkward
to handle. After dragging the creature a short distance Tip stood him on his
feet, and by first bending the joints of one leg, and then those of the
other, at the same time pushing from behind, the boy managed to induce Jack
to walk to the bend in the road. It was not accomplished without a few
tumbles, and Tip really worked harder than he ever had in the fields or



16
forest; but a love of mischief urged him on, and it pleased him to test the
cleverness of his workmanship.

"Jack's all right, and works fine!" he said to himself, panting with the
unusual exertion. But just then he discovered the man's left arm had fallen
off in the journey so he went back to find it, and afterward, by whittling a
new and stouter pin for the shoulder-joint, he repaired the injury so
successfully that the arm was stronger than before. Tip also noticed that
Jack's pumpkin head had twisted around until it faced his back; but this was
easily remedied. When, at last, the man was set up facing the turn in the
path where old Mombi was to appear, he looked natural enough to be a fair
imitation of a Gillikin farmer,--and unnatural enough to startle anyone
that came on him unawares.

As it was yet too early in the day to expect the old woman to return home,
Tip went down into the valley below the farm-house and began to gather nuts
from the trees that grew there.

However, old Mombi returned earlier than usual. She had met a crooked
wizard who resided in a lonely cave in the mountains, and had traded
several important secrets of magic with him. Hav-



17
ing in this way secured three new recipes, four magical powders and a
selection of herbs of wonderful power and potency, she hobbled home as fast
as she could, in order to test her new sorceries.

So intent was Mombi on the treasures she had gained that when she turned the
bend in the road and caught a glimpse of the man, she merely nodded and
said:

"Good evening, sir."

But, a moment after, noting that the person did not move or reply, she cast
a shrewd glance into his face and discovered his pumpkin head elaborately
carved by Tip's jack-knife.

"Heh!" ejaculated Mombi, giving a sort of grunt; "that rascally boy has
been playing tricks again! Very good! ve--ry good! I'll beat him black-
and-blue for trying to scare me in this fashion!"

Angrily she raised her stick to smash in the grinning pumpkin head of the
dummy; but a sudden thought made her pause, the uplifted stick left
motionless in the air.

"Why, here is a good chance to try my new powder!" said she, eagerly. "And
then I can tell whether that crooked wizard has fairly traded secrets, or
whether he has fooled me as wickedly as I fooled him."



18

So she set down her basket and began fumbling in it for one of the precious
powders she had obtained.

While Mombi was thus occupied Tip strolled back, with his pockets full of
nuts, and discovered the old woman standing beside his man and apparently
not the least bit frightened by it.

At first he was generally disappointed; but the next moment he became
curious to know what Mombi was going to do. So he hid behind a hedge, where
he could see without being seen, and prepared to watch.

After some search the woman drew from her basket an old pepper-box, upon the
faded label of which the wizard had written with a lead-pencil:

"Powder of Life."

"Ah--here it is!" she cried, joyfully. "And now let us see if it is
potent. The stingy wizard didn't give me much of it, but I guess there's
enough for two or three doses."

Tip was much surprised when he overheard this speech. Then he saw old Mombi
raise her arm and sprinkle the powder from the box over the pumpkin head of
his man Jack. She did this in the same way one would pepper a baked potato,
and the powder sifted down from Jack's head and scattered



19               Full page line-art drawing.

               "OLD MOMBI DANCED AROUND HIM"



20
over the red shirt and pink waistcoat and purple trousers Tip had dressed
him in, and a portion even fell upon the patched and worn shoes.

Then, putting the pepper-box back into the basket, Mombi lifted her left
hand, with its little finger pointed upward, and said:

"Weaugh!"

Then she lifted her right hand, with the thumb pointed upward, and said:

"Teaugh!"

Then she lifted both hands, with all the fingers and thumbs spread out, and
cried:

"Peaugh!"

Jack Pumpkinhead stepped back a pace, at this, and said in a reproachful
voice:

"Don't yell like that! Do you think I'm deaf?"

Old Mombi danced around him, frantic with delight.

"He lives!" she screamed: "He lives! he lives!"

Then she threw her stick into the air and caught it as it came down; and she
hugged herself with both arms, and tried to do a step of a jig; and all the
time she repeated, rapturously:

"He lives!--he lives!--he lives!"

Now you may well suppose that Tip observed all this with amazement.



21

At first he was so frightened and horrified that he wanted to run away, but
his legs trembled and shook so badly that he couldn't. Then it struck him as
a very funny thing for Jack to come to life, especially as the expression on
his pumpkin face was so droll and comical it excited laughter on the
instant. So, recovering from his first fear, Tip began to laugh; and the
merry peals reached old Mombi's ears and made her hobble quickly to the
hedge, where she seized Tip's collar and dragged him back to where she had
left her basket and the pumpkinheaded man.

"You naughty, sneaking, wicked boy!" she exclaimed, furiously: "I'll teach
you to spy out my secrets and to make fun of me!"

"I wasn't making fun of you," protested Tip. "I was laughing at old
Pumpkinhead! Look at him! Isn't he a picture, though?"

"I hope you are not reflecting on my personal appearance," said Jack; and it
was so funny to hear his grave voice, while his face continued to wear its
jolly smile, that Tip again burst into a peal of laughter.

Even Mombi was not without a curious interest in the man her magic had
brought to life; for, after staring at him intently, she presently asked:



22               Full page line-art drawing.

               OLD MOMBI PUTS JACK IN THE STABLE



23

"What do you know?"

"Well, that is hard to tell," replied Jack. "For although I feel that I
know a tremendous lot, I am not yet aware how much there is in the world to
find out about. It will take me a little time to discover whether I am very
wise or very foolish."

"To be sure," said Mombi, thoughtfully.

"But what are you going to do with him, now he is alive?" asked Tip,
wondering.

"I must think it over," answered Mombi. "But we must get home at once, for
it is growing dark. Help the Pumpkinhead to walk."

"Never mind me," said Jack; "I can walk as well as you can. Haven't I got
legs and feet, and aren't they jointed?"

"Are they?" asked the woman, turning to Tip.

"Of course they are; I made 'em myself," returned the boy, with pride.

So they started for the house, but when they reached the farm yard old
Mombi led the pumpkin man to the cow stable and shut him up in an empty
stall, fastening the door securely on the outside.

"I've got to attend to you, first," she said, nodding her head at Tip.

Hearing this, the boy became uneasy; for he



24
knew Mombi had a bad and revengeful heart, and would not hesitate to do any
evil thing.

They entered the house. It was a round, domeshaped structure, as are nearly
all the farm houses in the Land of Oz.

Mombi bade the boy light a candle, while she put her basket in a cupboard
and hung her cloak on a peg. Tip obeyed quickly, for he was afraid of her.

After the candle had been lighted Mombi ordered him to build a fire in the
hearth, and while Tip was thus engaged the old woman ate her supper. When
the flames began to crackle the boy came to her and asked a share of the
bread and cheese; but Mombi refused him.

"I'm hungry!" said Tip, in a sulky tone.

"You won't be hungry long," replied Mombi, with a grim look.

The boy didn't like this speech, for it sounded like a threat; but he
happened to remember he had nuts in his pocket, so he cracked some of those
and ate them while the woman rose, shook the crumbs from her apron, and hung
above the fire a small black kettle.

Then she measured out equal parts of milk and vinegar and poured them into
the kettle. Next she



25
"""


def test_page_top_caps_gap_needs_two_blank_lines():
    """TOP_BLANKS of clause page_top_caps_gap: a capitals line one blank line under the page
    line (an illustration's caption) is no title set lower: the sentence around it keeps
    one paragraph (with TOP_BLANKS = 1 a blank line cuts it in two)."""
    text = _clean(OZ_CAPTION_PAGES)
    assert 'scattered\n "OLD MOMBI DANCED AROUND HIM"\nover the red shirt' in text
    assert _titles(text) == [""]
