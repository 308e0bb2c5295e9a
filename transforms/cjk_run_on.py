"""Japanese paragraphs that run on, in a short text with its headings set apart (session 35).

Clause ``subtitles_paragraphs_run_on`` (``cjk_titles.paragraphs_run_on``) reads Aozora
Bunko's layout (a paragraph a line, a blank line set only around headings) by the share
of text lines with a blank line above: at most ``MAX_APART_SHARE_RUN_ON``. In a short
text with a few headings every heading brings two such lines (itself and the paragraph
under it): 別所梅之助「雪の武石峠」has 31 text lines, 13 of them set apart (0.42), so it was
read as a book whose paragraphs stand apart, and the six titles ("信濃町から", "甲斐の山々",
"一たび武石峠へ", ..) failed clause ``titles_divide_text`` (its longest part 0.57 of the
text): the text lost all its titles.

Clause ``run_on_around_headings``: a Japanese book (``ja_quoted_titles.japanese``) also
runs on when, of its pairs of text lines next to each other that are both prose
(``MIN_TEXT_CHARS`` characters or more: a heading, a date or a verse label is shorter),
at most ``MAX_APART_SHARE_RUN_ON`` have a blank line between them, and there are
``MIN_PROSE_PAIRS`` pairs or more. A heading's own blank lines do not count (a heading is
short); a book whose paragraphs stand apart has a blank line between most prose pairs.

Guards: a Chinese or Latin-script book is read as before (``japanese``); a text of fewer
than ``MIN_PROSE_PAIRS`` prose pairs is read as before; ``run_on_prose_book``: half its
text lines or more are prose, so a book of short poems (尾形亀之助「色ガラスの街」, 0.17 of
its lines prose) keeps its reading: its one-line poems set apart are no headings, and
their runs of longer lines would have let them stand as long titles.
"""

from __future__ import annotations

MIN_PROSE_PAIRS = 10


def prose_runs_on(lines, share: float, min_chars: int, ja) -> bool:
    """Clause ``run_on_around_headings``: whether at most ``share`` of the pairs of
    neighbouring text lines of ``lines`` (``transforms.contents.Lines``) that both hold
    ``min_chars`` characters or more have a blank line between them (``MIN_PROSE_PAIRS``
    pairs or more) in a Japanese book (``ja``: ``ja_quoted_titles.japanese``, asked first)."""
    if not ja(lines.texts):
        return False
    pairs = apart = text = prose = 0
    prev = -1  # the previous text line
    for i, t in enumerate(lines.texts):
        if not t:
            continue
        text += 1
        if len(t) >= min_chars:
            prose += 1
            if prev >= 0 and len(lines.texts[prev]) >= min_chars:
                pairs += 1
                apart += i > prev + 1
        prev = i
    # Guard run_on_prose_book: half the text lines or more are prose
    return pairs >= MIN_PROSE_PAIRS and apart <= share * pairs and 2 * prose >= text
