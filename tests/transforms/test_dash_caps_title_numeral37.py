"""Clause dash_caps_title_numeral (transforms.section_titles, session 37): clause
dash_caps_title under a numeral heading too. Real text (GitHub rcdm-uga/Gutenberg_Text):
Wodehouse's A Prefect's Uncle, chapters [5]-[7], paragraphs abridged."""

from transforms.sections import find_sections

_PREFECT = """[5]

FARNIE GETS INTO TROUBLE--


It was perhaps only natural that Farnie, having been warned so strongly
of the inadvisability of having anything to do with Monk, should for
that very reason be attracted to him. Nobody ever wants to do anything
except what they are not allowed to do.

'That'll be all right,' he said. And the money changed hands.




[6]

--AND STAYS THERE


'I say,' said Baker of Jephson's excitedly some days later, reeling
into the study which he shared with Norris, '_have_ you seen the
team the M.C.C.'s bringing down?'

At nearly every school there is a type of youth who asks this question
on the morning of the M.C.C. match.




[7]

THE BISHOP GOES FOR A RIDE


The M.C.C. match opened auspiciously. Norris, for the first time that
season, won the toss. Tom Brown, we read, in a similar position, 'with
the true Rugby spirit' chose to take the field first.
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in find_sections(text)[0] if s.title]


def test_dash_caps_title_numeral_prefects_uncle():
    assert _titles(_PREFECT) == [
        "[5] FARNIE GETS INTO TROUBLE--",
        "[6] --AND STAYS THERE",
        "[7] THE BISHOP GOES FOR A RIDE",
    ]


def test_dash_caps_title_numeral_guard_speech():
    """A line of speech in mixed case opening with a dash under "[6]" stays text."""
    text = _PREFECT.replace("--AND STAYS THERE", "--And Stays There, said Norris")
    assert _titles(text)[1] == "[6]"
