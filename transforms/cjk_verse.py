"""Rules of the unwrap stage for CJK verse (``transforms.cjk_layout`` calls
them; the rules are described in its module docstring): ``cjk_verse``, lines of
one regular verse keep their breaks, and clause ``verse_plain_lines`` of rule
``cjk_verse_lines``: a line opening with a list marker or holding inline code
counts as a line ending no clause (the items of a changelog or a README:
pypinyin's CHANGELOG.rst, whose wrapped items "* **[Changed]** ...读取），" end
on marks, was read as verse: its wraps were kept, and clause ``verse_titles``,
which acts only in a text read as verse, kept a wrap after "...返回格式）"), and
clause ``unmarked_verse_book``: a book of unmarked verse lines (haiku, tanka) keeps them.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search

# Clause verse_plain_lines: a line opening with a list marker ("* ", "- ", "1. ")
# or holding inline code is an item of a changelog or a README, not a verse
# line: rule cjk_verse_lines counts it as a line ending no clause. A Latin word
# alone does not count (review 16): verse and its prefaces hold them (北原白秋's
# 思ひ出: "SORI-BATTEN.びらうどのしとやかさ、", "Tonka John" on 27 of 225 full
# lines, which made the book prose and joined 194 of its lines).
_LIST_ITEM = re.compile(r"(?:[*+\-•]|\d{1,3}[.)、])\s")
_INLINE_CODE = re.compile(r"``|`\w")


def plain_lines(text: str, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Clause ``verse_plain_lines`` of rule ``cjk_verse_lines``: which of the lines ``text[first:last]`` may be verse (no list marker at the
    start, no inline code in them)."""
    return np.array(
        [
            not _LIST_ITEM.match(text, f) and not _INLINE_CODE.search(text, f, e)
            for f, e in zip(first.tolist(), last.tolist(), strict=True)
        ],
        dtype=bool,
    )


# Rule cjk_verse: a line of 1-4 clauses of n ideographs, each closed by a mark.
_VERSE_MARKS = "，。！？；、："
_IDEOGRAPH = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_VERSE_LINE = {
    n: re.compile(f"(?:[{_IDEOGRAPH}]{{{n}}}[{_VERSE_MARKS}]){{1,4}}") for n in range(3, 10)
}
_VERSE_END = np.asarray([ord(c) for c in _VERSE_MARKS], dtype=np.uint32)


def verse_breaks(text: str, cp, first, last, a, b) -> np.ndarray:
    """Rule ``cjk_verse``: for each pair of lines ``a`` / ``b`` (first and last
    non-space positions ``first``, ``last``), whether both are lines of the same
    regular verse (see the module docstring)."""
    out = np.zeros(len(a), dtype=bool)
    cand = np.flatnonzero(isin(cp[last[a] - 1], _VERSE_END) & isin(cp[last[b] - 1], _VERSE_END))
    for k, i, j in zip(cand.tolist(), a[cand].tolist(), b[cand].tolist(), strict=True):
        n = _clause(text, int(first[i]), int(last[i]))
        if n and n == _clause(text, int(first[j]), int(last[j])):
            out[k] = True
    return out


def _clause(text: str, start: int, end: int) -> int:
    """The clause length of a verse line ``text[start:end]``, or 0."""
    for n in range(3, min(10, end - start)):
        if text[start + n] in _VERSE_MARKS:
            size, rest = divmod(end - start, n + 1)
            fits = rest == 0 and size <= 4
            return n if fits and _VERSE_LINE[n].fullmatch(text, start, end) else 0
    return 0


# Clause unmarked_verse_book: a book whose full lines nearly all hold no mark is set
# line by line (haiku, tanka); VERSE_BOOK_SHARE of them at least, VERSE_BOOK_MIN or more.
VERSE_BOOK_SHARE = 0.8
VERSE_BOOK_MIN = 3
# Guard verse_widths_vary: at most this share of those lines at one width (a wrapper
# fills every line to its column: unpunctuated classical Chinese wrapped at 20). The
# width is in display columns from the line's start (clause verse_widths_columns): a
# wrapper's paragraph-opening lines hold two characters fewer after a two-column indent.
VERSE_BOOK_ONE_WIDTH = 0.5
# ... and at most this share within two adjacent columns: where spaces stand for the
# marks ("天下之至柔 驰骋天下之至坚") a full-width character that does not fit leaves a
# column, so a wrapper's lines split between the column and one short (0.86-0.91 at
# 40-70 columns); 野口雨情's songs, half-width spaces in 7-7 lines, hold 0.72.
VERSE_BOOK_NEAR_WIDTH = 0.8


def unmarked_verse_lines(width: np.ndarray, marked: np.ndarray) -> np.ndarray:
    """Clause ``unmarked_verse_book`` of rule ``cjk_verse_lines``: of a document's full
    CJK lines (``width`` in display columns from the line's start, ``marked``: holding
    a clause or sentence mark), those never joined: all of them when the unmarked ones are at least
    ``VERSE_BOOK_SHARE`` of the full lines and ``VERSE_BOOK_MIN`` or more, and (guard
    ``verse_widths_vary``) no more than ``VERSE_BOOK_ONE_WIDTH`` of them share one width.
    A haiku book (内藤鳴雪「鳴雪句集」: 181 of 186 full lines unmarked, 17-20
    characters, 41% at the commonest width) had its verse lines joined in pairs
    ("粥杖に冠落ちたる不覚かな書初　　　青楼に…")."""
    plain = ~marked
    n = int(plain.sum())
    if n < VERSE_BOOK_MIN or n < VERSE_BOOK_SHARE * len(marked):
        return np.zeros(len(marked), dtype=bool)
    if _one_width(width[plain]):
        return np.zeros(len(marked), dtype=bool)
    # Clause verse_book_paragraphs: such a book is set a line at a time, its prose too
    # (鳴雪句集's preface: five paragraphs, each on one line, ran into the next), unless
    # its marked lines are a wrapper's (clause verse_book_wrapped_preface: a Chinese
    # collection's preface wrapped at one column, "...攻陷同州，" / "以為同州防禦使").
    if int(marked.sum()) >= VERSE_BOOK_MIN and _one_width(width[marked]):
        return plain
    return np.ones(len(marked), dtype=bool)


def _one_width(width: np.ndarray) -> bool:
    """Guard ``verse_widths_vary``: ``width``'s lines pile up at one width, or at two
    adjacent ones (see ``VERSE_BOOK_ONE_WIDTH``, ``VERSE_BOOK_NEAR_WIDTH``)."""
    counts = np.bincount(width)
    near = (counts + np.append(counts[1:], 0)).max()
    return bool(
        counts.max() > VERSE_BOOK_ONE_WIDTH * len(width)
        or near > VERSE_BOOK_NEAR_WIDTH * len(width)
    )
