"""Session 53 (branch wtE): clause ``listed_or_title`` (transforms.reader_titles, read by
``Contents.listed``) and guard ``prologue_over_listed_play`` (transforms.work_titles).

Scott's Dryden vol. 5 (rcdm-uga mirror, "Scott, Walter/The Works of John Dryden, now first
collected in eighteen volumes. Volume 05.txt", CRLF as in the file):
tests/data/en_gutenberg_dryden_vol5_amboyna_s53.txt holds its lines 31-170 (title page, the
contents "Amboyna; or the Cruelties of the Dutch to the English Merchants, a" / "Tragedy",
Amboyna's title page, "AMBOYNA." over the editor's introduction, its first paragraphs), 386-500
(PROLOGUE, persons, "AMBOYNA." over "ACT I.", its first speeches) and 860-880 ("ACT II. SCENE
I."), byte for byte. "AMBOYNA." (7 letters) was too short to name the entry it begins
(``MIN_READER_CHARS``): in the whole volume the title page, the introduction and the Epistle
Dedicatory were untitled text of "VOL. V." (session 52's Left).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text
from transforms.reader_titles import or_title_entry
from transforms.sections import find_sections

DATA = Path(__file__).parents[1] / "data"
RAW = (DATA / "en_gutenberg_dryden_vol5_amboyna_s53.txt").read_bytes().decode("utf-8")
TEXT = clean_text(normalize_text(RAW), CleanConfig()).text


def test_the_short_title_heads_the_introduction():
    sections = find_sections(TEXT)[0]
    assert sections[0].start == 0 and sections[-1].end == len(TEXT)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    intro = TEXT.index("The tragedy of Amboyna, as it was justly termed")
    holder = next(s for s in sections if s.start <= intro < s.end)
    # base53: the introduction was in an untitled run after the contents.
    assert holder.title == "AMBOYNA."
    # Session 54 (clause title_page_over_its_work, transforms.work_page_tops): the heading
    # starts on the play's title page "AMBOYNA:" (session 53 pinned "AMBOYNA.", its Left).
    assert TEXT[holder.start :].startswith("AMBOYNA:\n")
    # One AMBOYNA. heading: the second one over ACT I adds none.
    assert [s.title for s in sections].count("AMBOYNA.") == 1
    assert [s.title for s in sections][-4:] == [
        "ACT I.",
        "SCENE I.--A Castle on the Sea.",
        "ACT II.",
        "SCENE I.",
    ]


ENTRIES = [
    "amboyna; or the cruelties of the dutch to the english merchants, a",
    "aureng-zebe, a tragedy",
    "all for love, or the world well lost, a tragedy",
    "from; or the others",  # review: only the function-word guard stops "from"
    "act; or the beginning",  # review: only MIN_OR_TITLE_CHARS stops "act"
]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("amboyna", 0),  # "; or": the entry's first title is the whole of it
        ("all for love", 2),  # ", or"
        ("aureng", None),  # begins an entry, no "or" after it
        ("amboy", None),  # a word's beginning, not a title
        ("of", None),  # a function word names nothing
        ("from", None),  # review: 4 letters, a function word all the same
        ("act", None),  # under MIN_OR_TITLE_CHARS letters
    ],
)
def test_or_title_entry(head, expected):
    assert or_title_entry(head, ENTRIES) == expected


def test_no_or_title_without_or():
    assert or_title_entry("amboyna", ["amboyna; orations of the dutch"]) is None
    assert or_title_entry("amboyna", ["amboyna, a tragedy"]) is None
