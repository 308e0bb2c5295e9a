"""Clauses sequence_number_stop (transforms.headings), sequence_subtitle
(transforms.section_titles) and english_ordinal_part (transforms.headings), session 37:
Balzac's The Physiology of Marriage heads its thirty chapters "MEDITATION I." ...
"MEDITATION XXX.", each over a title line in capitals, inside "FIRST PART." / "SECOND
PART" / "THIRD PART". Before, "MEDITATION I." was no candidate (a named sequence's number
had to end the line), the parts were lines in capitals without evidence, and the
meditations' numbered divisions sat under the book's INTRODUCTION. Real text (GitHub
rcdm-uga/Gutenberg_Text, Balzac's Analytical Studies: the first part's opening and
meditations I-III, the second part's opening and meditations X-XII, each cut to its
first lines, centring kept); guards on Shaw's The Philanderer ("END OF ACT I.")."""

from transforms import headings as hd
from transforms.sections import find_sections

_PHYSIOLOGY = """                             FIRST PART.



                      A GENERAL CONSIDERATION.


We will declaim against stupid laws until they are changed, and in the
meantime blindly submit to them.--Diderot, _Supplement to the Voyage
of Bougainville_.



                            MEDITATION I.

                             THE SUBJECT.

Physiology, what must I consider your meaning?

Is not your object to prove that marriage unites for life two beings
who do not know each other?




                            MEDITATION II.

                         MARRIAGE STATISTICS.

The administration has been occupied for nearly twenty years in
reckoning how many acres of woodland, meadow, vineyard and fallow are
comprised in the area of France. It has not stopped there, but has



                           MEDITATION III.

                         OF THE HONEST WOMAN.

The preceding meditation has proved that we possess in France a
floating population of one million women reveling in the privilege of
inspiring those passions which a gallant man avows without shame, or



                             SECOND PART



               MEANS OF DEFENCE, INTERIOR AND EXTERIOR.

                       "To be or not to be,
                        That is the question."
                                --Shakspeare, _Hamlet_.



                            MEDITATION X.

                    A TREATISE ON MARITAL POLICY.

When a man reaches the position in which the first part of this book
sets him, we suppose that the idea of his wife being possessed by
another makes his heart beat, and rekindles his passion, either by an



                            MEDITATION XI.

                       INSTRUCTION IN THE HOME.

Whether wives should or should not be put under instruction--such is
the question before us. Of all those which we have discussed this is
the only one which has two extremes and admits of no compromise.



                           MEDITATION XII.

                       THE HYGIENE OF MARRIAGE.

The aim of this Meditation is to call to your attention a new method
of defence, by which you may reduce the will of your new wife to a
condition of utter and abject submission. This is brought about by the
"""

_PHILANDERER = """ACT I


A lady and gentleman are making love to one another in
the drawing-room of a flat in Ashly Gardens in the
Victoria district of London. It is past ten at night.
The walls are hung with theatrical engravings and
photographs--Kemble as Hamlet, Mrs. Siddons as Queen
Katharine pleading in court.

CUTHBERTSON (staring after him). Well I'll be--
(The act drop descends.)

END OF ACT I.




ACT II

Next day at noon, in the Library of the Ibsen club. A
long room, with the door near one corner. The windows
look out on the street and the room is furnished with
easy chairs and small tables.

CHARTERIS. Good luck to him. (He goes out, followed by Sylvia.)


END OF ACT II.




ACT III


Still the library. Ten minutes later. Julia, angry and
miserable, comes in from the dining room, followed by
Cuthbertson, who is anxious and uneasy.

GRACE (complacently offering her cheek). Foolish boy! (He kisses her.)
Now come along. (They go out together.)


END OF ACT III.
"""


# Pope's An Essay on Man; Moral Essays and Satires (same mirror): epistles I-III cut to
# their first lines, then the Horace imitations' advertisement and first satire.
_POPE = """EPISTLE I.


Awake, my St. John! leave all meaner things
To low ambition, and the pride of kings.
Let us (since life can little more supply
Than just to look about us and to die)
Expatiate free o'er all this scene of man;
A mighty maze! but not without a plan;


EPISTLE II.


I.  Know, then, thyself, presume not God to scan;
The proper study of mankind is man.
Placed on this isthmus of a middle state,
A being darkly wise, and rudely great:
With too much knowledge for the sceptic side,
With too much weakness for the stoic's pride,


EPISTLE III.


Here, then, we rest: "The Universal Cause
Acts to one end, but acts by various laws."
In all the madness of superfluous health,
The trim of pride, the impudence of wealth,
Let this great truth be present night and day;
But most be present, if we preach or pray.



SATIRES AND EPISTLES OF HORACE IMITATED.


ADVERTISEMENT.


The occasion of publishing these Imitations was the clamour raised on
some of my Epistles.  An answer from Horace was both more full, and of
more dignity, than any I could have made in my own person; and the
example of much greater freedom in so eminent a divine as Dr. Donne,
seemed a proof with what indignation and contempt a Christian may treat
vice or folly, in ever so low, or ever so high a station.  Both these
authors were acceptable to the princes and ministers under whom they
lived.  The Satires of Dr. Donne I versified, at the desire of the Earl
of Oxford while he was Lord Treasurer, and of the Duke of Shrewsbury who
had been Secretary of State, neither of whom looked upon a satire on
vicious courts as any reflection on those they served in.  And indeed
there is not in the world a greater error, than that which fools are so
apt to fall into, and knaves with good reason to encourage, the mistaking
a satirist for a libeller; whereas to a true satirist nothing is so
odious as a libeller, for the same reason as to a man truly virtuous
nothing is so hateful as a hypocrite.

   Uni aequus Virtuti atque ejus Amicis.  P.



THE FIRST SATIRE OF THE SECOND BOOK OF HORACE.


SATIRE I.  TO MR. FORTESCUE.


   P. There are (I scarce can think it, but am told),
There are, to whom my satire seems too bold:
Scarce to wise Peter complaisant enough,
And something said of Chartres much too rough.
The lines are weak another's pleased to say,
Lord Fanny spins a thousand such a day.
Timorous by nature, of the rich in awe,
I come to counsel learned in the law:
You'll give me, like a friend both sage and free,
Advice; and (as you use) without a fee.
"""


# Dickens' A Child's History of England (same mirror): chapter XXI's two parts, then
# chapter XXII's opening, abridged.
_DICKENS = """CHAPTER XXI--ENGLAND UNDER HENRY THE FIFTH


FIRST PART


The Prince of Wales began his reign like a generous and honest man.  He
set the young Earl of March free; he restored their estates and their
honours to the Percy family, who had lost them by their rebellion against
his father; he ordered the imbecile and unfortunate Richard to be
honourably buried among the Kings of England; and he dismissed all his
wild companions, with assurances that they should not want, if they would
resolve to be steady, faithful, and true.



SECOND PART


That proud and wicked French nobility who dragged their country to
destruction, and who were every day and every year regarded with deeper
hatred and detestation in the hearts of the French people, learnt
nothing, even from the defeat of Agincourt.  So far from uniting against
the common enemy, they became, among themselves, more violent, more
bloody, and more false--if that were possible--than they had been before.
The Count of Armagnac persuaded the French king to plunder of her




CHAPTER XXII--ENGLAND UNDER HENRY THE SIXTH


PART THE FIRST


It had been the wish of the late King, that while his infant son KING
HENRY THE SIXTH, at this time only nine months old, was under age, the
Duke of Gloucester should be appointed Regent.  The English Parliament,
however, preferred to appoint a Council of Regency, with the Duke of
Bedford at its head: to be represented, in his absence only, by the Duke
of Gloucester.  The Parliament would seem to have been wise in this, for
Gloucester soon showed himself to be ambitious and troublesome, and, in
"""


def _sections(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


def test_sequence_number_stop_physiology_of_marriage():
    """The meditations are sections with their titles, under their parts."""
    assert _sections(_PHYSIOLOGY) == [
        (1, "FIRST PART."),
        (2, "MEDITATION I. THE SUBJECT."),
        (2, "MEDITATION II. MARRIAGE STATISTICS."),
        (2, "MEDITATION III. OF THE HONEST WOMAN."),
        (1, "SECOND PART"),
        (2, "MEDITATION X. A TREATISE ON MARITAL POLICY."),
        (2, "MEDITATION XI. INSTRUCTION IN THE HOME."),
        (2, "MEDITATION XII. THE HYGIENE OF MARRIAGE."),
    ]


def test_sequence_number_stop_candidate():
    """Clause sequence_number_stop: the line is a named sequence's candidate, numbered."""
    (c,) = hd.line_candidates("MEDITATION XII.", 0, 0, 15)
    assert (c.kind, c.series, c.value) == ("sequence", "seq:meditation", 12)


def test_sequence_number_stop_guard_end_of_act():
    """Lines "END OF ACT I." ... "END OF ACT III." close acts: no run of sections."""
    assert _sections(_PHILANDERER) == [(1, "ACT I"), (1, "ACT II"), (1, "ACT III")]


def test_sequence_number_stop_guard_arabic_number():
    """Only a Roman number takes the stop ("RUTH 1." is no candidate of this clause)."""
    assert [c.kind for c in hd.line_candidates("PSALMS 23.", 0, 0, 10)] != ["sequence"]


def test_sequence_subtitle_guard_mixed_case():
    """A line in mixed case under "MEDITATION I." (its first line of text) is no title."""
    text = _PHYSIOLOGY.replace("THE SUBJECT.", "The subject.")
    assert _sections(text)[1] == (2, "MEDITATION I.")


def test_english_ordinal_part_guard_lone_part():
    """A lone "FIRST PART." (no second part: The Physiology of Marriage, Part 1) stays
    no section: the ordinal series must advance."""
    first = _PHYSIOLOGY[: _PHYSIOLOGY.index("                             SECOND PART")]
    assert [t for _, t in _sections(first)] == [
        "MEDITATION I. THE SUBJECT.",
        "MEDITATION II. MARRIAGE STATISTICS.",
        "MEDITATION III. OF THE HONEST WOMAN.",
    ]


def test_english_ordinal_part_guard_mixed_case():
    """A "First Part" in mixed case (a table cell) is no candidate of the clause."""
    assert [c.kind for c in hd.line_candidates("First Part", 0, 0, 10)] != ["ordinal"]


def test_stop_sequence_keeps_layout_pope():
    """Clause stop_sequence_keeps_layout: "EPISTLE I." ... are no numbered chapters that
    turn off the layout rule: the advertisement, a title by its layout, stays a section
    (before, it ran on inside "EPISTLE III.")."""
    titles = [t for _, t in _sections(_POPE)]
    assert titles[:3] == ["EPISTLE I.", "EPISTLE II.", "EPISTLE III."]
    assert "ADVERTISEMENT." in titles


def test_english_ordinal_part_guard_parts_inside_a_chapter():
    """Guard part_holds_headings: "FIRST PART" / "SECOND PART" with no heading between
    them divide chapter XXI; they do not take the chapters under them as parts."""
    assert [s for s in _sections(_DICKENS) if s[0] == 1] == [
        (1, "CHAPTER XXI--ENGLAND UNDER HENRY THE FIFTH"),
        (1, "CHAPTER XXII--ENGLAND UNDER HENRY THE SIXTH"),
    ]


def test_english_ordinal_part_back_to_caps():
    """Guard part_back_to_caps: Nietzsche's Thus Spake Zarathustra prints a lone
    "THIRD PART." (its first parts are titled otherwise); unconfirmed, it is a line in
    capitals again (before the clause it was one, and a section of the book)."""
    from transforms.english_parts import part_back_to_caps

    (c,) = hd.line_candidates("THIRD PART.", 0, 0, 11)
    assert (c.kind, c.series, c.value) == ("ordinal", "ord:part", 3)
    (back,) = part_back_to_caps([c], advancing=set())
    assert (back.kind, back.series, back.rank) == ("caps", "caps", hd.CAPS_RANK)
    assert part_back_to_caps([c], advancing={0}) == [c]
