"""Session 54 (branch wtE): clause ``part_title_page_starts_it``'s drop of the headings that
stand on the part's title page (transforms.play_part_blocks), untested in session 53 (its
review's plant "dropped.update(...) off" was caught by no test: the excerpt's page holds no
confirmed heading).

Session 51's excerpt of Scott's Dryden vol. 4 (tests/data/en_gutenberg_dryden_vol4_parts_s51.txt,
rcdm-uga): the second part's title page "ALMANZOR AND ALMAHIDE:" / "OR, THE" / "CONQUEST OF
GRANADA" / "BY THE" / "SPANIARDS." / "A TRAGEDY." / "THE SECOND PART.". One line of the real page
is edited so that a heading stands on it: a confirmed named heading ("PROLOGUE." for "BY THE")
or the part's own line set twice ("THE SECOND PART." for "A TRAGEDY."). Without the drop each
stays as an empty section inside the part's page (seen: "PROLOGUE." at level 3, a second "THE
SECOND PART." at level 1).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from transforms.sections import find_sections

DATA = Path(__file__).parents[1] / "data"
PARTS = (DATA / "en_gutenberg_dryden_vol4_parts_s51.txt").read_text(encoding="utf-8")
SECOND = "ALMANZOR AND ALMAHIDE, OR, THE CONQUEST OF GRANADA. THE SECOND PART."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("\nBY THE\n", "\nPROLOGUE.\n"),
        ("A TRAGEDY.\n\nTHE SECOND PART.", "THE SECOND PART.\n\nTHE SECOND PART."),
    ],
)
def test_a_heading_on_the_title_page_is_dropped(old, new):
    assert PARTS.count(old) == 1
    text = PARTS.replace(old, new)
    sections = find_sections(text)[0]
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    k = next(k for k, s in enumerate(sections) if s.title == SECOND)
    second, after = sections[k], sections[k + 1]
    assert second.start == text.index("ALMANZOR AND ALMAHIDE:\n")
    # The page's lines are all in the part's own section: no heading between.
    assert after.title == "PROLOGUE" and after.start > text.index("CONQUEST OF GRANADA\n")
    page = text[second.start : second.end]
    assert new.strip().split("\n")[0] in page and "_--Stimulos dedit" in page
