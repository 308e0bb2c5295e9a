"""Clause ``numbered_run_tail_title`` of rule ``cjk_numbered`` (session 38): the last piece
of a Japanese book whose pieces are numbered and titled, set apart as they are but
without a number.

内田魯庵「八犬伝談余」(Aozora card 000165, 47122) numbers its six essays "一　『八犬伝』と私"
.. "六　『八犬伝』の人物咏題" and closes with "『八犬伝』を読むの詩　補", a supplement of
poems, set in like them in the original and, in the cleaned text, the one line after them
that stands alone between blank lines in a book whose paragraphs run on (Aozora Bunko's
layout: a blank line only around headings). It was read as text of the sixth essay.

The line is a heading at the run's rank when:

* the book's paragraphs run on (``cjk_title_context.paragraphs_run_on``): a blank line
  sets a line apart only where it heads something;
* the last ``MIN_RUN`` headings or more of the book are ``numbered`` ones of one rank (a
  number with its title on the line, "一 『八犬伝』と私"; a bare "一" is a ``numeral``) and
  stand alone between blank lines, as the line does; no other heading follows them;
* it is the first line after the last of them standing alone between blank lines (a
  block of lines set apart, a poem's heading over its author's name, is no such line),
  holds at most ``MAX_TAIL_CHARS`` characters, no sentence mark, and text of at least
  ``MIN_TEXT_CHARS`` characters follows it.

Guards (``_titled``): a line with a sentence mark (a haiku set apart after the last
piece, "ここを過ぎて、一つ二銭の栄螺かな。", 000035 42945; "ハムレット。オフィリヤ。"), a date
("1935（昭和10）年7月", a piece's closing date), a line in brackets whole ("（「公事三年」に同
じ）", an editor's note), a bare numeral (a deeper level's "一") and a line without an
ideograph or kana are no titles. A number with a title the numbered rule did not read
("一〇　松川浦" after "九　…", "10　塔") is the run's next piece: taken (10 of the mirror's
texts).
"""

from __future__ import annotations

import bisect
import re

from transforms.cjk_title_context import MIN_TEXT_CHARS, paragraphs_run_on

MIN_RUN = 3
MAX_TAIL_CHARS = 24
_SENTENCE = re.compile("[。！？!?]")
_NUMERAL = re.compile("[〇一二三四五六七八九十百0-9０-９]+[.．、　 ]*")
_DATE = re.compile("[0-9０-９〇一二三四五六七八九十百元）)]年")
_BRACKETED = re.compile("[（(〔［【].*[）)〕］】]")
_WORD = re.compile("[\u3041-\u30ff\u3400-\u9fff]")


def _apart(blank: list[bool], i: int) -> bool:
    return (i == 0 or blank[i - 1]) and (i + 1 >= len(blank) or blank[i + 1])


def _titled(t: str) -> bool:
    """Clause ``numbered_run_tail_title``'s guards on the line's own text ``t``."""
    return (
        len(t) <= MAX_TAIL_CHARS
        and not _SENTENCE.search(t)
        and not _NUMERAL.fullmatch(t)
        and not _DATE.search(t)
        and not _BRACKETED.fullmatch(t)
        and _WORD.search(t) is not None
    )


def run_tail_title(lines, headings) -> tuple[int, int] | None:
    """(line, rank) of the unnumbered last title after a run of titled numbered headings,
    or None. ``headings`` are the book's ``sections.Heading`` in order."""
    if len(headings) < MIN_RUN or headings[-1].kind != "numbered":
        return None
    heads = [(bisect.bisect_right(lines.starts, h.start) - 1, h.kind, h.rank) for h in headings]
    texts, blank = lines.texts, lines.blank
    rank = heads[-1][2]
    run = 0
    for line, kind, r in reversed(heads):
        if kind != "numbered" or r != rank or not _apart(blank, line):
            break
        run += 1
    if run < MIN_RUN or not paragraphs_run_on(lines):
        return None
    for i in range(heads[-1][0] + 1, len(texts)):
        if texts[i] and _apart(blank, i):
            rest = sum(map(len, texts[i + 1 :]))
            return (i, rank) if _titled(texts[i]) and rest >= MIN_TEXT_CHARS else None
    return None
