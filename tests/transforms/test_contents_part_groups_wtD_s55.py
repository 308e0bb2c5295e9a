"""Clause ``contents_part_after_gap`` (session 55, transforms/contents_part_groups.py): a
contents list set out by numbered parts two blank lines apart goes on over its later parts;
the second part's line is no heading over the first part of the book.

Excerpts, byte for byte from rcdm-uga+Gutenberg_Text (Project Gutenberg):
- tests/data/en_gutenberg_manalive_parts_s55.txt: Chesterton, G. K. (Gilbert Keith)/
  Manalive.txt, the file's lines 72-112 (the "Table of Contents": "Part I: The Enigmas of
  Innocent Smith" and five chapters, two blank lines, "Part II: The Explanations of Innocent
  Smith" and five; the body's Part I and its first chapter's opening) and 2815-2845 (the
  body's Part II and its first chapter's opening).
- tests/data/en_gutenberg_kipling_ditties_volumes_s55.txt: Kipling, Rudyard/Departmental
  Ditties and Barrack Room Ballads.txt, lines 30-120 (the title, the CONTENTS: "VOLUME I:
  DEPARTMENTAL DITTIES AND OTHER VERSES" / blank / 16 poems, two blank lines, "VOLUME II:
  BALLADS AND BARRACK-ROOM BALLADS" / blank / 29 poems; the Prelude's opening) and
  1855-1890 (the body's "VOLUME II BALLADS AND BARRACK-ROOM BALLADS" and its first ballad).
On base55 the list stopped at its first gap: "Part II: The Explanations of Innocent Smith"
(279 characters: the rest of the list) and "VOLUME II: BALLADS AND BARRACK-ROOM BALLADS"
(1,078: the rest of the list and the Prelude) stood as sections (session 54's Manalive,
session 55's Kipling).
"""

from __future__ import annotations

from pathlib import Path

from transforms.clean import clean_text
from transforms.contents import scan_lines
from transforms.contents_part_groups import part_group
from transforms.normalize import normalize_text
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parent.parent / "data"
MANALIVE = DATA / "en_gutenberg_manalive_parts_s55.txt"
KIPLING = DATA / "en_gutenberg_kipling_ditties_volumes_s55.txt"


BODY_PART2 = "                           Part II\r\n"


def _text(path: Path, *changes: tuple[str, str]) -> str:
    raw = path.read_bytes().decode("utf-8")
    for old, new in changes:
        assert raw.count(old) == 1
        raw = raw.replace(old, new)
    return clean_text(normalize_text(raw)).text


def _titles(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections[1:]]


def test_manalive_second_part_entry_is_no_heading():
    assert _titles(_text(MANALIVE)) == [
        (1, "Part I The Enigmas of Innocent Smith"),
        (2, "Chapter I"),
        (1, "Part II The Explanations of Innocent Smith"),
        (2, "Chapter I"),
    ]


def test_kipling_second_volume_entry_is_no_heading():
    text = _text(KIPLING)
    titles = _titles(text)
    assert titles == [
        (1, "VOLUME II BALLADS AND BARRACK-ROOM BALLADS"),
        (2, "THE BALLAD OF EAST AND WEST"),
    ]
    sections, _ = find_sections(text)
    # The untitled opening holds the whole list and the Prelude (nothing lost, nothing split).
    assert "Route-Marchin'" in text[: sections[1].start]
    assert "I have eaten your bread and salt" in text[: sections[1].start]


def _group_at(text: str, part: str) -> int | None:
    lines = scan_lines(text)
    start = next(i for i, t in enumerate(lines.texts) if "Contents" in t or t == "CONTENTS")
    j = next(i for i, t in enumerate(lines.texts) if t.startswith(part))
    end = j
    while lines.blank[end - 1]:
        end -= 1
    return part_group(lines, start, end + 2, j)


def test_part_group_takes_the_next_part_only():
    text = _text(MANALIVE)
    last = _group_at(text, "Part II: The Explanations")
    assert last is not None
    assert scan_lines(text).texts[last].startswith("V. How the Great Wind went")
    # Clause part_next_number: "Part III" after "Part I" is no next part (the body's line
    # renamed too, so only the number's order refuses it).
    skipped = _text(
        MANALIVE,
        ("Part II: The Explanations", "Part III: The Explanations"),
        (BODY_PART2, BODY_PART2.replace("Part II", "Part III")),
    )
    assert _group_at(skipped, "Part III: The Explanations") is None
    # Another division word ("Book II" under "Part I") is no part of this list.
    other = _text(
        MANALIVE,
        ("Part II: The Explanations", "Book II: The Explanations"),
        (BODY_PART2, BODY_PART2.replace("Part II", "Book II")),
    )
    assert _group_at(other, "Book II: The Explanations") is None


def test_a_part_the_body_does_not_name_again_is_not_taken():
    # The body's "Part II" line renamed: no later line names the part, so the group is not
    # taken (a body's own part heading after a list is never repeated after it).
    text = _text(MANALIVE, (BODY_PART2, BODY_PART2.replace("Part", "Half")))
    assert _group_at(text, "Part II: The Explanations") is None


# Review (session 55, second engineer): the group's shape guards, each alone on the real
# Manalive list with one change; each assertion fails with its guard removed (plants).
LAST_ENTRY = "      V.   How the Great Wind went from Beacon House\r\n"


def test_part_group_needs_a_gap_after_it():
    # One blank line (not two) between Part II's group and the body: no gap, not taken.
    text = _text(MANALIVE, (LAST_ENTRY + "\r\n\r\n\r\n", LAST_ENTRY + "\r\n"))
    assert _group_at(text, "Part II: The Explanations") is None


def test_part_group_of_heading_lines_only():
    # A line longer than a heading line (hd.MAX_LINE, 150) inside the group: not taken.
    long_entry = LAST_ENTRY.rstrip("\r\n") + ", and of the Wind's Return" * 5 + "\r\n"
    assert len(long_entry) > 150
    text = _text(MANALIVE, (LAST_ENTRY, long_entry))
    assert _group_at(text, "Part II: The Explanations") is None


def test_part_group_at_most_max_part_lines():
    # A group of 61+ lines is a part of the body, not of the list (MAX_PART_LINES, 60).
    text = _text(MANALIVE, (LAST_ENTRY, LAST_ENTRY * 60))
    assert _group_at(text, "Part II: The Explanations") is None


def test_body_line_naming_the_part_is_short():
    # The only later "Part II" line is a paragraph longer than a heading line: the body
    # names no part II, so the group is not taken.
    para = "Part II" + " of the inquiry was held in the dining-room of the Dukes" * 3 + "\r\n"
    assert len(para.strip()) > 150
    text = _text(MANALIVE, (BODY_PART2, para))
    assert _group_at(text, "Part II: The Explanations") is None
