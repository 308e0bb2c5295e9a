"""Clause ``gap_ends_plain_entries`` (``transforms.page_gaps``): clause ``gap_ends`` walks
back from the first page line found and takes a line that opens with a running head's
word; a contents list set without leader dots has its first entries' numbers below
that page's, a page or so before it, and read as heads.

Real text: Nietzsche, "The Antichrist", tr. H. L. Mencken (Knopf 1920; Project Gutenberg
19322): its contents list ("INTRODUCTION BY H. L. MENCKEN 7" / "AUTHOR'S PREFACE 37" /
"THE ANTICHRIST 41", no leader dots) and lines of Mencken's introduction, laid out as
pdftotext -layout pages 7-20 of the introduction: page 7 opens the chapter without a
head, the others carry "INTRODUCTION" and the page number (~40 lines a page, each
ending mid-sentence).
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.page_furniture import page_furniture

CONTENTS = [
    "CONTENTS",
    "",
    "",
    "                                            PAGE",
    "    INTRODUCTION BY H. L. MENCKEN              7",
    "    AUTHOR'S PREFACE                          37",
    "    THE ANTICHRIST                            41",
    "",
    "",
    "",
    "",
    "INTRODUCTION",
    "",
]
BODY = [
    'The first sketches for "The Will to Power" were made in 1884, soon after',
    'the publication of the first three parts of "Thus Spake Zarathustra,"',
    "and thereafter, for four years, Nietzsche piled up notes. They were",
    "written at all the places he visited on his endless travels in search of",
    "health--at Nice, at Venice, at Sils-Maria in the Engadine (for long his",
    "favourite resort), at Cannobio, at Zürich, at Genoa, at Chur, at",
    "Leipzig. Several times his work was interrupted by other books, first by",
    '"Beyond Good and Evil," then by "The Genealogy of Morals" (written in',
    "twenty days), then by his Wagner pamphlets. Almost as often he changed",
    'his plan. Once he decided to expand "The Will to Power" to ten volumes,',
    'with "An Attempt at a New Interpretation of the World" as a general',
    'sub-title. Again he adopted the sub-title of "An Interpretation of All',
    'That Happens." Finally, he hit upon "An Attempt at a Transvaluation of',
    'All Values," and went back to four volumes, though with a number of',
    "changes in their arrangement. In September, 1888, he began actual work",
    "upon the first volume, and before the end of the month it was completed.",
    "The Summer had been one of almost hysterical creative activity. Since",
    'the middle of June he had written two other small books, "The Case of',
    'Wagner" and "The Twilight of the Idols," and before the end of the year',
]


def _head(n: int) -> str:
    return f"{n}{' ' * 30}INTRODUCTION" if n % 2 == 0 else f"{' ' * 20}INTRODUCTION   {n}"


def _text() -> str:
    out = list(CONTENTS)
    for n in range(7, 21):
        body = [BODY[(k + n) % len(BODY)] for k in range(40)]
        while body[-1].endswith((".", ",", ")")):
            body.pop()  # the page ends mid-sentence
        if n > 7:
            out += [_head(n), ""]
        out += body
    return normalize_text("\n".join(out) + "\n")


def test_gap_ends_plain_entries_a_contents_entry_without_leaders_stays():
    text = _text()
    cut = {" ".join(text[e.start : e.end].split()) for e in page_furniture(text)}
    assert {" ".join(_head(n).split()) for n in range(8, 21)} <= cut  # the heads go
    assert not any("MENCKEN" in c for c in cut)
    clean = clean_text(text).text
    assert "INTRODUCTION BY H. L. MENCKEN 7" in " ".join(clean.split())
