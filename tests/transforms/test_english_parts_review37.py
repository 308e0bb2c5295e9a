"""Review of session 37's english_ordinal_part (transforms.headings, branch wtE).

Clause english_ordinal_part_numeral (transforms.section_titles): a bare number under an
english ordinal part line is the number of the part's first chapter, not the part's
title. Real text (GitHub rcdm-uga/Gutenberg_Text, The Lock and Key Library: American,
Brown's Wieland, each chapter cut to its first lines): "SECOND PART" / "I" had become
the section "SECOND PART I" (its lone chapter "I" confirms by no numbering; on main
neither line was a section)."""

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
