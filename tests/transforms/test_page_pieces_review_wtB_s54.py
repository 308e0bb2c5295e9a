"""Review of session 54 (branch wtB): guards of clause ``page_title_broken_line`` and rule
``part_page_heads`` that the author's tests left open (plants not caught).

- 血酬定律.txt (hankinghu/literature-books; the excerpt ``XUECHOU`` of
  test_page_pieces_wtB_s52.py): its page lines "灰牢考略(1)" ... "(6)"; the rule line
  above page (2) replaced by a short numbered item "3.加强管理", as a PDF page ending in a
  numbered list puts it right above the next page's line.
- 盛世狼烟.txt: tests/data/zh_hankinghu_shengshi_langyan_broken_title_s54.txt (see
  test_page_pieces_wtB_s54.py).
"""

from __future__ import annotations

from pathlib import Path

from tests.transforms.test_page_pieces_wtB_s52 import XUECHOU
from transforms import page_pieces
from transforms import part_page_heads as pph
from transforms.contents import scan_lines
from transforms.sections import Heading

DATA = Path(__file__).parents[1] / "data"


def _pages(texts: list[str], taken: set[int] | None = None) -> list[int]:
    return page_pieces.page_piece_lines(texts, taken or set(), [False] * len(texts))


def test_a_numbered_item_above_one_page_line_stays_text():
    assert _pages(XUECHOU) == [1, 16, 31, 43, 56, 66]
    texts = list(XUECHOU)
    texts[texts.index("灰牢考略(2)") - 1] = "3.加强管理"
    # no neighbouring page broke the same way: "加强管理灰牢考略" would cut page (2), and
    # the run with it, out of the book's pages (before the review's fix: no page heading at all)
    assert _pages(texts) == [1, 16, 31, 43, 56, 66]
    assert [t for _, t, *_ in page_pieces._piece_lines(texts)] == ["灰牢考略"] * 6


def test_broken_head_needs_a_page_line_without_its_own_counter():
    assert page_pieces._broken_head(["6.百年磨一", "7.将军寄语（1）"], 1, "7.将军寄语") is None
    assert page_pieces._broken_head(["6.百年磨一", '"剑"（1）'], 1, '"剑"') == "6.百年磨一"


def test_a_broken_head_whose_first_line_another_rule_took_is_not_added():
    text = (DATA / "zh_hankinghu_shengshi_langyan_broken_title_s54.txt").read_text("utf-8")
    texts = scan_lines(text).texts
    assert texts[1] == "6.百年磨一" and texts[2] == '"剑"（1）'
    assert 2 in _pages(texts)
    assert 2 not in _pages(texts, {1})  # the line "6.百年磨一" is another heading's


def test_a_long_counter_line_is_no_page_title():
    h = Heading(0, 4, "第七部分", "cjk", 10)
    short = scan_lines("第七部分\n1.俄军改革镜鉴\n")
    assert pph._counter_line(short, h) == (1, 1, "俄军改革镜鉴")
    long = scan_lines(
        "第七部分\n1.俄军改革的经验告诉我们军队的信息化建设必须与体制编制调整同步推进\n"
    )
    assert pph._counter_line(long, h) is None  # a numbered paragraph, over MAX_TITLE
