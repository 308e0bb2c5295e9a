"""Clause ``cjk_glued_parts``: an essay's parts numbered with a CJK numeral glued to
the title ("一吃的耻辱", "二吃相凶恶", "三忘不了吃": 莫言《会唱歌的墙》's "吃事三篇",
each part line set off by blank lines) are numbered sections under the chapter.
Before, such a line was read only by rule ``cjk_title_lines`` in a book without
chapters; once "正文 第04节 吃事三篇" was read as a chapter (clause
``zhengwen_prefix``), the eight part titles of the book were lost.

A glued line is a candidate only in a run: isolated between blank lines, at most
``MAX_TITLE`` ideographs with no mark, and followed by the next number's glued
line (一 then 二 ...) before a chapter line, the run opening at 一. Prose that
opens with a numeral ("一个人", "二话不说") sits in paragraphs, is longer or holds
marks, and does not count 一, 二, 三 on lines of its own.

Cost: one regex on each line that opens with a numeral; one pass over the candidates.
"""

from __future__ import annotations

import re

from transforms import headings as hd

MAX_TITLE = 10
_GLUED = re.compile(
    "(?P<n>[一二三四五六七八九]|十[一二三四五六七八九]?)(?P<title>[\u4e00-\u9fff]{2,"
    + str(MAX_TITLE)
    + "})"
)
SERIES = "cjknum:glued"
# Clause cjk_glued_parts_numeral_words (review, session 27): the numeral reads with the
# character after it as a count or a word ("一切都结束了", "三叔没有说话", "一个人走了",
# "三天后": short lines of a web novel, each a paragraph between blank
# lines); such a line is prose, not a part title.
_COUNTED = frozenset("个個位只隻条條件张張本把口头頭匹次遍趟天年月日夜时時分秒岁歲人名家户戶座层層间間"
                     "句声聲步眼阵陣片股道点點种種样樣些下起切直定旦向般齐齊同再度致律叔伯姐哥弟妹婶嬸爷爺娘姨舅")  # fmt: skip


def glued_candidates(line: str, start: int, index: int, end: int) -> list[hd.Candidate]:
    """A glued-numeral line's candidate (kept only in a run: ``glued_runs``)."""
    m = _GLUED.fullmatch(line)
    if m is None or m.group("title")[0] in "一二三四五六七八九十":
        return []
    if m.group("title")[0] in _COUNTED:
        return []  # clause cjk_glued_parts_numeral_words
    value = hd.cjk_value(m.group("n"))
    return [hd.Candidate(start, end, index, "numbered", hd.NUMBERED_RANK, line, SERIES,
                         value, m.group("title"))]  # fmt: skip


def glued_runs(texts: list[str], cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Keep the glued candidates that stand alone between blank lines and count
    一, 二, ... with no chapter line between; drop the others."""
    if not any(c.series == SERIES for c in cands):
        return cands
    n = len(texts)

    def alone(c: hd.Candidate) -> bool:
        return (c.line == 0 or not texts[c.line - 1]) and (c.line + 1 >= n or not texts[c.line + 1])

    keep: set[int] = set()
    run: list[int] = []
    for k, c in enumerate(cands):
        if c.series != SERIES:
            if c.rank <= hd.NUMBERED_RANK and c.kind != "numbered":
                run = []  # a chapter closes the run
            continue
        if not alone(c):
            continue
        if c.value == 1:
            run = [k]
        elif run and cands[run[-1]].value + 1 == c.value:
            run.append(k)
            keep.update(run)
    return [c for k, c in enumerate(cands) if c.series != SERIES or k in keep]
