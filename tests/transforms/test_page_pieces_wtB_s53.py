"""Rule ``page_piece_lines`` (transforms.page_pieces), session 53: clauses
``pages_merge_or_stay_out`` (narrowed: the pages that merge stay a chapter, only the loose
ones go) and ``pages_rank_with_paged_chapters``. Excerpts of real books from
hankinghu/literature-books (GB18030, CRLF; written here as UTF-8, LF):

- tests/data/zh_hankinghu_macroeconomics_pages_s53.txt: 宏观经济学—萨缪尔森.txt lines 121-127,
  140-145, 152-157, 163-168, 180-185, 192-197, 207-213, 220-230, 237-243 (counted from 1):
  the pages "新古典宏观经济学（1）" ... "（8）" with their first lines, each line cut to 300
  characters; the next chapter's opening "第17章" / "即使你将所有的经济学家" / ... stands
  between pages (7) and (8) (the PDF's page order).
- tests/data/zh_hankinghu_xuese_langman_pages_s53.txt: 《血色浪漫》作者：都梁.txt lines 4946-4951,
  4965-4970, 5455-5463, 5475-5480, 5495-5500, 5528-5533, 5747-5756, 5766-5775, 5786-5795,
  5819-5828, 5988-5993, 6010-6015, 6053-6058, 6244-6251, 6275-6280, 6598-6603, 6627-6632: the
  page lines "《血色浪漫》第十五章(1)" ... "第二十章(2)" with their first lines cut to 160
  characters; chapter 17's pages carry another prefix, "《血色浪漫上》第十七章(1)", so rule
  ``chapter_prefix`` does not read them and ``page_piece_lines`` does.
"""

from __future__ import annotations

from pathlib import Path

from transforms import page_pieces
from transforms.sections import find_sections

DATA = Path(__file__).parents[1] / "data"


def _sections(name: str) -> tuple[str, list]:
    text = (DATA / name).read_text(encoding="utf-8")
    return text, find_sections(text)[0]


def test_pages_before_a_break_stay_one_chapter():
    text, secs = _sections("zh_hankinghu_macroeconomics_pages_s53.txt")
    titles = [s.title for s in secs]
    assert "新古典宏观经济学" in titles  # base53: no section (every page line dropped)
    chapter = secs[titles.index("新古典宏观经济学")]
    assert chapter.start == 0 or text[: chapter.start].strip() == ""
    assert "（7）" in text[chapter.start : chapter.end]  # pages (1) ... (7) in one chapter
    # Page (8) stands after "第17章": left over, so no heading (clause pages_merge_or_stay_out).
    assert not any(t.startswith("新古典宏观经济学（") for t in titles)
    after = [s for s in secs if s.title.startswith("第17章")]
    assert len(after) == 1 and after[0].start == chapter.end
    assert "新古典宏观经济学（8）" in text[after[0].start : after[0].end]


def test_paged_chapter_is_a_sibling_of_the_other_paged_chapters():
    _, secs = _sections("zh_hankinghu_xuese_langman_pages_s53.txt")
    level = {s.title: s.level for s in secs}
    assert (
        level["《血色浪漫上》第十七章"] == level["第十六章"] == level["第十八章"] == 2
    )  # base53: 3
    assert level["第六篇"] == level["第七篇"] == 1
    assert [s.title for s in secs].count("《血色浪漫上》第十七章") == 1  # its 4 pages: one chapter


def test_without_the_clause_the_paged_chapter_sinks(monkeypatch):
    # Clause pages_rank_with_paged_chapters off: the chapter stays at NUMBERED_RANK (base53).
    monkeypatch.setattr(page_pieces, "_paged_ranks", lambda headings, out, added: out)
    _, secs = _sections("zh_hankinghu_xuese_langman_pages_s53.txt")
    level = {s.title: s.level for s in secs}
    assert level["《血色浪漫上》第十七章"] == 3


def test_paged_chapter_takes_the_rank_of_the_chapter_before_it():
    # Review (plant "after first" went uncaught): the nearest paged chapter BEFORE wins over the
    # one after; titles of 血色浪漫's excerpt, ranks made to differ (a part "第七篇" paged too).
    from transforms.sections import Heading

    given = [
        Heading(100, 110, "《血色浪漫》第十六章(1)", "numbered", 20),
        Heading(200, 210, "《血色浪漫上》第十七章(1)", "numbered", 38),
        Heading(300, 310, "《血色浪漫》第七篇(1)", "numbered", 10),
    ]
    out = [Heading(h.start, h.end, h.title.split("(")[0], h.kind, h.rank) for h in given]
    added = {200: given[1].title}
    ranks = [h.rank for h in page_pieces._paged_ranks(given, out, added)]
    assert ranks == [20, 20, 10]
    # Before the first paged chapter: the rank of the one after it.
    ranks = [h.rank for h in page_pieces._paged_ranks(given[1:], out[1:], added)]
    assert ranks == [10, 10]
