"""A printer's imprint with the publisher's list of other books under it: rule
``printer_imprint``, clause ``printer_imprint_above_ads`` (session 38).

The printed book's last page carried the printer's imprint, and the pages after it the
publisher's list of other books. ``ads_after_the_end`` and ``publisher_catalogue_end``
take a priced catalogue; lists with few or no prices stayed, and the imprint above
them with them (mirror of rcdm-uga/Gutenberg_Text: Dostoevsky's White Nights and The
Gambler "NOVELS BY FYODOR DOSTOEVSKY" / "NOVELS BY IVAN TURGENEV" over "THE MACMILLAN
COMPANY", James's Partial Portraits "NOVELS AND TALES / BY HENRY JAMES.", Kipling's
New Army "THE / SERVICE KIPLING", Wharton's The Marne "By EDITH WHARTON." / "By
WINSTON CHURCHILL."). Cut, imprint and list, when:

- an imprint paragraph (the end rule's test, ``opens_imprint``, at most 4 short
  paragraphs with its place lines) stands in the body's last ``_REACH`` characters
  and in its second half;
- within ``_OPENING`` paragraphs under it (rules and stars aside) a list heading
  opens ("NOVELS BY ...", "THE WORKS OF ...", "By EDITH WHARTON.", "ZANE GREY'S
  NOVELS", "BY THE SAME AUTHOR", "ADVERTISEMENT", "A LIST OF NEW BOOKS ...") or a
  price line ("2s. 6d. net each");
- from there to the body's end, or to a heading the transcriber put under it
  (FOOTNOTES, ERRATA, Transcriber's Notes: those and all under them stay), every
  paragraph is a list's: under ``_MAX_LINES`` lines and ``_MAX_PARA`` characters (a
  title and its blurb), or lines of titles with at most a quarter of them wrapped
  prose, ``_MAX_LIST`` characters at most (a chapter, a preface or press notices
  run on in long lines);
- and it holds the publisher's mark: a price, a publisher's line ("THE MACMILLAN
  COMPANY", "LONDON: MACMILLAN AND CO., LTD.", "Grosset & Dunlap") or two list
  headings.

Cost: a literal test of the last ``_REACH`` characters ("Print", "PRINT", "Press",
"PRESS": an imprint's opener, "Printer(s)", a press or a printing company is
capitalised), then the paragraphs from the first hit on, the imprint test only for
those holding one.
"""

from __future__ import annotations

import re

from transforms.gutenberg_imprint import _BELOW_HEADING as HEADING_BELOW
from transforms.gutenberg_imprint import _DECOR as DECOR
from transforms.gutenberg_imprint import RULE, opens_imprint, place_above
from transforms.gutenberg_imprint import _body_end as body_end
from transforms.gutenberg_imprint import _last_paragraphs as last_paragraphs
from transforms.gutenberg_imprint import _prose_after_opener as prose_after_opener
from transforms.gutenberg_imprint import _short as short
from transforms.list_prices import MONEY
from transforms.textedit import Edit

_REACH = 30_000
_OPENING = 3
_MAX_LINES = 8
_MAX_PARA = 600
_MAX_LIST = 5_000
_PROSE_WIDTH = 55
_RUNS_ON = frozenset("abcdefghijklmnopqrstuvwxyz,;")
_LITERALS = ("Print", "PRINT", "Press", "PRESS")
_NAME = r"[A-Z][A-Z.'’ -]{2,40}"
_AD_HEADING = re.compile(
    r"[_ \t]*(?:"
    r"(?:THE[ \t]+)?(?:NOVELS|WORKS|BOOKS|STORIES|TALES|POEMS)(?:[ \t]+AND[ \t]+[A-Z]+)?"
    r"(?:[ \t]+(?:BY|OF)[ \t]+" + _NAME + r")?"
    r"|(?:By|BY)[ \t]+" + _NAME + r"|" + _NAME + r"['’]S[ \t]+(?:NOVELS|WORKS|BOOKS)"
    r"|BY THE SAME AUTHOR|ADVERTISEMENTS?|(?:A[ \t]+)?LIST OF[ \t]+[A-Z ]*(?:BOOKS|WORKS)[A-Z ]*"
    r")[.:,]?_?[ \t]*"
)
_MONEY = MONEY  # clause list_price (session 39): one pattern with the catalogue rule
# clause printer_imprint_above_ads_book_heading (review): the book's own matter under the
# list ("NOTES", "INDEX", "APPENDIX", "CORRIGENDA" alone in a paragraph) ends it, as
# FOOTNOTES and ERRATA do: it and all under it stay
_BOOK_HEADING = re.compile(
    r"[\[_ \t]*(?:NOTES|Notes|END-?NOTES|End-?notes|INDEX|Index|GLOSSARY|Glossary|APPENDIX"
    r"|Appendix|BIBLIOGRAPHY|Bibliography|CORRIGENDA|Corrigenda|ADDENDA|Addenda)"
    r"(?:[ \t]+[A-Z0-9]{1,4})?[_\]]*[.:]?[ \t]*"
)
# clause printer_imprint_above_ads_reference (review): a bibliography ("London: Ellis,
# 1868. 8vo. 7s. 6d."), a table of prices by year or an index ("Franklin, Benjamin,
# Printer, 3, 17.") under an imprint-like line is the book's: years in a third of the
# paragraphs or page references ending three lines (the mirror's 19 lists: at most 11%
# and 2)
_YEAR = re.compile(r"(?<!\d)1[5-9]\d\d(?!\d)")
_PAGE_REF = re.compile(r",[ \t]*\d+(?:[-–]\d+)?\.?[ \t]*$", re.M)
_PUBLISHER = re.compile(
    r"\b(?:[A-Z][A-Za-z]+[ \t]+&[ \t]+[A-Z][A-Za-z]+|(?:AND|and|&)[ \t]+(?:CO|Co)\.|COMPANY"
    r"|PUBLISHERS?|Publishers?)\b"
)


def imprint_ads(text: str, footer: int | None, body: int, found: list[Edit]) -> list[Edit]:
    """The cut of an imprint and the publisher's list under it (module doc)."""
    if footer is None:
        return []
    lo = max(body, footer - _REACH, (body + footer) // 2)
    hits = [p for p in (text.find(w, lo, footer) for w in _LITERALS) if p >= 0]
    if not hits:
        return []
    end = body_end(text, footer, found)
    paras = last_paragraphs(text, max(lo, text.rfind("\n\n", lo, min(hits))), end)
    for i, (a, b) in enumerate(paras):
        para = text[a:b].strip()
        if not any(w in para for w in _LITERALS) or not (short(para) and opens_imprint(para)):
            continue
        if prose_after_opener(para):
            continue  # clause printer_imprint_above_notes_prose: "Printed at last! ..."
        cut = _list_end(text, paras, i + 1)
        if cut is not None:
            return [Edit(place_above(text, a), cut, "", RULE)]
    return []


def _ad_opens(text: str, paras, j: int) -> bool:
    """A list heading or a price in one of the ``_OPENING`` paragraphs from ``j`` (rules
    and stars not counted)."""
    seen = 0
    for a, b in paras[j : j + 2 * _OPENING]:
        para = text[a:b].strip()
        if DECOR.fullmatch(para):
            continue
        if _AD_HEADING.fullmatch(para.split("\n", 1)[0]) or _MONEY.search(para):
            return True
        seen += 1
        if seen >= _OPENING:
            break
    return False


def _list_paragraph(para: str) -> bool:
    """A paragraph of a list: short (a title with its note, a blurb), or lines of titles
    with at most a quarter of them wrapped prose (a line of ``_PROSE_WIDTH`` or more
    that ends in a lower-case letter or a comma)."""
    if para.count("\n") < _MAX_LINES and len(para) <= _MAX_PARA:
        return True
    lines = para.split("\n")
    prose = sum(
        len(line.strip()) >= _PROSE_WIDTH and line.rstrip()[-1] in _RUNS_ON for line in lines
    )
    return len(para) <= _MAX_LIST and 4 * prose <= len(lines)


def _list_end(text: str, paras, j: int) -> int | None:
    """Where the publisher's list that opens at paragraph ``j`` ends, or None."""
    if j >= len(paras) or not _ad_opens(text, paras, j):
        return None
    headings = money = publisher = years = pages = 0
    last = None
    for a, b in paras[j:]:
        para = text[a:b].strip()
        if HEADING_BELOW.fullmatch(para) or _BOOK_HEADING.fullmatch(para):
            break  # the book's notes or errata, a transcriber's note: they stay
        if not (DECOR.fullmatch(para) or _list_paragraph(para)):
            return None  # a chapter, a preface, press notices
        headings += bool(_AD_HEADING.fullmatch(para.split("\n", 1)[0]))
        money += bool(_MONEY.search(para))
        publisher += bool(_PUBLISHER.search(para))
        years += bool(_YEAR.search(para))
        pages += len(_PAGE_REF.findall(para))
        last = b
    if last is None or not (money or publisher or headings >= 2):
        return None
    listed = sum(1 for a, b in paras[j:] if a < last)
    if (years >= 2 and 3 * years > listed) or pages > max(2, listed // 10):
        return None  # clause printer_imprint_above_ads_reference
    return last
