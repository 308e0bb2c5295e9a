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

Cost: one regex over the body's last 15,000 characters.
"""

from __future__ import annotations

import re

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
_PRICE = re.compile(
    r"\$\d+\.\d\d\b|\b\d+ Vols?\.|\b\d+s\.(?:[ \t]?\d+d\.)?|\b[Pp]rice\b|\b(?:12|16|8|4)mo\b|\b8vo\b|\b4to\b"
    r"|\b[Cc]loth\b|[Pp]ostpaid|[Pp]ost free"
)
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
