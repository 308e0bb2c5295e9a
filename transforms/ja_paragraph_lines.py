"""Clause ``ja_paragraph_lines`` (session 35): Japanese text set a paragraph a line has no
wrap column, so the unwrap stage joins none of its CJK lines.

Japanese web novels, and Aozora Bunko text whose notation is gone (clause
``aozora_never_wrapped`` reads only text that still carries it), put a paragraph on each
line and indent it with "　", but not the dialogue lines (「…」) nor the paragraphs some
typists left unindented. The unwrap stage measures a wrap column anyway (95th percentile)
and the longest paragraphs, "full" at it, ran into the unindented line under them: over a
random 213 of the Aozora mirror's texts, their notation, legend and colophon taken out,
2,905 such joins in 85 texts (海野十三 000160 2719: 161).

A hard-wrapped text has no line much wider than its column: in 水浒传 and 红楼梦 (70-74
columns) 0.5 and 0.3 per thousand of the CJK lines followed by another are wider than 1.15
times the 95th percentile (a heading, a table row); in those 213 paragraph-a-line texts,
6.7-138 per thousand (median 33.5), apart from 2 of few lines (0). So a Japanese text
(``aozora.KANA_SHARE`` kana among its CJK letters) with at least ``MIN_OVER`` of its CJK
lines wider than ``OVER_WIDTH`` times the 95th percentile is set a paragraph a line.
Widths are display columns (a Latin letter one), so a hard-wrapped manual's lines full of
Latin words (``cjk_mixed_width``) are not "over". Guards: clause ``ja_paragraph_lines_pile``
(below); Chinese text is not read (most of its paragraph-a-line books indent every
paragraph; hard-wrapped Chinese books pass the width test, see the pile); ``MIN_LINES``.
With the pile guard the 213 texts keep 398 of the 2,905 joins (4 texts piled at 0.56-0.78).

Clause ``zh_paragraph_lines`` (session 35): Chinese text passing the same tests is read when
its full lines (those the stage would join) end sentences: at least ``ZH_END_SHARE`` of them
(``full_line_ends``: "。！？…；" through closing quotes and a note number "【12】"). Over 291
texts of the five Chinese mirrors, hard-wrapped books have 0.04-0.16 (a wrap lands on a
sentence end by chance), paragraph-a-line ones 0.76-1.0; rule ``cjk_verse_lines`` (0.8 of
them ending a clause) already kept most of these, not those whose lines end in a note
number or a variant note ("（一作…）"): 199 joins in 33 texts, now undone.
"""

from __future__ import annotations

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search

OVER_WIDTH = 1.15
MIN_OVER = 0.004
MIN_LINES = 20
# Clause ja_paragraph_lines_pile: lines piled at one width are a wrap column, whatever
# the overlong lines (hard-wrapped Chinese books of the hankinghu mirror: 邓小平时代, 近代中国
# 社会的新陈代谢, 胡平's essays have 5.0-9.8 per thousand lines "over", from tables and
# unwrapped passages, but 0.59-0.96 of their full lines within a character of the commonest
# width; the 213 paragraph-a-line texts: median 0.11, 7 at 0.5 or more).
FULL = 0.85
MAX_PILE = 0.5


# Clause zh_paragraph_lines: a text that is not Japanese (Chinese) passes the same width and
# pile tests and at least ZH_END_SHARE of its full lines (those the unwrap stage would join,
# ZH_MIN_FULL or more) end a sentence: every full line is a whole paragraph.
ZH_END_SHARE = 0.5
ZH_MIN_FULL = 10


# Clause zh_short_paragraph_lines: under SHORT_PAIRS CJK line pairs the 95th percentile is
# near the longest pair line and the width test cannot fire; there the text's own CJK lines
# at least that full width tell it (SHORT_MIN_FULL or more, SHORT_ALONE of them followed by
# no CJK line: whole paragraphs), with the pairs' own evidence: SHORT_OVER of the text's
# lines and of the pairs' next lines wider than OVER_WIDTH times the pairs' column (a title
# or a stray line over a paragraph), or every full pair line ending a sentence. Over the
# five Chinese mirrors' 71 texts of 1-39 pairs, the hard-wrapped ones (jbts6's Markdown
# plans) have at most 17 such full-width lines, or 31 standing alone with 0.06 of the lines
# over and no full pair line ending a sentence (design.md): kept.
SHORT_PAIRS = 40
SHORT_MIN_FULL = 20
SHORT_ALONE = 0.9
SHORT_OVER = 0.5
# Clause zh_short_paragraph_lines_ends_wider: the sentence-end arm also needs SHORT_ENDS_WIDER
# of the full-width lines wider than OVER_WIDTH times the column (paragraphs longer than
# the pairs' lines); a hard-wrapped text of short paragraphs has none, and one or two full
# lines ending with "。" by chance are no evidence (the mirrors' texts: 0.19 or more).
SHORT_ENDS_WIDER = 0.1
# Clause zh_short_paragraph_book (session 40; read as a proportion, session 42): a book set a
# paragraph a line whose few pairs (under SHORT_PAIRS: a contents list, a verse quoted, an intro
# of three paragraphs) hold a line that ends no sentence: its full-width lines standing alone and
# wider than OVER_WIDTH times the pairs' column (paragraphs no wrap cut: a wrapper leaves no line
# past its column) are SHORT_BOOK_SHARE per pair or more: for each pair as much evidence as the
# short clause asks in all (SHORT_MIN_FULL), with SHORT_ALONE of the full lines alone and
# SHORT_ENDS_WIDER over the column as above. Session 40 counted the lines alone (200 or more,
# fitted to the mirrors' gap 31 vs 1,120). One pair per paragraph line or so is not enough: a
# short paragraph-a-line text (說苑, 17 paragraphs) with one paragraph hard-wrapped inside it
# (2 pairs) keeps its joins (test_zh_short_paragraph_lines_s36's guard); A/B over the mirrors in
# docs/quality/session-42-wtG.md.
SHORT_BOOK_SHARE = SHORT_MIN_FULL
# Clause zh_tiny_paragraph_lines (session 50, branch wtE): in a text of under TINY_PAIRS CJK
# line pairs the 95th percentile is the longest pair line itself, so that line always reads
# as full and joined the next paragraph ("…走向没落的时代。" + "在和父亲发生冲突以前…", a
# four-paragraph excerpt of 毛泽东传). There every full pair line ending a sentence keeps the
# text's lines: a wrap lands after "。" by chance (0.04-0.16 of a hard-wrapped book's full
# lines, above), a paragraph-a-line text's lines end one. A tiny hard-wrapped passage
# whose full lines end mid-sentence joins as before. Guard tiny_lines_one_block: every
# non-blank line is in a pair (the text is one block of lines); a text whose paragraphs
# stand apart (blank lines, a line alone) shows its paragraphs so, and a block in it is a
# wrapped paragraph even where its full lines end with "。" by chance (說苑's sentences
# wrapped at 10 characters, test_zh_short_paragraph_lines_s36; the five Markdown plans of
# jbts6/wuxia-novel whose sentence-a-line paragraphs the first version kept apart).
TINY_PAIRS = 8


def paragraph_lines(
    text: str, columns: np.ndarray, cjk_width: np.ndarray, percentile: float, ends=None, short=None
) -> bool:
    """Clause ``ja_paragraph_lines``: ``columns``, the display widths of the CJK lines
    followed by a CJK line, show no wrap column, nor do their all-full-width widths
    ``cjk_width`` pile at one width (clause ``ja_paragraph_lines_pile``), and ``text``
    is Japanese, or (clause ``zh_paragraph_lines``) ``ends()``, whether each full line
    ends a sentence, holds for ``ZH_END_SHARE`` of them; or (clause
    ``zh_short_paragraph_lines``, ``short``: code points, lines, the pairs' lines, the
    fill share) a short text's full-width lines are whole paragraphs."""
    if _paragraph_lines(text, columns, cjk_width, percentile, ends):
        return True
    if short is None or not 0 < len(columns) < SHORT_PAIRS:
        return False
    if not _short_lines(cjk_width, percentile, ends, *short) and not _tiny_lines(ends, *short):
        return False
    from transforms.aozora import _japanese

    return not _japanese(text)


def _tiny_lines(ends, cp, lines, pair_a, pair_b, fill) -> bool:
    """Clause ``zh_tiny_paragraph_lines`` (session 50): a text of under ``TINY_PAIRS`` CJK
    line pairs (a short article, a note: too few lines for ``zh_short_paragraph_lines``)
    whose full pair lines, those the stage would join, all end a sentence, and whose every
    non-blank line is in a pair (guard ``tiny_lines_one_block``)."""
    if ends is None or len(pair_a) >= TINY_PAIRS:
        return False
    _, _, _, _, blank = lines
    paired = np.zeros(len(blank), dtype=bool)
    paired[pair_a] = True
    paired[pair_b] = True
    if (~blank & ~paired).any():
        return False  # guard tiny_lines_one_block: a line standing alone parts the paragraphs
    line_start, _, first, _, _ = lines
    if not (first[~blank] > line_start[~blank]).all():
        return False  # guard tiny_lines_indented: every line opens with a paragraph indent
    full = ends()
    return len(full) > 0 and bool(full.all())


def _short_lines(cjk_width, percentile, ends, cp, lines, pair_a, pair_b, fill) -> bool:
    """Clause ``zh_short_paragraph_lines`` (see ``SHORT_PAIRS``)."""
    line_start, _, first, last, blank = lines
    wrap = float(np.percentile(cjk_width, percentile))
    width = 2 * (last - first) + (first - line_start)
    edge = (
        ~blank
        & (cp[np.maximum(last - 1, 0)] >= 0x2E80)
        & (cp[np.minimum(first, len(cp) - 1)] >= 0x2E80)
    )
    wide = edge & (width >= fill * wrap)
    if wide.sum() < SHORT_MIN_FULL:
        return False
    in_pair = np.zeros(len(blank), dtype=bool)
    in_pair[pair_a] = True
    if (wide & ~in_pair).sum() < SHORT_ALONE * wide.sum():
        return False
    over = width > OVER_WIDTH * wrap
    # Clause zh_short_paragraph_lines_next_wider: a title line over its paragraph, the
    # pairs' next lines wider than the column too; a hard-wrapped passage's next lines
    # never are (its wanted joins stay).
    if over[~blank].mean() >= SHORT_OVER and over[pair_b].mean() >= SHORT_OVER:
        return True
    if ends is None or over[wide].mean() < SHORT_ENDS_WIDER:
        return False
    if (wide & ~in_pair & over).sum() >= SHORT_BOOK_SHARE * len(pair_a):  # zh_short_paragraph_book
        return True
    full = ends()
    return len(full) > 0 and bool(full.all())


def _paragraph_lines(text, columns, cjk_width, percentile, ends) -> bool:
    """Clauses ``ja_paragraph_lines`` and ``zh_paragraph_lines``."""
    if len(columns) < MIN_LINES:
        return False
    wrap = float(np.percentile(columns, percentile))
    if (columns > OVER_WIDTH * wrap).mean() < MIN_OVER:
        return False
    # Clause ja_paragraph_lines_pile_columns: a text wrapped by display columns with
    # half-width words in it (an editor's fill column) piles in columns, not in characters.
    if _pile(cjk_width, percentile) >= MAX_PILE or _pile(columns, percentile) >= MAX_PILE:
        return False  # clause ja_paragraph_lines_pile
    from transforms.aozora import _japanese  # the kana test of clause aozora_kana_text

    if _japanese(text):
        return True
    return ends is not None and _sentence_lines(ends())


def _sentence_lines(ends: np.ndarray) -> bool:
    """Clause ``zh_paragraph_lines``: ``ends``, whether each full line ends a sentence."""
    return len(ends) >= ZH_MIN_FULL and float(ends.mean()) >= ZH_END_SHARE


def _pile(widths: np.ndarray, percentile: float) -> float:
    """Clause ``ja_paragraph_lines_pile``: the share of the full ``widths`` (``FULL`` times
    their ``percentile`` or more) within 2 columns of the commonest."""
    top = widths[widths >= FULL * float(np.percentile(widths, percentile))].astype(int)
    mode = int(np.argmax(np.bincount(top)))
    return float((np.abs(top - mode) <= 2).mean())


_NOTE_CLOSE = np.asarray([ord("】"), ord("]"), ord("］")], dtype=np.uint32)
_NOTE_OPEN = (ord("【"), ord("["), ord("［"))


def full_line_ends(cp: np.ndarray, last: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Clause ``zh_paragraph_lines``: whether each full line (last character at ``last``,
    first at ``first``) ends a sentence, read before a note number ("…150天。【2】")."""
    from transforms.cjk_layout import ends_sentence

    pos = last.copy()
    for k in np.flatnonzero(isin(cp[last], _NOTE_CLOSE)).tolist():
        j = int(last[k]) - 1
        while j > first[k] and 48 <= cp[j] <= 57:
            j -= 1
        if j < last[k] - 1 and j > first[k] and cp[j] in _NOTE_OPEN:
            pos[k] = j - 1
    return ends_sentence(cp, pos, first)
