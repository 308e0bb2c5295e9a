"""Underlined headings: Markdown's setext titles ("Requirements" over "-----")
and reStructuredText's section titles (clause ``rst_chapter``). Moved from
``transforms.headings`` in session 26, unchanged.

Cost: one look at the first character of each line under a line.
"""

from __future__ import annotations

import re

from transforms.heading_candidate import MAX_LINE, Candidate, squash

_SETEXT_UNDERLINE = re.compile(r"=+|-+|\*+")
# Clause rst_chapter: "*****" as long as the title or longer under it is
# reStructuredText's chapter adornment (Sphinx's text output: Debian Policy's
# "1. About this manual"), a level above "=" (a shorter run, or one under a
# longer line, is an emphasis or a thematic break: no title), in a document
# whose sections are underlined with "=" or "-" too, under a title that does
# not end as a sentence ('"No."' over a novel's "*****" scene break).
_SETEXT_LEVEL = {"=": 1, "-": 2, "*": 0.5}
_SENTENCE_END = frozenset(".!?…\"'”’»")
# Clause setext_not_cjk_sentence (session 30): web-novel TXT files of one site end each
# chapter with "------------" right under its last paragraph ("“哈哈。”众人大笑然后酒杯交错，
# 谈笑风生。" over the rule, 《异界魔头在都市》: 161 paragraphs made sections, the chapters
# put under them). A line that ends in "。", in a closing quote after a sentence's mark,
# or in "！" "？" "…" with another sentence mark before, is prose, not a Markdown title
# ("为什么？", "一、简介" stay titles).
_CJK_SENTENCE = re.compile(r"(?:。|[。！？…][”」』]|[，。！？：；、].*[！？…])$")
# ... and under the rule, past blank lines, the next chapter's number ("第3章 谁是废物？"):
# then a line that ends in any Chinese mark or in "..." is that chapter's last line
# ("江秀娟！", "还想说，却......"): 38 more lines in 5 books.
_CJK_END = re.compile(r"[\u3400-\u9fff][^\w]*(?:[。！？…，、；：”」』]|\.\.\.)[^\w]*$")
_CHAPTER_NUMBER = re.compile(r"(?:正文\s*)?第\s*[0-9零〇一二三四五六七八九十百千两]+\s*[章回节卷]")


def _chapter_next(texts: list[str], j: int) -> bool:
    """Clause setext_not_cjk_sentence: the first non-blank line from ``j`` on opens
    with a chapter's number."""
    while j < len(texts) and not texts[j]:
        j += 1
    return j < len(texts) and _CHAPTER_NUMBER.match(texts[j]) is not None


def setext_candidates(
    texts: list[str], starts: list[int], ends: list[int], blank: list[bool]
) -> list[Candidate]:
    """Markdown's underlined headings ("Requirements" over "------------": level
    2, "===" level 1; also reStructuredText's section titles): a one-line
    paragraph of at most ``MAX_LINE`` characters whose next line is 3 or more
    "=" or "-" alone, with a blank line (or the text's edge) after it. A rule
    line under the first line of a block of text ("《水浒传》作者；施耐庵" over
    the "-----" that opens a web notice) has text right under it: not a heading.
    The candidate spans both lines."""
    out = []
    n = len(texts)
    for i in range(n - 1):
        under = texts[i + 1]
        if len(under) < 3 or under[0] not in "=-*" or not _SETEXT_UNDERLINE.fullmatch(under):
            continue
        title = texts[i]
        if (
            not title
            or len(title) > MAX_LINE
            or (i > 0 and not blank[i - 1])
            or (i + 2 < n and not blank[i + 2])
            or _SETEXT_UNDERLINE.fullmatch(title)
            or _CJK_SENTENCE.search(title)  # clause setext_not_cjk_sentence
            or (_CJK_END.search(title) and _chapter_next(texts, i + 2))
            or (under[0] == "*" and (len(under) < len(title) or title[-1] in _SENTENCE_END))
        ):
            continue
        level = _SETEXT_LEVEL[under[0]]
        out.append(Candidate(starts[i], ends[i + 1], i, "md", level, squash(title), f"md{level}"))
    if all(c.rank == _SETEXT_LEVEL["*"] for c in out):
        return []  # rst_chapter: no "=" or "-" section under the "*****" ones
    return out
