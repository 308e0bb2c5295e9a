"""Rule ``chapter_pieces`` (session 51): a chapter exported in numbered pieces is one
chapter.

Reading sites cut a long chapter into pages and each page repeats the chapter's heading
with the page's number in brackets: "《血色浪漫》第一章(1)", "第一章(2)" ... (血色浪漫, two
copies in hankinghu/literature-books), "第一部第一章 正面和侧面(1)" / "(2)" / "(3)" (斯大林传),
"第一章与我的记忆力相遇(1)" ... "(6)" (记忆力的革命), "第一节为什么要研究同性恋现象 (1)" / "(2)"
(东宫·西宫), "第一章 眉娘浪语（1）" / "（2）" (檀香刑, sub-headings "一" ... between). Over the 4,514 Chinese files of the five
mirrors, wtH48's books and zh_classics, 7 files (6 books) hold such runs (session 51's
``/tmp/wtA51/shapes3.py``). Each piece was read as a section of its own.

Clauses:

``piece_run``
    consecutive headings (no other heading between) whose titles are the same stem
    followed by a bracketed number, "(k)" or "（k）" in ASCII digits, the numbers counting
    on by one, are one chapter: the first opens it, the later ones are no headings (their
    lines stay in its text).
``piece_stem_chapter``
    the stem names a numbered division ("第一章", "第一节", "第三回" ...): the number in the
    stem is the same on every piece, so a web novel's chapters titled "海（一）", "海（二）"
    under "第一百四十章", "第一百四十一章" (an advancing chapter number: DNF圣职者转生异界)
    are chapters, and so are an export's counters "第2章 小说(1)", "第3章 小说(2)".
``piece_stem_titled`` (session 52)
    a stem that names no numbered division is a chapter's title too when it holds a CJK
    character: "童年时光(2)" ... "童年时光(4)", "兰贝斯贫民习艺所(1)" ... "(6)" (卓别林自传, 73 page
    lines), "探寻命价(1)" ... (血酬定律), "误入艺途(1)" ... "(3)" (我负丹青), "寂 地(1)", "寂 地(2)"
    (温柔的夜): books made of titled essays or chapters, each exported in pages, with no
    numbered division above them (27 files in hankinghu/literature-books, session 51's
    Left). The same title with the page number counting on by one is the evidence; an empty
    or Latin-only stem ("(1)", "(2)": numbered paragraphs; "Part (1)") stays out.
``piece_run_over_subheadings`` (session 52)
    headings between two pieces that are no piece and name no numbered division ("一",
    "二" between "第一章 眉娘浪语（1）" and "（2）" in 檀香刑; "一、学习班" between "灰牢考略(1)" and
    "灰牢考略(2)" in 血酬定律) keep the run open: they are the chapter's sub-headings, one rank
    under it where they ranked as high. A piece of another stem or a heading "第N章" between
    ends the run as before.
``piece_run_under_running_head`` (session 53)
    the heading right over a run's first piece, repeated with the same title right over a
    later piece, is a running head (a PDF export prints its part over every page: 盛世狼烟's
    "第十部分" / "6.百年磨一" / '"剑"（1）', then "第十部分" / "7.百年磨一" / '"剑"（2）' ...): it
    keeps the run open and is no heading (its line stays in the chapter's text). Repeated
    over no later piece (the run ends), it stays a heading, as before. Only a head ranked
    above the piece counts (review): the previous chapter's last sub-heading "七" right
    over "第二章 X（1）" is no running head when the chapter has its own "七".
``piece_title``
    the chapter's title is the stem: "第一章(1)" -> "第一章" (the text is unchanged).

Cost: one regular expression test per heading that ends with a bracket.
"""

from __future__ import annotations

import re
from dataclasses import replace

# A heading that names a numbered division closes a run (clause piece_run_over_subheadings).
_DIVISION = re.compile(r"第[一二三四五六七八九十百千零〇两\d０-９]+[章节節回卷篇部]")
# A title that ends with a bracketed piece number; the stem names a numbered division
# (clause piece_stem_chapter) or holds a CJK character (clause piece_stem_titled).
_PIECE = re.compile(
    r"(?P<stem>.*?[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff].*?)"
    r"[ \t\u3000]*(?:\((?P<a>\d{1,3})\)|（(?P<b>\d{1,3})）)"
)


def _piece(title: str) -> tuple[str, int] | None:
    m = _PIECE.fullmatch(title)
    if m is None:
        return None
    return m.group("stem"), int(m.group("a") or m.group("b"))


def _running_head(h, head, first) -> bool:
    """Clause ``piece_run_under_running_head``: ``h`` repeats ``head``, the heading right
    over the run's ``first`` piece, and both rank above the piece (a part over its chapter,
    not a sub-heading of the chapter before: "七" over "第二章 赵甲狂言（1）")."""
    return h.title == head.title and max(h.rank, head.rank) < first.rank


def chapter_pieces(headings: list) -> list:
    """Rule ``chapter_pieces`` over ``headings`` (``sections.Heading``, in order): clauses
    ``piece_run``, ``piece_stem_chapter``, ``piece_stem_titled``, ``piece_run_over_subheadings``,
    ``piece_title`` (see the module docstring)."""
    if not any(h.title.endswith((")", "）")) for h in headings):
        return headings
    out = []
    run = None  # (stem, number, index in out of the run's first heading) of the last piece
    between: list[int] = []  # indices in out of the sub-headings since the run's last piece
    heads: list[int] = []  # indices in out of the run's head repeated since its last piece
    drop: set[int] = set()  # running heads over a later piece (clause piece_run_under_running_head)
    for h in headings:
        p = _piece(h.title)
        if p is not None and run is not None and p[0] == run[0] and p[1] == run[1] + 1:
            first = out[run[2]]
            out[run[2]] = replace(first, title=run[0])  # clause piece_title
            for k in between:  # clause piece_run_over_subheadings: under the chapter
                if out[k].rank <= first.rank:
                    out[k] = replace(out[k], rank=first.rank + 1)
            drop.update(heads)
            run, between, heads = (p[0], p[1], run[2]), [], []
            continue  # clause piece_run: a later piece is no heading
        if run is not None and run[2] and _running_head(h, out[run[2] - 1], out[run[2]]):
            heads.append(len(out))  # clause piece_run_under_running_head: "第十部分" again
        elif p is None and run is not None and not _DIVISION.search(h.title):
            between.append(len(out))  # a sub-heading ("一", "一、学习班") keeps the run open
        else:
            run, between, heads = ((p[0], p[1], len(out)) if p is not None else None), [], []
        out.append(h)
    return [h for k, h in enumerate(out) if k not in drop] if drop else out
