"""Session 53 (branch wtE): clause ``part_title_page_starts_it`` (transforms.play_part_blocks).

Scott's Dryden vol. 4, session 51's excerpt tests/data/en_gutenberg_dryden_vol4_parts_s51.txt
(see tests/transforms/test_play_parts_wtE_s52.py): the second part's title page
"ALMANZOR AND ALMAHIDE:" / "OR, THE" / "CONQUEST OF GRANADA" / "BY THE" / "SPANIARDS." /
"A TRAGEDY." / "THE SECOND PART." (one blank line between two) over its prologue. Session 52
named the part on its last line; the six lines above stayed at the end of the first part.
"""

from __future__ import annotations

from pathlib import Path

from transforms.contents import scan_lines
from transforms.play_part_blocks import _page_top
from transforms.sections import find_sections

DATA = Path(__file__).parents[1] / "data"
PARTS = (DATA / "en_gutenberg_dryden_vol4_parts_s51.txt").read_text(encoding="utf-8")
SECOND = "ALMANZOR AND ALMAHIDE, OR, THE CONQUEST OF GRANADA. THE SECOND PART."


def _second(text):
    sections = find_sections(text)[0]
    assert sections[0].start == 0 and sections[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    k = next(k for k, s in enumerate(sections) if s.title == SECOND)
    return sections[k - 1], sections[k]


def test_the_second_part_starts_on_its_title_page():
    before, second = _second(PARTS)
    # base53: the part started at "THE SECOND PART.", its page's lines in the first part.
    assert second.start == PARTS.index("ALMANZOR AND ALMAHIDE:\n")
    assert "SPANIARDS." not in PARTS[before.start : before.end]
    assert "A TRAGEDY." in PARTS[second.start : second.end]
    assert PARTS[before.start : before.end].rstrip().endswith("* * * * *")


def test_prose_over_the_part_keeps_its_start():
    # Guard: a line of text (not a title page's capitals) right over the part heading: the
    # part starts on its own line, as before.
    text = PARTS.replace(
        "A TRAGEDY.\n\nTHE SECOND PART.", "A tragedy in verse.\n\nTHE SECOND PART."
    )
    _, second = _second(text)
    assert second.start == text.index("THE SECOND PART.\n\n\n")


def test_a_long_column_of_capitals_is_no_title_page():
    # Review (session 53): the page is at most _PAGE_LINES lines; a longer column of capitals
    # over the part heading (names, a list) is no title page: no start found.
    lines = scan_lines(PARTS)
    part = lines.texts.index("THE SECOND PART.")
    assert lines.texts[_page_top(lines, part)] == "ALMANZOR AND ALMAHIDE:"
    column = "\n\n".join(f"NAME NUMBER {n}." for n in range(9)) + "\n\nTHE SECOND PART."
    longer = scan_lines(PARTS.replace("A TRAGEDY.\n\nTHE SECOND PART.", column))
    assert _page_top(longer, longer.texts.index("THE SECOND PART.")) is None
