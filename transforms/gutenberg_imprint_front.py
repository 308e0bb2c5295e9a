"""A printer's imprint on a book's title page or its back: rule ``printer_imprint``,
clause ``printer_imprint_front`` (session 37).

The printer's line of the title page's back ("_Printed in Great Britain_", "PRINTED IN
GREAT BRITAIN / BY R. & R. CLARK, LIMITED, EDINBURGH", "PRINTED BY TAYLOR AND FRANCIS, /
RED LION COURT, FLEET STREET.", "J. BILLING, / PRINTER AND STEREOTYPER, / WOKING,
SURREY.", "TROW DIRECTORY / PRINTING AND BOOKBINDING COMPANY / NEW YORK") was kept as
the book's first text (30 raw texts of rcdm-uga/Gutenberg_Text hold "Printed in Great
Britain", most of them there; two of Bohn's Pliny in the shared data). Cut in the front
zone (the first ``FRONT_REACH`` characters after the Gutenberg header, at most the first
fifth of the text) of a text of book length (``MIN_UNMARKED_CHARS``: a short piece keeps
its lines), line by line:

- an opener at a line's start, "Printed" / "PRINTED" with "in <country>" (Great
  Britain, England, Scotland, the United States, U.S.A.) or "by" or both, and the
  firm's name after it with no lower-case word but a joining one ("and", "at", "of":
  "Printed by permission of the proprietors" is no imprint);
- the lines under it in the same block that carry the firm and place: while the line
  ends in "by", "," or "and", or the next line opens with "by"/"at"/"and"/"of"
  ("Printed in Great Britain / by / William Clowes and Sons, Limited, / London and
  Beccles."), at most ``_MAX_LINES`` lines and across at most one blank line;
- a paragraph "<Name>, Printer(s) (and Stereotyper)" (the end rule's firm name, clause
  ``printer_imprint_trade``);
- the same paragraph under its place line, "LONDON: / BRADBURY AND EVANS, PRINTERS,
  WHITEFRIARS." (clause ``printer_imprint_front_place_firm``, session 40), or under a
  place with no colon, "London / Bradbury and Evans, Printers, Whitefriars." (clause
  ``printer_imprint_front_place_bare``, session 41);
- a "<Name> Printing (and Bookbinding) Company" line (clause
  ``printer_imprint_printing_company``) with, when the line opens with "Printing", the
  capitalised name line just above it ("TROW DIRECTORY"; "MCCLURE, PHILLIPS & CO." above
  "The Trow Printing Company" is the publisher's and stays) and a place line just under
  it (each may stand one blank line off).

Not a printer: "PRINTED BY HERSELF / AND / SOLD BY / NOBODY" (Brontë's juvenile title
page, the author's own joke) stays.

Guards: each line of the imprint's block holds at most ``_MAX_PROSE`` lower-case words
that join no names (a title page, not a sentence: "the pamphlet was / Printed by John
Smith, and sold ..." stays); a line that does not open with the opener ("1951, 1954,
1959. 1962 Printed In Great Britain", an edition history) stays; the publisher's lines
("LONDON: MACMILLAN & CO.", "The Riverside Press Cambridge", copyright lines) stay:
they are the title page's, kept by design. A cut that takes whole paragraphs takes the
blank lines after them; one that ends a paragraph leaves its newline.

Cost: a literal test of the front zone ("rinted", "RINTED", "PRINTER", "Printer",
"RINTING", "rinting"), then a line walk of the zone.
"""

from __future__ import annotations

import re

from transforms.boilerplate_scan import skip_blank_lines
from transforms.gutenberg_imprint import (
    MIN_UNMARKED_CHARS,
    PLACE_COLON,
    PRINTING_COMPANY,
    printers_firm,
)
from transforms.textedit import Edit

RULE = "printer_imprint"
FRONT_REACH = 6_000
_MAX_LINES = 4
_MAX_PROSE = 2
_LITERALS = (
    "rinted",
    "RINTED",
    "PRINTER",
    "Printer",
    "RINTING",
    "rinting",
    "ANUFACTURED",
    "anufactured",
)
_COUNTRY = (
    r"(?:Great Britain|GREAT BRITAIN|England|ENGLAND|Scotland|SCOTLAND"
    r"|(?:the|THE) United States(?: of America)?|THE UNITED STATES(?: OF AMERICA)?"
    r"|U\.\s?S\.\s?A\.)"
)
_OPENER = re.compile(
    r"[_ \t]*(?:MADE AND |Made and )?"
    # clause printer_imprint_front_electrotyped (session 38): "ELECTROTYPED AND PRINTED /
    # BY RAND AVERY COMPANY,", "_Set up, electrotyped, and printed by the Vail-Ballou
    # Press," (Knopf), "MANUFACTURED IN THE UNITED STATES OF AMERICA."
    r"(?:(?:Set up, electrotyped,? and |(?:Electrotyped|ELECTROTYPED|Stereotyped|STEREOTYPED)"
    r" (?:and|AND) )(?:printed|Printed|PRINTED)|Printed|PRINTED"
    r"|(?:MANUFACTURED|Manufactured)(?=[ \t]+(?:IN|in)[ \t]))_?"
    r"(?P<in>[ \t]+(?:in|In|IN)[ \t]+" + _COUNTRY + r")?"
    r"_?[.,]?(?P<by>[ \t]+_?(?:by|BY|By)(?:\b|_))?"
)
_JOINERS = frozenset(("and", "by", "of", "the", "at", "in", "for", "on", "to"))
# the opener's own words (clause printer_imprint_front_electrotyped)
_TRADE = frozenset(("set", "up", "electrotyped", "stereotyped", "printed"))
_LOWER = re.compile(r"(?<![\w.'\u2019])[a-z][a-z']*\b")
_CONTINUES = re.compile(r"(?:\bby|\bBY|,|\band|\bAND)_?[ \t]*\Z")
_NEXT_JOINS = re.compile(r"[_ \t]*(?:by|BY|By|at|and|of)\b")
_SELF = re.compile(r"[_ \t]*(?:HERSELF|HIMSELF|THEMSELVES|THE AUTHOR|herself|himself)\b", re.I)
_MADE_IN = re.compile(r"[_ \t]*(?:MANUFACTURED|Manufactured)\b")
_BY_LINE = re.compile(r"[_ \t]*(?:BY|By|by)_?[ \t]+(?=\S)")
_COMPANY_FIRST = re.compile(r"[_ \t]*(?:PRINTING|Printing)\b")
_NOT_FIRM = re.compile(r"\d|copyright|published|edition|impression|reprinted|rights", re.I)
_NAME_LINE = re.compile(r"[_ \t]*(?-i:[A-Z])[A-Z .,&'’-]{1,40}")  # "TROW DIRECTORY"
_PLACE_LINE = re.compile(r"[_ \t]*(?-i:[A-Z])[A-Za-z .,'’-]{1,30}")  # "NEW YORK"
# clause printer_imprint_front_dedication (review): "TO MY WIFE" under the company is no place
_DEDICATION = re.compile(r"[_ \t]*(?:TO|To|FOR|For|IN|In|DEDICATED|Dedicated)\b")
# clause printer_imprint_front_place (session 38): the printer's city over its imprint,
# "LONDON:" / "Cambridge:" / "NEW YORK:" alone on the line above "PRINTED BY ...", and the
# year alone under it ("EDINBURGH: / PRINTED BY BALLANTYNE AND COMPANY. / 1831.")
_PLACE_BARE = re.compile(
    r"[_ \t]*(?-i:[A-Z])[A-Za-z'’-]+(?:[ \t]+(?-i:[A-Z])[A-Za-z'’-]+){0,2}[.,]?[_ \t]*"
)
_YEAR_LINE = re.compile(r"[_ \t]*(?:1[4-9]\d\d|M[DCLXVI. ]{2,12})\.?[_ \t]*")


def _prose(line: str) -> int:
    return sum(w not in _JOINERS and w not in _TRADE for w in _LOWER.findall(line))


def front_imprints(text: str, body: int) -> list[Edit]:
    """The imprints in the front zone that starts at ``body`` (where the header ends)."""
    if len(text) < MIN_UNMARKED_CHARS:
        return []  # a title page is a book's: a short text keeps its lines
    hi = min(body + FRONT_REACH, body + (len(text) - body) // 5)
    zone = text[body:hi]
    if not any(w in zone for w in _LITERALS):
        return []
    lines = []  # (start, end) of each line of the zone, blank ones too
    pos = body
    while pos < hi:
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        lines.append((pos, nl))
        pos = nl + 1
    cuts: list[Edit] = []
    i = 0
    while i < len(lines):
        span = _imprint_at(text, lines, i)
        if span is None:
            i += 1
            continue
        first, last = _place_and_year(text, lines, *span)
        cuts.append(_cut(text, lines, first, last))
        i = last + 1
    return cuts


def _line(text: str, lines: list[tuple[int, int]], i: int) -> str:
    a, b = lines[i]
    return text[a:b]


def _next(text: str, lines, i: int, step: int = 1) -> int | None:
    """The next non-blank line from ``i`` by ``step``, across at most one blank line."""
    j = i + step
    if 0 <= j < len(lines) and not _line(text, lines, j).strip():
        j += step
    if 0 <= j < len(lines) and _line(text, lines, j).strip():
        return j
    return None


def _imprint_at(text: str, lines, i: int) -> tuple[int, int] | None:
    """(first, last) line of an imprint whose key line is line ``i``, or None."""
    line = _line(text, lines, i)
    if not line.strip() or _sentence_near(text, lines, i):
        return None
    m = _OPENER.match(line)
    if m and not (m.group("in") or m.group("by")) and not line[m.end() :].strip(" \t_.,"):
        # clause printer_imprint_front_by_below (session 38): "ELECTROTYPED AND PRINTED" /
        # "BY RAND AVERY COMPANY," / "BOSTON." (the firm under its own "BY")
        below = _line(text, lines, i + 1) if i + 1 < len(lines) else ""
        by = _BY_LINE.match(below)
        if by and not _prose(below) and not _SELF.match(below, by.end()):
            return i, _firm_lines(text, lines, i)
        return None
    if m and (m.group("in") or m.group("by")):
        rest = line[m.end() :]
        if _prose(rest) or _SELF.match(rest):
            return None  # "Printed by permission of ...", Brontë's "PRINTED BY HERSELF"
        if not m.group("by") and _MADE_IN.match(line):
            return i, i  # "Manufactured in the U.S.A." over "Dover Publications, Inc.": no firm
        last = _firm_lines(text, lines, i)
        if last == i and m.group("by") and not rest.strip(" \t_.,"):
            return None  # "Printed by" and no firm under it
        return i, last
    block = _paragraph(text, lines, i)
    para = text[lines[block[0]][0] : lines[block[1]][1]].strip() if block else ""
    # clause printer_imprint_front_cast_list (review): no lower-case word but a joining
    # one in the block ("HODGE, Printer. / MRS. HODGE, his wife." is a play's cast; the
    # "street" of "Reynell, Printer, 45, Broad-street," is a name's)
    if block and printers_firm(para) and not _prose(para.replace("-", "")):
        return block  # clause printer_imprint_trade: "J. BILLING, / PRINTER AND ..."
    # clause printer_imprint_front_place_firm (session 40): the place over the firm in one
    # paragraph, "LONDON: / BRADBURY AND EVANS, PRINTERS, WHITEFRIARS." (Dickens's Christmas
    # books, the title page's back); the firm line alone is taken above, the place line
    # above a blank line by _place_and_year
    # clause printer_imprint_front_place_bare (session 41): the place with no colon, "London"
    # over "Bradbury and Evans, Printers, Whitefriars." (David Copperfield's title-page back)
    if block and block[1] > i and (PLACE_COLON.fullmatch(line) or _PLACE_BARE.fullmatch(line)):
        firm = text[lines[i + 1][0] : lines[block[1]][1]].strip()
        if printers_firm(firm) and not _prose(firm.replace("-", "")):
            return block
    if PRINTING_COMPANY.fullmatch(line):  # clause printer_imprint_printing_company
        first, last = i, i
        up = _next(text, lines, i, -1)
        named = not _COMPANY_FIRST.match(line)  # "The Trow Printing Company": named already
        if up is not None and not named and _NAME_LINE.fullmatch(_line(text, lines, up)):
            first = up
        last = _firm_lines(text, lines, i)
        down = _next(text, lines, last)
        place = _line(text, lines, down) if down is not None else ""
        if last == i and _PLACE_LINE.fullmatch(place) and not _DEDICATION.match(place):
            last = down
        return first, last
    return None


def _place_and_year(text: str, lines, first: int, last: int) -> tuple[int, int]:
    """Clause printer_imprint_front_place: the imprint's lines ``first``..``last`` with
    the place line just above them ("LONDON:", across one blank line) and, when the place
    was taken or the year stands in the imprint's paragraph, the year line under them."""
    up = _next(text, lines, first, -1)
    placed = (
        up is not None
        and bool(PLACE_COLON.fullmatch(_line(text, lines, up)))
        and (up == first - 1 or up == 0 or not _line(text, lines, up - 1).strip())
    )
    if placed:
        first = up
    down = _next(text, lines, last)
    if (
        down is not None
        and (placed or down == last + 1)
        and _YEAR_LINE.fullmatch(_line(text, lines, down))
        and not (down + 1 < len(lines) and _line(text, lines, down + 1).strip())
    ):
        last = down  # the year ends its paragraph ("1831." over a blank line)
    return first, last


def _firm_lines(text: str, lines, i: int) -> int:
    """The last line of the firm and place lines under line ``i``: a line goes on to the
    next when it ends in "by", "," or "and" or the next opens with "by"/"at"/"and"/"of"
    (across one blank line); in the same paragraph also a next line of names with no
    digit, copyright or edition word ("UNWIN BROTHERS LIMITED / WOKING AND LONDON")."""
    last = i
    while last - i < _MAX_LINES - 1:
        cur = _line(text, lines, last)
        j = _next(text, lines, last)
        if j is None or _prose(nxt := _line(text, lines, j)):
            break
        if not (
            _CONTINUES.search(cur)
            or _NEXT_JOINS.match(nxt)
            or (j == last + 1 and not _NOT_FIRM.search(nxt))
        ):
            break
        last = j
    return last


def _sentence_near(text: str, lines, i: int) -> bool:
    """A line of line ``i``'s paragraph (up to 8 lines each way) reads as a sentence."""
    for step in (-1, 1):
        j = i
        while 0 <= j < len(lines) and abs(j - i) <= 8 and _line(text, lines, j).strip():
            if _prose(_line(text, lines, j)) > _MAX_PROSE:
                return True
            j += step
    return False


def _paragraph(text: str, lines, i: int) -> tuple[int, int] | None:
    """The lines of the paragraph that starts at line ``i`` (at most ``_MAX_LINES``)."""
    if i > 0 and _line(text, lines, i - 1).strip():
        return None
    last = i
    while last + 1 < len(lines) and _line(text, lines, last + 1).strip():
        last += 1
        if last - i >= _MAX_LINES:
            return None
    if last + 1 >= len(lines):
        return None  # the zone ends inside it
    return i, last


def _cut(text: str, lines, first: int, last: int) -> Edit:
    """The cut of lines ``first``..``last``: whole paragraphs with the blank lines after
    them; the end of a paragraph from the newline before it (the paragraph keeps its own
    newline); lines inside a paragraph with their newlines."""
    a, b = lines[first][0], lines[last][1]
    starts = first == 0 or not _line(text, lines, first - 1).strip()
    ends = last + 1 >= len(lines) or not _line(text, lines, last + 1).strip()
    if starts and ends:
        return Edit(a, skip_blank_lines(text, min(b + 1, len(text))), "", RULE)
    if ends:
        return Edit(a - 1, b, "", RULE)
    return Edit(a, min(b + 1, len(text)), "", RULE)
