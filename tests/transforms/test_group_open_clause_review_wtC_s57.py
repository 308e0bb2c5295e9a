"""Session 57 review (branch wtC): guards of clauses ``group_word_unit`` (transforms/headings.py)
and ``title_after_open_clause`` (transforms/cjk_title_bylines.py, asked by ``_title_lines`` in
transforms/cjk_titles.py) that the branch's own tests did not hold (plants not caught):
a spaced "第三集 团聚" is a volume and its title, the traditional 集團 is the word too, and
``_title_lines`` really asks the clause (removing the call left every test passing).
The verse excerpt is hankinghu/literature-books 周作人文集.txt lines 115-146 (苍蝇)."""

from __future__ import annotations

from pathlib import Path

import pytest

import transforms.cjk_titles as cjk_titles
from transforms.cjk_title_bylines import open_clause_lines
from transforms.contents import scan_lines
from transforms.headings import line_candidates

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("line", ["第三集 团聚", "第三集\u3000團圓", "第十二集 团圆"])
def test_spaced_volume_title_starting_with_tuan_stays_a_heading(line):
    # "集" then a space: the volume unit and a title that happens to start with 团 (团聚, 团圆)
    found = line_candidates(line, 0, 0, len(line))
    assert [(c.series, c.rest) for c in found] == [
        ("cjk:集", line.split("集", 1)[1].strip(" \u3000"))
    ]


@pytest.mark.parametrize("line", ["第6集團軍的最後戰鬥", "第14集团军通过格里西亚的进攻"])
def test_group_word_in_both_scripts_is_no_heading(line):
    # the real line of 曼施坦因：失去的胜利 (simplified) and its traditional spelling
    assert line_candidates(line, 0, 0, len(line)) == []


def test_title_lines_asks_the_open_clause(monkeypatch):
    text = (DATA / "zh_hankinghu_zhouzuoren_verse_s57.txt").read_text(encoding="utf-8")
    lines = scan_lines(text)
    verse = lines.texts.index("用了人力以外的")
    seen: list[set[int]] = []
    real = cjk_titles.open_clause_lines

    def spy(texts, cands):
        out = real(texts, cands)
        seen.append(out)
        return out

    monkeypatch.setattr(cjk_titles, "open_clause_lines", spy)
    titled = cjk_titles.cjk_title_lines(lines, set(), False)
    assert seen and verse in seen[0]
    assert verse not in [i for i, _ in titled]


def test_title_over_prose_under_an_open_line_stays():
    # a piece that ends on a comma, then the next piece's title over its prose: the verse
    # goes on in short lines (10-16 characters under the real three), a title heads its text
    body = "他走进山门，见到了师父。众人都在大殿等候，无人说话。"
    texts = ["此稿未完，", "", "山居", "", body, "", "我诅咒你的全灭，", "", "用了人力以外的", ""]
    texts += ["最黑最黑的魔术的力。"]
    assert open_clause_lines(texts, [2, 8]) == {8}
