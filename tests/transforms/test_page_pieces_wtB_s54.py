"""Rule ``page_piece_lines`` (transforms.page_pieces), session 54: clauses
``page_counter_stripped`` and ``page_title_broken_line``. Excerpts of a real book from
hankinghu/literature-books, 盛世狼烟.txt (GB18030, CRLF; written here as UTF-8, LF; counted
from line 1 of the decoded file):

- tests/data/zh_hankinghu_shengshi_langyan_broken_title_s54.txt: lines 7075-7114,
  7168-7207, 7306-7345, 7427-7466, 7589-7628: the PDF export's pages "第十部分" /
  "6.百年磨一" / '"剑"（1）' ... "10.百年磨一" / '"剑"（5）', 40 lines from each page's head.
- tests/data/zh_hankinghu_shengshi_langyan_counter_pages_s54.txt: lines 1175-1194,
  1262-1281, 1335-1354, 1406-1425: "第五部分" / "1.中国需要新型军队的四大理由（1）" ...
  "4.中国需要新型军队的四大理由（4）", 20 lines from each page's head.
"""

from __future__ import annotations

from pathlib import Path

from transforms import headings as hd
from transforms import page_pieces
from transforms.chapter_pieces import chapter_pieces
from transforms.contents import scan_lines
from transforms.sections import Heading

DATA = Path(__file__).parents[1] / "data"


def _read(name: str) -> list:
    """The excerpt's part heads (rank 10, as ``cjk_numbers`` reads "第十部分") and the pages
    rule ``page_piece_lines`` reads, through ``pages_merged`` (as ``sections`` calls them).
    In the whole book the part heads stand alone; in a short excerpt another rule reads
    "第十部分" with its next line, so the rule is tested here on the excerpt's lines."""
    text = (DATA / name).read_text(encoding="utf-8")
    lines = scan_lines(text)
    heads = [Heading(lines.starts[i], lines.ends[i], t, "cjk", 10)
             for i, t in enumerate(lines.texts) if t.startswith("第") and t.endswith("部分")]  # fmt: skip
    pages = page_pieces.page_piece_lines(lines.texts, set(), [False] * len(lines.texts))
    pages = page_pieces.page_piece_heads(lines.texts, pages)
    added = {lines.starts[a]: title for a, _, title in pages}
    pages = [Heading(lines.starts[a], lines.ends[i], t, "numbered", hd.NUMBERED_RANK)
             for a, i, t in pages]  # fmt: skip
    return text, page_pieces.pages_merged(sorted(heads + pages, key=lambda h: h.start), added,
                                          chapter_pieces)  # fmt: skip


def test_broken_title_joins_the_line_above_without_its_counter():
    text, out = _read("zh_hankinghu_shengshi_langyan_broken_title_s54.txt")
    assert [h.title for h in out] == ["第十部分", '百年磨一"剑"']  # pages (1)-(5): one chapter
    assert text[out[1].start :].startswith('6.百年磨一 \n"剑"（1）')  # both lines open it
    assert out[1].rank > out[0].rank  # under its part; the running heads over (2)-(5) gone


def test_counter_stripped_pairs_the_pages():
    text, out = _read("zh_hankinghu_shengshi_langyan_counter_pages_s54.txt")
    assert [h.title for h in out] == ["第五部分", "中国需要新型军队的四大理由"]
    assert text[out[1].start :].startswith("1.中国需要新型军队的四大理由（1）")


def test_piece_lines_read_counter_and_broken_head():
    texts = ["第十部分", "6.百年磨一", '"剑"（1）', "text", "第十部分", "7.百年磨一", '"剑"（2）']
    texts += ["1.将军寄语（1）", "一", "2.将军寄语（2）", "（3）"]
    found = page_pieces._piece_lines(texts)
    assert [(i, title, n, a) for i, title, n, a, _ in found] == [
        (2, '百年磨一"剑"', 1, 1),
        (6, '百年磨一"剑"', 2, 5),
        (7, "将军寄语", 1, 7),
        (9, "将军寄语", 2, 9),
    ]  # "（3）" has no CJK title
    assert page_pieces._broken_head(["百年磨一", '"剑"（1）'], 1, '"剑"') is None  # no counter
    assert page_pieces._broken_head(["6.他说，好", '"剑"（1）'], 1, '"剑"') is None  # a sentence


def test_the_same_counter_on_every_page_is_the_title_s():
    """24堂财富课-书包网 bookbao.com .txt (hankinghu/literature-books, GB18030) lines 49, 61,
    71: the fifth lesson's pages, each "5." (the lesson's number, not a page counter)."""
    texts = ["5.我想开糖果连锁店（1）", "text", "5.我想开糖果连锁店（2）", "text"]
    texts += ["5.我想开糖果连锁店（3）"]
    found = page_pieces._piece_lines(texts)
    assert [(t, shown) for _, t, _, _, shown in found] == [
        ("5.我想开糖果连锁店", "5.我想开糖果连锁店（1）"),
        ("5.我想开糖果连锁店", "5.我想开糖果连锁店（2）"),
        ("5.我想开糖果连锁店", "5.我想开糖果连锁店（3）"),
    ]
