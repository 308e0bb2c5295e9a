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
    """"END OF ACT I." ... "END OF ACT III." close acts: no run of sections."""
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
    """"First Part" in mixed case (a table's cell) is no candidate of the clause."""
    assert [c.kind for c in hd.line_candidates("First Part", 0, 0, 10)] != ["ordinal"]
