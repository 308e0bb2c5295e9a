"""The text around a title line and the document's layout, read by rule
``cjk_title_lines`` (``transforms.cjk_titles``, where its clauses are described):
whether the next line goes on a sentence (clauses ``quoted_words_in_title``,
``run_on_title_quote``, ``long_title_run_on_telegram``), whether blank lines set a line
apart (``quoted_title_set_apart``), whether prose stands under it (``cjk_dateline``,
``year_heading_in_verse_book``), whether the paragraphs run on
(``subtitles_paragraphs_run_on``), where numbered chapters lie
(``chapters_in_one_piece``) and whether titles divide the text (``titles_divide_text``).
"""

from __future__ import annotations

import re

from transforms.cjk_run_on import prose_runs_on
from transforms.ja_quoted_titles import japanese

MAX_TITLE_CHARS = 16
MIN_TEXT_CHARS = 20
MAX_PART_SHARE = 0.25
MAX_PIECE_SHARE = 0.5  # clause chapters_in_one_piece
MAX_APART_SHARE_RUN_ON = 0.12  # clause subtitles_paragraphs_run_on
PROSE_LINE = 40
_PROSE_END = re.compile(r"[。！？…][」』”’）)]*$")
_CLAUSE_MARK = set("、，。：；！？")


def _continued(texts: list[str], i: int) -> bool:
    """Whether the next text line after line ``i`` opens with a clause mark ("、“真理”之意。"
    under "“王者”即“最高”", 理想国's page break): the line is half a sentence."""
    nxt = next((t for t in texts[i + 1 : i + 4] if t), "")
    return nxt[:1] in _CLAUSE_MARK


def _apart(blank: list[bool], i: int) -> bool:
    """Clause ``quoted_title_set_apart``: two blank lines or more right above or under
    line ``i``."""
    return (i >= 2 and blank[i - 1] and blank[i - 2]) or (
        i + 2 < len(blank) and blank[i + 1] and blank[i + 2]
    )


def _heads_prose(texts: list[str], i: int) -> bool:
    """Whether the next text line after line ``i`` is prose (a sentence mark
    last, or ``PROSE_LINE`` characters): a year over prose ("一九六六年" over
    that year's story, a chronicle's chapter) is a title; a date closing an
    essay sits over its source note ("（1924年2月作，选自《雨天的书》）") or
    the next title."""
    for t in texts[i + 1 : i + 4]:
        if t:
            return len(t) >= PROSE_LINE or _PROSE_END.search(t) is not None
    return False


# Clause year_heading_in_verse_book (session 32): in a book of verse set one to a line
# (clause verse_lines_no_titles finds its pairs), a date with two blank lines or more
# under it heads the verses that follow: 高浜虚子's 六百句 and 五百五十句 set each year
# ("昭和十六年") over four blank lines and its haiku, which are no prose, so the years
# were taken for closing dates and lost. A book of prose is never such a book: closing
# dates there keep the prose test.


def _heads_year(texts: list[str], blank: list[bool], i: int, verse_book: bool) -> bool:
    """Clause ``cjk_dateline``: whether date line ``i`` heads text (prose under it; in a
    verse book, clause ``year_heading_in_verse_book``, two blank lines under it)."""
    if _heads_prose(texts, i):
        return True
    return verse_book and i + 2 < len(blank) and blank[i + 1] and blank[i + 2]


# Clause run_on_title_quote (session 31, review): a line only those two clauses admit
# (over MAX_TITLE_CHARS, or joined by "――") is a quote, no title, when the next text
# line goes on its sentence ("という大島のがっしゃがしゃが節が", "といふ電報が届いた":
# a song, a telegram quoted in 北原白秋's フレップ・トリップ and 岸田國士's 落葉日記).
_QUOTE_GOES_ON = ("とい", "と云", "と言")
# Clause long_title_run_on_telegram (session 31, review): over MAX_TITLE_CHARS, katakana
# alone is a telegram's text ("ソチライツタツタカリエコマダカヘラヌ"), no title.
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]+")


def _widened_quote(texts: list[str], i: int, b: str) -> bool:
    """Clauses ``run_on_title_quote`` and ``long_title_run_on_telegram``: whether
    line ``i`` (``b`` without its note mark), a title only by ``dash_title_run_on`` or
    ``long_title_run_on``, is quoted text instead."""
    if len(b) <= MAX_TITLE_CHARS and "――" not in b:
        return False
    if len(b) > MAX_TITLE_CHARS and _KATAKANA.fullmatch(b):
        return True
    nxt = next((t for t in texts[i + 1 : i + 4] if t), "")
    return nxt.lstrip(" \u3000").startswith(_QUOTE_GOES_ON)


def chapters_span(texts, chapter_lines: list[int]) -> tuple[int, int] | None:
    """Clause ``chapters_in_one_piece``: the first and last of ``chapter_lines`` when
    the text between them holds at most ``MAX_PIECE_SHARE`` of the document's
    characters (one story's chapters in a collection: 阿Ｑ正传's 第一章..第九章 hold
    0.27 of 呐喊; a novel's chapters hold nearly all of it)."""
    if not chapter_lines:
        return None
    first, last = chapter_lines[0], chapter_lines[-1]
    inside = sum(map(len, texts[first : last + 1]))
    return (first, last) if inside <= MAX_PIECE_SHARE * sum(map(len, texts)) else None


def paragraphs_run_on(lines) -> bool:
    """Clause ``subtitles_paragraphs_run_on``: at most ``MAX_APART_SHARE`` of the
    text lines of ``lines`` have a blank line above (one paragraph a line, no blank
    line between paragraphs: Aozora Bunko's layout), or clause ``run_on_around_headings``."""
    text_lines = [i for i, t in enumerate(lines.texts) if t]
    apart = sum(1 for i in text_lines if i and lines.blank[i - 1])
    return (
        bool(text_lines) and apart <= MAX_APART_SHARE_RUN_ON * len(text_lines)
    ) or prose_runs_on(lines, MAX_APART_SHARE_RUN_ON, MIN_TEXT_CHARS, japanese)


def titles_divide_text(texts, stops: list[int]) -> bool:
    """Clause ``titles_divide_text``: no part of ``texts`` (the lines before
    ``stops[0]``, or from one stop to the next or the end) holds more than
    ``MAX_PART_SHARE`` of the characters, or 3 / (parts with text) when that is more."""
    sizes = [0] * (len(stops) + 1)
    part = 0
    stop_at = stops + [len(texts)]
    for i, t in enumerate(texts):
        while i >= stop_at[part]:
            part += 1
        sizes[part] += len(t)
    parts = sum(1 for size in sizes if size)
    return max(sizes) <= max(MAX_PART_SHARE, 3 / max(parts, 1)) * sum(sizes)
