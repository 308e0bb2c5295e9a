"""A publisher's catalogue at the end of a Gutenberg book: rule ``gutenberg_notice``.

Clause of session 30 (raw texts of GitHub rcdm-uga/Gutenberg_Text):
``publisher_catalogue_end``: the printed book's last pages, a list of the author's or
the publisher's other books under a heading ("WORKS BY LEWIS CARROLL.", "BOOKS BY MARK
TWAIN", "NOVELS BY MRS. BURNETT", "BY THE SAME AUTHOR", "UNIFORM WITH THIS VOLUME."),
titles with their formats and prices ("Crown 8vo, cloth, 6s.", "12mo, $1.50", "2 Vols."), was
kept as the book's last text. Cut from the heading to the end marker when the heading
stands alone as a paragraph in the body's last 15,000 characters and its second half,
and what runs under it to the end marker holds at least two format or price words and
no line that opens a chapter or ends a book ("CHAPTER", "THE END"): a list of books a
character reads, or a bibliography (no prices), stays.

``publisher_catalogue_front``: the same lists on the half-title's back, above the title
page ("BY THE SAME AUTHOR" / "HERETICS." / "ORTHODOXY." in Chesterton's George Bernard
Shaw; "UNIFORM WITH THIS VOLUME." and forty Alger titles), were kept as the book's first
text. The heading must stand alone on its line in the body's first 5,000 characters and
first half; the cut runs from it (with a one-line "ALGER SERIES FOR BOYS." just above) to
the first paragraph that shows the front matter going on: the book's title again (a
paragraph whose letters open a paragraph above the heading: "THE GUARDS CAME THROUGH /
AND OTHER POEMS"), an illustration or page tag, an asterism or a long rule, "CONTENTS",
"PREFACE", "INTRODUCTION", a dedication's "TO", a copyright line. No such paragraph within
4,000 characters, fewer than two lines under the heading, or a line longer than 80
characters (prose) under it: no cut. A title page ("STORIES BY ENGLISH AUTHORS") has no
list heading and stays.

Cost: one regex over the body's last 15,000 characters and one over its first 5,000.
"""

from __future__ import annotations

import re

from transforms.list_prices import MONEY_OR_FORMAT
from transforms.textedit import Edit

RULE = "gutenberg_notice"

_NAME = r"(?-i:[A-Z][A-Za-z.'’ -]{1,60}?)"
_HEADING = re.compile(
    r"\n[ \t]*\n[ \t]*"
    r"(?:(?:OTHER |POPULAR )?(?:BOOKS|WORKS|NOVELS) BY (?:THE SAME AUTHOR|" + _NAME + r")"
    r"|BY THE SAME AUTHOR|UNIFORM WITH THIS (?:VOLUME|BOOK)"
    r"|(?:Other )?(?:Books|Works|Novels) by (?:the [Ss]ame [Aa]uthor|" + _NAME + r")"
    r"|By the [Ss]ame [Aa]uthor)[.:,]?[ \t]*\n[ \t]*\n"
)
_PRICE = MONEY_OR_FORMAT  # clause list_price (session 39): one pattern with the list rule
_BOOK_LINE = re.compile(r"\n[ \t]*(?:CHAPTER|Chapter|THE END|The End|FINIS|Finis)\b", re.IGNORECASE)
_REACH = 15_000
_MIN_PRICES = 2


def publisher_catalogues(text: str, footer: int | None, body: int) -> list[Edit]:
    if footer is None:
        return []
    lo = max(body, footer - _REACH)
    for m in _HEADING.finditer(text, lo, footer):
        start = text.index("\n", m.start() + 1) + 1
        start += len(text[start : m.end()]) - len(text[start : m.end()].lstrip(" \t\n"))
        if start - body <= footer - start:
            continue
        under = text[m.end() : footer]
        if len(_PRICE.findall(under)) >= _MIN_PRICES and not _BOOK_LINE.search(under):
            return [Edit(start, footer, "", RULE)]
    return []


_FRONT_REACH = 5_000
_FRONT_SPAN = 4_000
_FRONT_HEADING = re.compile(
    r"^[ \t]*(?:(?:OTHER |POPULAR )?(?:BOOKS|WORKS|NOVELS) BY (?:THE SAME AUTHOR|" + _NAME + r")"
    r"|BY THE SAME AUTHOR|UNIFORM WITH THIS (?:VOLUME|BOOK)"
    r"|(?:Other )?(?:Books|Works|Novels) by (?:the [Ss]ame [Aa]uthor|" + _NAME + r")"
    r"|By the [Ss]ame [Aa]uthor"
    # clause uniform_edition_list (session 37): "_Uniform with this Edition_", "Uniform with
    # this Volume.--", "_BY THE SAME TRANSLATOR._" over a list of titles
    r"|_(?:BY THE SAME (?:AUTHOR|TRANSLATOR|EDITOR)|By the [Ss]ame (?:[Aa]uthor|[Tt]ranslator))\.?_"
    r"|BY THE SAME (?:TRANSLATOR|EDITOR)"
    r"|_?(?:UNIFORM WITH THIS (?:VOLUME|BOOK|EDITION)|Uniform with this (?:[Vv]olume|[Bb]ook|[Ee]dition))"
    r"\.?_?(?:--)?)[.:,]?[ \t]*$",
    re.MULTILINE,
)
# clause uniform_edition_list: the list's title in the one or two one-line paragraphs just
# above its heading ("G.A. HENTY'S BOOKS" / "Illustrated by Eminent Artists")
_LIST_TITLE = re.compile(
    r"[ \t]*[^\n]{0,40}\b(?:BOOKS|WORKS|NOVELS|Books|Works|Novels)\b[^\n]{0,20}"
)
_ONE_LINE_PARA = re.compile(r"\n[ \t]*\n[ \t]*([^\n]{1,60})\n(?:[ \t]*\n)+[ \t]*\Z")
_SERIES_LINE = re.compile(r"^[ \t]*[^\n]{0,30}\bSERIES\b[^\n]{0,20}\n", re.MULTILINE)
_PARA = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
_FRONT_STOP = re.compile(
    r"\[(?:Illustration|page|Frontispiece)|[-_]{30,}|={5,}"
    r"|_?(?:CONTENTS|Contents|PREFACE|Preface|INTRODUCTION|Introduction|FOREWORD|Foreword"
    r"|DEDICATION|TO)\.?_?[ \t]*$|(?:CHAPTER|Chapter|COPYRIGHT|Copyright)\b"
)

_ASTERISM = re.compile(r"(?:\* ?){3,}\s*$")
_SHILLINGS = re.compile(r"\b\d+/[\d-]")
_BY_OPENING = re.compile(r"_?(?:BY|By)_?(?:[ \t]|$)", re.MULTILINE)
_BY_LINE = re.compile(r"^[ \t]*_?(?:BY|By|by)_?[ \t]*$", re.MULTILINE)


def _letters(s: str) -> str:
    return "".join(c for c in s.upper() if c.isalpha())


def publisher_catalogues_front(text: str, footer: int | None, body: int) -> list[Edit]:
    if footer is None:
        return []
    hi = min(body + _FRONT_REACH, (body + footer) // 2)
    for m in _FRONT_HEADING.finditer(text, body, hi):
        above = [_letters(p.group()) for p in _PARA.finditer(text, body, m.start())]
        end = _front_catalogue_end(text, m.end(), footer, [a for a in above if a])
        if end is None:
            continue
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
        series = _SERIES_LINE.search(text, max(body, start - 60), start)
        if series and not text[series.end() : start].strip():
            start = series.start() + len(series.group()) - len(series.group().lstrip(" \t"))
        elif "niform" in m.group() or "NIFORM" in m.group():
            start = _list_title_above(text, body, start)
        return [Edit(start, end, "", RULE)]
    return []


def _list_title_above(text: str, body: int, start: int) -> int:
    """Clause uniform_edition_list: the start of the list's title above its heading at
    ``start``: one or two one-line paragraphs, the upper one naming books or works."""
    new, pos = start, start
    for _ in range(2):
        m = _ONE_LINE_PARA.search(text, max(body, pos - 200), pos)
        if m is None:
            break
        pos = m.start(1)
        if _LIST_TITLE.fullmatch(m.group(1)):
            new = pos
    return new


def _front_catalogue_end(text: str, at: int, footer: int, above: list[str]) -> int | None:
    """Where the list under a front heading ends: the start of the first paragraph that
    is front matter again; None when there is none near or the list is not one."""
    lines = 0
    paras = list(_PARA.finditer(text, at, min(footer, at + _FRONT_SPAN)))
    for i, p in enumerate(paras):
        first = p.group().split("\n", 1)[0]
        letters = _letters(p.group())
        stop = None
        if _ASTERISM.match(first) and lines >= 2:
            after = " ".join(q.group() for q in paras[i + 1 : i + 3])
            if not _PRICE.search(after) and not _SHILLINGS.search(after):
                stop = p.start()
        elif _FRONT_STOP.match(first):
            stop = p.start()
        elif lines < 2:  # the list's own lines ("BY HORATIO ALGER, JR." under the heading)
            pass
        elif (len(letters) >= 4 and any(a.startswith(letters) for a in above)) or (
            len(head := _letters(first)) >= 8
            and any(a.startswith(head) for a in above)
            and i + 1 < len(paras)
            and _BY_OPENING.match(paras[i + 1].group())
        ):
            stop = p.start()
        elif by := _BY_LINE.search(p.group()):
            stop = p.start()
            if by.start() == 0 and i > 0 and paras[i - 1].group().count("\n") < 3:
                stop = paras[i - 1].start()
                lines -= paras[i - 1].group().count("\n") + 1
        if stop is not None:
            return stop if lines >= 2 else None
        if any(len(line.strip()) > 80 for line in p.group().split("\n")):
            return None
        lines += p.group().count("\n") + 1
    return None
