"""Clause unit_before_numeral (``transforms.cjk_numbers``): "章一" lines, the unit before a
Chinese numeral, are chapters under the book's "卷一" parts.

Excerpt: hankinghu/literature-books 形而上学.txt (亚里士多德, 吴寿彭 tr.) lines 7-31, byte for
byte (UTF-8, CRLF/LF as in the source): tests/data/zh_hankinghu_xingershangxue_zhang_s57.txt.
"""

import os

from transforms.cjk_numbers import cjk_number_candidates
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections

DATA = os.path.join(os.path.dirname(__file__), "..", "data")


def _sections(name: str) -> list[tuple[int, str]]:
    with open(os.path.join(DATA, name), encoding="utf-8", newline="") as f:
        text = clean_text(normalize_text(f.read())).text
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


def test_zhang_lines_are_chapters_under_the_juan():
    found = _sections("zh_hankinghu_xingershangxue_zhang_s57.txt")
    assert found == [(1, "卷一"), (2, "章一"), (2, "章二")]  # base: [(1, "卷一 章一")]


def test_unit_before_numeral_values_and_titles():
    (one,) = cjk_number_candidates("章一", 0, 0, 2)
    assert (one.series, one.value, one.rank) == ("cjk:章", 1, 20)
    (twelve,) = cjk_number_candidates("章十二", 0, 0, 3)
    assert twelve.value == 12
    (titled,) = cjk_number_candidates("节三\u3000论实体", 0, 0, 6)
    assert (titled.series, titled.value, titled.title) == ("cjk:节", 3, "节三 论实体")


def test_unit_before_numeral_leaves_prose():
    # glued words and sentences are prose, not "章N" headings
    for line in ("章一是我的朋友", "章三 他走了。", "章一，", "章"):
        assert not [c for c in cjk_number_candidates(line, 0, 0, len(line)) if c.series == "cjk:章"]
