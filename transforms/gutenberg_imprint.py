"""A printed book's imprint left as a Gutenberg book's last text: rule ``printer_imprint``.

Clause of session 29 (raw texts of GitHub rcdm-uga/Gutenberg_Text):
``printer_imprint``: the printer's line of the book's last page ("Printed by T. and A.
Constable, Printers to Her Majesty at the Edinburgh University Press", "LONDON: PRINTED
BY W. CLOWES AND SONS, STAMFORD STREET, AND CHARING CROSS.", "BILLING AND SONS, LTD.,
PRINTERS, GUILDFORD", "Printed in Great Britain by ...") was kept as the book's last
paragraph (8 of the 80 books sampled in session 29). Cut only in a text with a
Gutenberg end marker, and only when the imprint is the body's end: what follows it
before the end marker is other boilerplate already cut (a transcriber's note), a rule or
"* * *" line, an illustration tag, or more short lines of the same imprint ("PRINTED BY"
/ "SPOTTISWOODE AND CO. LTD., COLCHESTER" / "LONDON AND ETON"). The imprint opens with
"Printed (in <place>) by/at" (after a city: "Edinburgh:", "London:--") or names the
printer "<name>, Printer(s)" / "<name> Printers to His Majesty"; each of its
paragraphs is at most 4 lines and few lowercase words (a sentence is not an imprint).
An imprint followed by footnotes or an index is left (not the body's end).

Narrowings of the session 29 review (book text that reads like an imprint):
``printer_imprint_place_prefix``: a word before "Printed" is a place with its stop
("Edinburgh:", "London:--") and "printed" is capitalised (but "Text printed by"): a
bibliography's "_Books Printed by Benjamin Franklin._ New York: 1906." stays.
``printer_imprint_firm_name``: "<name>, Printer(s)" only with "Printer" capitalised and a
name of capitalised and joining words, not opening "To"/"Dear": Lang's "(Make a new
beginning here, please, Printer.)", Balzac's letter "_To M. Sechard, Junior, Printer,
Angouleme._" and index entries ("Clark, R. & R., printers, xxv. 124") stay.
``printer_imprint_tail_lines``: a paragraph under the imprint is taken with it only when
its lower-case words join names ("Edinburgh and London"); a line of the book there keeps
both.

Clauses of session 37 (imprints left in the shared books and the mirror):
``printer_imprint_trade``: "<name>, Printer(s)" may go on with its trade, "J. BILLING,
PRINTER AND STEREOTYPER, WOKING, SURREY." / "(FROM WOKING)," (Bohn's Pliny, six volumes),
the name on the line above ("J. BILLING," / "PRINTER AND STEREOTYPER,"); "Printer" and
the trade capitalised: "he was a printer and stereotyper in Woking" is a sentence.
``printer_imprint_press``: a press's name as the imprint, "THE RIVERSIDE PRESS LIMITED,
EDINBURGH." (The Footpath Way), "The Riverside Press" over "CAMBRIDGE . MASSACHUSETTS" /
"U . S . A" (Houghton Mifflin's colophon): the name ends in "Press" (with "Limited"), has
at most four capitalised words, and a place follows it (after a comma, on the lines
under it in its paragraph or in the imprint paragraphs below it); a bare "The Riverside
Press" with nothing under it stays.
``printer_imprint_printing_company``: "TROW DIRECTORY / PRINTING AND BOOKBINDING COMPANY
/ NEW YORK" (Scribner's books of 1901-1902): a line that is only "<Name> Printing
(and Bookbinding) Company" in capitals or capitalised words.
``printer_imprint_unmarked``: a text with no end marker (the shared books, whose header
and footer were stripped; a user's own copy) ends with its imprint just the same (Bohn's
Pliny, vols. II, III, V and VI: "J. BILLING, PRINTER AND STEREOTYPER, ..." as the last
line): the text's end stands for the end marker, in a text of at least
``MIN_UNMARKED_CHARS`` characters (a book: a short piece ending in an imprint-like line
keeps it). Clause ``printer_imprint_unmarked_prose`` (review): there the words after
a "Printed ..." opener must read as an imprint too (lower-case words join names):
"Printed and bound by love alone." ending a user's story stays.
Front imprints (title page and its back): ``transforms.gutenberg_imprint_front``.

Cost: one look at the last few paragraphs before the end marker.
"""

from __future__ import annotations

import re

from transforms.gutenberg_tail import NOTES_HEADING
from transforms.textedit import Edit

RULE = "printer_imprint"

_OPENER = re.compile(
    # clause printer_imprint_place_prefix: a word before "Printed" is a place with its
    # stop ("Edinburgh:", "London:--"), never a bare word ("Books Printed by ...", "He
    # printed by hand"); "printed" in lower case only in "Text printed by"
    r"[_ \t]*(?:(?-i:[A-Z])[A-Za-z]+(?:[:,.;][ \t]*(?:--)?|[ \t]*--)\s*)?"
    r"(?:PHOTOGRAPHED AND |Privately |(?-i:MADE AND |Made and ))?"
    r"(?:(?-i:Text printed)|(?-i:Printed|PRINTED))"
    r"(?: and bound)?"
    r"(?:\s+in\s+(?:Great Britain|England|Scotland|the United States(?: of America)?"
    r"|the City of London|U\.\s?S\.\s?A\.)\.?)?"
    r"(?:\s+for the publishers)?"
    # clause printer_imprint_italic_by: "_Printed in Great Britain by_ R. & R. CLARK"
    r"(?:\s+(?:by|at)(?:\b|_)|[ \t]*\Z)",
    re.IGNORECASE,
)
_PRINTERS = re.compile(
    # clause printer_imprint_firm_name: the name is a firm's, no letter's address ("To
    # M. Sechard, Junior, Printer") and no sentence ("please, Printer.")
    # and no index entry ("Clark, R. & R., printers, xxv. 124": "Printer" capitalised)
    r"(?![_ \t]*(?:To|Dear)\b)[^\n]{2,80}?(?:,[ \t]*(?:\n[ \t]*)?(?-i:Printers?|PRINTERS?)"
    # clause printer_imprint_trade: "PRINTER AND STEREOTYPER", "Printers and Bookbinders"
    r"(?:[ \t]+(?-i:and|AND)[ \t]+(?-i:(?:Stereo|Electro)typers?|(?:STEREO|ELECTRO)TYPERS?"
    r"|(?:Book)?[Bb]inders?|(?:BOOK)?BINDERS?))?"
    r"(?:[ \t]*[,.(]|[ \t]*\Z)"
    r"|\s+(?-i:Printers?|PRINTERS?) to (?:Her|His) Majesty\b)",
    re.IGNORECASE,
)
# clause printer_imprint_press: "THE RIVERSIDE PRESS LIMITED, EDINBURGH.", "The Riverside
# Press" (a place must follow: see _press_imprint)
_PRESS = re.compile(
    # clause printer_imprint_press_named (session 38): a name besides "The" ("The Press,
    # Woking." names no press)
    r"[_ \t]*(?:(?:THE|The)[ \t]+)?(?!(?:THE|The)\b)(?:(?-i:[A-Z])[\w.&'’-]*[ \t]+){1,3}(?:PRESS|Press)"
    r"(?:[ \t]+(?:LIMITED|Limited|LTD\.|Ltd\.))?(?P<place>,[ \t]*(?-i:[A-Z])[^\n]*)?[.,]?_?[ \t]*(?:\n|\Z)"
)
# clause printer_imprint_press_newspaper (review): a newspaper's name ("THE DAILY PRESS,
# LONDON.", "_The Evening Press, Dublin._", an extract's source ending an anthology) is no
# printer
_NEWSPAPER = re.compile(r"\b(?:Daily|Evening|Morning|Weekly|Sunday|Free)\b", re.I)
# clause printer_imprint_printing_company: "TROW DIRECTORY / PRINTING AND BOOKBINDING COMPANY"
PRINTING_COMPANY = re.compile(
    r"[_ \t]*(?:(?-i:[A-Z])[\w.&'’-]*[ \t]+)*(?:PRINTING|Printing)"
    r"(?:[ \t]+(?:AND|and)[ \t]+(?:BOOKBINDING|Bookbinding|PUBLISHING|Publishing))?"
    r"[ \t]+(?:COMPANY|Company|CO\.|Co\.)(?:,[ \t]*(?-i:[A-Z])[^\n]*)?[.,]?_?[ \t]*"
)
# clause printer_imprint_above_notes: the headings a transcriber puts under the imprint
# (a literal blank line opens the scan: it only tries where one stands)
_HEADING_AFTER_BLANK = re.compile(
    r"\n\n ?((?:\[|_)*(?:FOOT|Foot|ERRAT|Errat|TRANSCRIBER|Transcriber|e-text)[^\n]{0,40})(?=\n)"
)
_BELOW_HEADING = re.compile(
    r"[\[_]*(?:FOOT-?NOTES?|Foot-?notes?|ERRATA|ERRATUM|Errata|Erratum"
    r"|(?:e-text |E-text )?(?:TRANSCRIBER|Transcriber|transcriber)[’']?[Ss]?[’']?"
    r"[ \t]+(?:NOTES?|Notes?|notes?|ENDNOTES?|Endnotes?|AMENDMENTS|Amendments))[_\]]*[.:]?[ \t]*"
)
# clause printer_imprint_front_place (session 38): the printer's city alone over its imprint;
# clause printer_imprint_place_comma (session 39): its parts may stand apart by a comma
# ("RIVERSIDE, CAMBRIDGE:" over Houghton's "STEREOTYPED AND PRINTED BY", "NEWARK, N. J.:")
PLACE_COLON = re.compile(
    r"[_~ \t]*(?-i:[A-Z])[A-Za-z.'’-]+(?:,?[ \t]+(?-i:[A-Z])[A-Za-z.'’-]+){0,2}:[_~ \t]*"
)
# (letters around, not word boundaries: "_Ltd._", "_Printed by_" are underscored italics)
_FIRM_WORD = re.compile(
    r"(?<![A-Za-z])(?:LIMITED|Limited|LTD|Ltd|Ld|CO|Co|COMPANY|Company|SONS|Sons|BROTHERS"
    r"|Brothers|Printers? to|PRINTERS? TO)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?!(?:THE|The)(?![A-Za-z]))[A-Z][\w'’-]+[ \t]+(?:PRESS|Press)(?![A-Za-z])"
)
_TRADE = re.compile(
    r"(?<![A-Za-z])(?:(?:MADE|Made|PHOTOGRAPHED|Photographed) (?:AND|and) )?(?:PRINTED|Printed"
    r"|printed|PRINTERS?|Printers?)(?![A-Za-z])(?:[ \t]+(?:AND|and)[ \t]+[A-Za-z]+)?"
    r"|(?<![A-Za-z])(?:by|BY|By|at|AT|in|IN)(?![A-Za-z])"
)
_PART_BREAK = re.compile(r"[,;:\n]")
_CAPITAL = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]")
_DECOR = re.compile(
    r"[ \t]*(?:(?:\*[ \t]*){3,}|[-=_]{5,}|\[(?:Illustration|Picture)\b[^\[\]]*\])[ \t]*"
)
_NOT_IMPRINT = re.compile(r"^\s*[\[{]|foot-?notes?|:\s*$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_THE_END = re.compile(r"_?(?:THE END|The End|FINIS|Finis)\.?_?", re.I)
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z']*\b")
_NAME_LOWER = re.compile(r"(?<![\w.'\u2019])[a-z][a-z']*\b")  # not the "s" of "John's"
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
_JOINERS = frozenset(("and", "by", "of", "the", "at", "in", "for", "on", "to"))
_MAX_LINES = 4
_MAX_CHARS = 200
_MAX_LOWER = 8
_MAX_PARAS = 4
_LOOK_BACK = 3_000
MIN_UNMARKED_CHARS = 20_000


def printer_imprints(text: str, footer: int | None, found: list[Edit]) -> list[Edit]:
    """The imprint cut, if the body's last paragraphs before the end marker at
    ``footer`` are one; ``found``: the cuts other rules made (they may end the body)."""
    unmarked = footer is None
    if footer is None:  # clause printer_imprint_unmarked: the text's end, in a book
        if len(text) < MIN_UNMARKED_CHARS:
            return []
        footer = len(text)
    end = _body_end(text, footer, found)
    start = _imprint_start(text, end, unmarked)
    if start is None or (unmarked and not firm_evidence(text[start:end])):
        return []  # clause printer_imprint_unmarked_firm: a user's "Printed by the Author."
    return [Edit(place_above(text, start), end, "", RULE)]


def place_above(text: str, start: int) -> int:
    """Clause printer_imprint_place_line (session 38): ``start`` moved up to a line
    "LONDON:" alone in its paragraph just above the imprint at ``start`` (Darwin's Descent
    of Man: "LONDON:" / blank / "PRINTED BY WILLIAM CLOWES AND SONS, ..."); else
    ``start`` at its line's start."""
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    above = text.rfind("\n", 0, max(0, start - 1))
    line_end = above
    while line_end > 0 and text[line_end - 1] in " \t\n":
        line_end -= 1  # the previous line with text, across blank lines
    if line_end <= 0 or start - line_end > 8:
        return start
    line_start = text.rfind("\n", 0, line_end) + 1
    if not PLACE_COLON.fullmatch(text, line_start, line_end):
        return start
    if line_start > 1 and text[line_start - 2] != "\n":
        return start  # a line of the paragraph above ("MACMILLAN AND CO.\nLONDON:")
    return line_start


def imprints_above_headings(
    text: str, footer: int | None, body: int, found: list[Edit]
) -> list[Edit]:
    """Clause printer_imprint_above_notes (session 38): the imprint that ends the printed
    book above a heading the transcriber put after it, "FOOTNOTES" (the book's notes
    gathered at the end: Stevenson's Familiar Studies, Dickens' American Notes),
    "ERRATA" (Russell's Bolshevism: the book's errata stay), "Transcriber's Note(s)",
    is cut, the heading and all under it stay. In the body's last third (or last
    ``_LOOK_BACK`` characters), a text with an end marker; the heading alone on its line under a blank line; the imprint the same
    paragraphs the end rule takes."""
    if footer is None:
        return []
    lo = max(body, footer - max((footer - body) // 3, _LOOK_BACK))
    cuts = []
    for m in _HEADING_AFTER_BLANK.finditer(text, lo, footer):
        if _BELOW_HEADING.fullmatch(text, m.start(1), m.end()):
            end = _body_end(text, m.start(), found)
            # clause printer_imprint_above_notes_prose (review): the words after a
            # "Printed ..." opener join names, as with no end marker: the last chapter's
            # "Printed at last! and the book was done." above its FOOTNOTES stays
            start = _imprint_start(text, end, True)
            # clause printer_imprint_above_notes_firm (session 39): "<name>, Printer." must
            # name a firm or its place ("_S. Johnson & Son, Printers, Livesey St.,
            # Manchester._"); "JOHN SMITH, Printer." alone signs the book's last page
            if start is not None and not _OPENER.match(_first_paragraph(text, start, end)):
                if not firm_evidence(text[start:end]):
                    continue
            if start is not None:  # from its line's start: no line of spaces is left
                cuts.append(Edit(place_above(text, start), end, "", RULE))
    return cuts


def _first_paragraph(text: str, start: int, end: int) -> str:
    """The paragraph that opens at ``start`` (up to a blank line or ``end``), stripped."""
    brk = _PARA_BREAK.search(text, start, end)
    return text[start : brk.start() if brk else end].strip()


def _imprint_start(text: str, end: int, unmarked: bool) -> int | None:
    """Where the imprint ending at ``end`` (the body's end) starts, or None."""
    paras = _last_paragraphs(text, max(0, end - _LOOK_BACK), end)
    # Drop decoration after the imprint (rule lines, "* * *", illustration tags) and a
    # notes heading with no notes under it (clause empty_notes_heading: Stavrogin's
    # Confession's imprint over "-----" / "FOOTNOTES" / "-----" and the end).
    while paras and (
        _DECOR.fullmatch(para := text[paras[-1][0] : paras[-1][1]].strip())
        or NOTES_HEADING.fullmatch(para)
    ):
        paras.pop()
    start = None
    below = False  # imprint lines under the paragraph looked at ("CAMBRIDGE . MASSACHUSETTS")
    for a, b in reversed(paras[-_MAX_PARAS:]):
        para = text[a:b].strip()
        if not _short(para):
            break
        # clause printer_imprint_unmarked_prose: with no end marker (a user's own text)
        # the words after the opener join names; "Printed and bound by love alone."
        # ending a story is the story's
        if opens_imprint(para, below) and not (unmarked and _prose_after_opener(para)):
            start = a  # and on back: "Printed in Great Britain" / "Text printed by ..."
        elif start is not None or _NOT_IMPRINT.search(para) or not _imprint_line(para):
            break  # a footnote under the imprint is the book's
        elif _THE_END.fullmatch(para):
            break  # "The End" under the imprint (Thoreau's Cape Cod) is the book's
        below = True
    return start


def firm_evidence(imprint: str) -> bool:
    """Clause printer_imprint_unmarked_firm (session 38): with no end marker the imprint
    must name a firm ("LIMITED", "& CO.", "SONS", "<Name> Press", "Printers to ...") or a
    firm and its place ("OLIVER AND BOYD, EDINBURGH."; "J. PALMER, PRINTER, CAMBRIDGE."):
    "JOHN SMITH, PRINTER.", "Printed by the Author.", "Printed by / Myself" are a user's."""
    if _FIRM_WORD.search(imprint):
        return True
    rest = _TRADE.sub(",", imprint)  # "PRINTED BY", "Printer(s)" part names and places
    return sum(bool(_CAPITAL.search(part)) for part in _PART_BREAK.split(rest)) >= 2


def opens_imprint(para: str, below: bool = False) -> bool:
    """``para`` (stripped) opens a printer's imprint; ``below``: imprint lines follow it."""
    if _OPENER.match(para) or printers_firm(para):
        return True
    if not _imprint_line(para):
        return False
    press = _PRESS.match(para)  # a press's place, not a publisher's address ("13, ... ROW")
    if (
        press
        and not _NEWSPAPER.search(press.group())  # clause printer_imprint_press_newspaper
        and not _DIGIT.search(para)
        and (press.group("place") or below or press.end() < len(para))
    ):
        return True  # clause printer_imprint_press: a place follows the press's name
    return any(PRINTING_COMPANY.fullmatch(line) for line in para.split("\n"))


def _prose_after_opener(para: str) -> bool:
    """Clause printer_imprint_unmarked_prose: ``para`` opens with "Printed ..." and reads
    on as a sentence (a lower-case word after the opener that joins no names)."""
    m = _OPENER.match(para)
    return bool(m) and not _imprint_line(para[m.end() :])


def printers_firm(para: str) -> bool:
    """``para`` (stripped) is "<name>, Printer(s)" (clauses printer_imprint_firm_name,
    printer_imprint_trade)."""
    return bool(_PRINTERS.match(para)) and _firm_name(para)


def _firm_name(para: str) -> bool:
    """The words before ", Printer(s)": capitalised or joining ("and", "of") only."""
    name = re.split(r",?\s+Printers?\b", para, maxsplit=1, flags=re.IGNORECASE)[0]
    return all(w in _JOINERS for w in _NAME_LOWER.findall(name))


def _imprint_line(para: str) -> bool:
    """Clause printer_imprint_tail_lines: a paragraph under the imprint is taken with it
    only when its lower-case words join names ("Edinburgh and London", "Illustrations by
    Henry Stone and Son"); "Farewell, dear reader!" is the book's."""
    return all(w in _JOINERS for w in _NAME_LOWER.findall(para))


def _short(para: str) -> bool:
    return (
        para.count("\n") < _MAX_LINES
        and len(para) <= _MAX_CHARS
        and len(_LOWER_WORD.findall(para)) <= _MAX_LOWER
    )


def _body_end(text: str, footer: int, found: list[Edit]) -> int:
    """``footer`` moved back over blank lines and the cuts that run up to it."""
    end = footer
    moved = True
    while moved:
        moved = False
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1
        for e in found:
            if e.start < end and (e.end >= end or not text[e.end : end].strip()):
                end, moved = e.start, True
    return end


def _last_paragraphs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of the blank-line separated paragraphs wholly in [lo, hi)."""
    breaks = list(_PARA_BREAK.finditer(text, lo, hi))
    starts = [m.end() for m in breaks]
    ends = [m.start() for m in breaks[1:]] + [hi] if breaks else []
    return [(a, b) for a, b in zip(starts, ends, strict=True) if text[a:b].strip()]
