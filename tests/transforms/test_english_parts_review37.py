"""Review of session 37's english_ordinal_part (transforms.headings, branch wtE).

Clause english_ordinal_part_numeral (transforms.section_titles): a bare number under an
english ordinal part line is the number of the part's first chapter, not the part's
title. Real text (GitHub rcdm-uga/Gutenberg_Text, The Lock and Key Library: American,
Brown's Wieland, each chapter cut to its first lines): "SECOND PART" / "I" had become
the section "SECOND PART I" (its lone chapter "I" confirms by no numbering; on main
neither line was a section).

Clause stop_sequence_keeps_layout (transforms.heading_confirmation), review: its use in
the numbered-chapters test was caught by no test (the session's Pope excerpt ends before
the satires' text, so their titles had no 500 characters under them either way); Pope's
An Essay on Man with the first two satires' opening lines (same repository)."""

from tests.transforms.test_meditation_sequence37 import _POPE as _POPE_OPENING
from transforms.sections import find_sections

_WIELAND = """FIRST PART

I

Wieland's Madness


[As the story opens, the narratress, Clara Wieland, is entering
upon the happy realization of her love for Henry Pleyel, closest
friend of her brother "Wieland."

Their woodland home, Mettingen, on the banks of the then remote
Schuylkill, is the abode of music, letters and thorough culture.
The peace of high thinking and simple outdoor life hovers over
all.]


One sunny afternoon I was standing in the door of my house, when I
marked a person passing close to the edge of the bank that was in
front.  His pace was a careless and lingering one, and had none of


II


I will enumerate the various inquiries and conjectures which these
incidents occasioned.  After all our efforts, we came no nearer to
dispelling the mist in which they were involved; and time, instead
of facilitating a solution, only accumulated our doubts.


III


As soon as evening arrived, I performed my visit.  Carwin made one
of the company into which I was ushered.  Appearances were the same
as when I before beheld him.  His garb was equally negligent and
rustic.  I gazed upon his countenance with new curiosity.  My


SECOND PART


I


[As this part opens, the unhappy Clara is describing her hurried
return to the same ill-fated abode at Mettingen.  Hence kind
friends had borne her after the catastrophe of her brother
Wieland's "transformation."  This was the crowning horror of all:
the morbid fanatic, prepared by gloomy anticipations of some
terrible sacrifice to be demanded in the name of religion, had


THIRD PART


I


[After Carwin's confession of his powers of ventriloquism all the
mysteries are cleared up--save one.  The owner of the voice heard
in Clara's chamber, on the first night after the wanderer appeared
at Mettingen; the threatener on the edge of the precipice; the spy
in Clara's closet, and would-be intruder; the manipulator of the
vile plot that destroyed her lover's confidence--all these hidden


II


A few words more and I lay aside the pen forever.  Yet why should I
not relinquish it now?  All that I have said is preparatory to this
scene, and my fingers, tremulous and cold as my heart, refuse any
further exertion.  This must not be.  Let my last energies support
"""


def _sections(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


def test_english_ordinal_part_numeral_wieland():
    """The part line keeps its own title; the numeral under it is no part of it."""
    assert _sections(_WIELAND) == [
        (1, "FIRST PART"),
        (2, "I Wieland's Madness"),
        (2, "II"),
        (2, "III"),
        (1, "SECOND PART"),
        (1, "THIRD PART"),
        (2, "I"),
        (2, "II"),
    ]


_POPE = (
    _POPE_OPENING
    + """   F. I'd write no more.  P. Not write? but then I think,
And for my soul I cannot sleep a wink.
I nod in company, I wake at night,
Fools rush into my head, and so I write.
   F. You could not do a worse thing for your life.
Why, if the nights seem tedious--take a wife:
Or rather truly, if your point be rest,
Lettuce and cowslip wine: Probatum est.
But talk with Celsus, Celsus will advise
Hartshorn, or something that shall close your eyes.
Or, if you needs must write, write Caesar's praise,
You'll gain at least a knighthood, or the bays.
   P. What? like Sir Richard, rumbling, rough, and fierce,
With arms, and George, and Brunswick crowd the verse,
Rend with tremendous sound your ears asunder,
With gun, drum, trumpet, blunderbuss, and thunder?
Or nobly wild, with Budgel's fire and force,
Paint angels trembling round his falling horse?
   F. Then all your muse's softer art display,
Let Carolina smooth the tuneful lay,
Lull with Amelia's liquid name the nine,
And sweetly flow through all the royal line.
   P. Alas! few verses touch their nicer ear;
They scarce can bear their laureate twice a year;
And justly Caesar scorns the poet's lays:
In such a cause the plaintiff would be hissed;
My lords the judges laugh, and you're dismissed.



THE SECOND SATIRE OF THE SECOND BOOK OF HORACE.


SATIRE II.  TO MR. BETHEL.


What, and how great, the virtue and the art
To live on little with a cheerful heart
(A doctrine sage, but truly none of mine),
Let's talk, my friends, but talk before we dine.
Not when a gilt buffet's reflected pride
Turns you from sound philosophy aside;
Not when from plate to plate your eyeballs roll,
And the brain dances to the mantling bowl.
   Hear Bethel's sermon, one not versed in schools,
But strong in sense, and wise without the rules.
   Go work, hunt, exercise! (he thus began)
Then scorn a homely dinner, if you can.
Your wine locked up, your butler strolled abroad,
Or fish denied (the river yet unthawed),
If then plain bread and milk will do the feat,
"""
)


def test_stop_sequence_keeps_layout_pope_satires():
    """The epistles ("EPISTLE I." ...) do not count as numbered chapters: the satires' titles in
    capitals stay sections by their layout (planted out: both lost, as 16 in the book)."""
    assert [t for _, t in _sections(_POPE)][-2:] == [
        "SATIRE I. TO MR. FORTESCUE.",
        "SATIRE II. TO MR. BETHEL.",
    ]
