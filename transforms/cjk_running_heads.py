"""Clause ``cjk_running_head``: a scanned Chinese book's running page heads
("第四章炮G下的展撼63": the chapter's number and title again, the page number
glued on, OCR noise in both) are no chapters. Called (hook of 2 lines in F's
``transforms.sections.find_headings``) on the candidates the contents lists left:
a chapter line a contents list took (近代中国's "第一章漫长的封建社会" right under
its OCR'd list) leaves its first running head to open the chapter.

Cost: one pass over the candidates, a character count per repeated number.
"""

from __future__ import annotations

import re
from collections import Counter

from transforms.heading_candidate import Candidate

_NUM = "0-9０-９〇零一二三四五六七八九十百千两"
# clause cjk_running_head_parts: a unit number, a part mark at the end, or numbers only
_PART = re.compile(
    rf"第[{_NUM}]+[章节節回卷部篇集册冊讲講课課幕场場]"
    rf"|[（(【\[［][^（(【\[［]{{1,6}}[)）】\]］][ \u3000]*$"
    rf"|[ \u3000.．·、_-][{_NUM}上中下]+[ \u3000]*$|[上中下续續][ \u3000]*$"
    rf"|^[{_NUM}\W_]+$"
)
_MIN_TITLE = 2  # characters of the chapter's own title the repeat must share
_IDEO = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_COUPLET = re.compile(f"{_IDEO}{{4,}}(?:[ \u3000]+{_IDEO}{{4,}})*")  # clause couplet_pairs


def drop_running_heads(cands: list[Candidate]) -> list[Candidate]:
    """Clause ``cjk_running_head``: a CJK chapter candidate ("cjk" kind) whose
    series and value are those of the last candidate of its series, with no
    candidate of a higher rank (a 卷 or 篇 that restarts the numbering) between,
    repeats that chapter when it shares at least half of the chapter's title
    characters (at least two): 近代中国社会的新陈代谢 (陈旭麓, a PDF read by OCR)
    prints "第四章炮口下的震撼" once and then "第四章炮G下的展撼63", "第四章抱日下的震撼65"
    over its pages; before, each was a chapter of its own (124 top-level sections
    for 11 chapters). Two chapters of one number with different titles (a book
    whose numbering restarts without a volume line) share too few characters and
    are both kept; a chapter line without a title has nothing to compare and is
    never followed by a dropped repeat; an exact repeat is kept (a one-chapter
    contents list's entry, then the chapter itself).

    Clause ``cjk_running_head_parts`` (review, session 27): a repeat whose title
    names a part of the chapter is a heading, never a page head: one holding a unit
    number ("第一章 第二节", 冬天里的春天; "第一部 驴折腾 第二章", 生死疲劳; "神秘的棺材第2节
    悯忠寺", 北京法源寺), one ending in a bracketed or set-off part mark
    ("与我的记忆力相遇(2)", 记忆力的革命; "波罗的海三国（下）", 大国悲剧; "第五章 1"), one
    of numbers only ("第一部分.4.1", 无字). Without it 13 books of
    hankinghu/literature-books lost 637 real headings (生死疲劳 30 -> 3 sections);
    an OCR page number is glued to the title ("漫长的封建社会5")."""
    last: dict[str, Candidate] = {}
    drop = set()
    for k, c in enumerate(cands):
        prev = last.get(c.series) if c.kind == "cjk" else None
        if (
            prev is not None
            and prev.value == c.value
            and not _PART.search(c.rest)
            and _repeat(prev.rest, c.rest)
        ):
            drop.add(k)
            continue
        for series, other in list(last.items()):
            if other.rank > c.rank:
                del last[series]  # a higher division closes the chapters under it
        if c.kind == "cjk":
            last[c.series] = c
    return [c for k, c in enumerate(cands) if k not in drop] if drop else cands


def _repeat(title: str, repeat: str) -> bool:
    """``repeat`` is not ``title`` but holds at least half of its characters
    (OCR noise and a glued page number aside)."""
    title, repeat = "".join(title.split()), "".join(repeat.split())
    if len(title) < _MIN_TITLE or repeat == title:
        return False
    shared = sum((Counter(title) & Counter(repeat)).values())
    return shared >= max(_MIN_TITLE, (len(title) + 1) // 2)


def other_title_repeat(confirmed: list[tuple[Candidate, int]], k: int) -> bool:
    """Clause ``couplet_pairs``: a CJK heading that repeats the number of the last
    heading of its series with another title (sharing fewer than half of its
    characters) is a heading of its own, not a part of the first: 鬼谷四友志 (a
    traditional-character 章回 novel, Wikisource's text) numbers two 回 per 卷, each
    with its couplet: "第一卷　辯才學分科教藝　　定人質驅鼠傳書" then "第一卷　忌刻小人行毒計　　忠直
    良友詐瘋魔". ``transforms.heading_passes._running_heads`` drops a repeat followed by the
    next number ("Book VII. Chapters 12 to 15." then "BOOK VIII"); it kept 4 of the
    book's 6 headings. Both titles must be ideographs only (a couplet: no digits,
    marks or Latin letters, which an OCR'd running head carries: 近代中国's
    "第十八章山重水复3”" after "第十八章山重水妞945")."""
    c = confirmed[k][0]
    if c.kind != "cjk":
        return False
    prev = next((p for p, _ in reversed(confirmed[:k]) if p.series == c.series), None)
    if prev is None or prev.kind != "cjk" or prev.value != c.value:
        return False
    if _PART.search(c.rest) and "".join(c.rest.split()) != "".join(prev.rest.split()):
        # Clause couplet_pairs_parts (review, session 27): "第一章 第五节" after "第一章
        # 第四节" and before "第二章 第一节" is the chapter's last section (冬天里的春天),
        # as cjk_running_head_parts keeps it; the rule there took each chapter's last.
        return True
    if not _COUPLET.fullmatch(c.rest):
        return False
    if not _COUPLET.fullmatch(prev.rest):
        return False
    title = "".join(prev.rest.split())
    return not _repeat(title, c.rest) and title != "".join(c.rest.split())
