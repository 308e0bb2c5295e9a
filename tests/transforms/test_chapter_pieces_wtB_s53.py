"""Clause ``piece_run_under_running_head`` of rule ``chapter_pieces`` (session 53): the part
heading a PDF export prints over every page is a running head inside a run of pages.

Real heading lines of 盛世狼烟.txt (hankinghu/literature-books, GB18030, CRLF; lines 6988,
7075, 7077, 7168, 7170, 7306, 7308, 7427, 7429, 7589, 7591, 7716, 7718, 7825, 7827, 7991,
7993, 8060, 8062, 8115 counted from 1, as rule ``find_headings`` reads them in the whole book:
the part line "第十部分 " alone (kind cjk, rank 10) and the page line '"剑"（k）' (rule
``page_piece_lines``, rank 38); the numbers in LINES are their lines in the cleaned book
(raw 6988 -> 5460), each a heading at 100 times its line). Each page's head is
"第十部分" / "N.百年磨一" / '"剑"（k）': the part repeated over pages (1) ... (9) broke the run,
so the pages were loose and dropped (session 52), the chapter lost.
"""

from __future__ import annotations

from transforms.chapter_pieces import chapter_pieces
from transforms.sections import Heading

PART, PAGE = "第十部分", '"剑"（{}）'
# (line number in the cleaned book, title, kind, rank) of the headings, in order.
LINES = (
    [(5460, PART, "cjk", 10)]
    + [
        row
        for k, line in enumerate((5530, 5601, 5721, 5813, 5949), start=1)
        for row in ((line, PART, "cjk", 10), (line + 2, PAGE.format(k), "numbered", 38))
    ]
    + [(6059, PAGE.format(6), "numbered", 38)]
    + [
        row
        for k, line in enumerate((6155, 6299, 6346), start=7)
        for row in ((line, PART, "cjk", 10), (line + 2, PAGE.format(k), "numbered", 38))
    ]
    + [(6393, PART, "cjk", 10)]
)


def _headings(lines=LINES) -> list[Heading]:
    return [Heading(n * 100, n * 100 + len(t), t, kind, rank) for n, t, kind, rank in lines]


def test_running_part_head_keeps_the_pages_one_chapter():
    out = chapter_pieces(_headings())
    assert [(h.start // 100, h.title) for h in out] == [
        (5460, PART),  # a page of the part before the chapter: a heading as before
        (5530, PART),  # the head over page (1) opens the run
        (5532, '"剑"'),  # pages (1) ... (9): one chapter
        (6393, PART),  # repeated over no later page: stays a heading
    ]


def test_the_head_stays_where_no_page_follows():
    cut = [row for row in LINES if row[0] < 5813]  # pages (1) ... (3), then the part again
    cut.append((5813, PART, "cjk", 10))
    out = chapter_pieces(_headings(cut))
    assert [h.title for h in out] == [PART, PART, '"剑"', PART]
    assert out[-1].start == 5813 * 100


def test_another_heading_between_still_ends_the_run():
    # A different numbered division between two pages ends the run (session 51's guard).
    other = [(r[0], "第十一部分" if r[0] == 5601 else r[1], r[2], r[3]) for r in LINES]
    titles = [h.title for h in chapter_pieces(_headings(other))]
    assert '"剑"（1）' in titles and "第十一部分" in titles


def test_a_subheading_repeated_in_the_next_paged_chapter_stays():
    # Review (adversarial): heading lines of 檀香刑.txt (hankinghu/literature-books; cleaned lines
    # 0-262: "第一章 眉娘浪语（1）", "一" ... "四", "（2）", "五" ... "七", rank 20 and 40), followed
    # by a second chapter paged the same way (檀香刑 pages only its first; a book paged
    # throughout has this shape). The head right over "第二章 赵甲狂言（1）" is the first
    # chapter's last sub-heading "七"; the second chapter's own "七" before its page (2) is a
    # sub-heading, not a running head: a running head stands above the chapter (a part).
    rows = [(0, "第一章 眉娘浪语（1）", 20)] + [
        (n, t, 40) for n, t in ((2, "一"), (16, "二"), (78, "三"), (112, "四"))
    ]
    rows += [(150, "第一章 眉娘浪语（2）", 20)] + [
        (n, t, 40) for n, t in ((152, "五"), (196, "六"), (262, "七"))
    ]
    rows += [(406, "第二章 赵甲狂言（1）", 20)] + [
        (408 + 10 * k, t, 40) for k, t in enumerate("一二三四五六七")
    ]
    rows += [(600, "第二章 赵甲狂言（2）", 20), (602, "八", 40)]
    out = chapter_pieces([Heading(n * 100, n * 100 + len(t), t, "cjk", r) for n, t, r in rows])
    titles = [h.title for h in out]
    assert titles.count("七") == 2 and titles.count("八") == 1
    assert titles[:2] == ["第一章 眉娘浪语", "一"] and "第二章 赵甲狂言" in titles
    assert all(h.rank == 40 for h in out if h.title == "七")
