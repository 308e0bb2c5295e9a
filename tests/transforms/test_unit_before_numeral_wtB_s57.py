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


def test_unit_before_numeral_title_guards():
    # review: a title opening with a mark, a title past 40 characters, five numerals
    for line in ("章一\u3000，", "节三 。", "章二 " + "论" * 41, "章一二三四五"):
        assert not [c for c in cjk_number_candidates(line, 0, 0, len(line)) if c.series == "cjk:章"]
        assert not [c for c in cjk_number_candidates(line, 0, 0, len(line)) if c.series == "cjk:节"]


_PROSE = "　　他们在院子里坐了很久，谁也没有说话。天色渐渐暗下来，远处传来几声狗叫。\n\n"


def _found(text: str) -> list[tuple[int, str]]:
    text = clean_text(normalize_text(text)).text
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


def test_unit_numeral_run_names_stay_prose():
    # clause unit_numeral_run (review): 章 is a surname and 章一 a Japanese given name: a letter
    # signed "章一", speaker lines that never count on (1, 3, 1, 3) are no chapters
    assert _found(_PROSE * 3 + "章一\n\n" + _PROSE * 3) == []
    speakers = "章一\u3000你来了\n\n章三\u3000嗯\n\n章一\u3000坐吧\n\n章三\u3000好\n\n"
    assert _found(_PROSE * 2 + speakers + _PROSE * 2) == []
    assert _found(_PROSE + "章一\u3000「おい」\n\n" + _PROSE) == []
    # ... while chapters that count on stand without a 卷 above them
    assert _found(_PROSE + "章一\n\n" + _PROSE + "章二\n\n" + _PROSE) == [(1, "章一"), (1, "章二")]
