"""The inner conditions of clause ``contents_group_spaced`` (session 54,
transforms/contents_groups.py ``_first_group`` / ``_spaced_group``), each on its own.

Session 54's review found five conditions no test caught: a blank line inside the list's first
group, a gap of two blank lines after a later group, the guards ``group_not_listed_before`` /
``_named_later``, no line longer than a heading line (``MAX_LINE``) and the indentation of
each line. Each test below is the real Yule Logs list (the excerpt of
test_contents_groups_spaced_wtD_s54: tests/data/en_gutenberg_yule_logs_1898_contents_s54.txt,
byte for byte from rcdm-uga+Gutenberg_Text, Henty's Yule Logs: Longmans' Christmas Annual for
1898, lines 89-152 and five stories' openings) with one change that the condition under test
alone must refuse; the list then ends after its first group. Each fails with its condition
removed (session 55's plants).

The list is read as the stage reads it: normalized and cleaned (the cleaned text sets every
list line one space in), scanned by ``scan_lines``; ``groups_after_gap`` gets the region from
the CONTENTS line to the line after the first group's gap.
"""

from __future__ import annotations

from pathlib import Path

from transforms.clean import clean_text
from transforms.contents import scan_lines
from transforms.contents_groups import groups_after_gap
from transforms.normalize import normalize_text

YULE = (
    Path(__file__).resolve().parent.parent / "data" / "en_gutenberg_yule_logs_1898_contents_s54.txt"
)
RAW = YULE.read_bytes().decode("utf-8").split("\r\n")
ENTRY2 = '  THE VENTURE OF THE "BERTHA" WHALER. By HENRY FRITH                    39'
ILLUS2 = "       _Illustrated by_ W. H. OVEREND."


def _end(raw_lines: list[str]) -> tuple[int, list[str]]:
    """The list's end after ``groups_after_gap`` and the cleaned lines."""
    text = clean_text(normalize_text("\r\n".join(raw_lines))).text
    lines = scan_lines(text)
    start = lines.texts.index("CONTENTS")
    first = next(i for i, t in enumerate(lines.texts) if "FRED. T. JANE" in t)
    return groups_after_gap(lines, start, first + 3), lines.texts


def _line(texts: list[str], part: str) -> int:
    return next(i for i, t in enumerate(texts) if part in t)


def _after_first_group(raw_lines: list[str]) -> None:
    end, texts = _end(raw_lines)
    assert end == _line(texts, "THE VENTURE OF THE"), texts[end]


def test_the_real_list_runs_to_the_last_story_its_body_names():
    # _named_later: the excerpt's body opens five stories; the sixth entry, BY DEFAULT OF THE
    # ENGINEER, names no line after it here, so the list ends before it (without the check
    # the list would take all 11 groups).
    end, texts = _end(RAW)
    # (a spaced group's list ends on the second blank line of the gap after it)
    assert end == _line(texts, "BY DEFAULT OF THE ENGINEER. By FRANKLIN FOX") - 1
    assert texts[end] == "" and "C. J. STANILAND" in texts[end - 2]


def test_a_group_with_no_blank_line_inside_is_not_this_clauses_shape():
    # _first_group: the shape needs a blank line inside the group (entry / blank / line under
    # it). Without the blank lines, entry and byline-like line at one indentation are the
    # shape of two plain entries, which session 49's contents_group_after_gap judges.
    raw = list(RAW)
    for i in range(len(raw) - 2, 0, -1):
        if raw[i] == "" and "_Illustrated by_" in raw[i + 1] and raw[i - 1].strip():
            del raw[i]
    _after_first_group(raw)


def test_a_group_without_a_gap_after_it_is_no_group():
    # _spaced_group: a gap of two blank lines (or the text's end) follows the group; with
    # one blank line after it the second story's lines run on into the next (prose or a
    # title page's lines do).
    raw = list(RAW)
    i = raw.index(ILLUS2)
    assert raw[i + 1] == "" and raw[i + 2] == ""
    del raw[i + 1]
    _after_first_group(raw)


def test_a_group_naming_an_entry_listed_already_ends_the_list():
    # Guard group_not_listed_before: the body's heading of a listed entry is not one more entry.
    raw = list(RAW)
    raw[raw.index(ENTRY2)] = ENTRY2.replace(
        'THE VENTURE OF THE "BERTHA" WHALER', "A FIGHTING MERMAID"
    )
    end, texts = _end(raw)
    assert end == _line(texts, "A FIGHTING MERMAID. By HENRY FRITH")


def test_a_group_with_a_paragraph_line_is_no_group():
    # No line longer than a heading line (hd.MAX_LINE, 150 characters): a paragraph is prose.
    raw = list(RAW)
    raw[raw.index(ILLUS2)] = (
        "       " + "Illustrated by W. H. OVEREND, with drawings of the ship " * 3
    )
    assert len(raw[raw.index(ENTRY2) + 2].strip()) > 150
    _after_first_group(raw)


def test_a_group_indented_otherwise_is_no_group():
    # The shape's indentation: the line under the entry stands as far in as the first group's
    # (here one space after cleaning); at the margin it is no line of the list's shape.
    raw = list(RAW)
    raw[raw.index(ILLUS2)] = ILLUS2.strip()
    _after_first_group(raw)
