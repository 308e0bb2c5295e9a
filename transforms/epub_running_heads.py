"""An EPUB's running heads: h-tags that repeat the book's title or label a chapter title,
read as no headings: their marks take level 0, so that no text rule's heading stands on
their lines either (clause ``code_no_sections`` of ``transforms.markup_headings``; a bare
"1" set apart is a numbered heading to the text rules); the text keeps the lines. Named clauses (tests in
``tests/transforms/test_epub_running_heads.py``):

``book_title_running_head`` (session 31)
    an h-tag whose words are the book's title (the package's ``dc:title``, marks and
    spaces aside: ``markup_line``) and that the book sets ``MIN_REPEATS`` times or more
    is a running head, not a section: Sigil's 天朝的崩溃 (茅海建, hankinghu/literature-books)
    opens each of its 11 chapter files with ``<h6>天朝的崩溃<br/><b>鸦片战争再研究</b></h6>``
    (``dc:title`` "天朝的崩溃：鸦片战争再研究"), 11 sections of the book's title before.
``label_over_heading`` (session 31)
    an h-tag of at most ``MAX_LABEL_CHARS`` Latin letters or digits right over a heading
    of a higher rank (the next line with text is that heading, its h-tag level smaller)
    labels it: 天朝的崩溃's ``<h5>1</h5>`` over ``<h2>第一章<br/><b>清朝的军事力量</b></h2>``
    ("P" over "Preface 自序", "I" over 绪论): no section of its own. A number over
    headings of a lower rank (``<h2>1</h2>`` over ``<h3>`` sections) heads them and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from schemas import MarkupHeading
from transforms.markup_headings import line_key

MIN_REPEATS = 2  # clause book_title_running_head
MAX_LABEL_CHARS = 2  # clause label_over_heading
_LABEL = re.compile(f"[0-9A-Za-z]{{1,{MAX_LABEL_CHARS}}}")


def without_running_heads(
    text: str, marks: tuple[MarkupHeading, ...], title: str
) -> tuple[MarkupHeading, ...]:
    """``marks`` (``located``) with the running heads of the module doc at level 0;
    ``title``: the package's ``dc:title``."""
    key = line_key(title)
    same = sum(1 for m in marks if m.level and key and line_key(m.title) == key)
    if same >= MIN_REPEATS:  # clause book_title_running_head
        marks = tuple(replace(m, level=0) if line_key(m.title) == key else m for m in marks)
    if not any(m.level and _LABEL.fullmatch(m.title.strip()) for m in marks):
        return marks
    lines = text.split("\n")
    lines_of: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        lines_of.setdefault(line_key(line), []).append(i)
    at = {lines_of[line_key(m.title)][m.before]: m for m in marks}
    drop = set()
    for line, mark in at.items():  # clause label_over_heading
        if not (mark.level and _LABEL.fullmatch(mark.title.strip())):
            continue
        nxt = next((i for i in range(line + 1, len(lines)) if lines[i].strip()), None)
        below = at.get(nxt)
        if below is not None and 0 < below.level < mark.level:
            drop.add(id(mark))
    return tuple(replace(m, level=0) if id(m) in drop else m for m in marks)
