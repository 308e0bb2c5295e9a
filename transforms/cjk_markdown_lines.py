"""Clause ``markdown_line_layout`` (session 42): in a CJK text written as Markdown, the
lines Markdown's own layout sets apart keep their breaks.

诡秘之主's notes (xiexie1993+fiction_Secret_Master/笔记, eleven ``.md`` files of character
records, rituals and church lists) put one item on a line: an indented block under a
field ("拥有物品：装竖版的“秦汉秘传方术纪要”" over "          一块银白色…的怀表（…）" /
"          廉价正装一套", a ritual's "步骤：" over four 4-space-indented steps), a list
item "- " under a line, a heading "### 请假仪式" the heading-mark cut left (fewer than
``markdown_marks.MIN_LINES`` there). The files have few line pairs, so the widest of the
items is "full" at the pairs' column and the unwrap stage ran it into the next item
(6 of the 12 wrongly joined lines session 40 listed, 7 breaks). A CJK pair the stage would join keeps its
break in a Markdown text when

* ``b`` opens a list item ("- ", "* ", "+ ", "1. ", "1) "), or ``a`` or ``b`` is an ATX
  heading ("#".."######" and a space): Markdown starts a new block there whatever the
  width of ``a``;
* ``a`` and ``b`` are indented alike (an indented block, its lines one item each),
  where indented lines are under ``MAX_INDENTED`` of the text's lines (Markdown's prose
  paragraphs are not indented; a text indenting every line, a margin, has no block).
  A paragraph indented "　　" and hard-wrapped has its next line unindented: it joins.
  Guard ``markdown_item_hang``: the indented lines under a list item are its hanging
  lines, hard-wrapped: they join.

A text is Markdown when the caller says so: the boilerplate stage cut "#" heading marks
from it (clause ``markdown_text_is_marked``: 3+ short CJK title lines "# ") or its path ends
in ".md" / ".markdown". Not from block syntax inside the text: the Chinese mirrors' plain
books hold "-----" and "***" separators, OCR noise "~~~" and "＃" marks (NFKC "#"), and their
paragraph-a-line or quoted passages are indented (钢铁是怎样炼成的, 近代中国社会的新陈代谢,
李鸿章传 changed when two such lines made a text Markdown: session 42's A/B).

Arm ``markdown_item_any_script`` (review, session 42): in a Markdown text a line opening a list
item or an ATX heading keeps the break above it whatever its script, and so does the line under
a heading: an item opening with a Latin word ("…与当前字节。" / "- accepted 章节在写入后…", jbts6's
``.agents/skills/generate-game-kb/schemas.md``; "…progress units." / "- Run `prepare`, …" in its
English design notes) is a Latin pair, which the CJK pairs' arms above never saw.

Guard ``markdown_prose_joins``: a Markdown paragraph hard-wrapped as prose (lines not
indented, no list marker or heading mark) joins as before. A line ending in two spaces (a
Markdown hard break) is read before normalization collapses them, for a ``.md`` source:
clause ``markdown_hard_breaks`` (session 43, ``transforms.markdown_hard_breaks``).

Clause ``markdown_item_wraps`` (session 44): in a Markdown text a list item's hanging line
(indented deeper than the item's line, not itself an item, a heading, a fence, a table row or
a quote) is the item's paragraph wrapped (CommonMark: a soft break), so it joins its item
whatever the widths, and so does the next hanging line at the same indent: tight where both
edges are CJK or one is a CJK mark ("、"), with a space elsewhere ("…报告和收据使用" / "  JSON。"
-> "…收据使用 JSON。", jbts6's ``.agents/skills/generate-game-kb/schemas.md``). Guard
``markdown_item_sentence_end``: an upper line ending "。！？" is left to the widths. Only pairs with a CJK edge (an
English item's lines are left to the width rules); never in a code block or across a hard
break (the unwrap stage's guards after it). The widths missed these: the items' lines are
short of the file's column and their edges mix scripts, so base44 kept the break and the
hanging line lost its indent (clause ``latin_word_opens_cjk_line``).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search

MAX_INDENTED = 0.8
_ITEM = re.compile(r"(?:[-*+]|\d{1,3}[.)])[ \t]+\S")
_ATX = re.compile(r"#{1,6}[ \t]+\S")
# clause markdown_item_wraps: a hanging line opening another block is no wrap
_STOPS = np.asarray([ord(c) for c in "。！？!?"], dtype=np.uint32)
_CLOSING = np.asarray([ord(c) for c in "”’」』）)\"'"], dtype=np.uint32)
_BLOCK = re.compile(r"(?:[-*+]|\d{1,3}[.)])[ \t]+\S|#{1,6}[ \t]|```|~~~|[|>]")
_SOURCE = re.compile(r"\.(?:md|markdown)(?::\d+)?$", re.I)


def markdown_source(source: str) -> bool:
    """Whether a document's ``source`` (its path, maybe with ":line") names a Markdown file."""
    return _SOURCE.search(source) is not None


def markdown_block_starts(text, first, a, b, markdown: bool = False) -> np.ndarray:
    """Arm ``markdown_item_any_script``: for each pair ``a``/``b`` (line indexes; ``first``
    their first characters), whether ``b`` opens a list item or either line is an ATX heading
    in a text the caller knows is Markdown."""
    keep = np.zeros(len(a), dtype=bool)
    if not markdown:
        return keep
    for k, (la, lb) in enumerate(zip(first[a].tolist(), first[b].tolist(), strict=True)):
        keep[k] = bool(_ITEM.match(text, lb) or _ATX.match(text, lb) or _ATX.match(text, la))
    return keep


def markdown_kept_pairs(text, lines, a, b, joined, indent, markdown: bool = False) -> np.ndarray:
    """Clause ``markdown_line_layout``: the pairs among ``joined`` (indexes into ``a``/``b``)
    whose break Markdown's layout keeps in a text the caller knows is Markdown."""
    if not len(joined) or not markdown:
        return joined[:0]
    _, _, first, _, blank = lines
    text_lines = ~blank
    share = float((text_lines & (indent > 0)).sum()) / max(int(text_lines.sum()), 1)
    block = share < MAX_INDENTED
    # Guard markdown_item_hang: indented lines under a list item are its hanging lines
    # (a hard-wrapped item "- 中文…" / "  …"), no block: the margin line above says.
    margin = np.where(text_lines & (indent == 0), np.arange(len(blank)), -1)
    above = np.maximum.accumulate(margin)
    keep = []
    for k in joined.tolist():
        la, lb = int(a[k]), int(b[k])
        if _ITEM.match(text, int(first[lb])) or _ATX.match(text, int(first[lb])):
            keep.append(k)
        elif _ATX.match(text, int(first[la])):
            keep.append(k)
        elif block and indent[la] > 0 and indent[lb] == indent[la]:
            top = int(above[la])
            if top < 0 or not _ITEM.match(text, int(first[top])):
                keep.append(k)
    return np.asarray(keep, dtype=np.int64)


def markdown_item_wraps(text, cp, lines, a, b, indent, markdown: bool = False):
    """Clause ``markdown_item_wraps``: ``(join, tight)`` for each pair ``a``/``b`` (line
    indexes): ``b`` is a hanging line of the list item on ``a`` (or of the item whose hanging
    line ``a`` is), in a text the caller knows is Markdown; ``tight`` where both edges are
    CJK or one is a CJK mark ("…`local_key`、" / "`candidate_key`": no space after "、").
    Guard ``markdown_item_sentence_end``: a line ending a sentence ("。", "！", "？", through
    closing quotes; not "；", which ends a clause of a longer item) is left to the width rules (a book's paragraph end set as an item's
    hanging lines, session 42's 阿庇安 guard)."""
    join = np.zeros(len(a), dtype=bool)
    if not markdown:
        return join, join.copy()
    from transforms.cjk_layout import cjk_mask  # cjk_layout imports this module

    _, _, first, last, _ = lines
    la, fb = last[a] - 1, first[b]
    ends, opens = cjk_mask(cp[la]), cjk_mask(cp[fb])
    marks = _cjk_mark(cp[la]) | _cjk_mark(cp[fb])
    pos = la.copy()  # guard markdown_item_sentence_end: back through closing quotes
    for _ in range(2):
        pos = np.where(isin(cp[pos], _CLOSING) & (pos > first[a]), pos - 1, pos)
    open_end = ~isin(cp[pos], _STOPS)
    hanging: dict[int, int] = {}  # a hanging line -> its item's indent
    for k in np.flatnonzero((indent[b] > indent[a]) | (indent[b] > 0)).tolist():
        la, lb = int(a[k]), int(b[k])
        if indent[lb] <= 0 or _BLOCK.match(text, int(first[lb])):
            continue
        if _ITEM.match(text, int(first[la])) and indent[lb] > indent[la]:
            hanging[lb] = int(indent[la])
        elif la in hanging and indent[lb] == indent[la]:
            hanging[lb] = hanging[la]
        else:
            continue
        join[k] = bool((ends[k] or opens[k]) and open_end[k])
    return join, join & ((ends & opens) | marks)


def _cjk_mark(cp) -> np.ndarray:
    """CJK punctuation (U+3001-U+303F) and full-width marks (not letters or digits)."""
    full = (cp >= 0xFF01) & (cp <= 0xFF65)
    letter = ((cp >= 0xFF10) & (cp <= 0xFF19)) | ((cp >= 0xFF21) & (cp <= 0xFF3A))
    letter |= (cp >= 0xFF41) & (cp <= 0xFF5A)
    return ((cp >= 0x3001) & (cp <= 0x303F)) | (full & ~letter)
