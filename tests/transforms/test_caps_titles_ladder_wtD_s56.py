"""Clause caps_titles_off_ladder (transforms/section_paths.py, session 56): a title in
capitals ranked under NAMED_RANK is a named title, not a kind of division under a chapter,
and stays off the ladder of clause low_ranks_in_order.

Excerpt tests/data/en_gutenberg_king_arthur_parts_s56.txt, byte for byte, from the
rcdm-uga Gutenberg mirror, "Lang, Andrew/Tales of King Arthur and the Round Table, Adapted
from the Book of Romance.txt", its lines 139-168, 203-222, 318-330, 1362-1376, then nine
lines from each of 1462, 1515, 1637, 1697, 1765, 1817, 1852, 1898, 1985 and 2046, then
2145-2162, 2424-2434, 2957-2972, 3776-3786 (the contents, PART I and two stories, PART II
and its chapters "I." .. "XI.", PART III and IV and their stories), bodies cut short.

On the whole book ``find_headings`` ranks PART I's stories 20, PART III's and IV's 22
(caps) and PART II's chapters 40 (numerals); in the excerpt the numerals' bodies are too
short to be confirmed, so the test adds them at the rank they get in the whole book."""

from __future__ import annotations

import re
from pathlib import Path

from transforms.clean import clean_text
from transforms.heading_candidate import NAMED_RANK
from transforms.normalize import normalize_text
from transforms.section_paths import section_paths, sections_from_headings
from transforms.sections import Heading, find_sections

DATA = Path(__file__).resolve().parents[1] / "data" / "en_gutenberg_king_arthur_parts_s56.txt"
NUMERAL = re.compile(r"^ *([IVX]+\.) *$", re.MULTILINE)


def _text() -> str:
    raw = DATA.read_bytes().decode("utf-8")
    return clean_text(normalize_text(raw)).text


def _book_headings(text: str) -> list[Heading]:
    _, found = find_sections(text)
    numerals = [
        Heading(m.start(1), m.end(1), m.group(1), "numeral", 40) for m in NUMERAL.finditer(text)
    ]
    return sorted(found + numerals, key=lambda h: h.start)


def test_excerpt_ranks_as_in_the_book():
    """The excerpt's own headings: PART I's stories at NAMED_RANK, the later parts' a rank
    under it, all kind caps (the condition of the clause); eleven chapter numerals."""
    text = _text()
    heads = _book_headings(text)
    caps = {h.title: h.rank for h in heads if h.kind == "caps"}
    assert caps["THE DRAWING OF THE SWORD."] == NAMED_RANK
    assert caps["THE FAIR MAID OF ASTOLAT."] > NAMED_RANK
    assert caps["THE END OF IT ALL."] > NAMED_RANK
    assert [h.title for h in heads if h.kind == "numeral"][:3] == ["I.", "II.", "III."]
    assert sum(h.kind == "numeral" for h in heads) == 11


def test_part_two_chapters_one_level_under_their_part():
    """PART II's chapters sit at 2 right under PART II (1), like the other parts' stories;
    without the clause the caps rank 22 stood on the ladder over rank 40 and the chapters
    read 3 with nothing at 2 above them."""
    text = _text()
    sections = sections_from_headings(text, _book_headings(text))
    levels = {s.title: s.level for s in sections}
    assert levels["PART II. THE QUEST OF THE HOLY GRAAL."] == 1
    chapters = [s for s in sections if NUMERAL.fullmatch(s.title)]
    assert len(chapters) == 11
    assert {s.level for s in chapters} == {2}
    assert levels["THE DRAWING OF THE SWORD."] == levels["THE FAIR MAID OF ASTOLAT."] == 2
    # invariant: no section sits two levels under its parent
    paths = section_paths(sections)
    for s, path in zip(sections, paths, strict=True):
        if s.level:
            assert s.level == len(path), (s.title, s.level, path)
