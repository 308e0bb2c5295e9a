"""Korean line layout for the unwrap stage (rules of ``unwrap.find_wraps``;
the Chinese and Japanese ones are in ``transforms.cjk_layout``).

Rule ``hangul_space`` (in ``unwrap.find_wraps``): Korean separates words with
spaces, so a wrap between two lines that both hold Hangul is a space, not
nothing ("이야기를 나누었고" / "선생님께서" lost its word boundary as
"나누었고선생님께서"), Hanja and punctuation at the edges too. Such a pair joins
when the line is as full as CJK lines that join (``cjk_fill``) or, as in
English, when the next line's first word would not have fitted on it (a
word-wrapped Korean line is as short as the word that did not fit leaves it);
Chinese and Japanese (no Hangul) still join without a space.

Rule ``hangul_verse`` (in ``unwrap.find_wraps``): Korean verse set a verse a
line keeps its breaks, as Chinese verse does under ``cjk_verse_lines``: in a
block (between blank lines) of at least ``HANGUL_VERSE_LINES`` lines that all
hold Hangul, when at least ``VERSE_END_SHARE`` of its lines end a clause or a
sentence (",", ".", "!", "?", ... through closing quotes), its Hangul pairs do
not join. 애국가 with its marks after a wrapped Korean paragraph lost 8 of its
16 verse breaks when the prose was wrapped narrower than the verse (it fills
the column, and the next line's first word would not have fitted). Wrapped
Korean prose ends a line on a mark only where a word ending a clause met the
width: four such lines in a row are rare, but not in short sentences of
dialogue ("…오는데," / "…끄덕였다." / "…바라보았다." / "…않았다." wrapped at
48). Clause ``not_wrapped``: some line of the block must also have had room
for the next line's first word within the block's widest line, counted both
in characters and in columns; a paragraph wrapped at its own width has none.
A verse of lines of one length (every next word overflowing) is not found.

Rule ``hangul_width``: Korean ends its sentences with Latin marks ("...한다."),
so the Korean line pairs with a CJK character at both edges are the lines that
stop mid-phrase. Wrapped prose stops most of its lines so; when fewer than
half of the Korean pairs do, the lines are sentences or paragraphs (a law set
an article or a numbered clause a line) and those pairs are headings and list
items, short: the wrap column of the Korean pairs is measured over every one
of them, not over the CJK-edged ones alone.

Rule ``hangul_articles``: after a line that ends a sentence, a Korean line
opening with a circled clause number (① .. ⑳) or a law's article
("제77조 ① ...", "제43조의2(협의단계)") starts a unit; it is not joined even
when the line above is full.

Clause ``hangul_cut`` of rule ``hangul_space``: some wrappers cut Korean
anywhere, as they cut Chinese (debian-faq-ko's text: "패키" / "지를", "있습" /
"니다", "소프" / "트웨어"; roughly 480 of its 751 Korean breaks cut a word). Between
two Hangul runs at a break joined with a space, the document's own spelling
decides as under ``latin_in_cjk``'s ``word_forms``: written whole elsewhere
and never apart, the break cut a word and joins tight. Only in a document that
shows the habit: at least ``HANGUL_CUT_MIN`` such pairs and
``HANGUL_CUT_SHARE`` of its spaced Hangul pairs; Korean wrapped at spaces has
almost none (the FAQ's paragraphs wrapped at spaces: 0 of 836 and 3 of 669
pairs, the Constitution 0 of 448), as one document's spacing is not
consistent ("재적의원과반수" and "재적의원 과반수").

Cost: a few array operations over the lines; nothing without Hangul.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.cjk_layout import (
    _CLAUSE_END,
    VERSE_END_SHARE,
    _ends_with,
    cjk_mask,
    ends_sentence,
    word_forms,
)

HANGUL_VERSE_LINES = 4


# Rule hangul_space: Hangul syllables, jamo and compatibility jamo.
_HANGUL_RANGES = ((0xAC00, 0xD7B0), (0x1100, 0x1200), (0x3130, 0x3190), (0xA960, 0xA980))


def hangul_lines(cp: np.ndarray, line_start: np.ndarray, blank: np.ndarray) -> np.ndarray:
    """Rule ``hangul_space``: whether each line holds a Hangul character."""
    mask = np.zeros(len(cp), dtype=bool)
    for lo, hi in _HANGUL_RANGES:
        mask |= (cp >= lo) & (cp < hi)
    holds = np.zeros(len(line_start), dtype=bool)
    if not mask.any():
        return holds
    valid = line_start < len(cp)
    holds[valid] = np.logical_or.reduceat(mask, line_start[valid])
    return holds & ~blank


def hangul_verse_lines(cp, lines, hangul: np.ndarray) -> np.ndarray:
    """Rule ``hangul_verse``: whether each line is in a block of Korean verse
    (see the module docstring)."""
    _, _, first, last, blank = lines
    block = np.cumsum(blank)
    text_lines = np.flatnonzero(~blank)
    ends = np.zeros(len(blank), dtype=bool)
    ends[text_lines] = _ends_with(cp, last[text_lines] - 1, first[text_lines], _CLAUSE_END)
    size = np.bincount(block, weights=~blank, minlength=block[-1] + 1)
    korean = np.bincount(block, weights=hangul, minlength=block[-1] + 1)
    marked = np.bincount(block, weights=ends, minlength=block[-1] + 1)
    verse = (size >= HANGUL_VERSE_LINES) & (korean == size) & (marked >= VERSE_END_SHARE * size)
    if verse.any():
        verse &= _room_in_block(cp, first, last, block, text_lines, len(size))
    return verse[block] & ~blank


def _room_in_block(cp, first, last, block, text_lines, n_blocks) -> np.ndarray:
    """Clause ``not_wrapped`` of rule ``hangul_verse``: whether some line of a
    block would have held the next line's first word within the block's widest
    line, counted in characters and in columns (a wide character is two).
    A paragraph wrapped at its own width never has such a line, whichever
    count its wrapper used: short sentences of dialogue ending four lines on
    a mark do not make it verse."""
    t = text_lines
    spaces = np.flatnonzero(cp == 32)
    k = np.searchsorted(spaces, first[t])
    gap = np.r_[spaces, len(cp)][k]
    word_end = np.minimum(gap, last[t])
    wide = np.r_[0, np.cumsum(cjk_mask(cp))]
    pair_block = block[t[:-1]]
    same = pair_block == block[t[1:]]
    room = np.ones(n_blocks, dtype=bool)
    for cols in (None, wide):  # characters, then columns
        width = last[t] - first[t]
        word = word_end - first[t]
        if cols is not None:
            width = width + cols[last[t]] - cols[first[t]]
            word = word + cols[word_end] - cols[first[t]]
        widest = np.zeros(n_blocks, dtype=np.int64)
        np.maximum.at(widest, block[t], width)
        fits = same & (width[:-1] + 1 + word[1:] <= widest[pair_block])
        room &= np.bincount(pair_block[fits], minlength=n_blocks) > 0
    return room


_ARTICLE = re.compile(r"[\u2460-\u2473]|제\d{1,3}조(?:의\d{1,2})?[ (\u2460-\u2473]")


def _article_starts(text: str, starts: np.ndarray) -> np.ndarray:
    """Rule ``hangul_articles``: whether a line opens with a circled clause
    number (① .. ⑳) or a law's article ("제12조 ", "제43조의2(협의단계)")."""
    return np.fromiter((_ARTICLE.match(text, p) is not None for p in starts.tolist()),
                       dtype=bool, count=len(starts))  # fmt: skip


def korean_joins(text, cp, lines, pairs, cjk_width, cjk_wrap, config):
    """The Korean decisions of ``cjk_layout.cjk_joins``: ``(join_cjk, spaced,
    korean, cut)``, ``join_cjk`` less the Korean pairs where rule ``hangul_width``
    measures them alone, ``spaced`` with the Korean pairs that join with a
    space, whether each pair is Korean (both lines hold Hangul), and which
    spaced pairs clause ``hangul_cut`` joins tight instead."""
    a, b, cjk, join_cjk, cut, spaced, word_end, overflow = pairs
    line_start, _, first, last, blank = lines
    la, fb = last[a] - 1, first[b]
    # Rule hangul_space: Korean lines join with a space when full or when the
    # next word would not have fitted, in columns or in characters (the two
    # measures of wrappers).
    hangul = hangul_lines(cp, line_start, blank)
    korean = hangul[a] & hangul[b]
    # Rule hangul_width: Korean ends its sentences with Latin marks ("...한다."),
    # so its pairs with a CJK character at both edges are the lines that stop
    # mid-phrase. Wrapped prose stops most lines so; when fewer than half of
    # the Korean pairs do, the lines are sentences or paragraphs and those
    # pairs are headings and list items, short: the wrap column is measured
    # over every Korean pair (the Constitution of the Republic of Korea, an
    # article a line: 18 of 331 pairs, 45 columns over them and 224 over all;
    # 73 of its lines joined their neighbours as wrapped).
    korean_wrap, full_korean = cjk_wrap, np.zeros(len(a), dtype=bool)
    if 2 * np.count_nonzero(korean & cjk) < np.count_nonzero(korean):
        korean_wrap = float(np.percentile(cjk_width[korean], config.percentile))
        full_korean = korean & (cjk_width >= config.cjk_fill * korean_wrap)
        join_cjk = join_cjk & ~korean
    overflow_chars = cjk_width + 2 * (1 + word_end - fb) > korean_wrap
    spaced |= korean & ~cut & (join_cjk | full_korean | overflow | overflow_chars)
    # Rule hangul_articles: after a sentence, a line opening an article or a
    # numbered clause of a law ("제77조 ① ...", "②계엄은 ...") starts it.
    after_end = np.flatnonzero(spaced & korean & ends_sentence(cp, la, first[a]))
    if len(after_end):
        spaced[after_end[_article_starts(text, fb[after_end])]] = False
    # Rule hangul_verse: a block of Korean verse lines keeps its breaks.
    if korean.any():
        spaced &= ~(korean & hangul_verse_lines(cp, lines, hangul)[a])
    return join_cjk, spaced, korean, hangul_cuts(text, cp, la, fb, spaced & korean)


def _syllables(cp: np.ndarray) -> np.ndarray:
    return (cp >= 0xAC00) & (cp < 0xD7A4)


_SYLLABLES = re.compile("[\uac00-\ud7a3]+")
HANGUL_CUT_SHARE = 0.2
HANGUL_CUT_MIN = 5


def hangul_cuts(text, cp, la, fb, spaced) -> np.ndarray:
    """Clause ``hangul_cut`` of rule ``hangul_space``: which of the ``spaced``
    pairs a wrapper cut inside a word (see the module docstring)."""
    out = np.zeros(len(spaced), dtype=bool)
    pairs = np.flatnonzero(spaced & _syllables(cp[la]) & _syllables(cp[fb]))
    if len(pairs) < HANGUL_CUT_MIN:
        return out
    form = word_forms(text, cp, la[pairs], fb[pairs], (_syllables, _SYLLABLES))
    whole = np.count_nonzero(form > 0)
    if whole >= HANGUL_CUT_MIN and whole >= HANGUL_CUT_SHARE * len(pairs):
        out[pairs[form > 0]] = True
    return out


# Clause hangul_indent_wrap (``unwrap.find_wraps``): in a Korean text that indents
# its paragraphs and sets one a line (염상섭's 삼대, satKorean: 3,205 of 3,300 lines
# open with a space), the source broke some paragraphs at a space, the rest of the
# paragraph on an unindented line ("...어린애를 친구라기는 " / "창피도 할걸세. 대단
# 광영일세.\""): such a line continues the one above. Only a line above that ends in
# that space and ends no sentence, and a next line without indent that opens with a
# Hangul syllable; a line after a closing quote ('..."' / "하고 역정을 낸다.") is
# the narration's own paragraph.
INDENTED_SHARE = 0.8

# Clause hangul_indent_wrap_verse: the line above is a long one (삼대's 18 such breaks
# follow lines of 39 characters or more); a verse or a list item quoted without indent,
# its lines ending in a space ("나 보기가 역겨워 " / "가실 때에는 "), keeps its lines.
WRAP_MIN_CHARS = 30


def indent_wraps(cp: np.ndarray, lines, a: np.ndarray, b: np.ndarray, indent, korean):
    """Clause ``hangul_indent_wrap``: which pairs ``a``/``b`` are such breaks."""
    line_start, line_end, first, last, blank = lines
    out = np.zeros(len(a), dtype=bool)
    if not korean.any() or (indent[~blank] > 0).mean() < INDENTED_SHARE:
        return out
    cand = np.flatnonzero(korean & (indent[b] == 0) & (line_end[a] > last[a]))
    if not len(cand):
        return out
    ca, cb = a[cand], b[cand]
    at_space = cp[line_end[ca] - 1] == 32
    opens = (cp[first[cb]] >= 0xAC00) & (cp[first[cb]] < 0xD7A4)
    open_end = ~ends_sentence(cp, last[ca] - 1, first[ca])
    full = last[ca] - first[ca] + 1 >= WRAP_MIN_CHARS  # clause hangul_indent_wrap_verse
    out[cand] = at_space & opens & open_end & full
    return out
