"""Clause ballad_fyttes (transforms.headings, session 34): a ballad's fyttes are its
parts, under its title. Real text: Morley's A Bundle of Ballads (Chevy Chase, Adam Bell)
as clean_text leaves it, long lines cut."""

from transforms import headings as hd
from transforms.sections import find_sections

_BALLADS = """



CHEVY CHASE

 The Percy out of Northumberland, and avow to God made he
 That he would hunt in the mountains of Cheviot within days three,
 In the maugre of doughty Douglas and all that ever with him be, The fattest harts in all Cheviot he said he would kill
 "By my faith," said the doughty Douglas again, "I will let that hunting if that I may!"
 Then the Percy out of Bamborough came, with him a mighty mean-y;
 I wot you ben great lord-es two, I am a poor squire of land;
 I will never see my captain fight on a field, and stand myself and look on;
 But while I may my weapon wield I will fight both heart and hand."
 That day, that day, that dreadful day: the first fytte here I find, An you will hear any more of the hunting of the Che



SECOND FYTTE.

 The English men had their bows ybent, their hearts were good enow;
 The first of arrows that they shot off, sevenscore spearmen they slowe.
 Much more ought they to God obey,
 And serve but Him alone.




ADAM BELL, CLYM OF THE CLOUGH, AND WILLIAM OF CLOUDESLIE.

 THE FIRST FYTTE.

 Merry it was in green for-est,
 Among the leav-es green,
 Where that men walk both east and west
 With bows and arrows keen,
 To raise the deer out of their den,
"""


def test_ballad_fyttes_under_the_ballad_titles():
    """ "SECOND FYTTE." and "THE FIRST FYTTE." sit under their ballads' titles (before:
    "SECOND FYTTE." at the titles' level, "THE FIRST FYTTE." no section)."""
    sections, _ = find_sections(_BALLADS)
    assert [(s.level, s.title) for s in sections if s.title] == [
        (1, "CHEVY CHASE"),
        (2, "SECOND FYTTE."),
        (1, "ADAM BELL, CLYM OF THE CLOUGH, AND WILLIAM OF CLOUDESLIE."),
        (2, "THE FIRST FYTTE."),
    ]


def test_ballad_fyttes_old_spellings_and_numbers():
    """The Geste of Robin Hood's "THE SECONDE FYTTE.", "THE THYRDE FYTTE." count 2, 3."""
    values = [hd.line_candidates(t, 0, 0, len(t))[0].value
              for t in ("THE SECONDE FYTTE.", "THE THYRDE FYTTE.", "THE EIGHTH FYTTE.")]  # fmt: skip
    assert values == [2, 3, 8]


def test_ballad_fyttes_guard_no_ordinal_is_no_fytte():
    """Guard: "THE FIT" (no ordinal) and a fytte in a sentence are no fytte lines."""
    assert [c.kind for c in hd.line_candidates("THE FIT", 0, 0, 7)] == ["caps"]
    line = "That day, that day, that dreadful day: the first fytte here I find"
    assert all(c.series != "kw:fytte" for c in hd.line_candidates(line, 0, 0, len(line)))
