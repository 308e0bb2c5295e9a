"""Rule ``chapter_subtitles``: the unnumbered titles inside a CJK book's numbered
chapters (Aozora Bunko's 中見出し under a 大見出し: "第一回　交換船" over "赤い富士山",
"最初の査問" .., 久生十蘭's 内地へよろしく; "第１章――医学の起源" over "エジプト医学",
"アッシリアとバビロニアの医学" .., Sigerist's 医学の歴史 in Japanese).

Rule ``cjk_title_lines`` reads no title line of a chaptered book: a short line
inside a numbered chapter is mostly a line of it (a shop sign, a cry "不好" in a
web novel that sets a blank line between paragraphs). Such a line is a title
here only with the evidence of the book's layout:

* clause ``subtitles_paragraphs_run_on``: the book's paragraphs follow one
  another with no blank line between them (Aozora Bunko's layout): at most
  ``cjk_titles.MAX_APART_SHARE_RUN_ON`` of its text lines have a blank line above; then a blank
  line is the typesetter's, set around headings. A text with a blank line
  between paragraphs (Chinese web novels, most e-books) is outside the rule;
* clause ``subtitle_line_shape``: the line is of rule ``cjk_title_lines``' shape
  (CJK characters only, at most ``MAX_TITLE_CHARS``, a middle dot or a space
  between runs, no mark), blank lines above and under it, no date
  (``cjk_titles._DATE``: a closing date) and it heads prose (the next text line
  ends on a sentence mark or is ``PROSE_LINE`` characters: ``cjk_titles._heads_prose``);
* clause ``subtitles_across_chapters``: ``MIN_TITLES`` such lines or more, at
  least half of them distinct, and they stand in at least ``CHAPTER_SHARE`` of
  the chapters: a book divides its chapters this way throughout; one chapter
  quoting a pledge "誓約書" or a letter's heading divides none.

The titles rank under every heading found before them (as rule
``diary_date_lines``' entries do).
"""

from __future__ import annotations

import bisect

from transforms.cjk_titles import (
    _DATE,
    _TITLE,
    MAX_TITLE_CHARS,
    MIN_TITLES,
    _heads_prose,
    paragraphs_run_on,
)

CHAPTER_SHARE = 0.5


def chapter_subtitles(lines, taken: set[int], chapter_lines: list[int]) -> list[int]:
    """Lines of ``lines`` (``transforms.contents.Lines``) that title a part of a
    numbered chapter under rule ``chapter_subtitles``; ``taken`` are the lines of
    the headings found (and their title lines), ``chapter_lines`` the lines of the
    numbered chapters, in order."""
    texts, blank = lines.texts, lines.blank
    n = len(texts)
    if not chapter_lines:
        return []
    if not paragraphs_run_on(lines):  # clause subtitles_paragraphs_run_on
        return []
    text_lines = [i for i in range(n) if texts[i]]
    cands = [
        i
        for i in text_lines
        if 0 < i < n - 1
        and len(texts[i]) <= MAX_TITLE_CHARS
        and texts[i][0] >= "\u3041"
        and i not in taken
        and blank[i - 1]
        and blank[i + 1]
        and i > chapter_lines[0]
        and _TITLE.fullmatch(texts[i])
        and not _DATE.fullmatch(texts[i])
        and _heads_prose(texts, i)
    ]
    if len(cands) < MIN_TITLES or 2 * len({texts[i] for i in cands}) < len(cands):
        return []
    holding = {bisect.bisect_right(chapter_lines, i) for i in cands}
    if len(holding) < CHAPTER_SHARE * len(chapter_lines):  # subtitles_across_chapters
        return []
    return cands
