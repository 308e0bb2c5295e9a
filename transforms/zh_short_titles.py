"""Clause ``zh_short_title_lines`` (session 38, branch wtF; ``kept_breaks`` is called from
``transforms.cjk_layout.cjk_joins`` with clause ``zh_numbered_item_lines``): in a short
text (fewer than ``SHORT_PAIRS`` CJK line pairs, where the unwrap stage's wrap column is
read from a handful of lines and a title line is "full" at it) a title-like line keeps its
break: one holding no clause or sentence mark (``_MARKS``), of at most ``TITLE_CHARS``
characters, narrower than ``MIN_WIDER`` and ``WIDER_SHARE`` of the text's lines by
``OVER_WIDTH`` (the text's paragraphs run past it: it is no wrap column). Over the five
Chinese mirrors the stage joined such lines to the line under them in chapter files of
one pair: 三十三剑客图's titles to their first paragraph ("赵处女" / "江苏与浙江到宋朝时…"),
绝塞传烽录's "第一回 恩仇未了相思债 利害云何骨肉情（上）" to its subtitle "辣手观音与总镖头",
鹿鼎记's "纵横钩党清流祸 峭蒨风期月旦评" to "北风如刀，满地冰霜。", 时间简史's title to
"作者：史蒂芬·霍金": 45 joins in 39 files undone, none added, every one read; 300 built
short hard-wrapped samples unchanged (docs/quality/session-38-wtF.md).

Guards ``title_line_chinese`` (Japanese and Korean text, kana among its letters or no Han,
is not read: not measured there), ``title_line_unmarked`` (a line with a comma or a stop
is prose: a hard-wrapped line holds one every few characters), ``title_line_short`` and
``title_line_narrower`` (a hard-wrapped text has no lines past its column: its full lines,
marked or not, join), ``title_line_columns`` (review 38: a line is wider in characters and in
display columns both; over 1,446 built short hard-wrapped samples from the five mirrors, read
by characters alone 2 wraps stayed in texts wrapped at a column with Latin words in them).
Session 39, clause ``title_line_latin_width``: ``title_line_short`` counts display columns
(``2 * TITLE_CHARS``), a Latin letter half a Han character: 凯南's "原标题《The Sources of Soviet
Conduct》", 34 characters and 39 columns, keeps its break (1 join undone in the mirrors).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.cjk_numbered_items import numbered_item_pairs
from transforms.ja_paragraph_lines import OVER_WIDTH, SHORT_PAIRS

TITLE_CHARS = 30
MIN_WIDER = 3
WIDER_SHARE = 0.2
_WIDE = 0x2E80  # CJK radicals on: two columns wide
_MARKS = re.compile("[，。；！？、：,.;:!?…]")


def kept_breaks(text, cp, lines, a, b, joined, cjk) -> np.ndarray:
    """Indices of ``joined`` whose break stays: clauses ``zh_numbered_item_lines``
    (``transforms.cjk_numbered_items``) and ``zh_short_title_lines``."""
    kept = numbered_item_pairs(text, cp, lines, a, b, joined)
    if not joined.size or int(cjk.sum()) >= SHORT_PAIRS:
        return kept
    titles = short_title_pairs(text, cp, lines, a, joined)
    from transforms.aozora import _japanese  # guard title_line_chinese

    if not titles.size or _japanese(text):
        return kept
    return np.union1d(kept, titles)


def short_title_pairs(text, cp, lines, a, joined) -> np.ndarray:
    """Clause ``zh_short_title_lines`` (module doc): the pairs of ``joined`` whose upper
    line is a title."""
    _, _, first, last, blank = lines
    wide = np.concatenate(([0], np.cumsum(cp >= _WIDE)))
    chars = last - first
    columns = chars + wide[last] - wide[first]
    # guard title_line_short, in display columns (clause title_line_latin_width, session 39: a
    # Latin letter is half a Han character wide; 凯南's "原标题《The Sources of Soviet Conduct》"
    # is 34 characters, 39 columns, as wide as a Chinese title of 20)
    short = columns[a[joined]] <= 2 * TITLE_CHARS
    unmarked = [
        k
        for k in joined[short].tolist()
        if not _MARKS.search(text, int(first[a[k]]), int(last[a[k]]))  # title_line_unmarked
    ]
    if not unmarked:
        return np.array(unmarked, dtype=np.int64)
    # guard title_line_columns (review 38): a line is wider in characters and in display
    # columns (a Han character two, a Latin letter one): a text wrapped at a column with Latin
    # words in some lines holds more characters there, one wrapped at a character count
    # more columns; neither has a line past its column
    chars, widths = chars[~blank], columns[~blank]
    keep = []
    for k in unmarked:
        n, c = int(last[a[k]] - first[a[k]]), int(columns[a[k]])
        wider = int(((chars > OVER_WIDTH * n) & (widths > OVER_WIDTH * c)).sum())
        # guard title_line_narrower
        if wider >= MIN_WIDER and wider >= WIDER_SHARE * widths.size:
            keep.append(k)
    return np.array(keep, dtype=np.int64)
