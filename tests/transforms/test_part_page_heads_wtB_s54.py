"""Rule ``part_page_heads`` (transforms.part_page_heads), session 54: clauses
``part_head_over_page_counter`` and ``page_counter_title``. Excerpt of a real book from
hankinghu/literature-books, 盛世狼烟.txt (GB18030, CRLF; written here as UTF-8, LF; counted
from line 1 of the decoded file): tests/data/zh_hankinghu_shengshi_langyan_part_heads_s54.txt,
lines 381-388, 417-424, 447-454, 466-473, 582-589, 668-675, 747-754: the seven pages of
"第二部分", each with its running head "第二部分" and its counter line "1.警惕，信息化闪电战！"
... "7.美军未来武器想象图" (pages 4 and 5 both "近来高技术战争孕育了信息化闪电", a title cut
the same way on both), 8 lines from each page's head.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from transforms import part_page_heads as pph
from transforms.contents import scan_lines
from transforms.sections import Heading

DATA = Path(__file__).parents[1] / "data"
TEXT = (DATA / "zh_hankinghu_shengshi_langyan_part_heads_s54.txt").read_text(encoding="utf-8")


def _heads(text: str) -> tuple:
    """The excerpt's lines and its part heads as ``cjk_numbers`` reads "第二部分" (rank 10).
    In a short excerpt another rule reads "第二部分" with its next line, so the rule is
    tested on the excerpt's lines, as ``sections`` calls it."""
    lines = scan_lines(text)
    heads = [Heading(lines.starts[i], lines.ends[i], t, "cjk", 10)
             for i, t in enumerate(lines.texts) if t == "第二部分"]  # fmt: skip
    return lines, heads


def test_running_part_head_is_one_part_with_its_page_titles():
    lines, heads = _heads(TEXT)
    assert len(heads) == 7
    out = pph.part_page_heads(lines, heads, {})
    assert [(h.title, h.rank) for h in out] == [
        ("第二部分", 10),
        ("警惕，信息化闪电战！", pph.NUMBERED_RANK),
        ("新型战争二十年孕育一代", pph.NUMBERED_RANK),
        ("信息化闪电战，中国如何接招", pph.NUMBERED_RANK),
        ("近来高技术战争孕育了信息化闪电", pph.NUMBERED_RANK),  # pages 4 and 5: one
        ("信息化闪电战的四个波次", pph.NUMBERED_RANK),
        ("美军未来武器想象图", pph.NUMBERED_RANK),
    ]
    assert TEXT[out[1].start :].startswith("1.警惕，信息化闪电战！")
    assert out[0].start == 0 and [h.start for h in out] == sorted(h.start for h in out)


def test_pages_take_the_rank_of_the_paged_chapters():
    lines, heads = _heads(TEXT)
    paged = replace(heads[0], start=lines.starts[1], end=lines.ends[1], rank=25)
    out = pph.part_page_heads(lines, heads[:1] + [paged] + heads[1:], {paged.start: "x"})
    assert [h.rank for h in out][1:] == [25] * 6  # the counter line "1." is that heading


def test_not_growing_counters_or_too_few_repeats_are_headings():
    lines, heads = _heads(TEXT)
    assert pph.part_page_heads(lines, heads[:2], {}) == heads[:2]  # 2 < MIN_HEADS
    assert pph.part_page_heads(lines, heads[::-1], {}) == heads[::-1]  # counters fall
    other = replace(heads[0], title="第三部分", start=heads[3].start - 1, end=heads[3].start - 1)
    out = pph.part_page_heads(lines, sorted(heads + [other], key=lambda h: h.start), {})
    assert [h.title for h in out].count("第二部分") == 2  # another part between: a part again


def test_title_page_number_stripped():
    lines = scan_lines("第七部分\n1.俄军改革镜鉴（1）\n")
    h = Heading(0, 4, "第七部分", "cjk", 10)
    assert pph._counter_line(lines, h) == (1, 1, "俄军改革镜鉴")
