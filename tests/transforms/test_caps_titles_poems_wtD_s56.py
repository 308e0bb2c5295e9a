"""Clause caps_titles_off_ladder (transforms/section_paths.py, session 56), review: a second
book of another kind, with the ranks the pipeline itself finds (no added headings).

Excerpt tests/data/en_gutenberg_wilde_charmides_s56.txt, byte for byte, from the rcdm-uga
Gutenberg mirror, "Wilde, Oscar/Charmides, and Other Poems.txt", its lines 1-8, 75-140,
451-470, 839-860, 903-934, 960-1044, 1878-1960 and 2085-2106 (the contents; "CHARMIDES" and
the openings of its parts "I." "II." "III"; "REQUIESCAT"; "ROME UNVISITED" and its parts
"I." .. "IV."; "IN THE FOREST", "SYMPHONY IN YELLOW", the group title "SONNETS" and two
sonnets; "THE NEW REMORSE"). The group title "SONNETS" is a caps title a rank under the
poems' titles; on the ladder of clause low_ranks_in_order it stood over the parts' bare
numerals, which read 3 under their poem at 1."""

from __future__ import annotations

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.section_paths import section_paths
from transforms.sections import find_sections

DATA = Path(__file__).resolve().parents[1] / "data" / "en_gutenberg_wilde_charmides_s56.txt"


def _sections():
    raw = DATA.read_bytes().decode("utf-8")
    sections, _ = find_sections(clean_text(normalize_text(raw)).text)
    return sections


def test_poem_parts_one_level_under_their_poem():
    sections = _sections()
    titles = [s.title for s in sections]
    for poem, parts in (
        ("CHARMIDES", ["I.", "II.", "III"]),
        ("ROME UNVISITED", ["I.", "II.", "III.", "IV."]),
    ):
        i = titles.index(poem)
        assert sections[i].level == 1
        got = sections[i + 1 : i + 1 + len(parts)]
        assert [s.title for s in got] == parts
        assert {s.level for s in got} == {2}, (poem, [(s.title, s.level) for s in got])


def test_no_level_skipped_under_a_parent():
    sections = _sections()
    for s, path in zip(sections, section_paths(sections), strict=True):
        if s.level and len(path) > 1:
            assert s.level == len(path), (s.title, s.level, path)
