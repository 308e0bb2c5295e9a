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

Cost: one look at the last few paragraphs before the end marker.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "printer_imprint"

_OPENER = re.compile(
    # clause printer_imprint_place_prefix: a word before "Printed" is a place with its
    # stop ("Edinburgh:", "London:--"), never a bare word ("Books Printed by ...", "He
    # printed by hand"); "printed" in lower case only in "Text printed by"
    r"[_ \t]*(?:(?-i:[A-Z])[A-Za-z]+(?:[:,.;][ \t]*(?:--)?|[ \t]*--)\s*)?"
    r"(?:PHOTOGRAPHED AND |Privately )?(?:(?-i:Text printed)|(?-i:Printed|PRINTED))"
    r"(?: and bound)?"
    r"(?:\s+in\s+(?:Great Britain|England|Scotland|the United States(?: of America)?"
    r"|the City of London|U\.\s?S\.\s?A\.)\.?)?"
    r"(?:\s+for the publishers)?"
    r"(?:\s+(?:by|at)\b|[ \t]*\Z)",
    re.IGNORECASE,
)
_PRINTERS = re.compile(
    # clause printer_imprint_firm_name: the name is a firm's, no letter's address ("To
    # M. Sechard, Junior, Printer") and no sentence ("please, Printer.")
    # and no index entry ("Clark, R. & R., printers, xxv. 124": "Printer" capitalised)
    r"(?![_ \t]*(?:To|Dear)\b)[^\n]{2,80}?(?:,[ \t]*(?-i:Printers?|PRINTERS?)(?:[ \t]*[,.]|[ \t]*\Z)"
    r"|\s+(?-i:Printers?|PRINTERS?) to (?:Her|His) Majesty\b)",
    re.IGNORECASE,
)
_DECOR = re.compile(
    r"[ \t]*(?:(?:\*[ \t]*){3,}|[-=_]{5,}|\[(?:Illustration|Picture)\b[^\[\]]*\])[ \t]*"
)
_NOT_IMPRINT = re.compile(r"^\s*[\[{]|foot-?notes?|:\s*$", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z']*\b")
_NAME_LOWER = re.compile(r"(?<![\w.'\u2019])[a-z][a-z']*\b")  # not the "s" of "John's"
_PARA_BREAK = re.compile(r"\n[ \t]*\n\s*")
_JOINERS = frozenset(("and", "by", "of", "the", "at", "in", "for", "on", "to"))
_MAX_LINES = 4
_MAX_CHARS = 200
_MAX_LOWER = 8
_MAX_PARAS = 4
_LOOK_BACK = 3_000


def printer_imprints(text: str, footer: int | None, found: list[Edit]) -> list[Edit]:
    """The imprint cut, if the body's last paragraphs before the end marker at
    ``footer`` are one; ``found``: the cuts other rules made (they may end the body)."""
    if footer is None:
        return []
    end = _body_end(text, footer, found)
    paras = _last_paragraphs(text, max(0, end - _LOOK_BACK), end)
    # Drop decoration after the imprint (rule lines, "* * *", illustration tags).
    while paras and _DECOR.fullmatch(text[paras[-1][0] : paras[-1][1]].strip()):
        paras.pop()
    start = None
    for a, b in reversed(paras[-_MAX_PARAS:]):
        para = text[a:b].strip()
        if not _short(para):
            break
        if _OPENER.match(para) or _PRINTERS.match(para) and _firm_name(para):
            start = a  # and on back: "Printed in Great Britain" / "Text printed by ..."
        elif start is not None or _NOT_IMPRINT.search(para) or not _imprint_line(para):
            break  # a footnote under the imprint is the book's
    return [Edit(start, end, "", RULE)] if start is not None else []


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
